#include "SqlRows.h"

#include "SqlUtil.h"

#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <dlfcn.h>
#include <libpq-fe.h> // for its types only: Parat does not link libpq (Libpq below)
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <type_traits>

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

PGconn *serverHandleOf(const QSqlDatabase &db)
{
    if (!db.driver() || !db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt's driver declares the handle as PGconn*, which its meta type names by the struct behind the typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// The libpq functions the server reader calls, looked up in the libpq that Qt's PostgreSQL driver (a plugin, which
// links it) has loaded. Parat itself does not link libpq: with a file, the default, it would load libpq and its TLS,
// Kerberos and LDAP libraries at start for nothing (docs/architecture.md "Start-up", round 7).
struct Libpq
{
    decltype(&PQexecParams) execParams = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQntuples) ntuples = nullptr;
    decltype(&PQgetisnull) getIsNull = nullptr;
    decltype(&PQgetlength) getLength = nullptr;
    decltype(&PQgetvalue) getValue = nullptr;
    decltype(&PQclear) clear = nullptr;
};

// Fills libpq from the library named soname if it is loaded (RTLD_NOLOAD: never loads it); empty, or why not. On
// success *library holds a reference to it (dlclose() gives it back): while it is held the functions stay valid.
QString lookUpLibpq(const char *soname, Libpq *libpq, void **library)
{
    *library = ::dlopen(soname, RTLD_NOW | RTLD_NOLOAD);
    if (!*library)
        return QStringLiteral("%1 is not loaded").arg(QString::fromLocal8Bit(soname));
    QString missing;
    auto find = [&](const char *name, auto *function) {
        using Function = std::remove_pointer_t<decltype(function)>;
        *function = reinterpret_cast<Function>(::dlsym(*library, name));
        if (!*function)
            missing += (missing.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromLatin1(name);
    };
    find("PQexecParams", &libpq->execParams);
    find("PQresultStatus", &libpq->resultStatus);
    find("PQresultErrorMessage", &libpq->resultErrorMessage);
    find("PQerrorMessage", &libpq->errorMessage);
    find("PQntuples", &libpq->ntuples);
    find("PQgetisnull", &libpq->getIsNull);
    find("PQgetlength", &libpq->getLength);
    find("PQgetvalue", &libpq->getValue);
    find("PQclear", &libpq->clear);
    if (missing.isEmpty())
        return QString();
    ::dlclose(*library);
    *library = nullptr;
    *libpq = Libpq();
    return QStringLiteral("%1 has no %2").arg(QString::fromLocal8Bit(soname), missing);
}

// The functions, looked up once per process (thread-safe: a function's static), the first time a server connection
// is read; nullptr when they were not found (then the reads go through Qt SQL). By then the driver has loaded libpq.
// The reference is kept for the process's life. PARAT_LIBPQ_NAME names another library to look in, for the tests of
// the Qt SQL way (a name that is not loaded); the lookup never loads what it names.
const Libpq *loadedLibpq()
{
    static const std::optional<Libpq> loaded = [] {
        const QByteArray name = qEnvironmentVariableIsSet("PARAT_LIBPQ_NAME") ? qgetenv("PARAT_LIBPQ_NAME")
                                                                              : QByteArrayLiteral("libpq.so.5");
        Libpq libpq;
        void *library = nullptr;
        const QString error = lookUpLibpq(name.constData(), &libpq, &library);
        if (!error.isEmpty()) {
            qWarning("Whole-plan reads go through Qt SQL: %s", qPrintable(error));
            return std::optional<Libpq>();
        }
        return std::optional<Libpq>(libpq);
    }();
    return loaded ? &*loaded : nullptr;
}

// sql with each named parameter (":name") replaced by $1, $2 … in order of first use; names gets the names. Text
// in quotes and PostgreSQL's casts ("::") are left alone.
QByteArray numberedParameters(const QString &sql, QStringList *names)
{
    QString out;
    out.reserve(sql.size());
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out.append(c);
            continue;
        }
        if (c == QLatin1Char(':') && i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char(':')) {
            out.append(QStringLiteral("::"));
            ++i;
            continue;
        }
        const bool starts = c == QLatin1Char(':') && i + 1 < sql.size()
            && (sql.at(i + 1).isLetter() || sql.at(i + 1) == QLatin1Char('_'));
        if (!starts) {
            out.append(c);
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == QLatin1Char('_')))
            ++end;
        const QString name = sql.mid(i, end - i);
        qsizetype index = names->indexOf(name);
        if (index < 0) {
            names->append(name);
            index = names->size() - 1;
        }
        out.append(QLatin1Char('$') + QString::number(index + 1));
        i = end - 1;
    }
    return out.toUtf8();
}

} // namespace

