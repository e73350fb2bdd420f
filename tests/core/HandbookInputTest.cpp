// Handbook input that used to be accepted but wrong: a few bad bytes in a UTF-8 file, a file without an
// optional column, keys that differ only in case, estimates and dates outside sane ranges.
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/InputLimits.h"
#include "domain/Language.h"
#include "domain/MergePlan.h"
#include "handbook/HandbookReader.h"
#include "services/HandbookImport.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

#include <QSqlQuery>

using namespace parat;

namespace {

struct Fixture
{
    test::TempDir dir;
    Database db;
    FixedClock clock {QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    Id municipality = 0;

    Fixture()
    {
        installTranslations(QStringLiteral("en"));
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("h.sqlite")), &error));
        Municipality m;
        m.code = QStringLiteral("0461");
        m.goLive = QDate(2027, 1, 4);
        REQUIRE(MunicipalityRepository(db).add(&m, &error));
        municipality = m.id;
    }

    ImportOutcome import(const QByteArray &csv, bool dryRun = false)
    {
        HandbookImporter importer(db, clock);
        return importer.importDraft(readHandbookBytes(csv, QStringLiteral("h.csv")), QString(), dryRun);
    }

    std::optional<Task> task(const QString &key)
    {
        for (const Task &t : HandbookRepository(db).tasks(true)) {
            if (t.key == key)
                return t;
        }
        return std::nullopt;
    }
};

const QByteArray kFull = "key;phase;title_da;title_en;due_offset_weeks;milestone;estimate_hours;description_da\n"
                         "P1-01;P1;Læs håndbog;Read the handbook;-20;ja;4;Hele teamet læser\n"
                         "P1-02;P1;Planlæg;Plan;-10;nej;2;\n";

} // namespace

TEST_CASE("A UTF-8 file with a few invalid bytes is refused with the line and column of each", "[handbook][safety]")
{
    installTranslations(QStringLiteral("en"));
    const QByteArray bytes = "key;phase;title_da;due_offset_weeks\n"
                             "P1-01;P1;Læs håndbog;-20\n"
                             "P1-02;P1;Bad \xE6 here;-10\n"
                             "P1-03;P1;Også \xF8;-5\n";
    const HandbookDraft draft = readHandbookBytes(bytes, QStringLiteral("h.csv"));
    REQUIRE(draft.hasErrors());
    const QList<ImportProblem> errors = draft.errors();
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).line == 3);
    CHECK(errors.at(0).message.contains(QStringLiteral("Column 14")));
    CHECK(errors.at(0).message.contains(QStringLiteral("0xE6")));
    CHECK(errors.at(1).line == 4);
    CHECK(errors.at(1).message.contains(QStringLiteral("Column 15")));
    CHECK(errors.at(1).message.contains(QStringLiteral("0xF8")));
    for (const Task &task : draft.tasks)
        CHECK_FALSE(task.titleDa.contains(QStringLiteral("Ã")));

    // Nothing stored, exit 3 material for the command line.
    Fixture f;
    const ImportOutcome outcome = f.import(bytes);
    CHECK_FALSE(outcome.applied);
    CHECK(HandbookRepository(f.db).tasks().isEmpty());
}

TEST_CASE("A file that is not UTF-8 at all is still read as Windows-1252 with a warning", "[handbook][safety]")
{
    installTranslations(QStringLiteral("en"));
    const QByteArray bytes = "key;phase;title_da;due_offset_weeks\n"
                             "P1-01;P1;L\xE6s h\xE5ndbog;-20\n"
                             "P1-02;P1;S\xF8g;-10\n";
    const HandbookDraft draft = readHandbookBytes(bytes, QStringLiteral("h.csv"));
    CHECK_FALSE(draft.hasErrors());
    REQUIRE(draft.tasks.size() == 2);
    CHECK(draft.tasks.at(0).titleDa == QStringLiteral("Læs håndbog"));
    CHECK(draft.warnings().size() == 1);
}

