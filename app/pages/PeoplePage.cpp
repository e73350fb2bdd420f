#include "PeoplePage.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "DeferredReload.h"
#include "Dialogs.h"
#include "PersonDialog.h"
#include "Retranslator.h"

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
    m_view = new TableView(this);
    m_view->setObjectName(QStringLiteral("peopleView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PersonTableModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(PersonTableModel::RolesColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
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
    buttons->addStretch();
    buttons->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    // Keyboard: Enter edits, Delete removes, Insert adds (while the table has focus).
    auto *editAction = new QAction(this);
    editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(editAction);
    connect(editAction, &QAction::triggered, this, &PeoplePage::editPerson);
    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &PeoplePage::removePerson);
    auto *addAction = new QAction(this);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(addAction);
    connect(addAction, &QAction::triggered, this, &PeoplePage::addPerson);

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
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(PersonTableModel::PersonIdRole).toLongLong();
}

void PeoplePage::selectPerson(Id personId)
{
    const int row = m_model->rowOf(personId);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PersonTableModel::NameColumn));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
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
}

void PeoplePage::addPerson()
{
    if (!m_context.canEdit() || m_context.currentMunicipalityId() == 0)
        return;
    PersonDialog dialog(m_context, nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddPerson(m_context.database(), dialog.person());
    if (m_context.push(command, this))
        selectPerson(command->personId());
}

void PeoplePage::editPerson()
{
    const Id id = currentPersonId();
    const std::optional<Person> before = id != 0 ? PersonRepository(m_context.database()).byId(id) : std::nullopt;
    if (!before)
        return;
    PersonDialog dialog(m_context, &*before, this);
    if (!m_context.canEdit()) {
        // Double-click or Enter in a read-only window shows the person, nothing more.
        AppContext::makeViewOnly(&dialog);
        dialog.exec();
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.push(new EditPerson(m_context.database(), *before, dialog.person()), this);
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
