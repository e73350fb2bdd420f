// Page 1 of the status report (issue 16): the lights per dimension, the trend and its forecast, the top risks and
// the decisions needed, on one A4 page also for a busy municipality; read back with pdftotext -f 1 -l 1.
#include "Fixtures.h"
#include "NationalDataset.h"
#include "TestSupport.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "planning/Dimensions.h"
#include "planning/Readiness.h"
#include "planning/Trend.h"
#include "report/GoLivePaper.h"
#include "report/ReportDocument.h"
#include "report/ReportSections.h"
#include "report/ReportWriter.h"
#include "report/StatusReport.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/GoLiveRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/RiskRepository.h"
#include "storage/TaskRepository.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace parat;

namespace {

const QDate kToday(2026, 11, 27);

QString pdfText(const QString &path, int first, int last)
{
    return test::pdfText(path,
                         {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"),
                          QString::number(last)});
}

PlannedTask task(Id id, const QString &key, double hours, const QDate &due, Status status = Status::NotStarted)
{
    PlannedTask t;
    t.task.id = id;
    t.task.key = key;
    t.task.titleDa = QStringLiteral("Opgave %1").arg(key);
    t.task.titleEn = QStringLiteral("Task %1").arg(key);
    t.task.estimateHours = hours;
    t.due = due;
    t.state.status = status;
    return t;
}

Risk risk(int number, int p, int c, RiskDimension dimension, const QString &title)
{
    Risk r;
    r.id = number;
    r.number = number;
    r.probability = p;
    r.consequence = c;
    r.dimension = dimension;
    r.title = title;
    return r;
}

const DimensionLight &lightOf(const QList<DimensionLight> &lights, RiskDimension dimension)
{
    for (const DimensionLight &light : lights) {
        if (light.dimension == dimension)
            return light;
    }
    FAIL("no light for the dimension");
    return lights.first();
}

} // namespace

TEST_CASE("A risk scoring 12 makes its dimension red, naming it - the others stay as they were", "[report][dimensions]")
{
    installTranslations(QStringLiteral("en"));
    DimensionInputs in;
    in.asOf = kToday;
    in.goLive = QDate(2027, 2, 8);
    in.tasks = {task(1, QStringLiteral("P1-01"), 10, QDate(2026, 12, 20))};
    in.signalsIn.risks = {risk(3, 3, 4, RiskDimension::SuperusersAndHours, QStringLiteral("Superusers have no time"))};
    QList<DimensionLight> lights = dimensionLights(in);
    REQUIRE(lights.size() == 4);
    const DimensionLight &superusers = lightOf(lights, RiskDimension::SuperusersAndHours);
    CHECK(superusers.light == Light::Red);
    CHECK(superusers.code == QStringLiteral("risk"));
    CHECK(superusers.reason.contains(QStringLiteral("R3")));
    CHECK(superusers.reason.contains(QStringLiteral("Superusers have no time")));
    CHECK_FALSE(superusers.reason.contains(QLatin1Char('\n')));
    CHECK(lightOf(lights, RiskDimension::TasksAndDeadlines).light == Light::Green);
    CHECK(lightOf(lights, RiskDimension::OrganisationAndStakeholders).light == Light::Green);
    CHECK(lightOf(lights, RiskDimension::GoLiveReadiness).light == Light::Green);

    // Score 9 is yellow; a closed risk counts nowhere.
    in.signalsIn.risks.first().probability = 3;
    in.signalsIn.risks.first().consequence = 3;
    CHECK(lightOf(dimensionLights(in), RiskDimension::SuperusersAndHours).light == Light::Yellow);
    in.signalsIn.risks.first().status = RiskStatus::Closed;
    CHECK(lightOf(dimensionLights(in), RiskDimension::SuperusersAndHours).light == Light::Green);
}

