#include "SqlUtil.h"

#include "SqlDialect.h"
#include "SqlRows.h"

namespace parat::sql {

namespace {

// Template columns of table task: what a handbook file defines, in the order of the file format.
const QStringList &templateColumns()
{
    static const QStringList columns {
        QStringLiteral("key"),
        QStringLiteral("phase"),
        QStringLiteral("theme"),
        QStringLiteral("title_da"),
        QStringLiteral("title_en"),
        QStringLiteral("description_da"),
        QStringLiteral("responsible_role"),
        QStringLiteral("performer_role"),
        QStringLiteral("release_offset_weeks"),
        QStringLiteral("due_offset_weeks"),
        QStringLiteral("estimate_hours"),
        QStringLiteral("per_person"),
        QStringLiteral("mandatory"),
        QStringLiteral("milestone"),
        QStringLiteral("depends_on"),
        QStringLiteral("external_ref"),
        QStringLiteral("sort_order"),
    };
    return columns;
}

// All columns taskFrom() reads: id, municipality_id, the template columns, withdrawn_in_version.
const QStringList &allTaskColumns()
{
    static const QStringList columns = [] {
        QStringList all {QStringLiteral("id"), QStringLiteral("municipality_id")};
        all += templateColumns();
        all.append(QStringLiteral("withdrawn_in_version"));
        return all;
    }();
    return columns;
}

template<typename E> QVariant codeValue(const std::optional<E> &value, QString (*code)(E))
{
    return value ? QVariant(code(*value)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    QDateTime utc = time.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(timeText(time)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : time;
}

QVariant idValue(Id id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

Id idFrom(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QVariant intValue(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> intFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString errorText(const QSqlError &error)
{
    const QString text = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    if (error.nativeErrorCode() == QLatin1String("42501")) // insufficient_privilege: a role or row-level security
        return SqlText::tr("the server refuses it: your Parat role (parat_viewer, parat_editor or parat_admin) or "
                           "your municipalities do not allow this (%1)")
            .arg(text);
    if (isServerErrorCode(error.nativeErrorCode()))
        return text; // PostgreSQL's message says it
    // SQLite's primary result codes (extended codes carry them in the low byte) that a user can act on.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 13: // SQLITE_FULL
        return SqlText::tr("the disk is full (%1); free some space and try again").arg(text);
    case 8: // SQLITE_READONLY
        return SqlText::tr("the file cannot be written (%1)").arg(text);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return SqlText::tr("the database is busy in another program (%1); try again in a moment").arg(text);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return SqlText::tr("the database file is damaged (%1); use a restore point").arg(text);
    default:
        return text;
    }
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = SqlText::tr("The database could not run a query: %1").arg(errorText(query.lastError()));
    return false;
}

QString assignments(const QStringList &columns)
{
    QStringList parts;
    for (const QString &column : columns)
        parts.append(column + QStringLiteral(" = :") + column);
    return parts.join(QStringLiteral(", "));
}

QString insertStatement(const QString &table, const QString &columns, const QString &values, bool withId)
{
    return withId ? QStringLiteral("INSERT INTO %1 (id, %2) VALUES (:id, %3)").arg(table, columns, values)
                  : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, values);
}

QString updateStatement(const QString &table, const QString &columns)
{
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
        .arg(table, assignments(columns.split(QStringLiteral(", "))));
}

std::optional<int> nextInMunicipality(const QSqlDatabase &db, const QString &table, const QString &column,
                                      Id municipalityId, const QString &what, QString *error)
{
    QSqlQuery query(db);
    if (!prepare(
            query,
            QStringLiteral("SELECT COALESCE(MAX(%1), 0) + 1 FROM %2 WHERE municipality_id = :m").arg(column, table),
            error))
        return std::nullopt;
    query.bindValue(QStringLiteral(":m"), municipalityId);
    if (!exec(query, what, error) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

bool deleteById(const QSqlDatabase &db, const QString &table, qint64 id, const QString &what, QString *error)
{
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table), error))
        return false;
    query.bindValue(QStringLiteral(":id"), id);
    return exec(query, what, error);
}

bool exec(QSqlQuery &query, const QString &what, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(what, errorText(query.lastError()));
    return false;
}

QString taskColumns(const QString &alias)
{
    QStringList qualified;
    for (const QString &column : allTaskColumns())
        qualified.append(alias + QLatin1Char('.') + column);
    return qualified.join(QStringLiteral(", "));
}

int taskColumnCount()
{
    return static_cast<int>(allTaskColumns().size());
}

Task taskFrom(const QSqlQuery &query, int first)
{
    return taskFromRow(QueryRow(query), first);
}

void bindTaskTemplate(QSqlQuery &query, const Task &task)
{
    query.bindValue(QStringLiteral(":key"), text(task.key));
    query.bindValue(QStringLiteral(":phase"), phaseCode(task.phase));
    query.bindValue(QStringLiteral(":theme"), codeValue(task.theme, &themeCode));
    query.bindValue(QStringLiteral(":title_da"), text(task.titleDa));
    query.bindValue(QStringLiteral(":title_en"), text(task.titleEn));
    query.bindValue(QStringLiteral(":description_da"), text(task.descriptionDa));
    query.bindValue(QStringLiteral(":responsible_role"), codeValue(task.responsibleRole, &roleCode));
    query.bindValue(QStringLiteral(":performer_role"), codeValue(task.performerRole, &roleCode));
    query.bindValue(QStringLiteral(":release_offset_weeks"), intValue(task.releaseOffsetWeeks));
    query.bindValue(QStringLiteral(":due_offset_weeks"), task.dueOffsetWeeks);
    query.bindValue(QStringLiteral(":estimate_hours"), task.estimateHours);
    query.bindValue(QStringLiteral(":per_person"), task.perPerson ? 1 : 0);
    query.bindValue(QStringLiteral(":mandatory"), task.mandatory ? 1 : 0);
    query.bindValue(QStringLiteral(":milestone"), task.milestone ? 1 : 0);
    query.bindValue(QStringLiteral(":depends_on"), text(task.dependsOn.join(QLatin1Char(' '))));
    query.bindValue(QStringLiteral(":external_ref"), text(task.externalRef));
    query.bindValue(QStringLiteral(":sort_order"), task.sortOrder);
}

QStringList taskTemplateColumns()
{
    return templateColumns();
}

} // namespace parat::sql
