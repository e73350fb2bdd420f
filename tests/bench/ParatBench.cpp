// Parat's benchmarks on the national dataset (docs/design.md "Quality bars"). Prints one table: operation, median
// of N runs, min, max, target, and where it applies the same aggregation run by the sqlite3 shell as a
// floor. Run with: cmake --preset bench && cmake --build --preset bench --target bench
#include "CapacityBench.h"
#include "FirstPaint.h"
#include "NationalDataset.h"
#include "ProcessBench.h"
#include "ReportBench.h"
#include "ServerBench.h"
#include "services/OverviewRows.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "TasksPage.h"

#include "domain/Clock.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "planning/Overview.h"
#include "planning/Trend.h"
#include "services/HandbookImport.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace parat;

namespace {

struct Row
{
    QString operation;
    QList<double> ms;
    QString target;
    QString floor;
};

QList<Row> g_rows;
QString g_only; // --only: run just the operations whose name contains this text (for profiling one)

bool selected(const QString &operation)
{
    return g_only.isEmpty() || operation.contains(g_only, Qt::CaseInsensitive);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

Row &measure(const QString &operation, int runs, const QString &target, const std::function<void()> &work)
{
    Row row {operation, {}, target, QString()};
    if (!selected(operation)) {
        static Row skipped;
        return skipped;
    }
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        row.ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    g_rows.append(row);
    return g_rows.last();
}

// Runs SQL through the sqlite3 shell with .timer on and returns the median "real" time in ms.
QString sqliteFloor(const QString &db, const QString &sql, int runs)
{
    if (!g_only.isEmpty())
        return QString();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.start(QStringLiteral("sqlite3"), {db});
        if (!process.waitForStarted())
            return QStringLiteral("(no sqlite3)");
        process.write(QStringLiteral(".timer on\n.output /dev/null\n%1;\n").arg(sql).toUtf8());
        process.closeWriteChannel();
        process.waitForFinished();
        const QString out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        // One "Run Time" line per statement: the floor of several statements is their sum.
        QRegularExpressionMatchIterator it
            = QRegularExpression(QStringLiteral("Run Time: real ([0-9.]+)")).globalMatch(out);
        if (!it.hasNext())
            continue;
        double total = 0.0;
        while (it.hasNext())
            total += it.next().captured(1).toDouble() * 1000.0;
        times.append(total);
    }
    return times.isEmpty() ? QStringLiteral("?") : QStringLiteral("%1 ms").arg(median(times), 0, 'f', 2);
}

// The status report of one municipality with a 3,000-task handbook (issue 20: at most 10x the 300-task one), on a
// dataset of its own built in workDir when missing (same people, stakeholders and history as the national one).
void benchReportScale(const Clock &clock, const QString &workDir, const ReportMeasure &measure)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("scale-3000.sqlite"));
    Database db;
    QString error;
    const bool fresh = !QFile::exists(path);
    if (!db.open(path, &error)) {
        std::fprintf(stderr, "scale dataset: %s\n", qPrintable(error));
        return;
    }
    if (fresh) {
        parat::bench::DatasetSize size;
        size.municipalities = 1;
        size.tasks = 3000;
        if (!parat::bench::buildNationalDataset(db, clock, size, &error)) {
            std::fprintf(stderr, "scale dataset: %s\n", qPrintable(error));
            return;
        }
    }
    const QList<Municipality> all = MunicipalityRepository(db).all();
    if (all.isEmpty())
        return;
    const QString out = QDir(workDir).filePath(QStringLiteral("reports/scale-3000.pdf"));
    QDir().mkpath(QFileInfo(out).absolutePath());
    measure(QStringLiteral("status report PDF, one municipality of 3,000 tasks"), 3, QStringLiteral("< 10x one"), [&] {
        QString failure;
        if (!writeBenchReport(db, clock, all.first().id, out, &failure))
            std::fprintf(stderr, "report failed: %s\n", qPrintable(failure));
    });
}

// The overview's floor: the same aggregation, and the rows behind the light's capacity and stakeholder signals, as
// the sqlite3 shell runs them.
QString overviewFloorSql()
{
    return QStringLiteral("SELECT m.code, count(*), sum(CASE WHEN s.status='done' THEN t.estimate_hours ELSE 0 END), "
                          "sum(CASE WHEN date(m.go_live, (t.due_offset_weeks*7) || ' days') < '2026-11-27' "
                          "AND coalesce(s.status,'not_started') NOT IN ('done','not_relevant') THEN 1 ELSE 0 END) "
                          "FROM municipality m JOIN task t ON t.municipality_id IS NULL OR t.municipality_id = m.id "
                          "LEFT JOIN task_state s ON s.municipality_id = m.id AND s.task_id = t.id GROUP BY m.id;"
                          "SELECT * FROM person ORDER BY id; "
                          "SELECT a.*, p.municipality_id FROM allocation a JOIN person p ON p.id = a.person_id; "
                          "SELECT * FROM stakeholder ORDER BY id");
}

