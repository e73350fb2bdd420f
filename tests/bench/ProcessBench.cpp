#include "ProcessBench.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace parat::bench {

namespace {

struct Child
{
    double ms = 0.0;
    double peakMb = 0.0;
    int exitCode = -1;
};

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The child's peak resident memory so far (VmHWM), in kB, or 0 once it has gone. wait4()'s ru_maxrss cannot be used:
// posix_spawn starts the child in this process's memory, and Linux carries that high-water mark across exec.
long peakKb(pid_t pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/status", int(pid));
    FILE *file = std::fopen(path, "r");
    if (!file)
        return 0;
    char line[256];
    long kb = 0;
    while (std::fgets(line, sizeof line, file)) {
        if (std::sscanf(line, "VmHWM: %ld kB", &kb) == 1)
            break;
    }
    std::fclose(file);
    return kb;
}

// Starts program with args and env, stdin from `input` (or /dev/null), stdout and stderr to /dev/null, and waits for
// it, sampling its peak memory every 2 ms (the last 2 ms of its life can be missed).
Child run(const QString &program, const QStringList &args, const QStringList &env, const QString &input = QString())
{
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &arg : args)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (const QString &e : env)
        envStorage.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray in = input.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(input);
    posix_spawn_file_actions_addopen(&actions, 0, in.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    Child child;
    const double start = nowMs();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data()) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return child;
    }
    // A process that has not ended after five minutes waits for something (a dialog): it is stopped and fails.
    int status = 0;
    struct rusage usage
    {
    };
    long peak = 0;
    int turn = 0;
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        if (turn++ % 10 == 0)
            peak = std::max(peak, peakKb(pid));
        if (nowMs() - start > 300000.0) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            std::fprintf(stderr, "%s did not end within five minutes\n", argv.front());
            break;
        }
        const timespec pause {0, 200000}; // 0.2 ms: small against what is measured
        nanosleep(&pause, nullptr);
    }
    child.ms = nowMs() - start;
    child.peakMb = double(peak) / 1024.0;
    child.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return child;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

QString ratio(const ProcessRow &row, const ProcessRow &floor)
{
    const double f = median(floor.ms);
    if (f <= 0.0 || row.ms.isEmpty())
        return QString();
    return QStringLiteral("%1 ms (%2x)").arg(f, 0, 'f', 1).arg(median(row.ms) / f, 0, 'f', 2);
}

} // namespace

