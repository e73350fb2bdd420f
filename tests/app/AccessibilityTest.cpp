// Keyboard and screen reader (docs/accessibility.md): every Tab stop is named, Tab runs through each page and
// out of it (no table keeps it), selection synced between views does not move the screen reader's focus,
// controls say what they show, the stakeholder map's markers can be explored, no mnemonic is taken twice.
#include "Fixtures.h"
#include "TestSupport.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "CommunicationPlanPage.h"
#include "Dialogs.h"
#include "GoLiveReadinessPage.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "PeoplePage.h"
#include "ReportPage.h"
#include "RiskLogPage.h"
#include "RunbookPage.h"
#include "StakeholderMapWidget.h"
#include "StakeholderPage.h"
#include "SuperuserPage.h"
#include "TaskFilterBar.h"
#include "TasksPage.h"
#include "demo/DemoStakeholders.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "storage/Database.h"
#include "storage/StakeholderRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

#include <private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

#include <map>
#include <memory>
#include <set>

using namespace parat;

namespace {

// Qt tells assistive technology nothing unless a screen reader is active. This switches the (offscreen)
// platform's accessibility on and records the focus events Qt would send to the screen reader.
class AccessibilityRecorder
{
public:
    struct FocusEvent
    {
        QObject *object = nullptr;
        int child = -1;
    };

    AccessibilityRecorder()
    {
        platform()->setActive(true);
        s_events.clear();
        m_previous = QAccessible::installUpdateHandler(&AccessibilityRecorder::record);
    }
    ~AccessibilityRecorder()
    {
        QAccessible::installUpdateHandler(m_previous);
        platform()->setActive(false);
    }

    void clear() { s_events.clear(); }
    const QList<FocusEvent> &focusEvents() const { return s_events; }
    int focusEventsOn(const QObject *object) const
    {
        int count = 0;
        for (const FocusEvent &event : s_events)
            count += event.object == object ? 1 : 0;
        return count;
    }

private:
    static QPlatformAccessibility *platform() { return QGuiApplicationPrivate::platformIntegration()->accessibility(); }
    static void record(QAccessibleEvent *event)
    {
        if (event->type() == QAccessible::Focus)
            s_events.append({event->object(), event->child()});
    }

    QAccessible::UpdateHandler m_previous = nullptr;
    static inline QList<FocusEvent> s_events;
};

struct WindowFixture
{
    test::TempDir dir;
    Database db;
    FixedClock clock {QDate(2026, 11, 27)};
    std::unique_ptr<MainWindow> window;

    explicit WindowFixture(const QString &language)
    {
        installTranslations(language);
        QString error;
        REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
        const Municipality demo = test::buildDemo(db, clock);
        if (StakeholderRepository(db).forMunicipality(demo.id).isEmpty())
            REQUIRE(addDemoStakeholders(db, demo, clock.today(), &error));
        window = std::make_unique<MainWindow>(db, clock);
        window->resize(1280, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QApplication::setActiveWindow(window.get());
    }

    QWidget *page(MainWindow::Page page) const
    {
        switch (page) {
        case MainWindow::Page::Overview:
            return window->overviewPage();
        case MainWindow::Page::Tasks:
            return window->tasksPage();
        case MainWindow::Page::People:
            return window->peoplePage();
        case MainWindow::Page::Superusers:
            return window->superuserPage();
        case MainWindow::Page::Stakeholders:
            return window->stakeholderPage();
        case MainWindow::Page::Communication:
            return window->communicationPage();
        case MainWindow::Page::Report:
            return window->reportPage();
        case MainWindow::Page::Risks:
            return window->riskLogPage();
        case MainWindow::Page::Readiness:
            return window->readinessPage();
        case MainWindow::Page::Runbook:
            return window->runbookPage();
        }
        return nullptr;
    }

    QTabBar *pageTabs() const { return window->findChild<PageTabBar *>(); }
};

const QList<MainWindow::Page> kPages {MainWindow::Page::Overview,     MainWindow::Page::Tasks,
                                      MainWindow::Page::People,       MainWindow::Page::Superusers,
                                      MainWindow::Page::Stakeholders, MainWindow::Page::Communication,
                                      MainWindow::Page::Report,       MainWindow::Page::Risks,
                                      MainWindow::Page::Readiness,    MainWindow::Page::Runbook};

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QLatin1Char('#') + widget->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text += QStringLiteral(" \"%1\"").arg(button->text());
    return text;
}

bool isTabStop(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
        && !widget->focusProxy();
}

// The Tab stops of a page, as the user can reach them now.
QList<QWidget *> tabStops(QWidget *page)
{
    QList<QWidget *> stops;
    const QList<QWidget *> all = page->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->window() == page->window() && isTabStop(widget))
            stops.append(widget);
    }
    return stops;
}

