// `parat sheets`: one task sheet (PDF) per person into a folder, read back with pdftotext, and the usual exit codes.
#include "TestSupport.h"

#include <QDir>
#include <QRegularExpression>

namespace {

using Run = parat::test::ParatRun;
using parat::test::runParat;

QString pdfText(const QString &path)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return parat::test::pdfText(path).normalized(QString::NormalizationForm_KC).replace(space, QStringLiteral(" "));
}

struct Demo
{
    parat::test::TempDir dir;
    QString db = dir.file(QStringLiteral("s.sqlite"));

    Demo()
    {
        REQUIRE(runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                          QStringLiteral("--as-of"), QStringLiteral("2026-11-25")})
                    .exitCode
                == 0);
    }
    Run sheets(const QStringList &more, const QString &language = QStringLiteral("en")) const
    {
        return runParat(
            QStringList {QStringLiteral("--db"), db, QStringLiteral("--lang"), language, QStringLiteral("sheets")}
            + more);
    }
};

} // namespace

TEST_CASE("parat sheets writes one task sheet per person, per superuser or for one person", "[cli][sheets]")
{
    Demo demo;
    const QString all = demo.dir.file(QStringLiteral("all"));
    const Run everyone = demo.sheets({QStringLiteral("--municipality"), QStringLiteral("0630"),
                                      QStringLiteral("--out-dir"), all, QStringLiteral("--from"),
                                      QStringLiteral("2026-W48"), QStringLiteral("--weeks"), QStringLiteral("6")});
    REQUIRE(everyone.exitCode == 0);
    const QStringList files = QDir(all).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(files.size() >= 10);
    CHECK(everyone.out.count(QStringLiteral("Wrote ")) == files.size());
    CHECK(everyone.out.contains(
        QStringLiteral("%1 task sheets for week 48 2026 – week 53 2026 written.").arg(files.size())));
    for (const QString &name : files) {
        INFO(name.toStdString());
        static const QRegularExpression ascii(QStringLiteral("^parat-0630-[a-z0-9-]+-opgaveark\\.pdf$"));
        CHECK(ascii.match(name).hasMatch());
    }

    const QString superusers = demo.dir.file(QStringLiteral("su"));
    const Run su = demo.sheets({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out-dir"),
                                superusers, QStringLiteral("--superusers")});
    REQUIRE(su.exitCode == 0);
    const int suFiles = int(QDir(superusers).entryList(QDir::Files).size());
    CHECK(suFiles >= 2);
    CHECK(suFiles < files.size());

    const QString one = demo.dir.file(QStringLiteral("one"));
    const Run mads
        = demo.sheets({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out-dir"), one,
                       QStringLiteral("--person"), QStringLiteral("mads kjær"), QStringLiteral("--from"),
                       QStringLiteral("48"), QStringLiteral("--weeks"), QStringLiteral("2")},
                      QStringLiteral("da"));
    REQUIRE(mads.exitCode == 0);
    REQUIRE(QDir(one).entryList(QDir::Files) == QStringList {QStringLiteral("parat-0630-mads-kjaer-opgaveark.pdf")});
    const QString text = pdfText(QDir(one).filePath(QStringLiteral("parat-0630-mads-kjaer-opgaveark.pdf")));
    CHECK(text.contains(QStringLiteral("Mads Kjær")));
    CHECK(text.contains(QStringLiteral("uge 48")));
    CHECK(text.contains(QStringLiteral("Opgaveark")));
    CHECK_FALSE(text.contains(QStringLiteral("Task sheet")));
}

TEST_CASE("parat sheets keeps to the exit codes and writes nothing on a bad call", "[cli][sheets]")
{
    Demo demo;
    const QString out = demo.dir.file(QStringLiteral("out"));
    const auto code = [&](const QStringList &more) { return demo.sheets(more).exitCode; };
    const QStringList base {QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out-dir"), out};
    CHECK(code({QStringLiteral("--municipality"), QStringLiteral("0630")}) == 2); // no folder
    CHECK(code({QStringLiteral("--out-dir"), out}) == 2); // no municipality
    CHECK(code(base + QStringList {QStringLiteral("--from"), QStringLiteral("next week")}) == 2);
    CHECK(code(base + QStringList {QStringLiteral("--from"), QStringLiteral("2027-W53")}) == 2);
    CHECK(code(base + QStringList {QStringLiteral("--weeks"), QStringLiteral("0")}) == 2);
    CHECK(code(base + QStringList {QStringLiteral("--weeks"), QStringLiteral("53")}) == 2);
    CHECK(code(base
               + QStringList {QStringLiteral("--person"), QStringLiteral("Mads Kjær"), QStringLiteral("--superusers")})
          == 2);
    const Run unknown
        = demo.sheets({QStringLiteral("--municipality"), QStringLiteral("0101"), QStringLiteral("--out-dir"), out});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(QStringLiteral("0101")));
    const Run nobody = demo.sheets(base + QStringList {QStringLiteral("--person"), QStringLiteral("Ingen Person")});
    CHECK(nobody.exitCode == 3);
    CHECK(nobody.err.contains(QStringLiteral("Mads Kjær"))); // the names it has
    CHECK_FALSE(QDir(out).exists());

    // Never into the database file or its restore folder.
    const Run onDatabase
        = demo.sheets({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out-dir"), demo.db});
    CHECK(onDatabase.exitCode == 3);
    const Run intoRestore = demo.sheets({QStringLiteral("--municipality"), QStringLiteral("0630"),
                                         QStringLiteral("--out-dir"), demo.db + QStringLiteral(".restore")});
    CHECK(intoRestore.exitCode == 3);
    CHECK(QDir(demo.db + QStringLiteral(".restore")).entryList({QStringLiteral("*.pdf")}).isEmpty());

    const Run missing
        = runParat({QStringLiteral("--db"), demo.dir.file(QStringLiteral("none.sqlite")), QStringLiteral("sheets"),
                    QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out-dir"), out});
    CHECK(missing.exitCode == 4);
}
