#pragma once

#include "domain/DanishHolidays.h"

#include <QCoreApplication>
#include <QHash>

namespace parat {

class Database;

// All SQL about a municipality's calendar: its school-holiday weeks (table school_holidays, one row per
// municipality; none means the defaults).
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(parat::CalendarRepository)
public:
    explicit CalendarRepository(Database &db)
        : m_db(db)
    { }

    // The stored weeks, or the defaults (SchoolHolidayWeeks{}) with id set to the municipality.
    SchoolHolidayWeeks schoolHolidays(Id municipalityId) const;
    // The stored weeks of every municipality that has any, by municipality id, in one query (the others have the
    // defaults): for the overview of all municipalities.
    QHash<Id, SchoolHolidayWeeks> storedSchoolHolidays() const;
    // Stores the weeks of municipality weeks.id. Refuses weeks that are not usable (SchoolHolidayWeeks::problem)
    // or an unknown municipality, writing nothing.
    bool update(const SchoolHolidayWeeks &weeks, QString *error);

private:
    Database &m_db;
};

} // namespace parat
