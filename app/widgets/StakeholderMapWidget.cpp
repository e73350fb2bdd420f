#include "StakeholderMapWidget.h"

#include "Accessibility.h"
#include "AppContext.h"

#include "commands/StakeholderCommands.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace parat {

namespace {

// One marker of the map for assistive technology: its name, and in the description its quadrant, influence,
// how affected it is and its engagement. Selected markers are "selected"; the selected one is "focused" while
// the map has focus, so a screen reader follows Tab and the arrow keys from marker to marker.
class MarkerInterface : public AccessibleItem
{
public:
    MarkerInterface(StakeholderMapWidget *map, Id id)
        : AccessibleItem(map)
        , m_id(id)
    { }

    const Stakeholder *stakeholder() const
    {
        if (!map())
            return nullptr;
        for (const Stakeholder &s : map()->stakeholders()) {
            if (s.id == m_id)
                return &s;
        }
        return nullptr;
    }
    Id id() const { return m_id; }

    bool isValid() const override { return stakeholder() != nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override { return selectableState(isValid() && map()->selectedId() == m_id); }
    QRect rect() const override { return onScreen(isValid() ? map()->markerRect(m_id).toAlignedRect() : QRect()); }
    QString text(QAccessible::Text type) const override
    {
        const Stakeholder *s = stakeholder();
        if (!s)
            return QString();
        if (type == QAccessible::Name)
            return s->name;
        if (type == QAccessible::Description)
            return StakeholderMapWidget::markerDescription(*s);
        return QString();
    }

private:
    StakeholderMapWidget *map() const { return static_cast<StakeholderMapWidget *>(owner()); }

    Id m_id;
};

// The map as a list of its markers, in the order Tab visits them.
class MapInterface : public QAccessibleWidget
{
public:
    explicit MapInterface(StakeholderMapWidget *map)
        : QAccessibleWidget(map, QAccessible::List)
    { }
    ~MapInterface() override
    {
        for (QAccessible::Id id : std::as_const(m_markers))
            QAccessible::deleteAccessibleInterface(id);
    }

    StakeholderMapWidget *map() const { return static_cast<StakeholderMapWidget *>(widget()); }
    int childCount() const override { return int(map()->stakeholders().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const QList<Stakeholder> &all = map()->stakeholders();
        if (index < 0 || index >= all.size())
            return nullptr;
        const Id id = all.at(index).id;
        if (const QAccessible::Id known = m_markers.value(id))
            return QAccessible::accessibleInterface(known);
        auto *marker = new MarkerInterface(map(), id);
        m_markers.insert(id, QAccessible::registerAccessibleInterface(marker));
        return marker;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (!child || child->role() != QAccessible::ListItem || child->parent() != this)
            return -1;
        const Id id = static_cast<const MarkerInterface *>(child)->id();
        const QList<Stakeholder> &all = map()->stakeholders();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).id == id)
                return i;
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const Id id = map()->markerAt(map()->mapFromGlobal(QPoint(x, y)));
        const QList<Stakeholder> &all = map()->stakeholders();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).id == id)
                return child(i);
        }
        return nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        if (!map()->hasFocus())
            return nullptr;
        const QList<Stakeholder> &all = map()->stakeholders();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).id == map()->selectedId())
                return child(i);
        }
        return nullptr;
    }

private:
    mutable QHash<Id, QAccessible::Id> m_markers;
};

QAccessibleInterface *mapFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(StakeholderMapWidget::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new MapInterface(static_cast<StakeholderMapWidget *>(object));
    return nullptr;
}

} // namespace

