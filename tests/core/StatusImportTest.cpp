// Statuses coming back from spreadsheets (docs/spreadsheets.md "Status sheets" and "Importing statuses"): the
// reader (handbook/SpreadsheetReader: .xlsx with libzip and QXmlStreamReader, CSV), the status sheet per person
// (report/StatusSheet), the plan (services/StatusImport), the saved mappings (migration 9) and the one undo step.
#include "Fixtures.h"
#include "StatusDigest.h"
#include "TestSupport.h"

#include "commands/StatusImportCommands.h"
#include "commands/TaskCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "handbook/SpreadsheetReader.h"
#include "report/StatusSheet.h"
#include "report/XlsxWriter.h"
#include "services/StatusImport.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/StatusMappingRepository.h"
#include "storage/TaskRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoStack>

#include <zip.h>

using namespace parat;

namespace {

struct Fixture : test::DemoDatabase
{
    Person person;
    QList<StatusSheetRow> rows;

    Fixture()
        : DemoDatabase(QStringLiteral("en"))
    {
        // The person with the most open tasks.
        for (const Person &p : PersonRepository(db).forMunicipality(demo.id)) {
            const QList<StatusSheetRow> theirs = statusSheetRows(db, demo.id, p.id, QStringLiteral("en"));
            if (theirs.size() > rows.size()) {
                rows = theirs;
                person = p;
            }
        }
        REQUIRE(rows.size() >= 3);
    }
    ~Fixture() { installTranslations(QStringLiteral("en")); }

    PlannedTask task(const QString &key)
    {
        for (const PlannedTask &t : TaskRepository(db).plannedTasks(demo.id)) {
            if (t.task.key == key)
                return t;
        }
        FAIL("no task " << key.toStdString());
        return {};
    }

    // Every task state and the history, to show that something changed nothing.
    QByteArray snapshot() { return test::statusDigest(db.connection()); }