// Builds a dataset at path unless it is there (or rebuild is asked for).
void ensureDataset(const QString &path, const bench::DatasetSize &size, bool rebuild, const Clock &clock,
                   const QString &operation)
{
    if (!rebuild && QFile::exists(path))
        return;
    QFile::remove(path);
    QDir(path + QStringLiteral(".restore")).removeRecursively();
    QElapsedTimer timer;
    timer.start();
    Database db;
    QString error;
    if (!db.open(path, &error) || !bench::buildNationalDataset(db, clock, size, &error))
        qFatal("dataset: %s", qPrintable(error));
    g_rows.append({operation, {double(timer.nsecsElapsed()) / 1e6}, QString(), QString()});
}

void print()
{
    std::printf("\n%-52s %10s %10s %10s %10s  %s\n", "operation", "median", "min", "max", "target", "sqlite3 floor");
    for (const Row &row : std::as_const(g_rows)) {
        if (row.ms.isEmpty()) { // skipped (team mode without a PostgreSQL server)
            std::printf("%-52s %10s %10s %10s %10s  %s\n", qPrintable(row.operation), "-", "-", "-", "",
                        qPrintable(row.floor));
            continue;
        }
        const auto [mn, mx] = std::minmax_element(row.ms.begin(), row.ms.end());
        std::printf("%-52s %8.2f ms %7.2f ms %7.2f ms %10s  %s\n", qPrintable(row.operation), median(row.ms), *mn, *mx,
                    qPrintable(row.target), qPrintable(row.floor));
    }
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%-52s %10.1f MB %32s\n", "peak memory (RSS) of this process", double(usage.ru_maxrss) / 1024.0,
                "< 150 MB");
}

