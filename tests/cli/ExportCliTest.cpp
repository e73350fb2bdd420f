// `parat export tasks` and `parat export grid`: the task list (Excel or CSV) and the superuser grid written as
// files and read back, and the usual exit codes.
#include "TestSupport.h"
#include "XlsxReadBack.h"

#include <QFile>
#include <QProcess>

using parat::test::cellRef;

namespace {

using Run = parat::test::ParatRun;
using parat::test::runParat;

parat::test::XlsxSheet readSheet(const QString &path)
{
    QList<parat::test::XlsxSheet> sheets;
    QString error;
    INFO(error.toStdString());
    REQUIRE(parat::test::readXlsx(path, &sheets, &error));
    REQUIRE(sheets.size() == 1);
    return sheets.first();
}

} // namespace

TEST_CASE("parat export tasks writes the task list as Excel or CSV, in Danish, with the usual exit codes",
          "[cli][spreadsheet]")
{
    parat::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    REQUIRE(runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const auto exportTasks = [&](const QStringList &more) {
        return runParat(QStringList {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("da"),
                                     QStringLiteral("export"), QStringLiteral("tasks")}
                        + more);
    };

    const QString xlsx = dir.file(QStringLiteral("opgaver.xlsx"));
    const Run written = exportTasks({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"),
                                     xlsx, QStringLiteral("--format"), QStringLiteral("xlsx")});
    CHECK(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("opgaver til")));
    const parat::test::XlsxSheet sheet = readSheet(xlsx);
    CHECK(sheet.name == QStringLiteral("Opgaver"));
    CHECK(sheet.at(QStringLiteral("A1")).value == QStringLiteral("Opgave"));
    CHECK(sheet.frozenRows == 1);
    CHECK(sheet.autoFilter.startsWith(QStringLiteral("A1:P")));
    CHECK(sheet.rows > 50);
    CHECK(sheet.at(QStringLiteral("J2")).isDate());
    CHECK(sheet.at(QStringLiteral("J2")).format == QStringLiteral("dd-mm-yyyy"));
    CHECK(sheet.at(QStringLiteral("L2")).isNumber());

    // CSV: by --format, or by the file name; the same rows, ';'-separated with a BOM, Danish dates.
    const QString csv = dir.file(QStringLiteral("opgaver.csv"));
    CHECK(exportTasks({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), csv}).exitCode
          == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == sheet.rows);
    CHECK(lines.first().startsWith(QStringLiteral("Opgave;Titel;")));
    const QString due = sheet.at(QStringLiteral("J2")).date().toString(QStringLiteral("dd-MM-yyyy"));
    CHECK(lines.at(1).contains(QLatin1Char(';') + due + QLatin1Char(';')));

    // Usage errors (2), then a municipality not in the plan or a file it must not write (3); nothing written.
    const QString never = dir.file(QStringLiteral("never.xlsx"));
    CHECK(exportTasks({QStringLiteral("--out"), never}).exitCode == 2);
    CHECK(exportTasks({QStringLiteral("--municipality"), QStringLiteral("0630")}).exitCode == 2);
    const Run badFormat
        = exportTasks({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), never,
                       QStringLiteral("--format"), QStringLiteral("ods")});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains(QStringLiteral("ods")));
    const Run unknown
        = exportTasks({QStringLiteral("--municipality"), QStringLiteral("0101"), QStringLiteral("--out"), never});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(QStringLiteral("0101")));
    CHECK_FALSE(QFile::exists(never));
    const Run ontoDatabase
        = exportTasks({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), db});
    CHECK(ontoDatabase.exitCode == 3);
    CHECK(runParat({QStringLiteral("--db"), db, QStringLiteral("municipality"), QStringLiteral("list")}).exitCode == 0);
}

TEST_CASE("parat export grid writes the superuser grid as Excel", "[cli][spreadsheet]")
{
    parat::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    REQUIRE(runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QString path = dir.file(QStringLiteral("grid.xlsx"));
    const Run written = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("export"), QStringLiteral("grid"), QStringLiteral("--municipality"),
                                  QStringLiteral("0630"), QStringLiteral("--out"), path});
    CHECK(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("person-week")));
    const parat::test::XlsxSheet sheet = readSheet(path);
    CHECK(sheet.name == QStringLiteral("Capacity"));
    CHECK(sheet.at(QStringLiteral("A1")).value == QStringLiteral("Person"));
    CHECK(sheet.frozenRows == 1);
    CHECK(sheet.autoFilter == QStringLiteral("A1:I%1").arg(sheet.rows));
    CHECK(sheet.rows > 10);
    CHECK(sheet.at(QStringLiteral("F2")).isDate());
    CHECK(sheet.at(QStringLiteral("G2")).isNumber());

    CHECK(runParat({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("grid"),
                    QStringLiteral("--out"), path})
              .exitCode
          == 2);
    CHECK(runParat({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("grid"),
                    QStringLiteral("--municipality"), QStringLiteral("0101"), QStringLiteral("--out"), path})
              .exitCode
          == 3);
}
