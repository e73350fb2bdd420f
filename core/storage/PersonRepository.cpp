#include "PersonRepository.h"

#include "AllocationRepository.h"
#include "Database.h"
#include "RowVersion.h"
#include "RowWrites.h"
#include "SqlRows.h"
#include "SqlUtil.h"
#include "storage/Statements.h"

#include <algorithm>

namespace parat {

namespace {

// Columns of other aggregates that name a person and are cleared (ON DELETE SET NULL) when the person goes.
// A column of another aggregate's table that names a person. Rows without a version of their own (the conditions of
// a go/no-go meeting) name the table and key of the row whose version covers them; that row is stamped instead.
struct PersonReference
{
    QString table;
    QString column;
    QString parent = {};
    QString key = {};
};
const QList<PersonReference> kPersonReferences {
    {QStringLiteral("stakeholder"), QStringLiteral("owner_id")},
    {QStringLiteral("communication_item"), QStringLiteral("sender_id")},
    {QStringLiteral("communication_item"), QStringLiteral("responsible_id")},
    {QStringLiteral("risk"), QStringLiteral("owner_id")},
    {QStringLiteral("golive_criterion"), QStringLiteral("owner_id")},
    {QStringLiteral("golive_condition"), QStringLiteral("owner_id"), QStringLiteral("golive_meeting"),
     QStringLiteral("municipality_id")},
};

// Stamps the rows (or their parents) that name the person as changed now.
bool stampReference(Database &db, const PersonReference &reference, Id personId, QString *error)
{
    return reference.parent.isEmpty()
        ? sql::bumpRowsNaming(db, reference.table, reference.column, personId, error)
        : sql::bumpRowsWithChildNaming(db, reference.parent, reference.key, reference.table, reference.column, personId,
                                       error);
}

} // namespace

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, municipality_id, name, unit, email, roles, manager_id, registered_in_klik, note, version FROM person");

// The columns bindPerson() binds, for INSERT and UPDATE.
const QString kColumns
    = QStringLiteral("municipality_id, name, unit, email, roles, manager_id, registered_in_klik, note");
const QString kValues
    = QStringLiteral(":municipality_id, :name, :unit, :email, :roles, :manager_id, :registered_in_klik, :note");

template<typename Row> Person personFrom(const Row &row)
{
    Person person;
    person.id = row.integer(0);
    person.municipalityId = row.integer(1);
    person.name = row.text(2);
    person.unit = row.text(3);
    person.email = row.text(4);
    person.roles = rolesFromCodes(row.text(5));
    person.managerId = row.id(6);
    person.registeredInKlik = row.boolean(7);
    person.note = row.text(8);
    person.version = row.integer(9);
    return person;
}

void bindDetails(QSqlQuery &query, const SuperuserDetails &details)
{
    query.bindValue(QStringLiteral(":team"), sql::text(details.team.trimmed()));
    query.bindValue(QStringLiteral(":caseworkers_covered"), details.caseworkersCovered);
    query.bindValue(QStringLiteral(":appointed_on"), sql::dateValue(details.appointedOn));
    query.bindValue(QStringLiteral(":trained_on"), sql::dateValue(details.trainedOn));
    query.bindValue(QStringLiteral(":active_until"), sql::dateValue(details.activeUntil));
}

void bindPerson(QSqlQuery &query, const Person &person)
{
    query.bindValue(QStringLiteral(":municipality_id"), person.municipalityId);
    query.bindValue(QStringLiteral(":name"), sql::text(person.name));
    query.bindValue(QStringLiteral(":unit"), sql::text(person.unit));
    query.bindValue(QStringLiteral(":email"), sql::text(person.email));
    query.bindValue(QStringLiteral(":roles"), sql::text(roleCodes(person.roles)));
    query.bindValue(QStringLiteral(":manager_id"), sql::idValue(person.managerId));
    query.bindValue(QStringLiteral(":registered_in_klik"), person.registeredInKlik ? 1 : 0);
    query.bindValue(QStringLiteral(":note"), sql::text(person.note));
}

} // namespace

