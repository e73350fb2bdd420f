#include "handbook/SpreadsheetReader.h"

#include "handbook/CsvParser.h"
#include "handbook/ReaderSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <memory>

namespace parat {

namespace {

// Excel's own limits; a reference beyond them is damage, not data.
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
// An .xlsx part may unpack to at most this many times the file, and never to more than kMaxPartBytes: spreadsheet
// XML packs 10-20 times, a zip bomb thousands of times.
constexpr qint64 kMaxUnpackRatio = 100;
constexpr qint64 kMinPartLimit = 16 * 1024 * 1024;
constexpr qint64 kMaxPartBytes = 512 * 1024 * 1024;

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ZipCloser>;

// One part of the package; false with *error when it is missing (and required) or cannot be read.
bool readPart(zip_t *archive, const QString &name, qint64 limit, QByteArray *bytes, bool *missing, QString *error)
{
    const QByteArray path = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    *missing = false;
    if (zip_stat(archive, path.constData(), 0, &stat) != 0) {
        *missing = true;
        return false;
    }
    if ((stat.valid & ZIP_STAT_SIZE) == 0 || qint64(stat.size) > limit) {
        *error = SpreadsheetReaderText::tr("The part %1 of the workbook is too large to read.").arg(name);
        return false;
    }
    zip_file_t *file = zip_fopen(archive, path.constData(), 0);
    if (!file) {
        *error = SpreadsheetReaderText::tr("The part %1 of the workbook cannot be unpacked: %2")
                     .arg(name, QString::fromUtf8(zip_strerror(archive)));
        return false;
    }
    bytes->resize(qsizetype(stat.size));
    const zip_int64_t read = zip_fread(file, bytes->data(), stat.size);
    zip_fclose(file);
    if (read != zip_int64_t(stat.size)) {
        *error = SpreadsheetReaderText::tr("The part %1 of the workbook is damaged (it cannot be unpacked in full).")
                     .arg(name);
        return false;
    }
    return true;
}

QString xmlProblem(const QString &part, const QXmlStreamReader &reader)
{
    return SpreadsheetReaderText::tr("The part %1 of the workbook is damaged at line %2: %3")
        .arg(part)
        .arg(reader.lineNumber())
        .arg(reader.errorString());
}

// "xl/worksheets/sheet1.xml" from a relationship target, relative to xl/ or absolute.
QString partPath(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    while (path.contains(QLatin1String("/../"))) {
        const int up = int(path.indexOf(QLatin1String("/../")));
        const int parent = int(path.lastIndexOf(QLatin1Char('/'), up - 1));
        path = path.left(parent + 1) + path.mid(up + 4);
    }
    return path;
}

QStringList readSharedStrings(const QByteArray &xml, const QString &part, QString *error)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    int depthInPhonetic = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("si"))
                current.clear();
            else if (reader.name() == QLatin1String("rPh"))
                ++depthInPhonetic;
            else if (reader.name() == QLatin1String("t") && depthInPhonetic == 0)
                current += reader.readElementText();
        } else if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("si"))
                strings.append(current);
            else if (reader.name() == QLatin1String("rPh"))
                --depthInPhonetic;
        }
    }
    if (reader.hasError())
        *error = xmlProblem(part, reader);
    return strings;
}

// Whether a number format code shows a date: d, m or y outside quotes, brackets and escapes (h and s alone are
// times, shown as numbers here).
bool isDateFormat(const QString &code)
{
    bool inQuote = false;
    bool inBracket = false;
    bool date = false;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (inQuote) {
            inQuote = c != QLatin1Char('"');
        } else if (inBracket) {
            inBracket = c != QLatin1Char(']');
        } else if (c == QLatin1Char('"')) {
            inQuote = true;
        } else if (c == QLatin1Char('[')) {
            inBracket = true;
        } else if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('d') || c == QLatin1Char('m') || c == QLatin1Char('y')) {
            date = true;
        }
    }
    return date;
}

