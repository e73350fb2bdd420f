#include "OverviewPage.h"

#include "services/ReadinessInputs.h"
#include "storage/ReportRepository.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "DeferredReload.h"
#include "ProgressChartWidget.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/MunicipalityOverviewModel.h"
#include "report/ProgressChart.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace parat {

namespace {

constexpr int kTaskIdRole = Qt::UserRole + 1;
constexpr int kMaxVisibleRows = 8; // a list taller than this scrolls inside itself
constexpr int kMaxVisibleMunicipalities = 12;

enum TaskColumn
{
    KeyColumn,
    TitleColumn,
    DueColumn,
    ResponsibleColumn,
    TaskColumnCount
};

// The traffic light drawn large by the renderer the report uses; its name is always written beside it.
class LightSymbol : public QWidget
{
public:
    explicit LightSymbol(QWidget *parent)
        : QWidget(parent)
    {
        setFixedSize(sizeHint());
    }
    void setLight(Light light)
    {
        m_light = light;
        update();
    }
    QSize sizeHint() const override
    {
        const int side = fontMetrics().height() * 4;
        return QSize(side, side);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        paintTrafficLight(painter, QRectF(rect()).adjusted(1, 1, -1, -1), m_light,
                          palette().color(QPalette::WindowText));
    }

private:
    Light m_light = Light::Green;
};

// The light, its reasons and the progress: one Tab stop, so a keyboard or screen-reader user meets the status
// without searching for it. Name and description say in words what the block shows.
class StatusBlock : public QWidget
{
public:
    explicit StatusBlock(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("statusBlock"));
        setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!hasFocus())
            return;
        QStylePainter painter(this);
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = palette().color(QPalette::Window);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
    }
};

// A word-wrapped label whose text can be selected with the mouse, then copied (Ctrl+C, or Copy in its context menu),
// that remembers its height for each width it was asked about.
// - Selectable on the first mouse press: a selectable QLabel lays its text out through a QTextDocument, about nine
//   times for its size hints alone, and the overview's labels cost more of the window's first paint than anything
//   else of Parat's own. Until a press a plain QLabel draws the text: the same pixels at the same size (the page's
//   screenshots compared equal), the same minimum size and height for width. Only its preferred width differs, which
//   the page's layouts do not use (every label spans its column).
// - Qt lays the whole text out again on every heightForWidth() call, and layouts ask the same widths over and over
//   while the window first takes its size.
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText); // no focus policy either: a label that takes focus lays out as a selectable one
    }
    int heightForWidth(int width) const override
    {
        if (m_heightsFor != text() || m_heightsFont != font()) {
            m_heights.clear();
            m_heightsFor = text();
            m_heightsFont = font();
        }
        const auto known = m_heights.constFind(width);
        if (known != m_heights.constEnd())
            return known.value();
        const int height = QLabel::heightForWidth(width);
        m_heights.insert(width, height);
        return height;
    }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (!(textInteractionFlags() & Qt::TextSelectableByMouse)) {
            // This press already starts the selection, and gives the focus (for Ctrl+C) as a click on a selectable
            // label does: the application had nothing to give it to, the label taking no focus until now.
            setTextInteractionFlags(Qt::TextSelectableByMouse);
            setFocus(Qt::MouseFocusReason);
        }
        QLabel::mousePressEvent(event);
    }
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::StyleChange || event->type() == QEvent::ContentsRectChange)
            m_heights.clear();
        QLabel::changeEvent(event);
    }

private:
    mutable QHash<int, int> m_heights;
    mutable QString m_heightsFor;
    mutable QFont m_heightsFont;
};

