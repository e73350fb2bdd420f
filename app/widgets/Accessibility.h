#pragma once

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

// Scroll areas that only hold other controls: no Tab stop of their own (a screen reader would announce an
// unnamed "filler"); focus moving into their content scrolls it into view.
void noTabStop(QAbstractScrollArea *area);

// Gives the clear button of a line edit (setClearButtonEnabled) a name and a tooltip.
void nameClearButton(QLineEdit *edit, const QString &name);

// Text without its mnemonic marker ("&Find" -> "Find", "&&" -> "&").
QString withoutMnemonic(const QString &text);

} // namespace parat
