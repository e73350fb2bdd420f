#include "PeoplePage.h"

#include "Accessibility.h"
#include "AppContext.h"
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
    : ListPage(context, parent)
    , m_model(new PersonTableModel(context.database(), this))
{
    sortBy(m_model, PersonTableModel::SortRole, true);

    auto *title = new QLabel(this);
    m_view = listpage::tableView(m_proxy, QStringLiteral("peopleView"), this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PersonTableModel::NameColumn, Qt::AscendingOrder);
    // The roles take the room that is left, not the last column.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(PersonTableModel::RolesColumn, QHeaderView::Stretch);
    title->setBuddy(m_view);

    makeSummary(QStringLiteral("peopleSummary"), false);
    makeRowButtons(QStringLiteral("addPersonButton"), QStringLiteral("editPersonButton"),
                   QStringLiteral("removePersonButton"));
    m_showTasks = new ShowPersonTasks(m_context, this, [this] { return currentPersonId(); });
    QHBoxLayout *buttons = listpage::buttonRow({m_add, m_edit, m_remove, m_showTasks->button()}, m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    // Keyboard: Enter edits, Delete removes, Insert adds (while the table has focus).
    connectRowActions([this] { addPerson(); }, [this] { editPerson(); }, [this] { removePerson(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::updateButtons);
    const auto requestReload = reloadWhenShown([this] { reload(); });

    auto *texts = new Retranslator(this);
    texts->add([this, title] {
        title->setText(tr("&People of the municipality:"));
        m_view->setAccessibleName(tr("People"));
        m_add->setText(tr("&Add Person…"));
        m_edit->setText(tr("&Edit…"));
        m_remove->setText(tr("&Remove…"));
    });
    texts->onChange(requestReload);
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
