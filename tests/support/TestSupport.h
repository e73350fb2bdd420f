#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <ostream>

class QSqlDatabase;

// Catch2 prints QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}

namespace parat::test {

// Path of a fixture under tests/data.
QString dataPath(const QString &relative);
// Path of a file in resources/data: the bundled sample data and the CSV the sample handbook is made from.
QString sampleDataPath(const QString &relative);
// The built parat executable, for CLI tests run as a process.
QString paratBinary();

// What a parat process printed and how it ended (exit code -1 when it crashed).
struct ParatRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the parat executable with args as a user's shell would, without a display and without the caller's PARAT_DB
// (paratDb, when given, is set instead), and waits up to two minutes for it.
ParatRun runParat(const QStringList &args, const QString &paratDb = QString());

// The SHA-256 of a file's bytes (fails the test when it cannot be read): two equal digests, an untouched file.
QByteArray fileDigest(const QString &path);

// Runs work on a connection of its own to an SQLite file, read-only when asked, opened before and removed after (fails
// the test when the file does not open): for looking at a file as it is on disk, beside the program's connection.
void withSqliteFile(const QString &path, const std::function<void(QSqlDatabase &)> &work, bool readOnly = false);

// A temporary folder that lives for one test.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace parat::test
