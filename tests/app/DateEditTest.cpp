// Every date field takes a typed date: Danish day-month-year (dashes or dots, with or without leading zeros)
// and ISO, a clear message for a date that does not exist or lies out of range, and the last good date kept.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AllocationDialog.h"
#include "AppContext.h"
#include "CommunicationItemDialog.h"
#include "DateEdit.h"
#include "LocalTaskDialog.h"
#include "MunicipalityDialog.h"
#include "RiskDialog.h"
#include "StakeholderDialog.h"
#include "SuperuserDialog.h"
#include "domain/Language.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace parat;

namespace {

// Types text into the field as a user does (all selected first) and ends with the key given (Tab: on to the
// next field; Return on a good date would also press the dialog's default button).
void type(DateEdit *edit, const QString &text, Qt::Key end = Qt::Key_Tab)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, end);
}

// Shows the dialog, makes it the active window and returns its (first) date field (fails the test when it has none).
DateEdit *shownDateEdit(QDialog &dialog)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    auto *edit = dialog.findChild<DateEdit *>();
    REQUIRE(edit);
    return edit;
}

} // namespace

TEST_CASE("The go-live field takes a date typed in Danish or ISO form", "[gui][date]")
{
    test::GuiFixture s(QStringLiteral("da"));
    MunicipalityDialog dialog(*s.context, s.demo);
    DateEdit *edit = shownDateEdit(dialog);
    CHECK(edit->text() == s.demo.goLive.toString(QStringLiteral("dd-MM-yyyy")));

    type(edit, QStringLiteral("15-03-2027"));
    CHECK(edit->date() == QDate(2027, 3, 15));
    CHECK(edit->text() == QStringLiteral("15-03-2027"));
    type(edit, QStringLiteral("1-4-2027"));
    CHECK(edit->date() == QDate(2027, 4, 1));
    type(edit, QStringLiteral("02.05.2027"));
    CHECK(edit->date() == QDate(2027, 5, 2));
    type(edit, QStringLiteral("2027-06-07"));
    CHECK(edit->date() == QDate(2027, 6, 7));
    CHECK(edit->lastError().isEmpty());
    CHECK(dialog.isVisible());

    // Reached with Tab, the whole date is selected: a date typed replaces it.
    auto *decided = dialog.findChild<QCheckBox *>();
    REQUIRE(decided);
    decided->setFocus();
    QTest::keyClick(decided, Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == edit);
    QTest::keyClicks(edit, QStringLiteral("24.12.2027"));
    QTest::keyClick(edit, Qt::Key_Tab);
    CHECK(edit->date() == QDate(2027, 12, 24));

    // The dialog saves what was typed.
    type(edit, QStringLiteral("08-09-2027"));
    CHECK(dialog.municipality().goLive == QDate(2027, 9, 8));
}

TEST_CASE("A date that cannot be read is refused with a message and the last good date stays", "[gui][date]")
{
    test::GuiFixture s(QStringLiteral("en"));
    MunicipalityDialog dialog(*s.context, s.demo);
    DateEdit *edit = shownDateEdit(dialog);
    type(edit, QStringLiteral("2027-03-15"));
    REQUIRE(edit->date() == QDate(2027, 3, 15));

    // February has no 31st: said so, Enter does not close the dialog with the old date.
    QStringList rejected;
    QObject::connect(edit, &DateEdit::inputRejected, edit, [&](const QString &message) { rejected << message; });
    type(edit, QStringLiteral("31-02-2027"), Qt::Key_Return);
    CHECK(edit->date() == QDate(2027, 3, 15));
    CHECK(edit->lastError() == QStringLiteral("There is no date \"31-02-2027\": check the day and the month."));
    CHECK(rejected.size() == 1);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == 0);

    type(edit, QStringLiteral("01-01-1999"), Qt::Key_Tab);
    CHECK(edit->date() == QDate(2027, 3, 15));
    CHECK(edit->lastError() == QStringLiteral("The date must lie between 01-01-2000 and 31-12-2100."));

    // Letters are not taken at all; a half date is refused when typing ends.
    type(edit, QStringLiteral("15 march"), Qt::Key_Return);
    CHECK(edit->date() == QDate(2027, 3, 15));
    CHECK(edit->lastError().startsWith(QStringLiteral("\"15\" is not a date.")));

    // A good date clears the message.
    type(edit, QStringLiteral("16-03-2027"));
    CHECK(edit->date() == QDate(2027, 3, 16));
    CHECK(edit->lastError().isEmpty());
}

