// A small driver for the killed-process test: makes a burst of edits, one transaction each, and prints
// "ack N" after each commit returned. Whatever it acknowledged must survive a SIGKILL at any moment.
// With LABEL "restore-points" it takes restore points instead, printing "point ID" after each: a kill in the
// middle of one must never leave a point that lists as usable.
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

#include <QCoreApplication>

#include <cstdio>

using namespace parat;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: parat_edit_driver DB COUNT LABEL\n");
        return 2;
    }
    Database db;
    QString error;
    if (!db.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 4;
    }
    const int count = QString::fromLocal8Bit(argv[2]).toInt();
    if (qstrcmp(argv[3], "restore-points") == 0) {
        for (int i = 0; i < count; ++i) {
            RestorePoint point;
            if (!db.takeRestorePoint(QStringLiteral("manual"), &point, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 4;
            }
            std::printf("point %s\n", qPrintable(point.id));
            std::fflush(stdout);
        }
        return 0;
    }
    const QList<Municipality> municipalities = MunicipalityRepository(db).all();
    if (municipalities.isEmpty())
        return 3;
    TaskRepository tasks(db);
    const QList<PlannedTask> planned = tasks.plannedTasks(municipalities.first().id);
    SystemClock clock;
    for (int i = 0; i < count; ++i) {
        TaskState state = planned.at(i % planned.size()).state;
        state.note = QStringLiteral("%1 %2").arg(QString::fromLocal8Bit(argv[3])).arg(i);
        if (!tasks.setState(state, clock.now(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 4;
        }
        std::printf("ack %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
