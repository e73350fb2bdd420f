#include "AppContext.h"

#include "Dialogs.h"

#include "commands/Command.h"
#include "storage/Database.h"
#include "storage/ServerAccess.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <memory>

namespace parat {

namespace {

// Holds a user's edit on the undo stack of a window on a server (AppContext::push()), so that a first redo() the lost
// connection made fail does not delete it: the edit is handed to the context (keep) to be retried. Otherwise it is the
// edit: undo, redo, merging and scope() go to it.
class KeptEdit : public Command
{
public:
    using Keep = std::function<void(std::unique_ptr<Command>)>;
    KeptEdit(std::unique_ptr<Command> edit, Keep keep)
        : m_edit(std::move(edit))
        , m_keep(std::move(keep))
    {
        takeText();
    }

    void redo() override
    {
        if (!m_edit)
            return;
        m_edit->setObsolete(false);
        m_edit->redo();
        if (m_edit->isObsolete() && m_keep && m_edit->failed())
            m_keep(std::move(m_edit)); // the context decides: kept when the connection took it
        m_keep = nullptr; // only the first redo(), in push(): later ones fail as any step does
        setObsolete(!m_edit || m_edit->isObsolete());
    }
    void undo() override
    {
        if (!m_edit)
            return;
        m_edit->setObsolete(false);
        m_edit->undo();
        setObsolete(m_edit->isObsolete());
    }
    int id() const override { return m_edit ? m_edit->id() : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *kept = dynamic_cast<const KeptEdit *>(other);
        if (!m_edit || !kept || !kept->m_edit || !m_edit->mergeWith(kept->m_edit.get()))
            return false;
        takeText();
        setObsolete(m_edit->isObsolete());
        return true;
    }
    CommandScope scope() const override { return m_edit ? m_edit->scope() : CommandScope(); }

private:
    void takeText()
    {
        setText(m_edit->actionText() == m_edit->text() ? m_edit->text()
                                                       : m_edit->actionText() + QLatin1Char('\n') + m_edit->text());
    }

