// `parat export status` and `parat status import`: a status sheet written, filled in as CSV, read back; --dry-run
// and bad input change nothing; the usual exit codes.
#include "StatusDigest.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

using Run = parat::test::ParatRun;
using parat::test::runParat;

// The task states and history of the file, to show that a command changed nothing.
QByteArray states(const QString &path)
{
    QByteArray digest;
    parat::test::withSqliteFile(
        path, [&](QSqlDatabase &db) { digest = parat::test::statusDigest(db); }, true);
    return digest;
}

// The first column of the first row a query with :key bound to a task's key gives.
QString valueForKey(const QString &path, const QString &statement, const QString &key)
{
    QString value;
    parat::test::withSqliteFile(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(statement);
        query.bindValue(QStringLiteral(":key"), key);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        value = query.value(0).toString();
    });
    return value;
}

QString statusOf(const QString &path, const QString &key)
{
    return valueForKey(path,
                       QStringLiteral("SELECT COALESCE(s.status, 'not_started') FROM task t LEFT JOIN task_state s ON "
                                      "s.task_id = t.id WHERE t.key = :key"),
                       key);
}

QString titleOf(const QString &path, const QString &key)
{
    return valueForKey(path, QStringLiteral("SELECT title_da FROM task WHERE key = :key"), key);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("parat status import reads a sheet, shows the plan, and --dry-run and bad input change nothing",
          "[cli][status]")
{
    parat::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("s.sqlite"));
    REQUIRE(runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const auto parat = [&](const QStringList &more) {
        return runParat(QStringList {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("da")}
                        + more);
    };

    // The status sheet of a person: written, and read straight back it changes nothing.
    const QString sheet = dir.file(QStringLiteral("mads.xlsx"));
    const Run exported = parat({QStringLiteral("export"), QStringLiteral("status"), QStringLiteral("--municipality"),
                                QStringLiteral("0630"), QStringLiteral("--person"), QStringLiteral("Mads Kjær"),
                                QStringLiteral("--out"), sheet});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(QFile::exists(sheet));
    const Run unknownPerson
        = parat({QStringLiteral("export"), QStringLiteral("status"), QStringLiteral("--municipality"),
                 QStringLiteral("0630"), QStringLiteral("--person"), QStringLiteral("Ingen Her"),
                 QStringLiteral("--out"), dir.file(QStringLiteral("x.xlsx"))});
    CHECK(unknownPerson.exitCode == 3);
    CHECK(parat({QStringLiteral("export"), QStringLiteral("status"), QStringLiteral("--municipality"),
                 QStringLiteral("0630"), QStringLiteral("--out"), dir.file(QStringLiteral("x.xlsx"))})
              .exitCode
          == 2);

    const QByteArray before = states(db);
    const Run same = parat({QStringLiteral("status"), QStringLiteral("import"), sheet, QStringLiteral("--municipality"),
                            QStringLiteral("0630")});
    CHECK(same.exitCode == 0);
    CHECK(same.out.contains(QStringLiteral("0 ændringer")));
    CHECK(states(db) == before);

    // A superuser's own CSV: ';', Danish words, a key column.
    const QString csv = dir.file(QStringLiteral("status.csv"));
    writeFile(csv, "\xEF\xBB\xBFOpgave;Status;Bem\xC3\xA6rkning\r\nP23-04;F\xC3\xA6rdig;Klaret\r\nP23-05;I gang;\r\n");
    const QString oldA = statusOf(db, QStringLiteral("P23-04"));
    const Run dry = parat({QStringLiteral("status"), QStringLiteral("import"), csv, QStringLiteral("--municipality"),
                           QStringLiteral("0630"), QStringLiteral("--dry-run")});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("P23-04")));
    CHECK(dry.out.contains(QStringLiteral("Prøvekørsel")));
    CHECK(states(db) == before);

    // Bad input: a word the mapping does not know, a missing municipality option, an unknown municipality.
    const QString bad = dir.file(QStringLiteral("bad.csv"));
    writeFile(bad, "Opgave;Status\nP23-04;Halvvejs\n");
    const Run badWord = parat({QStringLiteral("status"), QStringLiteral("import"), bad,
                               QStringLiteral("--municipality"), QStringLiteral("0630")});
    CHECK(badWord.exitCode == 3);
    CHECK(badWord.err.contains(QStringLiteral("række 2, kolonne B")));
    CHECK(states(db) == before);
    CHECK(parat({QStringLiteral("status"), QStringLiteral("import"), bad}).exitCode == 2);
    CHECK(parat({QStringLiteral("status"), QStringLiteral("import"), bad, QStringLiteral("--municipality"),
                 QStringLiteral("9999")})
              .exitCode
          == 3);
    CHECK(parat({QStringLiteral("status"), QStringLiteral("import"), bad, QStringLiteral("--municipality"),
                 QStringLiteral("0630"), QStringLiteral("--mapping"), QStringLiteral("Findes ikke")})
              .exitCode
          == 3);

    // The word mapped on the command line and saved as a mapping; then the saved mapping is reused.
    const Run mapped = parat({QStringLiteral("status"), QStringLiteral("import"), bad, QStringLiteral("--municipality"),
                              QStringLiteral("0630"), QStringLiteral("--word"), QStringLiteral("Halvvejs=in_progress"),
                              QStringLiteral("--save-mapping"), QStringLiteral("Superbrugerark")});
    INFO(mapped.out.toStdString() << mapped.err.toStdString());
    CHECK(mapped.exitCode == 0);
    CHECK(statusOf(db, QStringLiteral("P23-04")) == QStringLiteral("in_progress"));
    const Run list = parat({QStringLiteral("status"), QStringLiteral("mappings")});
    CHECK(list.out.contains(QStringLiteral("Superbrugerark")));

    const Run reused = parat({QStringLiteral("status"), QStringLiteral("import"), csv, QStringLiteral("--municipality"),
                              QStringLiteral("0630"), QStringLiteral("--mapping"), QStringLiteral("Superbrugerark")});
    CHECK(reused.exitCode == 0);
    CHECK(statusOf(db, QStringLiteral("P23-04")) == QStringLiteral("done"));
    CHECK(oldA != QStringLiteral("done"));

    // By title (95 % for the same title): --min-certainty above that leaves the row out.
    const QString byTitle = dir.file(QStringLiteral("titler.csv"));
    writeFile(byTitle,
              (QStringLiteral("Titel;Status\n%1;Fuldført\n").arg(titleOf(db, QStringLiteral("P23-05")))).toUtf8());
    const QString oldB = statusOf(db, QStringLiteral("P23-05"));
    const Run cautious
        = parat({QStringLiteral("status"), QStringLiteral("import"), byTitle, QStringLiteral("--municipality"),
                 QStringLiteral("0630"), QStringLiteral("--min-certainty"), QStringLiteral("96")});
    CHECK(cautious.exitCode == 0);
    CHECK(cautious.out.contains(QStringLiteral("udeladt: P23-05")));
    CHECK(statusOf(db, QStringLiteral("P23-05")) == oldB);
    CHECK(parat({QStringLiteral("status"), QStringLiteral("import"), byTitle, QStringLiteral("--municipality"),
                 QStringLiteral("0630"), QStringLiteral("--min-certainty"), QStringLiteral("101")})
              .exitCode
          == 2);
    CHECK(parat({QStringLiteral("status"), QStringLiteral("import"), byTitle, QStringLiteral("--municipality"),
                 QStringLiteral("0630"), QStringLiteral("--min-certainty"), QStringLiteral("95")})
              .exitCode
          == 0);
    CHECK(statusOf(db, QStringLiteral("P23-05")) == QStringLiteral("done"));
}
