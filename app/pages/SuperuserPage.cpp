#include "SuperuserPage.h"

#include "Accessibility.h"
#include "AllocationDialog.h"
#include "AppContext.h"
#include "AssignPerformersDialog.h"
#include "CapacityChartWidget.h"
#include "Dialogs.h"
#include "ListPageSupport.h"
#include "SchoolHolidaysDialog.h"
#include "ShowPersonTasks.h"
#include "SpreadsheetExport.h"
#include "SuperuserDialog.h"

#include "commands/AllocationCommands.h"
#include "commands/CalendarCommands.h"
#include "commands/SuperuserCommands.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "domain/Superuser.h"
#include "models/CapacityGridModel.h"
#include "planning/Capacity.h"
#include "storage/AllocationRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parat {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;

QStandardItem *item(const QString &text, const QVariant &sort = QVariant())
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(sort.isValid() ? sort : QVariant(text), SortRole);
    return cell;
}

QTableView *tableView(QWidget *parent, const QString &objectName)
{
    auto *view = new TableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    return view;
}

// The first cell of the row with the id (in IdRole), invalid when there is none.
QModelIndex rowWithId(const QStandardItemModel *model, Id id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row, 0)->data(IdRole).toLongLong() == id)
            return model->index(row, 0);
    }
    return {};
}

QString dateText(const QDate &date)
{
    return date.isValid() ? formatDateShort(date, currentLanguage()) : QString();
}

} // namespace

SuperuserPage::SuperuserPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_people(new QStandardItemModel(this))
    , m_allocations(new QStandardItemModel(this))
    , m_grid(new CapacityGridModel(context.database(), this))
{
    m_people->setSortRole(SortRole);
    QWidget *peoplePane = buildPeoplePane();
    QWidget *allocationPane = buildAllocationPane();
    buildCapacityTabs();

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(peoplePane);
    top->addWidget(allocationPane);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("superuserSplitter"));
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    // Keyboard: Insert adds, Enter edits, Delete removes hours while the allocation table has focus.
    listpage::addRowKeys(
        {m_allocationView}, [this] { addAllocation(); }, [this] { editAllocation(); }, [this] { removeAllocation(); });
    listpage::addRowKeys({m_peopleView}, {}, [this] { editDetails(); }, {});

    connectSignals();
    // Loaded when first shown, then kept current; on a language change the rest (titles, warnings, grid) from a
    // reload.
    listpage::retranslate(
        this, [this] { retranslateFixedTexts(); }, listpage::reloadWhenShown(this, m_context, [this] { reload(); }));
}

namespace {

// A pane of the page's top half: its title, its table and the buttons under it.
QWidget *tablePane(QWidget *page, QLabel *title, QTableView *view, QHBoxLayout *buttons)
{
    auto *pane = new QWidget(page);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    return pane;
}

} // namespace

