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
{ }

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
    if (m_db.isReadOnly() || m_db.isConnectionLost())
        return readOnlyReason();
    return m_access.editRefusal();
}

QString AppContext::readOnlyReason()
{
    return tr("The database is open read-only: changes cannot be saved.");
}

void AppContext::setEditEnabled(QWidget *control, bool enabled) const
{
    control->setEnabled(enabled && canEdit());
    if (!canEdit())
        control->setToolTip(editRefusal());
}

void AppContext::setEditEnabled(QAction *action, bool enabled) const
{
    action->setEnabled(enabled && canEdit());
    if (!canEdit()) {
        action->setToolTip(editRefusal());
        action->setStatusTip(editRefusal());
    }
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
