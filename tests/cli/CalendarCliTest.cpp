// `parat calendar`: the holidays of a year with their kind, the school-holiday weeks, and the usual exit codes.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>

namespace {

using Run = parat::test::ParatRun;
using parat::test::runParat;

} // namespace

TEST_CASE("parat calendar lists a year's holidays, their kind and the school-holiday weeks", "[cli][calendar]")
{
    parat::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("c.sqlite"));
    REQUIRE(runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);

    const Run danish = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("da"),
                                 QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2027")});
    CHECK(danish.exitCode == 0);
    CHECK(danish.out.contains(QStringLiteral("28-03-2027\tsøndag\tpåskedag\thelligdag")));
    CHECK(danish.out.contains(QStringLiteral("06-05-2027\ttorsdag\tKristi himmelfartsdag\thelligdag")));
    CHECK(danish.out.contains(QStringLiteral("24-12-2027\tfredag\tjuleaftensdag\tsædvanlig fridag")));
    CHECK_FALSE(danish.out.contains(QStringLiteral("store bededag\t")));
    CHECK(danish.out.contains(QStringLiteral("uge 7 2027\tvinterferie")));
    CHECK(danish.out.contains(QStringLiteral("uge 27 2027 – uge 32 2027\tsommerferie")));

    const Run vejle = runParat({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2023"),
                                QStringLiteral("--municipality"), QStringLiteral("0630")});
    CHECK(vejle.exitCode == 0);
    CHECK(vejle.out.contains(QStringLiteral("2023-05-05\tFriday\tGreat Prayer Day\tpublic holiday")));
    CHECK(vejle.out.contains(QStringLiteral("School holidays 2023 (0630 Vejle)")));

    const Run badYear = runParat(
        {QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("next")});
    CHECK(badYear.exitCode == 2);
    CHECK(badYear.err.contains(QStringLiteral("next")));
    CHECK(runParat({QStringLiteral("--db"), db, QStringLiteral("calendar")}).exitCode == 2);
    const Run unknown = runParat({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("--year"),
                                  QStringLiteral("2027"), QStringLiteral("--municipality"), QStringLiteral("0101")});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(QStringLiteral("0101")));
}

TEST_CASE("parat calendar --out writes the plan as an iCalendar file, for a person too, with the usual exit codes",
          "[cli][calendar][ics]")
{
    parat::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("c.sqlite"));
    REQUIRE(runParat({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const auto calendar = [&](const QStringList &more) {
        return runParat(QStringList {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("da"),
                                     QStringLiteral("calendar")}
                        + more);
    };
    const auto read = [](const QString &path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    };

    const QString whole = dir.file(QStringLiteral("vejle.ics"));
    const Run written
        = calendar({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), whole});
    CHECK(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("kalenderaftaler til")));
    const QString text = read(whole);
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    CHECK(text.contains(QStringLiteral("X-WR-CALNAME:Parat – 0630 Vejle")));
    CHECK(text.contains(QStringLiteral("SUMMARY:DUBU 3.0 går i drift i Vejle")));
    const int events = int(text.count(QStringLiteral("BEGIN:VEVENT")));
    CHECK(events > 50);

    // One person: fewer entries, the calendar named after them; the name is matched without regard to case.
    const QString mine = dir.file(QStringLiteral("line.ics"));
    const Run person
        = calendar({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), mine,
                    QStringLiteral("--person"), QStringLiteral("line andersen"), QStringLiteral("--releases")});
    CHECK(person.exitCode == 0);
    const QString personText = read(mine);
    CHECK(personText.contains(QStringLiteral("X-WR-CALNAME:Parat – 0630 Vejle – Line Andersen")));
    CHECK(personText.count(QStringLiteral("BEGIN:VEVENT")) < events);

    // Usage errors (2), then input that names nothing in the plan or a file it must not write (3); no file written.
    CHECK(calendar({QStringLiteral("--out"), dir.file(QStringLiteral("x.ics"))}).exitCode == 2);
    CHECK(calendar({QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--out"),
                    dir.file(QStringLiteral("x.ics")), QStringLiteral("--municipality"), QStringLiteral("0630")})
              .exitCode
          == 2);
    CHECK(
        calendar({QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--person"), QStringLiteral("Line")})
            .exitCode
        == 2);
    const Run unknownMunicipality = calendar({QStringLiteral("--municipality"), QStringLiteral("0101"),
                                              QStringLiteral("--out"), dir.file(QStringLiteral("x.ics"))});
    CHECK(unknownMunicipality.exitCode == 3);
    const Run unknownPerson
        = calendar({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"),
                    dir.file(QStringLiteral("x.ics")), QStringLiteral("--person"), QStringLiteral("Nobody Here")});
    CHECK(unknownPerson.exitCode == 3);
    CHECK(unknownPerson.err.contains(QStringLiteral("Line Andersen"))); // the names it knows
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("x.ics"))));
    const Run ontoDatabase
        = calendar({QStringLiteral("--municipality"), QStringLiteral("0630"), QStringLiteral("--out"), db});
    CHECK(ontoDatabase.exitCode == 3);
    CHECK(runParat({QStringLiteral("--db"), db, QStringLiteral("municipality"), QStringLiteral("list")}).exitCode == 0);
}
