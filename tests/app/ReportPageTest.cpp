// The report page (preview, editable texts as undo steps, exports, batch export).
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "ReportPage.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/ReportRepository.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace parat;

namespace {

const QDate kToday(2026, 11, 27);

using Fixture = test::EnglishDemo;

} // namespace

TEST_CASE("The report page previews the pages and stores texts as undo steps", "[gui][report]")
{
    Fixture f;
    AppContext context(f.db, f.clock);
    context.setCurrentMunicipalityId(f.demo.id);
    ReportPage page(context);
    test::showExposed(page, {1200, 800});
    CHECK(page.previewPageCount() >= 2);
    CHECK_FALSE(page.applyButton()->isEnabled());
    page.grab().save(QStringLiteral("/tmp/shots-reports/report-page.png"));

    page.mainProblemEdit()->setFocus();
    QTest::keyClicks(page.mainProblemEdit(), QStringLiteral("Data conversion is late"));
    page.risksEdit()->setPlainText(QStringLiteral("Few superusers\n\nLate test data"));
    CHECK(page.applyButton()->isEnabled());
    // A reload from another change keeps what is being typed.
    f.db.changed();
    CHECK(page.mainProblemEdit()->toPlainText() == QStringLiteral("Data conversion is late"));
    QTest::mouseClick(page.applyButton(), Qt::LeftButton);
    ReportRepository reports(f.db);
    ReportNotes stored = reports.notes(f.demo.id, kToday);
    CHECK(stored.stored);
    CHECK(stored.mainProblem == QStringLiteral("Data conversion is late"));
    CHECK(stored.risks == QStringList {QStringLiteral("Few superusers"), QStringLiteral("Late test data")});
    CHECK(page.data().notes.mainProblem == QStringLiteral("Data conversion is late"));
    CHECK_FALSE(page.hasUnappliedChanges());

    // A manual light needs its reason.
    Dialogs::startScript();
    page.lightCombo()->setCurrentIndex(3); // red
    CHECK(page.overrideReasonEdit()->isEnabled());
    CHECK_FALSE(page.applyNotes());
    REQUIRE(Dialogs::script().shown.size() == 1);
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("reason")));
    CHECK_FALSE(reports.notes(f.demo.id, kToday).lightOverride.has_value());
    page.overrideReasonEdit()->setText(QStringLiteral("Go-live at risk"));
    CHECK(page.applyNotes());
    CHECK(reports.notes(f.demo.id, kToday).lightOverride == Light::Red);
    CHECK(page.data().summary.light.light == Light::Red);
    CHECK(page.data().summary.light.overridden);
    Dialogs::stopScript();

    QUndoStack *stack = context.undoStack();
    REQUIRE(stack->count() == 2);
    stack->undo();
    CHECK_FALSE(reports.notes(f.demo.id, kToday).lightOverride.has_value());
    CHECK(page.lightCombo()->currentIndex() == 0);
    stack->undo();
    CHECK_FALSE(reports.notes(f.demo.id, kToday).stored);
    CHECK(page.mainProblemEdit()->toPlainText().isEmpty());
    stack->redo();
    CHECK(page.mainProblemEdit()->toPlainText() == QStringLiteral("Data conversion is late"));
    stack->redo();
    CHECK(page.lightCombo()->currentIndex() == 3);
    CHECK(page.overrideReasonEdit()->text() == QStringLiteral("Go-live at risk"));
}

