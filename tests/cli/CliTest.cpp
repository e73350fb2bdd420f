// The command line run as a process, as a user (or a script) would run it.
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace parat;

namespace {

using Run = test::ParatRun;
using test::runParat;

// All rows of the tables that hold user data, as text: "logically the same database".
QString dump(const QString &path)
{
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        const QStringList tables {QStringLiteral("municipality"), QStringLiteral("handbook_version"),
                                  QStringLiteral("task"),         QStringLiteral("task_state"),
                                  QStringLiteral("task_event"),   QStringLiteral("person")};
        for (const QString &table : tables) {
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)));
            while (query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    text += query.value(i).toString() + QLatin1Char('|');
                text += QLatin1Char('\n');
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return text;
}

} // namespace

TEST_CASE("parat --version and --help work without a display", "[cli]")
{
    const Run version = runParat({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("parat ")));

    const Run help = runParat({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("handbook import FILE")));

    const Run danish = runParat({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("da")});
    CHECK(danish.exitCode == 0);
    CHECK(danish.out.contains(QStringLiteral("Brug:")));
}

TEST_CASE("Usage errors exit 2 and change nothing", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("p.sqlite"));
    CHECK(runParat({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--bogus")}).exitCode == 2);
    CHECK(runParat({QStringLiteral("--db"), db, QStringLiteral("municipality")}).exitCode == 2);
    CHECK(runParat({QStringLiteral("--db")}).exitCode == 2);
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("init creates the database with the sample handbook and init --demo adds a living municipality", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("p.sqlite"));
    const Run init = runParat(
        {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init")});
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("91 tasks")));
    CHECK(init.out.contains(QStringLiteral("sample data")));
    CHECK((QFile::permissions(db) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
          == QFile::Permissions());

    const Run demo
        = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"),
                    QStringLiteral("--demo"), QStringLiteral("--as-of"), QStringLiteral("2026-11-27")});
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("0630 Vejle")));

    const Run list = runParat({QStringLiteral("--db"), db, QStringLiteral("municipality"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("0630\tVejle\tSyddanmark\t2027-01-01")));

    const Run again = runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
    CHECK(again.exitCode == 0);
}

TEST_CASE("municipality add checks the official code", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("p.sqlite"));
    REQUIRE(runParat({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const Run added = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("municipality"), QStringLiteral("add"), QStringLiteral("0101"),
                                QStringLiteral("--go-live"), QStringLiteral("2027-01-01")});
    CHECK(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("København")));

    const QByteArray before = test::fileDigest(db);
    const Run unknown = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("municipality"), QStringLiteral("add"), QStringLiteral("0411")});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(QStringLiteral("0411 is not a Danish municipality code")));
    const Run twice = runParat(
        {QStringLiteral("--db"), db, QStringLiteral("municipality"), QStringLiteral("add"), QStringLiteral("0101")});
    CHECK(twice.exitCode == 3);
    const Run badDate = runParat({QStringLiteral("--db"), db, QStringLiteral("municipality"), QStringLiteral("add"),
                                  QStringLiteral("0147"), QStringLiteral("--go-live"), QStringLiteral("1/1/2027")});
    CHECK(badDate.exitCode == 2);
    CHECK(test::fileDigest(db) == before);
}

TEST_CASE("handbook import of a malformed file exits 3 naming line and column and changes nothing", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("p.sqlite"));
    REQUIRE(runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QString before = dump(db);

    const QString bad = dir.file(QStringLiteral("bad.csv"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("key;phase;title_da;due_offset_weeks\r\nA-1;P1;Første;-30\r\nA-2;P9;Anden;ti\r\n");
    file.close();

    const Run run = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("handbook"), QStringLiteral("import"), bad});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("Line 3")));
    CHECK(run.err.contains(QStringLiteral("phase")));
    CHECK(run.err.contains(QStringLiteral("due_offset_weeks")));
    CHECK(dump(db) == before);

    const Run missing = runParat({QStringLiteral("--db"), db, QStringLiteral("handbook"), QStringLiteral("import"),
                                  dir.file(QStringLiteral("nope.csv"))});
    CHECK(missing.exitCode == 3);
}

TEST_CASE("handbook import merges a new version and keeps local progress", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("p.sqlite"));
    REQUIRE(runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);

    // The sample CSV is the same handbook as the bundled JSON but without English titles and
    // descriptions: a dry run lists changes and writes nothing.
    const QString before = dump(db);
    const Run dry
        = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("handbook"), QStringLiteral("import"),
                    test::sampleDataPath(QStringLiteral("handbook-sample.csv")), QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run")));
    CHECK(dump(db) == before);

    const Run applied = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("handbook"), QStringLiteral("import"),
                                  test::sampleDataPath(QStringLiteral("handbook-sample.csv")),
                                  QStringLiteral("--label"), QStringLiteral("v2")});
    CHECK(applied.exitCode == 0);
    CHECK(applied.out.contains(QStringLiteral("v2")));

    const Run versions = runParat({QStringLiteral("--db"), db, QStringLiteral("handbook"), QStringLiteral("versions")});
    CHECK(versions.out.count(QLatin1Char('\n')) == 2);
    const Run backups = runParat({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(backups.exitCode == 0);
    CHECK(backups.out.contains(QStringLiteral("-import")));
}

TEST_CASE("A database from a newer Parat is refused with exit 4 and left untouched", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("p.sqlite"));
    REQUIRE(runParat({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        raw.setDatabaseName(db);
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray before = test::fileDigest(db);
    const Run run = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("municipality"), QStringLiteral("list")});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("newer version of Parat")));
    CHECK(run.err.contains(QStringLiteral("999")));
    CHECK(test::fileDigest(db) == before);
}

