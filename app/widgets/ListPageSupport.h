#pragma once

#include "AppContext.h"

#include "domain/Types.h"

#include <QDialog>

#include <QKeySequence>
#include <QList>

#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QHBoxLayout;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace parat {

// What the list pages (People, Stakeholders, Communication, Superusers, Risks and decisions, Readiness, Runbook)
// share: the table and its buttons, the row keys, finding the selected row's id, selecting a row by its source
// index, and the edit-or-view flow of their dialogs. Each page keeps its own model, dialog and commands.
namespace listpage {

// The table of a list page (a TableView, so the keys and the screen reader behave as on every page): whole
// rows, one at a time, never edited in place, no row numbers, no word wrap, the last column stretched.
// Sorting is the page's to turn on.
QTableView *tableView(QAbstractItemModel *model, const QString &objectName, QWidget *parent);

// A push button with its object name; its text is set with the page's other texts (Retranslator).
QPushButton *button(const QString &objectName, QWidget *parent);

// The buttons in a row, then a stretch, then after (a summary beside them) when given.
QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons, QWidget *after = nullptr);

// An action of the page on keys that work while the focus is anywhere inside it; its text is the page's to set.
QAction *addPageShortcut(QWidget *page, const QKeySequence &keys, const std::function<void()> &work);

// While one of the targets has focus, any of the keys runs work (one action, shared by the targets). An empty
// function adds nothing.
void addKeys(std::initializer_list<QWidget *> targets, const QList<QKeySequence> &keys,
             const std::function<void()> &work);

// While one of the targets has focus: Insert adds, Enter (Return or keypad) edits, Delete removes. An empty
// function leaves its key alone.
void addRowKeys(std::initializer_list<QWidget *> targets, const std::function<void()> &add,
                const std::function<void()> &edit, const std::function<void()> &remove);

// The id (the value of idRole) of the first selected row, 0 when nothing is selected.
Id selectedId(const QAbstractItemView *view, int idRole);

// Makes the row of sourceIndex (an index of the proxy's source model, or of the view's own model when proxy is
// null) current and selected, and scrolls to it; clears the selection when the index is invalid or filtered out.
void selectRow(QAbstractItemView *view, const QSortFilterProxyModel *proxy, const QModelIndex &sourceIndex);

// Loads the page when it is first shown, then keeps it current (at once while visible, else when shown again): reload
// runs then. Returns the function that asks for a reload (after a language change, for instance).
std::function<void()> reloadWhenShown(QWidget *page, AppContext &context, const std::function<void()> &reload);

// Sets the page's fixed texts now and on each language change, and on a change asks for the rest (requestReload).
void retranslate(QWidget *page, const std::function<void()> &fixedTexts, const std::function<void()> &requestReload);

// Shows an edit dialog: in a read-only window view-only, and then false. True when the user accepted a change
// that may be written.
bool execEditDialog(AppContext &context, QDialog &dialog);

// Adds through a dialog: when the window may edit and a municipality is chosen, shows Dialog(context, nullptr, page)
// and pushes the command makeCommand(dialog) builds. Returns that command when it was pushed (the page selects its
// new row from it), else nullptr.
template<typename Dialog, typename MakeCommand>
auto addThroughDialog(AppContext &context, QWidget *page, MakeCommand makeCommand)
    -> decltype(makeCommand(std::declval<const Dialog &>()))
{
    if (!context.canEdit() || context.currentMunicipalityId() == 0)
        return nullptr;
    Dialog dialog(context, nullptr, page);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    auto *command = makeCommand(std::as_const(dialog));
    return context.push(command, page) ? command : nullptr;
}

// Edits through a dialog: shows Dialog(context, &*before, page) (view-only in a read-only window, execEditDialog)
// and pushes makeCommand(*before, dialog) when the user accepted a change. Nothing when before is empty.
template<typename Dialog, typename Record, typename MakeCommand>
void editThroughDialog(AppContext &context, QWidget *page, const std::optional<Record> &before, MakeCommand makeCommand)
{
    if (!before)
        return;
    Dialog dialog(context, &*before, page);
    if (!execEditDialog(context, dialog))
        return;
    context.push(makeCommand(*before, std::as_const(dialog)), page);
}

} // namespace listpage

} // namespace parat
