#include "handbook/ReaderSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

// Bytes to text: size limits, binary content, UTF-8 or Windows-1252.

namespace parat::readerdetail {

// ---- Bytes to text ------------------------------------------------------------------------------------------

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
            Tr::tr("The file is an Excel workbook or another packed document, not text; expected a handbook saved "
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
            // Not UTF-8. Text in Windows-1252 has a few letters above 0x7F; binary data has them everywhere.
            qsizetype high = 0;
            for (const char c : sample) {
                if (static_cast<unsigned char>(c) >= 0x80)
                    ++high;
            }
            if (high * 10 <= sample.size() * 3) {
                reader.warning(
                    nowhere, QString(),
                    Tr::tr("The file is not valid UTF-8 and was read as Windows-1252, the encoding Excel's plain "
                           "\"CSV\" format uses on Danish PCs. Check that æ, ø and å look right; saving as "
                           "\"CSV UTF-8\" avoids this."));
                return decodeWindows1252(body);
            }
        }
    }
    reader.error(nowhere, QString(),
                 Tr::tr("The file contains binary data, not text; expected a handbook saved as CSV or JSON."));
    return std::nullopt;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Common start of every read: the draft names its source and digest even when the bytes are refused.
// Problems in the order of the file: whole-file ones first, then by line or task; the order of finding stays
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
                 Tr::tr("The file is %1 MB; expected a handbook file of at most %2 MB.")
                     .arg(megabytes(size), megabytes(kMaxHandbookFileBytes)));
    return false;
}

void addEmptyFileError(Reader &reader)
{
    reader.error(
        Where(), QString(),
        Tr::tr("The file is empty; expected a header line with the column names followed by one line per task."));
}

} // namespace parat::readerdetail
