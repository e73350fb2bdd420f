#include "AllocationRepository.h"

#include "Database.h"
#include "RowVersion.h"
#include "SqlRows.h"
#include "SqlUtil.h"
#include "storage/Statements.h"

#include "domain/Calendar.h"

#include <QLocale>

#include <algorithm>

namespace parat {

namespace {

// The columns in the order allocationFrom() reads them.
const QString kColumns = QStringLiteral("a.id, a.person_id, a.from_week, a.to_week, a.hours_per_week, "
                                        "a.approved_by_id, a.approved_by, a.approved_on, a.note, a.version");
const QString kSelect = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM allocation a");

// The first five columns: what capacity reads (hoursByMunicipality reads only these).
template<typename Row> Allocation allocationHoursFrom(const Row &row)
{
    Allocation allocation;
    allocation.id = row.integer(0);
    allocation.personId = row.integer(1);
    allocation.fromWeek = int(row.integer(2));
    allocation.toWeek = int(row.integer(3));
    allocation.hoursPerWeek = row.real(4);
    return allocation;
}

template<typename Row> Allocation allocationFrom(const Row &row)
{
    Allocation allocation = allocationHoursFrom(row);
    allocation.approvedById = row.id(5);
    allocation.approvedBy = row.text(6);
    allocation.approvedOn = row.date(7);
    allocation.note = row.text(8);
    allocation.version = row.integer(9);
    return allocation;
}

Allocation allocationFrom(const QSqlQuery &query)
{
    return allocationFrom(sql::QueryRow(query));
}

QList<Allocation> run(QSqlQuery &query)
{
    QList<Allocation> result;
    query.setForwardOnly(true);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(allocationFrom(query));
    return result;
}

// Municipality of a person; 0 when unknown.
Id municipalityOf(const QSqlDatabase &db, Id personId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT municipality_id FROM person WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), personId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString personName(const QSqlDatabase &db, Id personId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM person WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), personId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool validWeek(int key)
{
    return weekKeyYear(key) >= 2000 && weekKeyYear(key) <= 2100 && mondayOfWeekKey(key).isValid();
}

} // namespace

QList<Allocation> AllocationRepository::forMunicipality(Id municipalityId) const
{
    return sql::bulkRows<Allocation>(
        m_db.connection(),
        kSelect
            + QStringLiteral(" JOIN person p ON p.id = a.person_id WHERE p.municipality_id = :municipality "
                             "ORDER BY a.person_id, a.from_week"),
        QStringLiteral(":municipality"), municipalityId, allocationFrom);
}

QHash<Id, QList<Allocation>> AllocationRepository::byMunicipality() const
{
    // The columns, then the municipality. Sorted here rather than by SQL (a temporary sort tree over the whole
    // table); a person's periods never overlap, so (person, from week) is unique.
    sql::BulkQuery query(m_db.connection(),
                         QStringLiteral("SELECT ") + kColumns
                             + QStringLiteral(", p.municipality_id FROM allocation a "
                                              "JOIN person p ON p.id = a.person_id"));
    return sql::groupByMunicipality<Allocation>(
        query, 10, [](const sql::BulkQuery &row) { return allocationFrom(row); },
        [](const Allocation &a, const Allocation &b) {
            return a.personId != b.personId ? a.personId < b.personId : a.fromWeek < b.fromWeek;
        });
}

QHash<Id, QList<Allocation>> AllocationRepository::hoursByMunicipality() const
{
    sql::BulkQuery query(m_db.connection(),
                         QStringLiteral("SELECT a.id, a.person_id, a.from_week, a.to_week, a.hours_per_week, "
                                        "p.municipality_id FROM allocation a JOIN person p ON p.id = a.person_id"));
    return sql::groupByMunicipality<Allocation>(
        query, 5, [](const sql::BulkQuery &row) { return allocationHoursFrom(row); },
        [](const Allocation &a, const Allocation &b) {
            return a.personId != b.personId ? a.personId < b.personId : a.fromWeek < b.fromWeek;
        });
}

QList<Allocation> AllocationRepository::forPerson(Id personId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kSelect + QStringLiteral(" WHERE a.person_id = :person ORDER BY a.from_week"));
    query.bindValue(QStringLiteral(":person"), personId);
    return run(query);
}