    std::unique_ptr<Command> m_edit;
    Keep m_keep;
};

// "<table>:<rest>" of a change notification.
QString tableOf(const QString &change)
{
    return change.section(QLatin1Char(':'), 0, 0);
}

QString restOf(const QString &change)
{
    return change.section(QLatin1Char(':'), 1);
}

bool sameAccess(const Access &a, const Access &b)
{
    return a.role == b.role && a.municipalities == b.municipalities && a.allMunicipalities == b.allMunicipalities
        && a.user == b.user;
}

} // namespace

AppContext::AppContext(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_undo(new QUndoStack(this))
    , m_access(ServerAccess::of(db))
{
    connect(&m_db, &Database::connectionLost, this, [this] {
        reapplyEditability();
        if (m_pending)
            emit pendingEditChanged();
    });
    connect(&m_db, &Database::connectionRestored, this, [this] {
        // The role may have changed while the window was away; refreshAccess() switches the controls when it did.
        if (!refreshAccess())
            reapplyEditability();
        if (m_pending)
            emit pendingEditChanged();
    });
    connect(&m_db, &Database::commitResolved, this, [this](bool stored) {
        if (!m_pending || !m_pendingUncertain)
            return;
        m_pendingUncertain = false;
        if (stored)
            m_pending.reset(); // it was made: applying it again would make it twice
        emit pendingEditChanged();
    });
    // Team mode, live: only changes that concern this window reload its pages.
    m_db.setRemoteChangeFilter([this](const QStringList &changes) { return concernsWindow(changes); });
    connect(&m_db, &Database::remoteChanged, this, &AppContext::onRemoteChanges);
}

AppContext::~AppContext()
{
    m_db.setRemoteChangeFilter({});
}

bool AppContext::refreshAccess()
{
    const Access access = ServerAccess::of(m_db);
    if (sameAccess(access, m_access))
        return false;
    m_access = access;
    reapplyEditability();
    emit accessChanged();
    return true;
}

bool AppContext::concernsWindow(const QStringList &changes) const
{
    const QString current = QString::number(m_municipalityId);
    return std::any_of(changes.begin(), changes.end(), [&](const QString &change) {
        const QString table = tableOf(change);
        const QString rest = restOf(change);
        if (table == QLatin1String("access"))
            return rest == m_access.user; // what this user sees may have changed
        return rest.isEmpty() || rest == current || table == QLatin1String("municipality");
    });
}

void AppContext::onRemoteChanges(const QStringList &changes)
{
    const bool mine = std::any_of(changes.begin(), changes.end(), [this](const QString &change) {
        return tableOf(change) == QLatin1String("access") && restOf(change) == m_access.user;
    });
    if (mine)
        refreshAccess();
    if (!concernsWindow(changes))
        emit otherMunicipalityChanged();
}

QString AppContext::pendingEditText() const
{
    return m_pending ? m_pending->text() : QString();
}

bool AppContext::canRetryPendingEdit() const
{
    return m_pending && !m_pendingUncertain && canEdit();
}

bool AppContext::retryPendingEdit(QWidget *parent)
{
    if (!canRetryPendingEdit())
        return false;
    Command *edit = m_pending.release();
    const bool made = push(edit, parent); // kept again if the connection is lost again
    emit pendingEditChanged();
    return made;
}

void AppContext::discardPendingEdit()
{
    if (!m_pending)
        return;
    m_pending.reset();
    m_pendingUncertain = false;
    emit pendingEditChanged();
}

void AppContext::keepPendingEdit(std::unique_ptr<Command> edit)
{
    // Only an edit the lost connection took is kept; one refused for itself (a stale row, bad input) is dropped.
    if (!m_db.isConnectionLost())
        return;
    m_pending = std::move(edit);
    m_pendingUncertain = m_db.hasUncertainCommit();
    emit pendingEditChanged();
}

void AppContext::setCurrentMunicipalityId(Id id)
{
    if (id == m_municipalityId)
        return;
    m_municipalityId = id;
    emit currentMunicipalityChanged(id);
}

bool AppContext::canEdit() const
{
    return !m_db.isReadOnly() && !m_db.isConnectionLost() && m_access.mayEdit();
}

QString AppContext::editRefusal() const
{
    if (m_db.isConnectionLost())
        return connectionLostReason();
    if (m_db.isReadOnly())
        return readOnlyReason();
    return m_access.editRefusal();
}

QString AppContext::connectionLostReason()
{
    return tr("The connection to the server is lost: nothing can be changed until it is back (Parat reconnects by "
              "itself).");
}

QString AppContext::readOnlyReason()
{
    return tr("The database is open read-only: changes cannot be saved.");
}

bool AppContext::canAdminister() const
{
    return canEdit() && m_access.mayAdminister();
}

QString AppContext::administerRefusal() const
{
    if (!canEdit())
        return editRefusal();
    return m_access.administerRefusal();
}

namespace {

const char *const kWish = "paratEditWish"; // what the page asked for: enabled or not
const char *const kAdminOnly = "paratAdminOnly";
const char *const kOwnToolTip = "paratOwnToolTip"; // the control's tooltip before a refusal replaced it
const char *const kRefused = "paratRefused"; // the refusal shown, while one is

} // namespace

void AppContext::remember(QObject *control, bool enabled, bool adminOnly) const
{
    const bool known = control->property(kWish).isValid();
    control->setProperty(kWish, enabled);
    control->setProperty(kAdminOnly, adminOnly);
    if (!known) {
        m_editControls.removeAll(QPointer<QObject>());
        m_editControls.append(control);
    }
    apply(control);
}

void AppContext::apply(QObject *control) const
{
    const bool adminOnly = control->property(kAdminOnly).toBool();
    const bool allowed = adminOnly ? canAdminister() : canEdit();
    const bool enabled = control->property(kWish).toBool() && allowed;
    const QString refusal = allowed ? QString() : (adminOnly ? administerRefusal() : editRefusal());
    auto *widget = qobject_cast<QWidget *>(control);
    auto *action = qobject_cast<QAction *>(control);
    const QVariant shown = control->property(kRefused);
    if (!refusal.isEmpty() && !shown.isValid()) // keep the page's own tooltip for when the refusal goes
        control->setProperty(kOwnToolTip, widget ? widget->toolTip() : action->toolTip());
    if (widget) {
        widget->setEnabled(enabled);
        if (!refusal.isEmpty()) {
            widget->setToolTip(refusal);
            widget->setAccessibleDescription(refusal);
        } else if (shown.isValid()) {
            widget->setToolTip(control->property(kOwnToolTip).toString());
            if (widget->accessibleDescription() == shown.toString())
                widget->setAccessibleDescription(QString());
        }
    } else if (action) {
        action->setEnabled(enabled);
        if (!refusal.isEmpty()) {
            action->setToolTip(refusal);
            action->setStatusTip(refusal);
            action->setWhatsThis(refusal); // a menu item's accessible description
        } else if (shown.isValid()) {
            action->setToolTip(control->property(kOwnToolTip).toString());
            if (action->statusTip() == shown.toString())
                action->setStatusTip(QString());
            if (action->whatsThis() == shown.toString())
                action->setWhatsThis(QString());
        }
    }
    control->setProperty(kRefused, refusal.isEmpty() ? QVariant() : QVariant(refusal));
}

void AppContext::reapplyEditability()
{
    m_editControls.removeAll(QPointer<QObject>());
    const QList<QPointer<QObject>> controls = m_editControls;
    for (const QPointer<QObject> &control : controls) {
        if (control)
            apply(control);
    }
    emit editabilityChanged();
}

void AppContext::setEditEnabled(QWidget *control, bool enabled) const
{
    remember(control, enabled, false);
}

void AppContext::setEditEnabled(QAction *action, bool enabled) const
{
    remember(action, enabled, false);
}

void AppContext::setAdminEnabled(QWidget *control, bool enabled) const
{
    remember(control, enabled, true);
}

void AppContext::setAdminEnabled(QAction *action, bool enabled) const
{
    remember(action, enabled, true);
}

void AppContext::makeViewOnly(QDialog *dialog)
{
    const QList<QDialogButtonBox *> boxes = dialog->findChildren<QDialogButtonBox *>();
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        edit->setReadOnly(true);
    for (QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>())
        edit->setReadOnly(true);
    for (QTextEdit *edit : dialog->findChildren<QTextEdit *>())
        edit->setReadOnly(true);
    for (QAbstractSpinBox *spin : dialog->findChildren<QAbstractSpinBox *>())
        spin->setReadOnly(true);
    for (QAbstractItemView *view : dialog->findChildren<QAbstractItemView *>()) {
        if (!qobject_cast<QComboBox *>(view->parentWidget()))
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    for (QComboBox *combo : dialog->findChildren<QComboBox *>())
        combo->setEnabled(false); // a combo box has no read-only mode
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        const bool inBox = std::any_of(boxes.begin(), boxes.end(),
                                       [button](const QDialogButtonBox *box) { return box->isAncestorOf(button); });
        if (!inBox)
            button->setEnabled(false);
    }
    // Only Close: OK (and any other action of the box) would write. No dialog keeps a pointer to its OK button.
    for (QDialogButtonBox *box : boxes) {
        box->setStandardButtons(QDialogButtonBox::Close);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) != QDialogButtonBox::RejectRole)
                button->hide();
        }
    }
    dialog->setToolTip(readOnlyReason());
}