StakeholderMapWidget::StakeholderMapWidget(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(mapFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(QStringLiteral("stakeholderMap"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Stakeholder map"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // A lost server connection (and its return) switches dragging off and on while the map is shown.
    connect(&m_context, &AppContext::editabilityChanged, this, &StakeholderMapWidget::applyEditability);
    applyEditability();
}

void StakeholderMapWidget::applyEditability()
{
    if (m_context.canEdit()) {
        setToolTip(QString());
    } else {
        // A drag under way ends where it started: nothing could store the move.
        if (m_dragId != 0) {
            m_dragId = 0;
            m_dragging = false;
            unsetCursor();
            update();
        }
        setToolTip(tr("Markers cannot be moved: %1").arg(m_context.editRefusal()));
    }
    updateAccessibleDescription();
}

QSize StakeholderMapWidget::sizeHint() const
{
    return QSize(720, 480);
}

QSize StakeholderMapWidget::minimumSizeHint() const
{
    const int lh = fontMetrics().height();
    return QSize(lh * 18, lh * 14);
}

void StakeholderMapWidget::setStakeholders(const QList<Stakeholder> &stakeholders)
{
    m_stakeholders = stakeholders;
    if (m_dragId != 0 && !stakeholder(m_dragId)) {
        m_dragId = 0;
        m_dragging = false;
    }
    if (m_selected != 0 && !stakeholder(m_selected)) {
        m_selected = 0;
        emit selectionChanged(0);
    }
    updateAccessibleDescription();
    update();
    if (hasFocus())
        announceSelection(); // a moved marker is read again with its new place
}

void StakeholderMapWidget::setSelectedId(Id id)
{
    if (id != 0 && !stakeholder(id))
        id = 0;
    if (id == m_selected)
        return;
    m_selected = id;
    updateAccessibleDescription();
    update();
    announceSelection();
}

void StakeholderMapWidget::announceSelection()
{
    if (!QAccessible::isActive())
        return;
    int index = -1;
    for (int i = 0; i < m_stakeholders.size(); ++i) {
        if (m_stakeholders.at(i).id == m_selected)
            index = i;
    }
    if (index < 0)
        return;
    QAccessibleEvent selection(this, QAccessible::Selection);
    selection.setChild(index);
    QAccessible::updateAccessibility(&selection);
    // Focus follows the selected marker only while the map has focus (a table selecting it must not move it).
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(index);
        QAccessible::updateAccessibility(&focus);
    }
}

QString StakeholderMapWidget::markerDescription(const Stakeholder &s)
{
    return tr("%1; influence %2 of 3, affected %3 of 3; engagement %4, target %5")
        .arg(quadrantName(quadrantOf(s)))
        .arg(s.influence)
        .arg(s.affectedness)
        .arg(engagementName(s.engagementNow), engagementName(s.engagementTarget));
}

Id StakeholderMapWidget::markerAt(const QPoint &pos) const
{
    return currentLayout().markerAt(pos);
}

void StakeholderMapWidget::select(Id id)
{
    if (id == m_selected)
        return;
    setSelectedId(id);
    emit selectionChanged(m_selected);
}

const Stakeholder *StakeholderMapWidget::stakeholder(Id id) const
{
    for (const Stakeholder &s : m_stakeholders) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

StakeholderMapStyle StakeholderMapWidget::style() const
{
    StakeholderMapStyle style;
    style.font = font();
    style.text = palette().color(QPalette::WindowText);
    style.grid = palette().color(QPalette::Mid);
    style.markerFill = palette().color(QPalette::Base);
    style.highlight = palette().color(QPalette::Highlight);
    style.background = palette().color(QPalette::Window);
    return style;
}

StakeholderMapData StakeholderMapWidget::data() const
{
    StakeholderMapData data = stakeholderMapData(m_stakeholders);
    if (m_dragging) {
        for (StakeholderMapMarker &marker : data.markers) {
            if (marker.id == m_dragId) {
                marker.influence = m_dragInfluence;
                marker.affectedness = m_dragAffectedness;
            }
        }
    }
    return data;
}

StakeholderMapLayout StakeholderMapWidget::currentLayout() const
{
    return layoutStakeholderMap(QRectF(rect()), data(), font(), this);
}

QRectF StakeholderMapWidget::markerRect(Id id) const
{
    const StakeholderMapLayout layout = currentLayout();
    const StakeholderMapLayout::MarkerPlace *place = layout.marker(id);
    return place ? place->rect : QRectF();
}

QPointF StakeholderMapWidget::cellCenter(int influence, int affectedness) const
{
    const StakeholderMapLayout layout = currentLayout();
    return layout.cells[std::clamp(influence, 0, 3)][std::clamp(affectedness, 0, 3)].center();
}

void StakeholderMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintStakeholderMap(painter, QRectF(rect()), data(), style(), m_selected);
    if (m_stakeholders.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No stakeholders to show."));
    }
    if (hasFocus() && m_selected == 0 && !m_stakeholders.isEmpty()) {
        // Focus is visible even before a marker is chosen.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void StakeholderMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const Id id = currentLayout().markerAt(event->position());
    select(id);
    m_dragId = id;
    m_pressPos = event->position().toPoint();
    m_dragging = false;
    if (const Stakeholder *s = stakeholder(id)) {
        m_dragInfluence = s->influence;
        m_dragAffectedness = s->affectedness;
    }
    event->accept();
}

void StakeholderMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    // A read-only window never lets a marker leave its cell.
    if (m_dragId == 0 || !(event->buttons() & Qt::LeftButton) || !m_context.canEdit()) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    if (!m_dragging && (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    int influence = 0;
    int affectedness = 0;
    // The cell is found on the layout without the dragged marker's move, which does not change the cells.
    currentLayout().cellAt(event->position(), &influence, &affectedness);
    if (influence != m_dragInfluence || affectedness != m_dragAffectedness) {
        m_dragInfluence = influence;
        m_dragAffectedness = affectedness;
        update();
    }
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void StakeholderMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_dragId == 0) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool dragged = m_dragging;
    const int influence = m_dragInfluence;
    const int affectedness = m_dragAffectedness;
    m_dragId = 0;
    m_dragging = false;
    unsetCursor();
    if (dragged)
        moveSelected(influence, affectedness);
    update();
    event->accept();
}

void StakeholderMapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Id id = currentLayout().markerAt(event->position());
    if (id != 0) {
        select(id);
        emit editRequested(id);
    }
    event->accept();
}

bool StakeholderMapWidget::moveSelected(int influence, int affectedness)
{
    const Stakeholder *s = stakeholder(m_selected);
    if (!s || !m_context.canEdit())
        return false;
    influence = std::clamp(influence, 0, kStakeholderScaleMax);
    affectedness = std::clamp(affectedness, 0, kStakeholderScaleMax);
    if (influence == s->influence && affectedness == s->affectedness)
        return false;
    // Copy: the push reloads the page, which replaces m_stakeholders.
    const Stakeholder before = *s;
    return m_context.push(new MoveStakeholder(m_context.database(), before, influence, affectedness), this);
}

void StakeholderMapWidget::keyPressEvent(QKeyEvent *event)
{
    const Stakeholder *s = stakeholder(m_selected);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (!s) {
            if (!m_stakeholders.isEmpty())
                select(m_stakeholders.first().id);
            event->accept();
            return;
        }
        if (!m_context.canEdit()) {
            event->accept(); // read-only: the keys move nothing (and do not scroll the page either)
            return;
        }
        int influence = s->influence;
        int affectedness = s->affectedness;
        if (event->key() == Qt::Key_Up)
            ++influence;
        else if (event->key() == Qt::Key_Down)
            --influence;
        else if (event->key() == Qt::Key_Right)
            ++affectedness;
        else
            --affectedness;
        moveSelected(influence, affectedness);
        event->accept();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (s) {
            emit editRequested(s->id);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_dragging) {
            m_dragging = false;
            m_dragId = 0;
            unsetCursor();
            update();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool StakeholderMapWidget::focusNextPrevChild(bool next)
{
    // Tab walks through the markers in the order of the list, then leaves the map.
    if (hasFocus() && !m_stakeholders.isEmpty()) {
        int index = -1;
        for (int i = 0; i < m_stakeholders.size(); ++i) {
            if (m_stakeholders.at(i).id == m_selected)
                index = i;
        }
        const int target = index < 0 ? (next ? 0 : int(m_stakeholders.size()) - 1) : index + (next ? 1 : -1);
        if (target >= 0 && target < m_stakeholders.size()) {
            select(m_stakeholders.at(target).id);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

bool StakeholderMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        // The full name, over a marker or its entry in the list of names.
        const StakeholderMapLayout layout = currentLayout();
        Id id = layout.markerAt(help->pos());
        if (id == 0)
            id = layout.nameAt(help->pos());
        if (const Stakeholder *s = stakeholder(id)) {
            // While the window may not edit, the tooltip (toolTip(): why markers cannot be moved) is said too.
            QToolTip::showText(help->globalPos(),
                               tr("%1\n%2 (influence %3, affected %4)\nEngagement: %5 → %6")
                                       .arg(s->name, quadrantName(quadrantOf(*s)))
                                       .arg(s->influence)
                                       .arg(s->affectedness)
                                       .arg(engagementName(s->engagementNow), engagementName(s->engagementTarget))
                                   + (toolTip().isEmpty() ? QString() : QStringLiteral("\n") + toolTip()),
                               this);
        } else if (!toolTip().isEmpty()) {
            QToolTip::showText(help->globalPos(), toolTip(), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void StakeholderMapWidget::updateAccessibleDescription()
{
    const Stakeholder *s = stakeholder(m_selected);
    // Why markers cannot be moved, when they cannot (toolTip(), set by applyEditability()).
    const QString refusal = m_context.canEdit() ? QString() : QLatin1Char(' ') + toolTip();
    if (!s) {
        const int count = int(m_stakeholders.size());
        setAccessibleDescription(m_context.canEdit()
                                     ? tr("%n stakeholder(s). Tab selects a marker; arrow keys move it.", "", count)
                                     : tr("%n stakeholder(s). Tab selects a marker.", "", count) + refusal);
        return;
    }
    setAccessibleDescription(tr("%1 selected: %2, influence %3, affected %4, engagement %5, target %6.")
                                 .arg(s->name, quadrantName(quadrantOf(*s)))
                                 .arg(s->influence)
                                 .arg(s->affectedness)
                                 .arg(engagementName(s->engagementNow), engagementName(s->engagementTarget))
                             + refusal);
}

} // namespace parat
