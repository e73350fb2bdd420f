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
    // The person row as this command's write left it, the superuser details with it: an undo goes through on one's
    // own later version only while both are exactly what this command wrote (commands/ExpectedVersion.h).
    struct Written
    {
        Person person;
        SuperuserDetails details;
        qint64 version = -1;
        bool operator==(const Written &other) const { return person == other.person && details == other.details; }
    };
    std::optional<Written> stored() const;

    std::optional<Written> m_written;
};

} // namespace parat
