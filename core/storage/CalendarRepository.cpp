#include "storage/CalendarRepository.h"

#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/Statements.h"

namespace parat {

namespace {

SchoolHolidayWeeks weeksFrom(const QSqlQuery &query)
{
    SchoolHolidayWeeks weeks;
    weeks.id = query.value(0).toLongLong();
    weeks.winterWeek = query.value(1).toInt();
    weeks.autumnWeek = query.value(2).toInt();
    weeks.summerFrom = query.value(3).toInt();
    weeks.summerTo = query.value(4).toInt();
    return weeks;
}

} // namespace

SchoolHolidayWeeks CalendarRepository::schoolHolidays(Id municipalityId) const
{
    const std::optional<SchoolHolidayWeeks> stored = sql::selectOne<SchoolHolidayWeeks>(
        m_db.connection(),
        QStringLiteral("SELECT municipality_id, winter_week, autumn_week, summer_from, summer_to FROM school_holidays "
                       "WHERE municipality_id = :municipality"),
        QStringLiteral(":municipality"), municipalityId, &weeksFrom);
    if (stored)
        return *stored;
    SchoolHolidayWeeks defaults;
    defaults.id = municipalityId;
    return defaults;
}

QHash<Id, SchoolHolidayWeeks> CalendarRepository::storedSchoolHolidays() const
{
    QHash<Id, SchoolHolidayWeeks> stored;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT municipality_id, winter_week, autumn_week, summer_from, summer_to FROM school_holidays")))
        return stored;
    while (query.next()) {
        const SchoolHolidayWeeks weeks = weeksFrom(query);
        stored.insert(weeks.id, weeks);
    }
    return stored;
}

bool CalendarRepository::update(const SchoolHolidayWeeks &weeks, QString *error)
{
    const QString problem = weeks.problem();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!MunicipalityRepository(m_db).byId(weeks.id)) {
        *error = tr("The municipality of these school holidays is not in the database.");
        return false;
    }
    return m_db.write(error, [&] {
        QSqlQuery query(m_db.connection());
        if (!sql::prepare(
                query,
                QStringLiteral("INSERT INTO school_holidays (municipality_id, winter_week, autumn_week, "
                               "summer_from, summer_to) VALUES (:municipality, :winter, :autumn, :from, :to) "
                               "ON CONFLICT (municipality_id) DO UPDATE SET winter_week = excluded.winter_week, "
                               "autumn_week = excluded.autumn_week, summer_from = excluded.summer_from, "
                               "summer_to = excluded.summer_to"),
                error))
            return false;
        query.bindValue(QStringLiteral(":municipality"), weeks.id);
        query.bindValue(QStringLiteral(":winter"), weeks.winterWeek);
        query.bindValue(QStringLiteral(":autumn"), weeks.autumnWeek);
        query.bindValue(QStringLiteral(":from"), weeks.summerFrom);
        query.bindValue(QStringLiteral(":to"), weeks.summerTo);
        return sql::exec(query, tr("The school holidays could not be saved"), error);
    });
}

} // namespace parat
