#pragma once

#include "domain/HandbookDraft.h"
#include "domain/MergePlan.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

namespace parat {

class Clock;

// What one import (or dry run) did.
struct ImportOutcome
{
    HandbookDraft draft; // as read, with its warnings and errors
    MergePlan plan; // empty when the draft has errors
    bool applied = false; // true when the database now holds the new version
    HandbookVersion version; // the recorded version (applied only)
    RestorePoint restorePoint; // taken before applying (empty id when none was needed or it is a dry run)
    QString error; // translated; empty on success

    bool ok() const { return error.isEmpty(); }
};

// The one way into the database for a handbook version, shared by the command line and the window:
// validate, plan the merge by key, and (unless a dry run) take a restore point and apply the plan in one
// transaction. All-or-nothing: on any error the database is left exactly as it was.
class HandbookImporter
{
    Q_DECLARE_TR_FUNCTIONS(parat::HandbookImporter)
public:
    HandbookImporter(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    { }

    // label: the version's name; empty takes the draft's own version, then the source file's base name.
    // dryRun: plan only; nothing is written, not even a restore point.
    ImportOutcome importDraft(HandbookDraft draft, const QString &label, bool dryRun);
    // Reads a CSV or JSON file (readHandbookFile) and imports it as importDraft() does.
    ImportOutcome importFile(const QString &path, const QString &label, bool dryRun);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace parat
