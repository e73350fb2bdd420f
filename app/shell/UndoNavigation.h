#pragma once

#include <QCoreApplication>

class QAction;

namespace parat {

class MainWindow;
struct CommandScope;

// Undo and redo as the window's Edit menu and keys run them: a step never changes something out of sight.
// Before the step the window switches to the municipality and page of the change and selects its rows; a
// step that removes a municipality or more than one row asks first (through Dialogs), as the original action
// asked; after it the changed rows are selected again (Command::scope() says where).
class UndoNavigation
{
    Q_DECLARE_TR_FUNCTIONS(parat::UndoNavigation)
public:
    // The Edit menu's Undo / Redo action: text follows the stack ("Undo Change status of P1-04"), enabled
    // when there is a step (never in a read-only window), shortcuts as MainWindow::undoShortcuts().
    static QAction *createAction(MainWindow &window, bool undo);
    // Undoes (undo = true) or redoes the next step showing it. False when there is none or the user said no.
    static bool step(MainWindow &window, bool undo);

private:
    static void show(MainWindow &window, const CommandScope &scope);
};

} // namespace parat