TEST_CASE("Texts saved by someone else while these were typed are not overwritten unseen", "[gui][report][versions]")
{
    Fixture f;
    AppContext context(f.db, f.clock);
    context.setCurrentMunicipalityId(f.demo.id);
    ReportPage page(context);
    test::showExposed(page, {1200, 800});
    ReportRepository reports(f.db);
    REQUIRE_FALSE(reports.notes(f.demo.id, kToday).stored);

    page.mainProblemEdit()->setFocus();
    QTest::keyClicks(page.mainProblemEdit(), QStringLiteral("Mette's problem"));
    // Meanwhile Lars saves the texts of the same report (another client), and the page reloads as the server's
    // notice makes it: the typing stays, the stored texts are now his.
    ReportNotes lars = reports.notes(f.demo.id, kToday);
    lars.mainProblem = QStringLiteral("Lars's problem");
    QString error;
    REQUIRE(reports.save(lars, f.clock.now(), &error));
    f.db.changed();
    REQUIRE(QTest::qWaitFor([&] { return page.data().notes.mainProblem == QStringLiteral("Lars's problem"); }, 5000));
    CHECK(page.mainProblemEdit()->toPlainText() == QStringLiteral("Mette's problem"));

    // Saving is refused with a message, Lars's texts stay, and Mette's typing is still there.
    Dialogs::startScript();
    CHECK_FALSE(page.applyNotes());
    REQUIRE(Dialogs::script().shown.size() == 1);
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("changed")));
    Dialogs::stopScript();
    CHECK(reports.notes(f.demo.id, kToday).mainProblem == QStringLiteral("Lars's problem"));
    CHECK(page.mainProblemEdit()->toPlainText() == QStringLiteral("Mette's problem"));
    CHECK(page.hasUnappliedChanges());
    CHECK(context.undoStack()->count() == 0);

    // Saved again knowing of his, it goes through; undo gives his texts back.
    CHECK(page.applyNotes());
    CHECK(reports.notes(f.demo.id, kToday).mainProblem == QStringLiteral("Mette's problem"));
    REQUIRE(context.undoStack()->count() == 1);
    context.undoStack()->undo();
    CHECK(reports.notes(f.demo.id, kToday).mainProblem == QStringLiteral("Lars's problem"));
}

TEST_CASE("The report page saves PDF and HTML and CSV as drafts that record nothing", "[gui][report]")
{
    Fixture f;
    AppContext context(f.db, f.clock);
    context.setCurrentMunicipalityId(f.demo.id);
    ReportPage page(context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    Dialogs::startScript();
    Dialogs::script().fileNames = {f.dir.file(QStringLiteral("vejle")), f.dir.file(QStringLiteral("vejle.html")),
                                   f.dir.file(QStringLiteral("vejle.csv")), QString()};
    CHECK(page.savePdf());
    CHECK(page.exportHtml());
    CHECK(page.exportCsv());
    CHECK_FALSE(page.savePdf()); // cancelled
    CHECK(Dialogs::script().shown.isEmpty());
    Dialogs::stopScript();
    CHECK(QFileInfo(f.dir.file(QStringLiteral("vejle.pdf"))).size() > 1000);
    CHECK(QFileInfo::exists(f.dir.file(QStringLiteral("vejle.html"))));
    CHECK(QFileInfo::exists(f.dir.file(QStringLiteral("vejle.csv"))));
    // Drafts: the "since the last report" baseline stays where it was (no report sent yet).
    CHECK(ReportRepository(f.db).snapshots(f.demo.id).isEmpty());
    CHECK_FALSE(page.data().previous.has_value());
}

TEST_CASE("All municipalities exports one PDF each into the chosen folder", "[gui][report]")
{
    Fixture f;
    QString error;
    Municipality other;
    other.code = QStringLiteral("0101");
    REQUIRE(MunicipalityRepository(f.db).add(&other, &error));
    AppContext context(f.db, f.clock);
    context.setCurrentMunicipalityId(f.demo.id);
    ReportPage page(context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const QString folder = f.dir.file(QStringLiteral("all"));
    ReportPage::setFolderChooser([&folder](QWidget *, const QString &) { return folder; });
    Dialogs::startScript();
    CHECK(page.exportAll() == 2);
    REQUIRE(Dialogs::script().shown.size() == 1);
    CHECK(Dialogs::script().shown.first().contains(QStringLiteral("2 report")));
    Dialogs::stopScript();
    ReportPage::setFolderChooser([](QWidget *, const QString &) { return QString(); });
    CHECK(page.exportAll() == 0);
    ReportPage::setFolderChooser(nullptr);
    CHECK(QDir(folder).entryList(QDir::Files)
          == QStringList {QStringLiteral("0101-København.pdf"), QStringLiteral("0630-Vejle.pdf")});
}
