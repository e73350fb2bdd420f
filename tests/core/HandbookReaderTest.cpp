#include "handbook/HandbookReader.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace parat;

namespace {

HandbookDraft readFixture(const char *name)
{
    return readHandbookFile(test::dataPath(QStringLiteral("handbook/") + QString::fromUtf8(name)));
}

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString allProblems(const HandbookDraft &draft)
{
    QStringList lines;
    for (const ImportProblem &problem : draft.problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

// The draft has exactly one error; it sits on the given CSV line and column, its text starts with the
// "Line N, column C: " prefix, and it says what was expected and names the given fragments.
ImportProblem requireSingleError(const HandbookDraft &draft, int line, const char *column,
                                 std::initializer_list<const char *> fragments = {})
{
    INFO(allProblems(draft));
    REQUIRE(draft.hasErrors());
    REQUIRE(draft.errors().size() == 1);
    const ImportProblem error = draft.errors().constFirst();
    CHECK(error.line == line);
    CHECK(error.column == str(column));
    const QString text = error.toString();
    if (line > 0 && *column)
        CHECK(text.startsWith(QStringLiteral("Line %1, column %2: ").arg(line).arg(str(column))));
    else if (line > 0)
        CHECK(text.startsWith(QStringLiteral("Line %1: ").arg(line)));
    CHECK(error.message.contains(QStringLiteral("expected"), Qt::CaseInsensitive));
    for (const char *fragment : fragments)
        CHECK(text.contains(str(fragment)));
    return error;
}

const ImportProblem *findProblem(const HandbookDraft &draft, int index, const char *column)
{
    for (const ImportProblem &problem : draft.problems) {
        if (problem.index == index && problem.column == str(column))
            return &problem;
    }
    return nullptr;
}

} // namespace

// ---- Good files ----------------------------------------------------------------------------------------------

TEST_CASE("The sample handbook CSV reads with 91 tasks and no problems", "[handbook]")
{
    const HandbookDraft draft = readHandbookFile(test::sampleDataPath(QStringLiteral("handbook-sample.csv")));
    INFO(allProblems(draft));
    CHECK_FALSE(draft.hasErrors());
    CHECK(draft.problems.isEmpty());
    REQUIRE(draft.tasks.size() == 91);
    CHECK(draft.tasks.first().key == QStringLiteral("P1-01"));
    CHECK(draft.tasks.first().phase == Phase::P1);
    CHECK(draft.tasks.first().theme == Theme::ORG);
    CHECK(draft.tasks.first().responsibleRole == Role::PE);
    CHECK(draft.tasks.first().releaseOffsetWeeks == -44);
    CHECK(draft.tasks.first().dueOffsetWeeks == -40);
    CHECK(draft.tasks[1].titleDa == str("Deltag i informationsmøde for DUBU-projektledere"));
    CHECK(draft.tasks[3].mandatory);
    CHECK(draft.sourceName == QStringLiteral("handbook-sample.csv"));
    for (int i = 0; i < draft.tasks.size(); ++i) {
        CHECK(draft.tasks[i].sortOrder == i);
        CHECK(draft.tasks[i].municipalityId == 0);
    }
}

TEST_CASE("A minimal CSV with only the required columns reads", "[handbook]")
{
    const HandbookDraft draft = readFixture("good-minimal.csv");
    INFO(allProblems(draft));
    CHECK(draft.problems.isEmpty());
    REQUIRE(draft.tasks.size() == 2);
    const Task &task = draft.tasks[1];
    CHECK(task.key == QStringLiteral("A-02"));
    CHECK(task.phase == Phase::P21);
    CHECK(task.titleDa == QStringLiteral("Afklar arbejdsgange"));
    CHECK(task.dueOffsetWeeks == -28);
    CHECK_FALSE(task.theme.has_value());
    CHECK_FALSE(task.responsibleRole.has_value());
    CHECK_FALSE(task.releaseOffsetWeeks.has_value());
    CHECK(task.estimateHours == 0.0);
    CHECK_FALSE(task.mandatory);
    CHECK(task.sortOrder == 1);
    CHECK(draft.title == QStringLiteral("good-minimal"));
}

TEST_CASE("A CSV with every column reads codes and flags and dependencies", "[handbook]")
{
    const HandbookDraft draft = readFixture("good-full.csv");
    INFO(allProblems(draft));
    CHECK(draft.problems.isEmpty());
    REQUIRE(draft.tasks.size() == 3);
    const Task &second = draft.tasks[1];
    CHECK(second.phase == Phase::P21);
    CHECK(second.theme == Theme::FOR);
    CHECK(second.titleDa == str("Afklar \"nye\" arbejdsgange, trin 1"));
    CHECK(second.responsibleRole == Role::PL);
    CHECK(second.performerRole == Role::FL);
    CHECK(second.releaseOffsetWeeks == -30);
    CHECK(second.estimateHours == 2.5);
    CHECK(second.perPerson);
    CHECK_FALSE(second.mandatory);
    CHECK(second.milestone);
    CHECK(second.dependsOn == QStringList {QStringLiteral("P1-01")});
    const Task &third = draft.tasks[2];
    CHECK(third.sortOrder == 2); // the blank line is not a task
    CHECK_FALSE(third.theme.has_value());
    CHECK(third.perPerson);
    CHECK(third.dependsOn == (QStringList {QStringLiteral("P1-01"), QStringLiteral("P1-02")}));
}

TEST_CASE("A file saved by Danish Excel reads", "[handbook]")
{
    const HandbookDraft draft = readFixture("danish-excel.csv");
    INFO(allProblems(draft));
    CHECK(draft.problems.isEmpty());
    REQUIRE(draft.tasks.size() == 3); // the trailing ";;;;" row is not a task
    CHECK(draft.tasks[0].titleDa == QStringLiteral("Udpeg projektejer og DUBU-projektleder"));
    CHECK(draft.tasks[0].estimateHours == 2.5);
    CHECK(draft.tasks[0].mandatory);
    CHECK_FALSE(draft.tasks[0].perPerson);
    CHECK(draft.tasks[0].descriptionDa == str("Første skridt"));
    CHECK(draft.tasks[1].titleDa == str("Kortlæg arbejdsgange\nfor sagsbehandlere"));
    CHECK(draft.tasks[1].estimateHours == 12.75);
    CHECK(draft.tasks[1].perPerson);
    CHECK_FALSE(draft.tasks[1].mandatory);
    CHECK(draft.tasks[1].descriptionDa == str("Brug; gerne \"as-is\""));
    CHECK(draft.tasks[2].phase == Phase::P3);
    CHECK(draft.tasks[2].dueOffsetWeeks == 4);
    CHECK(draft.tasks[2].milestone);
}

TEST_CASE("A Windows-1252 file reads with a warning and correct Danish letters", "[handbook]")
{
    const HandbookDraft draft = readFixture("windows-1252.csv");
    INFO(allProblems(draft));
    CHECK_FALSE(draft.hasErrors());
    REQUIRE(draft.warnings().size() == 1);
    CHECK(draft.warnings().first().message.contains(QStringLiteral("Windows-1252")));
    REQUIRE(draft.tasks.size() == 2);
    CHECK(draft.tasks[0].titleDa == str("Læs håndbogen og udpeg én ansvarlig"));
    CHECK(draft.tasks[0].estimateHours == 1.5);
    CHECK(draft.tasks[1].titleDa == str("Ændr skabeloner for børnesager – ørebøf"));
}

TEST_CASE("A tab separated file reads and warns about an unknown column", "[handbook]")
{
    const HandbookDraft draft = readFixture("good-tabs.tsv");
    CHECK_FALSE(draft.hasErrors());
    REQUIRE(draft.warnings().size() == 1);
    const ImportProblem warning = draft.warnings().first();
    CHECK(warning.line == 1);
    CHECK(warning.column == QStringLiteral("note"));
    CHECK(warning.message.contains(QStringLiteral("\"note\"")));
    REQUIRE(draft.tasks.size() == 1);
    CHECK(draft.tasks[0].titleDa == str("Mål gevinster, løbende"));
    CHECK(draft.tasks[0].phase == Phase::P4);
}

TEST_CASE("A UTF-16 file as Excel saves Unicode text reads", "[handbook]")
{
    const QString text = str("key\tphase\ttitle_da\tdue_offset_weeks\r\nU-01\tP1\tSkriv én plan\t-40\r\n");
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    const HandbookDraft draft = readHandbookCsv(bytes, QStringLiteral("unicode.txt"));
    INFO(allProblems(draft));
    CHECK(draft.problems.isEmpty());
    REQUIRE(draft.tasks.size() == 1);
    CHECK(draft.tasks[0].titleDa == str("Skriv én plan"));
}

TEST_CASE("A JSON handbook reads its header and tasks", "[handbook]")
{
    const HandbookDraft draft = readFixture("good.json");
    INFO(allProblems(draft));
    CHECK(draft.problems.isEmpty());
    CHECK(draft.title == str("Implementeringshåndbog DUBU 3.0"));
    CHECK(draft.version == QStringLiteral("2.1"));
    CHECK(draft.published == QDate(2018, 3, 15));
    REQUIRE(draft.tasks.size() == 3);
    CHECK(draft.tasks[0].releaseOffsetWeeks == -44);
    CHECK(draft.tasks[0].mandatory);
    CHECK(draft.tasks[0].responsibleRole == Role::PE);
    CHECK(draft.tasks[1].dueOffsetWeeks == -26);
    CHECK(draft.tasks[1].estimateHours == 2.5);
    CHECK(draft.tasks[1].perPerson);
    CHECK(draft.tasks[1].titleEn == QStringLiteral("Clarify work processes"));
    CHECK(draft.tasks[1].dependsOn == QStringList {QStringLiteral("J-01")});
    CHECK(draft.tasks[1].externalRef == QStringLiteral("KLIK-17"));
    CHECK(draft.tasks[2].dependsOn == (QStringList {QStringLiteral("J-01"), QStringLiteral("J-02")}));
    CHECK(draft.tasks[2].sortOrder == 2);
}

TEST_CASE("JSON is chosen by content or by extension", "[handbook]")
{
    QFile file(test::dataPath(QStringLiteral("handbook/good.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const HandbookDraft byContent
        = readHandbookBytes(QByteArray("\xEF\xBB\xBF \r\n", 6) + json, QStringLiteral("x.txt"));
    CHECK(byContent.problems.isEmpty());
    CHECK(byContent.tasks.size() == 3);

    test::TempDir dir;
    QFile broken(dir.file(QStringLiteral("broken.json")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("key,phase\n");
    broken.close();
    const HandbookDraft byName = readHandbookFile(broken.fileName());
    REQUIRE(byName.errors().size() == 1);
    CHECK(byName.errors().first().message.contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("The draft carries the SHA-256 of the bytes and the source name", "[handbook]")
{
    const QString path = test::dataPath(QStringLiteral("handbook/good-minimal.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    const HandbookDraft draft = readHandbookFile(path);
    CHECK(draft.sha256 == expected);
    CHECK(draft.sha256.size() == 64);
    CHECK(draft.sourceName == QStringLiteral("good-minimal.csv"));
}

// ---- One error class per fixture ---------------------------------------------------------------------------

TEST_CASE("A missing required column is an error naming the column", "[handbook]")
{
    const HandbookDraft draft = readFixture("missing-column.csv");
    requireSingleError(draft, 1, "due_offset_weeks", {"due_offset_weeks", "missing"});
}

TEST_CASE("A duplicate key is an error naming both lines", "[handbook]")
{
    const HandbookDraft draft = readFixture("duplicate-key.csv");
    const ImportProblem error = requireSingleError(draft, 4, "key", {"A-01", "line 2"});
    CHECK(error.key == QStringLiteral("A-01"));
}

TEST_CASE("An empty key is an error", "[handbook]")
{
    requireSingleError(readFixture("empty-key.csv"), 3, "key", {"key is empty"});
}

TEST_CASE("An unknown phase is an error listing the phases", "[handbook]")
{
    requireSingleError(readFixture("unknown-phase.csv"), 3, "phase", {"\"P5\"", "P1, P21, P22, P23, P3, P4"});
}

TEST_CASE("An unknown theme is an error listing the themes", "[handbook]")
{
    requireSingleError(readFixture("unknown-theme.csv"), 3, "theme", {"\"XYZ\"", "ORG", "GEV"});
}

TEST_CASE("An unknown role is an error listing the roles", "[handbook]")
{
    requireSingleError(readFixture("unknown-role.csv"), 3, "performer_role", {"\"BOSS\"", "PE", "KOMM"});
}

TEST_CASE("A non-numeric offset is an error", "[handbook]")
{
    requireSingleError(readFixture("offset-not-numeric.csv"), 3, "due_offset_weeks", {"whole number", "\"snart\""});
}

TEST_CASE("A fractional offset is an error asking for whole weeks", "[handbook]")
{
    requireSingleError(readFixture("offset-not-integer.csv"), 3, "due_offset_weeks", {"whole number", "\"2,5\""});
}

TEST_CASE("Release after due is an error", "[handbook]")
{
    requireSingleError(readFixture("release-after-due.csv"), 3, "release_offset_weeks",
                       {"-30", "-35", "at most due_offset_weeks"});
}

TEST_CASE("Negative hours are an error", "[handbook]")
{
    requireSingleError(readFixture("hours-negative.csv"), 3, "estimate_hours", {"between 0 and", "\"-3\""});
}

TEST_CASE("Non-numeric hours are an error", "[handbook]")
{
    requireSingleError(readFixture("hours-not-numeric.csv"), 3, "estimate_hours", {"number of hours", "\"en dag\""});
}

TEST_CASE("A bad yes or no value is an error listing the spellings", "[handbook]")
{
    requireSingleError(readFixture("bad-boolean.csv"), 3, "mandatory", {"ja/nej", "\"måske\""});
}

TEST_CASE("An empty Danish title is an error", "[handbook]")
{
    requireSingleError(readFixture("empty-title.csv"), 3, "title_da", {"title_da"});
}

TEST_CASE("A header without tasks is an error", "[handbook]")
{
    const HandbookDraft draft = readFixture("header-only.csv");
    requireSingleError(draft, 0, "", {"no tasks"});
    CHECK(draft.tasks.isEmpty());
}

TEST_CASE("An empty file is an error", "[handbook]")
{
    requireSingleError(readFixture("empty.csv"), 0, "", {"empty"});
    requireSingleError(readHandbookCsv(QByteArray(" \r\n\r\n"), QStringLiteral("blank.csv")), 0, "", {"empty"});
    requireSingleError(readHandbookJson(QByteArray(), QStringLiteral("blank.json")), 0, "", {"empty"});
}

TEST_CASE("Binary content is one error and is not parsed", "[handbook]")
{
    const HandbookDraft draft = readFixture("binary.csv");
    requireSingleError(draft, 0, "", {"binary"});
    CHECK(draft.problems.size() == 1);
    CHECK(draft.tasks.isEmpty());

    const HandbookDraft workbook = readFixture("workbook.xlsx");
    requireSingleError(workbook, 0, "", {"Excel", "CSV"});
    CHECK(workbook.problems.size() == 1);

    // No NUL bytes but mostly non-text.
    QByteArray noise;
    for (int i = 0; i < 4000; ++i)
        noise.append(static_cast<char>(0x80 + (i * 37) % 0x7F));
    requireSingleError(readHandbookCsv(noise, QStringLiteral("noise.csv")), 0, "", {"binary"});
    QByteArray controls;
    for (int i = 0; i < 400; ++i)
        controls.append(i % 3 == 0 ? 'a' : static_cast<char>(1 + i % 8));
    requireSingleError(readHandbookCsv(controls, QStringLiteral("controls.csv")), 0, "", {"binary"});
}

TEST_CASE("A file over 20 MB is one error and is not read", "[handbook]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("huge.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray line("A-01,P1,Title,-40\n");
    REQUIRE(file.resize(kMaxHandbookFileBytes + 1));
    file.write("key,phase,title_da,due_offset_weeks\n");
    file.write(line);
    file.close();
    const HandbookDraft draft = readHandbookFile(path);
    requireSingleError(draft, 0, "", {"20.0 MB"});
    CHECK(draft.problems.size() == 1);

    const QByteArray bytes(kMaxHandbookFileBytes + 1, 'a');
    requireSingleError(readHandbookCsv(bytes, QStringLiteral("big.csv")), 0, "", {"MB"});
    requireSingleError(readHandbookJson(bytes, QStringLiteral("big.json")), 0, "", {"MB"});
    // Exactly at the limit is fine (it fails later, as text without tasks).
    const HandbookDraft atLimit = readHandbookCsv(QByteArray(kMaxHandbookFileBytes, 'a'), QStringLiteral("x.csv"));
    REQUIRE(atLimit.hasErrors());
    for (const ImportProblem &error : atLimit.errors())
        CHECK_FALSE(error.message.contains(QStringLiteral("MB")));
}

TEST_CASE("An unterminated quote is an error on the line where it opens", "[handbook]")
{
    const HandbookDraft draft = readFixture("unterminated-quote.csv");
    requireSingleError(draft, 3, "", {"closing quote"});
    CHECK(draft.problems.size() == 1);
}

TEST_CASE("A line with more values than the header is an error", "[handbook]")
{
    const HandbookDraft draft = readFixture("too-many-fields.csv");
    INFO(allProblems(draft));
    bool found = false;
    for (const ImportProblem &error : draft.errors()) {
        if (error.column.isEmpty()) {
            found = true;
            CHECK(error.line == 3);
            CHECK(error.toString().startsWith(QStringLiteral("Line 3: ")));
            CHECK(error.message.contains(QStringLiteral("5 values")));
            CHECK(error.message.contains(QStringLiteral("4 columns")));
            CHECK(error.message.contains(QStringLiteral("expected at most 4")));
        }
    }
    CHECK(found);
}

TEST_CASE("A line with fewer values than the header treats the rest as empty", "[handbook]")
{
    const QByteArray csv("key,phase,title_da,due_offset_weeks,estimate_hours\nA-01,P1,Første,-40\nA-02,P1,Anden\n");
    const HandbookDraft draft = readHandbookCsv(csv, QStringLiteral("short.csv"));
    requireSingleError(draft, 3, "due_offset_weeks", {"due week is empty"});
    CHECK(draft.tasks[0].estimateHours == 0.0);

    // Empty values beyond the header are what spreadsheets write; they are no error.
    const QByteArray trailing("key;phase;title_da;due_offset_weeks\r\nA-01;P1;Første;-40;;\r\n");
    CHECK_FALSE(readHandbookCsv(trailing, QStringLiteral("trailing.csv")).hasErrors());
}

TEST_CASE("Depending on an unknown key is an error", "[handbook]")
{
    requireSingleError(readFixture("depends-unknown.csv"), 3, "depends_on", {"\"A-99\""});
}

TEST_CASE("Depending on itself is an error", "[handbook]")
{
    requireSingleError(readFixture("depends-self.csv"), 3, "depends_on", {"itself"});
}

TEST_CASE("Circular dependencies are an error naming the circle", "[handbook]")
{
    requireSingleError(readFixture("depends-cycle.csv"), 2, "depends_on", {"A-01", "A-02", "A-03"});
}

TEST_CASE("Every problem of a file is reported and not only the first", "[handbook]")
{
    const HandbookDraft draft = readFixture("many-errors.csv");
    INFO(allProblems(draft));
    const QList<ImportProblem> errors = draft.errors();
    REQUIRE(errors.size() == 7);
    auto has = [&](int line, const char *column) {
        for (const ImportProblem &error : errors) {
            if (error.line == line && error.column == str(column))
                return true;
        }
        return false;
    };
    CHECK(has(2, "phase"));
    CHECK(has(3, "theme"));
    CHECK(has(3, "title_da"));
    CHECK(has(3, "due_offset_weeks"));
    CHECK(has(3, "estimate_hours"));
    CHECK(has(4, "key"));
    CHECK(has(4, "estimate_hours"));
    REQUIRE(draft.warnings().size() == 1);
    CHECK(draft.warnings().first().column == QStringLiteral("colour"));
}

TEST_CASE("A missing file or a folder is an error", "[handbook]")
{
    test::TempDir dir;
    const HandbookDraft missing = readHandbookFile(dir.file(QStringLiteral("nope.csv")));
    REQUIRE(missing.errors().size() == 1);
    CHECK(missing.errors().first().message.contains(QStringLiteral("does not exist")));
    CHECK(missing.sourceName == QStringLiteral("nope.csv"));
    requireSingleError(readHandbookFile(dir.path()), 0, "", {"folder"});
}

TEST_CASE("A duplicate column in the header is an error", "[handbook]")
{
    const QByteArray csv("key,phase,title_da,due_offset_weeks,Phase\nA-01,P1,Første,-40,P2\n");
    requireSingleError(readHandbookCsv(csv, QStringLiteral("dup.csv")), 1, "phase", {"columns 2 and 5"});
}

// ---- JSON errors ---------------------------------------------------------------------------------------------

TEST_CASE("Invalid JSON is an error with its line", "[handbook]")
{
    const HandbookDraft draft = readFixture("json-invalid.json");
    requireSingleError(draft, 5, "", {"not valid JSON", "column"});
    CHECK(draft.tasks.isEmpty());
}

TEST_CASE("A JSON file of another format is an error", "[handbook]")
{
    requireSingleError(readFixture("json-wrong-format.json"), 0, "format", {"parat-handbook", "\"excel-export\""});
    requireSingleError(readHandbookJson(QByteArray("[1, 2]"), QStringLiteral("list.json")), 0, "", {"object"});
}

TEST_CASE("A JSON file of a newer format version is an error", "[handbook]")
{
    const ImportProblem error = requireSingleError(readFixture("json-newer-version.json"), 0, "format_version",
                                                   {"format version 2", "newer"});
    CHECK(error.toString().startsWith(QStringLiteral("Field format_version: ")));
}

TEST_CASE("A JSON file without tasks is an error", "[handbook]")
{
    requireSingleError(readFixture("json-no-tasks.json"), 0, "tasks", {"no tasks"});
}

TEST_CASE("JSON task errors name the task number and key and field", "[handbook]")
{
    const HandbookDraft draft = readFixture("json-errors.json");
    INFO(allProblems(draft));

    const ImportProblem *published = findProblem(draft, -1, "handbook.published");
    REQUIRE(published);
    CHECK(published->message.contains(QStringLiteral("YYYY-MM-DD")));

    const ImportProblem *phase = findProblem(draft, 1, "phase");
    REQUIRE(phase);
    CHECK(phase->toString().startsWith(QStringLiteral("Task 2 (key J-02), field phase: ")));
    CHECK(phase->message.contains(QStringLiteral("\"P7\"")));

    const ImportProblem *due = findProblem(draft, 1, "due_offset_weeks");
    REQUIRE(due);
    CHECK(due->message.contains(QStringLiteral("whole number")));
    CHECK(due->message.contains(QStringLiteral("\"2.5\"")));
    REQUIRE(findProblem(draft, 1, "mandatory"));

    const ImportProblem *duplicate = findProblem(draft, 2, "key");
    REQUIRE(duplicate);
    CHECK(duplicate->toString().startsWith(QStringLiteral("Task 3 (key J-01), field key: ")));
    CHECK(duplicate->message.contains(QStringLiteral("task 1")));
    REQUIRE(findProblem(draft, 2, "title_da"));
    REQUIRE(findProblem(draft, 2, "depends_on"));
    CHECK(findProblem(draft, 2, "depends_on")->message.contains(QStringLiteral("\"J-09\"")));

    const ImportProblem *notObject = findProblem(draft, 3, "");
    REQUIRE(notObject);
    CHECK(notObject->toString().startsWith(QStringLiteral("Task 4: ")));

    const ImportProblem *emptyKey = findProblem(draft, 4, "key");
    REQUIRE(emptyKey);
    CHECK(emptyKey->toString().startsWith(QStringLiteral("Task 5, field key: ")));
    const ImportProblem *hours = findProblem(draft, 4, "estimate_hours");
    REQUIRE(hours);
    CHECK(hours->message.contains(QStringLiteral("an object")));

    CHECK(draft.errors().size() == 10);
    REQUIRE(draft.warnings().size() == 1);
    CHECK(draft.warnings().first().column == QStringLiteral("colour"));
}

// ---- Problem text --------------------------------------------------------------------------------------------

TEST_CASE("Import problems format their place in the file", "[handbook]")
{
    ImportProblem problem;
    problem.message = QStringLiteral("Expected something.");
    CHECK(problem.toString() == QStringLiteral("Expected something."));
    problem.line = 12;
    CHECK(problem.toString() == QStringLiteral("Line 12: Expected something."));
    problem.column = QStringLiteral("due_offset_weeks");
    CHECK(problem.toString() == QStringLiteral("Line 12, column due_offset_weeks: Expected something."));
    problem.line = 0;
    problem.index = 2;
    problem.key = QStringLiteral("P1-04");
    problem.column = QStringLiteral("phase");
    CHECK(problem.toString() == QStringLiteral("Task 3 (key P1-04), field phase: Expected something."));

    HandbookDraft draft;
    CHECK_FALSE(draft.hasErrors());
    problem.severity = ImportProblem::Severity::Warning;
    draft.problems.append(problem);
    CHECK_FALSE(draft.hasErrors());
    problem.severity = ImportProblem::Severity::Error;
    draft.problems.append(problem);
    CHECK(draft.hasErrors());
    CHECK(draft.errors().size() == 1);
    CHECK(draft.warnings().size() == 1);
}
