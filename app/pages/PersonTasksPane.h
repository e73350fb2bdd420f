#pragma once

#include "domain/Types.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace parat {

class AppContext;
class PersonTaskModel;

// "Tasks of a person", docked under the pages: everything one person of the current municipality is responsible for or
// performs, released and not closed, in three groups — this week, the next 2 weeks, later — each group row naming
// its task count and hours and the person's hours set aside against needed in its weeks (models/PersonTaskModel).
// Opened by "Show tasks of <name>" on the People, Superusers and Tasks pages (Ctrl+Shift+O) or from the View menu.
// Enter or a double click on a task opens it in the task list; "Task sheet (PDF)…" writes the person's sheet.
class PersonTasksPane : public QDockWidget
{
    Q_OBJECT
public:
    explicit PersonTasksPane(AppContext &context, QWidget *parent = nullptr);
    ~PersonTasksPane() override;

    // Shows the person's tasks, shows the pane and puts the focus on its table.
    void showPerson(Id personId);
    Id personId() const;
    PersonTaskModel *model() const { return m_model; }
    // The pane's widgets are made when it is first shown (or asked for here): the window starts with the pane hidden.
    QTableView *view() const;
    QComboBox *personCombo() const;
    QPushButton *sheetButton() const;
    QLabel *summary() const;
    bool contentMade() const { return m_view != nullptr; }

    void setVisible(bool visible) override;

signals:
    // Task sheets were written (each file), for the window's saved notice.
    void sheetsSaved(const QString &path);

private:
    void makeContent();
    void reload();
    void reloadPeople();
    void showTasks();
    void openCurrentTask();
    void writeSheet();

    AppContext &m_context;
    PersonTaskModel *m_model = nullptr;
    QComboBox *m_person = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_sheet = nullptr;
    Id m_wanted = 0;
};

} // namespace parat