bool isBuiltInDate(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// For each cell style (cellXfs, in order): whether it shows a date.
QList<bool> readDateStyles(const QByteArray &xml, const QString &part, QString *error)
{
    QHash<int, QString> custom;
    QList<bool> styles;
    QXmlStreamReader reader(xml);
    bool inCellXfs = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("numFmt")) {
            custom.insert(reader.attributes().value(QLatin1String("numFmtId")).toInt(),
                          reader.attributes().value(QLatin1String("formatCode")).toString());
        } else if (reader.isStartElement() && reader.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (reader.isEndElement() && reader.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && reader.isStartElement() && reader.name() == QLatin1String("xf")) {
            const int id = reader.attributes().value(QLatin1String("numFmtId")).toInt();
            styles.append(custom.contains(id) ? isDateFormat(custom.value(id)) : isBuiltInDate(id));
        }
    }
    if (reader.hasError())
        *error = xmlProblem(part, reader);
    return styles;
}

// "B12" to a 0-based row and column; false when it is not a cell reference within Excel's limits.
bool parseReference(QStringView ref, int *row, int *column)
{
    int i = 0;
    int col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (col > kMaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > kMaxRows)
        return false;
    *row = r - 1;
    *column = col - 1;
    return true;
}

struct SheetContext
{
    const QStringList &strings;
    const QList<bool> &dateStyles;
    bool system1904 = false;
};

// The cell from its type attribute (t), style (s) and the text of <v> or the inline string; false with *problem
// when the value does not fit its type.
bool makeCell(const QString &type, int style, const QString &value, const SheetContext &context, SpreadsheetCell *cell,
              QString *problem)
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= context.strings.size()) {
            *problem = SpreadsheetReaderText::tr("the shared text number %1 does not exist").arg(value);
            return false;
        }
        cell->kind = SpreadsheetCell::Kind::Text;
        cell->text = context.strings.at(index);
    } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") || type == QLatin1String("e")) {
        cell->kind = value.isEmpty() ? SpreadsheetCell::Kind::Empty : SpreadsheetCell::Kind::Text;
        cell->text = value;
    } else if (type == QLatin1String("b")) {
        cell->kind = SpreadsheetCell::Kind::Boolean;
        cell->number = value.trimmed() == QLatin1String("1") ? 1.0 : 0.0;
        cell->text = cell->number != 0.0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == QLatin1String("n") || type == QLatin1String("d")) {
        if (value.trimmed().isEmpty())
            return true;
        if (type == QLatin1String("d")) { // ISO 8601 date cell (strict Open XML)
            cell->date = QDate::fromString(value.trimmed().left(10), Qt::ISODate);
            if (!cell->date.isValid()) {
                *problem = SpreadsheetReaderText::tr("the date \"%1\" is not a date").arg(value);
                return false;
            }
            cell->kind = SpreadsheetCell::Kind::Date;
            return true;
        }
        bool ok = false;
        cell->number = value.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(cell->number)) {
            *problem = SpreadsheetReaderText::tr("the number \"%1\" is not a number").arg(value);
            return false;
        }
        cell->kind = SpreadsheetCell::Kind::Number;
        if (style >= 0 && style < context.dateStyles.size() && context.dateStyles.at(style)) {
            cell->date = spreadsheetSerialDate(cell->number, context.system1904);
            if (!cell->date.isValid()) {
                *problem = SpreadsheetReaderText::tr("the date number %1 is outside the calendar").arg(value);
                return false;
            }
            cell->kind = SpreadsheetCell::Kind::Date;
        }
    } else {
        *problem = SpreadsheetReaderText::tr("the cell type \"%1\" is unknown").arg(type);
        return false;
    }
    return true;
}

