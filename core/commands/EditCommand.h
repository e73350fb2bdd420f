#pragma once

#include "commands/Command.h"

#include <QString>

#include <utility>

namespace parat {

class Database;

// An edit of one stored record: redo() writes `after`, undo() writes `before`, each through the repository's
// update function (Repository(db).*Update), which validates and writes in one transaction. A write that fails
// calls fail(), so the stack drops the step and the window shows the message. before and after must be the
// same record (same id). The derived command sets its undo text.
template<typename T, typename Repository, bool (Repository::*Update)(const T &, QString *) = &Repository::update>
class EditCommand : public Command
{
public:
    void redo() override { write(m_after); }
    void undo() override { write(m_before); }

protected:
    EditCommand(Database &db, T before, T after, QUndoCommand *parent)
        : Command(parent)
        , m_db(db)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        Q_ASSERT(m_before.id == m_after.id);
    }

    bool write(const T &value)
    {
        QString error;
        Repository repository(m_db);
        if ((repository.*Update)(value, &error))
            return true;
        fail(error);
        return false;
    }

    Database &m_db;
    T m_before;
    T m_after;
};

} // namespace parat
