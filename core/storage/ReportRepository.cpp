#include "ReportRepository.h"

#include "Database.h"
#include "RowVersion.h"
#include "SqlUtil.h"

#include <QSqlQuery>

namespace parat {

namespace {

const QString kNoteColumns = QStringLiteral(
    "municipality_id, report_date, since_last, next_period, main_problem, risks, decisions, light_override, "
    "override_reason");
const QString kSnapshotColumns = QStringLiteral(
    "id, municipality_id, taken_at, last_event_id, report_date, as_of, light, overridden, progress, planned, overdue, "
    "format");

QStringList lines(const QString &text)
{
    QStringList result;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

QStringList trimmedLines(const QStringList &items)
{
    return lines(items.join(QLatin1Char('\n')));
}

ReportNotes notesFrom(const QSqlQuery &query)
{
    ReportNotes notes;
    notes.municipalityId = query.value(0).toLongLong();
    notes.reportDate = sql::dateFrom(query.value(1));
    notes.sinceLast = query.value(2).toString();
    notes.nextPeriod = query.value(3).toString();
    notes.mainProblem = query.value(4).toString();
    notes.risks = lines(query.value(5).toString());
    notes.decisions = lines(query.value(6).toString());
    if (!query.value(7).isNull())
        notes.lightOverride = lightFromCode(query.value(7).toString());
    notes.overrideReason = query.value(8).toString();
    notes.version = query.value(9).toLongLong();
    notes.stored = true;
    return notes;
}

ReportSnapshot snapshotFrom(const QSqlQuery &query)
{
    ReportSnapshot s;
    s.id = query.value(0).toLongLong();
    s.municipalityId = query.value(1).toLongLong();
    s.takenAt = sql::timeFrom(query.value(2));
    s.lastEventId = query.value(3).toLongLong();
    s.reportDate = sql::dateFrom(query.value(4));
    s.asOf = sql::dateFrom(query.value(5));
    s.light = lightFromCode(query.value(6).toString()).value_or(Light::Green);
    s.overridden = query.value(7).toBool();
    s.progress = query.value(8).toDouble();
    s.planned = query.value(9).toDouble();
    s.overdue = query.value(10).toInt();
    s.format = query.value(11).toString();
    return s;
}

// The notes row of a municipality and date, for a checked write (sql::VersionedRow); named by its date.
sql::VersionedRow noteRow(Database &db, Id municipalityId, const QDate &reportDate)
{
    return sql::VersionedRow(db, QStringLiteral("report_note"),
                             {{QStringLiteral("municipality_id"), municipalityId},
                              {QStringLiteral("report_date"), sql::dateValue(reportDate)}},
                             sql::RowKind::ReportNotes, reportDate.toString(QStringLiteral("d.M.yyyy")));
}

} // namespace

ReportNotes ReportRepository::notes(Id municipalityId, const QDate &reportDate) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1, version FROM report_note WHERE municipality_id = :municipality "
                                 "AND report_date <= :date ORDER BY report_date DESC LIMIT 1")
                      .arg(kNoteColumns));
    query.bindValue(QStringLiteral(":municipality"), municipalityId);
    query.bindValue(QStringLiteral(":date"), sql::dateValue(reportDate));
    ReportNotes result;
    if (query.exec() && query.next()) {
        const ReportNotes stored = notesFrom(query);
        if (stored.reportDate == reportDate)
            return stored;
        result.risks = stored.risks;
        result.decisions = stored.decisions;
    }
    result.municipalityId = municipalityId;
    result.reportDate = reportDate;
    result.version = 0; // none stored for the date: a save inserts them, refused when someone did since
    return result;
}

std::optional<ReportNotes> ReportRepository::storedNotes(Id municipalityId, const QDate &reportDate) const
{
    ReportNotes read = notes(municipalityId, reportDate);
    if (!read.stored)
        return std::nullopt;
    return read;
}

QHash<Id, ReportNotes> ReportRepository::storedNotesOn(const QDate &reportDate) const
{
    QHash<Id, ReportNotes> stored;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, version FROM report_note WHERE report_date = :date").arg(kNoteColumns));
    query.bindValue(QStringLiteral(":date"), sql::dateValue(reportDate));
    if (!query.exec())
        return stored;
    while (query.next()) {
        const ReportNotes notes = notesFrom(query);
        // As notes() reads them: a row whose date does not read back as this date is not the date's.
        if (notes.reportDate == reportDate)
            stored.insert(notes.municipalityId, notes);
    }
    return stored;
}

bool ReportRepository::save(const ReportNotes &notes, const QDateTime &at, QString *error, qint64 insertAs)
{
    if (!notes.reportDate.isValid()) {
        *error = tr("The report date is missing.");
        return false;
    }
    if (notes.lightOverride && notes.overrideReason.trimmed().isEmpty()) {
        *error = tr("A manual traffic light needs a written reason.");
        return false;
    }
    const sql::VersionedRow::Values values {
        {QStringLiteral("since_last"), sql::text(notes.sinceLast.trimmed())},
        {QStringLiteral("next_period"), sql::text(notes.nextPeriod.trimmed())},
        {QStringLiteral("main_problem"), sql::text(notes.mainProblem.trimmed())},
        {QStringLiteral("risks"), sql::text(trimmedLines(notes.risks).join(QLatin1Char('\n')))},
        {QStringLiteral("decisions"), sql::text(trimmedLines(notes.decisions).join(QLatin1Char('\n')))},
        {QStringLiteral("light_override"),
         notes.lightOverride ? sql::textOrNull(lightCode(*notes.lightOverride)) : sql::textOrNull(QString())},
        {QStringLiteral("override_reason"),
         sql::text(notes.lightOverride ? notes.overrideReason.trimmed() : QString())},
        {QStringLiteral("updated_at"), sql::timeValue(at)}};
    return m_db.write(error, [&] {
        return noteRow(m_db, notes.municipalityId, notes.reportDate).save(notes.version, values, insertAs, error);
    });
}

