// The window as a project leader first sees it: the task list's columns in reading order, themes and roles by
// name, a detail pane that folds away and stays folded, and at 1024 x 700 no label, button or map marker cut.
#include "Fixtures.h"
#include "GuiFixture.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StakeholderMapWidget.h"
#include "StakeholderPage.h"
#include "TaskDetailPane.h"
#include "TaskFilterBar.h"
#include "TasksPage.h"
#include "domain/Enums.h"
#include "domain/Language.h"
#include "models/TaskFilterProxyModel.h"
#include "models/TaskTableModel.h"
#include "report/StakeholderMapRenderer.h"
#include "storage/Database.h"
#include "storage/StakeholderRepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QHelpEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QToolTip>

#include <algorithm>
#include <memory>

using namespace parat;

namespace {

// The text a button shows, without the mnemonic's '&'.
QString shownText(const QAbstractButton *button)
{
    QString text = button->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

// Empty when the widget shows the whole of its text inside the window: as wide as its text (measured with its
// own font) plus its own decoration (its size hint), and not running past the window's right or bottom edge.
// Otherwise what is wrong.
QString cutProblem(const QWidget *widget, const QWidget *window)
{
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    const int textWidth = button ? button->fontMetrics().horizontalAdvance(shownText(button)) : 0;
    if (widget->width() >= widget->sizeHint().width() && widget->width() > textWidth
        && inWindow.right() < window->width() && inWindow.bottom() < window->height())
        return {};
    return QStringLiteral("\"%1\": %2 px wide (needs %3, text %4), right edge at %5 of %6")
        .arg(button ? button->text() : widget->objectName())
        .arg(widget->width())
        .arg(widget->sizeHint().width())
        .arg(textWidth)
        .arg(inWindow.right())
        .arg(window->width());
}

struct WindowFixture
{
    explicit WindowFixture(const QString &language)
        : gui(language)
    {
        Settings().setTasksHeaderState(QByteArray()); // the default layout, whatever an earlier test left
        window = std::make_unique<MainWindow>(gui.db, gui.clock);
    }
    ~WindowFixture()
    {
        window.reset();
        Settings().setTasksHeaderState(QByteArray());
    }
    void show(int width, int height)
    {
        window->resize(width, height);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::processEvents();
    }

    test::GuiFixture gui;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("The task list shows status, due date and responsible first, and themes and roles by name", "[gui][layout]")
{
    WindowFixture f(QStringLiteral("en"));
    f.show(1280, 800);
    f.window->showPage(MainWindow::Page::Tasks);
    QApplication::processEvents();
    TasksPage *page = f.window->tasksPage();
    QHeaderView *header = page->view()->horizontalHeader();
    CHECK(header->logicalIndex(0) == TaskTableModel::KeyColumn);
    CHECK(header->logicalIndex(1) == TaskTableModel::StatusColumn);
    CHECK(header->logicalIndex(2) == TaskTableModel::DueColumn);
    CHECK(header->logicalIndex(3) == TaskTableModel::ResponsibleColumn);
    CHECK(header->logicalIndex(4) == TaskTableModel::TitleColumn);

    // At the default width beside the detail pane, the four are in view.
    const int listWidth = page->view()->viewport()->width();
    for (int column : {TaskTableModel::StatusColumn, TaskTableModel::DueColumn, TaskTableModel::ResponsibleColumn}) {
        INFO("column " << column);
        CHECK(header->sectionViewportPosition(column) + header->sectionSize(column) <= listWidth);
    }

    // A theme reads as its name, the handbook's code is the tooltip; a role without a person likewise.
    const TaskTableModel *model = page->model();
    bool sawTheme = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const PlannedTask *task = model->taskAt(row);
        if (task->task.theme && !sawTheme) {
            const QModelIndex index = model->index(row, TaskTableModel::ThemeColumn);
            CHECK(index.data().toString() == themeName(*task->task.theme));
            CHECK(index.data(Qt::ToolTipRole).toString().contains(themeCode(*task->task.theme)));
            sawTheme = true;
        }
    }
    CHECK(sawTheme);

    // A task whose responsible is nobody shows the handbook's role by name.
    int row = 0;
    while (row < model->rowCount() && !model->taskAt(row)->task.responsibleRole)
        ++row;
    REQUIRE(row < model->rowCount());
    const Role role = *model->taskAt(row)->task.responsibleRole;
    const Id taskId = model->taskAt(row)->task.id;
    REQUIRE(page->model()->setData(model->index(row, TaskTableModel::ResponsibleColumn), Id(0)));
    QApplication::processEvents();
    const QModelIndex index = model->index(model->rowOf(taskId), TaskTableModel::ResponsibleColumn);
    CHECK(index.data().toString() == roleName(role));
    CHECK(index.data(Qt::ToolTipRole).toString().contains(roleCode(role)));
}
TEST_CASE("The detail pane folds away by its shortcut and stays folded the next time", "[gui][layout]")
{
    WindowFixture f(QStringLiteral("en"));
    f.show(1280, 800);
    f.window->showPage(MainWindow::Page::Tasks);
    TasksPage *page = f.window->tasksPage();
    const int listBefore = page->view()->width();
    REQUIRE(page->detailPane()->width() > 0);
    REQUIRE(page->showDetailAction()->isChecked());

    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QApplication::processEvents();
    CHECK_FALSE(page->isDetailPaneShown());
    CHECK_FALSE(page->showDetailAction()->isChecked());
    CHECK(page->view()->width() > listBefore + 200);

    // Closing the window remembers it (QSettings); a new window opens with the pane folded.
    f.window->close();
    f.window = std::make_unique<MainWindow>(f.gui.db, f.gui.clock);
    f.show(1280, 800);
    f.window->showPage(MainWindow::Page::Tasks);
    page = f.window->tasksPage();
    CHECK_FALSE(page->isDetailPaneShown());
    CHECK_FALSE(page->showDetailAction()->isChecked());

    // The action brings it back at a usable width.
    page->showDetailAction()->trigger();
    QApplication::processEvents();
    CHECK(page->isDetailPaneShown());
    CHECK(page->detailPane()->width() >= page->detailPane()->minimumSizeHint().width());
}

TEST_CASE("At 1024 x 700 the filter bar and the detail pane's buttons are not cut", "[gui][layout]")
{
    const QString language = GENERATE(QStringLiteral("da"), QStringLiteral("en"));
    WindowFixture f(language);
    f.show(1024, 700);
    REQUIRE(f.window->width() == 1024); // the window can be this narrow at all
    f.window->showPage(MainWindow::Page::Tasks);
    TasksPage *page = f.window->tasksPage();
    REQUIRE(page->showTask(page->model()->taskAt(0)->task.id));
    QApplication::processEvents();

    QList<QWidget *> widgets;
    for (QWidget *parent : {static_cast<QWidget *>(page->filterBar()), static_cast<QWidget *>(page)}) {
        for (QAbstractButton *button : parent->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly))
            widgets.append(button);
    }
    for (const char *name : {"applyButton", "revertButton"})
        widgets.append(page->detailPane()->findChild<QPushButton *>(QLatin1String(name)));
    for (QWidget *widget : std::as_const(widgets)) {
        REQUIRE(widget);
        if (!widget->isVisible())
            continue;
        const QString problem = cutProblem(widget, f.window.get());
        INFO(language.toStdString() << ": " << problem.toStdString());
        CHECK(problem.isEmpty());
    }
}

TEST_CASE("The stakeholder map's fields say what places a stakeholder there", "[gui][layout][stakeholders]")
{
    const StakeholderMapLayout layout
        = layoutStakeholderMap(QRectF(0, 0, 900, 600), StakeholderMapData {}, QApplication::font());
    QHash<Quadrant, QString> meanings;
    for (const StakeholderMapLayout::QuadrantPlace &place : layout.quadrants)
        meanings.insert(place.quadrant, place.meaning);
    CHECK(meanings.value(Quadrant::ManageClosely) == QStringLiteral("High influence, highly affected"));
    CHECK(meanings.value(Quadrant::KeepSatisfied) == QStringLiteral("High influence, little affected"));
    CHECK(meanings.value(Quadrant::KeepInformed) == QStringLiteral("Low influence, highly affected"));
    CHECK(meanings.value(Quadrant::Monitor) == QStringLiteral("Low influence, little affected"));

    // In Danish no field says "external": an internal manager may well sit in it.
    installTranslations(QStringLiteral("da"));
    for (Quadrant quadrant : allQuadrants()) {
        INFO(quadrantTitle(quadrant).toStdString());
        CHECK_FALSE(quadrantName(quadrant).contains(QStringLiteral("ekstern"), Qt::CaseInsensitive));
        CHECK(quadrantTitle(quadrant).contains(QStringLiteral("indflydelse")));
    }
    CHECK(quadrantTitle(Quadrant::Monitor) == QStringLiteral("Hold øje med: lille indflydelse, lidt berørt"));
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("At the default window size the stakeholder map shows every name whole", "[gui][layout][stakeholders]")
{
    const QString language = GENERATE(QStringLiteral("da"), QStringLiteral("en"));
    const QSize size = GENERATE(QSize(1280, 800), QSize(1920, 1080));
    WindowFixture f(language);
    f.show(size.width(), size.height());
    f.window->showPage(MainWindow::Page::Stakeholders);
    QApplication::processEvents();
    auto *map = f.window->stakeholderPage()->findChild<StakeholderMapWidget *>();
    REQUIRE(map);
    REQUIRE(map->isVisible());
    const QList<Stakeholder> &stakeholders = map->stakeholders();
    REQUIRE(stakeholders.size() >= 8);
    const StakeholderMapLayout layout
        = layoutStakeholderMap(QRectF(map->rect()), stakeholderMapData(stakeholders), map->font(), map);
    REQUIRE(layout.markers.size() == stakeholders.size());
    bool sawLongName = false;
    for (const StakeholderMapLayout::MarkerPlace &place : layout.markers) {
        const QString name = stakeholders.at(place.index).name;
        INFO(language.toStdString() << ": " << name.toStdString() << " shown as " << place.label.toStdString());
        QString shown = place.label;
        CHECK(shown.replace(QLatin1Char('\n'), QLatin1Char(' ')) == name);
        // Each line fits its badge.
        for (const QString &line : place.label.split(QLatin1Char('\n')))
            CHECK(QFontMetricsF(map->font(), map).horizontalAdvance(line) <= place.labelRect.width());
        CHECK(place.labelRect.height() >= place.label.count(QLatin1Char('\n')) * layout.lineHeight + layout.lineHeight);
        sawLongName = sawLongName || place.label.contains(QLatin1Char('\n'));
    }
    CHECK(sawLongName); // the demo has names too long for one line at this size
}

TEST_CASE("At 1024 x 700 a long one-word name is numbered on the map and whole in its list and on hover",
          "[gui][layout][stakeholders]")
{
    const QString language = GENERATE(QStringLiteral("da"), QStringLiteral("en"));
    WindowFixture f(language);
    // One word, far longer than a badge at this size.
    const QString longName = QStringLiteral("Borgerserviceafdelingsledelsessekretariatet");
    Stakeholder added;
    added.municipalityId = f.gui.demo.id;
    added.name = longName;
    added.influence = 3;
    added.affectedness = 3;
    QString error;
    REQUIRE(StakeholderRepository(f.gui.db).add(&added, &error));
    f.show(1024, 700);
    f.window->showPage(MainWindow::Page::Stakeholders);
    QApplication::processEvents();
    auto *map = f.window->stakeholderPage()->findChild<StakeholderMapWidget *>();
    REQUIRE(map);
    const QList<Stakeholder> stakeholders = map->stakeholders();
    REQUIRE(stakeholders.size() > 10);
    const StakeholderMapLayout layout
        = layoutStakeholderMap(QRectF(map->rect()), stakeholderMapData(stakeholders), map->font(), map);
    REQUIRE(layout.markers.size() == stakeholders.size());

    // The list of names under the map has every stakeholder whole, by the number its badge shows.
    REQUIRE(layout.names.size() == stakeholders.size());
    CHECK(QRectF(map->rect()).contains(layout.namesRect));
    CHECK_FALSE(layout.namesRect.intersects(layout.plotRect));
    QHash<Id, int> numbers;
    for (const StakeholderMapLayout::NameEntry &entry : layout.names) {
        const QString name = stakeholders.at(entry.index).name;
        INFO(entry.text.toStdString());
        CHECK(entry.text == stakeholderMapEntry(entry.number, name));
        CHECK_FALSE(entry.text.contains(QChar(0x2026)));
        // Each entry fits its place in the list (wrapped at spaces when it must).
        QFont listFont = map->font(); // the list is in the map's smaller font
        if (listFont.pointSizeF() > 0)
            listFont.setPointSizeF(listFont.pointSizeF() * 0.85);
        else
            listFont.setPixelSize(std::max(6, int(listFont.pixelSize() * 0.85)));
        const QFontMetricsF fm(listFont, map);
        CHECK(fm.boundingRect(QRectF(0, 0, entry.rect.width(), 1e6), Qt::TextWordWrap, entry.text).height()
              <= entry.rect.height() + 0.5);
        numbers.insert(entry.id, entry.number);
    }
    bool longSeen = false;
    for (const StakeholderMapLayout::MarkerPlace &place : layout.markers) {
        CHECK(place.number == numbers.value(place.id));
        // The number is seen: inside its badge, beside the name or the engagement scale, never over either.
        INFO(place.number);
        CHECK(place.rect.contains(place.numberRect));
        CHECK_FALSE(place.numberRect.intersects(place.labelRect));
        CHECK((place.numberRect.right() <= place.scaleRect.left() + 0.5
               || place.numberRect.bottom() <= place.scaleRect.top() + 0.5));
        if (place.id == added.id) {
            longSeen = true;
            // The badge cannot hold it at this size: that is what the number and the list are for.
            CHECK(place.label != longName);
            // Hovering the marker, and its entry in the list, shows the full name.
            for (const QPointF &point : {place.rect.center(), [&] {
                                             for (const StakeholderMapLayout::NameEntry &entry : layout.names) {
                                                 if (entry.id == added.id)
                                                     return entry.rect.center();
                                             }
                                             return QPointF();
                                         }()}) {
                QHelpEvent help(QEvent::ToolTip, point.toPoint(), map->mapToGlobal(point.toPoint()));
                QApplication::sendEvent(map, &help);
                CHECK(QToolTip::isVisible());
                CHECK(QToolTip::text().startsWith(longName + QLatin1Char('\n')));
                QToolTip::hideText();
            }
        }
    }
    CHECK(longSeen);
}

// Not part of the suite: `parat_app_tests "[.shots][layout]"` saves the window's pages at the three sizes a
// layout change is checked at, in both languages (PARAT_SHOTS_DIR, default /tmp/shots-layout).
TEST_CASE("Screenshots of the window at three sizes", "[.shots][layout]")
{
    const QString dir = qEnvironmentVariable("PARAT_SHOTS_DIR", QStringLiteral("/tmp/shots-layout"));
    QDir().mkpath(dir);
    const QList<std::pair<QString, MainWindow::Page>> pages {
        {QStringLiteral("overview"), MainWindow::Page::Overview},
        {QStringLiteral("tasks"), MainWindow::Page::Tasks},
        {QStringLiteral("stakeholders"), MainWindow::Page::Stakeholders}};
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        for (const QSize &size : {QSize(1024, 700), QSize(1280, 800), QSize(1920, 1080)}) {
            WindowFixture f(language);
            f.show(size.width(), size.height());
            for (const auto &[name, which] : pages) {
                f.window->showPage(which);
                if (which == MainWindow::Page::Tasks)
                    f.window->tasksPage()->showTask(f.window->tasksPage()->model()->taskAt(3)->task.id);
                QApplication::processEvents();
                CHECK(f.window->grab().save(
                    QStringLiteral("%1/%2-%3-%4.png").arg(dir, name, language, QString::number(size.width()))));
            }
        }
    }
}
