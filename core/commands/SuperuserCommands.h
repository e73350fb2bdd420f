#pragma once

#include "commands/Command.h"
#include "domain/Superuser.h"

#include <QCoreApplication>

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
    void write(const Person &person, const SuperuserDetails &details);

    Database &m_db;
    Person m_before;
    SuperuserDetails m_detailsBefore;
    Person m_after;
    SuperuserDetails m_detailsAfter;
};

} // namespace parat
