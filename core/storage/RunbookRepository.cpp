#include "RunbookRepository.h"

#include "Database.h"
#include "MunicipalityRepository.h"
#include "RowVersion.h"
#include "SqlRows.h"
#include "SqlUtil.h"
#include "storage/Statements.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace parat {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, municipality_id, number, title, owner, start_minutes, duration_minutes, depends_on, contact, status, "
    "note, actual_start, actual_end, version FROM runbook_step");

const QString kColumns = QStringLiteral("municipality_id, number, title, owner, start_minutes, duration_minutes, "
                                        "depends_on, contact, status, note, actual_start, actual_end");

const QString kValues = QStringLiteral(":municipality_id, :number, :title, :owner, :start_minutes, :duration_minutes, "
                                       ":depends_on, :contact, :status, :note, :actual_start, :actual_end");

RunbookStep stepFrom(const QSqlQuery &query)
{
    const sql::QueryRow row(query);
    RunbookStep s;
    s.id = row.integer(0);
    s.municipalityId = row.integer(1);
    s.number = int(row.integer(2));
    s.title = row.text(3);
    s.owner = row.text(4);
    s.startMinutes = int(row.integer(5));
    s.durationMinutes = int(row.integer(6));
    s.dependsOn = parseDependsOn(row.text(7)).value_or(QList<int> {});
    s.contact = row.text(8);
    s.status = runbookStatusFromCode(row.text(9)).value_or(RunbookStatus::Waiting);
    s.note = row.text(10);
    s.actualStart = sql::timeFrom(query.value(11));
    s.actualEnd = sql::timeFrom(query.value(12));
    s.version = row.integer(13);
    return s;
}

void bindStep(QSqlQuery &query, const RunbookStep &s)
{
    query.bindValue(QStringLiteral(":municipality_id"), s.municipalityId);
    query.bindValue(QStringLiteral(":number"), s.number);
    query.bindValue(QStringLiteral(":title"), sql::text(s.title));
    query.bindValue(QStringLiteral(":owner"), sql::text(s.owner));
    query.bindValue(QStringLiteral(":start_minutes"), s.startMinutes);
    query.bindValue(QStringLiteral(":duration_minutes"), s.durationMinutes);
    query.bindValue(QStringLiteral(":depends_on"), sql::text(formatDependsOn(s.dependsOn)));
    query.bindValue(QStringLiteral(":contact"), sql::text(s.contact));
    query.bindValue(QStringLiteral(":status"), runbookStatusCode(s.status));
    query.bindValue(QStringLiteral(":note"), sql::text(s.note));
    query.bindValue(QStringLiteral(":actual_start"), sql::timeValue(s.actualStart));
    query.bindValue(QStringLiteral(":actual_end"), sql::timeValue(s.actualEnd));
}

// How the version check's message names a step: "The runbook step 3 "Stop the old system" …".
QString stepLabel(const RunbookStep &s)
{
    return QString::number(s.number) + QStringLiteral(" \"") + s.title + QLatin1Char('"');
}

bool municipalityExists(Database &db, Id id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM municipality WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return query.exec() && query.next();
}

} // namespace

QList<RunbookStep> RunbookRepository::forMunicipality(Id municipalityId) const
{
    return sql::selectAll<RunbookStep>(
        m_db.connection(),
        kSelect + QStringLiteral(" WHERE municipality_id = :municipality ORDER BY start_minutes, number"),
        QStringLiteral(":municipality"), municipalityId, stepFrom);
}

std::optional<RunbookStep> RunbookRepository::byId(Id id) const
{
    return sql::selectOne<RunbookStep>(m_db.connection(), kSelect + QStringLiteral(" WHERE id = :id"),
                                       QStringLiteral(":id"), id, stepFrom);
}

bool RunbookRepository::insert(const RunbookStep &step, Id *id, QString *error)
{
    if (step.id != 0) {
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query, sql::insertStatement(QStringLiteral("runbook_step"), kColumns, kValues, true), error))
            return false;
        bindStep(query, step);
        query.bindValue(QStringLiteral(":id"), step.id);
        *id = step.id;
        return sql::exec(query, tr("The %1 could not be stored").arg(runbookStepLabel(step)), error);
    }
    return sql::insertRow(
        m_db.connection(), sql::insertStatement(QStringLiteral("runbook_step"), kColumns, kValues),
        [&](QSqlQuery &query) { bindStep(query, step); }, tr("The %1 could not be stored").arg(runbookStepLabel(step)),
        id, error);
}

bool RunbookRepository::add(RunbookStep *step, QString *error)
{
    RunbookStep candidate = *step;
    candidate.id = 0;
    if (!validateRunbookStep(&candidate, error))
        return false;
    if (!municipalityExists(m_db, candidate.municipalityId)) {
        *error = tr("The municipality of the step \"%1\" is not in the database.").arg(candidate.title);
        return false;
    }
    candidate.number = freeStepNumber(candidate.number, forMunicipality(candidate.municipalityId));
    const bool ok = m_db.write(error, [&] { return insert(candidate, &candidate.id, error); });
    if (ok)
        *step = candidate;
    return ok;
}