// A new handbook version merged into all 98 municipalities: the dry-run plan, then the import itself (restore
// point, merge, new version) on a fresh copy of the national database each run; the copy is not timed.
void benchMerge(const QString &path, const Clock &clock, int runs)
{
    const QString copy = path + QStringLiteral(".merge.sqlite");
    const auto freshCopy = [&] {
        QFile::remove(copy);
        QDir(copy + QStringLiteral(".restore")).removeRecursively();
        if (!QFile::copy(path, copy))
            qFatal("cannot copy %s", qPrintable(path));
    };
    if (!selected(QStringLiteral("handbook re-import")))
        return;
    const HandbookDraft next = bench::nextHandbookVersion(bench::DatasetSize().tasks);
    freshCopy();
    {
        Database db;
        QString error;
        if (!db.open(copy, &error))
            qFatal("open: %s", qPrintable(error));
        measure(QStringLiteral("handbook re-import, dry-run plan (all 98)"), runs, QString(), [&] {
            const ImportOutcome outcome = HandbookImporter(db, clock).importDraft(next, QString(), true);
            if (!outcome.ok())
                qFatal("merge plan: %s", qPrintable(outcome.error));
        });
    }
    Row row {QStringLiteral("handbook re-import merge, applied (all 98)"), {}, QString(), QString()};
    for (int i = 0; i < runs; ++i) {
        freshCopy();
        Database db;
        QString error;
        if (!db.open(copy, &error))
            qFatal("open: %s", qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        const ImportOutcome outcome = HandbookImporter(db, clock).importDraft(next, QString(), false);
        row.ms.append(double(timer.nsecsElapsed()) / 1e6);
        if (!outcome.applied)
            qFatal("merge: %s", qPrintable(outcome.error));
    }
    g_rows.append(row);
    QFile::remove(copy);
    QDir(copy + QStringLiteral(".restore")).removeRecursively();
}

// Records a row as measure() does: the recorder the other benchmark files are given.
void record(const QString &operation, int count, const QString &target, const std::function<void()> &work)
{
    measure(operation, count, target, work);
}

// What the command line asks for.
struct BenchOptions
{
    QString workDir;
    int runs = 7;
    bool rebuild = false;
    bool scale = true; // the 98 x 3,000-task rows and their dataset
    bool processes = true; // the whole-process rows
};

BenchOptions parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption workDir(QStringLiteral("work-dir"), QStringLiteral("Folder for the dataset."),
                                     QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/parat-bench"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per operation."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption rebuild(QStringLiteral("rebuild"), QStringLiteral("Build the dataset anew."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only the operations whose name contains TEXT (for profiling)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption noScale(QStringLiteral("no-scale"),
                                     QStringLiteral("Leave out the 98 x 3,000-task rows (and their dataset)."));
    const QCommandLineOption noProcesses(QStringLiteral("no-processes"),
                                         QStringLiteral("Leave out the whole-process rows."));
    parser.addOptions({workDir, runsOption, rebuild, only, noScale, noProcesses});
    parser.process(app);
    g_only = parser.value(only);
    BenchOptions options;
    options.workDir = parser.value(workDir);
    options.runs = qMax(1, parser.value(runsOption).toInt());
    options.rebuild = parser.isSet(rebuild);
    options.scale = !parser.isSet(noScale);
    options.processes = !parser.isSet(noProcesses);
    return options;
}

// Open the database and paint the window with a municipality of 300 tasks.
void benchFirstPaint(const QString &path, const Clock &clock, int runs)
{
    measure(QStringLiteral("open database + first paint of the window"), runs, QStringLiteral("< 500 ms"), [&] {
        Database db;
        QString error;
        if (!db.open(path, &error))
            qFatal("open: %s", qPrintable(error));
        MainWindow window(db, clock);
        bench::showUntilPainted(window);
    });
}

// The shown window: switching municipality and filtering the task list.
void benchWindow(MainWindow &window, const QList<Municipality> &municipalities, int runs)
{
    int next = 0;
    measure(QStringLiteral("switch municipality (300-task list)"), runs, QString(), [&] {
        next = (next + 1) % int(municipalities.size());
        window.context().setCurrentMunicipalityId(municipalities.at(next).id);
        QCoreApplication::processEvents();
    });
    window.showPage(MainWindow::Page::Tasks);
    TaskFilterProxyModel *proxy = window.tasksPage()->proxy();
    const QStringList words {QStringLiteral("plan"), QStringLiteral("superbruger"), QStringLiteral("test"),
                             QStringLiteral("P22"), QStringLiteral("KLIK")};
    int word = 0;
    measure(QStringLiteral("filter the task list by text (300 tasks)"), runs * 3, QStringLiteral("< 16 ms"),
            [&] { proxy->setSearchText(words.at(word++ % words.size())); });
    proxy->setSearchText(QString());
}

// The reads behind the overview, one municipality's list and the trend, each with its sqlite3 floor.
void benchReads(Database &db, const QString &path, const Clock &clock, const QList<Municipality> &municipalities,
                int runs)
{
    Row &overview = measure(QStringLiteral("overview of all 98 municipalities"), runs, QStringLiteral("< 100 ms"),
                            [&] { overviewRows(db, clock.today()); });
    overview.floor = sqliteFloor(path, overviewFloorSql(), runs);

    Row &one = measure(QStringLiteral("load one municipality's planned tasks"), runs * 3, QString(),
                       [&] { TaskRepository(db).plannedTasks(municipalities.first().id); });
    one.floor = sqliteFloor(path,
                            QStringLiteral("SELECT * FROM task t LEFT JOIN task_state s ON s.task_id = t.id AND "
                                           "s.municipality_id = %1 WHERE t.municipality_id IS NULL OR "
                                           "t.municipality_id = %1")
                                .arg(municipalities.first().id),
                            runs);
    // The status report's trend (page 1 and the Overview): every municipality's week-by-week progress rebuilt from
    // its whole task history (a year of status changes), as gatherStatusReport does for one.
    Row &trend = measure(QStringLiteral("trend of all 98 (a year of history each)"), runs, QString(), [&] {
        const QDateTime start(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        TaskRepository tasks(db);
        for (const Municipality &municipality : municipalities) {
            const ProgressTrend result
                = progressTrend(tasks.plannedTasks(municipality.id), tasks.eventsSince(municipality.id, start),
                                clock.today(), municipality.goLive, {});
            if (result.points.isEmpty() && municipality.goLive.isValid())
                qFatal("no trend for %s", qPrintable(municipality.code));
        }
    });
    trend.floor = sqliteFloor(
        path,
        QStringLiteral("SELECT * FROM task t JOIN municipality m LEFT JOIN task_state s ON s.task_id = t.id "
                       "AND s.municipality_id = m.id WHERE t.municipality_id IS NULL OR t.municipality_id = m.id; "
                       "SELECT * FROM task_event ORDER BY municipality_id, at, id"),
        runs);
}

// The capacity grids (CapacityBench.cpp) and their floors: the rows they read (tasks with states, people,
// allocations), by sqlite3.
void benchCapacityGrids(Database &db, const QString &path, const Clock &clock, Id firstMunicipality, int runs)
{
    bench::benchCapacity(db, clock.today(), runs, record);
    const QString capacityRows = QStringLiteral(
        "SELECT * FROM task t LEFT JOIN task_state s ON s.task_id = t.id AND s.municipality_id = %1 "
        "WHERE t.municipality_id IS NULL OR t.municipality_id = %1; "
        "SELECT * FROM person WHERE municipality_id = %1; "
        "SELECT a.* FROM allocation a JOIN person p ON p.id = a.person_id WHERE p.municipality_id = %1");
    for (Row &row : g_rows) {
        if (row.operation.startsWith(QStringLiteral("capacity grid, one")))
            row.floor = sqliteFloor(path, capacityRows.arg(firstMunicipality), runs);
        else if (row.operation.startsWith(QStringLiteral("capacity grids of all")))
            row.floor = sqliteFloor(
                path,
                QStringLiteral("SELECT * FROM task t JOIN municipality m LEFT JOIN task_state s ON s.task_id = t.id "
                               "AND s.municipality_id = m.id WHERE t.municipality_id IS NULL OR t.municipality_id = "
                               "m.id; SELECT * FROM person; SELECT a.* FROM allocation a"),
                runs);
    }
}

// The whole-process rows (ProcessBench.cpp): parat and the bare window started as users start a program.
void benchWholeProcesses(const BenchOptions &options, const QString &path, const QString &scalePath,
                         const QString &municipalityCode)
{
    bench::ProcessBenchInput input;
    input.parat = QStringLiteral(PARAT_EXECUTABLE);
    input.bareWindow = QStringLiteral(PARAT_BARE_WINDOW);
    input.database = path;
    input.scaleDatabase = !options.scale || !QFile::exists(scalePath) ? QString() : scalePath;
    input.workDir = options.workDir;
    input.overviewFloorSql = overviewFloorSql();
    input.municipalityCode = municipalityCode;
    input.runs = options.runs;
    input.only = g_only;
    for (const bench::ProcessRow &row : bench::benchProcesses(input))
        g_rows.append({row.operation, row.ms, row.target,
                       row.floor + (row.floor.isEmpty() ? QString() : QStringLiteral("; "))
                           + QStringLiteral("peak %1 MB").arg(row.peakMb, 0, 'f', 1)});
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const BenchOptions options = parseOptions(app);
    const int runs = options.runs;

    QDir().mkpath(options.workDir);
    const QString path = QDir(options.workDir).filePath(QStringLiteral("national.sqlite"));
    const FixedClock clock(QDate(2026, 11, 27));

    ensureDataset(path, {}, options.rebuild, clock, QStringLiteral("create the national dataset (98 x 300 tasks)"));
    // The scale dataset of issue 20: every municipality on a 3,000-task handbook.
    const QString scalePath = QDir(options.workDir).filePath(QStringLiteral("national-3000.sqlite"));
    bench::DatasetSize scaleSize;
    scaleSize.tasks = 3000;
    if (options.scale)
        ensureDataset(scalePath, scaleSize, options.rebuild, clock,
                      QStringLiteral("create the scale dataset (98 x 3,000 tasks)"));

    benchFirstPaint(path, clock, runs);

    Database db;
    QString error;
    if (!db.open(path, &error))
        qFatal("open: %s", qPrintable(error));
    const QList<Municipality> municipalities = MunicipalityRepository(db).all();
    MainWindow window(db, clock);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("the window was not exposed; paint timings may be off");
    benchWindow(window, municipalities, runs);
    benchReads(db, path, clock, municipalities, runs);
    benchCapacityGrids(db, path, clock, municipalities.first().id, runs);
    benchReports(db, clock, QDir(options.workDir).filePath(QStringLiteral("reports")), record);
    if (selected(QStringLiteral("status report PDF, one municipality of 3,000 tasks")))
        benchReportScale(clock, options.workDir, record);
    benchMerge(path, clock, runs);
    // Team mode (ServerBench.cpp): the same dataset on a throw-away PostgreSQL cluster, beside the file. It opens the
    // file itself, and the spawned processes after it open it for writing: this process lets go of it first.
    window.close();
    db.close();
    bench::benchServer(path, clock, options.workDir, runs, g_only,
                       [](const QString &operation, const QList<double> &ms, const QString &note) {
                           g_rows.append({operation, ms, QString(), note});
                       });
    if (options.processes)
        benchWholeProcesses(options, path, scalePath, municipalities.first().code);
    print();
    return 0;
}