// People with superuser details.
QWidget *SuperuserPage::buildPeoplePane()
{
    m_peopleTitle = new QLabel(this);
    m_peopleView = tableView(this, QStringLiteral("superuserPeopleView"));
    m_peopleView->setModel(m_people);
    m_peopleView->setSortingEnabled(true);
    m_peopleTitle->setBuddy(m_peopleView);
    m_editDetails = listpage::button(QStringLiteral("editDetailsButton"), this);
    m_suggest = listpage::button(QStringLiteral("suggestButton"), this);
    m_assign = listpage::button(QStringLiteral("assignButton"), this);
    m_schoolHolidays = listpage::button(QStringLiteral("schoolHolidaysButton"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("superuserSummary"));
    m_showTasks = new ShowPersonTasks(m_context, this, [this] { return currentPersonId(); });
    auto *peopleButtons
        = listpage::buttonRow({m_editDetails, m_suggest, m_assign, m_schoolHolidays, m_showTasks->button()}, m_summary);
    return tablePane(this, m_peopleTitle, m_peopleView, peopleButtons);
}

// Allocations of the selected person.
QWidget *SuperuserPage::buildAllocationPane()
{
    m_allocationTitle = new QLabel(this);
    m_allocationView = tableView(this, QStringLiteral("allocationView"));
    m_allocationView->setModel(m_allocations);
    m_allocationView->horizontalHeader()->setStretchLastSection(true);
    m_allocationTitle->setBuddy(m_allocationView);
    m_addAllocation = listpage::button(QStringLiteral("addAllocationButton"), this);
    m_editAllocation = listpage::button(QStringLiteral("editAllocationButton"), this);
    m_removeAllocation = listpage::button(QStringLiteral("removeAllocationButton"), this);
    auto *allocationButtons = listpage::buttonRow({m_addAllocation, m_editAllocation, m_removeAllocation});
    return tablePane(this, m_allocationTitle, m_allocationView, allocationButtons);
}

// Grid, chart and warnings.
void SuperuserPage::buildCapacityTabs()
{
    m_gridView = new TableView(this);
    m_gridView->setObjectName(QStringLiteral("capacityGridView"));
    m_gridView->setModel(m_grid);
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setWordWrap(false);
    m_gridView->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("! 18,5/22,5"))
                                                          + 12);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_chart = new CapacityChartWidget(this);
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(true);
    noTabStop(chartScroll); // the chart inside takes focus
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("capacityWarnings"));
    m_warnings->setWordWrap(true);
    m_tabs = new PageTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("capacityTabs"));
    m_gridLegend = new QLabel(CapacityGridModel::legendText(), this);
    m_gridLegend->setObjectName(QStringLiteral("capacityGridLegend"));
    m_gridLegend->setWordWrap(true);
    m_gridLegend->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *gridPane = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_gridView, 1);
    m_exportGrid = new QPushButton(this);
    m_exportGrid->setObjectName(QStringLiteral("exportGridButton"));
    auto *gridFooter = new QHBoxLayout;
    gridFooter->addWidget(m_gridLegend, 1);
    gridFooter->addWidget(m_exportGrid, 0, Qt::AlignTop);
    gridLayout->addLayout(gridFooter);
    m_tabs->addTab(gridPane, QString());
    m_tabs->addTab(chartScroll, QString());
    m_tabs->addTab(m_warnings, QString());
}

void SuperuserPage::connectSignals()
{
    connect(m_editDetails, &QPushButton::clicked, this, &SuperuserPage::editDetails);
    connect(m_suggest, &QPushButton::clicked, this, &SuperuserPage::applySuggestedPlan);
    connect(m_assign, &QPushButton::clicked, this, &SuperuserPage::assignPerformers);
    connect(m_schoolHolidays, &QPushButton::clicked, this, &SuperuserPage::editSchoolHolidays);
    connect(m_exportGrid, &QPushButton::clicked, this, &SuperuserPage::exportGrid);
    connect(m_addAllocation, &QPushButton::clicked, this, &SuperuserPage::addAllocation);
    connect(m_editAllocation, &QPushButton::clicked, this, &SuperuserPage::editAllocation);
    connect(m_removeAllocation, &QPushButton::clicked, this, &SuperuserPage::removeAllocation);
    connect(m_peopleView, &QTableView::doubleClicked, this, &SuperuserPage::editDetails);
    connect(m_allocationView, &QTableView::doubleClicked, this, &SuperuserPage::editAllocation);
    connect(m_peopleView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_reloading)
            reloadAllocations();
        updateButtons();
    });
    connect(m_allocationView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SuperuserPage::updateButtons);
    // Choosing a cell of the grid selects its person above.
    connect(m_gridView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_reloading && current.isValid())
                    selectPerson(current.data(CapacityGridModel::PersonIdRole).toLongLong());
            });
}

