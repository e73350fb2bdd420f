#include "domain/InputLimits.h"

#include <QRegularExpression>

namespace parat {

bool checkDateInRange(const QDate &date, const QString &what, QString *error)
{
    if (date.isValid() && date >= limits::earliestDate() && date <= limits::latestDate())
        return true;
    *error = InputLimits::tr("%1 must be a date between %2 and %3.")
                 .arg(what, limits::earliestDate().toString(Qt::ISODate), limits::latestDate().toString(Qt::ISODate));
    return false;
}

std::optional<QDate> parseInputDate(const QString &text, const QString &what, QString *error)
{
    // Qt's ISO parser also takes "2027-02-01T00:00" and ignores what follows; a date option is a date only.
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate date = isoDate.match(trimmed).hasMatch() ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        *error = InputLimits::tr("%1 needs a date written as YYYY-MM-DD, such as 2027-02-01; found \"%2\".")
                     .arg(what, text);
        return std::nullopt;
    }
    if (!checkDateInRange(date, what, error))
        return std::nullopt;
    return date;
}

} // namespace parat
