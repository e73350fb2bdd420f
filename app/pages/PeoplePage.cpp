#include "PeoplePage.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "DeferredReload.h"
#include "Dialogs.h"
#include "ListPageSupport.h"
#include "PersonDialog.h"
#include "Retranslator.h"
#include "ShowPersonTasks.h"

#include "commands/PersonCommands.h"
#include "models/PersonTableModel.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace parat {

PeoplePage::PeoplePage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PersonTableModel(context.database(), this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PersonTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    auto *title = new QLabel(this);
    m_view = listpage::tableView(m_proxy, QStringLiteral("peopleView"), this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PersonTableModel::NameColumn, Qt::AscendingOrder);
    // The roles take the room that is left, not the last column.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(PersonTableModel::RolesColumn, QHeaderView::Stretch);
    title->setBuddy(m_view);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("peopleSummary"));

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editPersonButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removePersonButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    m_showTasks = new ShowPersonTasks(m_context, this, [this] { return currentPersonId(); });
    buttons->addWidget(m_showTasks->button());
    buttons->addStretch();
    buttons->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    // Keyboard: Enter edits, Delete removes, Insert adds (while the table has focus).
    listpage::addRowKeys(
        {m_view}, [this] { addPerson(); }, [this] { editPerson(); }, [this] { removePerson(); });

    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeoplePage::editPerson);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePage::removePerson);
    connect(m_view, &QTableView::doubleClicked, this, &PeoplePage::editPerson);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::updateButtons);
    // Loaded when first shown, then kept current (at once while visible, else when shown again).
    auto *deferred = new DeferredReload(this, [this] { reload(); });
    deferred->followChanges(m_context);
    deferred->request();

    auto *texts = new Retranslator(this);
    texts->add([this, title] {
        title->setText(tr("&People of the municipality:"));
        m_view->setAccessibleName(tr("People"));
        m_add->setText(tr("&Add Person…"));
        m_edit->setText(tr("&Edit…"));
        m_remove->setText(tr("&Remove…"));
    });
    texts->onChange([deferred] { deferred->request(); });
}

PeoplePage::~PeoplePage() = default;

Id PeoplePage::currentPersonId() const
{
    return listpage::selectedId(m_view, PersonTableModel::PersonIdRole);
}

void PeoplePage::selectPerson(Id personId)
{
    listpage::selectRow(m_view, m_proxy, m_model->index(m_model->rowOf(personId), PersonTableModel::NameColumn));
}

void PeoplePage::reload()
{
    const Id selected = currentPersonId();
    m_model->load(m_context.currentMunicipalityId());
    selectPerson(selected);
    m_summary->setText(tr("%n person(s)", "", m_model->rowCount()));
    m_view->resizeColumnsToContents();
    updateButtons();
}

void PeoplePage::updateButtons()
{
    const bool hasMunicipality = m_context.currentMunicipalityId() != 0;
    const bool selected = currentPersonId() != 0;
    m_context.setEditEnabled(m_add, hasMunicipality);
    m_context.setEditEnabled(m_edit, selected);
    m_context.setEditEnabled(m_remove, selected);
    m_showTasks->update(); // reading only: a read-only window shows tasks too
}

void PeoplePage::addPerson()
{
    const auto make
        = [this](const PersonDialog &dialog) { return new AddPerson(m_context.database(), dialog.person()); };
    if (auto *command = listpage::addThroughDialog<PersonDialog>(m_context, this, make))
        selectPerson(command->personId());
}

void PeoplePage::editPerson()
{
    const Id id = currentPersonId();
    listpage::editThroughDialog<PersonDialog>(m_context, this,
                                              id != 0 ? PersonRepository(m_context.database()).byId(id) : std::nullopt,
                                              [this](const Person &before, const PersonDialog &dialog) {
                                                  return new EditPerson(m_context.database(), before, dialog.person());
                                              });
}

void PeoplePage::removePerson()
{
    if (!m_context.canEdit())
        return;
    const Id id = currentPersonId();
    const std::optional<Person> person = id != 0 ? PersonRepository(m_context.database()).byId(id) : std::nullopt;
    if (!person)
        return;
    int named = 0;
    const QList<PlannedTask> tasks = TaskRepository(m_context.database()).plannedTasks(person->municipalityId, true);
    for (const PlannedTask &task : tasks) {
        if (task.state.responsiblePersonId == id || task.state.performerPersonId == id)
            ++named;
    }
    const QString text = named > 0
        ? tr("Remove %1? %n task(s) name them as responsible or performer; those tasks will name nobody. You can "
             "undo this.",
             "", named)
              .arg(person->name)
        : tr("Remove %1? You can undo this.").arg(person->name);
    if (!Dialogs::confirm(this, tr("Remove Person"), text))
        return;
    m_context.push(new RemovePerson(m_context.database(), *person), this);
}

} // namespace parat
