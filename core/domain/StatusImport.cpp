#include "domain/StatusImport.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace parat {

namespace {

// Words municipalities use for the statuses, beside Parat's own names and codes. Compared after statusWordKey().
const QHash<QString, Status> &commonWords()
{
    static const QHash<QString, Status> words = [] {
        QHash<QString, Status> w;
        const auto add = [&w](Status status, std::initializer_list<const char16_t *> list) {
            for (const char16_t *word : list)
                w.insert(QString::fromUtf16(word), status);
        };
        add(Status::NotStarted,
            {u"ikke startet", u"ikke påbegyndt", u"ikke begyndt", u"ny", u"not started", u"new", u"to do", u"todo",
             u"open"});
        add(Status::InProgress,
            {u"i gang", u"igang", u"igangsat", u"igangværende", u"påbegyndt", u"startet", u"in progress", u"started",
             u"ongoing", u"doing"});
        add(Status::Waiting, {u"afventer", u"venter", u"på hold", u"waiting", u"on hold", u"blocked"});
        add(Status::Done,
            {u"fuldført", u"færdig", u"udført", u"afsluttet", u"gennemført", u"lukket", u"ok", u"done", u"completed",
             u"complete", u"finished", u"closed"});
        add(Status::NotRelevant,
            {u"ikke relevant", u"irrelevant", u"udgår", u"not relevant", u"n/a", u"na", u"not applicable"});
        for (const Status status : allStatuses())
            w.insert(statusCode(status), status);
        return w;
    }();
    return words;
}

int column(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toInt(-1);
}

} // namespace

bool StatusColumns::operator==(const StatusColumns &other) const
{
    return key == other.key && title == other.title && status == other.status && doneOn == other.doneOn
        && note == other.note && klik == other.klik && exportedStatus == other.exportedStatus
        && exportedAt == other.exportedAt;
}

QString statusWordKey(const QString &word)
{
    return word.simplified().toLower();
}

std::optional<Status> defaultStatusWord(const QString &word)
{
    const QString key = statusWordKey(word);
    if (key.isEmpty())
        return std::nullopt;
    const auto found = commonWords().constFind(key);
    if (found != commonWords().constEnd())
        return *found;
    // The names in the language Parat runs in now.
    for (const Status status : allStatuses()) {
        if (statusWordKey(statusName(status)) == key)
            return status;
    }
    return std::nullopt;
}

std::optional<Status> StatusMapping::statusOf(const QString &word) const
{
    const QString key = statusWordKey(word);
    const auto own = words.constFind(key);
    if (own != words.constEnd())
        return statusFromCode(*own);
    return defaultStatusWord(key);
}

QByteArray StatusMapping::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("sheet"), sheet);
    object.insert(QStringLiteral("header_row"), headerRow);
    object.insert(QStringLiteral("key"), columns.key);
    object.insert(QStringLiteral("title"), columns.title);
    object.insert(QStringLiteral("status"), columns.status);
    object.insert(QStringLiteral("done_on"), columns.doneOn);
    object.insert(QStringLiteral("note"), columns.note);
    object.insert(QStringLiteral("klik"), columns.klik);
    object.insert(QStringLiteral("exported_status"), columns.exportedStatus);
    object.insert(QStringLiteral("exported_at"), columns.exportedAt);
    QJsonObject wordObject;
    for (auto it = words.constBegin(); it != words.constEnd(); ++it)
        wordObject.insert(it.key(), it.value());
    object.insert(QStringLiteral("words"), wordObject);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<StatusMapping> StatusMapping::fromJson(const QByteArray &json, const QString &name)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    StatusMapping mapping;
    mapping.name = name;
    mapping.sheet = object.value(QStringLiteral("sheet")).toString();
    mapping.headerRow = std::max(0, object.value(QStringLiteral("header_row")).toInt());
    mapping.columns.key = column(object, "key");
    mapping.columns.title = column(object, "title");
    mapping.columns.status = column(object, "status");
    mapping.columns.doneOn = column(object, "done_on");
    mapping.columns.note = column(object, "note");
    mapping.columns.klik = column(object, "klik");
    mapping.columns.exportedStatus = column(object, "exported_status");
    mapping.columns.exportedAt = column(object, "exported_at");
    const QJsonObject wordObject = object.value(QStringLiteral("words")).toObject();
    for (auto it = wordObject.constBegin(); it != wordObject.constEnd(); ++it) {
        const QString code = it.value().toString();
        if (statusFromCode(code))
            mapping.words.insert(statusWordKey(it.key()), code);
    }
    return mapping;
}

bool validStatusMappingName(const QString &name)
{
    const QString trimmed = name.trimmed();
    return !trimmed.isEmpty() && trimmed.size() <= 80;
}

int StatusImportPlan::count(StatusImportRow::Outcome outcome) const
{
    int n = 0;
    for (const StatusImportRow &row : rows)
        n += row.outcome == outcome ? 1 : 0;
    return n;
}

QList<const StatusImportRow *> StatusImportPlan::applying() const
{
    QList<const StatusImportRow *> list;
    for (const StatusImportRow &row : rows) {
        if (row.applies())
            list.append(&row);
    }
    return list;
}

} // namespace parat
