#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parat::bench {

// One row of the whole-process benchmark: a program started the way a user (or their shell) starts it, timed from
// spawn to exit, with the peak memory of that process.
struct ProcessRow
{
    QString operation;
    QList<double> ms;
    QString target;
    QString floor; // the floor measured in the same run, and the ratio to it
    double peakMb = 0.0; // the largest peak RSS over the runs
};

struct ProcessBenchInput
{
    QString parat; // the parat executable
    QString bareWindow; // parat_bare_window: QApplication + an empty QMainWindow, quits after its first paint
    QString database; // the national dataset (98 x 300 tasks)
    QString scaleDatabase; // 98 x 3,000 tasks; empty to leave the scale rows out
    QString workDir; // output files and the settings of the spawned processes
    QString overviewFloorSql; // the overview's rows, run by the sqlite3 shell as a whole process
    QString municipalityCode; // the municipality whose report is timed
    int runs = 5;
    QString only; // run only the rows whose name contains this text
};

// Whole processes, as users run them: the window's first paint against a bare Qt window, one status report PDF (300 and
// 3,000 tasks), all 98 PDFs, and `report --overview` against the sqlite3 shell running the same query.
QList<ProcessRow> benchProcesses(const ProcessBenchInput &input);

} // namespace parat::bench
