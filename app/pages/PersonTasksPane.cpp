#include "PersonTasksPane.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "ListPageSupport.h"
#include "Retranslator.h"
#include "TaskSheetDialog.h"

#include "domain/Clock.h"
#include "models/PersonTaskModel.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parat {

PersonTasksPane::PersonTasksPane(AppContext &context, QWidget *parent)
    : QDockWidget(parent)
    , m_context(context)
    , m_model(new PersonTaskModel(context.database(), this))
{
    setObjectName(QStringLiteral("personTasksPane"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    // The title now: it is the View menu's item for the pane too.
    auto *title = new Retranslator(this);
    title->add([this] { setWindowTitle(tr("Tasks of a Person")); });
}

void PersonTasksPane::setVisible(bool visible)
{
    if (visible)
        makeContent(); // before the pane is laid out to be shown
    QDockWidget::setVisible(visible);
}

void PersonTasksPane::makeContent()
{
    if (m_view)
        return;
    auto *content = new QWidget(this);

    auto *personLabel = new QLabel(content);
    m_person = new QComboBox(content);
    m_person->setObjectName(QStringLiteral("personTasksPerson"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    personLabel->setBuddy(m_person);
    m_sheet = new QPushButton(content);
    m_sheet->setObjectName(QStringLiteral("taskSheetButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(personLabel);
    top->addWidget(m_person, 1);
    top->addWidget(m_sheet);

    m_view = new TableView(content);
    m_view->setObjectName(QStringLiteral("personTasksView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("personTasksSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    setWidget(content);

    connect(m_person, &QComboBox::activated, this, [this] {
        m_wanted = m_person->currentData().toLongLong();
        showTasks();
    });
    connect(m_view, &QTableView::activated, this, &PersonTasksPane::openCurrentTask);
    connect(m_sheet, &QPushButton::clicked, this, &PersonTasksPane::writeSheet);

    const auto requestReload = listpage::reloadWhenShown(this, m_context, [this] { reload(); });

    auto *texts = new Retranslator(this);
    texts->add([this, personLabel] {
        personLabel->setText(tr("P&erson:"));
        m_person->setAccessibleName(tr("Person"));
        m_view->setAccessibleName(tr("Tasks of the person, by when they are due"));
        m_sheet->setText(tr("Task &Sheet (PDF)…"));
        m_sheet->setAccessibleName(tr("Task sheet (PDF)"));
    });
    texts->onChange(requestReload);

    // Tab reaches the pane's widgets where it did when they were made with the window: a widget made now joins the end
    // of the window's focus chain (after the pages made since), so they move, in their order, to just after the last
    // widget that takes focus before the pane.
    QWidget *previous = previousInFocusChain();
    while (previous != this && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    if (previous == this)
        return;
    QList<QWidget *> paneChain;
    for (QWidget *widget = content->nextInFocusChain(); widget != content; widget = widget->nextInFocusChain()) {
        if (content->isAncestorOf(widget) && widget->focusPolicy() != Qt::NoFocus)
            paneChain.append(widget);
    }
    for (QWidget *widget : paneChain) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

PersonTasksPane::~PersonTasksPane() = default;

QTableView *PersonTasksPane::view() const
{
    const_cast<PersonTasksPane *>(this)->makeContent(); // made now if the pane has not been shown yet
    return m_view;
}

QComboBox *PersonTasksPane::personCombo() const
{
    const_cast<PersonTasksPane *>(this)->makeContent();
    return m_person;
}

QPushButton *PersonTasksPane::sheetButton() const
{
    const_cast<PersonTasksPane *>(this)->makeContent();
    return m_sheet;
}

QLabel *PersonTasksPane::summary() const
{
    const_cast<PersonTasksPane *>(this)->makeContent();
    return m_summary;
}

Id PersonTasksPane::personId() const
{
    return m_model->personId();
}

void PersonTasksPane::showPerson(Id personId)
{
    m_wanted = personId;
    show();
    raise();
    reload();
    m_view->setFocus(Qt::OtherFocusReason);
}

void PersonTasksPane::reload()
{
    reloadPeople();
    showTasks();
}

void PersonTasksPane::reloadPeople()
{
    m_person->clear();
    m_person->addItem(tr("(choose a person)"), Id(0));
    const Id municipality = m_context.currentMunicipalityId();
    if (municipality == 0)
        return;
    for (const Person &person : PersonRepository(m_context.database()).forMunicipality(municipality))
        m_person->addItem(person.name, person.id);
    const int index = m_person->findData(m_wanted);
    if (index < 0)
        m_wanted = 0;
    m_person->setCurrentIndex(std::max(0, index));
}

void PersonTasksPane::showTasks()
{
    m_model->load(m_context.currentMunicipalityId(), m_wanted, m_context.clock().today());
    m_view->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isGroupRow(row))
            m_view->setSpan(row, 0, 1, PersonTaskModel::ColumnCount);
    }
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 1)
        m_view->setCurrentIndex(m_model->index(1, PersonTaskModel::KeyColumn));
    m_sheet->setEnabled(m_model->personId() != 0);
    m_summary->setText(
        m_model->personId() == 0
            ? tr("Choose a person to see what they are responsible for or perform.")
            : tr("%1: %n open task(s) handed out. Enter opens a task in the task list.", "", m_model->taskCount())
                  .arg(m_model->personName()));
}

void PersonTasksPane::openCurrentTask()
{
    const Id taskId = m_model->data(m_view->currentIndex(), PersonTaskModel::TaskIdRole).toLongLong();
    if (taskId != 0)
        emit m_context.openTaskRequested(taskId);
}

void PersonTasksPane::writeSheet()
{
    if (m_model->personId() == 0)
        return;
    for (const QString &path : TaskSheetDialog::run(m_context, this, m_model->personId()))
        emit sheetsSaved(path);
}

} // namespace parat
