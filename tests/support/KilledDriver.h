#pragma once

// For the tests that kill a process in the middle of its writes (parat_core_tests, which knows where the edit driver,
// tests/tools/EditDriver.cpp, is built: PARAT_EDIT_DRIVER).

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>

namespace parat::test {

// A number the test runs with unless the environment variable name gives another: runs by hand can be longer or
// take another seed (PARAT_KILL_ROUNDS=500 PARAT_KILL_SEED=$RANDOM).
inline int fromEnvironment(const char *name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariableIntValue(name) : fallback;
}

// Starts the edit driver with args, kills it (SIGKILL) after afterMs milliseconds, waits for it to end and returns what
// it printed on standard output by then.
inline QByteArray runEditDriverKilledAfter(const QStringList &args, unsigned long afterMs)
{
    QProcess driver;
    driver.start(QStringLiteral(PARAT_EDIT_DRIVER), args);
    REQUIRE(driver.waitForStarted());
    QThread::msleep(afterMs);
    ::kill(pid_t(driver.processId()), SIGKILL);
    REQUIRE(driver.waitForFinished(10000));
    return driver.readAllStandardOutput();
}

} // namespace parat::test
