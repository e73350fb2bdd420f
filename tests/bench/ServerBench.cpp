#include "ServerBench.h"

#include "FirstPaint.h"
#include "PgServer.h"
#include "ReportBench.h"

#include "MainWindow.h"

#include "domain/Clock.h"
#include "services/OverviewRows.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PlanBackup.h"
#include "storage/PlanCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace parat::bench {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

const QString kFile = QStringLiteral("file");
const QString kServer = QStringLiteral("server");

} // namespace

void benchServer(const QString &nationalPath, const Clock &clock, const QString &workDir, int runs, const QString &only,
                 const ServerRowSink &add)
{
    const QStringList operations {
        QStringLiteral("team mode: national dataset file → server (PlanCopy, verified)"),
        QStringLiteral("team mode: open + first paint of the window, %1"),
        QStringLiteral("team mode: overview of all 98, %1"),
        QStringLiteral("team mode: status report PDF, one municipality, %1"),
        QStringLiteral("team mode: backup save, server → new file (verified)"),
        QStringLiteral("team mode: backup restore, file → server (verified, one transaction)")};
    const auto wanted
        = [&](const QString &operation) { return only.isEmpty() || operation.contains(only, Qt::CaseInsensitive); };
    // "…, %1" names the engine; the other rows name none.
    const auto named = [](const QString &operation, const QString &engine) {
        return operation.contains(QLatin1String("%1")) ? operation.arg(engine) : operation;
    };
    bool any = false;
    for (const QString &operation : operations)
        any = any || wanted(named(operation, kFile)) || wanted(named(operation, kServer));
    if (!any)
        return;
    const auto skipAll = [&](const QString &why) {
        for (const QString &operation : operations)
            add(named(operation, QStringLiteral("file / server")), {}, QStringLiteral("skipped: %1").arg(why));
    };

    // A throw-away server as the tests' (tests/support/PgServer), but for synchronous commit and full-page writes:
    // fsync off; the figures are the client's and the queries'.
    test::PgServer::Options options;
    options.folderPrefix = QStringLiteral("parat-bench-pg");
    options.settings = {QStringLiteral("fsync=off")};
    test::PgServer cluster(options);
    QString error;
    if (!cluster.start(&error) || !cluster.createDatabase(QStringLiteral("parat_national"), &error)) {
        skipAll(error);
        return;
    }
    const QString url = cluster.url(QStringLiteral("parat_national"));
    Database file;
    if (!file.open(nationalPath, &error)) {
        skipAll(error);
        return;
    }
    {
        Database server;
        Database::ServerOptions creating;
        creating.createSchema = true;
        if (!server.openServer(url, &error, creating)) {
            skipAll(error);
            return;
        }
        QList<PlanCopy::TableCheck> source;
        QList<PlanCopy::TableCheck> target;
        bool mismatch = false;
        QElapsedTimer timer;
        timer.start();
        if (!PlanCopy::copy(file, server, &source, &target, &mismatch, &error)) {
            skipAll(error);
            return;
        }
        add(operations.at(0), {msSince(timer)}, QString());
    }

    // The window: open, build every page, first paint — the file and the server, alternating.
    const QString paint = operations.at(1);
    QList<double> paintFile;
    QList<double> paintServer;
    if (wanted(paint.arg(kFile)) || wanted(paint.arg(kServer))) {
        file.close();
        for (int i = 0; i < runs; ++i) {
            for (const bool onServer : {false, true}) {
                QElapsedTimer timer;
                timer.start();
                Database db;
                const bool opened = onServer ? db.openServer(url, &error, {}) : db.open(nationalPath, &error);
                if (!opened)
                    qFatal("open: %s", qPrintable(error));
                if (onServer)
                    db.subscribeToChanges();
                MainWindow window(db, clock);
                showUntilPainted(window);
                (onServer ? paintServer : paintFile).append(msSince(timer));
            }
        }
        add(paint.arg(kFile), paintFile, QString());
        add(paint.arg(kServer), paintServer, QString());
        if (!file.open(nationalPath, &error))
            qFatal("open: %s", qPrintable(error));
    }

    Database server;
    if (!server.openServer(url, &error, {}))
        qFatal("open: %s", qPrintable(error));
    const QList<Municipality> municipalities = MunicipalityRepository(file).all();
    if (municipalities.isEmpty())
        qFatal("the national dataset has no municipality");

    const QString overview = operations.at(2);
    if (wanted(overview.arg(kFile)) || wanted(overview.arg(kServer))) {
        for (const bool onServer : {false, true}) {
            QList<double> times;
            Database &db = onServer ? server : file;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                overviewRows(db, clock.today());
                times.append(msSince(timer));
            }
            add(overview.arg(onServer ? kServer : kFile), times, QString());
        }
    }

    const QString report = operations.at(3);
    if (wanted(report.arg(kFile)) || wanted(report.arg(kServer))) {
        QDir().mkpath(QDir(workDir).filePath(QStringLiteral("reports")));
        for (const bool onServer : {false, true}) {
            QList<double> times;
            Database &db = onServer ? server : file;
            const auto municipality = MunicipalityRepository(db).byCode(municipalities.first().code);
            const QString out
                = QDir(workDir).filePath(QStringLiteral("reports/team-mode-%1.pdf").arg(onServer ? kServer : kFile));
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                if (!writeBenchReport(db, clock, municipality->id, out, &error))
                    qFatal("report: %s", qPrintable(error));
                times.append(msSince(timer));
            }
            add(report.arg(onServer ? kServer : kFile), times, QString());
        }
    }

    // Backup and restore of the whole national plan (once each: they are seconds long).
    const QString backup = QDir(workDir).filePath(QStringLiteral("team-mode-backup.sqlite"));
    if (wanted(operations.at(4)) || wanted(operations.at(5))) {
        for (const QString &leftover : {backup, PlanBackup::recordPath(backup)})
            QFile::remove(leftover);
        QList<PlanCopy::TableCheck> checks;
        QElapsedTimer timer;
        timer.start();
        if (PlanBackup::save(server, backup, clock.now(), &checks, &error) != PlanBackup::Problem::None)
            qFatal("backup: %s", qPrintable(error));
        add(operations.at(4), {msSince(timer)}, QString());
        PlanBackup::Record record;
        timer.restart();
        if (PlanBackup::restore(server, backup, &record, &error) != PlanBackup::Problem::None)
            qFatal("restore: %s", qPrintable(error));
        add(operations.at(5), {msSince(timer)}, QString());
        for (const QString &leftover : {backup, PlanBackup::recordPath(backup)})
            QFile::remove(leftover);
    }
}

} // namespace parat::bench
