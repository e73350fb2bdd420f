#include "StatusImportDialog.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "ImportFlow.h"
#include "RestorePointsDialog.h"
#include "Settings.h"

#include "commands/StatusImportCommands.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "services/StatusImport.h"
#include "storage/StatusMappingRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parat {

namespace {

enum PlanColumn
{
    RowColumn,
    SheetColumn,
    TaskColumn,
    MatchColumn,
    ChangeColumn,
    PlanColumnCount
};

constexpr int kRowRole = Qt::UserRole + 1;

// A change as the plan shows it; one the user left out says so in words (not by the check box alone).
QString changeText(const StatusImportRow &row, const QString &language)
{
    const QString changes = statusImportChanges(row, language).join(QStringLiteral("; "));
    return row.takeSheet ? changes : StatusImportDialog::tr("Left out: %1").arg(changes);
}

QString columnText(const SpreadsheetSheet &sheet, int headerRow, int column)
{
    const QString heading = sheet.cell(headerRow, column).display().simplified();
    return heading.isEmpty() ? spreadsheetColumnName(column)
                             : StatusImportDialog::tr("%1: %2").arg(spreadsheetColumnName(column), heading);
}

} // namespace

StatusImportDialog::StatusImportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Import Statuses"));
    auto *layout = new QVBoxLayout(this);
    addFileRows(layout);
    addColumnBoxes(layout);
    addWordsGroup(layout);
    addSaveRow(layout);
    addPlan(layout);
    connectReadingChoices();
    fillSavedMappings();
    showPlan();
    resize(900, 760);
}

// The file and how to read it: the file, a saved mapping, the sheet and its header row.
void StatusImportDialog::addFileRows(QVBoxLayout *layout)
{
    auto *top = new QGridLayout;
    layout->addLayout(top);
    m_file = importFileField(this, tr("No file chosen"));
    m_file->setAccessibleName(tr("File"));
    auto *choose = chooseFileButton(this, tr("&Choose File…"), [this] { chooseFile(); });
    choose->setAccessibleName(tr("Choose file"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    top->addWidget(fileLabel, 0, 0);
    top->addWidget(m_file, 0, 1, 1, 3);
    top->addWidget(choose, 0, 4);

    m_saved = new QComboBox(this);
    m_saved->setAccessibleName(tr("Saved column mapping"));
    auto *savedLabel = new QLabel(tr("Saved &mapping:"), this);
    savedLabel->setBuddy(m_saved);
    top->addWidget(savedLabel, 1, 0);
    top->addWidget(m_saved, 1, 1);
    m_sheet = new QComboBox(this);
    m_sheet->setAccessibleName(tr("Sheet"));
    auto *sheetLabel = new QLabel(tr("S&heet:"), this);
    sheetLabel->setBuddy(m_sheet);
    top->addWidget(sheetLabel, 1, 2);
    top->addWidget(m_sheet, 1, 3);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setRange(1, 1000);
    m_headerRow->setAccessibleName(tr("Header row"));
    auto *headerLabel = new QLabel(tr("Header &row:"), this);
    headerLabel->setBuddy(m_headerRow);
    auto *headerBox = new QHBoxLayout;
    headerBox->addWidget(headerLabel);
    headerBox->addWidget(m_headerRow);
    top->addLayout(headerBox, 1, 4);
}

// Which column holds what: a combo box for each role.
void StatusImportDialog::addColumnBoxes(QVBoxLayout *layout)
{
    auto *columnsGroup = new QGroupBox(tr("Columns"), this);
    auto *columnsGrid = new QGridLayout(columnsGroup);
    const QList<QPair<QString, QString>> roles {
        {QStringLiteral("key"), tr("Task &key:")},  {QStringLiteral("title"), tr("Task &title:")},
        {QStringLiteral("status"), tr("&Status:")}, {QStringLiteral("done"), tr("&Done on:")},
        {QStringLiteral("note"), tr("&Note:")},     {QStringLiteral("klik"), tr("Marked in K&LIK:")}};
    for (int i = 0; i < roles.size(); ++i) {
        auto *box = new QComboBox(columnsGroup);
        QString name = roles.at(i).second;
        name.remove(QLatin1Char('&'));
        name.chop(1); // the colon
        box->setAccessibleName(tr("Column of %1").arg(name.toLower()));
        auto *label = new QLabel(roles.at(i).second, columnsGroup);
        label->setBuddy(box);
        columnsGrid->addWidget(label, i / 3, (i % 3) * 2);
        columnsGrid->addWidget(box, i / 3, (i % 3) * 2 + 1);
        m_columns.append({roles.at(i).first, box});
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating) {
                fillWords();
                replan();
            }
        });
    }
    layout->addWidget(columnsGroup);
}

