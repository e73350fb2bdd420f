#include "SqlRows.h"

#include "SqlUtil.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace parat::sql {

namespace {

// "yyyy-MM-dd" as stored by dateValue(); anything else (or an impossible date) is invalid, as
// QDate::fromString(…, Qt::ISODate) would read it.
QDate isoDate(const char *text, int size)
{
    if (size != 10 || text[4] != '-' || text[7] != '-')
        return size == 0 ? QDate() : QDate::fromString(QString::fromUtf8(text, size), Qt::ISODate);
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return QDate();
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

QString stateColumns(const QString &alias)
{
    QStringList columns {QStringLiteral("status"),
                         QStringLiteral("responsible_person_id"),
                         QStringLiteral("performer_person_id"),
                         QStringLiteral("due_override"),
                         QStringLiteral("done_on"),
                         QStringLiteral("klik_marked_on"),
                         QStringLiteral("reason"),
                         QStringLiteral("note")};
    Q_ASSERT(columns.size() == kStateColumnCount);
    for (QString &column : columns)
        column.prepend(alias + QLatin1Char('.'));
    return columns.join(QStringLiteral(", "));
}

Id QueryRow::id(int column) const
{
    return idFrom(m_query.value(column));
}

QDate QueryRow::date(int column) const
{
    return dateFrom(m_query.value(column));
}

BulkQuery::BulkQuery(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = handleOf(db);
    if (!handle && db.isOpen() && db.driverName() == QLatin1String("QPSQL")) {
        m_query = std::make_unique<QSqlQuery>(db);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql)) {
            m_error = errorText(m_query->lastError());
            m_query.reset();
        }
        return;
    }
    if (!handle) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

BulkQuery::~BulkQuery()
{
    sqlite3_finalize(m_statement);
}

bool BulkQuery::bind(const QString &name, qint64 value)
{
    if (m_query) {
        m_query->bindValue(name, value);
        return true;
    }
    if (!m_statement)
        return false;
    const int index = sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData());
    return index > 0 && sqlite3_bind_int64(m_statement, index, value) == SQLITE_OK;
}

bool BulkQuery::next()
{
    if (m_query) {
        if (!m_executed) {
            m_executed = true;
            if (!m_query->exec()) {
                m_error = errorText(m_query->lastError());
                return false;
            }
        }
        return m_query->next();
    }
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

bool BulkQuery::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 BulkQuery::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

double BulkQuery::real(int column) const
{
    if (m_query)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_statement, column);
}

QString BulkQuery::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return QString();
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QDate BulkQuery::date(int column) const
{
    if (m_query)
        return dateFrom(m_query->value(column));
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? isoDate(text, sqlite3_column_bytes(m_statement, column)) : QDate();
}

} // namespace parat::sql