    // Export the person's status sheet; returns its path.
    QString exportSheet(const QString &name = QStringLiteral("sheet.xlsx"))
    {
        const QString path = dir.file(name);
        QString error;
        REQUIRE(writeStatusSheet(path, rows, person.name, clock.now(), QStringLiteral("en"), &error));
        return path;
    }
};

// A sheet as cells again, to edit and write as a spreadsheet program would save it.
QList<QVariantList> cellsOf(const SpreadsheetSheet &sheet)
{
    QList<QVariantList> table;
    const int columns = sheet.columnCount();
    for (int r = 0; r < sheet.rows.size(); ++r) {
        QVariantList row;
        for (int c = 0; c < columns; ++c) {
            const SpreadsheetCell cell = sheet.cell(r, c);
            switch (cell.kind) {
            case SpreadsheetCell::Kind::Date:
                row.append(cell.date);
                break;
            case SpreadsheetCell::Kind::Number:
                row.append(cell.number);
                break;
            case SpreadsheetCell::Kind::Empty:
                row.append(QVariant());
                break;
            default:
                row.append(cell.text);
            }
        }
        table.append(row);
    }
    return table;
}

// Writes table (its first row the headings) as one sheet with libxlsxwriter; dates as dates, numbers as numbers.
void writeTable(const QString &path, const QString &sheetName, const QList<QVariantList> &table)
{
    SheetTable sheet;
    sheet.name = sheetName;
    const QVariantList &headings = table.constFirst();
    for (int c = 0; c < headings.size(); ++c) {
        SheetColumn column;
        column.heading = headings.at(c).toString();
        for (int r = 1; r < table.size(); ++r) {
            const QVariant value = table.at(r).value(c);
            if (value.typeId() == QMetaType::QDate)
                column.kind = SheetColumn::Kind::Date;
            else if (value.typeId() == QMetaType::Double)
                column.kind = SheetColumn::Kind::Hours;
        }
        sheet.columns.append(column);
    }
    sheet.rows = table.mid(1);
    QString error;
    INFO(error.toStdString());
    REQUIRE(writeXlsxWorkbook(path, {sheet}, QStringLiteral("da"), &error));
}

int columnNamed(const QVariantList &headings, const QString &name)
{
    for (int c = 0; c < headings.size(); ++c) {
        if (headings.at(c).toString() == name)
            return c;
    }
    FAIL("no column " << name.toStdString());
    return -1;
}

// A zip with the given parts, as another spreadsheet program writes an .xlsx.
void writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(archive);
    QList<QByteArray> keep; // libzip reads the buffers when it closes
    for (const auto &[name, bytes] : parts) {
        keep.append(bytes);
        zip_source_t *source = zip_source_buffer(archive, keep.constLast().constData(), zip_uint64_t(bytes.size()), 0);
        REQUIRE(source);
        REQUIRE(zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
}

const QByteArray kContentTypes = R"(<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";

// A workbook as LibreOffice or an older Excel saves it: an empty first row, a title merged over three cells,
// inline strings, rich-text shared strings, a date as a serial number with a custom format, a boolean, and the
// sheet part named by the relationships (not sheet1.xml).
QList<QPair<QString, QByteArray>> foreignWorkbook(const QByteArray &sheetXml)
{
    return {
        {QStringLiteral("[Content_Types].xml"), kContentTypes},
        {QStringLiteral("xl/workbook.xml"), R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Forside" sheetId="1" r:id="rId7"/><sheet name="KLIK-udtræk" sheetId="2" r:id="rId8"/></sheets>
</workbook>)"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/forside.xml"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)"},
        {QStringLiteral("xl/strings.xml"), R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>Aktivitet</t></si>
<si><r><rPr><b/></rPr><t>Til</t></r><r><t>stand</t></r></si>
<si><t>Lukket</t><rPh sb="0" eb="1"><t>X</t></rPh></si>
<si><t xml:space="preserve">Udtræk fra KLIK </t></si>
</sst>)"},
        {QStringLiteral("xl/styles.xml"), R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-406]d\.\ mmmm\ yyyy;@"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs>
</styleSheet>)"},
        {QStringLiteral("xl/worksheets/forside.xml"), R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>)"},
        {QStringLiteral("xl/worksheets/data.xml"), sheetXml},
    };
}

const QByteArray kForeignSheet = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="2"><c r="A2" t="s"><v>3</v></c></row>
<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="inlineStr"><is><t>Afsluttet dato</t></is></c><c r="D3" t="inlineStr"><is><t>Markeret i KLIK</t></is></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>Første række</t></is></c><c r="B4" t="s"><v>2</v></c><c r="C4" s="1"><v>46350</v></c><c r="D4" t="b"><v>1</v></c></row>
<row r="5"><c r="A5" t="str"><f>A4</f><v>Første række</v></c><c r="B5"/><c r="C5" s="2"><v>7.5</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A2:C2"/></mergeCells></worksheet>)";

} // namespace