bool ReportRepository::remove(Id municipalityId, const QDate &reportDate, QString *error, qint64 expectedVersion)
{
    return m_db.write(error, [&] {
        if (expectedVersion == sql::kUncheckedVersion) {
            QSqlQuery query(m_db.connection());
            if (!sql::prepare(query,
                              QStringLiteral("DELETE FROM report_note WHERE municipality_id = :municipality AND "
                                             "report_date = :date"),
                              error))
                return false;
            query.bindValue(QStringLiteral(":municipality"), municipalityId);
            query.bindValue(QStringLiteral(":date"), sql::dateValue(reportDate));
            return sql::exec(query, tr("The report notes could not be removed"), error);
        }
        return noteRow(m_db, municipalityId, reportDate).remove(expectedVersion, error)
            == sql::VersionedRow::Result::Written;
    });
}

bool ReportRepository::recordSnapshot(ReportSnapshot *snapshot, QString *error)
{
    if (!snapshot->takenAt.isValid()) {
        *error = tr("The time of the report is missing.");
        return false;
    }
    snapshot->takenAt = sql::timeFrom(sql::timeValue(snapshot->takenAt));
    return m_db.write(error, [&] {
        if (snapshot->lastEventId == 0)
            snapshot->lastEventId = lastEventId();
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query,
                          QStringLiteral("INSERT INTO report_snapshot (id, municipality_id, taken_at, last_event_id, "
                                         "report_date, as_of, light, overridden, progress, planned, overdue, format) "
                                         "VALUES (:id, :municipality, :taken_at, :last_event_id, :report_date, :as_of, "
                                         ":light, :overridden, :progress, :planned, :overdue, :format)"),
                          error))
            return false;
        // NULL lets SQLite choose a new id.
        query.bindValue(QStringLiteral(":id"), snapshot->id != 0 ? QVariant(snapshot->id) : QVariant());
        query.bindValue(QStringLiteral(":municipality"), snapshot->municipalityId);
        query.bindValue(QStringLiteral(":taken_at"), sql::timeValue(snapshot->takenAt));
        query.bindValue(QStringLiteral(":last_event_id"), snapshot->lastEventId);
        query.bindValue(QStringLiteral(":report_date"), sql::dateValue(snapshot->reportDate));
        query.bindValue(QStringLiteral(":as_of"), sql::dateValue(snapshot->asOf));
        query.bindValue(QStringLiteral(":light"), lightCode(snapshot->light));
        query.bindValue(QStringLiteral(":overridden"), snapshot->overridden ? 1 : 0);
        query.bindValue(QStringLiteral(":progress"), snapshot->progress);
        query.bindValue(QStringLiteral(":planned"), snapshot->planned);
        query.bindValue(QStringLiteral(":overdue"), snapshot->overdue);
        query.bindValue(QStringLiteral(":format"), sql::text(snapshot->format));
        if (!sql::exec(query, tr("The report could not be recorded"), error))
            return false;
        snapshot->id = query.lastInsertId().toLongLong();
        return true;
    });
}

bool ReportRepository::removeSnapshot(Id snapshotId, QString *error)
{
    return m_db.write(error, [&] {
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query, QStringLiteral("DELETE FROM report_snapshot WHERE id = :id"), error))
            return false;
        query.bindValue(QStringLiteral(":id"), snapshotId);
        return sql::exec(query, tr("The report could not be unmarked as sent"), error);
    });
}

std::optional<ReportSnapshot> ReportRepository::latestSnapshot(Id municipalityId, const QDateTime &at) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM report_snapshot WHERE municipality_id = :municipality "
                                 "AND (:at_null = 1 OR taken_at <= :at) ORDER BY taken_at DESC, id DESC LIMIT 1")
                      .arg(kSnapshotColumns));
    query.bindValue(QStringLiteral(":municipality"), municipalityId);
    query.bindValue(QStringLiteral(":at_null"), at.isValid() ? 0 : 1);
    query.bindValue(QStringLiteral(":at"), sql::text(sql::timeText(at)));
    if (query.exec() && query.next())
        return snapshotFrom(query);
    return std::nullopt;
}

QList<ReportSnapshot> ReportRepository::snapshots(Id municipalityId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM report_snapshot WHERE municipality_id = :municipality "
                                 "ORDER BY taken_at, id")
                      .arg(kSnapshotColumns));
    query.bindValue(QStringLiteral(":municipality"), municipalityId);
    QList<ReportSnapshot> result;
    if (query.exec()) {
        while (query.next())
            result.append(snapshotFrom(query));
    }
    return result;
}

Id ReportRepository::lastEventId() const
{
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM task_event")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace parat
