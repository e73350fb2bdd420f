#pragma once

#include "domain/Types.h"

#include <QKeySequence>
#include <QList>

#include <functional>
#include <initializer_list>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QDialog;
class QHBoxLayout;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace parat {

class AppContext;

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

// Shows an edit dialog: in a read-only window view-only, and then false. True when the user accepted a change
// that may be written.
bool execEditDialog(AppContext &context, QDialog &dialog);

} // namespace listpage

} // namespace parat
