#pragma once

#include "domain/Types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace parat {

class AppContext;
class PersonTableModel;
class ShowPersonTasks;

// The people of the current municipality (name, unit, e-mail, roles, manager, KLIK registration) with Add,
// Edit and Remove, each an undo command. Reloads on Database::changed() and on a municipality switch,
// keeping the selected person.
class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    explicit PeoplePage(AppContext &context, QWidget *parent = nullptr);
    ~PeoplePage() override;

    PersonTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The selected person, 0 when none.
    Id currentPersonId() const;
    void selectPerson(Id personId);
    // "Show tasks of <name>" for the selected person (Ctrl+Shift+O).
    ShowPersonTasks *showTasks() const { return m_showTasks; }

public slots:
    void addPerson();
    void editPerson();
    void removePerson();

private:
    void reload();
    void updateButtons();

    AppContext &m_context;
    PersonTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    ShowPersonTasks *m_showTasks = nullptr;
};

} // namespace parat
