// The spreadsheet exports (docs/spreadsheets.md): rows gathered from the plan (services/SpreadsheetRows),
// written as .xlsx by libxlsxwriter (report/XlsxWriter, report/TaskWorkbook) and read back from the zip as a
// spreadsheet program would (support/XlsxReadBack: libzip and QXmlStreamReader).
#include "Fixtures.h"
#include "TestSupport.h"
#include "XlsxReadBack.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/ReportWriter.h"
#include "report/TaskWorkbook.h"
#include "report/XlsxWriter.h"
#include "services/CapacityLoader.h"
#include "services/SpreadsheetRows.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace parat;
using test::cellRef;
using test::XlsxSheet;

namespace {

struct Fixture : test::DemoDatabase
{
    Fixture()
        : DemoDatabase(QStringLiteral("en"))
    { }
    ~Fixture() { installTranslations(QStringLiteral("en")); }

    QList<TaskSheetRow> taskRows(const QString &language = QStringLiteral("en"))
    {
        return taskSheetRows(db, demo.id, clock.today(), language);
    }
};

XlsxSheet readOnlySheet(const QString &path)
{
    QList<XlsxSheet> sheets;
    QString error;
    INFO(error.toStdString());
    REQUIRE(test::readXlsx(path, &sheets, &error));
    REQUIRE(sheets.size() == 1);
    return sheets.first();
}

// Column of a heading in row 1, -1 when missing.
int columnOf(const XlsxSheet &sheet, const QString &heading)
{
    for (int c = 0; sheet.has(cellRef(0, c)); ++c) {
        if (sheet.at(cellRef(0, c)).value == heading)
            return c;
    }
    return -1;
}

} // namespace

TEST_CASE("The task list is written as a workbook with real dates, numbers, a frozen header and a filter",
          "[spreadsheet]")
{
    Fixture f;
    const QList<TaskSheetRow> rows = f.taskRows();
    const QList<PlannedTask> planned = TaskRepository(f.db).plannedTasks(f.demo.id);
    REQUIRE(rows.size() == planned.size());
    REQUIRE(rows.size() > 50);

    const QString path = f.dir.file(QStringLiteral("tasks.xlsx"));
    QString error;
    REQUIRE(writeTaskWorkbook(path, rows, QStringLiteral("en"), &error));
    const XlsxSheet sheet = readOnlySheet(path);

    CHECK(sheet.name == QStringLiteral("Tasks"));
    CHECK(sheet.rows == rows.size() + 1);
    CHECK(sheet.frozenRows == 1);
    CHECK(sheet.frozenColumns == 0);
    CHECK(sheet.autoFilter == QStringLiteral("A1:P%1").arg(rows.size() + 1));

    const int key = columnOf(sheet, QStringLiteral("Task"));
    const int title = columnOf(sheet, QStringLiteral("Title"));
    const int due = columnOf(sheet, QStringLiteral("Due"));
    const int released = columnOf(sheet, QStringLiteral("Released"));
    const int hours = columnOf(sheet, QStringLiteral("Hours"));
    const int status = columnOf(sheet, QStringLiteral("Status"));
    REQUIRE(key == 0);
    REQUIRE(title >= 0);
    REQUIRE(due >= 0);
    REQUIRE(released >= 0);
    REQUIRE(hours >= 0);
    REQUIRE(status >= 0);
    CHECK(sheet.at(cellRef(0, due)).isText());

    int dates = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const TaskSheetRow &row = rows.at(i);
        INFO(row.key.toStdString());
        CHECK(sheet.at(cellRef(i + 1, key)).isText());
        CHECK(sheet.at(cellRef(i + 1, key)).value == row.key);
        CHECK(sheet.at(cellRef(i + 1, title)).value == row.title);
        CHECK(sheet.at(cellRef(i + 1, status)).value == row.status);
        const test::XlsxCell hoursCell = sheet.at(cellRef(i + 1, hours));
        CHECK(hoursCell.isNumber());
        CHECK_FALSE(hoursCell.isDate());
        CHECK(hoursCell.format == QStringLiteral("0.0#"));
        CHECK(hoursCell.number() == Approx(row.estimateHours));
        if (row.due.isValid()) {
            const test::XlsxCell dueCell = sheet.at(cellRef(i + 1, due));
            CHECK(dueCell.isDate());
            CHECK(dueCell.format == QStringLiteral("yyyy-mm-dd"));
            CHECK(dueCell.date() == row.due);
            CHECK(sheet.at(cellRef(i + 1, released)).date() == row.release);
            ++dates;
        } else {
            CHECK_FALSE(sheet.has(cellRef(i + 1, due))); // no date: an empty cell, not a text
        }
    }
    CHECK(dates == rows.size()); // the demo has a go-live date: every task has a deadline

    // Columns as wide as their longest text (up to a limit), never narrower than the heading and its filter button.
    int longestTitle = 0;
    for (const TaskSheetRow &row : rows)
        longestTitle = std::max(longestTitle, int(row.title.size()));
    CHECK(sheet.widths.value(title + 1) >= std::min(longestTitle, 59));
    CHECK(sheet.widths.value(title + 1) <= 61.0); // 60 characters and the padding Excel adds
    CHECK(sheet.widths.value(due + 1) >= 10.0);
    CHECK(sheet.widths.value(due + 1) < sheet.widths.value(title + 1));
    for (int c = 1; c <= 16; ++c)
        CHECK(sheet.widths.value(c) >= 6.0);
}

