// Which Qt application the executable makes for a command (Cli::draws): a QGuiApplication only for the calls that
// draw (PDFs, charts), a plain QCoreApplication for the rest. A call that draws under a QCoreApplication aborts
// ("Must construct a QGuiApplication"), so every command and format is run here as a real process too.
#include "Cli.h"
#include "CliGroups.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace parat;

namespace {

using Run = test::ParatRun;
using test::runParat;

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("every command of the command line has its choice of application listed", "[cli][application]")
{
    // true: the command may draw (declares CliCommand::draws); false: it never does. A new command must be added here,
    // with the choice made on purpose.
    const QMap<QString, bool> known {
        {QStringLiteral("init"), false},
        {QStringLiteral("handbook import"), false},
        {QStringLiteral("handbook versions"), false},
        {QStringLiteral("municipality add"), false},
        {QStringLiteral("municipality list"), false},
        {QStringLiteral("report"), true},
        {QStringLiteral("risk list"), false},
        {QStringLiteral("risk add"), false},
        {QStringLiteral("decision list"), false},
        {QStringLiteral("decision add"), false},
        {QStringLiteral("backup list"), false},
        {QStringLiteral("backup restore"), false},
        {QStringLiteral("backup save"), false},
        {QStringLiteral("calendar"), false},
        {QStringLiteral("readiness"), false},
        {QStringLiteral("readiness defaults"), false},
        {QStringLiteral("readiness paper"), true},
        {QStringLiteral("runbook list"), false},
        {QStringLiteral("runbook export"), true},
        {QStringLiteral("runbook import"), false},
        {QStringLiteral("runbook template"), false},
        {QStringLiteral("export tasks"), false},
        {QStringLiteral("export grid"), false},
        {QStringLiteral("export status"), false},
        {QStringLiteral("server init"), false},
        {QStringLiteral("server grant"), false},
        {QStringLiteral("server revoke"), false},
        {QStringLiteral("copy"), false},
        {QStringLiteral("status import"), false},
        {QStringLiteral("status mappings"), false},
        {QStringLiteral("sheets"), true},
    };
    int seen = 0;
    for (const auto &group : cliGroups()) {
        for (const CliCommand &command : group->commands()) {
            const QString name
                = command.name.isEmpty() ? group->name() : group->name() + QLatin1Char(' ') + command.name;
            INFO(name.toStdString());
            REQUIRE(known.contains(name));
            CHECK(bool(command.draws) == known.value(name));
            ++seen;
        }
    }
    CHECK(seen == known.size());
}

TEST_CASE("only the calls that draw get a QGuiApplication", "[cli][application]")
{
    const QList<std::pair<const char *, bool>> calls {
        // Reports: every PDF, a municipality's HTML (its charts); CSV and the overview's HTML are text.
        {"report --municipality 0101 --out r.pdf", true},
        {"report --municipality 0101 --out r.html", true},
        {"report --municipality 0101 --out r.csv", false},
        {"report --municipality 0101 --out r", true},
        {"report --municipality 0101 --out r.pdf --format csv", false},
        {"report --municipality 0101 --out r.csv --format pdf", true},
        {"report --municipality 0101 --out r.csv --format HTML", true},
        {"report --overview --out o.csv", false},
        {"report --overview --out O.CSV", false},
        {"report --overview --out o.html", false},
        {"report --overview --out o.pdf", true},
        {"report --overview --out o.txt", true},
        {"report --overview --out o.pdf --format csv --comma", false},
        {"--db x.sqlite --lang en report --overview --out o.pdf", true},
        {"--db x.sqlite report --overview --out o.csv --as-of 2026-11-27 --lang da", false},
        {"report --all --out-dir d", true},
        {"report --all --out-dir d --format html", true},
        {"report --all --out-dir d --format csv", false},
        {"report --overview --out o.pdf --format nonsense", false}, // a usage error: text only
        {"readiness paper --out p.pdf", true},
        {"readiness --municipality 0101 paper --out p.pdf", true},
        {"readiness", false},
        {"readiness --format csv", false},
        {"readiness defaults", false},
        {"runbook export r.pdf", true},
        {"runbook export r.PDF", true},
        {"runbook export r.csv", false},
        {"runbook export r.csv --format pdf", true},
        {"runbook export r.pdf --format csv", false},
        {"runbook list", false},
        {"sheets --municipality 0101 --out-dir d", true},
        {"export tasks --municipality 0101 --out t.xlsx", false},
        {"calendar --municipality 0101 --out c.ics", false},
        {"municipality list", false},
        {"init --demo", false},
        // Help, the version, unknown words and calls the parser rejects only write text.
        {"", false},
        {"--help", false},
        {"--version", false},
        {"report --overview --out o.pdf --help", false},
        {"sheets --help", false},
        {"readiness paper --version", false},
        {"report --overview --out o.pdf --no-such-option", false},
        {"nonsense", false},
        {"runbook nonsense r.pdf", false},
    };
    for (const auto &[call, draws] : calls) {
        INFO(call);
        CHECK(Cli::draws(words(call)) == draws);
    }
}

TEST_CASE("every command and format runs in a real process under the application chosen for it", "[cli][application]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("plan.sqlite"));
    const auto parat = [&](const QStringList &args) {
        return runParat(QStringList {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")}
                        + args);
    };
    const auto file = [&](const QString &name) { return dir.file(name); };
    const auto run = [&](const QString &call, const QStringList &extra = {}) {
        const Run result = parat(call.split(QLatin1Char(' '), Qt::SkipEmptyParts) + extra);
        INFO(call.toStdString() << "\n" << result.out << result.err);
        CHECK(result.exitCode == 0);
        return result;
    };
    // A file that starts with what its format starts with.
    const auto written = [&](const QString &path, const QByteArray &start) {
        INFO(path.toStdString());
        QFile out(path);
        REQUIRE(out.open(QIODevice::ReadOnly));
        CHECK(out.read(start.size()) == start);
    };
    const QByteArray pdf("%PDF");
    const QByteArray html("<!DOCTYPE html>");
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray zip("PK");

    run(QStringLiteral("init --demo"));
    run(QStringLiteral("municipality add 0101"));
    const QString code = QStringLiteral("0630"); // the demo municipality (Vejle)
    const QString mine = QStringLiteral(" --municipality ") + code;

    for (const QString &suffix : {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv")}) {
        const QString one = file(QStringLiteral("one.") + suffix);
        run(QStringLiteral("report") + mine + QStringLiteral(" --out ") + one);
        written(one, suffix == QLatin1String("pdf") ? pdf : suffix == QLatin1String("html") ? html : bom);
        const QString overview = file(QStringLiteral("overview.") + suffix);
        run(QStringLiteral("report --overview --out ") + overview);
        written(overview, suffix == QLatin1String("pdf") ? pdf : suffix == QLatin1String("html") ? html : bom);
        const QString all = file(QStringLiteral("all-") + suffix);
        run(QStringLiteral("report --all --format ") + suffix + QStringLiteral(" --out-dir ") + all);
        CHECK(QDir(all).entryList(QDir::Files).size() == 2);
        // --format against the suffix, and another language.
        const QString other = file(QStringLiteral("other.txt"));
        run(QStringLiteral("report") + mine + QStringLiteral(" --lang da --format ") + suffix
            + QStringLiteral(" --out ") + other);
        written(other, suffix == QLatin1String("pdf") ? pdf : suffix == QLatin1String("html") ? html : bom);
    }
    run(QStringLiteral("report") + mine + QStringLiteral(" --comma --out ") + file(QStringLiteral("comma.csv")));
    run(QStringLiteral("report") + mine + QStringLiteral(" --final --out ") + file(QStringLiteral("final.pdf")));

    run(QStringLiteral("readiness") + mine);
    run(QStringLiteral("readiness --format csv") + mine);
    run(QStringLiteral("readiness defaults --municipality 0101"));
    run(QStringLiteral("readiness paper") + mine + QStringLiteral(" --out ") + file(QStringLiteral("paper.pdf")));
    written(file(QStringLiteral("paper.pdf")), pdf);

    run(QStringLiteral("runbook list") + mine);
    run(QStringLiteral("runbook export ") + file(QStringLiteral("runbook.pdf")) + mine);
    written(file(QStringLiteral("runbook.pdf")), pdf);
    run(QStringLiteral("runbook export ") + file(QStringLiteral("runbook.csv")) + mine);
    run(QStringLiteral("runbook export ") + file(QStringLiteral("runbook-csv.pdf")) + mine
        + QStringLiteral(" --format csv"));
    run(QStringLiteral("runbook export ") + file(QStringLiteral("runbook-pdf.csv")) + mine
        + QStringLiteral(" --format pdf"));
    written(file(QStringLiteral("runbook-pdf.csv")), pdf);
    run(QStringLiteral("runbook import ") + file(QStringLiteral("runbook.csv")) + mine);
    run(QStringLiteral("runbook template --municipality 0101"));

    run(QStringLiteral("sheets") + mine + QStringLiteral(" --out-dir ") + file(QStringLiteral("sheets")));
    CHECK_FALSE(QDir(file(QStringLiteral("sheets"))).entryList(QDir::Files).isEmpty());

    QString person;
    test::withSqliteFile(
        db,
        [&](QSqlDatabase &connection) {
            QSqlQuery query(connection);
            REQUIRE(query.exec(QStringLiteral("SELECT name FROM person ORDER BY id LIMIT 1")));
            REQUIRE(query.next());
            person = query.value(0).toString();
        },
        true);
    run(QStringLiteral("export tasks") + mine + QStringLiteral(" --out ") + file(QStringLiteral("tasks.xlsx")));
    written(file(QStringLiteral("tasks.xlsx")), zip);
    run(QStringLiteral("export tasks") + mine + QStringLiteral(" --out ") + file(QStringLiteral("tasks.csv")));
    run(QStringLiteral("export grid") + mine + QStringLiteral(" --out ") + file(QStringLiteral("grid.xlsx")));
    const QString sheet = file(QStringLiteral("status.xlsx"));
    run(QStringLiteral("export status") + mine + QStringLiteral(" --out ") + sheet,
        {QStringLiteral("--person"), person});
    run(QStringLiteral("status import ") + sheet + mine + QStringLiteral(" --dry-run"));
    run(QStringLiteral("status mappings"));

    run(QStringLiteral("calendar --year 2027"));
    run(QStringLiteral("calendar") + mine + QStringLiteral(" --out ") + file(QStringLiteral("plan.ics")));

    run(QStringLiteral("handbook versions"));
    run(QStringLiteral("handbook import ") + test::sampleDataPath(QStringLiteral("handbook-sample.csv"))
        + QStringLiteral(" --dry-run"));
    run(QStringLiteral("municipality list"));
    run(QStringLiteral("risk list") + mine);
    run(QStringLiteral("risk add") + mine,
        {QStringLiteral("--title"), QStringLiteral("Late data"), QStringLiteral("--probability"), QStringLiteral("2"),
         QStringLiteral("--consequence"), QStringLiteral("3")});
    run(QStringLiteral("decision list") + mine);
    run(QStringLiteral("decision add") + mine, {QStringLiteral("--question"), QStringLiteral("Go or no go?")});
    run(QStringLiteral("backup list"));
    run(QStringLiteral("backup save ") + file(QStringLiteral("saved.sqlite")));
    run(QStringLiteral("copy ") + file(QStringLiteral("saved.sqlite")) + QLatin1Char(' ')
        + file(QStringLiteral("copied.sqlite")));
    run(QStringLiteral("--help"));
    run(QStringLiteral("report --help"));
    run(QStringLiteral("--version"));
}