bool inside(const QWidget *widget, const QWidget *page)
{
    return widget && (widget == page || page->isAncestorOf(widget));
}

QWidget *focus()
{
    return QApplication::focusWidget();
}

} // namespace

TEST_CASE("Every page - named Tab stops, no table keeps Tab, and the Tab chain runs through the page and out",
          "[gui][a11y]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("da"));
    INFO("language " << language.toStdString());
    WindowFixture f(language);
    Dialogs::startScript();
    for (MainWindow::Page which : kPages) {
        f.window->showPage(which);
        QApplication::processEvents();
        QWidget *page = f.page(which);
        INFO("page " << page->metaObject()->className());
        const QList<QWidget *> stops = tabStops(page);
        REQUIRE(!stops.isEmpty());

        for (QWidget *widget : stops) {
            INFO(describe(widget).toStdString());
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            REQUIRE(iface);
            CHECK(!iface->text(QAccessible::Name).trimmed().isEmpty());
        }
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
            INFO(describe(view).toStdString());
            CHECK(!view->tabKeyNavigation());
        }

        // From the page tabs, Tab visits every stop of the page and then leaves it.
        f.pageTabs()->setFocus(Qt::TabFocusReason);
        REQUIRE(f.pageTabs()->hasFocus());
        std::set<QWidget *> visited;
        bool entered = false;
        bool left = false;
        for (int step = 0; step < 400 && !left; ++step) {
            QTest::keyClick(focus(), Qt::Key_Tab);
            if (inside(focus(), page)) {
                entered = true;
                visited.insert(focus());
            } else if (entered) {
                left = true;
            }
        }
        CHECK(entered);
        CHECK(left);
        for (QWidget *widget : stops) {
            INFO("not reached by Tab: " << describe(widget).toStdString());
            CHECK(visited.count(widget) == 1);
        }
    }
    Dialogs::stopScript();
}

TEST_CASE("Tables give Tab, Shift+Tab, Ctrl+Tab and Ctrl+PageDown back to the window", "[gui][a11y]")
{
    WindowFixture f(QStringLiteral("en"));
    Dialogs::startScript();
    const QList<std::pair<MainWindow::Page, QTableView *>> tables {
        {MainWindow::Page::Tasks, f.window->tasksPage()->view()},
        {MainWindow::Page::People, f.window->peoplePage()->view()},
        {MainWindow::Page::Superusers, f.window->superuserPage()->peopleView()},
        {MainWindow::Page::Superusers, f.window->superuserPage()->allocationView()},
        {MainWindow::Page::Superusers, f.window->superuserPage()->gridView()},
        {MainWindow::Page::Stakeholders, f.window->stakeholderPage()->view()},
        {MainWindow::Page::Communication, f.window->communicationPage()->view()}};
    for (const auto &[which, table] : tables) {
        INFO(describe(table).toStdString());
        const auto focusTable = [&, which = which, table = table] {
            f.window->showPage(which);
            if (table == f.window->superuserPage()->gridView())
                f.window->superuserPage()->tabs()->setCurrentWidget(table);
            QApplication::processEvents();
            table->setFocus(Qt::TabFocusReason);
            REQUIRE(table->hasFocus());
            if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
                table->setCurrentIndex(table->model()->index(0, 0));
        };
        focusTable();
        QTest::keyClick(table, Qt::Key_Tab);
        CHECK(!table->hasFocus());
        focusTable();
        QTest::keyClick(table, Qt::Key_Backtab, Qt::ShiftModifier);
        CHECK(!table->hasFocus());

        // Ctrl+Tab turns a page: the window's, or the weekly grid's own tabs around it.
        focusTable();
        QTabWidget *inner = f.window->superuserPage()->tabs();
        const int innerBefore = inner->currentIndex();
        QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier);
        CHECK((f.window->currentPage() != which || inner->currentIndex() != innerBefore));

        focusTable();
        QTest::keyClick(table, Qt::Key_PageDown, Qt::ControlModifier);
        CHECK(f.window->currentPage() != which);
        focusTable();
        QTest::keyClick(table, Qt::Key_PageUp, Qt::ControlModifier);
        CHECK(f.window->currentPage() != which);
    }
    Dialogs::stopScript();
}

