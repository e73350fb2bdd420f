#include "UndoNavigation.h"

#include "AppContext.h"
#include "CommunicationPlanPage.h"
#include "Dialogs.h"
#include "GoLiveReadinessPage.h"
#include "MainWindow.h"
#include "PeoplePage.h"
#include "StakeholderPage.h"
#include "SuperuserPage.h"
#include "TasksPage.h"

#include "commands/Command.h"
#include "storage/MunicipalityRepository.h"

#include <QAction>
#include <QPointer>
#include <QUndoStack>

namespace parat {

QAction *UndoNavigation::createAction(MainWindow &window, bool undo)
{
    AppContext &context = window.context();
    QUndoStack *stack = context.undoStack();
    auto *action = new QAction(undo ? tr("&Undo") : tr("&Redo"), &window);
    action->setObjectName(undo ? QStringLiteral("undoAction") : QStringLiteral("redoAction"));
    action->setShortcuts(undo ? MainWindow::undoShortcuts() : MainWindow::redoShortcuts());
    const auto setText = [action, undo](const QString &text) {
        if (text.isEmpty())
            action->setText(undo ? tr("&Undo") : tr("&Redo"));
        else
            action->setText(undo ? tr("&Undo %1").arg(text) : tr("&Redo %1").arg(text));
    };
    // The stack is the context's child and empties itself when the context is destroyed: the connection is
    // the context's, so it ends before that, and the action may already be gone.
    const QPointer<QAction> guarded(action);
    const auto setEnabled = [guarded, &context](bool can) {
        if (guarded)
            context.setEditEnabled(guarded.data(), can);
    };
    setText(undo ? stack->undoText() : stack->redoText());
    setEnabled(undo ? stack->canUndo() : stack->canRedo());
    QObject::connect(stack, undo ? &QUndoStack::undoTextChanged : &QUndoStack::redoTextChanged, action, setText);
    QObject::connect(stack, undo ? &QUndoStack::canUndoChanged : &QUndoStack::canRedoChanged, &context, setEnabled);
    QObject::connect(action, &QAction::triggered, &window, [&window, undo] { step(window, undo); });
    return action;
}

bool UndoNavigation::step(MainWindow &window, bool undo)
{
    QUndoStack *stack = window.context().undoStack();
    if (undo ? !stack->canUndo() : !stack->canRedo())
        return false;
    const auto *command = dynamic_cast<const Command *>(stack->command(undo ? stack->index() - 1 : stack->index()));
    const CommandScope scope = command ? command->scope() : CommandScope();
    const QString text = undo ? stack->undoText() : stack->redoText();

    // First where it happens, so what the question (or the change) is about is in view.
    show(window, scope);
    const bool removesMunicipality = undo ? scope.municipalityRemovedByUndo : scope.municipalityRemovedByRedo;
    const int rows = undo ? scope.rowsRemovedByUndo : scope.rowsRemovedByRedo;
    if (removesMunicipality || rows > 1) {
        QString question;
        if (removesMunicipality) {
            const auto municipality = MunicipalityRepository(window.context().database()).byId(scope.municipalityId);
            const QString name
                = municipality ? QStringLiteral("%1 %2").arg(municipality->code, municipality->name) : QString();
            question = undo
                ? tr("Undo \"%1\"? This removes the municipality %2 with everything recorded for it.").arg(text, name)
                : tr("Redo \"%1\"? This removes the municipality %2 with everything recorded for it.").arg(text, name);
        } else {
            question = undo ? tr("Undo \"%1\"? This removes %n row(s).", "", rows).arg(text)
                            : tr("Redo \"%1\"? This removes %n row(s).", "", rows).arg(text);
        }
        if (!Dialogs::confirm(&window, undo ? tr("Undo") : tr("Redo"), question))
            return false;
    }
    if (undo)
        stack->undo();
    else
        stack->redo();
    // Then the result: rows that came back or changed are selected; the ids of rows added again are the same.
    show(window,
         command && stack->command(undo ? stack->index() : stack->index() - 1) == command ? command->scope() : scope);
    return true;
}

void UndoNavigation::show(MainWindow &window, const CommandScope &scope)
{
    AppContext &context = window.context();
    if (scope.municipalityId != 0 && scope.municipalityId != context.currentMunicipalityId()
        && MunicipalityRepository(context.database()).byId(scope.municipalityId))
        context.setCurrentMunicipalityId(scope.municipalityId);
    if (scope.municipalityId != 0 && context.currentMunicipalityId() != scope.municipalityId)
        return; // the municipality is gone (the step removed it): nothing of it to show
    const Id first = scope.ids.isEmpty() ? 0 : scope.ids.first();
    switch (scope.page) {
    case CommandScope::Page::None:
        break;
    case CommandScope::Page::Overview:
        window.showPage(MainWindow::Page::Overview);
        break;
    case CommandScope::Page::Tasks:
        window.showPage(MainWindow::Page::Tasks);
        window.tasksPage()->showTasks(scope.ids);
        break;
    case CommandScope::Page::People:
        window.showPage(MainWindow::Page::People);
        if (first)
            window.peoplePage()->selectPerson(first);
        break;
    case CommandScope::Page::Superusers:
        window.showPage(MainWindow::Page::Superusers);
        if (scope.personId)
            window.superuserPage()->selectPerson(scope.personId);
        if (first)
            window.superuserPage()->selectAllocation(first);
        break;
    case CommandScope::Page::Stakeholders:
        window.showPage(MainWindow::Page::Stakeholders);
        if (first)
            window.stakeholderPage()->selectStakeholder(first);
        break;
    case CommandScope::Page::Communication:
        window.showPage(MainWindow::Page::Communication);
        if (first)
            window.communicationPage()->selectItem(first);
        break;
    case CommandScope::Page::Report:
        window.showPage(MainWindow::Page::Report);
        break;
    case CommandScope::Page::Readiness:
        window.showPage(MainWindow::Page::Readiness);
        if (first)
            window.readinessPage()->selectCriterion(first);
        break;
    }
}

} // namespace parat
