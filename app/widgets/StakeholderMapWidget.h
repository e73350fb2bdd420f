#pragma once

#include "domain/Stakeholder.h"
#include "report/StakeholderMapRenderer.h"

#include <QWidget>

namespace parat {

class AppContext;

// The four-field stakeholder map, painted by the renderer in core (StakeholderMapRenderer.h) so the widget,
// the PDF report and the PNG export show the same picture.
//
// Mouse: click selects a marker; dragging it shows it in the cell under the pointer and, on release, pushes
// one MoveStakeholder (snapped to the 0..3 scale) onto the undo stack. Double-click asks to edit it.
// Keyboard: Tab / Shift+Tab select the next / previous marker (and leave the map after the last one);
// arrow keys move the selected marker one step (Up/Down: influence, Right/Left: how affected), each an
// undoable step; Enter asks to edit it. The map follows the system palette and works at any size. With a
// read-only database (AppContext::canEdit()) markers can be selected but neither dragged nor moved by keys.
// Assistive technology sees the map as a list whose items are the markers (name; quadrant, influence,
// affectedness and engagement in the description), the selected one selected and, with focus, focused.
class StakeholderMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StakeholderMapWidget(AppContext &context, QWidget *parent = nullptr);

    // The stakeholders to show (the page's filtered list). Keeps the selection when it is still shown.
    void setStakeholders(const QList<Stakeholder> &stakeholders);
    const QList<Stakeholder> &stakeholders() const { return m_stakeholders; }

    Id selectedId() const { return m_selected; }
    void setSelectedId(Id id);

    // Where a marker is drawn now, in widget coordinates (empty when not shown). For tests and tooltips.
    QRectF markerRect(Id id) const;
    // Centre of the cell (influence, affectedness), in widget coordinates.
    QPointF cellCenter(int influence, int affectedness) const;

    // The stakeholder whose marker is at pos (widget coordinates), 0 for none.
    Id markerAt(const QPoint &pos) const;
    // What a screen reader says about a marker besides its name: quadrant, influence, affectedness, engagement.
    static QString markerDescription(const Stakeholder &stakeholder);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged(parat::Id stakeholderId);
    void editRequested(parat::Id stakeholderId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;

private:
    StakeholderMapStyle style() const;
    StakeholderMapData data() const;
    StakeholderMapLayout currentLayout() const;
    const Stakeholder *stakeholder(Id id) const;
    void select(Id id);
    // Pushes a MoveStakeholder when the target differs; false when nothing moved.
    bool moveSelected(int influence, int affectedness);
    void updateAccessibleDescription();
    // Dragging and the arrow keys follow AppContext::canEdit(); while off, toolTip() and the accessible description
    // say why (a read-only database, a lost server connection, a viewer's role).
    void applyEditability();
    // Tells assistive technology which marker is selected (and focused, while the map has focus).
    void announceSelection();

    AppContext &m_context;
    QList<Stakeholder> m_stakeholders;
    Id m_selected = 0;
    // Dragging: the marker follows the cell under the pointer until release.
    Id m_dragId = 0;
    QPoint m_pressPos;
    bool m_dragging = false;
    int m_dragInfluence = 0;
    int m_dragAffectedness = 0;
};

} // namespace parat
