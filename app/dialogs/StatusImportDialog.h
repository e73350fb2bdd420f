#pragma once

#include "domain/StatusImport.h"
#include "handbook/SpreadsheetReader.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace parat {

class AppContext;

// File ▸ Import statuses… (docs/spreadsheets.md "Importing statuses"): choose an .xlsx or CSV file, then say how to
// read it — a saved mapping, or the sheet, the header row, which column holds the key, title, status, done date,
// note and KLIK mark, and what the sheet's status words mean — and see the plan at once: each row's task with the
// match's certainty, what changes, the conflicts (the user ticks a conflict to take the sheet's value) and the rows
// without a task. Import applies the plan as one undo step after a restore point; nothing is written before.
// The mapping can be saved by name for the next sheet of the same kind.
class StatusImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StatusImportDialog(AppContext &context, QWidget *parent = nullptr);

    // Asks for a file (Dialogs::openFileName); false when the user chose none.
    bool chooseFile();
    // Reads the file, guesses the mapping from its headings (or takes Parat's status sheet as it is) and plans.
    void openFile(const QString &path);
    // Applies the plan (conflicts as ticked). True when statuses were imported.
    bool importPlan();
    // Saves the mapping under the name typed (an undo step). True when saved.
    bool saveMapping();

    StatusMapping mapping() const;
    const StatusImportPlan &plan() const { return m_plan; }
    bool canImport() const;
    // A file is read and its plan changes something (canImport() without the window's editability).
    bool planReady() const;
    QString summaryText() const;

    QComboBox *savedMappings() const { return m_saved; }
    QComboBox *sheetBox() const { return m_sheet; }
    QSpinBox *headerRowBox() const { return m_headerRow; }
    // The column combo of a role: "key", "title", "status", "done", "note", "klik".
    QComboBox *columnBox(const QString &role) const;
    // The status combo of a word of the sheet; nullptr when the sheet has no such word.
    QComboBox *wordBox(const QString &word) const;
    QTreeWidget *planView() const { return m_planView; }
    QListWidget *problemView() const { return m_problems; }
    QLineEdit *mappingName() const { return m_name; }
    QPushButton *importButton() const { return m_import; }

    // The window's action: asks for a file, then shows the dialog. True when statuses were imported. Under
    // Dialogs' test script the dialog is not shown.
    static bool run(AppContext &context, QWidget *parent);

private:
    void addFileRows(QVBoxLayout *layout);
    void addColumnBoxes(QVBoxLayout *layout);
    void addWordsGroup(QVBoxLayout *layout);
    void addSaveRow(QVBoxLayout *layout);
    void addPlan(QVBoxLayout *layout);
    void connectReadingChoices();
    void fillSheets();
    void fillColumns();
    void fillWords();
    void fillSavedMappings();
    void applyMapping(const StatusMapping &mapping);
    void replan();
    void showPlan();
    void showPlanRows();
    void fillPlanItem(QTreeWidgetItem *item, int index, const QString &language);
    void rowToggled(QTreeWidgetItem *item, int column);

    AppContext &m_context;
    QString m_path;
    SpreadsheetBook m_book;
    StatusImportPlan m_plan;
    QMap<QString, QString> m_words; // the word mapping beyond Parat's own words
    bool m_updating = false;
    QLineEdit *m_file = nullptr;
    QComboBox *m_saved = nullptr;
    QComboBox *m_sheet = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QList<QPair<QString, QComboBox *>> m_columns;
    QWidget *m_wordsBox = nullptr;
    QFormLayout *m_wordsForm = nullptr;
    QList<QPair<QString, QComboBox *>> m_wordBoxes;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_planView = nullptr;
    QListWidget *m_problems = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace parat