TEST_CASE("The message for a bad date is in Danish", "[gui][date]")
{
    test::GuiFixture s(QStringLiteral("da"));
    DateEdit edit;
    edit.setDate(QDate(2027, 1, 1));
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    type(&edit, QStringLiteral("30-02-2027"), Qt::Key_Return);
    CHECK(edit.lastError() == QStringLiteral("Datoen \"30-02-2027\" findes ikke: tjek dag og måned."));
    CHECK(edit.date() == QDate(2027, 1, 1));
}

TEST_CASE("An optional date field takes an empty text for no date", "[gui][date]")
{
    test::GuiFixture s(QStringLiteral("en"));
    StakeholderDialog dialog(*s.context, nullptr);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QList<DateEdit *> edits = dialog.findChildren<DateEdit *>();
    REQUIRE(edits.size() == 2);
    DateEdit *edit = edits.first();
    REQUIRE(edit->isOptional());
    type(edit, QStringLiteral("03-02-2027"));
    CHECK(edit->optionalDate() == QDate(2027, 2, 3));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK_FALSE(edit->optionalDate().isValid());
    CHECK(edit->text() == edit->specialValueText());
    // The first day of the range is a date like any other, not "none".
    type(edit, QStringLiteral("2000-01-01"));
    CHECK(edit->optionalDate() == QDate(2000, 1, 1));
}

TEST_CASE("Every date field of the dialogs is the typed-date field", "[gui][date]")
{
    test::GuiFixture s(QStringLiteral("en"));
    const auto allTyped = [](QWidget *widget) {
        const QList<QDateEdit *> edits = widget->findChildren<QDateEdit *>();
        CHECK_FALSE(edits.isEmpty());
        for (QDateEdit *edit : edits) {
            INFO(widget->metaObject()->className());
            CHECK(qobject_cast<DateEdit *>(edit));
        }
    };
    MunicipalityDialog add(*s.context);
    allTyped(&add);
    MunicipalityDialog edit(*s.context, s.demo);
    allTyped(&edit);
    LocalTaskDialog task(*s.context, nullptr);
    allTyped(&task);
    StakeholderDialog stakeholder(*s.context, nullptr);
    allTyped(&stakeholder);
    CommunicationItemDialog item(*s.context, nullptr);
    allTyped(&item);
    SuperuserDialog superuser(*s.context, nullptr, SuperuserDetails());
    allTyped(&superuser);
    AllocationDialog allocation(*s.context, nullptr, s.personNamed(QStringLiteral("Mette Poulsen")));
    allTyped(&allocation);
}

namespace {

// Clicks the dialog's OK button with the mouse, as a user leaving a field by pointing at OK does.
void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    REQUIRE(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("A bad date typed and then OK clicked with the mouse is refused, not saved as the old date", "[gui][date]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("da"));
    test::GuiFixture s(language);
    MunicipalityDialog dialog(*s.context, s.demo);
    DateEdit *edit = shownDateEdit(dialog);
    const QDate before = edit->date();

    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("31-02-2027"));
    clickOk(&dialog);
    // Not accepted: the dialog stays open, the field has the focus back and the message is shown under it.
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == 0);
    CHECK(QApplication::focusWidget() == edit);
    CHECK(edit->date() == before);
    QLabel *message = edit->messageLabel();
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK(message->text().contains(edit->lastError()));
    CHECK(message->text().contains(QStringLiteral("31-02-2027")));
    CHECK(message->window() == &dialog);
    // Under the field, inside the dialog.
    const QRect field(edit->mapTo(&dialog, QPoint(0, 0)), edit->size());
    CHECK(message->geometry().top() >= field.bottom());
    CHECK(dialog.rect().contains(message->geometry()));

    // Typing again takes the message away; a good date is saved.
    QTest::keyClicks(edit, QStringLiteral("15-03-2027"));
    CHECK_FALSE(message->isVisible());
    clickOk(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.municipality().goLive == QDate(2027, 3, 15));
}

TEST_CASE("OK pressed by its shortcut while a bad date is still in the field is refused", "[gui][date]")
{
    test::GuiFixture s(QStringLiteral("en"));
    RiskDialog dialog(*s.context, nullptr);
    DateEdit *edit = shownDateEdit(dialog);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("2027-13-01"));
    dialog.accept(); // what the OK button's shortcut does, without the field losing the focus
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == 0);
    CHECK(QApplication::focusWidget() == edit);
    REQUIRE(edit->messageLabel());
    CHECK(edit->messageLabel()->isVisible());
    CHECK(edit->lastError() == QStringLiteral("There is no date \"2027-13-01\": check the day and the month."));
}
