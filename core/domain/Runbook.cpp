#include "Runbook.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace parat {

namespace {

const QChar kMinusSign(0x2212);

} // namespace

bool validateRunbookStep(RunbookStep *step, QString *error)
{
    RunbookStep candidate = *step;
    candidate.title = candidate.title.trimmed();
    candidate.owner = candidate.owner.trimmed();
    candidate.contact = candidate.contact.trimmed();
    candidate.note = candidate.note.trimmed();
    if (candidate.title.isEmpty()) {
        *error = RunbookText::tr("A step needs a title.");
        return false;
    }
    const int earliest = -kRunbookDaysBefore * kMinutesPerDay;
    const int latest = (kRunbookDaysAfter + 1) * kMinutesPerDay - 1;
    if (candidate.startMinutes < earliest || candidate.startMinutes > latest) {
        *error = RunbookText::tr("The step \"%1\" starts at %2; a runbook reaches from T−%3d 00:00 to T+%4d 23:59.")
                     .arg(candidate.title, formatRelativeStart(candidate.startMinutes))
                     .arg(kRunbookDaysBefore)
                     .arg(kRunbookDaysAfter);
        return false;
    }
    if (candidate.durationMinutes < 1 || candidate.durationMinutes > kRunbookMaxDurationMinutes) {
        *error = RunbookText::tr("The step \"%1\" must last at least one minute and at most %2 days.")
                     .arg(candidate.title)
                     .arg(kRunbookMaxDurationMinutes / kMinutesPerDay);
        return false;
    }
    if (candidate.actualStart.isValid() && candidate.actualEnd.isValid()
        && candidate.actualEnd < candidate.actualStart) {
        *error
            = RunbookText::tr("The step \"%1\" cannot end (%2) before it started (%3).")
                  .arg(candidate.title, formatActualTime(candidate.actualEnd), formatActualTime(candidate.actualStart));
        return false;
    }
    QList<int> depends;
    for (int number : std::as_const(candidate.dependsOn)) {
        if (number > 0 && number != candidate.number && !depends.contains(number))
            depends.append(number);
    }
    std::sort(depends.begin(), depends.end());
    candidate.dependsOn = depends;
    *step = candidate;
    return true;
}

QList<RunbookStatus> allRunbookStatuses()
{
    return {RunbookStatus::Waiting, RunbookStatus::Running, RunbookStatus::Done, RunbookStatus::Problem};
}

QString runbookStatusCode(RunbookStatus status)
{
    switch (status) {
    case RunbookStatus::Waiting:
        return QStringLiteral("waiting");
    case RunbookStatus::Running:
        return QStringLiteral("running");
    case RunbookStatus::Done:
        return QStringLiteral("done");
    case RunbookStatus::Problem:
        return QStringLiteral("problem");
    }
    return QStringLiteral("waiting");
}

std::optional<RunbookStatus> runbookStatusFromCode(const QString &code)
{
    for (RunbookStatus status : allRunbookStatuses()) {
        if (runbookStatusCode(status) == code.trimmed())
            return status;
    }
    return std::nullopt;
}

QString runbookStatusName(RunbookStatus status)
{
    switch (status) {
    case RunbookStatus::Waiting:
        return RunbookText::tr("Waiting");
    case RunbookStatus::Running:
        return RunbookText::tr("Running");
    case RunbookStatus::Done:
        return RunbookText::tr("Done");
    case RunbookStatus::Problem:
        return RunbookText::tr("Problem");
    }
    return QString();
}

QString formatRelativeStart(int startMinutes, bool ascii)
{
    // Floor division: T−1d 23:00 is one hour before go-live.
    const int day
        = startMinutes >= 0 ? startMinutes / kMinutesPerDay : -((-startMinutes + kMinutesPerDay - 1) / kMinutesPerDay);
    const int inDay = startMinutes - day * kMinutesPerDay;
    const QChar sign = day < 0 ? (ascii ? QLatin1Char('-') : kMinusSign) : QLatin1Char('+');
    return QStringLiteral("T%1%2d %3:%4")
        .arg(sign)
        .arg(std::abs(day))
        .arg(inDay / 60, 2, 10, QLatin1Char('0'))
        .arg(inDay % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseRelativeStart(const QString &text)
{
    QString normalised = text.trimmed();
    normalised.replace(kMinusSign, QLatin1Char('-'));
    static const QRegularExpression pattern(
        QStringLiteral("^[Tt]\\s*(?:([+-])\\s*(\\d{1,2})\\s*[dD])?\\s*(?:(\\d{1,2})[:.](\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(normalised);
    if (!match.hasMatch() || normalised.size() < 2)
        return std::nullopt;
    int day = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    if (match.captured(1) == QStringLiteral("-"))
        day = -day;
    int hour = 0;
    int minute = 0;
    if (!match.captured(3).isEmpty()) {
        hour = match.captured(3).toInt();
        minute = match.captured(4).toInt();
        if (hour > 23 || minute > 59)
            return std::nullopt;
    } else if (match.captured(2).isEmpty()) {
        return std::nullopt; // "T" alone
    }
    return day * kMinutesPerDay + hour * 60 + minute;
}

QDateTime runbookTime(int minutes, const QDate &goLive)
{
    if (!goLive.isValid())
        return {};
    return goLive.startOfDay().addSecs(qint64(minutes) * 60);
}

QString formatStartDay(int startMinutes, const QDate &goLive, const QString &language)
{
    if (!goLive.isValid())
        return formatRelativeStart(startMinutes);
    const QDateTime at = runbookTime(startMinutes, goLive);
    const QLocale locale(language == QStringLiteral("en") ? QLocale::English : QLocale::Danish);
    const QString time = at.time().toString(QStringLiteral("HH:mm"));
    if (std::abs(goLive.daysTo(at.date())) <= 6)
        return QStringLiteral("%1 %2").arg(locale.dayName(at.date().dayOfWeek()), time);
    return QStringLiteral("%1 %2").arg(at.date().toString(QStringLiteral("dd-MM")), time);
}

QString formatDuration(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4})(?:[:.](\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int minutes = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    if (minutes > 59)
        return std::nullopt;
    const int total = match.captured(1).toInt() * 60 + minutes;
    if (total <= 0)
        return std::nullopt;
    return total;
}

int freeStepNumber(int wanted, const QList<RunbookStep> &steps)
{
    int highest = 0;
    bool free = wanted > 0;
    for (const RunbookStep &step : steps) {
        highest = std::max(highest, step.number);
        if (step.number == wanted)
            free = false;
    }
    return free ? wanted : highest + 1;
}

QString formatDependsOn(const QList<int> &numbers)
{
    QStringList parts;
    for (int number : numbers)
        parts.append(QString::number(number));
    return parts.join(QStringLiteral(", "));
}

std::optional<QList<int>> parseDependsOn(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QList<int> numbers;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int number = part.toInt(&ok);
        if (!ok || number <= 0)
            return std::nullopt;
        numbers.append(number);
    }
    return numbers;
}

QString runbookStepLabel(const RunbookStep &step)
{
    return RunbookText::tr("step %1 \"%2\"").arg(step.number).arg(step.title);
}

QString formatActualTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QDateTime parseActualTime(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(trimmed, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    *ok = time.isValid();
    return time;
}

} // namespace parat