bool AppContext::push(Command *command, QWidget *parent)
{
    // After push() the command may be gone: dropped because redo() failed, or merged into the previous
    // command and deleted. So nothing touches it afterwards; the handler carries what it needs.
    auto pushing = std::make_shared<bool>(true);
    auto failed = std::make_shared<bool>(false);
    QPointer<QWidget> owner(parent);
    const bool server = m_db.isServer();
    command->setErrorHandler([this, pushing, failed, owner, server](const QString &error) {
        const bool first = *pushing;
        if (first)
            *failed = true;
        const Database &db = m_db;
        // Team mode: the edit the lost connection cut off is kept (KeptEdit) and the banner offers to retry it.
        if (server && first && db.isConnectionLost()) {
            if (db.hasUncertainCommit()) {
                Dialogs::error(owner,
                               error + QStringLiteral("\n\n")
                                   + tr("Parat keeps the change: if it turns out not to be stored, the banner offers "
                                        "to make it again (Try again)."));
                return;
            }
            const QString kept = tr("Nothing of this change was stored: the connection to the server was lost. Parat "
                                    "reconnects by itself and keeps the change: once the connection is back, Try again "
                                    "in the banner makes it, or Discard drops it.");
            Dialogs::error(owner,
                           error.contains(Database::notStoredMessage())
                               ? QString(error).replace(Database::notStoredMessage(), kept)
                               : error + QStringLiteral("\n\n") + kept);
            return;
        }
        // Team mode: a write the lost connection cut off stored nothing; say so (unless the text already does, or
        // the commit's fate is unknown until the connection is back).
        if (db.isConnectionLost() && !db.hasUncertainCommit() && !error.contains(Database::notStoredMessage()))
            Dialogs::error(owner, error + QStringLiteral("\n\n") + Database::notStoredMessage());
        else
            Dialogs::error(owner, error);
    });
    QUndoCommand *step = command;
    if (server) {
        step = new KeptEdit(std::unique_ptr<Command>(command),
                            [this](std::unique_ptr<Command> edit) { keepPendingEdit(std::move(edit)); });
    }
    m_undo->push(step);
    *pushing = false;
    return !*failed;
}

} // namespace parat
