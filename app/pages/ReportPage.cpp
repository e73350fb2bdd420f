#include "ReportPage.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "DeferredReload.h"
#include "Dialogs.h"

#include "commands/ReportCommands.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/ReportDocument.h"
#include "report/ReportWriter.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace parat {

namespace {

constexpr int kPreviewDpi = 80;

ReportPage::FolderChooser &folderChooser()
{
    static ReportPage::FolderChooser chooser;
    return chooser;
}

QStringList nonBlankLines(const QString &text)
{
    QStringList result;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

QPlainTextEdit *textEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

ReportPage::ReportPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *outer = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);

    QHBoxLayout *buttons = buildButtonRow();
    outer->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    QScrollArea *formArea = buildNotesForm(splitter);
    buildPreview(splitter);
    splitter->addWidget(formArea);
    splitter->addWidget(m_previewTabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 700});

    connectSignals();
    if (!m_context.canEdit())
        showNotesReadOnly();

    retranslate();
    reload();
}

// Print and the exports, then when the report was last sent and Mark as sent.
QHBoxLayout *ReportPage::buildButtonRow()
{
    auto *buttons = new QHBoxLayout;
    m_print = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_html = new QPushButton(this);
    m_csv = new QPushButton(this);
    m_all = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printReportButton"));
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    m_html->setObjectName(QStringLiteral("exportHtmlButton"));
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_all->setObjectName(QStringLiteral("exportAllButton"));
    for (QPushButton *button : {m_print, m_pdf, m_html, m_csv, m_all})
        buttons->addWidget(button);
    buttons->addStretch(1);
    // Files and prints are drafts; only this moves the "since the last report" baseline.
    m_lastSent = new QLabel(this);
    m_lastSent->setObjectName(QStringLiteral("lastSentLabel"));
    m_markSent = new QPushButton(this);
    m_markSent->setObjectName(QStringLiteral("markSentButton"));
    buttons->addWidget(m_lastSent);
    buttons->addWidget(m_markSent);
    return buttons;
}

// The texts of today's report.
QScrollArea *ReportPage::buildNotesForm(QWidget *splitter)
{
    auto *formArea = new QScrollArea(splitter);
    formArea->setWidgetResizable(true);
    formArea->setFrameShape(QFrame::NoFrame);
    noTabStop(formArea); // the fields inside take focus
    auto *formWidget = new QWidget(formArea);
    auto *formLayout = new QVBoxLayout(formWidget);
    m_formTitle = new QLabel(formWidget);
    m_formTitle->setWordWrap(true);
    formLayout->addWidget(m_formTitle);
    auto addField = [&](QLabel *&label, QWidget *field) {
        label = new QLabel(formWidget);
        label->setBuddy(field);
        formLayout->addWidget(label);
        formLayout->addWidget(field);
    };
    m_sinceLast = textEdit(formWidget, 3);
    m_nextPeriod = textEdit(formWidget, 3);
    m_mainProblem = textEdit(formWidget, 2);
    m_risks = textEdit(formWidget, 4);
    m_decisions = textEdit(formWidget, 3);
    addField(m_sinceLastLabel, m_sinceLast);
    addField(m_nextPeriodLabel, m_nextPeriod);
    addField(m_mainProblemLabel, m_mainProblem);
    addField(m_risksLabel, m_risks);
    addField(m_decisionsLabel, m_decisions);
    m_light = new QComboBox(formWidget);
    for (int i = 0; i < 4; ++i)
        m_light->addItem(QString(), i - 1); // -1: computed; else int(Light)
    addField(m_lightLabel, m_light);
    m_overrideReason = new QLineEdit(formWidget);
    addField(m_reasonLabel, m_overrideReason);
    auto *applyRow = new QHBoxLayout;
    m_apply = new QPushButton(formWidget);
    m_revert = new QPushButton(formWidget);
    m_revert->setObjectName(QStringLiteral("revertNotesButton"));
    applyRow->addWidget(m_apply);
    applyRow->addWidget(m_revert);
    applyRow->addStretch(1);
    formLayout->addLayout(applyRow);
    formLayout->addStretch(1);
    formArea->setWidget(formWidget);
    return formArea;
}

