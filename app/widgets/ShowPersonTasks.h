#pragma once

#include "domain/Types.h"

#include <QObject>

#include <functional>

class QAction;
class QPushButton;
class QWidget;

namespace parat {

class AppContext;

// "Show tasks of <name>" on a page (People, Superusers, Tasks): an action on Ctrl+Shift+O while the page has
// the focus, and a button for it, both naming the person they are for. Triggered, it asks the window to show
// that person's tasks (AppContext::personTasksRequested). The page calls update() when its current person may
// have changed.
class ShowPersonTasks : public QObject
{
    Q_OBJECT
public:
    // currentPerson: the page's person now (0: none).
    ShowPersonTasks(AppContext &context, QWidget *page, std::function<Id()> currentPerson);

    QAction *action() const { return m_action; }
    QPushButton *button() const { return m_button; }
    static QKeySequence shortcut();

    // Text, accessible name and enabled state for the current person.
    void update();
    // Asks the window to show the current person's tasks; false when there is none.
    bool trigger();

private:
    AppContext &m_context;
    std::function<Id()> m_currentPerson;
    QAction *m_action = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace parat