TEST_CASE("Overdue tasks name key and title - decisions past their date make the overall light at least yellow",
          "[report][dimensions]")
{
    installTranslations(QStringLiteral("en"));
    DimensionInputs in;
    in.asOf = kToday;
    in.goLive = QDate(2027, 2, 8);
    // Two overdue tasks, with enough work ahead that progress is within the tolerance.
    in.tasks = {task(1, QStringLiteral("P21-04"), 10, QDate(2026, 11, 20)),
                task(2, QStringLiteral("P21-05"), 10, QDate(2026, 11, 21)),
                task(3, QStringLiteral("P22-01"), 200, QDate(2027, 1, 20))};
    Decision late;
    late.number = 2;
    late.question = QStringLiteral("Overtime in the go-live weeks?");
    late.neededBy = QDate(2026, 11, 22);
    in.signalsIn.decisions = {late};
    const QList<DimensionLight> lights = dimensionLights(in);
    const DimensionLight &tasks = lightOf(lights, RiskDimension::TasksAndDeadlines);
    CHECK(tasks.light == Light::Yellow);
    CHECK(tasks.reason.contains(QStringLiteral("P21-04 Task P21-04")));
    CHECK(tasks.reason.contains(QStringLiteral("and 1 more")));
    const DimensionLight &organisation = lightOf(lights, RiskDimension::OrganisationAndStakeholders);
    CHECK(organisation.light == Light::Yellow);
    CHECK(organisation.reason.contains(QStringLiteral("D2")));

    // The overall light with nothing else wrong: yellow for the decision alone.
    const QList<PlannedTask> onTime {task(3, QStringLiteral("P1-01"), 10, QDate(2026, 12, 20))};
    CHECK(trafficLight(onTime, in.goLive, kToday, {}).light == Light::Green);
    CHECK(trafficLight(onTime, in.goLive, kToday, in.signalsIn).light >= Light::Yellow);
    // The day it is needed by is not late yet.
    CHECK(trafficLight(onTime, in.goLive, QDate(2026, 11, 22), in.signalsIn).light == Light::Green);
}

TEST_CASE("Go-live readiness: overdue go-live work is red in the last 4 weeks - a checklist light can be supplied",
          "[report][dimensions]")
{
    installTranslations(QStringLiteral("en"));
    GoLiveReadinessInputs in;
    in.goLive = QDate(2027, 2, 8);
    PlannedTask milestone = task(1, QStringLiteral("P23-01"), 5, QDate(2027, 1, 15));
    milestone.task.milestone = true;
    in.tasks = {milestone};
    in.asOf = QDate(2027, 1, 10);
    CHECK(goLiveReadinessLight(in).light == Light::Green);
    in.asOf = QDate(2027, 1, 20);
    const DimensionLight red = goLiveReadinessLight(in);
    CHECK(red.light == Light::Red);
    CHECK(red.reason.contains(QStringLiteral("P23-01 Task P23-01")));

    in.tasks.first().state.status = Status::Done;
    CHECK(goLiveReadinessLight(in).light == Light::Green);
    in.checklistLight = Light::Yellow;
    in.checklistReason = QStringLiteral("Checklist: 3 of 20 points not ready");
    const DimensionLight checklist = goLiveReadinessLight(in);
    CHECK(checklist.light == Light::Yellow);
    CHECK(checklist.code == QStringLiteral("checklist"));
    CHECK(checklist.reason == in.checklistReason);

    CapacitySignal shortWeek;
    shortWeek.person = QStringLiteral("Line");
    shortWeek.weekKey = 202706;
    shortWeek.neededHours = 20;
    shortWeek.allocatedHours = 10;
    in.checklistLight.reset();
    in.goLiveWeekShortfalls = {shortWeek};
    CHECK(goLiveReadinessLight(in).code == QStringLiteral("golive-hours"));
}