TEST_CASE("A workbook from another spreadsheet program is read cell by cell", "[status][spreadsheet]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("klik.xlsx"));
    writeZip(path, foreignWorkbook(kForeignSheet));
    const SpreadsheetBook book = readSpreadsheetFile(path);
    INFO(book.error.toStdString());
    REQUIRE(book.ok());
    REQUIRE(book.sheets.size() == 2);
    CHECK(book.sheets.at(0).name == QStringLiteral("Forside"));
    CHECK(book.sheets.at(0).rows.isEmpty());
    const SpreadsheetSheet &sheet = book.sheets.at(1);
    CHECK(sheet.name == QStringLiteral("KLIK-udtræk"));
    CHECK(sheet.rows.at(0).isEmpty()); // the empty first row stays a row
    CHECK(sheet.cell(1, 0).text == QStringLiteral("Udtræk fra KLIK ")); // merged: the value is in its first cell
    CHECK(sheet.cell(1, 1).isEmpty());
    CHECK(sheet.cell(2, 1).text == QStringLiteral("Tilstand")); // rich text runs joined
    CHECK(sheet.cell(2, 2).text == QStringLiteral("Afsluttet dato")); // inline string
    CHECK(sheet.cell(3, 1).text == QStringLiteral("Lukket")); // the phonetic run left out
    CHECK(sheet.cell(3, 2).kind == SpreadsheetCell::Kind::Date);
    CHECK(sheet.cell(3, 2).date == QDate(2026, 11, 24)); // serial 46350 in the 1900 system
    CHECK(sheet.cell(3, 3).kind == SpreadsheetCell::Kind::Boolean);
    CHECK(sheet.cell(3, 3).number == 1.0);
    CHECK(sheet.cell(4, 0).text == QStringLiteral("Første række")); // a formula's cached text
    CHECK(sheet.cell(4, 2).kind == SpreadsheetCell::Kind::Number); // 0.00 is not a date format
    CHECK(sheet.cell(4, 2).number == 7.5);

    // Excel's 1900 calendar counts a 29 February that never was.
    CHECK(spreadsheetSerialDate(1) == QDate(1900, 1, 1));
    CHECK(spreadsheetSerialDate(59) == QDate(1900, 2, 28));
    CHECK(spreadsheetSerialDate(61) == QDate(1900, 3, 1));
    CHECK(spreadsheetSerialDate(0, true) == QDate(1904, 1, 1));
}

TEST_CASE("A damaged workbook gives a message naming sheet, row and column", "[status][spreadsheet]")
{
    test::TempDir dir;
    // Not a zip at all, though named .xlsx.
    const QString notZip = dir.file(QStringLiteral("broken.xlsx"));
    {
        QFile file(notZip);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 this is not really a zip file");
    }
    SpreadsheetBook book = readSpreadsheetFile(notZip);
    CHECK_FALSE(book.ok());
    CHECK(book.error.contains(QStringLiteral("broken.xlsx")));

    // A cell that says it is a number but is not.
    QByteArray bad = kForeignSheet;
    bad.replace("<v>7.5</v>", "<v>syv</v>");
    const QString badCell = dir.file(QStringLiteral("badcell.xlsx"));
    writeZip(badCell, foreignWorkbook(bad));
    book = readSpreadsheetFile(badCell);
    CHECK_FALSE(book.ok());
    CHECK(book.error.contains(QStringLiteral("Sheet \"KLIK-udtræk\", row 5, column C")));

    // Broken XML in the sheet.
    QByteArray cut = kForeignSheet;
    cut.truncate(cut.indexOf("<row r=\"5\">") + 20);
    const QString cutPath = dir.file(QStringLiteral("cut.xlsx"));
    writeZip(cutPath, foreignWorkbook(cut));
    book = readSpreadsheetFile(cutPath);
    CHECK_FALSE(book.ok());
    CHECK(book.error.contains(QStringLiteral("Sheet \"KLIK-udtræk\"")));
    CHECK(book.sheets.isEmpty());
}

