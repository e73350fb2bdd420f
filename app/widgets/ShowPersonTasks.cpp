#include "ShowPersonTasks.h"

#include "AppContext.h"
#include "Retranslator.h"

#include "storage/PersonRepository.h"

#include <QAction>
#include <QKeySequence>
#include <QPushButton>
#include <QWidget>

namespace parat {

ShowPersonTasks::ShowPersonTasks(AppContext &context, QWidget *page, std::function<Id()> currentPerson)
    : QObject(page)
    , m_context(context)
    , m_currentPerson(std::move(currentPerson))
{
    m_action = new QAction(page);
    m_action->setObjectName(QStringLiteral("showPersonTasksAction"));
    m_action->setShortcut(shortcut());
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(m_action);
    connect(m_action, &QAction::triggered, this, [this] { trigger(); });

    m_button = new QPushButton(page);
    m_button->setObjectName(QStringLiteral("showPersonTasksButton"));
    connect(m_button, &QPushButton::clicked, this, [this] { trigger(); });

    auto *texts = new Retranslator(page);
    texts->add([this] { update(); });
}

QKeySequence ShowPersonTasks::shortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
}

void ShowPersonTasks::update()
{
    const Id id = m_currentPerson();
    const std::optional<Person> person = id != 0 ? PersonRepository(m_context.database()).byId(id) : std::nullopt;
    const QString text = person ? tr("Show &Tasks of %1").arg(person->name) : tr("Show &Tasks of a Person");
    m_action->setText(text);
    m_action->setEnabled(bool(person));
    m_button->setText(text);
    m_button->setEnabled(bool(person));
    m_button->setToolTip(tr("Everything this person is responsible for or performs (%1)")
                             .arg(shortcut().toString(QKeySequence::NativeText)));
    m_button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
}

bool ShowPersonTasks::trigger()
{
    const Id id = m_currentPerson();
    if (id == 0)
        return false;
    emit m_context.personTasksRequested(id);
    return true;
}

} // namespace parat
