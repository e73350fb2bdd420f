#pragma once

#include <QLayout>
#include <QList>

namespace parat {

// Lays its items out left to right at their size hints and starts a new line where the next item would not
// fit, so a row of check boxes and buttons is never squeezed (and its labels cut) in a narrow window: it grows
// a line instead. Its minimum width is that of its widest item; its height follows the width
// (heightForWidth), which box layouts and QWidget honour.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (only measures when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace parat