// The sheet's status words, filled in by fillWords().
void StatusImportDialog::addWordsGroup(QVBoxLayout *layout)
{
    auto *wordsGroup = new QGroupBox(tr("Status words of the sheet"), this);
    auto *wordsLayout = new QVBoxLayout(wordsGroup);
    auto *scroll = new QScrollArea(wordsGroup);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the word boxes inside take the focus, in order
    m_wordsBox = new QWidget(scroll);
    m_wordsForm = new QFormLayout(m_wordsBox);
    scroll->setWidget(m_wordsBox);
    scroll->setMaximumHeight(140);
    wordsLayout->addWidget(scroll);
    layout->addWidget(wordsGroup);
}

// Saving the mapping under a name.
void StatusImportDialog::addSaveRow(QVBoxLayout *layout)
{
    auto *saveRow = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name of the mapping"));
    m_name->setPlaceholderText(tr("KLIK export, superusers' sheet …"));
    auto *nameLabel = new QLabel(tr("Save mapping &as:"), this);
    nameLabel->setBuddy(m_name);
    m_save = new QPushButton(tr("Sa&ve Mapping"), this);
    m_save->setAccessibleName(tr("Save mapping"));
    connect(m_save, &QPushButton::clicked, this, &StatusImportDialog::saveMapping);
    connect(m_name, &QLineEdit::textChanged, this,
            [this] { m_context.setEditEnabled(m_save, !m_path.isEmpty() && validStatusMappingName(m_name->text())); });
    saveRow->addWidget(nameLabel);
    saveRow->addWidget(m_name, 1);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);
}

// The plan: the summary, the rows with their changes, the problems, the status and the buttons.
void StatusImportDialog::addPlan(QVBoxLayout *layout)
{
    m_summary = importMessageLabel(this, true);
    layout->addWidget(m_summary);
    auto *planLabel = new QLabel(
        tr("What the import d&oes (untick a change to leave it out; tick a conflict to take the sheet's value):"),
        this);
    m_planView = new QTreeWidget(this);
    m_planView->setColumnCount(PlanColumnCount);
    m_planView->setHeaderLabels({tr("Row"), tr("In the sheet"), tr("Task"), tr("Match"), tr("Change")});
    m_planView->setRootIsDecorated(true);
    m_planView->setUniformRowHeights(true);
    m_planView->setAccessibleName(tr("Import plan"));
    m_planView->header()->setStretchLastSection(true);
    planLabel->setBuddy(m_planView);
    connect(m_planView, &QTreeWidget::itemChanged, this, &StatusImportDialog::rowToggled);
    layout->addWidget(planLabel);
    layout->addWidget(m_planView, 3);
    m_problems = new QListWidget(this);
    m_problems->setAccessibleName(tr("Problems in the sheet"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(110);
    layout->addWidget(m_problems);

    m_status = importMessageLabel(this);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setAccessibleName(tr("Import"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_import, &QPushButton::clicked, this, &StatusImportDialog::importPlan);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

// A saved mapping, another sheet or another header row read the file again.
void StatusImportDialog::connectReadingChoices()
{
    connect(m_saved, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index <= 0)
            return;
        if (std::optional<StatusMapping> saved
            = StatusMappingRepository(m_context.database()).byName(m_saved->currentData().toString())) {
            m_name->setText(saved->name);
            applyMapping(*saved);
        }
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        if (const SpreadsheetSheet *sheet = m_book.sheet(m_sheet->currentText())) {
            StatusMapping guess = guessStatusMapping(*sheet);
            guess.words = m_words;
            applyMapping(guess);
        }
    });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating) {
            fillColumns();
            fillWords();
            replan();
        }
    });
}

