#pragma once

#include "domain/Types.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace parat {

// Where a command's change is seen and what undoing or redoing it takes away, so the window can show the
// change (switch to the municipality and page, select the rows) and ask before a step removes a municipality
// or more than one row, as the original action asked.
struct CommandScope
{
    enum class Page
    {
        None,
        Overview, // the municipality itself
        Tasks,
        People,
        Superusers,
        Stakeholders,
        Communication,
        Report,
        Readiness // go-live readiness: ids are criteria
    };
    Page page = Page::None;
    Id municipalityId = 0;
    QList<Id> ids; // the rows concerned: tasks, people, allocations, stakeholders or communication items
    Id personId = 0; // Superusers: whose hours (allocations are listed per person)
    int rowsRemovedByUndo = 0;
    int rowsRemovedByRedo = 0;
    bool municipalityRemovedByUndo = false;
    bool municipalityRemovedByRedo = false;
};

// Base of Parat's undo commands. redo() and undo() write to the database and can fail (validation, a full
// disk); a failing command calls fail(), which records the message, tells the error handler (the window
// shows it) and marks the command obsolete so QUndoStack drops it instead of keeping a step that did not
// happen.
class Command : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &)>;
    using QUndoCommand::QUndoCommand;

    QString error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    void setErrorHandler(ErrorHandler handler) { m_handler = std::move(handler); }
    // Where the change shows; ids given to new rows by the first redo() are in it afterwards.
    virtual CommandScope scope() const { return {}; }

protected:
    void fail(const QString &error)
    {
        m_error = error;
        setObsolete(true);
        if (m_handler)
            m_handler(error);
    }
    void clearError() { m_error.clear(); }

private:
    QString m_error;
    ErrorHandler m_handler;
};

} // namespace parat