namespace {

// The command words at the start of a usage line: "handbook import" of "handbook import FILE [--label L]".
QString commandWords(QString line)
{
    line.remove(QRegularExpression(QStringLiteral("\\[[^\\]]*\\]")));
    QStringList words;
    for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1Char('-')) || word.at(0).isUpper())
            break;
        words.append(word);
    }
    return words.join(QLatin1Char(' '));
}

QString readSource(const QString &relative)
{
    QFile file(QDir(QStringLiteral(PARAT_SOURCE_DIR)).filePath(relative));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(file.readAll());
}

// The lines after the one starting with `start`, up to the next line starting with `end` (to the end when
// `end` is empty).
QStringList section(const QString &text, const QString &start, const QString &end)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList inside;
    bool in = false;
    for (const QString &line : lines) {
        if (in && !end.isEmpty() && line.startsWith(end))
            break;
        if (in)
            inside.append(line);
        if (line.startsWith(start))
            in = true;
    }
    return inside;
}

QSet<QString> helpCommands()
{
    const Run help = runParat({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(help.exitCode == 0);
    QSet<QString> commands;
    for (const QString &line : section(help.out, QStringLiteral("Commands:"), QString())) {
        if (line.isEmpty())
            break;
        if (line.startsWith(QLatin1String("  ")) && line.at(2) != QLatin1Char(' '))
            commands.insert(commandWords(line));
    }
    return commands;
}

QSet<QString> manPageCommands()
{
    QSet<QString> commands;
    bool tagLine = false;
    for (QString line : section(readSource(QStringLiteral("resources/parat.1")), QStringLiteral(".SH COMMANDS"),
                                QStringLiteral(".SH"))) {
        if (tagLine) {
            line.remove(QRegularExpression(QStringLiteral("\\\\f[BIR]")));
            line.replace(QStringLiteral("\\-"), QStringLiteral("-"));
            commands.insert(commandWords(line));
        }
        tagLine = line == QLatin1String(".TP");
    }
    return commands;
}

QSet<QString> readmeCommands()
{
    QSet<QString> commands;
    for (const QString &line :
         section(readSource(QStringLiteral("README.md")), QStringLiteral("## Command line"), QStringLiteral("## "))) {
        if (!line.startsWith(QLatin1String("parat ")))
            continue;
        const QString words = commandWords(line.mid(6));
        if (!words.isEmpty())
            commands.insert(words);
    }
    return commands;
}

} // namespace

TEST_CASE("The man page and the README list the commands parat --help lists", "[cli]")
{
    const QSet<QString> help = helpCommands();
    CHECK(help.contains(QStringLiteral("handbook import")));
    CHECK(help.contains(QStringLiteral("report")));
    CHECK(manPageCommands() == help);
    CHECK(readmeCommands() == help);
}

TEST_CASE("Each command and each group answers --help with its own usage", "[cli]")
{
    const Run import = runParat({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("handbook"),
                                 QStringLiteral("import"), QStringLiteral("--help")});
    CHECK(import.exitCode == 0);
    CHECK(import.out.contains(QStringLiteral("parat handbook import FILE [--label LABEL] [--dry-run]")));
    CHECK(import.out.contains(QStringLiteral("--dry-run")));
    CHECK_FALSE(import.out.contains(QStringLiteral("municipality")));

    const Run group = runParat(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("municipality"), QStringLiteral("--help")});
    CHECK(group.exitCode == 0);
    CHECK(group.out.contains(QStringLiteral("parat municipality add CODE")));
    CHECK(group.out.contains(QStringLiteral("parat municipality list")));
    CHECK_FALSE(group.out.contains(QStringLiteral("handbook")));

    const Run report = runParat({QStringLiteral("report"), QStringLiteral("-h"), QStringLiteral("--lang=en")});
    CHECK(report.exitCode == 0);
    CHECK(report.out.contains(QStringLiteral("--out-dir DIR")));
}

TEST_CASE("A usage error names the command and where its usage is", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("p.sqlite"));
    const Run extra = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("municipality"), QStringLiteral("add"), QStringLiteral("0101"),
                                QStringLiteral("0147")});
    CHECK(extra.exitCode == 2);
    CHECK(extra.err.contains(QStringLiteral("municipality add needs exactly 1 argument: CODE")));
    CHECK(extra.err.contains(QStringLiteral("parat municipality add --help")));

    const Run unknown = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("backup"), QStringLiteral("erase")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command: backup erase")));
    CHECK(unknown.err.contains(QStringLiteral("parat backup restore ID")));
    CHECK_FALSE(QFile::exists(db));
}
