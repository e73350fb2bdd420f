#pragma once

#include "domain/HandbookDraft.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace parat {

// Reading handbook files (docs/handbook-format.md). The readers never touch the database and never
// fail hard: whatever the bytes, they return a draft whose problems say, in the user's language, what
// is wrong where and what was expected. A draft with errors must not be imported; its tasks are then
// incomplete.

// Files larger than this are refused without parsing.
constexpr qint64 kMaxHandbookFileBytes = 20 * 1024 * 1024;

// Reads a CSV or JSON handbook file. JSON when the name ends in .json or the text starts with '{'
// (after a BOM and white space), CSV otherwise. sourceName is the file name.
HandbookDraft readHandbookFile(const QString &path);

// Why path cannot be read as a handbook file (it does not exist, is a folder, a device or another special
// file), in the user's language; empty when it is an ordinary file.
QString handbookFileProblem(const QString &path);

// The same for bytes already read, e.g. from a resource or a test.
HandbookDraft readHandbookBytes(const QByteArray &bytes, const QString &sourceName);
HandbookDraft readHandbookCsv(const QByteArray &bytes, const QString &sourceName);
HandbookDraft readHandbookJson(const QByteArray &bytes, const QString &sourceName);

} // namespace parat
