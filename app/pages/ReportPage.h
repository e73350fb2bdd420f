#pragma once

#include "domain/Types.h"
#include "report/StatusReport.h"
#include "storage/ReportRepository.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTextBrowser;
class QVBoxLayout;

namespace parat {

class DeferredReload;

class AppContext;

// The status report of the current municipality: a live preview of its A4 pages beside the texts the project
// leader writes for today's report (since the last report, next period, main problem, risks and decisions)
// and a manual traffic light with its required reason. "Apply" stores the texts as one undo step
// (SetReportNotes). Print… (QPrintPreviewDialog), Save as PDF…, Export HTML…, Export CSV… and
// "All municipalities…" (one PDF per municipality into a folder, with a cancellable progress dialog). Those are
// drafts and record nothing; "Mark as sent to the steering group" (MarkReportSent, one undo step) records the
// report as sent, so the next report lists what changed after it.
//
// Reloads on Database::changed() and AppContext::currentMunicipalityChanged() (lazily while hidden); texts
// being edited are kept until applied or reverted.
class ReportPage : public QWidget
{
    Q_OBJECT
public:
    // Asks for a folder; returns an empty string when the user cancels. Tests replace it.
    using FolderChooser = std::function<QString(QWidget *parent, const QString &title)>;

    explicit ReportPage(AppContext &context, QWidget *parent = nullptr);
    ~ReportPage() override;

    // Sections and signals of other modules (superusers, stakeholders); the preview is rebuilt.
    void setExtras(const ReportExtras &extras);
    static void setFolderChooser(FolderChooser chooser); // nullptr: QFileDialog::getExistingDirectory

    // Reads the report again for the current municipality and today (context.clock()).
    void reload();

    const StatusReportData &data() const { return m_data; }
    // Notes as currently in the form (not necessarily stored).
    ReportNotes editedNotes() const;
    bool hasUnappliedChanges() const { return m_edited; }
    int previewPageCount() const { return int(m_pageLabels.size()); }
    QList<QImage> previewImages() const { return m_pageImages; }
    // The report as text (the "Text" tab beside the pages): what a screen reader reads instead of the pictures.
    QTextBrowser *previewText() const { return m_previewText; }

    QPlainTextEdit *sinceLastEdit() const { return m_sinceLast; }
    QPlainTextEdit *nextPeriodEdit() const { return m_nextPeriod; }
    QPlainTextEdit *mainProblemEdit() const { return m_mainProblem; }
    QPlainTextEdit *risksEdit() const { return m_risks; }
    QPlainTextEdit *decisionsEdit() const { return m_decisions; }
    QComboBox *lightCombo() const { return m_light; }
    QLineEdit *overrideReasonEdit() const { return m_overrideReason; }
    QPushButton *applyButton() const { return m_apply; }

public slots:
    // Stores the edited texts as one undo step. False (with a message) when a manual light has no reason.
    bool applyNotes();
    // Puts the stored texts back into the form.
    void revertNotes();
    void printReport();
    bool savePdf();
    bool exportHtml();
    bool exportCsv();
    // One PDF per municipality into a folder; returns the number written.
    int exportAll();
    // Records today's report as sent to the steering group. False when there is no report or it failed.
    bool markSent();

signals:
    // After a file was written.
    void reportExported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The parts of the constructor.
    QHBoxLayout *buildButtonRow();
    QScrollArea *buildNotesForm(QWidget *splitter);
    void buildPreview(QWidget *splitter);
    void connectSignals();
    // In a window that may not edit: the notes readable, not editable.
    void showNotesReadOnly();
    void reloadLater();
    void retranslate();
    void fillForm(const ReportNotes &notes);
    void markEdited();
    void updatePreview();
    bool exportTo(const QString &title, const QString &filter, const QString &suffix, int format);

    AppContext &m_context;
    ReportExtras m_extras;
    StatusReportData m_data;
    bool m_haveData = false;
    DeferredReload *m_deferred = nullptr; // reloads when shown after changes made while hidden
    bool m_edited = false;
    // The texts the form was last filled from: what the typing started from. A save is checked against its
    // version, so texts another user saved while these were typed are not overwritten unseen (docs/team-mode.md).
    ReportNotes m_editBase;
    bool m_filling = false;

    QLabel *m_title = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_sinceLastLabel = nullptr;
    QLabel *m_nextPeriodLabel = nullptr;
    QLabel *m_mainProblemLabel = nullptr;
    QLabel *m_risksLabel = nullptr;
    QLabel *m_decisionsLabel = nullptr;
    QLabel *m_lightLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_sinceLast = nullptr;
    QPlainTextEdit *m_nextPeriod = nullptr;
    QPlainTextEdit *m_mainProblem = nullptr;
    QPlainTextEdit *m_risks = nullptr;
    QPlainTextEdit *m_decisions = nullptr;
    QComboBox *m_light = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_html = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_markSent = nullptr;
    QLabel *m_lastSent = nullptr;
    QScrollArea *m_previewArea = nullptr;
    QTabWidget *m_previewTabs = nullptr; // the pages, and the same report as text
    QTextBrowser *m_previewText = nullptr;
    QWidget *m_previewPages = nullptr;
    QVBoxLayout *m_previewLayout = nullptr;
    QList<QLabel *> m_pageLabels;
    QList<QImage> m_pageImages;
};

} // namespace parat