// The pages, as the PDF will print them, and the same report as text.
void ReportPage::buildPreview(QWidget *splitter)
{
    m_previewArea = new QScrollArea(splitter);
    m_previewArea->setWidgetResizable(true);
    m_previewArea->setBackgroundRole(QPalette::Dark);
    m_previewArea->setFocusPolicy(Qt::StrongFocus);
    m_previewPages = new QWidget(m_previewArea);
    m_previewLayout = new QVBoxLayout(m_previewPages);
    m_previewLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_previewLayout->setSpacing(12);
    m_previewArea->setWidget(m_previewPages);
    // The same report as text, for screen readers and anyone who would rather read than look at pages.
    m_previewText = new QTextBrowser(splitter);
    m_previewText->setObjectName(QStringLiteral("reportText"));
    m_previewText->setOpenLinks(false);
    m_previewTabs = new PageTabWidget(splitter);
    m_previewTabs->setObjectName(QStringLiteral("previewTabs"));
    m_previewTabs->addTab(m_previewArea, QString());
    m_previewTabs->addTab(m_previewText, QString());
}

void ReportPage::connectSignals()
{
    for (QPlainTextEdit *edit : {m_sinceLast, m_nextPeriod, m_mainProblem, m_risks, m_decisions})
        connect(edit, &QPlainTextEdit::textChanged, this, &ReportPage::markEdited);
    connect(m_light, &QComboBox::currentIndexChanged, this, [this] {
        m_overrideReason->setEnabled(m_light->currentData().toInt() >= 0);
        markEdited();
    });
    connect(m_overrideReason, &QLineEdit::textChanged, this, &ReportPage::markEdited);
    connect(m_apply, &QPushButton::clicked, this, &ReportPage::applyNotes);
    connect(m_revert, &QPushButton::clicked, this, &ReportPage::revertNotes);
    connect(m_print, &QPushButton::clicked, this, &ReportPage::printReport);
    connect(m_pdf, &QPushButton::clicked, this, &ReportPage::savePdf);
    connect(m_html, &QPushButton::clicked, this, &ReportPage::exportHtml);
    connect(m_csv, &QPushButton::clicked, this, &ReportPage::exportCsv);
    connect(m_all, &QPushButton::clicked, this, &ReportPage::exportAll);
    connect(m_markSent, &QPushButton::clicked, this, &ReportPage::markSent);
    m_deferred = new DeferredReload(this, [this] { reload(); });
    connect(&m_context.database(), &Database::changed, this, &ReportPage::reloadLater);
    connect(&m_context.database(), &Database::restored, this, &ReportPage::reloadLater);
    connect(&m_context, &AppContext::currentMunicipalityChanged, this, &ReportPage::reloadLater);
}

void ReportPage::showNotesReadOnly()
{
    // The texts and the manual light are stored in the database: readable, not editable. Exports stay.
    for (QPlainTextEdit *edit : {m_sinceLast, m_nextPeriod, m_mainProblem, m_risks, m_decisions}) {
        edit->setReadOnly(true);
        edit->setToolTip(m_context.editRefusal());
    }
    m_overrideReason->setReadOnly(true);
    m_overrideReason->setToolTip(m_context.editRefusal());
    m_context.setEditEnabled(m_light, false);
}

ReportPage::~ReportPage() = default;

void ReportPage::setExtras(const ReportExtras &extras)
{
    m_extras = extras;
    reloadLater();
}

void ReportPage::setFolderChooser(FolderChooser chooser)
{
    folderChooser() = std::move(chooser);
}

