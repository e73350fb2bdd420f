#include "handbook/ReaderSupport.h"

#include "handbook/HandbookReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <utility>

namespace parat::handbook_reader {
namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return HandbookText::tr("a list");
    case QJsonValue::Object:
        return HandbookText::tr("an object");
    case QJsonValue::Bool:
        return HandbookText::tr("true or false");
    case QJsonValue::Double:
        return HandbookText::tr("a number");
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return HandbookText::tr("nothing");
}

QString jsonNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// A scalar JSON value as the text a CSV cell would hold; nothing for lists and objects.
std::optional<QString> jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double:
        return jsonNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return std::nullopt;
}

// 1-based line and column of a byte offset in UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype offset)
{
    int line = 1;
    int column = 1;
    offset = std::min(offset, utf8.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column; // count characters, not continuation bytes
        }
    }
    return {line, column};
}

bool readJsonHeader(const QJsonObject &root, HandbookDraft &draft, Reader &reader)
{
    const Where nowhere;
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != kFormatName) {
        reader.error(nowhere, QStringLiteral("format"),
                     HandbookText::tr("Expected \"format\": \"%1\", found %2; this is not a Parat handbook file.")
                         .arg(kFormatName, jsonTypeName(format)));
        return false;
    }
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number < 1 || number != std::floor(number)) {
        reader.error(nowhere, QStringLiteral("format_version"),
                     HandbookText::tr("Expected \"format_version\": %1, found %2.")
                         .arg(kFormatVersion)
                         .arg(version.isDouble() ? jsonNumber(number) : jsonTypeName(version)));
        return false;
    }
    if (number > kFormatVersion) {
        reader.error(nowhere, QStringLiteral("format_version"),
                     HandbookText::tr(
                         "The file has format version %1, which is newer than this version of Parat can read (up to "
                         "%2); expected format version %2. Update Parat to import it.")
                         .arg(jsonNumber(number))
                         .arg(kFormatVersion));
        return false;
    }

    const QJsonValue handbook = root.value(QStringLiteral("handbook"));
    if (handbook.isUndefined() || handbook.isNull())
        return true;
    if (!handbook.isObject()) {
        reader.error(nowhere, QStringLiteral("handbook"),
                     HandbookText::tr("Expected an object with title, version and published, found %1.")
                         .arg(jsonTypeName(handbook)));
        return true;
    }
    const QJsonObject header = handbook.toObject();
    const std::optional<QString> title = jsonText(header.value(QStringLiteral("title")));
    if (title && !title->isEmpty())
        draft.title = *title;
    draft.version = jsonText(header.value(QStringLiteral("version"))).value_or(QString());
    const QJsonValue published = header.value(QStringLiteral("published"));
    if (!published.isUndefined() && !published.isNull()) {
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = published.toString().trimmed();
        draft.published = isoDate.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!draft.published.isValid()) {
            reader.error(
                nowhere, QStringLiteral("handbook.published"),
                HandbookText::tr("Expected a date written as YYYY-MM-DD, found %1.").arg(jsonTypeName(published)));
        }
    }
    return true;
}

// The top-level object of the JSON text, or nothing after an error was added.
std::optional<QJsonObject> parseRoot(const QString &text, Reader &reader)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(utf8, parseError.offset);
        Where where;
        where.line = line;
        reader.error(
            where, QString(),
            HandbookText::tr("The file is not valid JSON: %1 at column %2; expected a handbook in Parat's JSON format.")
                .arg(parseError.errorString())
                .arg(column));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        reader.error(
            Where(), QString(),
            HandbookText::tr("Expected a JSON object with \"format\": \"%1\" at the top level.").arg(kFormatName));
        return std::nullopt;
    }
    return doc.object();
}