void SuperuserPage::retranslateFixedTexts()
{
    m_people->setHorizontalHeaderLabels({tr("Name"), tr("Roles"), tr("Unit"), tr("Team"), tr("Caseworkers"),
                                         tr("Manager"), tr("In KLIK"), tr("Trained on"), tr("Active until")});
    m_allocations->setHorizontalHeaderLabels(
        {tr("From"), tr("To"), tr("Hours per week"), tr("Approved by"), tr("Approved on"), tr("Note")});
    m_peopleTitle->setText(tr("&People and superuser details:"));
    m_peopleView->setAccessibleName(tr("People and superuser details"));
    m_editDetails->setText(tr("Edit &Details…"));
    m_suggest->setText(tr("&Suggest Hours…"));
    m_suggest->setToolTip(tr("Replace the hours of the selected person (or of all superusers) with the "
                             "suggested plan: about 20 % of 37 hours in the project, 50 % around go-live, 10 % "
                             "after, 5 % in steady state"));
    m_assign->setText(tr("Assign Pe&rformers…"));
    m_schoolHolidays->setText(tr("Schoo&l Holidays…"));
    m_schoolHolidays->setToolTip(tr("The municipality's school-holiday weeks, marked in the grid"));
    m_allocationTitle->setText(tr("&Hours allocated:")); // with the person's name after a reload
    m_allocationView->setAccessibleName(tr("Hours allocated"));
    m_addAllocation->setText(tr("&Add Hours…"));
    m_editAllocation->setText(tr("&Edit Hours…"));
    m_removeAllocation->setText(tr("Re&move Hours"));
    m_gridView->setAccessibleName(tr("Allocated and needed hours per person and week"));
    m_exportGrid->setText(tr("E&xport Grid to Excel…"));
    m_exportGrid->setToolTip(tr("The hours allocated, needed and free of each person and week as an Excel "
                                "workbook"));
    m_warnings->setAccessibleName(tr("Capacity warnings"));
    m_tabs->setTabText(0, tr("Weekly &grid"));
    m_tabs->setTabText(1, tr("&Chart"));
    m_tabs->setTabText(2, tr("&Warnings"));
}

SuperuserPage::~SuperuserPage() = default;

Id SuperuserPage::currentPersonId() const
{
    return listpage::selectedId(m_peopleView, IdRole);
}

void SuperuserPage::selectPerson(Id personId)
{
    listpage::selectRow(m_peopleView, nullptr, rowWithId(m_people, personId));
}

Id SuperuserPage::currentAllocationId() const
{
    return listpage::selectedId(m_allocationView, IdRole);
}

void SuperuserPage::selectAllocation(Id allocationId)
{
    const QModelIndex index = rowWithId(m_allocations, allocationId);
    if (index.isValid())
        m_allocationView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_allocationView->clearSelection();
}

void SuperuserPage::reload()
{
    m_reloading = true;
    const Id person = currentPersonId();
    const QModelIndex gridCurrent = m_gridView->currentIndex();
    const Id gridPerson = gridCurrent.isValid() ? gridCurrent.data(CapacityGridModel::PersonIdRole).toLongLong() : 0;
    const int gridWeek = gridCurrent.isValid() ? gridCurrent.data(CapacityGridModel::WeekKeyRole).toInt() : 0;
    const int scroll = m_gridView->horizontalScrollBar() ? m_gridView->horizontalScrollBar()->value() : 0;
    const bool firstLoad = m_grid->municipalityId() != m_context.currentMunicipalityId();

    Database &db = m_context.database();
    const Id municipality = m_context.currentMunicipalityId();
    PersonRepository repository(db);
    const QList<Person> people = repository.forMunicipality(municipality);
    const QHash<Id, SuperuserDetails> details = repository.superuserDetailsFor(municipality);
    const int superusers = fillPeople(people, details);
    m_peopleView->resizeColumnsToContents();
    Id toSelect = person;
    if (toSelect == 0 && firstLoad) {
        // Start on the first superuser, so the hours pane shows something.
        for (const Person &each : people) {
            if (each.roles.contains(Role::SU)) {
                toSelect = each.id;
                break;
            }
        }
    }
    selectPerson(toSelect);

    m_grid->load(municipality, m_context.clock().today(), currentLanguage());
    const CapacityPlan &plan = m_grid->plan();
    m_chart->setData(capacityChartData(plan));
    showWarnings(plan.warnings);
    m_summary->setText(tr("%n superuser(s)", "", superusers));

    const int row = gridPerson != 0 ? plan.rowOf(gridPerson) : -1;
    const int column = gridWeek != 0 ? plan.weekIndex(gridWeek) : -1;
    if (row >= 0 && column >= 0)
        m_gridView->selectionModel()->setCurrentIndex(m_grid->index(row, column), QItemSelectionModel::ClearAndSelect);
    fitWeekColumns();
    if (firstLoad) {
        m_scrollToNowPending = true;
        scrollGridToNow();
    } else {
        m_gridView->horizontalScrollBar()->setValue(scroll);
    }
    m_gridView->resizeRowsToContents();
    m_reloading = false;
    reloadAllocations();
    updateButtons();
}

