#pragma once

#include "commands/Command.h"
#include "commands/ExpectedVersion.h"

#include <QString>

#include <optional>
#include <utility>

namespace parat {

class Database;

// An edit of one stored record: redo() writes `after`, undo() writes `before`, each through the repository's
// update function (Repository(db).*Update), which validates and writes in one transaction. A write that fails
// calls fail(), so the stack drops the step and the window shows the message. before and after must be the
// same record (same id). The derived command sets its undo text.
//
// Records with a row version (HasRowVersion, docs/team-mode.md "Concurrent edits"): `after` carries the version the
// record was read with, and the repository refuses a write against another version. Each write moves the version
// the other direction is based on to the one just written, so undo is refused once someone else changed the row
// since this redo (and redo again once someone changed it since the undo) — unless the row still holds exactly what
// this command last wrote (versionToWrite): then one's own undo across several steps goes through.
template<typename T, typename Repository, bool (Repository::*Update)(const T &, QString *) = &Repository::update>
class EditCommand : public Command
{
public:
    void redo() override { write(m_after, &m_before); }
    void undo() override { write(m_before, &m_after); }

protected:
    EditCommand(Database &db, T before, T after, QUndoCommand *parent)
        : Command(parent)
        , m_db(db)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        Q_ASSERT(m_before.id == m_after.id);
    }

    // Writes value; next is the other direction, whose version is moved on to the one written.
    bool write(const T &value, T *next)
    {
        QString error;
        Repository repository(m_db);
        T toWrite = value;
        if constexpr (HasRowVersion<T>::value) {
            if (toWrite.version != -1)
                toWrite.version = versionToWrite(repository.byId(value.id), value.version, m_written);
        }
        if (!(repository.*Update)(toWrite, &error)) {
            fail(error);
            return false;
        }
        if constexpr (HasRowVersion<T>::value) {
            if (toWrite.version != -1) {
                next->version = toWrite.version + 1;
                m_written = writtenRow(repository.byId(value.id), toWrite.version);
            }
        } else {
            Q_UNUSED(next);
        }
        return true;
    }

    Database &m_db;
    T m_before;
    T m_after;
    std::optional<T> m_written; // the row as this command's last write left it (versioned records only)
};

} // namespace parat
