#include "AppContext.h"

#include "Dialogs.h"

#include "commands/Command.h"

#include <QPointer>
#include <QUndoStack>
#include <QWidget>

namespace parat {

AppContext::AppContext(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_undo(new QUndoStack(this))
{ }

void AppContext::setCurrentMunicipalityId(Id id)
{
    if (id == m_municipalityId)
        return;
    m_municipalityId = id;
    emit currentMunicipalityChanged(id);
}

bool AppContext::push(Command *command, QWidget *parent)
{
    bool failed = false;
    QPointer<QWidget> owner(parent);
    command->setErrorHandler([&failed, owner](const QString &error) {
        failed = true;
        Dialogs::error(owner, error);
    });
    m_undo->push(command); // deletes the command when redo() failed
    if (!failed) {
        command->setErrorHandler([owner](const QString &error) { Dialogs::error(owner, error); });
        return true;
    }
    return false;
}

} // namespace parat