TEST_CASE("The trend follows the status history week by week and forecasts at the pace of the last 4 weeks",
          "[report][trend]")
{
    installTranslations(QStringLiteral("en"));
    // Ten tasks of 10 h, one done each week from week 40 2026 on (Mondays), due one a week from week 38.
    QList<PlannedTask> tasks;
    QList<TaskEvent> events;
    const QDate monday40(2026, 9, 28);
    for (int i = 0; i < 10; ++i) {
        PlannedTask t = task(i + 1, QStringLiteral("T-%1").arg(i + 1), 10, monday40.addDays(7 * (i - 2)));
        if (i < 8) { // done by the as-of date
            t.state.status = Status::Done;
            TaskEvent event;
            event.taskId = t.task.id;
            event.field = QStringLiteral("status");
            event.oldValue = statusCode(Status::NotStarted);
            event.newValue = statusCode(Status::Done);
            event.at = QDateTime(monday40.addDays(7 * i), QTime(12, 0));
            events.append(event);
        }
        tasks.append(t);
    }
    const QDate asOf = monday40.addDays(7 * 7 + 2); // Wednesday of week 47: 8 done
    const ProgressTrend trend = progressTrend(tasks, events, asOf, QDate(2027, 2, 8), {QDate(2026, 11, 13)});
    REQUIRE_FALSE(trend.points.isEmpty());
    const TrendPoint *today = trend.today();
    REQUIRE(today);
    CHECK(today->date == asOf);
    CHECK(today->actual == Approx(80.0));
    // Week 42 (Sunday 18 Oct): three done.
    bool found = false;
    for (const TrendPoint &p : trend.points) {
        if (p.date == QDate(2026, 10, 18)) {
            CHECK(p.actual == Approx(30.0));
            found = true;
        }
    }
    CHECK(found);
    CHECK(trend.sentReports == QList<QDate> {QDate(2026, 11, 13)});
    // 10 points a week for 4 weeks: the last 20 take 2 weeks.
    REQUIRE(trend.forecast.kind == TrendForecast::Kind::Date);
    CHECK(trend.forecast.pacePerWeek == Approx(10.0));
    CHECK(trend.forecast.done == asOf.addDays(14));
    CHECK(forecastText(trend.forecast)
          == TrendText::tr("At the pace of the last %n week(s): done in %1.", "", 4).arg(weekYearLabel(202649)));
    CHECK(weekYearLabel(202649).contains(QStringLiteral("49 2026")));

    // No progress at all: no date.
    const ProgressTrend stalled = progressTrend(tasks, {}, asOf, QDate(2027, 2, 8), {});
    CHECK(stalled.forecast.kind == TrendForecast::Kind::Stalled);
}

TEST_CASE_METHOD(
    test::EnglishDemo,
    "Page 1 of the PDF holds the lights per dimension, the forecast, the top risks and the decisions needed",
    "[report][pdf][pageone]")
{
    const QString path = dir.file(QStringLiteral("report.pdf"));
    ExportOptions options;
    options.language = QStringLiteral("en");
    REQUIRE(exportStatusReport(db, clock, demo.id, path, options, ReportSections::standardExtras(), &error));
    const QString page1 = pdfText(path, 1, 1);
    INFO(page1.toStdString());
    CHECK(page1.contains(QStringLiteral("Status report for the steering group")));
    // The labels may wrap in their column ("Organisation and / stakeholders"): their first words are on a line.
    for (const char *label : {"Tasks and deadlines", "Superusers and hours", "Organisation and", "Go-live readiness"})
        CHECK(page1.contains(QLatin1String(label)));
    CHECK(page1.contains(QStringLiteral("Overall")));
    CHECK(page1.contains(QRegularExpression(QStringLiteral("(Red|Yellow|Green): "))));
    CHECK(page1.contains(QStringLiteral("At the pace of the last")));
    CHECK(page1.contains(QStringLiteral("Top risks")));
    CHECK(page1.contains(QStringLiteral("R1 ")));
    CHECK(page1.contains(QStringLiteral("Decisions the steering group must take")));
    CHECK(page1.contains(QStringLiteral("D1 ")));
    CHECK(page1.contains(QStringLiteral("(overdue)")));
    CHECK(page1.contains(QStringLiteral("Page 1 of")));
    // The appendix starts on page 2.
    CHECK(pdfText(path, 2, 2).contains(QStringLiteral("Appendix")));
    CHECK_FALSE(page1.contains(QStringLiteral("Appendix\n")));
}