bool readSheet(const QByteArray &xml, const SheetContext &context, SpreadsheetSheet *sheet, QString *error)
{
    QXmlStreamReader reader(xml);
    int row = -1;
    int column = -1;
    QString type;
    int style = 0;
    QString value;
    bool inCell = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            const QXmlStreamAttributes a = reader.attributes();
            if (name == QLatin1String("row")) {
                bool ok = true;
                const int r = a.hasAttribute(QLatin1String("r")) ? a.value(QLatin1String("r")).toInt(&ok) : row + 2;
                if (!ok || r < 1 || r > kMaxRows) {
                    *error
                        = SpreadsheetReaderText::tr("Sheet \"%1\": the row number \"%2\" is not valid (after row %3).")
                              .arg(sheet->name, a.value(QLatin1String("r")).toString())
                              .arg(row + 1);
                    return false;
                }
                row = r - 1;
                column = -1;
            } else if (name == QLatin1String("c")) {
                inCell = true;
                value.clear();
                type
                    = a.hasAttribute(QLatin1String("t")) ? a.value(QLatin1String("t")).toString() : QStringLiteral("n");
                style = a.value(QLatin1String("s")).toInt();
                if (a.hasAttribute(QLatin1String("r"))) {
                    int r = 0;
                    if (!parseReference(a.value(QLatin1String("r")), &r, &column)) {
                        *error
                            = SpreadsheetReaderText::tr("Sheet \"%1\", row %2: the cell reference \"%3\" is not valid.")
                                  .arg(sheet->name)
                                  .arg(row + 1)
                                  .arg(a.value(QLatin1String("r")).toString());
                        return false;
                    }
                    row = r;
                } else {
                    ++column;
                }
            } else if (inCell && (name == QLatin1String("v") || name == QLatin1String("t"))) {
                value += reader.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("c") && inCell) {
            inCell = false;
            if (row < 0 || column < 0)
                continue;
            SpreadsheetCell cell;
            QString problem;
            if (!makeCell(type, style, value, context, &cell, &problem)) {
                *error = SpreadsheetReaderText::tr("%1: %2.").arg(spreadsheetPlace(sheet->name, row, column), problem);
                return false;
            }
            if (cell.kind == SpreadsheetCell::Kind::Empty)
                continue;
            while (sheet->rows.size() <= row)
                sheet->rows.append(QList<SpreadsheetCell>());
            QList<SpreadsheetCell> &cells = sheet->rows[row];
            while (cells.size() <= column)
                cells.append(SpreadsheetCell());
            cells[column] = cell;
        }
    }
    if (reader.hasError()) {
        *error = SpreadsheetReaderText::tr("Sheet \"%1\" is damaged at line %2 of its part: %3")
                     .arg(sheet->name)
                     .arg(reader.lineNumber())
                     .arg(reader.errorString());
        return false;
    }
    return true;
}

struct SheetEntry
{
    QString name;
    QString relation;
};

// What xl/workbook.xml and its relationships say: the sheets, the date system and the parts to read.
struct Workbook
{
    QList<SheetEntry> entries;
    bool system1904 = false;
    QHash<QString, QString> targets; // relation id -> part
    QString stringsPart = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPart = QStringLiteral("xl/styles.xml");
};

// The sheets and the date system of xl/workbook.xml; returns the error, or empty.
QString readSheetList(const QByteArray &xml, Workbook *workbook)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("sheet")) {
            SheetEntry entry;
            entry.name = a.value(QLatin1String("name")).toString();
            for (const QXmlStreamAttribute &attribute : a) {
                if (attribute.name() == QLatin1String("id"))
                    entry.relation = attribute.value().toString();
            }
            workbook->entries.append(entry);
        } else if (reader.name() == QLatin1String("workbookPr")) {
            const QStringView value = a.value(QLatin1String("date1904"));
            workbook->system1904 = value == QLatin1String("1") || value == QLatin1String("true");
        }
    }
    return reader.hasError() ? xmlProblem(QStringLiteral("xl/workbook.xml"), reader) : QString();
}

// Relationships name each sheet's part, and the shared strings and styles; returns the error, or empty.
QString readRelationships(const QByteArray &xml, Workbook *workbook)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        const QString target = partPath(a.value(QLatin1String("Target")).toString());
        const QStringView kind = a.value(QLatin1String("Type"));
        workbook->targets.insert(a.value(QLatin1String("Id")).toString(), target);
        if (kind.endsWith(QLatin1String("/sharedStrings")))
            workbook->stringsPart = target;
        else if (kind.endsWith(QLatin1String("/styles")))
            workbook->stylesPart = target;
    }
    return reader.hasError() ? xmlProblem(QStringLiteral("xl/_rels/workbook.xml.rels"), reader) : QString();
}