TEST_CASE("Selection synced between views does not move the screen reader's focus", "[gui][a11y]")
{
    WindowFixture f(QStringLiteral("en"));
    Dialogs::startScript();
    AccessibilityRecorder recorder;

    SECTION("Tab through the stakeholder map: focus is on the markers, not on the table below")
    {
        f.window->showPage(MainWindow::Page::Stakeholders);
        StakeholderPage *page = f.window->stakeholderPage();
        StakeholderMapWidget *map = page->map();
        map->setFocus(Qt::TabFocusReason);
        REQUIRE(map->hasFocus());
        recorder.clear();
        QTest::keyClick(map, Qt::Key_Tab);
        QTest::keyClick(map, Qt::Key_Tab);
        REQUIRE(map->selectedId() != 0);
        CHECK(page->currentStakeholderId() == map->selectedId()); // the table follows the map...
        CHECK(recorder.focusEventsOn(page->view()) == 0); // ...without taking the screen reader's focus
        CHECK(recorder.focusEventsOn(map) >= 2);
    }
    SECTION("Ticking a phase in the filter menu: no focus event on a task cell")
    {
        f.window->showPage(MainWindow::Page::Tasks);
        TasksPage *page = f.window->tasksPage();
        QTableView *view = page->view();
        view->setCurrentIndex(view->model()->index(0, 0));
        auto *button = page->filterBar()->findChild<QToolButton *>(QStringLiteral("phaseFilterButton"));
        REQUIRE(button);
        button->setFocus(Qt::TabFocusReason);
        const int currentPhase = view->currentIndex().data(TaskTableModel::PhaseRole).toInt();
        QAction *other = nullptr;
        for (QAction *action : button->menu()->actions()) {
            if (action->isCheckable() && action->data().toInt() != currentPhase)
                other = action;
        }
        REQUIRE(other);
        REQUIRE(button->hasFocus());
        recorder.clear();
        other->trigger(); // the current task is filtered out: the table's current cell moves
        CHECK(page->proxy()->rowCount() < page->model()->rowCount());
        CHECK(recorder.focusEventsOn(view) == 0);
    }
    Dialogs::stopScript();
}

TEST_CASE("The filter buttons say in name and description what they show", "[gui][a11y]")
{
    WindowFixture f(QStringLiteral("en"));
    f.window->showPage(MainWindow::Page::Tasks);
    auto *button = f.window->tasksPage()->filterBar()->findChild<QToolButton *>(QStringLiteral("phaseFilterButton"));
    REQUIRE(button);
    CHECK(button->accessibleName() == QStringLiteral("Phase: all"));
    CHECK(button->accessibleDescription().contains(QStringLiteral("every phase")));

    QAction *preparation = nullptr;
    for (QAction *action : button->menu()->actions()) {
        if (action->isCheckable() && action->data().toInt() == int(Phase::P1))
            preparation = action;
    }
    REQUIRE(preparation);
    preparation->trigger();
    const QString name = phaseName(Phase::P1);
    CHECK(button->text().remove(QLatin1Char('&')) == QStringLiteral("Phase: %1").arg(name));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
    CHECK(iface->text(QAccessible::Name) == QStringLiteral("Phase: %1").arg(name));
    CHECK(iface->text(QAccessible::Description).contains(name));

    // Two phases: the button shortens, the description names both.
    for (QAction *action : button->menu()->actions()) {
        if (action->isCheckable() && action != preparation) {
            action->trigger();
            CHECK(iface->text(QAccessible::Name) == QStringLiteral("Phase: 2 selected"));
            CHECK(iface->text(QAccessible::Description).contains(name));
            CHECK(iface->text(QAccessible::Description).contains(phaseName(Phase(action->data().toInt()))));
            break;
        }
    }
}