TEST_CASE("A handbook file without an optional column keeps the stored values and the plan says so",
          "[handbook][safety]")
{
    Fixture f;
    REQUIRE(f.import(kFull).applied);
    REQUIRE(f.task(QStringLiteral("P1-01"))->milestone);

    // The same tasks, one title changed, without title_en, milestone, estimate_hours and description_da.
    const QByteArray narrow = "key;phase;title_da;due_offset_weeks\n"
                              "P1-01;P1;Læs håndbogen;-20\n"
                              "P1-02;P1;Planlæg;-10\n";
    const ImportOutcome dry = f.import(narrow, true);
    REQUIRE(dry.ok());
    const QStringList kept = dry.plan.keptColumns;
    CHECK(kept.contains(QStringLiteral("title_en")));
    CHECK(kept.contains(QStringLiteral("milestone")));
    CHECK(kept.contains(QStringLiteral("estimate_hours")));
    CHECK(kept.contains(QStringLiteral("description_da")));
    CHECK_FALSE(kept.contains(QStringLiteral("title_da")));
    CHECK(dry.plan.keptColumnsNote().contains(QStringLiteral("milestone")));
    // Only the title changes.
    REQUIRE(dry.plan.changed.size() == 1);
    REQUIRE(dry.plan.changed.first().changes.size() == 1);
    CHECK(dry.plan.changed.first().changes.first().field == QStringLiteral("title_da"));
    CHECK(dry.plan.unchanged.size() == 1);

    REQUIRE(f.import(narrow).applied);
    const Task first = *f.task(QStringLiteral("P1-01"));
    CHECK(first.titleDa == QStringLiteral("Læs håndbogen"));
    CHECK(first.titleEn == QStringLiteral("Read the handbook"));
    CHECK(first.milestone);
    CHECK(first.estimateHours == 4.0);
    CHECK(first.descriptionDa == QStringLiteral("Hele teamet læser"));

    // A column that is there but empty does clear the field: that is what the file says.
    const ImportOutcome cleared = f.import(
        "key;phase;title_da;due_offset_weeks;title_en\nP1-01;P1;Læs håndbogen;-20;\nP1-02;P1;Planlæg;-10;\n");
    REQUIRE(cleared.applied);
    CHECK(f.task(QStringLiteral("P1-01"))->titleEn.isEmpty());
    CHECK(f.task(QStringLiteral("P1-01"))->milestone);
}

TEST_CASE("A JSON handbook without an optional field keeps the stored values", "[handbook][safety]")
{
    Fixture f;
    REQUIRE(f.import(kFull).applied);
    const QByteArray json = R"({"format": "parat-handbook", "format_version": 1, "tasks": [
        {"key": "P1-01", "phase": "P1", "title_da": "Læs håndbog", "due_offset_weeks": -20},
        {"key": "P1-02", "phase": "P1", "title_da": "Planlæg", "due_offset_weeks": -10}]})";
    HandbookImporter importer(f.db, f.clock);
    const ImportOutcome outcome
        = importer.importDraft(readHandbookBytes(json, QStringLiteral("h.json")), QString(), false);
    REQUIRE(outcome.applied);
    CHECK(outcome.plan.keptColumns.contains(QStringLiteral("milestone")));
    CHECK(f.task(QStringLiteral("P1-01"))->milestone);
    CHECK(f.task(QStringLiteral("P1-01"))->titleEn == QStringLiteral("Read the handbook"));
}

TEST_CASE("Keys that differ only in case or spaces match the stored task", "[handbook][safety]")
{
    Fixture f;
    REQUIRE(f.import(kFull).applied);
    const Id storedId = f.task(QStringLiteral("P1-01"))->id;

    const QByteArray lower = "key;phase;title_da;title_en;due_offset_weeks;milestone;estimate_hours;description_da;"
                             "depends_on\n"
                             " p1-01 ;P1;Læs håndbog;Read the handbook;-20;ja;4;Hele teamet læser;\n"
                             "p1-02;P1;Planlæg;Plan;-10;nej;2;;P1-01\n";
    const ImportOutcome outcome = f.import(lower);
    REQUIRE(outcome.applied);
    CHECK(outcome.plan.added.isEmpty());
    CHECK(outcome.plan.withdrawn.isEmpty());
    REQUIRE(outcome.plan.changed.size() == 1); // P1-02 now depends on P1-01
    CHECK(outcome.plan.changed.first().changes.first().field == QStringLiteral("depends_on"));
    const QList<Task> tasks = HandbookRepository(f.db).tasks(true);
    CHECK(tasks.size() == 2);
    const std::optional<Task> first = f.task(QStringLiteral("P1-01"));
    REQUIRE(first);
    CHECK(first->id == storedId);
    CHECK_FALSE(first->isWithdrawn());
    CHECK(f.task(QStringLiteral("P1-02"))->dependsOn == QStringList {QStringLiteral("P1-01")});

    // Within one file the same rule makes a duplicate.
    const HandbookDraft twice = readHandbookBytes("key;phase;title_da;due_offset_weeks\n"
                                                  "P1-01;P1;En;-20\n"
                                                  "p1-01;P1;To;-10\n",
                                                  QStringLiteral("h.csv"));
    REQUIRE(twice.errors().size() == 1);
    CHECK(twice.errors().first().line == 3);
    CHECK(twice.errors().first().message.contains(QStringLiteral("line 2")));

    // depends_on may spell a key of the same file in another case.
    const HandbookDraft spelled = readHandbookBytes("key;phase;title_da;due_offset_weeks;depends_on\n"
                                                    "P1-01;P1;En;-20;\n"
                                                    "P1-02;P1;To;-10;p1-01\n",
                                                    QStringLiteral("h.csv"));
    CHECK_FALSE(spelled.hasErrors());
}