// A part the workbook may leave out: false with *error when it is there but cannot be read; *present says whether
// it was read into xml.
bool readOptionalPart(zip_t *archive, const QString &name, qint64 limit, QByteArray *xml, bool *present, QString *error)
{
    bool missing = false;
    *present = readPart(archive, name, limit, xml, &missing, error);
    return *present || missing;
}

// The workbook's sheets with cells, in its order; returns the error, or empty. A chart sheet or a dialog sheet has
// no cells and is left out; a missing worksheet part is damage.
QString readSheets(zip_t *archive, const Workbook &workbook, const SheetContext &context, qint64 limit,
                   QList<SpreadsheetSheet> *sheets)
{
    QString error;
    bool missing = false;
    QByteArray xml;
    for (int i = 0; i < workbook.entries.size(); ++i) {
        const SheetEntry &entry = workbook.entries.at(i);
        const QString part
            = workbook.targets.value(entry.relation, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1));
        SpreadsheetSheet sheet;
        sheet.name = entry.name;
        if (!readPart(archive, part, limit, &xml, &missing, &error)) {
            if (!missing)
                return error;
            if (part.contains(QLatin1String("worksheets/")))
                return SpreadsheetReaderText::tr("Sheet \"%1\" is missing from the workbook (%2).")
                    .arg(entry.name, part);
            continue;
        }
        if (!readSheet(xml, context, &sheet, &error))
            return error;
        sheets->append(sheet);
    }
    return QString();
}

SpreadsheetBook fail(SpreadsheetBook book, const QString &error)
{
    book.sheets.clear();
    book.error = error;
    return book;
}

} // namespace

QString SpreadsheetCell::display() const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
    case Kind::Boolean:
        return text;
    case Kind::Date:
        return date.toString(Qt::ISODate);
    case Kind::Number:
        break;
    }
    return QString::number(number, 'g', 15);
}

int SpreadsheetSheet::columnCount() const
{
    int widest = 0;
    for (const QList<SpreadsheetCell> &row : rows)
        widest = std::max(widest, int(row.size()));
    return widest;
}

SpreadsheetCell SpreadsheetSheet::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return {};
    return rows.at(row).at(column);
}