// The people table's rows; the number of superusers among them.
int SuperuserPage::fillPeople(const QList<Person> &people, const QHash<Id, SuperuserDetails> &details)
{
    QHash<Id, QString> names;
    for (const Person &each : people)
        names.insert(each.id, each.name);

    m_people->removeRows(0, m_people->rowCount());
    int superusers = 0;
    for (const Person &each : people) {
        const SuperuserDetails d = details.value(each.id);
        superusers += each.roles.contains(Role::SU) ? 1 : 0;
        QList<QStandardItem *> row {
            item(each.name),
            item(roleCodes(each.roles)),
            item(each.unit),
            item(d.team),
            item(d.caseworkersCovered > 0 ? QString::number(d.caseworkersCovered) : QString(), d.caseworkersCovered),
            item(names.value(each.managerId)),
            item(each.registeredInKlik ? tr("Yes") : tr("No"), each.registeredInKlik ? 1 : 0),
            item(dateText(d.trainedOn), d.trainedOn),
            item(dateText(d.activeUntil), d.activeUntil),
        };
        row.first()->setData(each.id, IdRole);
        m_people->appendRow(row);
    }
    return superusers;
}

void SuperuserPage::showWarnings(const QList<CapacityWarning> &warnings)
{
    m_warnings->clear();
    for (const CapacityWarning &warning : warnings) {
        auto *entry = new QListWidgetItem(QStringLiteral("⚠ %1: %2").arg(capacityWarningTitle(warning), warning.text),
                                          m_warnings);
        entry->setData(IdRole, warning.personId);
        entry->setData(Qt::UserRole + 3, capacityWarningCode(warning.kind));
    }
    if (warnings.isEmpty())
        new QListWidgetItem(tr("No warnings: everyone has the hours they need."), m_warnings);
    m_tabs->setTabText(2, warnings.isEmpty() ? tr("&Warnings") : tr("&Warnings (%1)").arg(warnings.size()));
}

void SuperuserPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scrollGridToNow();
}

void SuperuserPage::fitWeekColumns()
{
    // Every header line readable ("idriftsættelse", "2 fridage"): a week is as wide as its header needs, and
    // at least as wide as the widest cell text.
    QHeaderView *header = m_gridView->horizontalHeader();
    for (int column = 0; column < m_grid->columnCount(); ++column)
        header->resizeSection(column, std::max(header->defaultSectionSize(), header->sectionSizeHint(column)));
}

void SuperuserPage::scrollGridToNow()
{
    if (!m_scrollToNowPending || !m_gridView->isVisible() || m_gridView->viewport()->width() <= 0)
        return;
    m_scrollToNowPending = false;
    const int now = m_grid->currentWeekColumn();
    if (now < 0 || m_grid->rowCount() == 0)
        return;
    // Two weeks before this one at the left edge, so the weeks just passed stay in sight.
    QHeaderView *header = m_gridView->horizontalHeader();
    const int left = std::max(0, now - 2);
    const int value = m_gridView->horizontalScrollMode() == QAbstractItemView::ScrollPerItem
        ? header->visualIndex(left)
        : header->sectionPosition(left);
    m_gridView->horizontalScrollBar()->setValue(std::min(value, m_gridView->horizontalScrollBar()->maximum()));
}