struct BulkQuery::Server
{
    const Libpq *libpq = nullptr;
    PGconn *connection = nullptr;
    QPointer<QSqlDriver> driver;
    QByteArray statement;
    QStringList names;
    QList<QByteArray> values; // one per name, as text; empty until bound
    PGresult *result = nullptr;
    int rows = 0;
    int row = -1;
    bool executed = false;

    ~Server()
    {
        if (result)
            libpq->clear(result);
    }
};

struct BulkQuery::QtQuery
{
    explicit QtQuery(const QSqlDatabase &db)
        : query(db)
    { }

    QSqlQuery query;
    QStringList names; // the named parameters, to refuse any other
    bool executed = false;
};

QString libpqLookup(const char *soname)
{
    Libpq libpq;
    void *library = nullptr;
    const QString error = lookUpLibpq(soname, &libpq, &library);
    if (library)
        ::dlclose(library); // the lookup's reference only: whoever loaded the library still holds theirs
    return error;
}

QString stateColumns(const QString &alias, StateTexts texts)
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
    if (texts == StateTexts::Skip)
        columns.resize(kStateColumnCount - 2);
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
    if (PGconn *server = handle ? nullptr : serverHandleOf(db)) {
        const Libpq *libpq = loadedLibpq();
        if (!libpq) {
            prepareThroughQtSql(db, sql);
            return;
        }
        m_reader = Reader::Libpq;
        m_server = std::make_unique<Server>();
        m_server->libpq = libpq;
        m_server->connection = server;
        m_server->driver = db.driver();
        m_server->statement = numberedParameters(sql, &m_server->names);
        m_server->values.resize(m_server->names.size());
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

BulkQuery::BulkQuery(const QSqlDatabase &db, const QString &sql, ThroughQtSql)
{
    prepareThroughQtSql(db, sql);
}

BulkQuery::~BulkQuery()
{
    sqlite3_finalize(m_statement);
}

void BulkQuery::prepareThroughQtSql(const QSqlDatabase &db, const QString &sql)
{
    m_reader = Reader::QtSql;
    if (!db.isOpen()) {
        m_error = QStringLiteral("not an open connection");
        return;
    }
    m_qt = std::make_unique<QtQuery>(db);
    m_qt->query.setForwardOnly(true);
    if (!m_qt->query.prepare(sql)) {
        m_error = m_qt->query.lastError().text();
        m_qt.reset();
        return;
    }
    numberedParameters(sql, &m_qt->names);
}

bool BulkQuery::runOnServer()
{
    Server &server = *m_server;
    server.executed = true;
    QList<const char *> values;
    for (qsizetype i = 0; i < server.names.size(); ++i) {
        if (server.values.at(i).isNull()) {
            m_error = QStringLiteral("no value bound for %1").arg(server.names.at(i));
            return false;
        }
        values.append(server.values.at(i).constData());
    }
    // Text results (resultFormat 0): integers and dates are read from PostgreSQL's own text of them.
    const Libpq &libpq = *server.libpq;
    server.result = libpq.execParams(server.connection, server.statement.constData(), int(values.size()), nullptr,
                                     values.constData(), nullptr, nullptr, 0);
    if (libpq.resultStatus(server.result) != PGRES_TUPLES_OK) {
        m_error = QString::fromUtf8(server.result ? libpq.resultErrorMessage(server.result)
                                                  : libpq.errorMessage(server.connection))
                      .trimmed();
        return false;
    }
    server.rows = libpq.ntuples(server.result);
    // A notification (another client's change) that arrived with the result now waits in libpq, where Qt's driver
    // looks only when its socket wakes it or after a statement of its own: ask it to look now, as it does after
    // its own statements, so the change still shows within the second.
    if (server.driver && !server.driver->subscribedToNotifications().isEmpty())
        QMetaObject::invokeMethod(server.driver.data(), "_q_handleNotification", Qt::QueuedConnection);
    return true;
}

const char *BulkQuery::serverValue(int column, int *size) const
{
    const Server &server = *m_server;
    const Libpq &libpq = *server.libpq;
    if (server.row < 0 || server.row >= server.rows || libpq.getIsNull(server.result, server.row, column)) {
        *size = 0;
        return nullptr;
    }
    *size = libpq.getLength(server.result, server.row, column);
    return libpq.getValue(server.result, server.row, column);
}

bool BulkQuery::bindValue(const QString &name, const QByteArray &serverText, const QVariant &qtValue,
                          const std::function<int(sqlite3_stmt *, int)> &bindSqlite)
{
    if (m_server) {
        const qsizetype index = m_server->names.indexOf(name);
        if (index < 0 || m_server->executed)
            return false;
        m_server->values[index] = serverText;
        return true;
    }
    if (m_qt) {
        if (!m_qt->names.contains(name) || m_qt->executed)
            return false;
        m_qt->query.bindValue(name, qtValue);
        return true;
    }
    if (!m_statement)
        return false;
    const int index = sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData());
    return index > 0 && bindSqlite(m_statement, index) == SQLITE_OK;
}