void ReportPage::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_html->setText(tr("Export &HTML…"));
    m_csv->setText(tr("Export C&SV…"));
    m_all->setText(tr("All m&unicipalities…"));
    m_all->setToolTip(tr("Save one PDF report per municipality into a folder"));
    m_markSent->setText(tr("Mark as sent to the steering &group"));
    m_markSent->setToolTip(tr("Record today's report as the one sent: the next report lists the changes made "
                              "after it. Previews, prints and saved files are drafts and record nothing."));
    m_sinceLastLabel->setText(tr("Since the &last report:"));
    m_nextPeriodLabel->setText(tr("&Next period:"));
    m_mainProblemLabel->setText(tr("Main &problem:"));
    m_risksLabel->setText(tr("R&isks (one per line):"));
    m_decisionsLabel->setText(tr("D&ecisions for the steering group (one per line):"));
    m_lightLabel->setText(tr("Traffic &light:"));
    m_reasonLabel->setText(tr("&Reason for the manual light:"));
    m_light->setItemText(0, tr("As the rules say"));
    m_light->setItemText(1, tr("Green (set manually)"));
    m_light->setItemText(2, tr("Yellow (set manually)"));
    m_light->setItemText(3, tr("Red (set manually)"));
    m_apply->setText(tr("&Apply"));
    m_revert->setText(tr("Re&vert"));
    m_previewArea->setAccessibleName(tr("Report preview"));
    m_previewArea->setAccessibleDescription(
        tr("The pages as they will be printed, as pictures. The tab \"Text\" has the same report as text."));
    m_previewTabs->setTabText(0, tr("Pa&ges"));
    m_previewTabs->setTabText(1, tr("Te&xt"));
    m_previewText->setAccessibleName(tr("Report as text"));
    m_overrideReason->setPlaceholderText(tr("Required when the light is set manually"));
}

void ReportPage::reloadLater()
{
    m_deferred->request();
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reloadLater();
    }
    QWidget::changeEvent(event);
}

void ReportPage::reload()
{
    const Id id = m_context.currentMunicipalityId();
    QString error;
    m_haveData = id != 0
        && gatherStatusReport(m_context.database(), m_context.clock(), {id, QDate(), currentLanguage()}, m_extras,
                              &m_data, &error);
    for (QPushButton *button : {m_print, m_pdf, m_html, m_csv})
        button->setEnabled(m_haveData);
    m_context.setEditEnabled(m_markSent, m_haveData);
    m_lastSent->setText(!m_haveData ? QString()
                            : m_data.previous
                            ? tr("Last report sent: %1")
                                  .arg(formatDate(m_data.previous->takenAt.toLocalTime().date(), currentLanguage()))
                            : tr("No report sent yet"));
    m_context.setEditEnabled(m_apply, m_haveData && m_edited);
    m_context.setEditEnabled(m_revert, m_haveData && m_edited);
    if (!m_haveData) {
        m_data = StatusReportData();
        m_title->setText(tr("Status report: choose a municipality"));
        m_formTitle->clear();
        if (!m_edited)
            fillForm(ReportNotes());
        updatePreview();
        return;
    }
    const QString language = currentLanguage();
    m_title->setText(tr("Status report: %1 %2").arg(m_data.municipality.code, m_data.municipality.name));
    m_formTitle->setText(tr("Texts of the report of %1").arg(formatDate(m_data.reportDate, language)));
    // Texts being edited stay until they are applied or reverted (a reload must not eat typing).
    if (!m_edited || m_data.notes.municipalityId != editedNotes().municipalityId)
        fillForm(m_data.notes);
    updatePreview();
}