QComboBox *StatusImportDialog::columnBox(const QString &role) const
{
    for (const auto &[name, box] : m_columns) {
        if (name == role)
            return box;
    }
    return nullptr;
}

QComboBox *StatusImportDialog::wordBox(const QString &word) const
{
    for (const auto &[name, box] : m_wordBoxes) {
        if (statusWordKey(name) == statusWordKey(word))
            return box;
    }
    return nullptr;
}

bool StatusImportDialog::chooseFile()
{
    return chooseImportFile(this, tr("Import Statuses"), tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
                            [this](const QString &path) { openFile(path); });
}

void StatusImportDialog::openFile(const QString &path)
{
    m_path = showImportFile(m_file, path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_book = readSpreadsheetFile(path);
    QApplication::restoreOverrideCursor();
    m_words.clear();
    fillSheets();
    if (m_book.ok() && !m_book.sheets.isEmpty())
        applyMapping(guessStatusMapping(m_book.sheets.constFirst()));
    else
        replan();
}

void StatusImportDialog::fillSavedMappings()
{
    m_updating = true;
    m_saved->clear();
    m_saved->addItem(tr("(from the headings)"));
    for (const StatusMapping &mapping : StatusMappingRepository(m_context.database()).all())
        m_saved->addItem(mapping.name, mapping.name);
    m_updating = false;
}

void StatusImportDialog::fillSheets()
{
    m_updating = true;
    m_sheet->clear();
    for (const SpreadsheetSheet &sheet : m_book.sheets)
        m_sheet->addItem(sheet.name);
    m_updating = false;
}

void StatusImportDialog::fillColumns()
{
    const SpreadsheetSheet *sheet = m_book.sheet(m_sheet->currentText());
    const bool was = m_updating;
    m_updating = true;
    for (const auto &[role, box] : m_columns) {
        const int current = box->currentData().isValid() ? box->currentData().toInt() : -1;
        box->clear();
        box->addItem(tr("(none)"), -1);
        if (sheet) {
            for (int c = 0; c < sheet->columnCount(); ++c)
                box->addItem(columnText(*sheet, m_headerRow->value() - 1, c), c);
        }
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
    m_updating = was;
}

void StatusImportDialog::fillWords()
{
    // What the user chose so far stays, also for words no longer in the column.
    for (const auto &[word, box] : m_wordBoxes) {
        const QString code = box->currentData().toString();
        if (code.isEmpty())
            m_words.remove(statusWordKey(word));
        else
            m_words.insert(statusWordKey(word), code);
    }
    while (m_wordsForm->rowCount() > 0)
        m_wordsForm->removeRow(0);
    m_wordBoxes.clear();
    const SpreadsheetSheet *sheet = m_book.sheet(m_sheet->currentText());
    if (!sheet)
        return;
    const StatusMapping current = mapping();
    for (const QString &word : statusWordsIn(*sheet, current)) {
        auto *box = new QComboBox(m_wordsBox);
        box->addItem(tr("(not mapped)"), QString());
        for (const Status status : allStatuses())
            box->addItem(statusName(status), statusCode(status));
        const std::optional<Status> known = current.statusOf(word);
        box->setCurrentIndex(known ? std::max(0, box->findData(statusCode(*known))) : 0);
        box->setAccessibleName(tr("Parat's status for \"%1\"").arg(word));
        auto *label = new QLabel(word, m_wordsBox);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(box);
        m_wordsForm->addRow(label, box);
        m_wordBoxes.append({word, box});
        connect(box, &QComboBox::currentIndexChanged, this, [this, word, box] {
            const QString code = box->currentData().toString();
            if (code.isEmpty())
                m_words.remove(statusWordKey(word));
            else
                m_words.insert(statusWordKey(word), code);
            replan();
        });
    }
    // The words come right after the columns for Tab, whenever they were made.
    QWidget *previous = m_columns.constLast().second;
    for (const auto &[word, box] : m_wordBoxes) {
        QWidget::setTabOrder(previous, box);
        previous = box;
    }
    QWidget::setTabOrder(previous, m_name);
}

void StatusImportDialog::applyMapping(const StatusMapping &mapping)
{
    m_updating = true;
    const int sheetIndex = m_sheet->findText(mapping.sheet);
    if (sheetIndex >= 0)
        m_sheet->setCurrentIndex(sheetIndex);
    else if (m_sheet->count() == 1)
        m_sheet->setCurrentIndex(0); // a CSV's one sheet, whatever the mapping called it
    m_headerRow->setValue(mapping.headerRow + 1);
    m_words = mapping.words;
    m_wordBoxes.clear();
    fillColumns();
    const QList<QPair<QString, int>> columns {
        {QStringLiteral("key"), mapping.columns.key},       {QStringLiteral("title"), mapping.columns.title},
        {QStringLiteral("status"), mapping.columns.status}, {QStringLiteral("done"), mapping.columns.doneOn},
        {QStringLiteral("note"), mapping.columns.note},     {QStringLiteral("klik"), mapping.columns.klik}};
    for (const auto &[role, column] : columns) {
        QComboBox *box = columnBox(role);
        box->setCurrentIndex(std::max(0, box->findData(column)));
    }
    m_updating = false;
    fillWords();
    replan();
}

StatusMapping StatusImportDialog::mapping() const
{
    StatusMapping m;
    m.name = m_name->text().trimmed();
    m.sheet = m_sheet->currentText();
    m.headerRow = m_headerRow->value() - 1;
    const auto column = [this](const QString &role) {
        const QComboBox *box = columnBox(role);
        return box->currentData().isValid() ? box->currentData().toInt() : -1;
    };
    m.columns.key = column(QStringLiteral("key"));
    m.columns.title = column(QStringLiteral("title"));
    m.columns.status = column(QStringLiteral("status"));
    m.columns.doneOn = column(QStringLiteral("done"));
    m.columns.note = column(QStringLiteral("note"));
    m.columns.klik = column(QStringLiteral("klik"));
    // Parat's own sheet: its hidden export columns are found by their headings, whatever else was chosen.
    if (const SpreadsheetSheet *sheet = m_book.sheet(m.sheet)) {
        const StatusMapping guess = guessStatusMapping(*sheet);
        if (guess.headerRow == m.headerRow) {
            m.columns.exportedAt = guess.columns.exportedAt;
            m.columns.exportedStatus = guess.columns.exportedStatus;
        }
    }
    m.words = m_words;
    return m;
}

void StatusImportDialog::replan()
{
    if (m_path.isEmpty()) {
        m_plan = StatusImportPlan();
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_plan = planStatusImport(m_context.database(), m_context.currentMunicipalityId(), m_book, mapping(),
                                  m_context.clock());
        QApplication::restoreOverrideCursor();
    }
    showPlan();
}

bool StatusImportDialog::planReady() const
{
    return !m_path.isEmpty() && m_plan.ok() && !m_plan.applying().isEmpty();
}

bool StatusImportDialog::canImport() const
{
    return planReady() && m_context.canEdit();
}

QString StatusImportDialog::summaryText() const
{
    return m_summary->text();
}

void StatusImportDialog::showPlan()
{
    m_updating = true;
    m_planView->clear();
    m_problems->clear();
    if (m_path.isEmpty()) {
        m_summary->setText(tr("Choose a status sheet, a KLIK export or another spreadsheet (.xlsx or CSV)."));
        m_status->setText(tr("Nothing has been changed."));
    } else if (!m_plan.ok()) {
        m_summary->setText(tr("%1 cannot be imported as it is read now.").arg(QFileInfo(m_path).fileName()));
        const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        for (const QString &error : m_plan.errors)
            new QListWidgetItem(errorIcon, tr("Error: %1").arg(error), m_problems);
        m_status->setText(tr("The sheet has %n problem(s). Map the columns and words, or correct the file and choose "
                             "it again. Nothing has been changed.",
                             nullptr, int(m_plan.errors.size())));
    } else {
        m_summary->setText(tr("%1: %2").arg(QFileInfo(m_path).fileName(), statusImportSummary(m_plan)));
        m_status->setText(m_plan.applying().isEmpty()
                              ? tr("The sheet changes no task. Nothing has been changed.")
                              : tr("Nothing has been changed yet. Import applies the ticked changes and "
                                   "conflicts as one step you can undo; a restore point is taken first."));
        showPlanRows();
    }
    m_problems->setVisible(m_problems->count() > 0);
    m_context.setEditEnabled(m_import, planReady());
    m_import->setDefault(canImport());
    m_context.setEditEnabled(m_save, !m_path.isEmpty() && validStatusMappingName(m_name->text()));
    m_updating = false;
}

// The plan's rows in one group per outcome, conflicts first; the unchanged ones folded.
void StatusImportDialog::showPlanRows()
{
    const QString language = currentLanguage();
    const QList<QPair<StatusImportRow::Outcome, QString>> groups {
        {StatusImportRow::Outcome::Conflict,
         tr("Conflicts: %n (changed in Parat after the sheet was made)", nullptr,
            m_plan.count(StatusImportRow::Outcome::Conflict))},
        {StatusImportRow::Outcome::Change, tr("Changes: %n", nullptr, m_plan.count(StatusImportRow::Outcome::Change))},
        {StatusImportRow::Outcome::NoMatch,
         tr("Without a task: %n", nullptr, m_plan.count(StatusImportRow::Outcome::NoMatch))},
        {StatusImportRow::Outcome::Unchanged,
         tr("Unchanged: %n", nullptr, m_plan.count(StatusImportRow::Outcome::Unchanged))}};
    for (const auto &[outcome, title] : groups) {
        auto *group = new QTreeWidgetItem(m_planView, {title});
        group->setFirstColumnSpanned(true);
        QFont groupFont = group->font(0);
        groupFont.setBold(true);
        group->setFont(0, groupFont);
        for (int i = 0; i < m_plan.rows.size(); ++i) {
            if (m_plan.rows.at(i).outcome == outcome)
                fillPlanItem(new QTreeWidgetItem(group), i, language);
        }
        group->setExpanded(outcome != StatusImportRow::Outcome::Unchanged);
    }
    for (int c = 0; c < ChangeColumn; ++c)
        m_planView->resizeColumnToContents(c);
}

// One sheet row of the plan: where it is, the task it matched and how, and what importing it would do; changes and
// conflicts get a tick box.
void StatusImportDialog::fillPlanItem(QTreeWidgetItem *item, int index, const QString &language)
{
    const StatusImportRow &row = m_plan.rows.at(index);
    item->setData(0, kRowRole, index);
    item->setText(RowColumn, QString::number(row.sheetRow + 1));
    QString sheetText = row.sheetKey.isEmpty() ? row.sheetTitle : row.sheetKey;
    if (!row.sheetStatus.isEmpty())
        sheetText += QStringLiteral(" — ") + row.sheetStatus;
    item->setText(SheetColumn, sheetText);
    item->setText(TaskColumn,
                  row.taskKey.isEmpty() ? QString() : QStringLiteral("%1  %2").arg(row.taskKey, row.taskTitle));
    switch (row.match) {
    case StatusImportRow::Match::Key:
        item->setText(MatchColumn, tr("key"));
        break;
    case StatusImportRow::Match::Title:
        item->setText(MatchColumn, tr("title, %1%").arg(row.certainty));
        break;
    case StatusImportRow::Match::None:
        item->setText(MatchColumn, tr("none"));
        break;
    }
    switch (row.outcome) {
    case StatusImportRow::Outcome::NoMatch:
        item->setText(ChangeColumn, row.reason);
        break;
    case StatusImportRow::Outcome::Conflict:
        item->setText(ChangeColumn,
                      tr("Parat: %1 (changed: %2). Sheet: %3. %4")
                          .arg(statusName(row.before.status), row.paratChange, statusName(row.after.status),
                               row.takeSheet ? tr("The sheet's value is taken.") : tr("Parat's value is kept.")));
        break;
    case StatusImportRow::Outcome::Change:
        item->setText(ChangeColumn, changeText(row, language));
        break;
    default:
        item->setText(ChangeColumn, statusImportChanges(row, language).join(QStringLiteral("; ")));
        break;
    }
    if (row.outcome == StatusImportRow::Outcome::Conflict || row.outcome == StatusImportRow::Outcome::Change) {
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(RowColumn, row.takeSheet ? Qt::Checked : Qt::Unchecked);
    }
    item->setToolTip(ChangeColumn, item->text(ChangeColumn));
}

void StatusImportDialog::rowToggled(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != RowColumn || !item->data(0, kRowRole).isValid())
        return;
    const int index = item->data(0, kRowRole).toInt();
    if (index < 0 || index >= m_plan.rows.size())
        return;
    StatusImportRow &row = m_plan.rows[index];
    if (row.outcome != StatusImportRow::Outcome::Conflict && row.outcome != StatusImportRow::Outcome::Change)
        return;
    row.takeSheet = item->checkState(RowColumn) == Qt::Checked;
    m_updating = true;
    if (row.outcome == StatusImportRow::Outcome::Change) {
        item->setText(ChangeColumn, changeText(row, currentLanguage()));
    } else {
        item->setText(ChangeColumn,
                      tr("Parat: %1 (changed: %2). Sheet: %3. %4")
                          .arg(statusName(row.before.status), row.paratChange, statusName(row.after.status),
                               row.takeSheet ? tr("The sheet's value is taken.") : tr("Parat's value is kept.")));
    }
    item->setToolTip(ChangeColumn, item->text(ChangeColumn));
    m_updating = false;
    m_context.setEditEnabled(m_import, planReady());
    m_import->setDefault(canImport());
}

bool StatusImportDialog::saveMapping()
{
    const StatusMapping m = mapping();
    if (!validStatusMappingName(m.name))
        return false;
    if (!m_context.push(new SaveStatusMapping(m_context.database(), m_context.clock(), m), this))
        return false;
    fillSavedMappings();
    m_updating = true;
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(m.name)));
    m_updating = false;
    m_status->setText(tr("The column mapping \"%1\" was saved.").arg(m.name));
    return true;
}