QList<Person> PersonRepository::forMunicipality(Id municipalityId) const
{
    QList<Person> result = sql::bulkRows<Person>(
        m_db.connection(), kSelect + QStringLiteral(" WHERE municipality_id = :municipality ORDER BY name, id"),
        QStringLiteral(":municipality"), municipalityId, personFrom);
    std::stable_sort(result.begin(), result.end(), sql::nameBefore<Person>);
    return result;
}

QHash<Id, QString> PersonRepository::namesForMunicipality(Id municipalityId) const
{
    QHash<Id, QString> names;
    sql::BulkQuery query(m_db.connection(),
                         QStringLiteral("SELECT id, name FROM person WHERE municipality_id = :municipality"));
    if (!query.isValid() || !query.bind(QStringLiteral(":municipality"), municipalityId))
        return names;
    while (query.next())
        names.insert(query.integer(0), query.text(1));
    return names;
}

QHash<Id, QList<Person>> PersonRepository::byMunicipality() const
{
    // By id (the table's own order, no sort step), then each municipality's list by name as forMunicipality()
    // orders it, equal names by id.
    sql::BulkQuery query(m_db.connection(), kSelect + QStringLiteral(" ORDER BY id"));
    return sql::groupByMunicipality<Person>(
        query, 1, [](const sql::BulkQuery &row) { return personFrom(row); }, sql::nameBefore<Person>);
}

std::optional<Person> PersonRepository::byId(Id id) const
{
    return sql::selectRow<Person>(m_db.connection(), kSelect + QStringLiteral(" WHERE id = :id"), QStringLiteral(":id"),
                                  id, personFrom);
}

bool PersonRepository::validate(Person *person, QString *error) const
{
    person->name = person->name.trimmed();
    person->email = person->email.trimmed();
    person->unit = person->unit.trimmed();
    if (person->name.isEmpty()) {
        *error = tr("A person needs a name.");
        return false;
    }
    if (!sql::municipalityExists(m_db.connection(), person->municipalityId)) {
        *error = tr("The municipality of %1 is not in the database.").arg(person->name);
        return false;
    }
    if (!person->email.isEmpty()) {
        const qsizetype at = person->email.indexOf(QLatin1Char('@'));
        if (at <= 0 || at != person->email.lastIndexOf(QLatin1Char('@')) || at == person->email.size() - 1
            || person->email.contains(QLatin1Char(' '))) {
            *error = tr("\"%1\" is not an e-mail address (expected name@example.dk).").arg(person->email);
            return false;
        }
    }
    if (person->managerId != 0) {
        if (person->managerId == person->id) {
            *error = tr("%1 cannot be their own manager.").arg(person->name);
            return false;
        }
        const std::optional<Person> manager = byId(person->managerId);
        if (!manager || manager->municipalityId != person->municipalityId) {
            *error = tr("The manager of %1 must be a person of the same municipality.").arg(person->name);
            return false;
        }
    }
    return true;
}

bool PersonRepository::add(Person *person, QString *error)
{
    return sql::addValidated(
        m_db, person, [this](Person *candidate, QString *problem) { return validate(candidate, problem); },
        [&](Person &candidate) {
            return sql::insertRow(
                m_db.connection(), sql::insertStatement(QStringLiteral("person"), kColumns, kValues),
                [&](QSqlQuery &query) { bindPerson(query, candidate); },
                tr("%1 could not be added").arg(candidate.name), &candidate.id, error);
        },
        error);
}

bool PersonRepository::update(const Person &person, QString *error)
{
    return updateChecked(person, nullptr, error);
}

bool PersonRepository::updateWithDetails(const Person &person, const SuperuserDetails &details, QString *error)
{
    return updateChecked(person, &details, error);
}

bool PersonRepository::updateChecked(const Person &person, const SuperuserDetails *details, QString *error)
{
    const std::optional<Person> existing = sql::storedForEdit(
        byId(person.id), person.municipalityId, tr("The person to change is not in the database."),
        [](const Person &stored) { return tr("%1 cannot be moved to another municipality.").arg(stored.name); }, error);
    if (!existing)
        return false;
    if (sql::refuseStale(m_db, QStringLiteral("person"), person.id, person.version, existing->version,
                         sql::RowKind::Person, existing->name, error))
        return false;
    Person candidate = person;
    if (!validate(&candidate, error))
        return false;
    QString columns = kColumns;
    if (details) {
        const QString problem = checkSuperuserDetails(*details);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        columns += QStringLiteral(", team, caseworkers_covered, appointed_on, trained_on, active_until");
    }
    return m_db.write(error, [&] {
        return sql::updateRowVersioned(
                   m_db, QStringLiteral("person"), columns,
                   [&](QSqlQuery &query) {
                       bindPerson(query, candidate);
                       if (details)
                           bindDetails(query, *details);
                   },
                   candidate.id, person.version, sql::RowKind::Person, existing->name,
                   tr("%1 could not be changed").arg(candidate.name), error)
            == sql::VersionedRow::Result::Written;
    });
}

