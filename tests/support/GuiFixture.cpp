#include "GuiFixture.h"

#include "Fixtures.h"

#include "AppContext.h"
#include "Dialogs.h"

#include "domain/Language.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <exception>
#include <list>

namespace parat::test {

GuiFixture::GuiFixture(const QString &language)
    : DemoDatabase(language)
{
    context = std::make_unique<AppContext>(db, clock);
    context->setCurrentMunicipalityId(demo.id);
}

ScriptedDialogs::ScriptedDialogs()
{
    Dialogs::startScript();
}

ScriptedDialogs::~ScriptedDialogs()
{
    Dialogs::stopScript();
}

void showExposed(QWidget &widget, const QSize &size)
{
    widget.resize(size);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
}

void showActive(QWidget &widget, const QSize &size)
{
    showExposed(widget, size);
    widget.activateWindow();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

QPair<QImage, QImage> grabInactive(QWidget &first, QWidget &second)
{
    QWidget other;
    showActive(other, QSize(80, 60));
    REQUIRE_FALSE(first.isActiveWindow());
    REQUIRE_FALSE(second.isActiveWindow());
    return {first.grab().toImage(), second.grab().toImage()};
}

void settle(int waitMs)
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        if (waitMs > 0)
            QTest::qWait(waitMs);
    }
}

void acceptWithReturn(QDialog *dialog, QWidget *field, const QLabel *problem)
{
    QTest::keyClick(field, Qt::Key_Return);
    if (dialog->isVisible()) {
        FAIL_CHECK("Return did not accept the dialog: " << problem->text().toStdString());
        dialog->reject();
    }
}

QAction *actionNamed(QWidget *window, const QString &name)
{
    auto *action = window->findChild<QAction *>(name);
    REQUIRE(action);
    return action;
}

QStringList columnTexts(const QAbstractItemView *view, int column)
{
    QStringList texts;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

GuiFixture::~GuiFixture()
{
    expectModalsAnswered();
}

namespace {

constexpr int kPollMs = 5;
constexpr int kTimeoutMs = 30000;

struct ModalWatch
{
    const QMetaObject *type = nullptr;
    std::function<void(QWidget *)> work;
    QElapsedTimer waited;
    QTimer *timer = nullptr;
};

std::list<ModalWatch> &pendingWatches()
{
    static std::list<ModalWatch> watches;
    return watches;
}

void finish(std::list<ModalWatch>::iterator watch)
{
    watch->timer->stop();
    watch->timer->deleteLater();
    pendingWatches().erase(watch);
}

std::list<ModalWatch>::iterator findWatch(const QTimer *timer)
{
    auto &watches = pendingWatches();
    return std::find_if(watches.begin(), watches.end(), [timer](const ModalWatch &w) { return w.timer == timer; });
}

void poll(const QTimer *timer)
{
    const auto watch = findWatch(timer);
    if (watch == pendingWatches().end())
        return;
    QWidget *modal = QApplication::activeModalWidget();
    if (modal && modal->isVisible() && watch->type->cast(modal)) {
        // Taken off the list before the work runs: work that spins an event loop must not answer twice.
        std::function<void(QWidget *)> work = std::move(watch->work);
        finish(watch);
        work(modal);
        return;
    }
    if (watch->waited.elapsed() < kTimeoutMs)
        return;
    const QString in = modal ? QStringLiteral(" (the active modal widget is a %1)")
                                   .arg(QString::fromLatin1(modal->metaObject()->className()))
                             : QString();
    FAIL_CHECK("whenModal: no " << watch->type->className() << " became the active modal widget within "
                                << kTimeoutMs / 1000 << " s" << in.toStdString());
    finish(watch);
    if (auto *dialog = qobject_cast<QDialog *>(modal))
        dialog->reject();
}

} // namespace

namespace detail {

void watchModal(const QMetaObject &type, std::function<void(QWidget *)> work)
{
    auto *timer = new QTimer(QCoreApplication::instance());
    timer->setInterval(kPollMs);
    ModalWatch watch;
    watch.type = &type;
    watch.work = std::move(work);
    watch.timer = timer;
    watch.waited.start();
    pendingWatches().push_back(std::move(watch));
    QObject::connect(timer, &QTimer::timeout, timer, [timer] { poll(timer); });
    timer->start();
}

} // namespace detail

void expectModalsAnswered()
{
    // While a failed REQUIRE unwinds the test, a second message would only hide the first.
    if (std::uncaught_exceptions() > 0)
        return cancelModalWatches();
    for (const ModalWatch &watch : pendingWatches())
        FAIL_CHECK("whenModal: no " << watch.type->className() << " dialog opened");
    cancelModalWatches();
}

void cancelModalWatches()
{
    while (!pendingWatches().empty())
        finish(pendingWatches().begin());
}

int checkTabStopsNamed(QWidget *root)
{
    int checked = 0;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        REQUIRE(iface);
        CHECK_FALSE(iface->text(QAccessible::Name).trimmed().isEmpty());
        ++checked;
    }
    return checked;
}

} // namespace parat::test
