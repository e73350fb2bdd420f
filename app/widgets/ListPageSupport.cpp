#include "ListPageSupport.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "DeferredReload.h"
#include "Retranslator.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace parat::listpage {

QTableView *tableView(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new TableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPushButton *button(const QString &objectName, QWidget *parent)
{
    auto *result = new QPushButton(parent);
    result->setObjectName(objectName);
    return result;
}

QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons, QWidget *after)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch();
    if (after)
        row->addWidget(after);
    return row;
}

QAction *addPageShortcut(QWidget *page, const QKeySequence &keys, const std::function<void()> &work)
{
    auto *action = new QAction(page);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    QObject::connect(action, &QAction::triggered, page, [work] { work(); });
    return action;
}

void addKeys(std::initializer_list<QWidget *> targets, const QList<QKeySequence> &keys,
             const std::function<void()> &work)
{
    if (!work || targets.size() == 0)
        return;
    auto *action = new QAction(*targets.begin());
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    for (QWidget *target : targets)
        target->addAction(action);
    QObject::connect(action, &QAction::triggered, action, [work] { work(); });
}

void addRowKeys(std::initializer_list<QWidget *> targets, const std::function<void()> &add,
                const std::function<void()> &edit, const std::function<void()> &remove)
{
    addKeys(targets, {QKeySequence(Qt::Key_Insert)}, add);
    addKeys(targets, {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, edit);
    addKeys(targets, {QKeySequence(QKeySequence::Delete)}, remove);
}

Id selectedId(const QAbstractItemView *view, int idRole)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(idRole).toLongLong();
}

void selectRow(QAbstractItemView *view, const QSortFilterProxyModel *proxy, const QModelIndex &sourceIndex)
{
    const QModelIndex index = !sourceIndex.isValid() ? QModelIndex()
        : proxy                                      ? proxy->mapFromSource(sourceIndex)
                                                     : sourceIndex;
    if (!index.isValid()) {
        view->clearSelection();
        return;
    }
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

std::function<void()> reloadWhenShown(QWidget *page, AppContext &context, const std::function<void()> &reload)
{
    auto *deferred = new DeferredReload(page, reload);
    deferred->followChanges(context);
    deferred->request();
    return [deferred] { deferred->request(); };
}

void retranslate(QWidget *page, const std::function<void()> &fixedTexts, const std::function<void()> &requestReload)
{
    auto *texts = new Retranslator(page);
    texts->add(fixedTexts);
    texts->onChange(requestReload);
}

bool execEditDialog(AppContext &context, QDialog &dialog)
{
    if (!context.canEdit()) {
        // Double-click or Enter in a read-only window shows the row, nothing more.
        AppContext::makeViewOnly(&dialog);
        dialog.exec();
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace parat::listpage