TEST_CASE("The stakeholder map's markers are accessible children, read as the keyboard moves them",
          "[gui][a11y][stakeholder]")
{
    WindowFixture f(QStringLiteral("en"));
    Dialogs::startScript();
    AccessibilityRecorder recorder;
    f.window->showPage(MainWindow::Page::Stakeholders);
    StakeholderMapWidget *map = f.window->stakeholderPage()->map();
    map->setFocus(Qt::TabFocusReason);
    REQUIRE(map->hasFocus());

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(map);
    REQUIRE(iface);
    const QList<Stakeholder> shown = map->stakeholders();
    REQUIRE(shown.size() >= 3);
    REQUIRE(iface->childCount() == shown.size());
    for (int i = 0; i < shown.size(); ++i) {
        QAccessibleInterface *marker = iface->child(i);
        REQUIRE(marker);
        CHECK(marker->role() == QAccessible::ListItem);
        CHECK(marker->text(QAccessible::Name) == shown.at(i).name);
        const QString description = marker->text(QAccessible::Description);
        CHECK(description.contains(quadrantName(quadrantOf(shown.at(i)))));
        CHECK(description.contains(QStringLiteral("influence %1 of 3").arg(shown.at(i).influence)));
        CHECK(description.contains(QStringLiteral("affected %1 of 3").arg(shown.at(i).affectedness)));
        CHECK(description.contains(engagementName(shown.at(i).engagementNow)));
        CHECK(iface->indexOfChild(marker) == i);
        CHECK(!marker->rect().isEmpty());
        CHECK(iface->childAt(marker->rect().center().x(), marker->rect().center().y()) == marker);
    }

    // Tab selects the first marker: it is selected and focused, and the screen reader is told so.
    recorder.clear();
    QTest::keyClick(map, Qt::Key_Tab);
    REQUIRE(map->selectedId() == shown.first().id);
    QAccessibleInterface *first = iface->child(0);
    CHECK(first->state().selected);
    CHECK(first->state().focused);
    CHECK(!iface->child(1)->state().selected);
    CHECK(iface->focusChild() == first);
    REQUIRE(!recorder.focusEvents().isEmpty());
    CHECK(recorder.focusEvents().last().object == map);
    CHECK(recorder.focusEvents().last().child == 0);

    // An arrow moves it; the marker reads its new place.
    const Stakeholder before = *StakeholderRepository(f.db).byId(shown.first().id);
    const bool up = before.influence < 3;
    QTest::keyClick(map, up ? Qt::Key_Up : Qt::Key_Down);
    const Stakeholder after = *StakeholderRepository(f.db).byId(shown.first().id);
    REQUIRE(after.influence == before.influence + (up ? 1 : -1));
    int index = -1;
    for (int i = 0; i < map->stakeholders().size(); ++i)
        index = map->stakeholders().at(i).id == after.id ? i : index;
    REQUIRE(index >= 0);
    CHECK(iface->child(index)
              ->text(QAccessible::Description)
              .contains(QStringLiteral("influence %1 of 3").arg(after.influence)));
    CHECK(iface->focusChild() == iface->child(index));
    Dialogs::stopScript();
}

TEST_CASE("Overview status, report text, page tabs and the search field's clear button speak", "[gui][a11y]")
{
    WindowFixture f(QStringLiteral("en"));
    Dialogs::startScript();

    // The status block: one Tab stop named by the light, the reasons in words.
    OverviewPage *overview = f.window->overviewPage();
    QWidget *status = overview->statusBlock();
    REQUIRE(status);
    CHECK((status->focusPolicy() & Qt::TabFocus));
    const TrafficLight &light = overview->summary().light;
    CHECK(status->accessibleName() == QStringLiteral("Status: %1").arg(lightName(light.light)));
    REQUIRE(!light.reasons.isEmpty());
    for (const LightReason &reason : light.reasons)
        CHECK(status->accessibleDescription().contains(reason.text));

    // The report as text, built from the same content as the pages.
    f.window->showPage(MainWindow::Page::Report);
    QApplication::processEvents();
    ReportPage *report = f.window->reportPage();
    const QString text = report->previewText()->toPlainText();
    CHECK(text.contains(report->data().municipality.name));
    CHECK(text.contains(lightName(report->data().summary.light.light)));
    REQUIRE(report->previewPageCount() >= 2);

    // Page tabs: the current one is "selected", the others are not.
    QAccessibleInterface *tabs = QAccessible::queryAccessibleInterface(f.pageTabs());
    REQUIRE(tabs->childCount() == int(kPages.size()));
    for (int i = 0; i < int(kPages.size()); ++i) {
        INFO("tab " << i);
        CHECK(tabs->child(i)->role() == QAccessible::PageTab);
        CHECK(tabs->child(i)->state().selectable);
        CHECK(tabs->child(i)->state().selected == (i == f.pageTabs()->currentIndex()));
        CHECK(tabs->indexOfChild(tabs->child(i)) == i);
    }
    CHECK(tabs->child(int(MainWindow::Page::Report))->text(QAccessible::Name) == QStringLiteral("Report"));

    // The search field's clear button.
    f.window->showPage(MainWindow::Page::Tasks);
    QLineEdit *search = f.window->tasksPage()->filterBar()->searchField();
    QTest::keyClicks(search, QStringLiteral("P1"));
    bool named = false;
    for (QToolButton *button : search->findChildren<QToolButton *>()) {
        if (button->isVisible())
            named = QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name)
                == QStringLiteral("Clear search");
    }
    CHECK(named);
    Dialogs::stopScript();
}

