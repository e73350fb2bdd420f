#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace parat {

class AppContext;

// The shape of the pages that list one model's rows in a table (People, Communication plan, Runbook): the rows
// through a sorting proxy, the table, a summary line beside the buttons, Add / Edit / Remove with Insert, Enter,
// Delete and double-click in the table, loaded when first shown and kept current. Each page makes its own model,
// columns, buttons and commands; the helpers here only make the parts they share (ListPageSupport has the free
// functions the other pages use too).
class ListPage : public QWidget
{
    Q_OBJECT
public:
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }

protected:
    ListPage(AppContext &context, QWidget *parent);

    // The proxy sorts model by sortRole, case-insensitive (and as the language sorts when localeAware).
    void sortBy(QAbstractItemModel *model, int sortRole, bool localeAware);
    // The summary line, bold when asked.
    QLabel *makeSummary(const QString &objectName, bool bold);
    // The Add / Edit / Remove buttons with their object names; their texts are the page's to set.
    void makeRowButtons(const QString &addName, const QString &editName, const QString &removeName);
    // The buttons and Insert / Enter / Delete in the table run add, edit and remove; a double-click edits.
    void connectRowActions(const std::function<void()> &add, const std::function<void()> &edit,
                           const std::function<void()> &remove);
    // Runs reload when the page is first shown, then on each change (at once while visible, else when shown again);
    // returns the function that asks for a reload.
    std::function<void()> reloadWhenShown(const std::function<void()> &reload);

    AppContext &m_context;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace parat
