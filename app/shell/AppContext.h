#pragma once

#include "domain/Access.h"
#include "domain/Types.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDialog;
class QUndoStack;
class QWidget;

namespace parat {

class Clock;
class Command;
class Database;

// What every page and dialog of the window shares: the open database, the clock, the undo stack and the
// municipality the user is looking at. Pages do not keep their own idea of the current municipality; they
// listen to currentMunicipalityChanged() and to Database::changed() and reload.
class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(Database &db, const Clock &clock, QObject *parent = nullptr);
    ~AppContext() override;

    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    QUndoStack *undoStack() const { return m_undo; }

    // False when the database is open read-only (the file or folder cannot be written, or another Parat holds
    // the lock), or on a server when the user's role may not edit (parat_viewer). Pages ask here, once per
    // control, so a read-only window offers no edit that would then fail.
    bool canEdit() const;
    // What the user may do with the open database (a file: everything; a server: by role and grants), read when the
    // context is made and again after a reconnect and when a grant or revoke for the user is announced (the server's
    // "access:<user>" notification): then the controls are switched anew and accessChanged() is emitted.
    const Access &access() const { return m_access; }
    // Reads access() again (after the database was opened anew, say on another server); true when it changed, and
    // then the controls given to setEditEnabled()/setAdminEnabled() are switched anew and accessChanged() emitted.
    bool refreshAccess();
    // Why edits are switched off: the role's reason (a viewer) or readOnlyReason(); empty when canEdit().
    QString editRefusal() const;
    // The one tooltip of every control disabled because the database is read-only.
    static QString readOnlyReason();
    // The tooltip of the same controls while a server connection is lost (the banner shows).
    static QString connectionLostReason();
    // setEnabled(enabled && canEdit()) for a control that changes data; in a read-only window the control also
    // says why it is disabled (readOnlyReason() as its tooltip).
    // The context remembers every such control and applies canEdit() to it again when it changes while the window
    // is open (a lost server connection and its return): greyed out with the reason, then back as the page left it.
    void setEditEnabled(QWidget *control, bool enabled = true) const;
    void setEditEnabled(QAction *action, bool enabled = true) const;
    // Team mode: an administrator's action (handbook import, restore): also needs Access::mayAdminister(); an editor
    // sees it disabled with administerRefusal() as its tooltip and accessible description.
    bool canAdminister() const;
    QString administerRefusal() const;
    void setAdminEnabled(QWidget *control, bool enabled = true) const;
    void setAdminEnabled(QAction *action, bool enabled = true) const;
    // Turns an edit dialog into a viewer: fields read-only (combo boxes, check boxes and other buttons
    // disabled), only a Close button. Used to show an item in a read-only window instead of editing it.
    static void makeViewOnly(QDialog *dialog);

    Id currentMunicipalityId() const { return m_municipalityId; }
    void setCurrentMunicipalityId(Id id);

    // Runs a user action: pushes the command onto the undo stack (which runs redo()). If redo() fails the
    // stack drops the command, the error is shown over `parent` (through Dialogs, so tests can answer it)
    // and false is returned. Later failures of undo()/redo() are shown the same way.
    bool push(Command *command, QWidget *parent = nullptr);

    // Team mode, faults (docs/team-mode.md): an edit whose first redo() failed because the connection to the server
    // was lost is kept, not dropped — the pending edit. Once the connection is back, retryPendingEdit() pushes it
    // again (the same command, so the same row-version checks: a row someone else changed meanwhile is refused, not
    // overwritten) and on success it is on the undo stack; discardPendingEdit() drops it. When the commit's answer was
    // lost the edit waits for reconnect() to learn its fate: stored (it counts as made, nothing to retry) or not.
    bool hasPendingEdit() const { return m_pending != nullptr; }
    // The pending edit's undo text ("Edit task"); empty without one.
    QString pendingEditText() const;
    // True when retryPendingEdit() can run now: an edit is pending, known not to be stored, and canEdit().
    bool canRetryPendingEdit() const;
    bool retryPendingEdit(QWidget *parent = nullptr);
    void discardPendingEdit();

    // Team mode, live: whether other users' changes (Database::remoteChanged()'s payloads) concern the pages of this
    // window: the current municipality's rows, rows of no municipality (the handbook's), the list of municipalities,
    // and a grant or revoke for this user. Others do not reload the pages (Database::changed() is not emitted for
    // them); otherMunicipalityChanged() says they happened.
    bool concernsWindow(const QStringList &changes) const;

signals:
    void currentMunicipalityChanged(parat::Id municipalityId);
    // Ask the window to show a task in the task list (from the overview, say).
    void openTaskRequested(parat::Id taskId);
    // Ask the window to show one person's tasks (from the People, Superusers and Tasks pages).
    void personTasksRequested(parat::Id personId);
    // canEdit() changed while the window is open (the server connection was lost or came back). The controls given
    // to setEditEnabled() are updated already; a page that switches edits another way (in-place editors) listens.
    void editabilityChanged();
    // Team mode: the pending edit came, went, or can be retried now (hasPendingEdit(), canRetryPendingEdit()).
    void pendingEditChanged();
    // Team mode: access() changed (a grant or revoke, or the role found after a reconnect).
    void accessChanged();
    // Team mode: other users changed rows of other municipalities only; the pages of this one were not reloaded.
    void otherMunicipalityChanged();

private:
    void remember(QObject *control, bool enabled, bool adminOnly) const;
    void apply(QObject *control) const;
    void reapplyEditability();
    void keepPendingEdit(std::unique_ptr<Command> edit);
    void onRemoteChanges(const QStringList &changes);

    Database &m_db;
    const Clock &m_clock;
    QUndoStack *m_undo = nullptr;
    Id m_municipalityId = 0;
    Access m_access;
    mutable QList<QPointer<QObject>> m_editControls;
    std::unique_ptr<Command> m_pending;
    bool m_pendingUncertain = false; // its commit's answer was lost: stored or not is learnt on reconnecting
};

} // namespace parat
