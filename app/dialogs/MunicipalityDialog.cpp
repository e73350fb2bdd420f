#include "MunicipalityDialog.h"

#include "AppContext.h"
#include "DateEdit.h"
#include "Dialogs.h"

#include "commands/MunicipalityCommands.h"
#include "domain/Clock.h"

#include "domain/OfficialMunicipalities.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace parat {

namespace {

constexpr int CodeRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1;

QString nameOf(const Municipality &municipality)
{
    return QStringLiteral("%1 %2").arg(municipality.code, municipality.name);
}

} // namespace

MunicipalityDialog::MunicipalityDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_adding(true)
{
    setWindowTitle(tr("Add Municipality"));
    auto *layout = new QVBoxLayout(this);

    auto *searchLabel = new QLabel(tr("&Search by name or code:"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("For example Vejle or 0630"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);

    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Official municipalities"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(220);
    layout->addWidget(m_list, 1);
    m_noMatch = new QLabel(tr("No municipality matches the search."), this);
    m_noMatch->setVisible(false);
    layout->addWidget(m_noMatch);
    buildAddList();

    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_goLiveDecided = new QCheckBox(tr("&Go-live date:"), this);
    m_goLiveDecided->setChecked(true);
    m_goLive = new DateEdit(this);
    m_goLive->setDate(defaultGoLive(context.clock().today()));
    m_goLive->setAccessibleName(tr("Go-live date"));
    connect(m_goLiveDecided, &QCheckBox::toggled, m_goLive, &QWidget::setEnabled);
    form->addRow(m_goLiveDecided, m_goLive);
    m_owner = new QLineEdit(this);
    m_owner->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Project &owner:"), m_owner);
    m_leader = new QLineEdit(this);
    m_leader->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Project &leader:"), m_leader);

    m_buttons = Dialogs::okCancelButtons(this, tr("&Add"));
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &MunicipalityDialog::filterChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MunicipalityDialog::updateButtons);
    connect(m_list, &QListView::activated, this, [this] {
        if (!selectedCode().isEmpty())
            accept();
    });
    selectFirstEnabled();
    updateButtons();
    m_search->setFocus();
    resize(460, 560);
}

MunicipalityDialog::MunicipalityDialog(AppContext &context, const Municipality &municipality, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_adding(false)
    , m_editing(municipality)
{
    setWindowTitle(tr("Edit Municipality"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    title->setText(municipality.region.isEmpty()
                       ? nameOf(municipality)
                       : tr("%1 (%2)", "municipality (region)").arg(nameOf(municipality), municipality.region));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_goLiveDecided = new QCheckBox(tr("&Go-live date:"), this);
    m_goLiveDecided->setChecked(municipality.goLive.isValid());
    m_goLive = new DateEdit(this);
    m_goLive->setDate(municipality.goLive.isValid() ? municipality.goLive : defaultGoLive(context.clock().today()));
    m_goLive->setEnabled(municipality.goLive.isValid());
    m_goLive->setAccessibleName(tr("Go-live date"));
    connect(m_goLiveDecided, &QCheckBox::toggled, m_goLive, &QWidget::setEnabled);
    form->addRow(m_goLiveDecided, m_goLive);
    m_owner = new QLineEdit(municipality.projectOwner, this);
    m_owner->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Project &owner:"), m_owner);
    m_leader = new QLineEdit(municipality.projectLeader, this);
    m_leader->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Project &leader:"), m_leader);
    layout->addStretch(1);

    m_buttons = Dialogs::okCancelButtons(this, tr("&Save"));
    layout->addWidget(m_buttons);
    m_goLive->setFocus();
    resize(420, sizeHint().height());
}

void MunicipalityDialog::accept()
{
    if (DateEdit::refuseAccept(this))
        return;
    QDialog::accept();
}

void MunicipalityDialog::buildAddList()
{
    QSet<QString> present;
    const QList<Municipality> stored = MunicipalityRepository(m_context.database()).all();
    for (const Municipality &municipality : stored)
        present.insert(municipality.code);
    for (const MunicipalityInfo &info : officialMunicipalities()) {
        auto *item = new QStandardItem;
        const bool added = present.contains(info.code);
        // Marked in words, not by the greyed look alone.
        item->setText(added ? tr("%1 %2 (already added)").arg(info.code, info.name)
                            : QStringLiteral("%1 %2").arg(info.code, info.name));
        item->setToolTip(info.region);
        item->setData(info.code, CodeRole);
        item->setData(QStringLiteral("%1 %2").arg(info.code, info.name), SearchRole);
        item->setEditable(false);
        if (added) {
            item->setEnabled(false);
            item->setSelectable(false);
        }
        m_model->appendRow(item);
    }
}

QDate MunicipalityDialog::defaultGoLive(const QDate &today)
{
    return QDate(today.year() + 1, 1, 1);
}

int MunicipalityDialog::visibleCount() const
{
    return m_proxy ? m_proxy->rowCount() : 0;
}

void MunicipalityDialog::filterChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_noMatch->setVisible(m_proxy->rowCount() == 0);
    selectFirstEnabled();
    updateButtons();
}

void MunicipalityDialog::selectFirstEnabled()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return;
        }
    }
    m_list->setCurrentIndex(QModelIndex());
}