const SpreadsheetSheet *SpreadsheetBook::sheet(const QString &name) const
{
    for (const SpreadsheetSheet &s : sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString spreadsheetColumnName(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
    return letters;
}

QString spreadsheetPlace(const QString &sheet, int row, int column)
{
    if (column < 0)
        return SpreadsheetReaderText::tr("Sheet \"%1\", row %2").arg(sheet).arg(row + 1);
    return SpreadsheetReaderText::tr("Sheet \"%1\", row %2, column %3")
        .arg(sheet)
        .arg(row + 1)
        .arg(spreadsheetColumnName(column));
}

QDate spreadsheetSerialDate(double serial, bool system1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) // 9999-12-31
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (system1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 0)
        return {}; // "0 January 1900": a time without a date
    // Excel counts 29 February 1900, a day that never was: serials from 61 on are one day ahead.
    return days < 61 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

SpreadsheetBook readXlsxBytes(const QByteArray &bytes, const QString &sourceName)
{
    SpreadsheetBook book;
    book.sourceName = sourceName;
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zipError);
    Archive archive(source ? zip_open_from_source(source, ZIP_RDONLY, &zipError) : nullptr);
    if (!archive) {
        const QString reason = QString::fromUtf8(zip_error_strerror(&zipError));
        if (source)
            zip_source_free(source);
        zip_error_fini(&zipError);
        return fail(
            book, SpreadsheetReaderText::tr("%1 is not a readable Excel workbook (.xlsx): %2").arg(sourceName, reason));
    }
    zip_error_fini(&zipError);
    const qint64 limit = std::min(std::max<qint64>(bytes.size() * kMaxUnpackRatio, kMinPartLimit), kMaxPartBytes);

    QString error;
    bool missing = false;
    QByteArray xml;
    if (!readPart(archive.get(), QStringLiteral("xl/workbook.xml"), limit, &xml, &missing, &error)) {
        return fail(book,
                    missing ? SpreadsheetReaderText::tr("%1 is not an Excel workbook: it has no list of sheets "
                                                        "(xl/workbook.xml).")
                                  .arg(sourceName)
                            : error);
    }
    Workbook workbook;
    error = readSheetList(xml, &workbook);
    if (!error.isEmpty())
        return fail(book, error);
    bool present = false;
    if (!readOptionalPart(archive.get(), QStringLiteral("xl/_rels/workbook.xml.rels"), limit, &xml, &present, &error))
        return fail(book, error);
    if (present) {
        error = readRelationships(xml, &workbook);
        if (!error.isEmpty())
            return fail(book, error);
    }

    QStringList strings;
    if (!readOptionalPart(archive.get(), workbook.stringsPart, limit, &xml, &present, &error))
        return fail(book, error);
    if (present) {
        strings = readSharedStrings(xml, workbook.stringsPart, &error);
        if (!error.isEmpty())
            return fail(book, error);
    }
    QList<bool> dateStyles;
    if (!readOptionalPart(archive.get(), workbook.stylesPart, limit, &xml, &present, &error))
        return fail(book, error);
    if (present) {
        dateStyles = readDateStyles(xml, workbook.stylesPart, &error);
        if (!error.isEmpty())
            return fail(book, error);
    }

    const SheetContext context {strings, dateStyles, workbook.system1904};
    error = readSheets(archive.get(), workbook, context, limit, &book.sheets);
    if (!error.isEmpty())
        return fail(book, error);
    if (book.sheets.isEmpty())
        return fail(book, SpreadsheetReaderText::tr("%1 holds no sheets with cells.").arg(sourceName));
    return book;
}

SpreadsheetBook readCsvBytes(const QByteArray &bytes, const QString &sourceName)
{
    SpreadsheetBook book;
    book.sourceName = sourceName;
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(body);
    if (utf8.hasError())
        text = handbook_reader::decodeWindows1252(body);
    if (text.contains(QChar(0)))
        return fail(book,
                    SpreadsheetReaderText::tr("%1 is not a text file (CSV) and not an Excel workbook (.xlsx).")
                        .arg(sourceName));
    const CsvDocument csv = parseCsv(text);
    SpreadsheetSheet sheet;
    sheet.name = QFileInfo(sourceName).completeBaseName();
    if (!csv.ok()) {
        return fail(book,
                    SpreadsheetReaderText::tr("Sheet \"%1\", row %2: a quote opens a field that never closes.")
                        .arg(sheet.name)
                        .arg(csv.unterminatedQuoteLine));
    }
    for (const CsvRecord &record : csv.records) {
        QList<SpreadsheetCell> cells;
        for (const QString &field : record.fields) {
            SpreadsheetCell cell;
            if (!field.trimmed().isEmpty()) {
                cell.kind = SpreadsheetCell::Kind::Text;
                cell.text = field;
            }
            cells.append(cell);
        }
        while (!cells.isEmpty() && cells.constLast().kind == SpreadsheetCell::Kind::Empty)
            cells.removeLast();
        sheet.rows.append(cells);
    }
    book.sheets.append(sheet);
    return book;
}

SpreadsheetBook readSpreadsheetFile(const QString &path)
{
    SpreadsheetBook book;
    book.sourceName = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.exists())
        return fail(book, SpreadsheetReaderText::tr("The file %1 does not exist.").arg(path));
    if (!info.isFile())
        return fail(book, SpreadsheetReaderText::tr("%1 is not a file.").arg(path));
    if (info.size() > kMaxSpreadsheetFileBytes)
        return fail(book,
                    SpreadsheetReaderText::tr("%1 is too large to be a status sheet (more than %2 MB).")
                        .arg(book.sourceName)
                        .arg(kMaxSpreadsheetFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(book, SpreadsheetReaderText::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxSpreadsheetFileBytes + 1);
    if (bytes.startsWith("PK\x03\x04") || info.suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return readXlsxBytes(bytes, book.sourceName);
    return readCsvBytes(bytes, book.sourceName);
}

} // namespace parat
