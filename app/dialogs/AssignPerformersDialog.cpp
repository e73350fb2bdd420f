#include "AssignPerformersDialog.h"

#include "AppContext.h"
#include "Dialogs.h"

#include "domain/Enums.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace parat {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

AssignPerformersDialog::AssignPerformersDialog(AppContext &context, const QList<Id> &preselectedPeople, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Assign Performers"));
    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    m_phase = new QComboBox(this);
    m_phase->setObjectName(QStringLiteral("phaseCombo"));
    m_phase->addItem(tr("All phases"), QString());
    for (Phase phase : allPhases())
        m_phase->addItem(QStringLiteral("%1 %2").arg(phaseCode(phase), phaseName(phase)), phaseCode(phase));
    addRow(tr("&Phase:"), m_phase);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->addItem(tr("Any role"), QString());
    for (Role role : allRoles())
        m_role->addItem(QStringLiteral("%1 (%2)").arg(roleName(role), roleCode(role)), roleCode(role));
    m_role->setCurrentIndex(m_role->findData(roleCode(Role::SU)));
    addRow(tr("Performer &role:"), m_role);

    m_onlyOpen = new QCheckBox(tr("Only tasks that are not &done or not relevant"), this);
    m_onlyOpen->setObjectName(QStringLiteral("onlyOpenCheck"));
    m_onlyOpen->setChecked(true);
    form->addRow(QString(), m_onlyOpen);

    m_inTurn = new QRadioButton(tr("The chosen people, &in turn"), this);
    m_inTurn->setObjectName(QStringLiteral("inTurnRadio"));
    m_shared = new QRadioButton(tr("&All superusers together (hours shared each week)"), this);
    m_shared->setObjectName(QStringLiteral("sharedRadio"));
    m_inTurn->setChecked(true);
    form->addRow(tr("Performed by:"), m_inTurn);
    form->addRow(QString(), m_shared);

    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("peopleList"));
    m_people->setAccessibleName(tr("People to assign"));
    const QList<Person> people = PersonRepository(context.database()).forMunicipality(context.currentMunicipalityId());
    for (const Person &person : people) {
        auto *entry = new QListWidgetItem(
            person.roles.isEmpty() ? person.name : QStringLiteral("%1 (%2)").arg(person.name, roleCodes(person.roles)),
            m_people);
        entry->setData(IdRole, person.id);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(preselectedPeople.contains(person.id) ? Qt::Checked : Qt::Unchecked);
    }
    addRow(tr("P&eople:"), m_people);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("assignSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = Dialogs::okCancelButtons(this, tr("Assign"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_phase, &QComboBox::currentIndexChanged, this, &AssignPerformersDialog::updateSummary);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AssignPerformersDialog::updateSummary);
    connect(m_onlyOpen, &QCheckBox::toggled, this, &AssignPerformersDialog::updateSummary);
    connect(m_shared, &QRadioButton::toggled, this, &AssignPerformersDialog::updateSummary);
    connect(m_people, &QListWidget::itemChanged, this, &AssignPerformersDialog::updateSummary);
    updateSummary();
}

QList<Id> AssignPerformersDialog::taskIds() const
{
    QList<Id> ids;
    const QString phase = m_phase->currentData().toString();
    const QString role = m_role->currentData().toString();
    const QList<PlannedTask> tasks
        = TaskRepository(m_context.database()).plannedTasks(m_context.currentMunicipalityId());
    for (const PlannedTask &task : tasks) {
        if (!phase.isEmpty() && phaseCode(task.task.phase) != phase)
            continue;
        const std::optional<Role> taskRole
            = task.task.performerRole ? task.task.performerRole : task.task.responsibleRole;
        if (!role.isEmpty() && (!taskRole || roleCode(*taskRole) != role))
            continue;
        if (m_onlyOpen->isChecked() && statusIsClosed(task.state.status))
            continue;
        ids.append(task.task.id);
    }
    return ids;
}

QList<Id> AssignPerformersDialog::personIds() const
{
    QList<Id> ids;
    if (m_shared->isChecked())
        return ids;
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->checkState() == Qt::Checked)
            ids.append(m_people->item(i)->data(IdRole).toLongLong());
    }
    return ids;
}

bool AssignPerformersDialog::sharedByAll() const
{
    return m_shared->isChecked();
}

void AssignPerformersDialog::setPhase(int phaseIndex)
{
    m_phase->setCurrentIndex(phaseIndex + 1);
}

void AssignPerformersDialog::setRole(const QString &roleCode)
{
    m_role->setCurrentIndex(std::max(0, m_role->findData(roleCode)));
}

void AssignPerformersDialog::setOnlyOpen(bool only)
{
    m_onlyOpen->setChecked(only);
}

void AssignPerformersDialog::setSharedByAll(bool shared)
{
    (shared ? m_shared : m_inTurn)->setChecked(true);
}

void AssignPerformersDialog::setPersonChecked(Id personId, bool checked)
{
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->data(IdRole).toLongLong() == personId)
            m_people->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void AssignPerformersDialog::updateSummary()
{
    m_people->setEnabled(!m_shared->isChecked());
    const int tasks = int(taskIds().size());
    if (m_shared->isChecked())
        m_summary->setText(tr("%n task(s) will be performed by all superusers together.", "", tasks));
    else
        m_summary->setText(tr("%n task(s) will be shared out in turn among %1.", "", tasks)
                               .arg(tr("%n chosen person(s)", "", int(personIds().size()))));
}

void AssignPerformersDialog::accept()
{
    if (taskIds().isEmpty()) {
        Dialogs::error(this, tr("No task matches the chosen phase and role."));
        return;
    }
    if (!m_shared->isChecked() && personIds().isEmpty()) {
        Dialogs::error(this, tr("Tick the people who should perform the tasks, or choose all superusers together."));
        m_people->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace parat
