#pragma once

#include "commands/Command.h"
#include "domain/Superuser.h"

#include <QCoreApplication>

#include <optional>

namespace parat {

class Database;

// Changes a person's details and their superuser details together (the superuser dialog edits both), in one
// transaction and one undo step.
class EditSuperuser : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditSuperuser)
public:
    EditSuperuser(Database &db, Person before, SuperuserDetails detailsBefore, Person after,
                  SuperuserDetails detailsAfter, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

private:
    // next: the other direction, whose row version is moved on to the one written.
    void write(const Person &person, const SuperuserDetails &details, Person *next);

    Database &m_db;
    Person m_before;
    SuperuserDetails m_detailsBefore;
    Person m_after;
    SuperuserDetails m_detailsAfter;
    std::optional<Person> m_written; // the person row as the last write left it
};

} // namespace parat
