#pragma once

#include "Fixtures.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QImage>
#include <QMetaObject>
#include <QPair>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractItemView;
class QAction;
class QDialog;
class QLabel;

namespace parat {
class AppContext;
} // namespace parat

namespace parat::test {

// What most GUI tests start from: the demo municipality (0630 Vejle) in a temporary database, a clock fixed on
// 27 November 2026, texts in the given language and an AppContext with the demo as the current municipality.
// On destruction it fails the test for every whenModal() whose dialog never opened.
struct GuiFixture : DemoDatabase
{
    explicit GuiFixture(const QString &language = QStringLiteral("en"));
    ~GuiFixture();
    GuiFixture(const GuiFixture &) = delete;
    GuiFixture &operator=(const GuiFixture &) = delete;

    std::unique_ptr<AppContext> context;
};

// Dialogs answered by script (Dialogs::startScript) for as long as it lives; stops the script also when a test
// fails half-way.
struct ScriptedDialogs
{
    ScriptedDialogs();
    ~ScriptedDialogs();
    ScriptedDialogs(const ScriptedDialogs &) = delete;
    ScriptedDialogs &operator=(const ScriptedDialogs &) = delete;
};

namespace detail {

void watchModal(const QMetaObject &type, std::function<void(QWidget *)> work);

// The dialog type a callable takes: PersonDialog for [](PersonDialog *dialog) { ... }.
template<typename Work> struct DialogOf : DialogOf<decltype(&Work::operator())>
{
};
template<typename Class, typename Dialog> struct DialogOf<void (Class::*)(Dialog *) const>
{
    using type = Dialog;
};
template<typename Class, typename Dialog> struct DialogOf<void (Class::*)(Dialog *)>
{
    using type = Dialog;
};

} // namespace detail

// Runs work on the dialog its parameter names once that dialog is the active modal widget: call it, then the
// code that exec()s the dialog. It polls from whatever event loop runs (the dialog's own exec() included) until
// such a dialog is shown and modal, so it never acts too early on a busy machine. When none comes within half a
// minute the test fails saying so, and a different modal dialog in the way is rejected so the test does not
// hang. A whenModal() still waiting when expectModalsAnswered() is called (GuiFixture's destructor) fails the test.
template<typename Work> void whenModal(Work work)
{
    using Dialog = typename detail::DialogOf<Work>::type;
    detail::watchModal(Dialog::staticMetaObject,
                       [work = std::move(work)](QWidget *widget) mutable { work(qobject_cast<Dialog *>(widget)); });
}

// Fails the running test for each whenModal() still waiting, and stops them. A fixture of a test that uses
// whenModal() calls it on destruction (GuiFixture does).
void expectModalsAnswered();
// Stops every whenModal() still waiting without a failure (between test cases, so none acts in the next one).
void cancelModalWatches();

// Lets the widgets settle before a picture is taken: five rounds of posted events and event processing, each
// followed by a wait of waitMs (none by default) for what comes later (animations, delayed layouts).
void settle(int waitMs = 0);

// The pictures of widgets in two windows, taken while neither window is the active one: a view draws its selection
// and focus in the active or the inactive colours, and which window the window system activated last is a matter
// of timing. A third window is made active for the time of the grabs (fails the test when it does not become so).
QPair<QImage, QImage> grabInactive(QWidget &first, QWidget &second);

// Shows widget at size and waits until it is exposed (fails the test when it is not).
void showExposed(QWidget &widget, const QSize &size);
// showExposed(), then makes widget the active window, as a click on it would (fails the test when it does not
// become active): for tests that type into it.
void showActive(QWidget &widget, const QSize &size);

// Presses Return in field of dialog, as a user accepts a dialog (its default button, OK). When that leaves the dialog
// open, the test fails with what its problem label says, and the dialog is rejected so the test can go on.
void acceptWithReturn(QDialog *dialog, QWidget *field, const QLabel *problem);

// The window's action with this object name (fails the test when there is none).
QAction *actionNamed(QWidget *window, const QString &name);

// The rows of a view as the user sees them: the display text of one column, top to bottom.
QStringList columnTexts(const QAbstractItemView *view, int column);

// Checks that every visible widget under root that Tab can reach (without a focus proxy) has an accessible name,
// failing the test for each that has none; returns how many it checked.
int checkTabStopsNamed(QWidget *root);

} // namespace parat::test
