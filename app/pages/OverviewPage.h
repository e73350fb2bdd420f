#pragma once

#include "planning/Overview.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace parat {

class DeferredReload;

class AppContext;
class ProgressChartWidget;
class TrendChartWidget;
class MunicipalityOverviewModel;

// The start page for the current municipality: go-live and time to go, the traffic light with its reasons,
// progress against plan per phase, and the task lists that need attention (overdue, due soon, released
// recently, missing in KLIK). Activating a task (double-click or Enter) emits
// AppContext::openTaskRequested(taskId). With two or more municipalities in the database it also shows a
// sortable table of all of them; activating a row makes that municipality current.
//
// Reloads on Database::changed() and AppContext::currentMunicipalityChanged() (lazily while hidden), keeping
// the current item of each list.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    enum class List
    {
        Overdue,
        DueIn2Weeks,
        DueIn3To4Weeks, // due within 4 weeks but after the first 2 (the 2-week list has the others)
        ReleasedRecently,
        MissingInKlik
    };

    explicit OverviewPage(AppContext &context, QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Reads everything again for the current municipality and today's date (context.clock()).
    void reload();
    // The date of the last status report: "released recently" then means "released since that report".
    // Without one, the page lists what was released in the last 2 weeks.
    void setLastReportDate(const std::optional<QDate> &date);

    const MunicipalitySummary &summary() const { return m_summary; }
    // The list, with all its rows (a list below the page's visible part waits for the first paint; asked for, it is
    // filled at once).
    QTreeWidget *taskList(List list) const;
    // Whether a list's rows wait for the page's first paint: until then a list wholly below the visible part of the
    // page holds only its first row, which gives it the height its rows will have (docs/architecture.md "Start-up").
    bool listWaitsForPaint(List list) const;
    QTableView *municipalityTable() const { return m_table; }
    MunicipalityOverviewModel *municipalityModel() const { return m_model; }
    QSortFilterProxyModel *municipalityProxy() const { return m_proxy; }
    // Whether the cross-municipality table is shown (two or more municipalities).
    bool showsMunicipalityTable() const;
    ProgressChartWidget *chart() const { return m_chart; }
    TrendChartWidget *trendChart() const { return m_trendChart; }
    // The light, its reasons and the progress as one focusable block (name and description in words).
    QWidget *statusBlock() const { return m_statusBlock; }

    // False until the cross-municipality table has been filled: it waits for the page's first paint, so the window
    // appears before the table of every municipality is worked out (docs/architecture.md "Start-up").
    bool municipalityTableLoaded() const { return !m_tableWaitsForPaint; }
    // False until the week-by-week trend has been worked out: on start-up it too waits for the page's first paint
    // (it reads every task event of the municipality); its place on the page is kept meanwhile.
    bool trendLoaded() const { return !m_trendWaitsForPaint; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Section;

    // The parts of the constructor.
    void buildStatusBlock();
    QGridLayout *buildTaskLists();
    void buildMunicipalityTable(QWidget *content);
    void connectReloads(QWidget *content);
    // The parts of reload() for the current municipality.
    void showHeader(const Municipality &municipality, const QString &language);
    void showLight();
    void showProgress();
    void showLists(const QHash<Id, QString> &personNames, const QString &language);

    void reloadLater();
    void retranslate();
    QStringList taskListHeadings() const; // the columns of the task lists
    // mayWait: a list below the visible part may keep its rows for after the first paint.
    void fillSection(Section &section, const QList<PlannedTask> &tasks, const QHash<Id, QString> &personNames,
                     bool mayWait = true);
    bool listInView(const Section &section) const;
    void fillListsInView();
    void fillWaitingLists();
    void reloadTrend(const QList<PlannedTask> &tasks);
    void describeStatus();
    void loadAfterFirstPaint();
    void reloadMunicipalityTable(bool reloadModel);
    void fitTableHeight(int rows);
    void activateTask(QTreeWidgetItem *item);
    void activateMunicipality(const QModelIndex &proxyIndex);

    AppContext &m_context;
    MunicipalitySummary m_summary;
    std::optional<QDate> m_lastReportDate;
    DeferredReload *m_deferred = nullptr; // reloads when shown after changes made while hidden
    bool m_tableDirty = true; // the data changed since the cross-municipality table was loaded
    bool m_tableWaitsForPaint = true; // the table is filled after the page's first paint
    bool m_painted = false; // the page has painted once: nothing waits for it any more
    bool m_trendWaitsForPaint = false; // the trend of m_trendTasks is drawn after the page's first paint
    bool m_placed = false; // the page's content has been laid out to be shown: the lists' places are known
    QHash<Id, QString> m_waitingNames; // the people's names for the lists that wait for the first paint
    QList<PlannedTask> m_trendTasks;
    int m_municipalityCount = 0;
    bool m_countedForPaint = false; // m_municipalityCount was read while the table waits for the first paint

    QScrollArea *m_scroll = nullptr;
    QWidget *m_municipalityPart = nullptr; // everything about the current municipality
    QLabel *m_noMunicipality = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_goLive = nullptr;
    QWidget *m_statusBlock = nullptr; // light, reasons and progress: one Tab stop with the status in words
    QWidget *m_lightSymbol = nullptr;
    QLabel *m_lightName = nullptr;
    QLabel *m_reasonsTitle = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_progressTitle = nullptr;
    QLabel *m_progress = nullptr;
    ProgressChartWidget *m_chart = nullptr;
    QLabel *m_trendTitle = nullptr;
    TrendChartWidget *m_trendChart = nullptr;
    QList<Section *> m_sections;

    QWidget *m_tablePart = nullptr;
    QLabel *m_tableTitle = nullptr;
    QTableView *m_table = nullptr;
    MunicipalityOverviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace parat
