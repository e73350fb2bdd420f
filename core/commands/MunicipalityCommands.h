#pragma once

#include "commands/Command.h"
#include "commands/EditCommand.h"
#include "commands/ExpectedVersion.h"
#include "domain/Types.h"
#include "storage/MunicipalityRepository.h"

#include <QCoreApplication>

namespace parat {

class Database;

// Adds a municipality from the official list. The first redo() adds it and gives it an id; undo() removes it
// and keeps everything it owned by then (nothing, when the stack is used in order); a later redo() puts that
// back with the same id, so commands above this one on the stack keep referring to the right rows.
class AddMunicipality : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::AddMunicipality)
public:
    AddMunicipality(Database &db, Municipality municipality, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

    // The id the municipality got (0 before the first successful redo()).
    Id municipalityId() const { return m_municipality.id; }

private:
    Database &m_db;
    Municipality m_municipality;
    MunicipalitySnapshot m_removed; // set by undo(), used by redo() after it
    RemovalVersion<Municipality> m_version; // undo removes it only while no one else changed it
};

// Changes a municipality's go-live date, project owner and project leader (code and name stay).
class EditMunicipality : public EditCommand<Municipality, MunicipalityRepository>
{
    Q_DECLARE_TR_FUNCTIONS(parat::EditMunicipality)
public:
    EditMunicipality(Database &db, Municipality before, Municipality after, QUndoCommand *parent = nullptr);

    CommandScope scope() const override;

    // "Change go-live date of 0630 Vejle", "Edit municipality 0630 Vejle".
    static QString describe(const Municipality &before, const Municipality &after);
};

// Removes a municipality with everything it owns (people, task states, history, local tasks). undo() puts
// all of it back exactly: same ids, states, history, people and local tasks. The caller asks the user first
// and takes a "remove-municipality" restore point before pushing this (see MunicipalityDialog).
class RemoveMunicipality : public Command
{
    Q_DECLARE_TR_FUNCTIONS(parat::RemoveMunicipality)
public:
    RemoveMunicipality(Database &db, Municipality municipality, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    CommandScope scope() const override;

    Id municipalityId() const { return m_municipality.id; }
    // What the last redo() removed.
    const MunicipalitySnapshot &removed() const { return m_removed; }

private:
    Database &m_db;
    Municipality m_municipality;
    MunicipalitySnapshot m_removed;
    RemovalVersion<Municipality> m_version; // refused when someone else changed it since it was read
};

} // namespace parat