namespace {

using Mnemonics = std::map<QChar, QStringList>;

void addMnemonic(Mnemonics &into, const QString &text)
{
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    if (!mnemonic.isEmpty())
        into[QChar(mnemonic[0].key()).toUpper()].append(text);
}

// What Alt+letter reaches from anywhere in the window: the menus and the toolbar's field.
Mnemonics windowMnemonics(const WindowFixture &f)
{
    Mnemonics found;
    for (QAction *action : f.window->menuBar()->actions())
        addMnemonic(found, action->text());
    for (QToolBar *toolbar : f.window->findChildren<QToolBar *>()) {
        for (QLabel *label : toolbar->findChildren<QLabel *>()) {
            if (label->buddy())
                addMnemonic(found, label->text()); // "Municipality:"
        }
    }
    for (int i = 0; i < f.pageTabs()->count(); ++i)
        addMnemonic(found, f.pageTabs()->tabText(i));
    return found;
}

// The window's, and those of the visible controls of a page.
Mnemonics pageMnemonics(const WindowFixture &f, QWidget *page)
{
    Mnemonics found = windowMnemonics(f);
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            addMnemonic(found, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            addMnemonic(found, button->text());
        else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i)
                addMnemonic(found, bar->tabText(i));
        }
    }
    return found;
}

} // namespace

TEST_CASE("Alt+letter opens each menu - no field or page tab takes a menu's letter", "[gui][a11y]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("da"));
    INFO("language " << language.toStdString());
    WindowFixture f(language);
    for (const auto &[key, texts] : windowMnemonics(f)) {
        INFO("Alt+" << QString(key).toStdString() << ": " << texts.join(QStringLiteral(" | ")).toStdString());
        CHECK(texts.size() == 1);
    }
    // The municipality menu opens on its letter (it used to move focus to the municipality field).
    QMenu *municipalityMenu = nullptr;
    for (QAction *action : f.window->menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().size() >= 3
            && action->menu()->actions().first()->objectName() == QLatin1String("addMunicipalityAction"))
            municipalityMenu = action->menu();
    }
    REQUIRE(municipalityMenu);
    const QKeySequence letter = QKeySequence::mnemonic(municipalityMenu->title());
    REQUIRE(!letter.isEmpty());
    f.window->showPage(MainWindow::Page::Tasks);
    f.window->tasksPage()->view()->setFocus();
    QTest::keyClick(f.window->tasksPage()->view(), Qt::Key(letter[0].key()), Qt::AltModifier);
    QApplication::processEvents();
    CHECK(!f.window->municipalitySwitcher()->hasFocus());
    CHECK(municipalityMenu->isVisible());
    municipalityMenu->close();
}

// Not in the suite: lists the Alt+letters that a page's controls share with each other or with the menus
// (pressing such a letter cycles between them instead of acting). See docs/accessibility.md.
TEST_CASE("Mnemonics shared on a page", "[.mnemonics]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("da"));
    WindowFixture f(language);
    for (MainWindow::Page which : kPages) {
        f.window->showPage(which);
        QApplication::processEvents();
        QWidget *page = f.page(which);
        for (const auto &[key, texts] : pageMnemonics(f, page)) {
            if (texts.size() > 1)
                WARN(language.toStdString()
                     << " " << page->metaObject()->className() << " Alt+" << QString(key).toStdString() << ": "
                     << texts.join(QStringLiteral(" | ")).toStdString());
        }
    }
}

// Not in the suite: `PARAT_SHOTS_DIR=… parat_app_tests "[.a11yshots]"` (under xvfb-run with QT_QPA_PLATFORM=xcb
// for the real style) saves the pages changed for accessibility, in Danish and English.
TEST_CASE("Screenshots of the accessible pages", "[.a11yshots]")
{
    const QString dir = qEnvironmentVariable("PARAT_SHOTS_DIR", QStringLiteral("/tmp/shots-a11y"));
    QDir().mkpath(dir);
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        WindowFixture f(language);
        f.window->overviewPage()->statusBlock()->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        f.window->grab().save(QStringLiteral("%1/overview-%2.png").arg(dir, language));
        f.window->showPage(MainWindow::Page::Tasks);
        auto *phase = f.window->tasksPage()->filterBar()->findChild<QToolButton *>(QStringLiteral("phaseFilterButton"));
        phase->menu()->actions().at(2)->trigger();
        phase->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        f.window->grab().save(QStringLiteral("%1/tasks-%2.png").arg(dir, language));
        f.window->showPage(MainWindow::Page::Report);
        QApplication::processEvents();
        f.window->reportPage()->findChild<QTabWidget *>(QStringLiteral("previewTabs"))->setCurrentIndex(1);
        QApplication::processEvents();
        f.window->grab().save(QStringLiteral("%1/report-text-%2.png").arg(dir, language));
    }
}
