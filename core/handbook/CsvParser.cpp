#include "handbook/CsvParser.h"

#include <array>

namespace parat {

namespace {

constexpr QChar kQuote = QLatin1Char('"');
constexpr QChar kCr = QLatin1Char('\r');
constexpr QChar kLf = QLatin1Char('\n');
constexpr QChar kBom = QChar(0xFEFF);

QStringView withoutBom(QStringView text)
{
    return !text.isEmpty() && text.front() == kBom ? text.mid(1) : text;
}

// Length of an Excel "sep=X" line at the start of text including its line break, or 0 when there is none.
qsizetype sepLineLength(QStringView text, QChar *separator)
{
    if (text.size() < 5 || !text.left(4).startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        return 0;
    const qsizetype end = text.size() == 5 ? 5 : 6;
    if (end == 6 && text[5] != kCr && text[5] != kLf)
        return 0;
    if (separator)
        *separator = text[4];
    if (end == 6 && text[5] == kCr && text.size() > 6 && text[6] == kLf)
        return 7;
    return end;
}

} // namespace

QChar detectCsvSeparator(QStringView text)
{
    text = withoutBom(text);
    QChar sep;
    if (sepLineLength(text, &sep) > 0)
        return sep;

    // Candidates in order of preference when counts tie: Danish Excel writes ';', Unicode text TAB.
    const std::array<QChar, 3> candidates = {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')};
    std::array<int, 3> counts = {0, 0, 0};
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == kQuote) {
            inQuotes = !inQuotes; // a doubled quote toggles twice, which is right
            continue;
        }
        if (inQuotes)
            continue;
        if (c == kCr || c == kLf)
            break;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            if (c == candidates[i])
                ++counts[i];
        }
    }
    std::size_t best = 2; // ',' when none occurs
    int bestCount = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (counts[i] > bestCount) {
            best = i;
            bestCount = counts[i];
        }
    }
    return candidates[best];
}

CsvDocument parseCsv(QStringView text)
{
    return parseCsv(text, detectCsvSeparator(text));
}

CsvDocument parseCsv(QStringView text, QChar separator)
{
    CsvDocument doc;
    doc.separator = separator;
    text = withoutBom(text);

    int line = 1;
    qsizetype i = 0;
    if (const qsizetype skip = sepLineLength(text, nullptr); skip > 0) {
        i = skip;
        line = 2;
    }

    const qsizetype n = text.size();
    CsvRecord record;
    record.line = line;
    QString field;
    bool inQuotes = false;
    bool fieldQuoted = false;
    int quoteLine = 0;

    auto endField = [&]() {
        record.fields.append(field);
        field.clear();
        fieldQuoted = false;
    };
    auto endRecord = [&]() {
        endField();
        doc.records.append(record);
        record.fields.clear();
    };

    for (; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == kQuote) {
                if (i + 1 < n && text[i + 1] == kQuote) {
                    field.append(kQuote);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == kCr || c == kLf) {
                field.append(kLf);
                if (c == kCr && i + 1 < n && text[i + 1] == kLf)
                    ++i;
                ++line;
            } else {
                field.append(c);
            }
            continue;
        }

        if (c == kQuote && !fieldQuoted && field.trimmed().isEmpty()) {
            field.clear(); // spaces before an opening quote are not part of the value
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == kCr || c == kLf) {
            if (c == kCr && i + 1 < n && text[i + 1] == kLf)
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            field.append(c);
        }
    }

    if (inQuotes) {
        doc.unterminatedQuoteLine = quoteLine;
        return doc;
    }
    // A last record without a line break at the end.
    if (!field.isEmpty() || fieldQuoted || !record.fields.isEmpty())
        endRecord();
    return doc;
}

} // namespace parat