TEST_CASE("Estimates outside 0 to 10,000 hours are refused", "[handbook][safety]")
{
    installTranslations(QStringLiteral("en"));
    for (const char *value : {"1e308", "10001", "-1"}) {
        INFO(value);
        const HandbookDraft draft = readHandbookBytes(
            QByteArray("key;phase;title_da;due_offset_weeks;estimate_hours\nP1-01;P1;En;-20;") + value + "\n",
            QStringLiteral("h.csv"));
        REQUIRE(draft.errors().size() == 1);
        CHECK(draft.errors().first().column == QStringLiteral("estimate_hours"));
        CHECK(draft.errors().first().message.contains(QStringLiteral("10,000")));
    }
    const HandbookDraft fine = readHandbookBytes(
        "key;phase;title_da;due_offset_weeks;estimate_hours\nP1-01;P1;En;-20;10000\n", QStringLiteral("h.csv"));
    CHECK_FALSE(fine.hasErrors());
}

TEST_CASE("Typed dates are YYYY-MM-DD between 2000 and 2100", "[input][safety]")
{
    installTranslations(QStringLiteral("en"));
    QString error;
    CHECK(parseInputDate(QStringLiteral("2027-02-01"), QStringLiteral("--go-live"), &error) == QDate(2027, 2, 1));
    CHECK(parseInputDate(QStringLiteral(" 2000-01-01 "), QStringLiteral("x"), &error) == QDate(2000, 1, 1));
    CHECK(parseInputDate(QStringLiteral("2100-12-31"), QStringLiteral("x"), &error) == QDate(2100, 12, 31));
    for (const QString &bad :
         {QStringLiteral("0001-01-01"), QStringLiteral("9999-12-31"), QStringLiteral("1999-12-31"),
          QStringLiteral("2101-01-01"), QStringLiteral("2027/02/01"), QStringLiteral("2027-02-01T00:00"),
          QStringLiteral("2027-2-1"), QStringLiteral("2027-02-30"), QString()}) {
        INFO(bad.toStdString());
        error.clear();
        CHECK_FALSE(parseInputDate(bad, QStringLiteral("--go-live"), &error));
        CHECK(error.contains(QStringLiteral("--go-live")));
    }
}

TEST_CASE("A failed import ends its message with one period", "[handbook][safety]")
{
    Fixture f;
    REQUIRE(f.import(kFull).applied);
    // The stored task changes under the import's feet: the update finds no row and the merge stops with a
    // reason that is a whole sentence of its own.
    QSqlQuery query(f.db.connection());
    REQUIRE(query.exec(QStringLiteral("CREATE TEMP TRIGGER skip_update BEFORE UPDATE ON task "
                                      "BEGIN SELECT RAISE(IGNORE); END")));
    QByteArray changed = kFull;
    changed.replace("Planlæg", "Planlæg nu");
    const ImportOutcome outcome = f.import(changed);
    REQUIRE_FALSE(outcome.applied);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.error.contains(QStringLiteral("P1-02")));
    CHECK_FALSE(outcome.error.contains(QStringLiteral("..")));
    CHECK(outcome.error.endsWith(QLatin1Char('.')));
}