// A header that remembers each section's size for its heading. The lists and the table measure their headings again
// on every layout pass (for the columns sized to contents, and for the header's own height): 540 measurements
// through the style before the window's first paint. A size depends on the heading's text and on whether a sort
// indicator is shown (the models give no heading font or icon), and on the font and style, which forget them all.
class RememberingHeader : public QHeaderView
{
public:
    // In place of view's own header, with the same settings.
    static RememberingHeader *replacing(const QHeaderView *own, QWidget *view)
    {
        auto *header = new RememberingHeader(own->orientation(), view);
        header->setSectionsMovable(own->sectionsMovable());
        header->setSectionsClickable(own->sectionsClickable());
        header->setHighlightSections(own->highlightSections());
        header->setStretchLastSection(own->stretchLastSection());
        header->setDefaultAlignment(own->defaultAlignment());
        return header;
    }

protected:
    using QHeaderView::QHeaderView;

    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        const QString text
            = model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
        const bool sorted = isSortIndicatorShown();
        for (const Measured &measured : m_sizes) {
            if (measured.section == logicalIndex && measured.sorted == sorted && measured.text == text)
                return measured.size;
        }
        const QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
        m_sizes.append({logicalIndex, sorted, text, size});
        return size;
    }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_sizes.clear();
        return QHeaderView::event(event);
    }

private:
    struct Measured
    {
        int section = 0;
        bool sorted = false;
        QString text;
        QSize size;
    };
    mutable QList<Measured> m_sizes;
};

// A list of tasks whose columns fit the rows in view (ResizeToContents, precision 0) and that remembers each column's
// width for the rows in view until its rows are replaced. Qt measures the rows again on every layout pass, also when
// only the list's width changed (which changes no row's width: the rows do not wrap) — 233 times for the five lists
// before the window's first paint. Its rows change only through replaceRows() (the page's lists are not editable).
class TaskListTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

    // Widths measured while the rows change are not kept: the view and its header measure in their own reactions to
    // the change, some of them before any signal could tell this list that the rows changed.
    void replaceRows(const QList<QTreeWidgetItem *> &items)
    {
        m_keep = false;
        m_widths.clear();
        clear();
        addTopLevelItems(items);
        m_keep = true;
    }
    int sizeHintForColumn(int column) const override
    {
        // The rows in view: where the list is scrolled to and how many rows its viewport holds.
        const Measured key {column, verticalScrollBar()->value(), viewport()->height()};
        for (const auto &[measured, width] : m_widths) {
            if (measured == key)
                return width;
        }
        const int width = QTreeWidget::sizeHintForColumn(column);
        // -1: the view has not laid its rows out yet (it says so also for a while after they came).
        if (m_keep && width >= 0)
            m_widths.append({key, width});
        return width;
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_widths.clear();
        QTreeWidget::changeEvent(event);
    }

private:
    struct Measured
    {
        int column = 0;
        int scrolledTo = 0;
        int viewportHeight = 0;
        bool operator==(const Measured &other) const
        {
            return column == other.column && scrolledTo == other.scrolledTo && viewportHeight == other.viewportHeight;
        }
    };
    mutable QList<std::pair<Measured, int>> m_widths;
    bool m_keep = true;
};

QLabel *wrappingLabel(QWidget *parent)
{
    return new WrappingLabel(parent);
}

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(int(std::round(font.pixelSize() * factor)));
    font.setBold(bold);
    return font;
}

} // namespace

// One list of tasks with its title and the words shown instead of an empty list.
struct OverviewPage::Section
{
    OverviewPage::List list = OverviewPage::List::Overdue;
    QLabel *title = nullptr;
    TaskListTree *tree = nullptr;
    QLabel *empty = nullptr;
    bool waits = false; // holds only the first of waitingTasks until the page's first paint
    QList<PlannedTask> waitingTasks;
};

OverviewPage::OverviewPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    noTabStop(m_scroll);
    outer->addWidget(m_scroll);

    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);

    m_noMunicipality = wrappingLabel(content);
    layout->addWidget(m_noMunicipality);

    // The current municipality.
    m_municipalityPart = new QWidget(content);
    auto *part = new QVBoxLayout(m_municipalityPart);
    part->setContentsMargins(0, 0, 0, 0);
    m_title = wrappingLabel(m_municipalityPart);
    m_title->setFont(scaledFont(font(), 1.5, true));
    m_goLive = wrappingLabel(m_municipalityPart);
    m_goLive->setFont(scaledFont(font(), 1.15, false));
    part->addWidget(m_title);
    part->addWidget(m_goLive);

    buildStatusBlock();
    part->addWidget(m_statusBlock);

    auto *lists = buildTaskLists();
    part->addSpacing(fontMetrics().height() / 2);
    part->addLayout(lists);
    layout->addWidget(m_municipalityPart);

    buildMunicipalityTable(content);
    layout->addWidget(m_tablePart);
    layout->addStretch();

    m_scroll->setWidget(content);

    connectReloads(content);

    retranslate();
    reload();
}

