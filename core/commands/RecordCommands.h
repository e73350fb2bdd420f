#pragma once

#include "commands/Command.h"
#include "commands/ExpectedVersion.h"

#include <QString>

#include <type_traits>
#include <utility>

namespace parat {

class Database;

// The adding and removing of one record through a repository that can take it out and put it back as it was
// (people, stakeholders, risks, decisions, go-live criteria, runbook steps): Repository(db) has add(T *, QString *),
// take(Id, Taken *, QString *, qint64 expectedVersion), restore(const Taken &, QString *) and byId(Id). Taken is what
// take() keeps for restore(): the record itself, or a RemovedX holding it with the links its removal cleared (then
// TakenRecord is specialised next to it). Both commands check the removal against the record's row version
// (RemovalVersion).

// The record inside what take() keeps.
template<typename Taken> struct TakenRecord
{
    static Taken &of(Taken &taken) { return taken; }
    static const Taken &of(const Taken &taken) { return taken; }
};

// The first redo() stores the record (add() gives it its id, and a number where it has one); undo() takes it out, a
// later redo() puts it back with the same id, so commands further up the stack that name it keep working. The
// derived command gives the undo text.
template<typename Taken, typename Repository> class AddRecordCommand : public Command
{
public:
    using Record = std::decay_t<decltype(TakenRecord<Taken>::of(std::declval<Taken &>()))>;

    void redo() override
    {
        QString error;
        Repository repository(m_db);
        if (!m_stored) {
            if (!repository.add(&record(), &error)) {
                fail(error);
                return;
            }
            m_stored = true;
            m_version.added(repository.byId(record().id));
            return;
        }
        if (!repository.restore(m_taken, &error)) {
            fail(error);
            return;
        }
        m_version.putBack(record(), repository.byId(record().id));
    }
    void undo() override
    {
        QString error;
        Repository repository(m_db);
        const Id id = record().id;
        if (!repository.take(id, &m_taken, &error, m_version.toRemove(repository.byId(id))))
            fail(error);
    }

protected:
    AddRecordCommand(Database &db, Record added, const QString &text, QUndoCommand *parent)
        : Command(text, parent)
        , m_db(db)
    {
        added.id = 0;
        record() = std::move(added);
    }

    Record &record() { return TakenRecord<Taken>::of(m_taken); }
    const Record &record() const { return TakenRecord<Taken>::of(m_taken); }

private:
    Database &m_db;
    Taken m_taken;
    RemovalVersion<Record> m_version; // undo removes the record only while no one else changed it
    bool m_stored = false;
};

// redo() takes the record out, checked against the version it was read with; undo() puts it back with the same id
// (and the links its removal cleared, where they still name nobody). The derived command gives the undo text.
template<typename Taken, typename Repository> class RemoveRecordCommand : public Command
{
public:
    using Record = std::decay_t<decltype(TakenRecord<Taken>::of(std::declval<Taken &>()))>;

    void redo() override
    {
        QString error;
        Repository repository(m_db);
        if (!repository.take(m_id, &m_taken, &error, m_version.toRemove(repository.byId(m_id))))
            fail(error);
    }
    void undo() override
    {
        QString error;
        Repository repository(m_db);
        if (!repository.restore(m_taken, &error)) {
            fail(error);
            return;
        }
        m_version.putBack(TakenRecord<Taken>::of(m_taken), repository.byId(m_id));
    }

protected:
    RemoveRecordCommand(Database &db, const Record &removed, const QString &text, QUndoCommand *parent)
        : Command(text, parent)
        , m_db(db)
        , m_id(removed.id)
        , m_municipalityId(removed.municipalityId)
        , m_version(removed.version)
    { }

    Id removedId() const { return m_id; }
    Id removedMunicipalityId() const { return m_municipalityId; }

private:
    Database &m_db;
    Id m_id = 0;
    Id m_municipalityId = 0;
    RemovalVersion<Record> m_version;
    Taken m_taken;
};

} // namespace parat