QList<ProcessRow> benchProcesses(const ProcessBenchInput &input)
{
    QList<ProcessRow> rows;
    const auto selected = [&](const QString &operation) {
        return input.only.isEmpty() || operation.contains(input.only, Qt::CaseInsensitive);
    };
    // The spawned processes get their own settings (the municipality shown, the language) and never the user's.
    const QString config = QDir(input.workDir).filePath(QStringLiteral("process-config"));
    QDir(config).removeRecursively();
    QDir().mkpath(config + QStringLiteral("/Parat"));
    {
        // Written by QSettings under the keys app/shell/Settings reads ("General/Language" is the group General,
        // which an INI file spells [%General]; a hand-written [General] left the window in the system's language).
        QSettings settings(config + QStringLiteral("/Parat/Parat.conf"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("General/Language"), QStringLiteral("da"));
        settings.setValue(QStringLiteral("General/LastMunicipality"), input.municipalityCode);
        settings.sync();
    }
    QStringList env = QProcessEnvironment::systemEnvironment().toStringList();
    env.erase(std::remove_if(env.begin(), env.end(),
                             [](const QString &e) {
                                 return e.startsWith(QLatin1String("XDG_CONFIG_HOME="))
                                     || e.startsWith(QLatin1String("PARAT_DB="));
                             }),
              env.end());
    env << QStringLiteral("XDG_CONFIG_HOME=") + config;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        env << QStringLiteral("QT_QPA_PLATFORM=offscreen");
    QStringList windowEnv = env;
    windowEnv << QStringLiteral("PARAT_QUIT_AFTER_FIRST_PAINT=1");

    const auto time = [&](const QString &operation, int runs, const QString &target,
                          const std::function<Child()> &work) -> ProcessRow * {
        if (!selected(operation))
            return nullptr;
        ProcessRow row {operation, {}, target, QString(), 0.0};
        for (int i = 0; i < runs; ++i) {
            const Child child = work();
            if (child.exitCode != 0) {
                std::fprintf(stderr, "%s: exit code %d\n", qPrintable(operation), child.exitCode);
                return nullptr;
            }
            row.ms.append(child.ms);
            row.peakMb = std::max(row.peakMb, child.peakMb);
        }
        rows.append(row);
        return &rows.last();
    };
    const QString out = QDir(input.workDir).filePath(QStringLiteral("process-out"));
    QDir().mkpath(out);
    const QString asOf = QStringLiteral("2026-11-27");

    // The window against a bare Qt window, both whole processes that quit after their first paint.
    const ProcessRow *bare = time(QStringLiteral("bare Qt window, whole process (floor)"), input.runs, QString(),
                                  [&] { return run(input.bareWindow, {}, env); });
    const ProcessRow bareCopy = bare ? *bare : ProcessRow();
    if (ProcessRow *row
        = time(QStringLiteral("parat window, open + first paint, whole process"), input.runs,
               QStringLiteral("<= 2x bare"), [&] { return run(input.parat, {input.database}, windowEnv); }))
        row->floor = ratio(*row, bareCopy) + QStringLiteral(" bare window");
    if (!input.scaleDatabase.isEmpty()) {
        if (ProcessRow *row
            = time(QStringLiteral("parat window, 98 x 3,000 tasks, whole process"), input.runs,
                   QStringLiteral("< 150 ms"), [&] { return run(input.parat, {input.scaleDatabase}, windowEnv); }))
            row->floor = ratio(*row, bareCopy) + QStringLiteral(" bare window");
    }

    // One report, 300 and 3,000 tasks, as `parat report` writes it.
    const QStringList reportArgs {QStringLiteral("report"),
                                  QStringLiteral("--municipality"),
                                  input.municipalityCode,
                                  QStringLiteral("--as-of"),
                                  asOf,
                                  QStringLiteral("--out")};
    const ProcessRow *one = time(QStringLiteral("parat report, one PDF (300 tasks), whole process"), input.runs,
                                 QStringLiteral("<= 60 ms"), [&] {
                                     return run(input.parat,
                                                QStringList(reportArgs) << QDir(out).filePath(QStringLiteral("one.pdf"))
                                                                        << QStringLiteral("--db") << input.database,
                                                env);
                                 });
    const ProcessRow oneCopy = one ? *one : ProcessRow();
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!input.scaleDatabase.isEmpty()) {
        // A report is written only once the file's integrity check has come back (it runs beside the reading), and
        // the check of the 98 x 3,000 file (170 MB) outlasts the report: the floor of this row is that check, run by
        // the sqlite3 shell in the same run.
        const ProcessRow *check = sqlite3.isEmpty()
            ? nullptr
            : time(QStringLiteral("sqlite3 shell, PRAGMA quick_check of the 98 x 3,000 file (floor)"), input.runs,
                   QString(), [&] {
                       return run(sqlite3, {input.scaleDatabase, QStringLiteral("PRAGMA quick_check")}, env);
                   });
        const ProcessRow checkCopy = check ? *check : ProcessRow();
        if (ProcessRow *row
            = time(QStringLiteral("parat report, one PDF (3,000 tasks, 98 x 3,000 file), whole process"), input.runs,
                   QStringLiteral("<= 10x 300"), [&] {
                       return run(input.parat,
                                  QStringList(reportArgs) << QDir(out).filePath(QStringLiteral("one-3000.pdf"))
                                                          << QStringLiteral("--db") << input.scaleDatabase,
                                  env);
                   })) {
            row->floor = ratio(*row, oneCopy) + QStringLiteral(" the 300-task PDF");
            if (check)
                row->floor += QStringLiteral("; ") + ratio(*row, checkCopy) + QStringLiteral(" quick_check");
        }
    }
    time(QStringLiteral("parat report --all (98 PDFs), whole process"), 1, QStringLiteral("<= 3 s"), [&] {
        QDir(out + QStringLiteral("/all")).removeRecursively();
        return run(input.parat,
                   {QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--as-of"), asOf,
                    QStringLiteral("--out-dir"), out + QStringLiteral("/all"), QStringLiteral("--db"), input.database},
                   env);
    });

    // The overview of all 98 as a CSV against the sqlite3 shell reading the same rows.
    const QString sqlFile = QDir(out).filePath(QStringLiteral("overview-floor.sql"));
    {
        QFile sql(sqlFile);
        if (sql.open(QIODevice::WriteOnly))
            sql.write(
                (QStringLiteral(".output /dev/null\n") + input.overviewFloorSql + QStringLiteral(";\n")).toUtf8());
    }
    const ProcessRow *shell = sqlite3.isEmpty()
        ? nullptr
        : time(QStringLiteral("sqlite3 shell, overview rows, whole process (floor)"), input.runs, QString(),
               [&] { return run(sqlite3, {input.database}, env, sqlFile); });
    const ProcessRow shellCopy = shell ? *shell : ProcessRow();
    if (ProcessRow *row
        = time(QStringLiteral("parat report --overview (CSV), whole process"), input.runs,
               QStringLiteral("<= 2x sqlite3"), [&] {
                   return run(input.parat,
                              {QStringLiteral("report"), QStringLiteral("--overview"), QStringLiteral("--as-of"), asOf,
                               QStringLiteral("--out"), QDir(out).filePath(QStringLiteral("overview.csv")),
                               QStringLiteral("--db"), input.database},
                              env);
               }))
        row->floor = ratio(*row, shellCopy) + QStringLiteral(" sqlite3");
    return rows;
}

} // namespace parat::bench
