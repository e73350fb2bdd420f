#pragma once

#include "services/HandbookImport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace parat {

class AppContext;

// Imports a handbook file in the window: choose a file, see what importing it would do (a dry run: the merge
// plan as a tree of added, changed with old → new, withdrawn tasks and the unchanged count, or the file's
// problems with line and column), then Import applies exactly the checked file and reports the restore point
// taken before it. Nothing is written until Import is pressed.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(AppContext &context, QWidget *parent = nullptr);

    // Asks for a file (Dialogs::openFileName) and checks it; false when the user chose none.
    bool chooseFile();
    // Reads the file and shows the plan or the problems. Writes nothing. The label is reset to the file's
    // own version, or its base name.
    void checkFile(const QString &path);
    // Applies the checked file (after a successful check). Shows the outcome; true when imported.
    bool importChecked();

    bool canImport() const;
    QString label() const;
    void setLabel(const QString &label);
    const ImportOutcome &checked() const { return m_checked; }
    const ImportOutcome &imported() const { return m_imported; }
    QTreeWidget *planView() const { return m_plan; }
    QListWidget *problemView() const { return m_problems; }
    QString statusText() const;

    // The window's "Import handbook…": asks for a file, then shows the dialog. True when a version was
    // imported. Under Dialogs' test script no dialog opens: the next confirmation answers "Import?".
    static bool run(AppContext &context, QWidget *parent);

private:
    void showOutcome();

    AppContext &m_context;
    QString m_path;
    ImportOutcome m_checked;
    ImportOutcome m_imported;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_label = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_planLabel = nullptr;
    QTreeWidget *m_plan = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace parat