bool MunicipalityDialog::selectCode(const QString &code)
{
    if (!m_adding)
        return false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(CodeRole).toString() == code && (index.flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

QString MunicipalityDialog::selectedCode() const
{
    if (!m_adding)
        return m_editing.code;
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return {};
    return index.data(CodeRole).toString();
}

void MunicipalityDialog::setGoLive(const QDate &date)
{
    m_goLiveDecided->setChecked(date.isValid());
    if (date.isValid())
        m_goLive->setDate(date);
}

void MunicipalityDialog::updateButtons()
{
    if (m_adding)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedCode().isEmpty());
}

Municipality MunicipalityDialog::municipality() const
{
    Municipality result = m_editing;
    if (m_adding) {
        result = Municipality();
        if (const std::optional<MunicipalityInfo> info = officialMunicipality(selectedCode())) {
            result.code = info->code;
            result.name = info->name;
            result.region = info->region;
        }
    }
    result.goLive = m_goLiveDecided->isChecked() ? m_goLive->date() : QDate();
    result.projectOwner = m_owner->text().trimmed();
    result.projectLeader = m_leader->text().trimmed();
    return result;
}

bool MunicipalityDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Type, arrow down into the list, Enter: the search field hands the arrow keys to the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            m_list->setFocus();
            if (!selectedCode().isEmpty() && key->key() == Qt::Key_Down)
                return true; // the first match is already chosen; the arrow only moves the focus
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool MunicipalityDialog::addMunicipality(AppContext &context, QWidget *parent)
{
    MunicipalityDialog dialog(context, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedCode().isEmpty())
        return false;
    auto *command = new AddMunicipality(context.database(), dialog.municipality());
    if (!context.push(command, parent))
        return false;
    context.setCurrentMunicipalityId(command->municipalityId());
    return true;
}

bool MunicipalityDialog::editMunicipality(AppContext &context, Id municipalityId, QWidget *parent)
{
    const std::optional<Municipality> before = MunicipalityRepository(context.database()).byId(municipalityId);
    if (!before) {
        Dialogs::error(parent, tr("The municipality is no longer in the database."));
        return false;
    }
    MunicipalityDialog dialog(context, *before, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Municipality after = dialog.municipality();
    if (after.goLive == before->goLive && after.projectOwner == before->projectOwner
        && after.projectLeader == before->projectLeader)
        return false; // nothing changed: no empty step on the undo stack
    return context.push(new EditMunicipality(context.database(), *before, after), parent);
}

bool MunicipalityDialog::removeMunicipality(AppContext &context, Id municipalityId, QWidget *parent)
{
    Database &db = context.database();
    const std::optional<Municipality> municipality = MunicipalityRepository(db).byId(municipalityId);
    if (!municipality) {
        Dialogs::error(parent, tr("The municipality is no longer in the database."));
        return false;
    }
    const QString question
        = tr("Remove %1 from this database?\n\nIts go-live date, people, task statuses, task history and local "
             "tasks are removed with it. The handbook stays. A restore point is taken first, and Edit > Undo "
             "puts everything back.")
              .arg(nameOf(*municipality));
    if (!Dialogs::confirm(parent, tr("Remove Municipality"), question))
        return false;
    // Taken outside any transaction (VACUUM INTO cannot run inside one), before anything is removed.
    QString error;
    if (!db.takeRestorePoint(QStringLiteral("remove-municipality"), nullptr, &error)) {
        Dialogs::error(parent,
                       tr("%1 was not removed because no restore point could be taken first: %2")
                           .arg(nameOf(*municipality), error));
        return false;
    }
    if (!context.push(new RemoveMunicipality(db, *municipality), parent))
        return false;
    ensureCurrentMunicipality(context);
    return true;
}

void MunicipalityDialog::ensureCurrentMunicipality(AppContext &context)
{
    MunicipalityRepository repository(context.database());
    if (context.currentMunicipalityId() != 0 && repository.byId(context.currentMunicipalityId()))
        return;
    const QList<Municipality> all = repository.all();
    context.setCurrentMunicipalityId(all.isEmpty() ? 0 : all.first().id);
}

} // namespace parat