// The list of tasks, or nothing after an error was added (no list, or an empty one).
std::optional<QJsonArray> taskList(const QJsonObject &root, Reader &reader)
{
    const QJsonValue tasksValue = root.value(QStringLiteral("tasks"));
    if (!tasksValue.isArray()) {
        reader.error(
            Where(), QStringLiteral("tasks"),
            HandbookText::tr("Expected a list with one object per task, found %1.").arg(jsonTypeName(tasksValue)));
        return std::nullopt;
    }
    const QJsonArray tasks = tasksValue.toArray();
    if (tasks.isEmpty()) {
        reader.error(
            Where(), QStringLiteral("tasks"),
            HandbookText::tr("The file contains no tasks; expected at least one object in the list \"tasks\"."));
        return std::nullopt;
    }
    return tasks;
}

// A field's value as the text a CSV cell would hold; depends_on may be a list of keys. An error is added for a value
// that cannot be text (and the text is then empty).
QString fieldText(const QString &name, const QJsonValue &value, const Where &where, Reader &reader)
{
    std::optional<QString> text = jsonText(value);
    if (!text && name == col::dependsOn && value.isArray()) {
        QStringList keys;
        for (const QJsonValue &element : value.toArray()) {
            const std::optional<QString> keyText = jsonText(element);
            if (keyText && !element.isBool() && !element.isNull()) {
                keys.append(*keyText);
            } else {
                reader.error(
                    where, name,
                    HandbookText::tr("Expected the keys of other tasks as text, found %1.").arg(jsonTypeName(element)));
            }
        }
        text = keys.join(QLatin1Char(' '));
    }
    if (!text) {
        reader.error(where, name, HandbookText::tr("Expected text or a number, found %1.").arg(jsonTypeName(value)));
        text = QString();
    }
    return *text;
}

// The fields of task object number `index`; unknown fields are warned about once each (warnedFields), the known ones
// a task has are added to presentFields.
RawTask readTask(const QJsonObject &object, qsizetype index, Reader &reader, QSet<QString> *warnedFields,
                 QSet<QString> *presentFields)
{
    RawTask raw;
    raw.where.index = static_cast<int>(index);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key().trimmed().toLower();
        if (name == col::key)
            raw.where.key = jsonText(it.value()).value_or(QString());
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key().trimmed().toLower();
        if (!knownColumns().contains(name)) {
            if (!warnedFields->contains(name)) {
                warnedFields->insert(name);
                reader.warning(
                    raw.where, it.key(),
                    HandbookText::tr("The field %1 is not a handbook field and is ignored.").arg(quoted(it.key())));
            }
            continue;
        }
        presentFields->insert(name);
        raw.values.insert(name, fieldText(name, it.value(), raw.where, reader));
    }
    return raw;
}

} // namespace
} // namespace parat::handbook_reader

namespace parat {

using namespace handbook_reader;

HandbookDraft readHandbookJson(const QByteArray &bytes, const QString &sourceName)
{
    HandbookDraft draft = startDraft(bytes, sourceName);
    Reader reader(draft, Format::Json);
    const std::optional<QString> text = checkedText(bytes, reader);
    if (!text)
        return draft;
    if (text->trimmed().isEmpty()) {
        addEmptyFileError(reader);
        return draft;
    }
    const std::optional<QJsonObject> root = parseRoot(*text, reader);
    if (!root || !readJsonHeader(*root, draft, reader))
        return draft;
    const std::optional<QJsonArray> tasks = taskList(*root, reader);
    if (!tasks)
        return draft;

    QSet<QString> warnedFields;
    QSet<QString> presentFields;
    for (qsizetype i = 0; i < tasks->size(); ++i) {
        const QJsonValue value = tasks->at(i);
        if (!value.isObject()) {
            Where where;
            where.index = static_cast<int>(i);
            reader.error(
                where, QString(),
                HandbookText::tr("Expected an object with the task's fields, found %1.").arg(jsonTypeName(value)));
            continue;
        }
        reader.addTask(readTask(value.toObject(), i, reader, &warnedFields, &presentFields));
    }
    addAbsentColumns(draft, presentFields);
    reader.checkAcrossTasks();
    sortProblems(draft);
    return draft;
}

} // namespace parat