TEST_CASE("In Danish the task sheet has Danish headings and Danish dates", "[spreadsheet]")
{
    Fixture f;
    REQUIRE(installTranslations(QStringLiteral("da")));
    const QList<TaskSheetRow> rows = f.taskRows(QStringLiteral("da"));
    const QString path = f.dir.file(QStringLiteral("opgaver.xlsx"));
    QString error;
    REQUIRE(writeTaskWorkbook(path, rows, QStringLiteral("da"), &error));
    const XlsxSheet sheet = readOnlySheet(path);
    CHECK(sheet.name == QStringLiteral("Opgaver"));
    const int due = columnOf(sheet, QStringLiteral("Frist"));
    REQUIRE(due >= 0);
    CHECK(columnOf(sheet, QStringLiteral("Titel")) >= 0);
    CHECK(columnOf(sheet, QStringLiteral("Timer")) >= 0);
    CHECK(columnOf(sheet, QStringLiteral("Due")) == -1);
    CHECK(sheet.at(cellRef(1, due)).isDate());
    CHECK(sheet.at(cellRef(1, due)).format == QStringLiteral("dd-mm-yyyy"));
    CHECK(sheet.at(cellRef(1, due)).date() == rows.first().due);
    CHECK(taskSheetFileName(f.demo) == QStringLiteral("parat-%1-opgaver.xlsx").arg(f.demo.code));
}

TEST_CASE("A filtered task list exports only its rows, in its order", "[spreadsheet]")
{
    Fixture f;
    QList<PlannedTask> planned = TaskRepository(f.db).plannedTasks(f.demo.id);
    QList<PlannedTask> some;
    for (const PlannedTask &task : planned) {
        if (task.task.phase == Phase::P22)
            some.prepend(task); // reversed, as a sorted view might show them
    }
    REQUIRE(some.size() > 1);
    QHash<Id, QString> names;
    for (const Person &person : PersonRepository(f.db).forMunicipality(f.demo.id))
        names.insert(person.id, person.name);
    const QList<TaskSheetRow> rows = taskSheetRows(some, names, f.clock.today(), QStringLiteral("en"));
    const QString path = f.dir.file(QStringLiteral("some.xlsx"));
    QString error;
    REQUIRE(writeTaskWorkbook(path, rows, QStringLiteral("en"), &error));
    const XlsxSheet sheet = readOnlySheet(path);
    CHECK(sheet.rows == some.size() + 1);
    for (int i = 0; i < some.size(); ++i)
        CHECK(sheet.at(cellRef(i + 1, 0)).value == some.at(i).task.key);
    CHECK(sheet.autoFilter == QStringLiteral("A1:P%1").arg(some.size() + 1));
}

TEST_CASE("Text that looks like a formula stays text, and odd sheet names are made valid", "[spreadsheet]")
{
    test::TempDir dir;
    SheetTable table;
    table.name = QStringLiteral("A/B: a very long name that Excel would refuse");
    table.columns = {{QStringLiteral("Text"), SheetColumn::Kind::Text},
                     {QStringLiteral("Whole"), SheetColumn::Kind::Whole},
                     {QStringLiteral("Date"), SheetColumn::Kind::Date}};
    table.rows = {{QStringLiteral("=HYPERLINK(\"http://x\")"), 3, QDate(2027, 1, 4)},
                  {QStringLiteral("two\nlines"), QVariant(), QVariant()}};
    const QString path = dir.file(QStringLiteral("odd.xlsx"));
    QString error;
    REQUIRE(writeXlsxWorkbook(path, {table}, QStringLiteral("da"), &error));
    const XlsxSheet sheet = readOnlySheet(path);
    CHECK(sheet.name == QStringLiteral("A-B- a very long name that Exce"));
    CHECK(sheet.at(QStringLiteral("A2")).isText());
    CHECK(sheet.at(QStringLiteral("A2")).value == QStringLiteral("=HYPERLINK(\"http://x\")"));
    CHECK(sheet.at(QStringLiteral("B2")).isNumber());
    CHECK(sheet.at(QStringLiteral("B2")).number() == 3.0);
    CHECK(sheet.at(QStringLiteral("C2")).date() == QDate(2027, 1, 4));
    CHECK(sheet.at(QStringLiteral("A3")).value == QStringLiteral("two\nlines"));
    CHECK_FALSE(sheet.has(QStringLiteral("B3")));
    CHECK(sheet.autoFilter == QStringLiteral("A1:C3"));
}