std::optional<Allocation> AllocationRepository::byId(Id id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kSelect + QStringLiteral(" WHERE a.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    const QList<Allocation> found = run(query);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QString AllocationRepository::check(const Allocation &allocation) const
{
    const QSqlDatabase db = m_db.connection();
    const Id municipality = municipalityOf(db, allocation.personId);
    if (municipality == 0)
        return tr("The person of the allocation is not in the database.");
    const QString name = personName(db, allocation.personId);
    if (!validWeek(allocation.fromWeek) || !validWeek(allocation.toWeek))
        return tr("The allocation of %1 needs a real first and last week.").arg(name);
    if (allocation.toWeek < allocation.fromWeek)
        return tr("The allocation of %1 ends (%2) before it starts (%3).")
            .arg(name, weekYearLabel(allocation.toWeek), weekYearLabel(allocation.fromWeek));
    if (mondayOfWeekKey(allocation.fromWeek).daysTo(mondayOfWeekKey(allocation.toWeek)) / 7 >= 260)
        return tr("The allocation of %1 is longer than five years; split it into shorter periods.").arg(name);
    if (!(allocation.hoursPerWeek >= 0.0) || allocation.hoursPerWeek > 168.0)
        return tr("Hours per week must be between 0 and 168 (there are 168 hours in a week).");
    if (allocation.approvedById != 0 && municipalityOf(db, allocation.approvedById) != municipality)
        return tr("The approver of the allocation of %1 must be a person of the same municipality.").arg(name);
    for (const Allocation &other : forPerson(allocation.personId)) {
        if (other.id != allocation.id && other.overlaps(allocation)) {
            return tr("%1 already has %2 h a week from %3 to %4, which overlaps %5 to %6. Change or remove that "
                      "period first.")
                .arg(name, hoursText(other.hoursPerWeek), weekYearLabel(other.fromWeek), weekYearLabel(other.toWeek),
                     weekYearLabel(allocation.fromWeek), weekYearLabel(allocation.toWeek));
        }
    }
    return {};
}

bool AllocationRepository::insert(Allocation *allocation, bool keepId, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!sql::prepare(query,
                      QStringLiteral("INSERT INTO allocation (id, person_id, from_week, to_week, hours_per_week, "
                                     "approved_by_id, approved_by, approved_on, note) VALUES (:id, :person, :from, "
                                     ":to, :hours, :approved_by_id, :approved_by, :approved_on, :note)"),
                      error))
        return false;
    query.bindValue(QStringLiteral(":id"), keepId ? sql::idValue(allocation->id) : sql::idValue(0));
    query.bindValue(QStringLiteral(":person"), allocation->personId);
    query.bindValue(QStringLiteral(":from"), allocation->fromWeek);
    query.bindValue(QStringLiteral(":to"), allocation->toWeek);
    query.bindValue(QStringLiteral(":hours"), allocation->hoursPerWeek);
    query.bindValue(QStringLiteral(":approved_by_id"), sql::idValue(allocation->approvedById));
    query.bindValue(QStringLiteral(":approved_by"), sql::text(allocation->approvedBy.trimmed()));
    query.bindValue(QStringLiteral(":approved_on"), sql::dateValue(allocation->approvedOn));
    query.bindValue(QStringLiteral(":note"), sql::text(allocation->note.trimmed()));
    if (!sql::exec(query, tr("The allocation could not be stored"), error))
        return false;
    // Put back with its id: keep it (on a server lastInsertId() names the session's last sequence value, which is not
    // this row's when the id was given).
    if (!keepId)
        allocation->id = query.lastInsertId().toLongLong();
    // Put back after a removal: one version past the one it was removed at.
    if (keepId && allocation->id != 0 && allocation->version > 0)
        return sql::stampRestored(m_db, QStringLiteral("allocation"), allocation->id, allocation->version + 1, error);
    return true;
}

bool AllocationRepository::add(Allocation *allocation, QString *error)
{
    Allocation candidate = *allocation;
    candidate.id = 0;
    const QString problem = check(candidate);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const bool ok = m_db.write(error, [&] { return insert(&candidate, false, error); });
    if (ok)
        *allocation = candidate;
    return ok;
}

bool AllocationRepository::update(const Allocation &allocation, QString *error)
{
    const std::optional<Allocation> existing = byId(allocation.id);
    if (!existing) {
        *error = tr("The allocation to change is not in the database.");
        return false;
    }
    if (existing->personId != allocation.personId) {
        *error = tr("An allocation cannot be moved to another person; remove it and add a new one.");
        return false;
    }
    const QString label = weekRangeLabel(existing->fromWeek, existing->toWeek);
    if (sql::refuseStale(m_db, QStringLiteral("allocation"), allocation.id, allocation.version, existing->version,
                         sql::RowKind::Allocation, label, error))
        return false;
    const QString problem = check(allocation);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return m_db.write(error, [&] {
        return sql::updateRowVersioned(
                   m_db, QStringLiteral("allocation"),
                   QStringLiteral("from_week, to_week, hours_per_week, approved_by_id, approved_by, approved_on, note"),
                   [&](QSqlQuery &query) {
                       query.bindValue(QStringLiteral(":from_week"), allocation.fromWeek);
                       query.bindValue(QStringLiteral(":to_week"), allocation.toWeek);
                       query.bindValue(QStringLiteral(":hours_per_week"), allocation.hoursPerWeek);
                       query.bindValue(QStringLiteral(":approved_by_id"), sql::idValue(allocation.approvedById));
                       query.bindValue(QStringLiteral(":approved_by"), sql::text(allocation.approvedBy.trimmed()));
                       query.bindValue(QStringLiteral(":approved_on"), sql::dateValue(allocation.approvedOn));
                       query.bindValue(QStringLiteral(":note"), sql::text(allocation.note.trimmed()));
                   },
                   allocation.id, allocation.version, sql::RowKind::Allocation, label,
                   tr("The allocation could not be changed"), error)
            == sql::VersionedRow::Result::Written;
    });
}

bool AllocationRepository::remove(Id id, QString *error, qint64 expectedVersion)
{
    const std::optional<Allocation> existing = byId(id);
    if (!existing) {
        *error = tr("The allocation to remove is not in the database.");
        return false;
    }
    return m_db.write(error, [&] {
        return sql::removeRowVersioned(m_db, QStringLiteral("allocation"), id, expectedVersion,
                                       sql::RowKind::Allocation, weekRangeLabel(existing->fromWeek, existing->toWeek),
                                       tr("The allocation could not be removed"), error)
            == sql::VersionedRow::Result::Written;
    });
}

bool AllocationRepository::replace(const QList<Id> &removed, QList<Allocation> *added, QString *error)
{
    QList<Allocation> rows;
    for (Id id : removed) {
        Allocation row;
        row.id = id;
        rows.append(row);
    }
    return replace(rows, {}, added, error);
}

bool AllocationRepository::replace(const QList<Allocation> &removed, const QList<qint64> &expectedVersions,
                                   QList<Allocation> *added, QString *error)
{
    QList<Allocation> stored = *added;
    const bool ok = m_db.write(error, [&] {
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(query, QStringLiteral("DELETE FROM allocation WHERE id = :id"), error))
            return false;
        for (int i = 0; i < int(removed.size()); ++i) {
            const Allocation &old = removed.at(i);
            const qint64 expected = i < int(expectedVersions.size()) ? expectedVersions.at(i) : sql::kUncheckedVersion;
            if (expected == sql::kUncheckedVersion) {
                query.bindValue(QStringLiteral(":id"), old.id);
                if (!sql::exec(query, tr("The allocation could not be removed"), error))
                    return false;
                continue;
            }
            const QString label = weekRangeLabel(old.fromWeek, old.toWeek);
            if (sql::removeRowVersioned(m_db, QStringLiteral("allocation"), old.id, expected, sql::RowKind::Allocation,
                                        label, tr("The allocation could not be removed"), error)
                == sql::VersionedRow::Result::Written)
                continue;
            if (!byId(old.id)) {
                // Gone: name who last wrote a period of the person over these weeks (another suggested plan).
                QSqlQuery latest(m_db.connection());
                QString ignored;
                if (sql::prepare(latest,
                                 QStringLiteral("SELECT changed_by FROM allocation WHERE person_id = :person AND "
                                                "from_week <= :to AND to_week >= :from AND changed_by IS NOT NULL "
                                                "ORDER BY changed_at DESC, id DESC LIMIT 1"),
                                 &ignored)) {
                    latest.bindValue(QStringLiteral(":person"), old.personId);
                    latest.bindValue(QStringLiteral(":to"), old.toWeek);
                    latest.bindValue(QStringLiteral(":from"), old.fromWeek);
                    if (latest.exec() && latest.next()) {
                        sql::RowStamp gone;
                        gone.changedBy = latest.value(0).toString();
                        *error
                            = sql::staleMessage(sql::RowKind::Allocation, label, gone, QDateTime::currentDateTimeUtc());
                    }
                }
            }
            return false;
        }
        for (Allocation &allocation : stored) {
            const bool keepId = allocation.id != 0;
            const QString problem = check(allocation);
            if (!problem.isEmpty()) {
                *error = problem;
                return false;
            }
            if (!insert(&allocation, keepId, error))
                return false;
            // A new period is stamped with who added it and when (version 1), so a plan refused for it names them.
            if (!keepId && !sql::stampRestored(m_db, QStringLiteral("allocation"), allocation.id, 1, error))
                return false;
        }
        return true;
    });
    if (ok)
        *added = stored;
    return ok;
}

bool AllocationRepository::putBack(const QList<Allocation> &allocations, QString *error)
{
    return m_db.write(error, [&] {
        for (Allocation allocation : allocations) {
            if (byId(allocation.id)) {
                *error = tr("The allocation cannot be put back: its number is in use.");
                return false;
            }
            if (!insert(&allocation, true, error))
                return false;
        }
        return true;
    });
}

} // namespace parat