void SuperuserPage::reloadAllocations()
{
    const Id selected = currentAllocationId();
    const Id person = currentPersonId();
    m_allocations->removeRows(0, m_allocations->rowCount());
    const std::optional<Person> who = person != 0 ? PersonRepository(m_context.database()).byId(person) : std::nullopt;
    m_allocationTitle->setText(who ? tr("&Hours allocated to %1:").arg(who->name) : tr("&Hours allocated:"));
    if (!who) {
        updateButtons();
        return;
    }
    for (const Allocation &allocation : AllocationRepository(m_context.database()).forPerson(person)) {
        QList<QStandardItem *> row {
            item(weekYearLabel(allocation.fromWeek), allocation.fromWeek),
            item(weekYearLabel(allocation.toWeek), allocation.toWeek),
            item(tr("%1 h").arg(hoursText(allocation.hoursPerWeek)), allocation.hoursPerWeek),
            item(allocation.approvedBy.isEmpty() ? tr("not approved") : allocation.approvedBy),
            item(dateText(allocation.approvedOn), allocation.approvedOn),
            item(allocation.note),
        };
        row.first()->setData(allocation.id, IdRole);
        m_allocations->appendRow(row);
    }
    m_allocationView->resizeColumnsToContents();
    selectAllocation(selected);
    updateButtons();
}

void SuperuserPage::updateButtons()
{
    const bool municipality = m_context.currentMunicipalityId() != 0;
    const bool person = currentPersonId() != 0;
    const bool allocation = currentAllocationId() != 0;
    m_context.setEditEnabled(m_editDetails, person);
    m_context.setEditEnabled(m_suggest, municipality);
    m_context.setEditEnabled(m_assign, municipality);
    m_context.setEditEnabled(m_schoolHolidays, municipality);
    m_context.setEditEnabled(m_addAllocation, person);
    m_context.setEditEnabled(m_editAllocation, allocation);
    m_context.setEditEnabled(m_removeAllocation, allocation);
    m_exportGrid->setEnabled(municipality); // reading only: a read-only window exports too
    m_showTasks->update();
}

void SuperuserPage::editDetails()
{
    const Id id = currentPersonId();
    PersonRepository people(m_context.database());
    const std::optional<Person> before = id != 0 ? people.byId(id) : std::nullopt;
    if (!before)
        return;
    const SuperuserDetails detailsBefore = people.superuserDetails(id);
    SuperuserDialog dialog(m_context, &*before, detailsBefore, this);
    if (!listpage::execEditDialog(m_context, dialog))
        return;
    const Person after = dialog.person();
    const SuperuserDetails detailsAfter = dialog.details();
    if (detailsAfter == detailsBefore && after.name == before->name && after.unit == before->unit
        && after.email == before->email && after.roles == before->roles && after.managerId == before->managerId
        && after.registeredInKlik == before->registeredInKlik && after.note == before->note)
        return;
    m_context.push(new EditSuperuser(m_context.database(), *before, detailsBefore, after, detailsAfter), this);
}