// The light, its reasons, the progress and the trend: one focusable block.
void OverviewPage::buildStatusBlock()
{
    m_statusBlock = new StatusBlock(m_municipalityPart);
    auto *statusLayout = new QVBoxLayout(m_statusBlock);
    statusLayout->setContentsMargins(4, 4, 4, 4);
    auto *lightRow = new QHBoxLayout;
    auto *symbol = new LightSymbol(m_statusBlock);
    m_lightSymbol = symbol;
    m_lightName = new QLabel(m_statusBlock);
    m_lightName->setFont(scaledFont(font(), 1.8, true));
    // Symbol | name of the light, then why it has that colour.
    lightRow->addWidget(symbol, 0, Qt::AlignTop);
    lightRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    auto *reasonsBox = new QVBoxLayout;
    m_reasonsTitle = new QLabel(m_statusBlock);
    m_reasonsTitle->setFont(scaledFont(font(), 1.0, true));
    m_reasons = wrappingLabel(m_statusBlock);
    reasonsBox->addWidget(m_lightName);
    reasonsBox->addWidget(m_reasonsTitle);
    reasonsBox->addWidget(m_reasons);
    reasonsBox->addStretch();
    lightRow->addLayout(reasonsBox, 1);
    statusLayout->addLayout(lightRow);

    m_progressTitle = new QLabel(m_statusBlock);
    m_progressTitle->setFont(scaledFont(font(), 1.0, true));
    m_progress = wrappingLabel(m_statusBlock);
    m_chart = new ProgressChartWidget(m_statusBlock);
    statusLayout->addSpacing(fontMetrics().height() / 2);
    statusLayout->addWidget(m_progressTitle);
    statusLayout->addWidget(m_progress);
    statusLayout->addWidget(m_chart);
    m_trendTitle = new QLabel(m_statusBlock);
    m_trendTitle->setFont(scaledFont(font(), 1.0, true));
    m_trendChart = new TrendChartWidget(m_statusBlock);
    // Hidden while its trend waits for the first paint, keeping its place so nothing moves when it comes.
    QSizePolicy trendPolicy = m_trendChart->sizePolicy();
    trendPolicy.setRetainSizeWhenHidden(true);
    m_trendChart->setSizePolicy(trendPolicy);
    statusLayout->addSpacing(fontMetrics().height() / 2);
    statusLayout->addWidget(m_trendTitle);
    statusLayout->addWidget(m_trendChart);
}

// The task lists, two to a row.
QGridLayout *OverviewPage::buildTaskLists()
{
    auto *lists = new QGridLayout;
    const QList<List> order
        = {List::Overdue, List::DueIn2Weeks, List::MissingInKlik, List::DueIn3To4Weeks, List::ReleasedRecently};
    for (int i = 0; i < order.size(); ++i) {
        auto *section = new Section;
        section->list = order.at(i);
        auto *box = new QWidget(m_municipalityPart);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        section->title = new QLabel(box);
        section->title->setFont(scaledFont(font(), 1.0, true));
        section->tree = new TaskListTree(box);
        // The headings before the header that sizes its sections to them: set later, each heading made the header
        // react as to a changed heading (retranslate() sets the same texts again, which changes nothing).
        section->tree->setHeaderLabels(taskListHeadings());
        section->tree->setHeader(RememberingHeader::replacing(section->tree->header(), section->tree));
        section->tree->setColumnCount(TaskColumnCount);
        section->tree->setRootIsDecorated(false);
        section->tree->setUniformRowHeights(true);
        section->tree->setAllColumnsShowFocus(true);
        section->tree->setSelectionMode(QAbstractItemView::SingleSelection);
        section->tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
        section->tree->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
        section->tree->header()->setStretchLastSection(false);
        section->tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        section->tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
        // Columns fit the rows in view: sizing them to every row of a long list (thousands of overdue tasks in a
        // large plan) cost more than the rest of the window's start-up.
        section->tree->header()->setResizeContentsPrecision(0);
        section->title->setBuddy(section->tree);
        section->empty = wrappingLabel(box);
        boxLayout->addWidget(section->title);
        boxLayout->addWidget(section->tree);
        boxLayout->addWidget(section->empty);
        boxLayout->addStretch();
        connect(section->tree, &QTreeWidget::itemActivated, this,
                [this](QTreeWidgetItem *item) { activateTask(item); });
        lists->addWidget(box, i / 2, i % 2);
        m_sections.append(section);
    }
    lists->setColumnStretch(0, 1);
    lists->setColumnStretch(1, 1);
    return lists;
}

