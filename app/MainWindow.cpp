#include "MainWindow.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/TaskTableModel.h"
#include "planning/Calendar.h"
#include "planning/Readiness.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace parat {

MainWindow::MainWindow(Database &db, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
{
    setWindowTitle(tr("Parat – DUBU 3.0 readiness"));
    resize(1280, 800);

    m_tasks = new TaskTableModel(m_db, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_tasks);
    m_proxy->setSortRole(TaskTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *toolbar = addToolBar(tr("Municipality"));
    toolbar->setObjectName(QStringLiteral("municipalityToolbar"));
    auto *municipalityLabel = new QLabel(tr("&Municipality:"), toolbar);
    m_municipalities = new QComboBox(toolbar);
    m_municipalities->setAccessibleName(tr("Municipality"));
    m_municipalities->setMinimumContentsLength(24);
    municipalityLabel->setBuddy(m_municipalities);
    toolbar->addWidget(municipalityLabel);
    toolbar->addWidget(m_municipalities);
    toolbar->addSeparator();
    auto *filterLabel = new QLabel(tr("&Find:"), toolbar);
    m_filter = new QLineEdit(toolbar);
    m_filter->setPlaceholderText(tr("Filter tasks (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter tasks"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    toolbar->addWidget(filterLabel);
    toolbar->addWidget(m_filter);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *header = new QHBoxLayout;
    m_light = new QLabel(central);
    m_light->setAccessibleName(tr("Traffic light"));
    m_light->setMinimumWidth(120);
    m_light->setAlignment(Qt::AlignCenter);
    m_summary = new QLabel(central);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_light);
    header->addWidget(m_summary, 1);
    layout->addLayout(header);

    m_view = new QTableView(central);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskTableModel::DueColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Tasks"));
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TaskTableModel::TitleColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(TaskTableModel::TitleColumn,
                                              42 * m_view->fontMetrics().averageCharWidth());
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    auto *find = editMenu->addAction(tr("&Find task"), QKeySequence::Find, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    Q_UNUSED(find)
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Parat"), this, &MainWindow::showAbout);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_municipalities, &QComboBox::currentIndexChanged, this,
            [this] { showMunicipality(currentMunicipalityId()); });
    connect(&m_db, &Database::changed, this, [this] {
        m_tasks->reload();
        updateSummary();
    });

    reloadMunicipalities();
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
}

void MainWindow::reloadMunicipalities()
{
    const Id current = currentMunicipalityId();
    const QSignalBlocker blocker(m_municipalities);
    m_municipalities->clear();
    const QList<Municipality> all = MunicipalityRepository(m_db).all();
    for (const Municipality &municipality : all)
        m_municipalities->addItem(QStringLiteral("%1 %2").arg(municipality.code, municipality.name), municipality.id);
    const int index = m_municipalities->findData(current);
    m_municipalities->setCurrentIndex(index >= 0 ? index : 0);
    showMunicipality(currentMunicipalityId());
}

Id MainWindow::currentMunicipalityId() const
{
    return m_municipalities->currentData().toLongLong();
}

void MainWindow::showMunicipality(Id municipalityId)
{
    const int index = m_municipalities->findData(municipalityId);
    if (index >= 0 && index != m_municipalities->currentIndex()) {
        m_municipalities->setCurrentIndex(index); // emits and comes back here
        return;
    }
    m_tasks->load(municipalityId, m_clock.today());
    updateSummary();
}

void MainWindow::updateSummary()
{
    const Id id = currentMunicipalityId();
    const auto municipality = MunicipalityRepository(m_db).byId(id);
    if (!municipality) {
        m_light->clear();
        m_summary->setText(tr("No municipality yet. Add one from the command line: parat municipality add CODE"));
        return;
    }
    const QDate today = m_clock.today();
    const QString language = currentLanguage();
    QList<PlannedTask> tasks;
    for (int row = 0; row < m_tasks->rowCount(); ++row)
        tasks.append(*m_tasks->taskAt(row));
    const Progress done = progress(tasks, today);
    const TrafficLight light = trafficLight(tasks, municipality->goLive, today);

    QStringList lines;
    if (municipality->goLive.isValid()) {
        const qint64 days = today.daysTo(municipality->goLive);
        lines << tr("<b>%1 %2</b> – go-live %3 (%4): %n day(s) to go", "", int(days))
                     .arg(municipality->code, municipality->name.toHtmlEscaped(),
                          formatDate(municipality->goLive, language), weekLabel(municipality->goLive));
    } else {
        lines << tr("<b>%1 %2</b> – no go-live date yet").arg(municipality->code, municipality->name.toHtmlEscaped());
    }
    lines << tr("Progress %1 % against %2 % planned (%3 points).")
                 .arg(QLocale().toString(done.actual, 'f', 0), QLocale().toString(done.planned, 'f', 0),
                      QLocale().toString(done.variance, 'f', 0));
    for (const LightReason &reason : light.reasons)
        lines << QStringLiteral("• ") + reason.text.toHtmlEscaped();
    if (const auto version = HandbookRepository(m_db).currentVersion())
        lines << tr("Handbook: %1").arg(version->title.isEmpty() ? version->label : version->title).toHtmlEscaped();
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    // The light is named in words as well as shown in colour, for colour-blind users and print.
    QString colour;
    switch (light.light) {
    case Light::Red:
        colour = QStringLiteral("#c62828");
        break;
    case Light::Yellow:
        colour = QStringLiteral("#f9a825");
        break;
    case Light::Green:
        colour = QStringLiteral("#2e7d32");
        break;
    }
    m_light->setText(QStringLiteral("<span style='font-size:28pt;color:%1'>●</span><br><b>%2</b>")
                         .arg(colour, lightName(light.light).toHtmlEscaped()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Parat"),
                       tr("<p><b>Parat %1</b></p><p>Offline planning companion for a municipality's DUBU 3.0 "
                          "implementation.</p><p>Licence: Mozilla Public License 2.0.</p><p>The bundled handbook is "
                          "sample data written for Parat; it is not KOMBIT's implementation handbook.</p>")
                           .arg(QStringLiteral(PARAT_VERSION)));
}

} // namespace parat
