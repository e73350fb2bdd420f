#pragma once

#include "domain/Access.h"
#include "domain/Types.h"

#include <QList>
#include <QObject>
#include <QPointer>

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

    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    QUndoStack *undoStack() const { return m_undo; }

    // False when the database is open read-only (the file or folder cannot be written, or another Parat holds
    // the lock), or on a server when the user's role may not edit (parat_viewer). Pages ask here, once per
    // control, so a read-only window offers no edit that would then fail.
    bool canEdit() const;
    // What the user may do with the open database (a file: everything; a server: by role and grants), read once
    // when the context is made.
    const Access &access() const { return m_access; }
    // Reads access() again (after the database was opened anew, say on another server).
    void refreshAccess();
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

signals:
    void currentMunicipalityChanged(parat::Id municipalityId);
    // Ask the window to show a task in the task list (from the overview, say).
    void openTaskRequested(parat::Id taskId);
    // Ask the window to show one person's tasks (from the People, Superusers and Tasks pages).
    void personTasksRequested(parat::Id personId);
    // canEdit() changed while the window is open (the server connection was lost or came back). The controls given
    // to setEditEnabled() are updated already; a page that switches edits another way (in-place editors) listens.
    void editabilityChanged();

private:
    void remember(QObject *control, bool enabled, bool adminOnly) const;
    void apply(QObject *control) const;
    void reapplyEditability();

    Database &m_db;
    const Clock &m_clock;
    QUndoStack *m_undo = nullptr;
    Id m_municipalityId = 0;
    Access m_access;
    mutable QList<QPointer<QObject>> m_editControls;
};

} // namespace parat