TEST_CASE("A person's status sheet lists their open tasks with lists, dates and hidden export columns",
          "[status][spreadsheet]")
{
    Fixture f;
    const QString path = f.exportSheet();
    const SpreadsheetBook book = readSpreadsheetFile(path);
    INFO(book.error.toStdString());
    REQUIRE(book.ok());
    const SpreadsheetSheet &sheet = book.sheets.constFirst();
    CHECK(sheet.name == QStringLiteral("Status"));
    CHECK(sheet.rows.size() == f.rows.size() + 1);
    CHECK(sheet.cell(0, 0).text == QStringLiteral("Task"));
    CHECK(sheet.cell(0, 8).text == kStatusSheetExportedStatus);
    CHECK(sheet.cell(1, 0).text == f.rows.at(0).key);
    CHECK(sheet.cell(1, 2).kind == SpreadsheetCell::Kind::Date);
    CHECK(sheet.cell(1, 2).date == f.rows.at(0).due);
    CHECK(sheet.cell(1, 3).kind == SpreadsheetCell::Kind::Number);
    CHECK(sheet.cell(1, 4).text == statusName(f.rows.at(0).status));
    CHECK(sheet.cell(1, 8).text == statusCode(f.rows.at(0).status));
    CHECK(QDateTime::fromString(sheet.cell(1, 9).text, Qt::ISODate) == f.clock.now());

    // The package itself: a list validation of the five status words, date validations and hidden columns.
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    REQUIRE(archive);
    zip_stat_t stat;
    REQUIRE(zip_stat(archive, "xl/worksheets/sheet1.xml", 0, &stat) == 0);
    QByteArray xml(qsizetype(stat.size), '\0');
    zip_file_t *file = zip_fopen(archive, "xl/worksheets/sheet1.xml", 0);
    REQUIRE(zip_fread(file, xml.data(), stat.size) == zip_int64_t(stat.size));
    zip_fclose(file);
    zip_discard(archive);
    CHECK(xml.contains("type=\"list\""));
    CHECK(xml.contains("\"Not started,In progress,Waiting,Done,Not relevant\""));
    CHECK(xml.contains("type=\"date\""));
    CHECK(xml.contains("hidden=\"1\""));
    CHECK(xml.contains("<sheetProtection"));

    // Read straight back, nothing was edited: nothing changes.
    const StatusMapping mapping = guessStatusMapping(sheet);
    CHECK(mapping.columns.key == 0);
    CHECK(mapping.columns.status == 4);
    CHECK(mapping.columns.exportedAt == 9);
    const StatusImportPlan plan = planStatusImport(f.db, f.demo.id, book, mapping, f.clock);
    CHECK(plan.ok());
    CHECK(plan.count(StatusImportRow::Outcome::Unchanged) == f.rows.size());
    CHECK(plan.applying().isEmpty());
}

