#pragma once

#include <QAccessible>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

class QAbstractScrollArea;
class QLineEdit;

namespace parat {

// Keyboard and screen-reader behaviour shared by the window's widgets (see docs/accessibility.md).

// The tables of the pages. Tab and Shift+Tab leave the table for the next / previous control (arrows move
// inside it); Ctrl+Tab and Ctrl+PageUp/PageDown are left to the window, which turns the page. Assistive
// technology hears of a new current cell only while the table has focus: selection synced from another view
// (the stakeholder map, the filter menus) must not announce a cell the user is not on.
class TableView : public QTableView
{
    Q_OBJECT
public:
    explicit TableView(QWidget *parent = nullptr);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void keyPressEvent(QKeyEvent *event) override;
};

// The tab bar of PageTabWidget; its own class so that the accessible factory can tell it from other tab bars.
class PageTabBar : public QTabBar
{
    Q_OBJECT
public:
    using QTabBar::QTabBar;
};

// The window's page tabs. Qt's tab bar reports the current tab to assistive technology as "focused" only; this
// one reports it as "selected" (and "selectable" for the others), as a page tab list should.
class PageTabWidget : public QTabWidget
{
    Q_OBJECT
public:
    explicit PageTabWidget(QWidget *parent = nullptr);
};

// One item of a widget for assistive technology (a tab of the page tabs, a marker of the stakeholder map): an
// interface with no object and no children of its own, in the widget's window, the widget's interface its parent.
// A subclass says which item it is (isValid, role, text, rect) through owner(), which is null once the widget is
// gone.
class AccessibleItem : public QAccessibleInterface
{
public:
    explicit AccessibleItem(QWidget *owner)
        : m_owner(owner)
    { }

    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    void setText(QAccessible::Text, const QString &) override { }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

protected:
    QWidget *owner() const { return m_owner.data(); }
    // The state of a valid item that can be selected: focusable, selectable, selected as told, focused when selected
    // while the widget has focus, invisible while the widget is hidden. An item that is not valid is only "invalid".
    QAccessible::State selectableState(bool selected) const;
    // A rectangle in the widget's coordinates, on the screen (empty when the item is not valid).
    QRect onScreen(const QRect &local) const;

private:
    QPointer<QWidget> m_owner;
};

// Scroll areas that only hold other controls: no Tab stop of their own (a screen reader would announce an
// unnamed "filler"); focus moving into their content scrolls it into view.
void noTabStop(QAbstractScrollArea *area);

// Gives the clear button of a line edit (setClearButtonEnabled) a name and a tooltip.
void nameClearButton(QLineEdit *edit, const QString &name);

// Text without its mnemonic marker ("&Find" -> "Find", "&&" -> "&").
QString withoutMnemonic(const QString &text);

} // namespace parat
