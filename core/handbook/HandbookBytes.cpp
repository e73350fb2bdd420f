#include "handbook/ReaderSupport.h"

#include "handbook/HandbookReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <utility>

namespace parat::handbook_reader {

namespace {

// Control characters in more than 1 of this many bytes mean the file is not text.
constexpr qsizetype kControlCharRatio = 20;
constexpr qsizetype kSniffBytes = 64 * 1024;

// Invalid bytes in text that is meant to be UTF-8 are listed up to this many, one error each.
constexpr qsizetype kBadBytesListed = 10;

struct BadByte
{
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters
    unsigned char byte = 0;
};

struct Utf8Scan
{
    qsizetype validMultiByte = 0; // well-formed sequences of two to four bytes
    QList<BadByte> bad;
};

// Length of the well-formed UTF-8 sequence at i (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF), or 0 when the byte at i does not start one.
int utf8SequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto at = [&bytes](qsizetype k) { return k < bytes.size() ? static_cast<unsigned char>(bytes[k]) : 0; };
    const unsigned char b = at(i);
    const auto continuation = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return continuation(at(i + 1)) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        const unsigned char c1 = at(i + 1);
        const bool ok1 = b == 0xE0 ? (c1 >= 0xA0 && c1 <= 0xBF)
            : b == 0xED            ? (c1 >= 0x80 && c1 <= 0x9F)
                                   : continuation(c1);
        return ok1 && continuation(at(i + 2)) ? 3 : 0;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        const unsigned char c1 = at(i + 1);
        const bool ok1 = b == 0xF0 ? (c1 >= 0x90 && c1 <= 0xBF)
            : b == 0xF4            ? (c1 >= 0x80 && c1 <= 0x8F)
                                   : continuation(c1);
        return ok1 && continuation(at(i + 2)) && continuation(at(i + 3)) ? 4 : 0;
    }
    return 0;
}

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = utf8SequenceLength(bytes, i);
        if (length == 0) {
            scan.bad.append({line, column, static_cast<unsigned char>(bytes[i])});
            ++column;
            ++i;
            continue;
        }
        if (length > 1)
            ++scan.validMultiByte;
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return scan;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Common start of every read: the draft names its source and digest even when the bytes are refused.
// Problems in the order of the file: whole-file ones first, then by line or task; the order of finding stays

} // namespace

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five undefined bytes map to the C1 controls, as
// browsers and ICU do. Written out because QStringDecoder knows the codec only when Qt is built with ICU.
QString decodeWindows1252(const QByteArray &bytes)
{
    static const std::array<char16_t, 32> high
        = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = byte >= 0x80 && byte < 0xA0 ? QChar(high[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype size)
{
    return bytes.size() >= size && bytes.left(size) == QByteArray(prefix, size);
}

// The file's text, or nothing after a fatal problem (binary content) was added.
std::optional<QString> decodeText(const QByteArray &bytes, Reader &reader)
{
    const Where nowhere;
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2)) {
        // Excel's "Unicode text" is UTF-16 with a BOM.
        QStringDecoder decoder(bytes[0] == '\xFF' ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decoder.decode(bytes.mid(2));
        if (!decoder.hasError() && !text.contains(QChar(0)))
            return text;
    } else if (startsWith(bytes, "PK\x03\x04", 4) || startsWith(bytes, "\xD0\xCF\x11\xE0", 4)) {
        reader.error(
            nowhere, QString(),
            HandbookText::tr(
                "The file is an Excel workbook or another packed document, not text; expected a handbook saved "
                "as CSV or JSON. In Excel, use Save As and choose CSV."));
        return std::nullopt;
    } else if (!bytes.contains('\0')) {
        const QByteArray sample = bytes.left(kSniffBytes);
        qsizetype controls = 0;
        for (const char c : sample) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && byte != 0x1A)
                ++controls;
        }
        if (controls * kControlCharRatio <= sample.size()) {
            const QByteArray body = startsWith(bytes, "\xEF\xBB\xBF", 3) ? bytes.mid(3) : bytes;
            QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            const QString text = utf8.decode(body);
            if (!utf8.hasError())
                return text;
            const Utf8Scan scan = scanUtf8(body);
            if (scan.validMultiByte > 0 && scan.validMultiByte >= scan.bad.size()) {
                // UTF-8 apart from a few bytes: a damaged or pasted-together file. Reading it as Windows-1252
                // would turn every æ, ø and å into two wrong letters, so the bad bytes are shown instead.
                // (Windows-1252 text hardly ever holds a valid UTF-8 pair, and then far fewer than its
                // invalid bytes.)
                for (qsizetype i = 0; i < scan.bad.size() && i < kBadBytesListed; ++i) {
                    const BadByte &bad = scan.bad.at(i);
                    Where where;
                    where.line = bad.line;
                    reader.error(
                        where, QString(),
                        HandbookText::tr("Column %1 holds the byte 0x%2, which is not valid UTF-8, while the rest "
                                         "of the file is UTF-8; correct the character there and save the file as "
                                         "UTF-8 again.")
                            .arg(bad.column)
                            .arg(QString::number(bad.byte, 16).toUpper().rightJustified(2, QLatin1Char('0'))));
                }
                if (scan.bad.size() > kBadBytesListed) {
                    reader.error(nowhere, QString(),
                                 HandbookText::tr("… and %n more byte(s) that are not valid UTF-8.", nullptr,
                                                  int(scan.bad.size() - kBadBytesListed)));
                }
                return std::nullopt;
            }
            // Not UTF-8 at all. Text in Windows-1252 has a few letters above 0x7F; binary data has them everywhere.
            qsizetype high = 0;
            for (const char c : sample) {
                if (static_cast<unsigned char>(c) >= 0x80)
                    ++high;
            }
            if (high * 10 <= sample.size() * 3) {
                reader.warning(
                    nowhere, QString(),
                    HandbookText::tr(
                        "The file is not valid UTF-8 and was read as Windows-1252, the encoding Excel's plain "
                        "\"CSV\" format uses on Danish PCs. Check that æ, ø and å look right; saving as "
                        "\"CSV UTF-8\" avoids this."));
                return decodeWindows1252(body);
            }
        }
    }
    reader.error(
        nowhere, QString(),
        HandbookText::tr("The file contains binary data, not text; expected a handbook saved as CSV or JSON."));
    return std::nullopt;
}