bool StatusImportDialog::importPlan()
{
    if (!canImport())
        return false;
    RestorePoint point;
    QString error;
    std::unique_ptr<ImportStatuses> command
        = prepareStatusImport(m_context.database(), m_context.clock(), m_plan, &point, &error);
    if (!command) {
        Dialogs::error(this, error);
        return false;
    }
    const int count = int(m_plan.applying().size());
    if (!m_context.push(command.release(), this)) {
        replan();
        return false;
    }
    Dialogs::information(this,
                         tr("The statuses of %n task(s) were imported from %1. Edit ▸ Undo takes them back; a "
                            "restore point was taken first (%2).",
                            nullptr, count)
                             .arg(QFileInfo(m_path).fileName(), RestorePointsDialog::timeText(point.takenAt)));
    accept();
    return true;
}

bool StatusImportDialog::run(AppContext &context, QWidget *parent)
{
    if (context.currentMunicipalityId() == 0) {
        Dialogs::error(parent, tr("Choose a municipality first: statuses are imported into the municipality shown."));
        return false;
    }
    StatusImportDialog dialog(context, parent);
    if (!dialog.chooseFile())
        return false;
    // Scripted, the summary is what is shown.
    return runImportDialog(dialog, dialog.summaryText(), [&dialog] { return dialog.importPlan(); });
}

} // namespace parat
