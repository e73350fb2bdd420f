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
// Runs the parat executable with args as a user's shell on a machine without a screen would: no DISPLAY and no
// QT_QPA_PLATFORM (the commands must run without any Qt platform), and not the caller's PARAT_DB (paratDb, when given,
// is set instead). Waits up to two minutes for it (fails the test when it does not end).
ParatRun runParat(const QStringList &args, const QString &paratDb = QString());

// The text of a PDF as pdftotext reads it, with options before the file (default: -layout); fails the test when
// pdftotext does not end or fails.
QString pdfText(const QString &path, const QStringList &options = {QStringLiteral("-layout")});

// A file's bytes (fails the test when it cannot be read).
QByteArray fileBytes(const QString &path);

// The SHA-256 of a file's bytes (fails the test when it cannot be read): two equal digests, an untouched file.
QByteArray fileDigest(const QString &path);

// Runs work on a connection of its own to an SQLite file, read-only when asked, opened before and removed after (fails
// the test when the file does not open): for looking at a file as it is on disk, beside the program's connection.
void withSqliteFile(const QString &path, const std::function<void(QSqlDatabase &)> &work, bool readOnly = false);

// Overwrites the header and cell pointers of a leaf page of table in an SQLite file (the first leaf page by SQLite's
// dbstat table, or the table's root page), as a failing disk would.
void damagePageOf(const QString &path, const QString &table);

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
