#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace parat {

// Sane ranges for values a user types or a file brings in. Anything outside is a typing slip (a go-live in
// year 1 or 9999, an estimate of 1e308 hours) that would otherwise be stored and spoil every later sum and
// schedule; it is refused with a message naming the range (see docs/data-safety.md).
namespace limits {
// Dates: go-live, "as of", report dates.
inline QDate earliestDate()
{
    return QDate(2000, 1, 1);
}
inline QDate latestDate()
{
    return QDate(2100, 12, 31);
}
// Hours of work one task may be estimated at.
constexpr double kMaxEstimateHours = 10000.0;
// Weeks a task may lie before or after go-live (ten years).
constexpr int kMaxOffsetWeeks = 520;
} // namespace limits

// A date typed as YYYY-MM-DD exactly (no time, no other separators), inside the sane range. On failure
// *error names the option or field (what) and says what is expected.
std::optional<QDate> parseInputDate(const QString &text, const QString &what, QString *error);

// Whether date lies in the sane range; *error as above when not.
bool checkDateInRange(const QDate &date, const QString &what, QString *error);

// Translation context of the messages above (lupdate sees "parat::InputLimits").
struct InputLimits
{
    Q_DECLARE_TR_FUNCTIONS(parat::InputLimits)
};

} // namespace parat