void ReportPage::fillForm(const ReportNotes &notes)
{
    m_editBase = notes;
    m_filling = true;
    m_sinceLast->setPlainText(notes.sinceLast);
    m_nextPeriod->setPlainText(notes.nextPeriod);
    m_mainProblem->setPlainText(notes.mainProblem);
    m_risks->setPlainText(notes.risks.join(QLatin1Char('\n')));
    m_decisions->setPlainText(notes.decisions.join(QLatin1Char('\n')));
    m_light->setCurrentIndex(notes.lightOverride ? int(*notes.lightOverride) + 1 : 0);
    m_overrideReason->setText(notes.overrideReason);
    m_overrideReason->setEnabled(notes.lightOverride.has_value());
    m_filling = false;
    m_edited = false;
    m_context.setEditEnabled(m_apply, false);
    m_context.setEditEnabled(m_revert, false);
}

void ReportPage::markEdited()
{
    if (m_filling)
        return;
    m_edited = !editedNotes().sameContent(m_editBase);
    m_context.setEditEnabled(m_apply, m_haveData && m_edited);
    m_context.setEditEnabled(m_revert, m_haveData && m_edited);
}

ReportNotes ReportPage::editedNotes() const
{
    ReportNotes notes = m_editBase;
    notes.sinceLast = m_sinceLast->toPlainText().trimmed();
    notes.nextPeriod = m_nextPeriod->toPlainText().trimmed();
    notes.mainProblem = m_mainProblem->toPlainText().trimmed();
    notes.risks = nonBlankLines(m_risks->toPlainText());
    notes.decisions = nonBlankLines(m_decisions->toPlainText());
    const int light = m_light->currentData().toInt();
    notes.lightOverride = light >= 0 ? std::optional<Light>(Light(light)) : std::nullopt;
    notes.overrideReason = notes.lightOverride ? m_overrideReason->text().trimmed() : QString();
    return notes;
}

bool ReportPage::applyNotes()
{
    if (!m_context.canEdit() || !m_haveData)
        return false;
    const ReportNotes after = editedNotes();
    if (after.lightOverride && after.overrideReason.isEmpty()) {
        Dialogs::error(this,
                       tr("A manual traffic light needs a written reason. Write why the light differs from "
                          "what the rules say, or choose \"As the rules say\"."));
        m_overrideReason->setFocus();
        return false;
    }
    if (after.sameContent(m_editBase)) {
        m_edited = false;
        return true;
    }
    m_edited = false; // the reload after the write fills the form from the database
    if (!m_context.push(new SetReportNotes(m_context.database(), m_context.clock(), m_editBase, after), this)) {
        // Refused (the message says why) or not stored: the typing is put back (a reload during the refusal filled
        // the form from the plan). Refused because someone else saved texts meanwhile, the form now builds on theirs,
        // so saving again is a choice made knowing of them (Revert shows them).
        reload();
        const ReportNotes base = m_haveData && m_data.notes.version != m_editBase.version ? m_data.notes : m_editBase;
        fillForm(after);
        m_editBase = base;
        markEdited();
        return false;
    }
    return true;
}

void ReportPage::revertNotes()
{
    fillForm(m_data.notes);
}

void ReportPage::updatePreview()
{
    qDeleteAll(m_pageLabels);
    m_pageLabels.clear();
    m_pageImages.clear();
    if (!m_haveData) {
        m_previewText->clear();
        return;
    }
    const ReportContent content = statusReportContent(m_data);
    {
        // The text view reads the same blocks as the pages; pictures (the stakeholder map) become their
        // alternative text, which the blocks carry for exactly this.
        ReportContent readable = content;
        for (ReportBlock &block : readable.blocks) {
            if (block.kind == ReportBlock::Kind::Picture || block.kind == ReportBlock::Kind::Drawing)
                block = ReportBlock::paragraph(block.text);
        }
        const int scroll = m_previewText->verticalScrollBar()->value();
        m_previewText->setHtml(ReportWriter::html(readable));
        m_previewText->verticalScrollBar()->setValue(scroll);
    }
    ReportDocument document(content);
    m_pageImages = document.renderPages(kPreviewDpi);
    for (int i = 0; i < m_pageImages.size(); ++i) {
        auto *label = new QLabel(m_previewPages);
        label->setPixmap(QPixmap::fromImage(m_pageImages.at(i)));
        label->setFrameShape(QFrame::Box);
        label->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(m_pageImages.size()));
        m_previewLayout->addWidget(label, 0, Qt::AlignHCenter);
        m_pageLabels.append(label);
    }
}

