// A small driver for the killed-process test: makes a burst of edits, one transaction each, and prints
// "ack N" after each commit returned. Whatever it acknowledged must survive a SIGKILL at any moment.
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
    const QList<Municipality> municipalities = MunicipalityRepository(db).all();
    if (municipalities.isEmpty())
        return 3;
    TaskRepository tasks(db);
    const QList<PlannedTask> planned = tasks.plannedTasks(municipalities.first().id);
    const int count = QString::fromLocal8Bit(argv[2]).toInt();
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