bool PersonRepository::remove(Id id, QString *error, qint64 expectedVersion)
{
    const std::optional<Person> existing = byId(id);
    if (!existing) {
        *error = tr("The person to remove is not in the database.");
        return false;
    }
    // ON DELETE SET NULL clears the person from task states, the people they managed, the allocations they
    // approved, stakeholders, communication items, risks, go-live criteria and go/no-go conditions (the meeting is
    // stamped). Those statements change only rows that name this person at that moment (a row another client has
    // pointed at someone else keeps its value), and every such row is stamped as changed first, in the same
    // transaction: an edit of it read before the removal is refused with who and when, rather than written naming a
    // person who is gone.
    static const QList<std::pair<QString, QString>> kNaming {
        {QStringLiteral("task_state"), QStringLiteral("responsible_person_id")},
        {QStringLiteral("task_state"), QStringLiteral("performer_person_id")},
        {QStringLiteral("person"), QStringLiteral("manager_id")},
        {QStringLiteral("allocation"), QStringLiteral("approved_by_id")},
    };
    return m_db.write(error, [&] {
        for (const auto &[table, column] : kNaming) {
            if (!sql::bumpRowsNaming(m_db, table, column, id, error))
                return false;
        }
        for (const PersonReference &reference : kPersonReferences) {
            if (!stampReference(m_db, reference, id, error))
                return false;
        }
        return sql::removeRowVersioned(m_db, QStringLiteral("person"), id, expectedVersion, sql::RowKind::Person,
                                       existing->name, tr("%1 could not be removed").arg(existing->name), error)
            == sql::VersionedRow::Result::Written;
    });
}

