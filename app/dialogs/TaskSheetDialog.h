#pragma once

#include "domain/Types.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace parat {

class AppContext;
struct PersonPlan;

// Task sheets (PDF) for one person, all people or all superusers of the current municipality: whose, the period
// (from an ISO week, for N weeks) and the folder; then one file per person (report/TaskSheet) with a progress bar
// and Stop for a batch. run() does it all and returns the files written, for the window's saved notice.
class TaskSheetDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr Id kAllPeople = -1;
    static constexpr Id kAllSuperusers = -2;

    TaskSheetDialog(AppContext &context, Id personId, QWidget *parent = nullptr);
    ~TaskSheetDialog() override;

    QComboBox *whoseCombo() const { return m_whose; }
    QLineEdit *fromEdit() const { return m_from; }
    QSpinBox *weeksSpin() const { return m_weeks; }
    QLineEdit *folderEdit() const { return m_folder; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *writeButton() const { return m_write; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *message() const { return m_message; }
    const QStringList &written() const { return m_written; }

    // Writes the sheets as chosen; false (the reason in message()) when the entry is wrong or a file fails.
    bool writeSheets();

    // Asks, writes and returns the files written (empty when closed without writing).
    static QStringList run(AppContext &context, QWidget *parent, Id personId);
    // Replaces the folder chooser (tests); nullptr: QFileDialog::getExistingDirectory.
    using FolderChooser = std::function<QString(QWidget *parent, const QString &title)>;
    static void setFolderChooser(FolderChooser chooser);
    // Called before each sheet of a batch (tests press Stop here); nullptr: nothing.
    static void setProgressHook(std::function<void(TaskSheetDialog *, int done)> hook);

private:
    void updatePeriod();
    void chooseFolder();

    AppContext &m_context;
    QComboBox *m_whose = nullptr;
    QLineEdit *m_from = nullptr;
    QSpinBox *m_weeks = nullptr;
    QLabel *m_period = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_close = nullptr;
    QStringList m_written;
    bool m_running = false;
    bool m_stopRequested = false;
};

} // namespace parat
