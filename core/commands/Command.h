#pragma once

#include <QUndoCommand>

#include <functional>

namespace parat {

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
