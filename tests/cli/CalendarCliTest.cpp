// `parat calendar`: the holidays of a year with their kind, the school-holiday weeks, and the usual exit codes.
#include "TestSupport.h"

#include <QProcess>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runParat(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("PARAT_DB"));
    process.setProcessEnvironment(env);
    process.start(parat::test::paratBinary(), args);
    REQUIRE(process.waitForFinished(60000));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

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