TEST_CASE("The superuser grid is written as hours per person and week", "[spreadsheet]")
{
    Fixture f;
    const CapacityPlan plan = loadCapacity(f.db, f.demo.id, f.clock.today(), QStringLiteral("en"));
    const QList<GridSheetRow> rows = gridSheetRows(plan);
    REQUIRE(rows.size() > 10);
    // Every cell of the plan with hours is a row; none without.
    int withHours = 0;
    double allocated = 0.0;
    double needed = 0.0;
    for (const CapacityRow &line : plan.rows) {
        for (const CapacityCell &cell : line.cells) {
            if (cell.allocated > 1e-9 || cell.needed > 1e-9)
                ++withHours;
            allocated += cell.allocated;
            needed += cell.needed;
        }
    }
    CHECK(rows.size() == withHours);

    const QString path = f.dir.file(QStringLiteral("grid.xlsx"));
    QString error;
    REQUIRE(writeGridWorkbook(path, rows, QStringLiteral("en"), &error));
    const XlsxSheet sheet = readOnlySheet(path);
    CHECK(sheet.name == QStringLiteral("Capacity"));
    CHECK(sheet.rows == rows.size() + 1);
    CHECK(sheet.frozenRows == 1);
    CHECK(sheet.autoFilter == QStringLiteral("A1:I%1").arg(rows.size() + 1));
    const int person = columnOf(sheet, QStringLiteral("Person"));
    const int week = columnOf(sheet, QStringLiteral("Week"));
    const int monday = columnOf(sheet, QStringLiteral("Week starts"));
    const int allocatedColumn = columnOf(sheet, QStringLiteral("Hours allocated"));
    const int neededColumn = columnOf(sheet, QStringLiteral("Hours needed"));
    const int freeColumn = columnOf(sheet, QStringLiteral("Hours free"));
    REQUIRE(std::min({person, week, monday, allocatedColumn, neededColumn, freeColumn}) >= 0);
    double allocatedRead = 0.0;
    double neededRead = 0.0;
    bool someOver = false;
    for (int i = 0; i < rows.size(); ++i) {
        const GridSheetRow &row = rows.at(i);
        CHECK(sheet.at(cellRef(i + 1, person)).value == row.person);
        CHECK(sheet.at(cellRef(i + 1, week)).isNumber());
        CHECK(int(sheet.at(cellRef(i + 1, week)).number()) == row.week);
        const test::XlsxCell start = sheet.at(cellRef(i + 1, monday));
        CHECK(start.isDate());
        CHECK(start.date() == row.monday);
        CHECK(start.date().dayOfWeek() == Qt::Monday);
        const test::XlsxCell a = sheet.at(cellRef(i + 1, allocatedColumn));
        const test::XlsxCell n = sheet.at(cellRef(i + 1, neededColumn));
        const test::XlsxCell free = sheet.at(cellRef(i + 1, freeColumn));
        CHECK(a.isNumber());
        CHECK_FALSE(a.isDate());
        CHECK(free.number() == Approx(a.number() - n.number()).margin(1e-9));
        someOver = someOver || free.number() < 0;
        allocatedRead += a.number();
        neededRead += n.number();
    }
    CHECK(allocatedRead == Approx(allocated));
    CHECK(neededRead == Approx(needed));
    CHECK(someOver); // the demo plan has weeks that need more than they have
}

TEST_CASE("A workbook replaces the old file in one step and leaves nothing else behind", "[spreadsheet]")
{
    Fixture f;
    const QString path = f.dir.file(QStringLiteral("out/tasks.xlsx"));
    QDir().mkpath(f.dir.file(QStringLiteral("out")));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QString error;
    REQUIRE(writeTaskWorkbook(path, f.taskRows(), QStringLiteral("en"), &error));
    CHECK(QDir(f.dir.file(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden)
          == QStringList {QStringLiteral("tasks.xlsx")});
    CHECK(readOnlySheet(path).rows > 1);

    // A folder in the way: refused, with a message.
    const QString folder = f.dir.file(QStringLiteral("out/folder.xlsx"));
    QDir().mkpath(folder);
    CHECK_FALSE(writeTaskWorkbook(folder, f.taskRows(), QStringLiteral("en"), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("The task list as CSV has the workbook's columns and the window's dates", "[spreadsheet]")
{
    Fixture f;
    const QList<TaskSheetRow> rows = f.taskRows();
    const QList<QStringList> csv = taskCsvRows(rows, QStringLiteral("en"));
    REQUIRE(csv.size() == rows.size() + 1);
    QStringList headings;
    for (const SheetColumn &column : taskSheet(rows).columns)
        headings << column.heading;
    CHECK(csv.first() == headings);
    CHECK(csv.at(1).at(9) == rows.first().due.toString(Qt::ISODate));
    const QByteArray bytes = ReportWriter::csv(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
}