TEST_CASE_METHOD(test::DemoCase, "After go-live page 1 says how many weeks the municipality has been live",
                 "[report][pdf][pageone]")
{
    REQUIRE(demo.goLive.isValid());
    for (const auto &[language, expected] : {std::pair {"en", "live for 3 weeks"}, {"da", "i drift i 3 uger"}}) {
        installTranslations(QLatin1String(language));
        const QString path = dir.file(QStringLiteral("after-%1.pdf").arg(QLatin1String(language)));
        ExportOptions options;
        options.language = QLatin1String(language);
        options.asOf = demo.goLive.addDays(23);
        REQUIRE(exportStatusReport(db, clock, demo.id, path, options, ReportSections::standardExtras(), &error));
        const QString page1 = pdfText(path, 1, 1);
        INFO(page1.toStdString());
        CHECK(page1.contains(QLatin1String(expected)));
        CHECK_FALSE(page1.contains(QStringLiteral("%n")));
    }
    installTranslations(QStringLiteral("en"));
}

TEST_CASE_METHOD(test::DanishDemo, "Page 1 stays one page with 40 overdue tasks and long titles, and breaks no word",
                 "[report][pdf][pageone]")
{
    const QDate asOf(2027, 2, 1); // a week before go-live: most of the plan is due
    {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral(
            "UPDATE task SET title_da = title_da || ' samt afstemning med forvaltningens ledelse, fagsystemets "
            "leverandør og de faglige organisationer om ansvarsfordelingen', title_en = title_en || ' together with "
            "alignment with the administration, the supplier and the unions on who is responsible'")));
        // Nothing done: everything due by now is overdue.
        REQUIRE(query.exec(QStringLiteral("UPDATE task_state SET status = 'not_started', done_on = NULL")));
    }
    REQUIRE(overdueTasks(TaskRepository(db).plannedTasks(demo.id), asOf).size() >= 40);
    const QString path = dir.file(QStringLiteral("rapport.pdf"));
    ExportOptions options;
    options.language = QStringLiteral("da");
    options.asOf = asOf;
    REQUIRE(exportStatusReport(db, clock, demo.id, path, options, ReportSections::standardExtras(), &error));
    const QString page1 = pdfText(path, 1, 1);
    const QString page2 = pdfText(path, 2, 2);
    INFO(page1.toStdString());
    // In the installed language (Danish when the catalogue is loaded).
    const QString footer = ReportDocument::tr("Page %1 of %2").arg(1).section(QStringLiteral("%2"), 0, 0).trimmed();
    CHECK(page1.contains(footer));
    CHECK(page2.contains(StatusReportText::tr("Appendix")));
    CHECK_FALSE(page1.contains(StatusReportText::tr("Appendix") + QLatin1Char('\n')));
    // No line of page 1 ends in a word cut without a hyphen: every line ends in a whole word of the report (the
    // page's words are from titles and fixed texts; a fragment such as "forsinke" would stand alone).
    static const QRegularExpression lastWord(QStringLiteral(R"((\w+)\s*$)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    const QString all = pdfText(path, 1, 100).simplified();
    for (const QString &line : page1.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = lastWord.match(line);
        if (!m.hasMatch())
            continue;
        const QString word = m.captured(1);
        // The fragment would be followed directly by the rest of its word on the next line: check the word occurs
        // followed by a space or punctuation somewhere in the report.
        INFO(line.toStdString());
        CHECK(all.contains(QRegularExpression(QStringLiteral("\\b%1(\\W|$)").arg(QRegularExpression::escape(word)),
                                              QRegularExpression::UseUnicodePropertiesOption)));
    }
    installTranslations(QStringLiteral("en"));
}

TEST_CASE_METHOD(test::EmptyDatabase, "Page 1 of the national dataset's busiest municipality stays one page",
                 "[report][pdf][pageone][national]")
{
    // Three municipalities of the national benchmark dataset at full size (300 tasks, 40 people, 60 stakeholders,
    // the risk log, the go-live checklist and the runbook); the one with the most overdue tasks.
    installTranslations(QStringLiteral("en"));
    FixedClock clock {kToday};
    bench::DatasetSize size;
    size.municipalities = 3;
    REQUIRE(bench::buildNationalDataset(db, clock, size, &error));
    Municipality busiest;
    qsizetype most = -1;
    for (const Municipality &municipality : MunicipalityRepository(db).all()) {
        const qsizetype overdue = overdueTasks(TaskRepository(db).plannedTasks(municipality.id), kToday).size();
        if (overdue > most) {
            most = overdue;
            busiest = municipality;
        }
    }
    REQUIRE(busiest.id != 0);
    INFO(busiest.name.toStdString() << ": " << most << " overdue tasks");
    const QString path = dir.file(QStringLiteral("national.pdf"));
    ExportOptions options;
    options.language = QStringLiteral("da");
    REQUIRE(exportStatusReport(db, clock, busiest.id, path, options, ReportSections::standardExtras(), &error));
    const QString page1 = pdfText(path, 1, 1);
    INFO(page1.toStdString());
    CHECK(page1.contains(busiest.name));
    CHECK_FALSE(page1.contains(StatusReportText::tr("Appendix") + QLatin1Char('\n')));
    CHECK(pdfText(path, 2, 2).contains(StatusReportText::tr("Appendix")));
    installTranslations(QStringLiteral("en"));
}

TEST_CASE_METHOD(test::EnglishDemo, "The HTML report draws its charts as inline SVG", "[report][html]")
{
    StatusReportData data;
    REQUIRE(gatherStatusReport(db, clock, {demo.id, {}, QStringLiteral("en")}, ReportSections::standardExtras(), &data,
                               &error));
    const QString html = ReportWriter::html(statusReportContent(data));
    CHECK(html.count(QStringLiteral("<svg")) >= 2); // the trend and the bars per phase
    CHECK(html.contains(QStringLiteral("role=\"img\"")));
    CHECK(html.contains(QStringLiteral("At the pace of the last")));
    CHECK(html.indexOf(QStringLiteral("Top risks")) < html.indexOf(QStringLiteral("Appendix")));
}

TEST_CASE_METHOD(test::EnglishDemo,
                 "The go-live checklist's light is a finding of the go-live readiness dimension on page 1",
                 "[report][dimensions][golive]")
{
    const auto readiness = [&] {
        StatusReportData data;
        REQUIRE(gatherStatusReport(db, clock, {demo.id, {}, QStringLiteral("en")}, ReportSections::standardExtras(),
                                   &data, &error));
        return lightOf(data.dimensions, RiskDimension::GoLiveReadiness);
    };

    // The demo's risk log makes this dimension red on its own; without it the checklist speaks.
    for (const Risk &r : RiskRepository(db).forMunicipality(demo.id)) {
        RemovedRisk removed;
        REQUIRE(RiskRepository(db).take(r.id, &removed, &error));
    }
    CHECK(readiness().light != Light::Red);

    // A criterion judged by hand, not met and past its date, makes the checklist red, and with it the dimension.
    GoLiveRepository criteria(db);
    REQUIRE_FALSE(criteria.criteria(demo.id).isEmpty()); // the demo keeps a checklist
    GoLiveCriterion late;
    late.municipalityId = demo.id;
    late.title = QStringLiteral("Nødprocedure for akutte underretninger aftalt");
    late.due = kToday.addDays(-3);
    late.status = GoLiveStatus::NotMet;
    REQUIRE(criteria.add(&late, &error));
    {
        const std::optional<LightReason> finding = GoLivePaper::dimensionFinding(db, demo, kToday);
        REQUIRE(finding);
        INFO("checklist: " << int(finding->light) << " " << finding->text.toStdString());
        CHECK(finding->light == Light::Red);
    }
    const DimensionLight red = readiness();
    CHECK(red.light == Light::Red);
    CHECK(red.code == QStringLiteral("checklist"));
    CHECK(red.reason.contains(QStringLiteral("Go-live checklist")));
    CHECK(red.reason.contains(QStringLiteral("% ready")));

    // Without a checklist the dimension is made of the other findings only.
    for (const GoLiveCriterion &criterion : criteria.criteria(demo.id)) {
        GoLiveCriterion removed;
        REQUIRE(criteria.take(criterion.id, &removed, &error));
    }
    CHECK(readiness().code != QStringLiteral("checklist"));
}
