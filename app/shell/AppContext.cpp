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
#include <memory>

namespace parat {

AppContext::AppContext(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_undo(new QUndoStack(this))
    , m_access(ServerAccess::of(db))
{
    connect(&m_db, &Database::connectionLost, this, &AppContext::reapplyEditability);
    connect(&m_db, &Database::connectionRestored, this, &AppContext::reapplyEditability);
}

void AppContext::refreshAccess()
{
    m_access = ServerAccess::of(m_db);
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
    command->setErrorHandler([this, pushing, failed, owner](const QString &error) {
        if (*pushing)
            *failed = true;
        // Team mode: a write the lost connection cut off stored nothing; say so (unless the text already does, or
        // the commit's fate is unknown until the connection is back).
        const Database &db = m_db;
        if (db.isConnectionLost() && !db.hasUncertainCommit() && !error.contains(Database::notStoredMessage()))
            Dialogs::error(owner, error + QStringLiteral("\n\n") + Database::notStoredMessage());
        else
            Dialogs::error(owner, error);
    });
    m_undo->push(command);
    *pushing = false;
    return !*failed;
}

} // namespace parat
