#include "handbook/ReaderSupport.h"

#include "handbook/CsvParser.h"
#include "handbook/HandbookReader.h"

namespace parat {

using namespace handbook_reader;

namespace {

bool isBlank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

// The header's columns: known ones by index, unnamed ones to check for values.
struct CsvHeader
{
    Where where;
    QHash<QString, qsizetype> columnIndex;
    QList<qsizetype> unnamed;
    qsizetype width = 0;
};

// The header: known columns by index; unknown ones are warned about and ignored, missing required ones are errors.
CsvHeader readHeader(const CsvRecord &record, HandbookDraft &draft, Reader &reader)
{
    CsvHeader header;
    header.where.line = record.line;
    header.width = record.fields.size();
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString original = record.fields[i].trimmed().remove(QChar(0xFEFF));
        const QString name = original.toLower();
        if (name.isEmpty()) {
            header.unnamed.append(i);
        } else if (!knownColumns().contains(name)) {
            reader.warning(
                header.where, original,
                HandbookText::tr("The column %1 is not a handbook column and is ignored.").arg(quoted(original)));
        } else if (header.columnIndex.contains(name)) {
            reader.error(header.where, name,
                         HandbookText::tr(
                             "The column %1 appears more than once in the header (columns %2 and %3); expected each "
                             "column once.")
                             .arg(quoted(name))
                             .arg(header.columnIndex.value(name) + 1)
                             .arg(i + 1));
        } else {
            header.columnIndex.insert(name, i);
        }
    }
    QSet<QString> absent;
    for (const QString &name : requiredColumns()) {
        if (!header.columnIndex.contains(name)) {
            absent.insert(name);
            reader.error(
                header.where, name,
                HandbookText::tr("The required column %1 is missing; expected a header with at least the columns key, "
                                 "phase, title_da and due_offset_weeks.")
                    .arg(quoted(name)));
        }
    }
    reader.setAbsentColumns(absent);
    const QList<QString> present = header.columnIndex.keys();
    addAbsentColumns(draft, QSet<QString>(present.cbegin(), present.cend()));
    return header;
}

// One line's values by column; unnamed columns with a value go to unnamedWithData.
RawTask readTask(const CsvRecord &record, const CsvHeader &header, QChar separator, Reader &reader,
                 QSet<qsizetype> *unnamedWithData)
{
    RawTask raw;
    raw.where.line = record.line;
    for (auto it = header.columnIndex.cbegin(); it != header.columnIndex.cend(); ++it)
        raw.values.insert(it.key(),
                          it.value() < record.fields.size() ? record.fields[it.value()].trimmed() : QString());
    raw.where.key = raw.value(col::key);
    for (qsizetype i : header.unnamed) {
        if (i < record.fields.size() && !record.fields[i].trimmed().isEmpty())
            unnamedWithData->insert(i);
    }
    // Extra empty cells are harmless (spreadsheets write them); extra values mean the columns are shifted.
    for (qsizetype i = header.width; i < record.fields.size(); ++i) {
        if (!record.fields[i].trimmed().isEmpty()) {
            reader.error(
                raw.where, QString(),
                HandbookText::tr("The line has %1 values but the header has %2 columns; expected at most %2 values. Is "
                                 "there a separator (%3) in a value that is not in quotes?")
                    .arg(record.fields.size())
                    .arg(header.width)
                    .arg(separator == QLatin1Char('\t') ? HandbookText::tr("tab") : quoted(separator)));
            break;
        }
    }
    return raw;
}

} // namespace

HandbookDraft readHandbookCsv(const QByteArray &bytes, const QString &sourceName)
{
    HandbookDraft draft = startDraft(bytes, sourceName);
    Reader reader(draft, Format::Csv);
    const std::optional<QString> text = checkedText(bytes, reader);
    if (!text)
        return draft;

    const CsvDocument doc = parseCsv(*text);
    if (!doc.ok()) {
        Where where;
        where.line = doc.unterminatedQuoteLine;
        reader.error(
            where, QString(),
            HandbookText::tr(
                "A quoted value starts on this line but its closing quote is missing; expected a \" at the end "
                "of the value (a \" inside a value is written as \"\")."));
        return draft;
    }
    qsizetype next = 0;
    while (next < doc.records.size() && isBlank(doc.records[next]))
        ++next;
    if (next == doc.records.size()) {
        addEmptyFileError(reader);
        return draft;
    }
    const CsvHeader header = readHeader(doc.records[next++], draft, reader);

    QSet<qsizetype> unnamedWithData;
    bool anyTask = false;
    for (; next < doc.records.size(); ++next) {
        const CsvRecord &record = doc.records[next];
        if (isBlank(record))
            continue; // blank lines and rows Excel writes as ";;;;" are not tasks
        anyTask = true;
        reader.addTask(readTask(record, header, doc.separator, reader, &unnamedWithData));
    }
    for (qsizetype i : unnamedWithData) {
        reader.warning(header.where, QString(),
                       HandbookText::tr("Column %1 has values but no name in the header; it is ignored.").arg(i + 1));
    }
    if (!anyTask) {
        reader.error(
            Where(), QString(),
            HandbookText::tr("The file has a header but no tasks; expected one line per task below the header."));
        sortProblems(draft);
        return draft;
    }
    reader.checkAcrossTasks();
    sortProblems(draft);
    return draft;
}

} // namespace parat