namespace {

QList<Id> idsOf(const QSqlDatabase &db, const QString &sqlText, Id personId, bool *ok)
{
    QList<Id> ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    *ok = query.prepare(sqlText);
    if (!*ok)
        return ids;
    query.bindValue(QStringLiteral(":person"), personId);
    *ok = query.exec();
    while (*ok && query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace

bool PersonRepository::take(Id id, RemovedPerson *removed, QString *error, qint64 expectedVersion)
{
    const std::optional<Person> existing = byId(id);
    if (!existing) {
        *error = tr("The person to remove is not in the database.");
        return false;
    }
    RemovedPerson taken;
    taken.person = *existing;
    const QSqlDatabase db = m_db.connection();
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    taken.responsibleForTasks = idsOf(
        db, QStringLiteral("SELECT task_id FROM task_state WHERE responsible_person_id = :person ORDER BY task_id"), id,
        &ok1);
    taken.performerOfTasks = idsOf(
        db, QStringLiteral("SELECT task_id FROM task_state WHERE performer_person_id = :person ORDER BY task_id"), id,
        &ok2);
    taken.managerOf
        = idsOf(db, QStringLiteral("SELECT id FROM person WHERE manager_id = :person ORDER BY id"), id, &ok3);
    bool ok4 = false;
    taken.approverOf
        = idsOf(db, QStringLiteral("SELECT id FROM allocation WHERE approved_by_id = :person ORDER BY id"), id, &ok4);
    taken.details = superuserDetails(id);
    taken.allocations = AllocationRepository(m_db).forPerson(id);
    bool ok5 = true;
    for (const PersonReference &reference : kPersonReferences) {
        bool found = false;
        // Table and column names come from the constant list above, never from input.
        const QList<Id> ids = idsOf(
            db,
            QStringLiteral("SELECT id FROM %1 WHERE %2 = :person ORDER BY id").arg(reference.table, reference.column),
            id, &found);
        ok5 = ok5 && found;
        if (!ids.isEmpty())
            taken.namedIn.insert(reference.table + QLatin1Char('.') + reference.column, ids);
    }
    if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5) {
        *error = tr("The links to %1 could not be read.").arg(existing->name);
        return false;
    }
    if (!remove(id, error, expectedVersion))
        return false;
    *removed = std::move(taken);
    return true;
}

namespace {

// The undo of a person's removal for the task states that named them in `column` (responsible or performer): only
// states that are still stored and still name nobody are linked again, so a later change that named someone else wins.
bool nameInTaskStates(const QSqlDatabase &db, const QString &column, const Person &person, const QList<Id> &taskIds,
                      const QString &what, QString *error)
{
    QSqlQuery update(db);
    if (!sql::prepare(update,
                      QStringLiteral("UPDATE task_state SET ") + column + QStringLiteral(" = :person WHERE ") + column
                          + QStringLiteral(" IS NULL AND municipality_id = :municipality AND task_id = :task"),
                      error))
        return false;
    for (Id taskId : taskIds) {
        update.bindValue(QStringLiteral(":person"), person.id);
        update.bindValue(QStringLiteral(":municipality"), person.municipalityId);
        update.bindValue(QStringLiteral(":task"), taskId);
        if (!sql::exec(update, what, error))
            return false;
    }
    return true;
}

// The undo of a person's removal for the rows of other aggregates that named them (kPersonReferences): named again
// where nobody else has been named since, and stamped as changed, so an edit read while the person was gone is refused,
// not written over.
bool nameInReferences(Database &db, const Person &person, const QHash<QString, QList<Id>> &namedIn, const QString &what,
                      QString *error)
{
    for (const PersonReference &reference : kPersonReferences) {
        const QList<Id> ids = namedIn.value(reference.table + QLatin1Char('.') + reference.column);
        if (ids.isEmpty())
            continue;
        if (!sql::nameAgain(db.connection(), reference.table, reference.column, person.id, ids, 0, what, error)
            || !stampReference(db, reference, person.id, error))
            return false;
    }
    return true;
}

} // namespace

bool PersonRepository::restore(const RemovedPerson &removed, QString *error)
{
    const Person &person = removed.person;
    if (person.id == 0) {
        *error = tr("The person to put back has no number.");
        return false;
    }
    if (byId(person.id)) {
        *error = tr("%1 cannot be put back: the number is used by another person.").arg(person.name);
        return false;
    }
    Person candidate = person;
    if (candidate.managerId != 0 && !byId(candidate.managerId))
        candidate.managerId = 0; // the manager has gone since; do not fail the whole undo for it
    if (!validate(&candidate, error))
        return false;
    return m_db.write(error, [&] {
        if (!sql::putBackRow(
                m_db, QStringLiteral("person"), kColumns, kValues,
                [&](QSqlQuery &query) { bindPerson(query, candidate); }, candidate.id, person.version,
                tr("%1 could not be put back").arg(candidate.name), error))
            return false;
        const QSqlDatabase db = m_db.connection();
        const QString tasksWhat = tr("The tasks of %1 could not be linked again").arg(candidate.name);
        if (!nameInTaskStates(db, QStringLiteral("responsible_person_id"), candidate, removed.responsibleForTasks,
                              tasksWhat, error)
            || !nameInTaskStates(db, QStringLiteral("performer_person_id"), candidate, removed.performerOfTasks,
                                 tasksWhat, error))
            return false;
        if (!sql::nameAgain(db, QStringLiteral("person"), QStringLiteral("manager_id"), candidate.id, removed.managerOf,
                            candidate.municipalityId,
                            tr("The people managed by %1 could not be linked again").arg(candidate.name), error))
            return false;
        if (!writeDetails(candidate.id, removed.details, error))
            return false;
        if (!AllocationRepository(m_db).putBack(removed.allocations, error))
            return false;
        if (!sql::nameAgain(db, QStringLiteral("allocation"), QStringLiteral("approved_by_id"), candidate.id,
                            removed.approverOf, 0,
                            tr("The allocations approved by %1 could not be linked again").arg(candidate.name), error))
            return false;
        return nameInReferences(m_db, candidate, removed.namedIn,
                                tr("The links to %1 could not be restored").arg(candidate.name), error);
    });
}

namespace {

// The person id and the detail columns in the order detailsFrom() reads them.
const QString kDetailsColumns = QStringLiteral("id, team, caseworkers_covered, appointed_on, trained_on, active_until");
const QString kDetailsSelect = QStringLiteral("SELECT ") + kDetailsColumns + QStringLiteral(" FROM person");

template<typename Row> SuperuserDetails detailsFrom(const Row &row)
{
    SuperuserDetails details;
    details.team = row.text(1);
    details.caseworkersCovered = int(row.integer(2));
    details.appointedOn = row.date(3);
    details.trainedOn = row.date(4);
    details.activeUntil = row.date(5);
    return details;
}

SuperuserDetails detailsFrom(const QSqlQuery &query)
{
    return detailsFrom(sql::QueryRow(query));
}

} // namespace

SuperuserDetails PersonRepository::superuserDetails(Id personId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kDetailsSelect + QStringLiteral(" WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), personId);
    if (!query.exec() || !query.next())
        return {};
    return detailsFrom(query);
}

QHash<Id, SuperuserDetails> PersonRepository::superuserDetailsFor(Id municipalityId) const
{
    QHash<Id, SuperuserDetails> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(kDetailsSelect + QStringLiteral(" WHERE municipality_id = :municipality"));
    query.bindValue(QStringLiteral(":municipality"), municipalityId);
    if (!query.exec())
        return result;
    while (query.next())
        result.insert(query.value(0).toLongLong(), detailsFrom(query));
    return result;
}

QHash<Id, QHash<Id, SuperuserDetails>> PersonRepository::superuserDetailsByMunicipality() const
{
    QHash<Id, QHash<Id, SuperuserDetails>> result;
    // The detail columns, then the municipality.
    sql::BulkQuery query(m_db.connection(),
                         QStringLiteral("SELECT ") + kDetailsColumns + QStringLiteral(", municipality_id FROM person"));
    while (query.next())
        result[query.integer(6)].insert(query.integer(0), detailsFrom(query));
    return result;
}

QString PersonRepository::checkSuperuserDetails(const SuperuserDetails &details)
{
    if (details.caseworkersCovered < 0 || details.caseworkersCovered > 100000)
        return tr("The number of caseworkers covered must be between 0 and 100000.");
    if (details.appointedOn.isValid() && details.activeUntil.isValid() && details.activeUntil < details.appointedOn)
        return tr("\"Active until\" (%1) is before \"appointed on\" (%2).")
            .arg(details.activeUntil.toString(Qt::ISODate), details.appointedOn.toString(Qt::ISODate));
    return {};
}

bool PersonRepository::writeDetails(Id personId, const SuperuserDetails &details, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!sql::prepare(query,
                      QStringLiteral("UPDATE person SET team = :team, caseworkers_covered = :caseworkers, "
                                     "appointed_on = :appointed, trained_on = :trained, active_until = :until "
                                     "WHERE id = :id"),
                      error))
        return false;
    query.bindValue(QStringLiteral(":team"), sql::text(details.team.trimmed()));
    query.bindValue(QStringLiteral(":caseworkers"), details.caseworkersCovered);
    query.bindValue(QStringLiteral(":appointed"), sql::dateValue(details.appointedOn));
    query.bindValue(QStringLiteral(":trained"), sql::dateValue(details.trainedOn));
    query.bindValue(QStringLiteral(":until"), sql::dateValue(details.activeUntil));
    query.bindValue(QStringLiteral(":id"), personId);
    return sql::exec(query, tr("The superuser details could not be saved"), error);
}

bool PersonRepository::setSuperuserDetails(Id personId, const SuperuserDetails &details, QString *error)
{
    const std::optional<Person> existing = byId(personId);
    if (!existing) {
        *error = tr("The person to change is not in the database.");
        return false;
    }
    const QString problem = checkSuperuserDetails(details);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return m_db.write(error, [&] {
        return sql::updateRowVersioned(
                   m_db, QStringLiteral("person"),
                   QStringLiteral("team, caseworkers_covered, appointed_on, trained_on, active_until"),
                   [&](QSqlQuery &query) { bindDetails(query, details); }, personId, sql::kUncheckedVersion,
                   sql::RowKind::Person, existing->name, tr("The superuser details could not be saved"), error)
            == sql::VersionedRow::Result::Written;
    });
}

} // namespace parat