void ReportPage::printReport()
{
    if (!m_haveData)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(statusReportContent(m_data).title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print status report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        ReportDocument document(statusReportContent(m_data));
        QString error;
        document.print(target, &error);
    });
    dialog.exec(); // a print is a draft: only "Mark as sent" records the report as sent
}

bool ReportPage::markSent()
{
    if (!m_context.canEdit())
        return false;
    reload(); // the report as it stands now
    if (!m_haveData)
        return false;
    const QString name = QStringLiteral("%1 %2").arg(m_data.municipality.code, m_data.municipality.name);
    return m_context.push(new MarkReportSent(m_context.database(), snapshotOf(m_data, QStringLiteral("sent")), name),
                          this);
}

bool ReportPage::exportTo(const QString &title, const QString &filter, const QString &suffix, int format)
{
    if (!m_haveData)
        return false;
    const QString suggested = QDir::home().filePath(reportFileName(m_data.municipality, ReportFormat(format)));
    QString path = Dialogs::saveFileName(this, title, suggested, filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    ExportOptions options;
    options.format = ReportFormat(format);
    options.language = currentLanguage();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A draft: options.recordSnapshot stays off (only "Mark as sent" records the report as sent).
    const bool ok = exportStatusReport(m_context.database(), m_context.clock(), m_data.municipality.id, path, options,
                                       m_extras, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        Dialogs::error(this, error);
        return false;
    }
    emit reportExported(path);
    return true;
}

bool ReportPage::savePdf()
{
    return exportTo(tr("Save status report as PDF"), tr("PDF files (*.pdf)"), QStringLiteral("pdf"),
                    int(ReportFormat::Pdf));
}

bool ReportPage::exportHtml()
{
    return exportTo(tr("Export status report as HTML"), tr("HTML files (*.html *.htm)"), QStringLiteral("html"),
                    int(ReportFormat::Html));
}

bool ReportPage::exportCsv()
{
    return exportTo(tr("Export task list as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
                    int(ReportFormat::Csv));
}

int ReportPage::exportAll()
{
    const QString title = tr("Folder for the reports of all municipalities");
    const QString folder = folderChooser() ? folderChooser()(this, title)
                                           : QFileDialog::getExistingDirectory(this, title, QDir::homePath());
    if (folder.isEmpty())
        return 0;
    QProgressDialog progress(tr("Writing status reports…"), tr("Cancel"), 0, 1, this);
    progress.setWindowTitle(tr("All municipalities"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    ExportOptions options;
    options.language = currentLanguage();
    QStringList written;
    bool cancelled = false;
    QString error;
    // Drafts as well: options.recordSnapshot stays off.
    const bool ok = exportAllStatusReports(
        m_context.database(), m_context.clock(), folder, options, m_extras,
        [&progress](int done, int total, const QString &name) {
            progress.setMaximum(std::max(1, total));
            progress.setValue(done);
            if (!name.isEmpty())
                progress.setLabelText(tr("Writing the report of %1…").arg(name));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        },
        &written, &cancelled, &error);
    progress.reset();
    if (!ok)
        Dialogs::error(this, error);
    else if (cancelled)
        Dialogs::information(this, tr("Cancelled after %n report(s).", "", int(written.size())));
    else
        Dialogs::information(
            this, tr("%n report(s) written to %1.", "", int(written.size())).arg(QDir::toNativeSeparators(folder)));
    for (const QString &path : written)
        emit reportExported(path);
    return int(written.size());
}

} // namespace parat