void SuperuserPage::addAllocation()
{
    if (!m_context.canEdit())
        return;
    const Id person = currentPersonId();
    if (person == 0)
        return;
    AllocationDialog dialog(m_context, nullptr, person, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Allocation allocation = dialog.allocation();
    const std::optional<Person> who = PersonRepository(m_context.database()).byId(allocation.personId);
    auto *command = new AddAllocation(m_context.database(), allocation, who ? who->name : QString());
    if (m_context.push(command, this)) {
        selectPerson(allocation.personId);
        selectAllocation(command->allocationId());
    }
}

void SuperuserPage::editAllocation()
{
    const Id id = currentAllocationId();
    const std::optional<Allocation> before
        = id != 0 ? AllocationRepository(m_context.database()).byId(id) : std::nullopt;
    if (!before)
        return;
    AllocationDialog dialog(m_context, &*before, before->personId, this);
    if (!listpage::execEditDialog(m_context, dialog))
        return;
    const Allocation after = dialog.allocation();
    if (after == *before)
        return;
    const std::optional<Person> who = PersonRepository(m_context.database()).byId(before->personId);
    m_context.push(new EditAllocation(m_context.database(), *before, after, who ? who->name : QString()), this);
}

void SuperuserPage::removeAllocation()
{
    if (!m_context.canEdit())
        return;
    const Id id = currentAllocationId();
    const std::optional<Allocation> allocation
        = id != 0 ? AllocationRepository(m_context.database()).byId(id) : std::nullopt;
    if (!allocation)
        return;
    const std::optional<Person> who = PersonRepository(m_context.database()).byId(allocation->personId);
    m_context.push(new RemoveAllocation(m_context.database(), {*allocation}, who ? who->name : QString()), this);
}

std::optional<Municipality> SuperuserPage::municipalityToEdit() const
{
    if (!m_context.canEdit())
        return std::nullopt;
    return MunicipalityRepository(m_context.database()).byId(m_context.currentMunicipalityId());
}

void SuperuserPage::applySuggestedPlan()
{
    const std::optional<Municipality> municipality = municipalityToEdit();
    if (!municipality)
        return;
    Database &db = m_context.database();
    if (!municipality->goLive.isValid()) {
        Dialogs::error(this,
                       tr("The suggested hours are planned around go-live: give %1 a go-live date first.")
                           .arg(municipality->name));
        return;
    }
    QList<Person> chosen;
    PersonRepository people(db);
    if (const Id id = currentPersonId()) {
        if (const std::optional<Person> person = people.byId(id))
            chosen.append(*person);
    } else {
        for (const Person &person : people.forMunicipality(municipality->id)) {
            if (person.roles.contains(Role::SU))
                chosen.append(person);
        }
    }
    if (chosen.isEmpty()) {
        Dialogs::error(this, tr("There are no superusers to plan hours for. Give people the SU role first."));
        return;
    }
    auto command = std::make_unique<ApplySuggestedPlan>(db, chosen, municipality->goLive, QString(), QDate());
    const QString who = chosen.size() == 1 ? chosen.first().name : tr("%n superuser(s)", "", int(chosen.size()));
    const int replaced = int(command->replaced().size());
    const QString text
        = tr("Give %1 the suggested hours from %2 to %3 (about 20 % of 37 hours in the "
             "project, 50 % around go-live, 10 % after, 5 % in steady state; the 50 % weeks stay out of holiday "
             "weeks)?")
              .arg(who, weekYearLabel(command->added().first().fromWeek), weekYearLabel(command->added().last().toWeek))
        + (replaced > 0 ? QLatin1Char(' ') + tr("This replaces %n period(s) already allocated.", "", replaced)
                        : QString())
        + QLatin1Char(' ') + tr("You can edit the hours afterwards, and undo this.");
    if (!Dialogs::confirm(this, tr("Suggest Hours"), text))
        return;
    m_context.push(command.release(), this);
}

void SuperuserPage::assignPerformers()
{
    if (!m_context.canEdit())
        return;
    if (m_context.currentMunicipalityId() == 0)
        return;
    QList<Id> preselected;
    if (const Id id = currentPersonId())
        preselected.append(id);
    AssignPerformersDialog dialog(m_context, preselected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    SetTaskStates *command
        = parat::assignPerformers(m_context.database(), m_context.clock(), m_context.currentMunicipalityId(),
                                  dialog.taskIds(), dialog.personIds(), &error);
    if (!command) {
        Dialogs::information(this, error);
        return;
    }
    m_context.push(command, this);
}

void SuperuserPage::exportGrid()
{
    const Id municipality = m_context.currentMunicipalityId();
    if (municipality == 0)
        return;
    // The grid as shown; computed afresh when the page has not loaded this municipality yet.
    const QList<GridSheetRow> rows = m_grid->municipalityId() == municipality
        ? gridSheetRows(m_grid->plan())
        : gridSheetRows(m_context.database(), municipality, m_context.clock().today(), currentLanguage());
    const QString path = SpreadsheetExport::exportGrid(m_context, rows, this);
    if (!path.isEmpty())
        emit gridExported(path);
}

void SuperuserPage::editSchoolHolidays()
{
    const std::optional<Municipality> municipality = municipalityToEdit();
    if (!municipality)
        return;
    Database &db = m_context.database();
    const SchoolHolidayWeeks before = CalendarRepository(db).schoolHolidays(municipality->id);
    SchoolHolidaysDialog dialog(before, QStringLiteral("%1 %2").arg(municipality->code, municipality->name), this);
    if (dialog.exec() != QDialog::Accepted || dialog.weeks() == before)
        return;
    m_context.push(new EditSchoolHolidays(db, before, dialog.weeks()), this);
}

} // namespace parat