bool BulkQuery::bind(const QString &name, qint64 value)
{
    return bindValue(name, QByteArray::number(value), value, [value](sqlite3_stmt *statement, int index) {
        return sqlite3_bind_int64(statement, index, value);
    });
}

bool BulkQuery::bind(const QString &name, const QString &value)
{
    const QByteArray text = value.toUtf8();
    return bindValue(name, text, value, [&text](sqlite3_stmt *statement, int index) {
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    });
}

bool BulkQuery::next()
{
    if (m_statement) {
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW)
            return true;
        if (result != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        return false;
    }
    if (m_server) {
        if (!m_server->executed && !runOnServer())
            return false;
        if (m_server->row < m_server->rows)
            ++m_server->row;
        return m_server->row < m_server->rows;
    }
    if (!m_qt)
        return false;
    QSqlQuery &query = m_qt->query;
    if (!m_qt->executed) {
        m_qt->executed = true;
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
    }
    if (query.next())
        return true;
    if (query.lastError().isValid())
        m_error = query.lastError().text();
    return false;
}

// The accessors ask for SQLite first: a file is what they read most, the whole national plan at a time.
bool BulkQuery::isNull(int column) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    if (m_server) {
        int size = 0;
        return serverValue(column, &size) == nullptr;
    }
    return !m_qt || m_qt->query.isNull(column);
}

qint64 BulkQuery::integer(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    if (m_server) {
        int size = 0;
        const char *value = serverValue(column, &size);
        if (!value)
            return 0;
        if (size == 1 && (value[0] == 't' || value[0] == 'f')) // a boolean column
            return value[0] == 't' ? 1 : 0;
        return std::strtoll(value, nullptr, 10);
    }
    return m_qt ? m_qt->query.value(column).toLongLong() : 0;
}

double BulkQuery::real(int column) const
{
    if (m_statement)
        return sqlite3_column_double(m_statement, column);
    if (m_server) {
        int size = 0;
        const char *value = serverValue(column, &size);
        return value ? std::strtod(value, nullptr) : 0.0;
    }
    return m_qt ? m_qt->query.value(column).toDouble() : 0.0;
}

QString BulkQuery::text(int column) const
{
    if (m_statement) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
    }
    if (m_server) {
        int size = 0;
        const char *value = serverValue(column, &size);
        return value ? QString::fromUtf8(value, size) : QString();
    }
    return m_qt ? m_qt->query.value(column).toString() : QString();
}

bool BulkQuery::rawValue(int column, const char **value, int *size) const
{
    if (m_statement) {
        *value = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        *size = *value ? sqlite3_column_bytes(m_statement, column) : 0;
        return true;
    }
    if (m_server) {
        *value = serverValue(column, size);
        return true;
    }
    return false;
}

bool BulkQuery::knownCode(int column, CodeParser parser, int *value) const
{
    const char *raw = nullptr;
    int size = 0;
    if (column < 0 || column >= m_knownCodes.size() || !rawValue(column, &raw, &size))
        return false;
    const bool null = raw == nullptr;
    for (const KnownCode &known : std::as_const(m_knownCodes[column])) {
        if (known.bytes.size() == size && known.null == null && known.parser == parser
            && (size == 0 || std::memcmp(known.bytes.constData(), raw, size_t(size)) == 0)) {
            *value = known.value;
            return true;
        }
    }
    return false;
}

void BulkQuery::rememberCode(int column, CodeParser parser, int value) const
{
    // A few codes per column; a column of free text read as a code would only be read as without this.
    constexpr int kMaxKnownCodes = 64;
    const char *raw = nullptr;
    int size = 0;
    if (column < 0 || !rawValue(column, &raw, &size))
        return;
    if (column >= m_knownCodes.size())
        m_knownCodes.resize(column + 1);
    QList<KnownCode> &known = m_knownCodes[column];
    if (known.size() < kMaxKnownCodes)
        known.append(KnownCode {parser, raw == nullptr, QByteArray(raw, size), value});
}

QDate BulkQuery::date(int column) const
{
    if (m_statement) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return text ? isoDate(text, sqlite3_column_bytes(m_statement, column)) : QDate();
    }
    if (m_server) {
        int size = 0;
        const char *value = serverValue(column, &size);
        return value ? isoDate(value, size) : QDate();
    }
    return m_qt ? dateFrom(m_qt->query.value(column)) : QDate();
}

} // namespace parat::sql
