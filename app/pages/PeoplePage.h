#pragma once

#include "ListPage.h"

#include "domain/Types.h"

namespace parat {

class PersonTableModel;
class ShowPersonTasks;

// The people of the current municipality (name, unit, e-mail, roles, manager, KLIK registration) with Add,
// Edit and Remove, each an undo command. Reloads on Database::changed() and on a municipality switch,
// keeping the selected person.
class PeoplePage : public ListPage
{
    Q_OBJECT
public:
    explicit PeoplePage(AppContext &context, QWidget *parent = nullptr);
    ~PeoplePage() override;

    PersonTableModel *model() const { return m_model; }
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

    PersonTableModel *m_model = nullptr;
    ShowPersonTasks *m_showTasks = nullptr;
};

} // namespace parat