// All municipalities.
void OverviewPage::buildMunicipalityTable(QWidget *content)
{
    m_tablePart = new QWidget(content);
    auto *tableLayout = new QVBoxLayout(m_tablePart);
    tableLayout->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    m_tableTitle = new QLabel(m_tablePart);
    m_tableTitle->setFont(scaledFont(font(), 1.15, true));
    m_model = new MunicipalityOverviewModel(m_context.database(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MunicipalityOverviewModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(m_tablePart);
    m_table->setHorizontalHeader(RememberingHeader::replacing(m_table->horizontalHeader(), m_table));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MunicipalityOverviewModel::CodeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MunicipalityOverviewModel::NameColumn, QHeaderView::Stretch);
    // Columns fit the rows in view, not all 98: sizing to every row cost as much as loading them.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_tableTitle->setBuddy(m_table);
    tableLayout->addWidget(m_tableTitle);
    tableLayout->addWidget(m_table);
    connect(m_table, &QTableView::activated, this, &OverviewPage::activateMunicipality);
}

void OverviewPage::connectReloads(QWidget *content)
{
    // The cross-municipality table depends on the data, not on which municipality is shown: switching only
    // reloads the summary (the table of 98 municipalities costs far more than one summary).
    m_deferred = new DeferredReload(this, [this] { reload(); });
    const auto dataChanged = [this] {
        m_tableDirty = true;
        m_tableWaitsForPaint = false;
        reloadLater();
    };
    content->installEventFilter(this); // the scroll area's widget fills its background, so it is painted
    connect(&m_context.database(), &Database::changed, this, dataChanged);
    connect(&m_context.database(), &Database::restored, this, dataChanged);
    // Team mode: the table of all municipalities shows others' edits in other municipalities too.
    connect(&m_context, &AppContext::otherMunicipalityChanged, this, dataChanged);
    connect(&m_context, &AppContext::currentMunicipalityChanged, this, &OverviewPage::reloadLater);
}

OverviewPage::~OverviewPage()
{
    qDeleteAll(m_sections);
}

QTreeWidget *OverviewPage::taskList(List list) const
{
    for (Section *section : m_sections) {
        if (section->list == list) {
            if (section->waits)
                const_cast<OverviewPage *>(this)->fillSection(*section, section->waitingTasks, m_waitingNames, false);
            return section->tree;
        }
    }
    return nullptr;
}

bool OverviewPage::listWaitsForPaint(List list) const
{
    for (const Section *section : m_sections) {
        if (section->list == list)
            return section->waits;
    }
    return false;
}

bool OverviewPage::showsMunicipalityTable() const
{
    return !m_tablePart->isHidden();
}

void OverviewPage::setLastReportDate(const std::optional<QDate> &date)
{
    m_lastReportDate = date;
    reload();
}

void OverviewPage::reloadLater()
{
    m_deferred->request();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void OverviewPage::retranslate()
{
    m_reasonsTitle->setText(tr("Why:"));
    m_progressTitle->setText(tr("Progress against plan"));
    m_trendTitle->setText(tr("Progress week by week"));
    m_tableTitle->setText(tr("&All municipalities"));
    m_table->setAccessibleName(tr("All municipalities"));
    m_lightSymbol->setAccessibleName(tr("Traffic light"));
    for (Section *section : m_sections) {
        section->tree->setHeaderLabels(taskListHeadings());
    }
}

QStringList OverviewPage::taskListHeadings() const
{
    return {tr("Key"), tr("Task"), tr("Due"), tr("Responsible")};
}

void OverviewPage::reload()
{
    const QDate today = m_context.clock().today();
    const QString language = currentLanguage();
    Database &db = m_context.database();
    const Id id = m_context.currentMunicipalityId();
    const std::optional<Municipality> municipality = id != 0 ? MunicipalityRepository(db).byId(id) : std::nullopt;

    if (m_tableWaitsForPaint) {
        // Counted once: the count cannot change while the table waits without a data change, which ends the wait
        // (the constructor's reload and the one for the municipality shown both come before the first paint).
        if (!m_countedForPaint)
            m_municipalityCount = MunicipalityRepository(db).count();
        m_countedForPaint = true;
        m_tablePart->setVisible(m_municipalityCount >= 2);
        fitTableHeight(m_municipalityCount); // the page keeps its layout when the rows come
    } else {
        reloadMunicipalityTable(m_tableDirty);
        m_tableDirty = false;
    }

    if (!municipality) {
        m_summary = MunicipalitySummary();
        m_municipalityPart->hide();
        m_noMunicipality->setText(m_municipalityCount == 0
                                      ? tr("There is no municipality yet. Add one to start planning.")
                                      : tr("Choose a municipality to see its overview."));
        m_noMunicipality->show();
        return;
    }
    m_noMunicipality->hide();
    m_municipalityPart->show();

    const QList<PlannedTask> tasks = TaskRepository(db).plannedTasks(id);
    // "Released since the last report": the last exported report's as-of date, unless set from outside.
    std::optional<QDate> lastReport = m_lastReportDate;
    if (!lastReport) {
        if (const auto snapshot = ReportRepository(m_context.database()).latestSnapshot(municipality->id))
            lastReport = snapshot->asOf;
    }
    m_summary = summarize(*municipality, tasks, today, lastReport,
                          readinessSignals(m_context.database(), municipality->id, today, tasks));
    const QHash<Id, QString> personNames = PersonRepository(db).namesForMunicipality(id);

    showHeader(*municipality, language);
    showLight();
    showProgress();

    // The trend week by week (the report's page 1 chart) reads the whole task history: on start-up it comes after
    // the first paint, with the table of all municipalities.
    if (m_painted) {
        reloadTrend(tasks);
    } else {
        m_trendTasks = tasks;
        m_trendWaitsForPaint = true;
        m_trendChart->hide();
    }
    describeStatus();

    showLists(personNames, language);
}

// Header: who, when, how long to go.
void OverviewPage::showHeader(const Municipality &municipality, const QString &language)
{
    m_title->setText(tr("%1 %2").arg(municipality.code, municipality.name));
    const QString toGo = timeToGoLiveText(m_summary);
    m_goLive->setText(toGo.isEmpty()
                          ? goLiveText(m_summary, language)
                          : tr("%1 – %2", "go-live date – time to go").arg(goLiveText(m_summary, language), toGo));
}

// The light, in colour, shape and words, with every reason.
void OverviewPage::showLight()
{
    const TrafficLight &light = m_summary.light;
    static_cast<LightSymbol *>(m_lightSymbol)->setLight(light.light);
    m_lightSymbol->setAccessibleDescription(lightName(light.light));
    m_lightName->setText(lightName(light.light));
    QStringList reasons;
    if (light.overridden) {
        reasons.append(tr("Set to %1 by hand: %2 (the rules say %3).")
                           .arg(lightName(light.light), light.overrideReason, lightName(light.computed)));
    }
    for (const LightReason &reason : light.reasons)
        reasons.append(QStringLiteral("• ")
                       + QString(reason.text).replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
    m_reasons->setText(reasons.join(QLatin1Char('\n')));
}

// Progress in numbers, then per phase in the chart.
void OverviewPage::showProgress()
{
    const Progress &total = m_summary.total;
    if (total.tasks == 0) {
        m_progress->setText(tr("No relevant tasks yet."));
    } else {
        m_progress->setText(
            tr("%1 done, %2 planned by now (%3 points); %4 of %n relevant task(s) done.", "", total.tasks)
                .arg(percentText(total.actual), percentText(total.planned), pointsText(total.variance),
                     QString::number(total.doneTasks)));
    }
    ProgressChartData chartData = progressChartData(m_summary);
    chartData.title.clear(); // the page has its own heading
    m_chart->setData(chartData);
}

// The lists: each one's heading (with its mnemonic and count), the words for an empty list, and the rows.
void OverviewPage::showLists(const QHash<Id, QString> &personNames, const QString &language)
{
    for (Section *section : m_sections) {
        QList<PlannedTask> items;
        QString title;
        QString empty;
        switch (section->list) {
        case List::Overdue:
            items = m_summary.overdue;
            title = tr("&Overdue (%n)", "", int(items.size()));
            empty = tr("No overdue tasks.");
            break;
        case List::DueIn2Weeks:
            items = m_summary.dueIn2Weeks;
            title = tr("Due in the next &2 weeks (%n)", "", int(items.size()));
            empty = tr("Nothing open is due in the next 2 weeks.");
            break;
        case List::DueIn3To4Weeks:
            items = dueLaterIn4Weeks(m_summary);
            title = tr("Due in &3 to 4 weeks (%n)", "", int(items.size()));
            empty = tr("Nothing else open is due within 4 weeks.");
            break;
        case List::ReleasedRecently: {
            items = m_summary.releasedSince;
            QString heading = releasedSinceTitle(m_summary, language);
            heading.replace(QLatin1Char('&'), QStringLiteral("&&"));
            title = tr("&%1 (%n)", "list heading with the number of tasks", int(items.size())).arg(heading);
            empty = m_summary.lastReportDate ? tr("No tasks were released since the last report.")
                                             : tr("No tasks were released in the last 2 weeks.");
            break;
        }
        case List::MissingInKlik:
            items = m_summary.missingInKlik;
            title = tr("Done but not marked in &KLIK (%n)", "", int(items.size()));
            empty = tr("Every mandatory task that is done is marked in KLIK.");
            break;
        }
        section->title->setText(title);
        QString plainTitle = title;
        plainTitle.remove(QLatin1Char('&'));
        section->tree->setAccessibleName(plainTitle);
        section->empty->setText(empty);
        fillSection(*section, items, personNames);
    }
}

void OverviewPage::reloadTrend(const QList<PlannedTask> &tasks)
{
    m_trendWaitsForPaint = false;
    const QList<PlannedTask> trendTasks = tasks; // tasks may be m_trendTasks, cleared here
    m_trendTasks.clear();
    const Id id = m_summary.municipality.id;
    if (id == 0)
        return;
    // From the task history, with the reports sent marked.
    Database &db = m_context.database();
    QList<QDate> sent;
    for (const ReportSnapshot &snapshot : ReportRepository(db).snapshots(id))
        sent.append(snapshot.asOf);
    m_trendChart->setTrend(progressTrend(
        trendTasks, TaskRepository(db).eventsSince(id, QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC)),
        m_summary.asOf, m_summary.municipality.goLive, sent));
    m_trendChart->show();
}

void OverviewPage::describeStatus()
{
    // The status block in words: the light, why, and the progress (with the charts' numbers).
    const TrafficLight &light = m_summary.light;
    m_statusBlock->setAccessibleName(tr("Status: %1").arg(lightName(light.light)));
    QStringList description;
    if (light.overridden) {
        description.append(tr("Set to %1 by hand: %2 (the rules say %3).")
                               .arg(lightName(light.light), light.overrideReason, lightName(light.computed)));
    }
    for (const LightReason &reason : light.reasons)
        description.append(reason.text);
    description.append(m_progress->text());
    if (!m_chart->accessibleDescription().isEmpty())
        description.append(m_chart->accessibleDescription());
    if (!m_trendWaitsForPaint)
        description.append(m_trendChart->accessibleDescription());
    m_statusBlock->setAccessibleDescription(description.join(QLatin1Char('\n')));
}

void OverviewPage::fillSection(Section &section, const QList<PlannedTask> &givenTasks,
                               const QHash<Id, QString> &personNames, bool mayWait)
{
    const QList<PlannedTask> tasks = givenTasks; // may be section.waitingTasks, replaced here
    TaskListTree *tree = section.tree;
    const QTreeWidgetItem *current = tree->currentItem();
    const Id currentId = current ? current->data(KeyColumn, kTaskIdRole).toLongLong() : 0;
    const QString language = currentLanguage();

    // Many tasks share a due date (a phase's tasks, a week's), and an overdue list's tasks a number of days: each
    // text is made once per list, not once per row (a long list of a large plan has hundreds of rows).
    const QString dueFormat = tr("%1 (%2)", "date (week)");
    QHash<QDate, QString> dueTexts;
    const auto dueText = [&](const QDate &due) {
        auto known = dueTexts.constFind(due);
        if (known == dueTexts.constEnd())
            known = dueTexts.insert(due, dueFormat.arg(formatDateShort(due, language), weekLabel(due)));
        return known.value();
    };
    QHash<int, QString> overdueTexts;
    const auto overdueText = [&](int days) {
        auto known = overdueTexts.constFind(days);
        if (known == overdueTexts.constEnd())
            known = overdueTexts.insert(days, tr("Overdue by %n day(s)", "", days));
        return known.value();
    };
    const QString releasedFormat = tr("Released %1");
    QHash<QDate, QString> releasedTexts;
    const auto releasedText = [&](const QDate &release) {
        auto known = releasedTexts.constFind(release);
        if (known == releasedTexts.constEnd())
            known = releasedTexts.insert(release, releasedFormat.arg(formatDate(release, language)));
        return known.value();
    };

    // Before the page's first paint a list wholly below its visible part gets only its first row: the row gives the
    // list its height (rows are of one height, setUniformRowHeights), so the page's scroll range is the same; the
    // other rows come right after the paint (loadAfterFirstPaint), or when the list comes into view before it.
    section.waits = mayWait && !m_painted && tasks.size() > 1;
    section.waitingTasks = section.waits ? tasks : QList<PlannedTask>();
    if (section.waits)
        m_waitingNames = personNames;
    const qsizetype built = section.waits ? 1 : tasks.size();

    QTreeWidgetItem *restore = nullptr;
    QList<QTreeWidgetItem *> items;
    items.reserve(built);
    for (const PlannedTask &task : tasks.first(built)) {
        auto *item = new QTreeWidgetItem;
        const QString title = task.task.title(language);
        item->setText(KeyColumn, task.task.key);
        item->setText(TitleColumn, title);
        item->setText(DueColumn, task.due.isValid() ? dueText(task.due) : QString());
        item->setText(ResponsibleColumn, responsibleText(task, personNames));
        item->setData(KeyColumn, kTaskIdRole, task.task.id);
        item->setToolTip(TitleColumn, title);
        if (section.list == List::Overdue) {
            item->setToolTip(DueColumn, overdueText(daysOverdue(task, m_summary.asOf)));
        } else if (section.list == List::ReleasedRecently && task.release.isValid()) {
            item->setToolTip(DueColumn, releasedText(task.release));
        }
        if (task.task.id == currentId)
            restore = item;
        items.append(item);
    }
    tree->replaceRows(items);
    if (restore)
        tree->setCurrentItem(restore);

    const bool empty = tasks.isEmpty();
    tree->setVisible(!empty);
    section.empty->setVisible(empty);
    // The buddy must be reachable: an empty list takes no focus, so the accelerator leads nowhere then.
    tree->setFocusPolicy(empty ? Qt::NoFocus : Qt::StrongFocus);

    // Tall enough for its rows (up to a limit), so the page scrolls rather than each small list.
    const int rows = std::clamp(int(tasks.size()), 1, kMaxVisibleRows);
    const int hinted = tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : 0;
    const int rowHeight = hinted > 0 ? hinted : fontMetrics().height() + 4;
    const int height = tree->header()->sizeHint().height() + rows * rowHeight + 2 * tree->frameWidth() + 2;
    tree->setFixedHeight(height);
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    // Once the page has painted, the table of every municipality is filled in (start-up shows the current
    // municipality first; the table grows with the national total).
    if (event->type() == QEvent::Paint && !m_painted && watched == m_scroll->widget()) {
        // The lists' places are known now, the page laid out as it is painted: a list in view gets its rows before
        // the lists are painted (they come after the page's background), the others right after the paint.
        m_placed = true;
        fillListsInView();
        m_painted = true;
        QTimer::singleShot(0, this, &OverviewPage::loadAfterFirstPaint);
    }
    return QWidget::eventFilter(watched, event);
}

bool OverviewPage::listInView(const Section &section) const
{
    if (!m_placed)
        return false;
    const QWidget *content = m_scroll->widget();
    const QWidget *box = section.tree->parentWidget();
    const QRect place(box->mapTo(content, QPoint(0, 0)), box->size());
    const QRect visible(QPoint(m_scroll->horizontalScrollBar()->value(), m_scroll->verticalScrollBar()->value()),
                        m_scroll->viewport()->size());
    return place.intersects(visible);
}

void OverviewPage::fillListsInView()
{
    for (Section *section : m_sections) {
        if (section->waits && listInView(*section)) {
            fillSection(*section, section->waitingTasks, m_waitingNames, false);
            // Painted next, in this same paint: its rows and columns laid out now, as they are when filled earlier.
            section->tree->doItemsLayout();
            QMetaObject::invokeMethod(section->tree->header(), "resizeSections");
        }
    }
}

void OverviewPage::fillWaitingLists()
{
    for (Section *section : m_sections) {
        if (section->waits)
            fillSection(*section, section->waitingTasks, m_waitingNames, false);
    }
    m_waitingNames.clear();
}

void OverviewPage::loadAfterFirstPaint()
{
    const bool table = m_tableWaitsForPaint;
    m_tableWaitsForPaint = false;
    if (table)
        m_tableDirty = true;
    if (!isVisible()) {
        // Hidden (or the window closing) since: the trend, the table and the lists are filled when the page is shown
        // again (or a list when asked for).
        const bool listsWait = std::any_of(m_sections.cbegin(), m_sections.cend(),
                                           [](const Section *section) { return section->waits; });
        if (table || m_trendWaitsForPaint || listsWait)
            reloadLater();
        return;
    }
    fillWaitingLists(); // in the same turn as the paint's: before any key or screen reader can reach them
    if (m_trendWaitsForPaint) {
        reloadTrend(m_trendTasks);
        describeStatus();
    }
    if (table) {
        reloadMunicipalityTable(true);
        m_tableDirty = false;
    }
}

void OverviewPage::reloadMunicipalityTable(bool reloadModel)
{
    const Id current = m_context.currentMunicipalityId();
    if (reloadModel)
        m_model->load(m_context.clock().today());
    m_municipalityCount = m_model->rowCount();
    const bool several = m_model->rowCount() >= 2;
    m_tablePart->setVisible(several);
    if (!several)
        return;
    const int row = m_model->rowOf(current);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    fitTableHeight(m_model->rowCount());
}

void OverviewPage::fitTableHeight(int rows)
{
    const int shown = std::min(rows, kMaxVisibleMunicipalities);
    const int rowHeight = std::max(m_table->verticalHeader()->defaultSectionSize(), fontMetrics().height() + 4);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + shown * rowHeight
                            + 2 * m_table->frameWidth() + 2);
}

void OverviewPage::activateTask(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const Id taskId = item->data(KeyColumn, kTaskIdRole).toLongLong();
    if (taskId != 0)
        emit m_context.openTaskRequested(taskId);
}

void OverviewPage::activateMunicipality(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const MunicipalityRow *row = m_model->rowAt(source.row());
    if (row)
        m_context.setCurrentMunicipalityId(row->id);
}

} // namespace parat
