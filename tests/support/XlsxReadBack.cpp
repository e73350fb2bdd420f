#include "XlsxReadBack.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace parat::test {

namespace {

bool readEntry(zip_t *archive, const char *name, QByteArray *bytes)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name, 0, &stat) != 0)
        return false;
    zip_file_t *file = zip_fopen(archive, name, 0);
    if (!file)
        return false;
    bytes->resize(qsizetype(stat.size));
    const zip_int64_t read = zip_fread(file, bytes->data(), stat.size);
    zip_fclose(file);
    return read == zip_int64_t(stat.size);
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("t") && inItem) {
            current += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("si")) {
            strings << current;
            inItem = false;
        }
    }
    return strings;
}

// The number format code of each cell style (cellXfs), in order.
QStringList styleFormats(const QByteArray &xml)
{
    static const QHash<int, QString> builtIn = {{0, QStringLiteral("General")},
                                                {1, QStringLiteral("0")},
                                                {2, QStringLiteral("0.00")},
                                                {14, QStringLiteral("mm-dd-yy")}};
    QHash<int, QString> custom;
    QStringList formats;
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
            formats << custom.value(id, builtIn.value(id, QStringLiteral("#%1").arg(id)));
        }
    }
    return formats;
}

int rowOf(const QString &ref)
{
    static const QRegularExpression digits(QStringLiteral("(\\d+)$"));
    return digits.match(ref).captured(1).toInt();
}

XlsxSheet readSheet(const QByteArray &xml, const QStringList &strings, const QStringList &formats)
{
    XlsxSheet sheet;
    QXmlStreamReader reader(xml);
    QString ref;
    XlsxCell cell;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            if (reader.isEndElement() && reader.name() == QLatin1String("c")) {
                sheet.cells.insert(ref, cell);
                sheet.rows = std::max(sheet.rows, rowOf(ref));
            }
            continue;
        }
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("pane") && a.value(QLatin1String("state")) == QLatin1String("frozen")) {
            sheet.frozenRows = int(a.value(QLatin1String("ySplit")).toDouble());
            sheet.frozenColumns = int(a.value(QLatin1String("xSplit")).toDouble());
        } else if (reader.name() == QLatin1String("autoFilter")) {
            sheet.autoFilter = a.value(QLatin1String("ref")).toString();
        } else if (reader.name() == QLatin1String("col")) {
            const int from = a.value(QLatin1String("min")).toInt();
            const int to = a.value(QLatin1String("max")).toInt();
            for (int c = from; c <= to; ++c)
                sheet.widths.insert(c, a.value(QLatin1String("width")).toDouble());
        } else if (reader.name() == QLatin1String("c")) {
            ref = a.value(QLatin1String("r")).toString();
            cell = XlsxCell();
            cell.type
                = a.hasAttribute(QLatin1String("t")) ? a.value(QLatin1String("t")).toString() : QStringLiteral("n");
            const int style = a.value(QLatin1String("s")).toInt();
            if (style >= 0 && style < formats.size())
                cell.format = formats.at(style);
        } else if (reader.name() == QLatin1String("v")) {
            const QString text = reader.readElementText();
            cell.value = cell.type == QLatin1String("s") ? strings.value(text.toInt()) : text;
        } else if (reader.name() == QLatin1String("t")) { // inline string
            cell.value += reader.readElementText();
        }
    }
    return sheet;
}

} // namespace

bool XlsxCell::isDate() const
{
    const QString f = format.toLower();
    return isNumber() && f.contains(QLatin1Char('d')) && f.contains(QLatin1Char('m')) && f.contains(QLatin1Char('y'));
}

QDate XlsxCell::date() const
{
    return QDate(1899, 12, 30).addDays(qint64(number()));
}

QString cellRef(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

bool readXlsx(const QString &path, QList<XlsxSheet> *sheets, QString *error)
{
    int code = 0;
    std::unique_ptr<zip_t, int (*)(zip_t *)> archive(zip_open(path.toLocal8Bit().constData(), ZIP_RDONLY, &code),
                                                     zip_close);
    if (!archive) {
        *error = QStringLiteral("not a zip file (libzip error %1)").arg(code);
        return false;
    }
    QByteArray workbook, strings, styles;
    if (!readEntry(archive.get(), "xl/workbook.xml", &workbook)) {
        *error = QStringLiteral("no xl/workbook.xml");
        return false;
    }
    readEntry(archive.get(), "xl/sharedStrings.xml", &strings);
    readEntry(archive.get(), "xl/styles.xml", &styles);
    const QStringList stringList = sharedStrings(strings);
    const QStringList formats = styleFormats(styles);
    QStringList names;
    QXmlStreamReader reader(workbook);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("sheet"))
            names << reader.attributes().value(QLatin1String("name")).toString();
    }
    sheets->clear();
    for (int i = 0; i < names.size(); ++i) {
        QByteArray xml;
        const QByteArray part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1).toLatin1();
        if (!readEntry(archive.get(), part.constData(), &xml)) {
            *error = QStringLiteral("no %1").arg(QString::fromLatin1(part));
            return false;
        }
        XlsxSheet sheet = readSheet(xml, stringList, formats);
        sheet.name = names.at(i);
        sheets->append(sheet);
    }
    return true;
}

} // namespace parat::test
