#pragma once

#include <QDate>
#include <QDateTime>

namespace parat {

// Source of "now". Rules and commands take a Clock so tests can fix the date (docs/conventions.md "Time").
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    { }
    explicit FixedClock(QDate day)
        : m_at(day.startOfDay(Qt::UTC).addSecs(12 * 3600))
    { }
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceDays(int days) { m_at = m_at.addDays(days); }

private:
    QDateTime m_at;
};

} // namespace parat
