#include "AppContext.h"

#include "Dialogs.h"

#include "commands/Command.h"

#include <QPointer>
#include <QUndoStack>

#include <QWidget>
#include <memory>

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
    // After push() the command may be gone: dropped because redo() failed, or merged into the previous
    // command and deleted. So nothing touches it afterwards; the handler carries what it needs.
    auto pushing = std::make_shared<bool>(true);
    auto failed = std::make_shared<bool>(false);
    QPointer<QWidget> owner(parent);
    command->setErrorHandler([pushing, failed, owner](const QString &error) {
        if (*pushing)
            *failed = true;
        Dialogs::error(owner, error);
    });
    m_undo->push(command);
    *pushing = false;
    return !*failed;
}

} // namespace parat
