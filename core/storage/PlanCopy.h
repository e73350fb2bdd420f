#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace parat {

class Database;

// A whole plan copied between two databases — a file and a server, either way, or two of a kind — and verified
// (docs/team-mode.md). Every table is copied in one transaction on the target, rows with their ids, foreign keys
// checked at the commit; PostgreSQL's identity sequences are moved past the copied ids. Then each table's row
// count and checksum are computed on both sides the same way and must agree.
//
// The checksum of a table: every row as one line of its values in column order, each normalised the same way on
// both engines (NULL, integers and whole reals as decimal integers, other reals with 17 significant digits, text
// as is, bytes as hex); the lines sorted bytewise and hashed with SHA-256. Sorting makes it independent of the
// engines' orders and collations.
class PlanCopy
{
    Q_DECLARE_TR_FUNCTIONS(parat::PlanCopy)
public:
    struct TableCheck
    {
        QString table;
        qint64 rows = 0;
        QString checksum; // hex SHA-256
        bool operator==(const TableCheck &other) const
        {
            return table == other.table && rows == other.rows && checksum == other.checksum;
        }
    };

    // The row count and checksum of each of the plan's tables, in creation order. False with *error when a
    // table cannot be read.
    static bool checksums(const QSqlDatabase &db, QList<TableCheck> *checks, QString *error);

    // Whether the database holds a plan: a row in any table (the schema alone is no plan).
    static bool holdsPlan(const QSqlDatabase &db);

    // Copies every row of from into to, which must hold no plan and have the same schema version; then verifies.
    // *source and *target get both sides' checks. On failure nothing of the copy stays in to (rolled back, or its
    // rows deleted when verification fails after the commit) and *error says why; *mismatch is set when the copy
    // was written but its checks did not agree.
    // Told after each table copied: (tables done, tables in all).
    using Progress = std::function<void(int, int)>;
    static bool copy(Database &from, Database &to, QList<TableCheck> *source, QList<TableCheck> *target, bool *mismatch,
                     QString *error, const Progress &progress = {});

    // The copy's core, inside a write transaction the caller holds on out with foreign keys deferred: every row of
    // each of tables from in to out (the same columns), with its id; a server's identity sequences are moved past
    // the ids. False with *error at the first table that cannot be read or written.
    static bool copyRows(const QSqlDatabase &in, const QSqlDatabase &out, const QStringList &tables, QString *error,
                         const Progress &progress = {});

    // Deletes every row of every table of the plan in one transaction (a verified copy that failed).
    static bool clear(Database &db, QString *error);
    // Drops Parat's whole schema from a server database (tables, parat_schema, the NULL-id trigger function), in one
    // transaction: for a copy that created the schema and then failed. Does nothing to a file.
    static bool removeServerSchema(Database &db, QString *error);
};

} // namespace parat