// within a line.
void sortProblems(HandbookDraft &draft)
{
    std::stable_sort(draft.problems.begin(), draft.problems.end(), [](const ImportProblem &a, const ImportProblem &b) {
        return std::pair(a.line, a.index) < std::pair(b.line, b.index);
    });
}

HandbookDraft startDraft(const QByteArray &bytes, const QString &sourceName)
{
    HandbookDraft draft;
    draft.sourceName = sourceName;
    draft.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    draft.title = QFileInfo(sourceName).completeBaseName();
    return draft;
}

bool checkSize(qint64 size, Reader &reader)
{
    if (size <= kMaxHandbookFileBytes)
        return true;
    reader.error(Where(), QString(),
                 HandbookText::tr("The file is %1 MB; expected a handbook file of at most %2 MB.")
                     .arg(megabytes(size), megabytes(kMaxHandbookFileBytes)));
    return false;
}

void addEmptyFileError(Reader &reader)
{
    reader.error(Where(), QString(),
                 HandbookText::tr(
                     "The file is empty; expected a header line with the column names followed by one line per task."));
}

std::optional<QString> checkedText(const QByteArray &bytes, Reader &reader)
{
    if (!checkSize(bytes.size(), reader))
        return std::nullopt;
    return decodeText(bytes, reader);
}

void addAbsentColumns(HandbookDraft &draft, const QSet<QString> &present)
{
    for (const QString &name : knownColumns()) {
        if (!present.contains(name) && !requiredColumns().contains(name))
            draft.absentColumns.append(name);
    }
}

} // namespace parat::handbook_reader

namespace parat {

using namespace handbook_reader;

HandbookDraft readHandbookBytes(const QByteArray &bytes, const QString &sourceName)
{
    qsizetype i = startsWith(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    if (i < bytes.size() && bytes[i] == '{')
        return readHandbookJson(bytes, sourceName);
    return readHandbookCsv(bytes, sourceName);
}

QString handbookFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return HandbookText::tr("The file %1 does not exist.").arg(quoted(path));
    if (info.isDir())
        return HandbookText::tr("%1 is a folder; expected a handbook file.").arg(quoted(path));
    // Devices and pipes have no end (/dev/zero) or block the reader; only ordinary files are handbooks.
    if (!info.isFile())
        return HandbookText::tr(
                   "%1 is a device or another special file, not an ordinary file; expected a handbook file "
                   "(CSV or JSON).")
            .arg(quoted(path));
    return QString();
}

HandbookDraft readHandbookFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    HandbookDraft draft = startDraft(QByteArray(), name);
    draft.sha256.clear();
    Reader reader(draft, Format::Csv);
    if (const QString problem = handbookFileProblem(path); !problem.isEmpty()) {
        reader.error(Where(), QString(), problem);
        return draft;
    }
    if (!checkSize(info.size(), reader))
        return draft;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reader.error(Where(), QString(),
                     HandbookText::tr("The file %1 could not be opened: %2").arg(quoted(path), file.errorString()));
        return draft;
    }
    // Read one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(kMaxHandbookFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        reader.error(Where(), QString(),
                     HandbookText::tr("The file %1 could not be read: %2").arg(quoted(path), file.errorString()));
        return draft;
    }
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return readHandbookJson(bytes, name);
    return readHandbookBytes(bytes, name);
}

} // namespace parat