TEST_CASE("An edited status sheet comes back as one undo step after a restore point", "[status][undo]")
{
    Fixture f;
    const QString exported = f.exportSheet();
    SpreadsheetBook book = readSpreadsheetFile(exported);
    REQUIRE(book.ok());
    QList<QVariantList> table = cellsOf(book.sheets.constFirst());
    const int status = columnNamed(table.at(0), QStringLiteral("Status"));
    const int done = columnNamed(table.at(0), QStringLiteral("Done on"));
    const int note = columnNamed(table.at(0), QStringLiteral("Note"));
    const QString first = f.rows.at(0).key;
    const QString second = f.rows.at(1).key;
    const TaskState firstBefore = f.task(first).state;
    const TaskState secondBefore = f.task(second).state;
    table[1][status] = QStringLiteral("Done");
    table[1][done] = QDate(2026, 11, 25);
    table[2][status] = QStringLiteral("Waiting");
    table[2][note] = QStringLiteral("Venter på IT");
    const QString edited = f.dir.file(QStringLiteral("edited.xlsx"));
    writeTable(edited, QStringLiteral("Status"), table);

    f.clock.set(f.clock.now().addSecs(3600));
    book = readSpreadsheetFile(edited);
    REQUIRE(book.ok());
    const StatusImportPlan plan
        = planStatusImport(f.db, f.demo.id, book, guessStatusMapping(book.sheets.constFirst()), f.clock);
    INFO(plan.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(plan.ok());
    CHECK(plan.count(StatusImportRow::Outcome::Change) == 2);
    CHECK(plan.count(StatusImportRow::Outcome::Conflict) == 0);
    CHECK(plan.count(StatusImportRow::Outcome::Unchanged) == f.rows.size() - 2);

    const int pointsBefore = int(f.db.restorePoints().size());
    RestorePoint point;
    QString error;
    std::unique_ptr<ImportStatuses> command = prepareStatusImport(f.db, f.clock, plan, &point, &error);
    REQUIRE(command);
    CHECK(point.reason == QStringLiteral("status-import"));
    CHECK(f.db.restorePoints().size() == pointsBefore + 1);
    QUndoStack stack;
    stack.push(command.release());
    CHECK(stack.count() == 1);
    CHECK(f.task(first).state.status == Status::Done);
    CHECK(f.task(first).state.doneOn == QDate(2026, 11, 25));
    CHECK(f.task(second).state.status == Status::Waiting);
    CHECK(f.task(second).state.reason == QStringLiteral("Venter på IT"));
    CHECK(f.task(second).state.note == QStringLiteral("Venter på IT"));

    stack.undo();
    CHECK(f.task(first).state.status == firstBefore.status);
    CHECK(f.task(first).state.doneOn == firstBefore.doneOn);
    CHECK(f.task(second).state.status == secondBefore.status);
    CHECK(f.task(second).state.note == secondBefore.note);
    stack.redo();
    CHECK(f.task(first).state.status == Status::Done);
    CHECK(f.task(second).state.status == Status::Waiting);
}

TEST_CASE("A status changed in Parat after the export is a conflict the user settles", "[status]")
{
    Fixture f;
    const QString exported = f.exportSheet();
    const QString key = f.rows.at(0).key;
    const PlannedTask before = f.task(key);

    // In Parat, an hour later: the task is now In progress, or Waiting if it was already.
    f.clock.set(f.clock.now().addSecs(3600));
    TaskState moved = before.state;
    moved.status = before.state.status == Status::InProgress ? Status::Waiting : Status::InProgress;
    moved.reason = QStringLiteral("Leverandør");
    SetTaskStates set(f.db, f.clock, {before.state}, {moved}, QStringLiteral("set"));
    set.redo();
    REQUIRE_FALSE(set.failed());

    // In the sheet: Done.
    SpreadsheetBook book = readSpreadsheetFile(exported);
    QList<QVariantList> table = cellsOf(book.sheets.constFirst());
    table[1][columnNamed(table.at(0), QStringLiteral("Status"))] = QStringLiteral("Done");
    const QString edited = f.dir.file(QStringLiteral("conflict.xlsx"));
    writeTable(edited, QStringLiteral("Status"), table);
    f.clock.set(f.clock.now().addSecs(3600));
    book = readSpreadsheetFile(edited);
    StatusImportPlan plan
        = planStatusImport(f.db, f.demo.id, book, guessStatusMapping(book.sheets.constFirst()), f.clock);
    REQUIRE(plan.ok());
    REQUIRE(plan.count(StatusImportRow::Outcome::Conflict) == 1);
    StatusImportRow *conflict = nullptr;
    for (StatusImportRow &row : plan.rows) {
        if (row.outcome == StatusImportRow::Outcome::Conflict)
            conflict = &row;
    }
    REQUIRE(conflict);
    CHECK(conflict->taskKey == key);
    CHECK(conflict->before.status == moved.status);
    CHECK(conflict->after.status == Status::Done);
    CHECK(conflict->paratChange.contains(statusName(moved.status)));
    CHECK_FALSE(conflict->takeSheet); // Parat's is kept unless the user picks the sheet
    CHECK(plan.applying().isEmpty());

    conflict->takeSheet = true;
    RestorePoint point;
    QString error;
    std::unique_ptr<ImportStatuses> command = prepareStatusImport(f.db, f.clock, plan, &point, &error);
    REQUIRE(command);
    command->redo();
    CHECK(f.task(key).state.status == Status::Done);
    command->undo();
    CHECK(f.task(key).state.status == moved.status);
}

TEST_CASE("A CSV with semicolons, a BOM and Danish status words is read and matched by title", "[status][csv]")
{
    Fixture f;
    installTranslations(QStringLiteral("da"));
    const QList<PlannedTask> tasks = TaskRepository(f.db).plannedTasks(f.demo.id);
    const PlannedTask &a = tasks.at(0);
    const PlannedTask &b = tasks.at(1);
    const QString csv = QStringLiteral("\xFEFF"
                                       "Titel;Status;Udført dato;Bemærkning\r\n"
                                       "\"%1\";Færdig;24-11-2026;\"Gjort; se mail\"\r\n"
                                       "%2;I gang;;Æ, ø og å\r\n"
                                       "En opgave vi ikke kender;Færdig;;\r\n")
                            .arg(a.task.titleDa.toUpper(), b.task.titleDa);
    const SpreadsheetBook book = readCsvBytes(csv.toUtf8(), QStringLiteral("superbrugere.csv"));
    REQUIRE(book.ok());
    const StatusMapping mapping = guessStatusMapping(book.sheets.constFirst());
    CHECK(mapping.columns.title == 0);
    CHECK(mapping.columns.status == 1);
    CHECK(mapping.columns.doneOn == 2);
    CHECK(mapping.columns.note == 3);
    const StatusImportPlan plan = planStatusImport(f.db, f.demo.id, book, mapping, f.clock);
    INFO(plan.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(plan.ok());
    REQUIRE(plan.rows.size() == 3);
    CHECK(plan.rows.at(0).taskKey == a.task.key);
    CHECK(plan.rows.at(0).match == StatusImportRow::Match::Title);
    CHECK(plan.rows.at(0).certainty == 95);
    CHECK(plan.rows.at(0).after.status == Status::Done);
    CHECK(plan.rows.at(0).after.doneOn == QDate(2026, 11, 24));
    CHECK(plan.rows.at(0).after.note == QStringLiteral("Gjort; se mail"));
    CHECK(plan.rows.at(1).taskKey == b.task.key);
    CHECK(plan.rows.at(1).after.status == Status::InProgress);
    CHECK(plan.rows.at(1).after.note == QStringLiteral("Æ, ø og å"));
    CHECK(plan.rows.at(2).outcome == StatusImportRow::Outcome::NoMatch);

    // Windows-1252, as Danish Excel saves plain "CSV".
    QByteArray latin = "Titel;Status\r\n";
    latin += b.task.titleDa.toLatin1() + ";F\xE6rdig\r\n";
    const SpreadsheetBook old = readCsvBytes(latin, QStringLiteral("gammel.csv"));
    REQUIRE(old.ok());
    CHECK(old.sheets.constFirst().cell(1, 1).text == QStringLiteral("Færdig"));
}

TEST_CASE("A KLIK-like sheet with its own headings and words is mapped, saved and reused", "[status][mapping]")
{
    Fixture f;
    const QList<PlannedTask> tasks = TaskRepository(f.db).plannedTasks(f.demo.id);
    const PlannedTask &a = tasks.at(2);
    const PlannedTask &b = tasks.at(3);
    // A title above the table, the key under "Ref.", words of its own, a yes column for KLIK, and a title that
    // fits two tasks equally well.
    QList<QVariantList> table {
        {QStringLiteral("KLIK-udtræk 27-11-2026"), QVariant(), QVariant(), QVariant()},
        {QStringLiteral("Ref."), QStringLiteral("Aktivitet"), QStringLiteral("Fremdrift"), QStringLiteral("I KLIK")},
        {a.task.key, a.task.titleDa, QStringLiteral("Lukket"), QStringLiteral("x")},
        {QString(), b.task.titleDa + QStringLiteral(" (KLIK)"), QStringLiteral("Påbegyndt af os"), QString()},
        {QString(), QStringLiteral("Møde"), QStringLiteral("Lukket"), QString()},
    };
    const QString path = f.dir.file(QStringLiteral("klik.xlsx"));
    writeTable(path, QStringLiteral("Udtræk"), table);
    const SpreadsheetBook book = readSpreadsheetFile(path);
    REQUIRE(book.ok());

    StatusMapping mapping;
    mapping.name = QStringLiteral("KLIK-udtræk");
    mapping.sheet = QStringLiteral("Udtræk");
    mapping.headerRow = 1;
    mapping.columns.key = 0;
    mapping.columns.title = 1;
    mapping.columns.status = 2;
    mapping.columns.klik = 3;
    CHECK(statusWordsIn(book.sheets.constFirst(), mapping)
          == QStringList({QStringLiteral("Lukket"), QStringLiteral("Påbegyndt af os")}));

    // Without a word for "Påbegyndt af os" the plan names the cell and cannot be applied.
    StatusImportPlan plan = planStatusImport(f.db, f.demo.id, book, mapping, f.clock);
    REQUIRE(plan.errors.size() == 1);
    CHECK(plan.errors.first().contains(QStringLiteral("Sheet \"Udtræk\", row 4, column C")));
    RestorePoint point;
    QString error;
    CHECK_FALSE(prepareStatusImport(f.db, f.clock, plan, &point, &error));

    mapping.words.insert(statusWordKey(QStringLiteral("Påbegyndt af os")), statusCode(Status::InProgress));
    SaveStatusMapping save(f.db, f.clock, mapping);
    save.redo();
    REQUIRE_FALSE(save.failed());
    const std::optional<StatusMapping> saved = StatusMappingRepository(f.db).byName(QStringLiteral("KLIK-udtræk"));
    REQUIRE(saved);
    CHECK(saved->columns == mapping.columns);
    CHECK(saved->headerRow == 1);
    CHECK(saved->words == mapping.words);

    plan = planStatusImport(f.db, f.demo.id, book, *saved, f.clock);
    INFO(plan.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(plan.ok());
    REQUIRE(plan.rows.size() == 3);
    CHECK(plan.rows.at(0).match == StatusImportRow::Match::Key);
    CHECK(plan.rows.at(0).after.status == Status::Done);
    CHECK(plan.rows.at(0).after.klikMarkedOn
          == (a.state.klikMarkedOn.isValid() ? a.state.klikMarkedOn : f.clock.today()));
    CHECK(plan.rows.at(1).taskKey == b.task.key);
    CHECK(plan.rows.at(1).match == StatusImportRow::Match::Title);
    CHECK(plan.rows.at(1).certainty < 95);
    CHECK(plan.rows.at(1).certainty >= 54);
    CHECK(plan.rows.at(1).after.status == Status::InProgress);
    CHECK(plan.rows.at(2).outcome == StatusImportRow::Outcome::NoMatch);

    // Undo of the save removes the mapping again.
    save.undo();
    CHECK_FALSE(StatusMappingRepository(f.db).byName(QStringLiteral("KLIK-udtræk")));
}

TEST_CASE("A title that fits two tasks equally well matches neither", "[status]")
{
    Fixture f;
    // Two local tasks with the same title.
    TaskRepository repository(f.db);
    for (int i = 0; i < 2; ++i) {
        Task local;
        local.municipalityId = f.demo.id;
        local.titleDa = QStringLiteral("Afstem adgange med leverandøren");
        local.phase = Phase::P21;
        local.dueOffsetWeeks = -4;
        QString error;
        REQUIRE(repository.addLocalTask(&local, &error));
    }
    const QString csv = QStringLiteral("Titel;Status\nAfstem adgange med leverandøren;Færdig\n");
    const SpreadsheetBook book = readCsvBytes(csv.toUtf8(), QStringLiteral("x.csv"));
    const StatusImportPlan plan
        = planStatusImport(f.db, f.demo.id, book, guessStatusMapping(book.sheets.constFirst()), f.clock);
    REQUIRE(plan.ok());
    REQUIRE(plan.rows.size() == 1);
    CHECK(plan.rows.at(0).outcome == StatusImportRow::Outcome::NoMatch);
    CHECK(plan.rows.at(0).candidates.size() == 2);
}

TEST_CASE("A bad date stops the whole import and changes nothing", "[status]")
{
    Fixture f;
    const QByteArray before = f.snapshot();
    const QString csv = QStringLiteral("Opgave;Status;Udført dato\n%1;Færdig;24-11-2026\n%2;Færdig;32-13-2026\n")
                            .arg(f.rows.at(0).key, f.rows.at(1).key);
    const SpreadsheetBook book = readCsvBytes(csv.toUtf8(), QStringLiteral("status.csv"));
    const StatusImportPlan plan
        = planStatusImport(f.db, f.demo.id, book, guessStatusMapping(book.sheets.constFirst()), f.clock);
    REQUIRE(plan.errors.size() == 1);
    CHECK(plan.errors.first().contains(QStringLiteral("Sheet \"status\", row 3, column C")));
    CHECK(plan.errors.first().contains(QStringLiteral("32-13-2026")));
    const int points = int(f.db.restorePoints().size());
    RestorePoint point;
    QString error;
    CHECK_FALSE(prepareStatusImport(f.db, f.clock, plan, &point, &error));
    CHECK(error.contains(QStringLiteral("Nothing has been changed")));
    CHECK(f.db.restorePoints().size() == points);
    CHECK(f.snapshot() == before);
}

TEST_CASE("A file from before the status import migration gains the mapping table", "[status][storage]")
{
    const int version = test::migrationWith(QStringLiteral("CREATE TABLE status_mapping"));
    REQUIRE(version == 9);
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v8.sqlite"));
    test::writeFileAtVersion(path, version - 1);
    Database db;
    QString error;
    REQUIRE(db.open(path, &error));
    CHECK(StatusMappingRepository(db).all().isEmpty());
    StatusMapping mapping;
    mapping.name = QStringLiteral("Egen");
    mapping.columns.key = 0;
    mapping.columns.status = 1;
    REQUIRE(StatusMappingRepository(db).save(mapping, QDateTime::currentDateTimeUtc(), &error));
    CHECK(StatusMappingRepository(db).all().size() == 1);
}

TEST_CASE("A status sheet exported in Danish is read back by an English Parat", "[status][spreadsheet]")
{
    Fixture f;
    installTranslations(QStringLiteral("da"));
    const QList<StatusSheetRow> danish = statusSheetRows(f.db, f.demo.id, f.person.id, QStringLiteral("da"));
    const QString path = f.dir.file(QStringLiteral("dansk.xlsx"));
    QString error;
    REQUIRE(writeStatusSheet(path, danish, f.person.name, f.clock.now(), QStringLiteral("da"), &error));
    installTranslations(QStringLiteral("en"));

    SpreadsheetBook book = readSpreadsheetFile(path);
    REQUIRE(book.ok());
    QList<QVariantList> table = cellsOf(book.sheets.constFirst());
    CHECK(table.at(0).at(0).toString() == QStringLiteral("Opgave"));
    const int status = columnNamed(table.at(0), QStringLiteral("Status"));
    table[1][status] = QStringLiteral("Fuldført"); // chosen from the Danish list
    const QString edited = f.dir.file(QStringLiteral("dansk-retur.xlsx"));
    writeTable(edited, QStringLiteral("Status"), table);
    book = readSpreadsheetFile(edited);
    const StatusMapping mapping = guessStatusMapping(book.sheets.constFirst());
    CHECK(mapping.columns.key == 0);
    CHECK(mapping.columns.doneOn == 5);
    CHECK(mapping.columns.exportedStatus == 8);
    const StatusImportPlan plan = planStatusImport(f.db, f.demo.id, book, mapping, f.clock);
    INFO(plan.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(plan.ok());
    CHECK(plan.count(StatusImportRow::Outcome::Change) == 1);
    CHECK(plan.count(StatusImportRow::Outcome::Unchanged) == danish.size() - 1);
    CHECK(plan.applying().constFirst()->after.status == Status::Done);
}