bool RunbookRepository::update(const RunbookStep &step, QString *error)
{
    const std::optional<RunbookStep> existing = byId(step.id);
    if (!existing) {
        *error = tr("The step to change is not in the database.");
        return false;
    }
    const QString label = stepLabel(*existing);
    if (sql::refuseStale(m_db, QStringLiteral("runbook_step"), step.id, step.version, existing->version,
                         sql::RowKind::RunbookStep, label, error))
        return false;
    RunbookStep candidate = step;
    candidate.municipalityId = existing->municipalityId;
    candidate.number = existing->number;
    if (!validateRunbookStep(&candidate, error))
        return false;
    return m_db.write(error, [&] {
        return sql::updateRowVersioned(
                   m_db, QStringLiteral("runbook_step"), kColumns,
                   [&](QSqlQuery &query) { bindStep(query, candidate); }, candidate.id, step.version,
                   sql::RowKind::RunbookStep, label, tr("The %1 could not be changed").arg(runbookStepLabel(candidate)),
                   error)
            == sql::VersionedRow::Result::Written;
    });
}

bool RunbookRepository::take(Id id, RunbookStep *removed, QString *error, qint64 expectedVersion)
{
    const std::optional<RunbookStep> existing = byId(id);
    if (!existing) {
        *error = tr("The step to remove is not in the database.");
        return false;
    }
    const bool ok = m_db.write(error, [&] {
        return sql::removeRowVersioned(m_db, QStringLiteral("runbook_step"), id, expectedVersion,
                                       sql::RowKind::RunbookStep, stepLabel(*existing),
                                       tr("The %1 could not be removed").arg(runbookStepLabel(*existing)), error)
            == sql::VersionedRow::Result::Written;
    });
    if (ok)
        *removed = *existing;
    return ok;
}

bool RunbookRepository::restore(const RunbookStep &step, QString *error)
{
    if (step.id == 0 || step.number <= 0) {
        *error = tr("The step to put back has no number.");
        return false;
    }
    if (byId(step.id)) {
        *error = tr("The %1 cannot be put back: its place is taken.").arg(runbookStepLabel(step));
        return false;
    }
    for (const RunbookStep &other : forMunicipality(step.municipalityId)) {
        if (other.number == step.number) {
            *error = tr("The %1 cannot be put back: its number is taken.").arg(runbookStepLabel(step));
            return false;
        }
    }
    RunbookStep candidate = step;
    if (!validateRunbookStep(&candidate, error))
        return false;
    Id id = 0;
    return m_db.write(error, [&] {
        return insert(candidate, &id, error)
            && sql::stampRestored(m_db, QStringLiteral("runbook_step"), id, step.version + 1, error);
    });
}

bool RunbookRepository::replaceAll(Id municipalityId, const QList<RunbookStep> &steps, QList<RunbookStep> *stored,
                                   QString *error, const QList<RunbookStep> *expected)
{
    if (!municipalityExists(m_db, municipalityId)) {
        *error = tr("The municipality of the runbook is not in the database.");
        return false;
    }
    QList<RunbookStep> candidates;
    for (RunbookStep step : steps) {
        step.municipalityId = municipalityId;
        if (!validateRunbookStep(&step, error))
            return false;
        candidates.append(step);
    }
    const bool ok = m_db.write(error, [&] {
        if (!m_db.lockPlanWork(error))
            return false;
        if (expected && !runbookAsRead(municipalityId, *expected, error))
            return false;
        QSqlQuery clear(m_db.connection());
        if (!sql::prepare(clear, QStringLiteral("DELETE FROM runbook_step WHERE municipality_id = :m"), error))
            return false;
        clear.bindValue(QStringLiteral(":m"), municipalityId);
        if (!sql::exec(clear, tr("The runbook could not be replaced"), error))
            return false;
        for (RunbookStep &step : candidates) {
            if (!insert(step, &step.id, error))
                return false;
            // A step put back with its id (undo, redo) is one version past the one it had, so an edit of it read
            // before is refused.
            step.version = std::max<qint64>(step.version + 1, 1);
            if (!sql::stampRestored(m_db, QStringLiteral("runbook_step"), step.id, step.version, error))
                return false;
        }
        return true;
    });
    if (ok && stored)
        *stored = candidates;
    return ok;
}

bool RunbookRepository::runbookAsRead(Id municipalityId, const QList<RunbookStep> &expected, QString *error)
{
    QHash<Id, qint64> read;
    for (const RunbookStep &step : expected)
        read.insert(step.id, step.version);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::prepare(query,
                      QStringLiteral("SELECT id, version, changed_by, changed_at FROM runbook_step WHERE "
                                     "municipality_id = :m"),
                      error))
        return false;
    query.bindValue(QStringLiteral(":m"), municipalityId);
    if (!sql::exec(query, tr("The runbook could not be read"), error))
        return false;
    // Who changed it: the latest stamp among the steps added or changed since it was read. Steps only removed
    // since leave no stamp: "changed by another user".
    std::optional<sql::RowStamp> changed;
    int unchanged = 0;
    while (query.next()) {
        const auto found = read.constFind(query.value(0).toLongLong());
        if (found != read.constEnd() && *found == query.value(1).toLongLong()) {
            ++unchanged;
            continue;
        }
        sql::RowStamp stamp;
        stamp.version = query.value(1).toLongLong();
        stamp.changedBy = query.value(2).toString();
        stamp.changedAt = sql::timeFrom(query.value(3));
        if (!changed
            || (stamp.changedAt.isValid() && (!changed->changedAt.isValid() || stamp.changedAt > changed->changedAt)))
            changed = stamp;
    }
    if (!changed && unchanged == read.size())
        return true;
    const std::optional<Municipality> municipality = MunicipalityRepository(m_db).byId(municipalityId);
    const QString label
        = municipality ? municipality->code + QLatin1Char(' ') + municipality->name : QString::number(municipalityId);
    *error
        = sql::staleMessage(sql::RowKind::Runbook, label, changed.value_or(sql::RowStamp {1, QString(), QDateTime()}),
                            QDateTime::currentDateTimeUtc());
    m_db.noteStaleEdit();
    return false;
}

} // namespace parat
