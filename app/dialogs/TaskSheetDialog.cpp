#include "TaskSheetDialog.h"

#include "AppContext.h"
#include "Dialogs.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/TaskSheet.h"
#include "services/PersonTasksLoader.h"
#include "storage/PersonRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parat {

namespace {

TaskSheetDialog::FolderChooser &folderChooser()
{
    static TaskSheetDialog::FolderChooser chooser;
    return chooser;
}

std::function<void(TaskSheetDialog *, int)> &progressHook()
{
    static std::function<void(TaskSheetDialog *, int)> hook;
    return hook;
}

QString isoWeekText(int key)
{
    return QStringLiteral("%1-W%2").arg(weekKeyYear(key)).arg(weekKeyWeek(key), 2, 10, QLatin1Char('0'));
}

} // namespace

TaskSheetDialog::TaskSheetDialog(AppContext &context, Id personId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("taskSheetDialog"));
    setWindowTitle(tr("Task Sheets"));

    m_whose = new QComboBox(this);
    m_whose->setAccessibleName(tr("Whose task sheets"));
    m_whose->addItem(tr("All people"), kAllPeople);
    m_whose->addItem(tr("All superusers"), kAllSuperusers);
    for (const Person &person : PersonRepository(context.database()).forMunicipality(context.currentMunicipalityId()))
        m_whose->addItem(person.name, person.id);
    m_whose->setCurrentIndex(std::max(0, m_whose->findData(personId)));

    const int thisWeek = weekKey(context.clock().today());
    m_from = new QLineEdit(isoWeekText(thisWeek), this);
    m_from->setAccessibleName(tr("First week (ISO week, such as 2026-W50)"));
    m_weeks = new QSpinBox(this);
    m_weeks->setRange(1, 52);
    m_weeks->setValue(4);
    m_weeks->setSuffix(tr(" weeks"));
    m_weeks->setAccessibleName(tr("Number of weeks"));
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("taskSheetPeriod"));

    m_folder = new QLineEdit(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("Parat-opgaveark"))), this);
    m_folder->setAccessibleName(tr("Folder for the task sheets"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAccessibleName(tr("Choose the folder"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Whose:"), m_whose);
    form->addRow(tr("&From week:"), m_from);
    form->addRow(tr("&Number of weeks:"), m_weeks);
    form->addRow(QString(), m_period);
    form->addRow(tr("F&older:"), folderRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(folderRow)))
        label->setBuddy(m_folder);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Task sheets written"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_message = Dialogs::validationLabel(this);

    m_buttons = new QDialogButtonBox(this);
    m_write = m_buttons->addButton(tr("W&rite Task Sheets"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("writeTaskSheetsButton"));
    m_write->setDefault(true);
    m_stop = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopTaskSheetsButton"));
    m_stop->hide(); // shown while a batch runs
    m_close = m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_from, &QLineEdit::textChanged, this, &TaskSheetDialog::updatePeriod);
    connect(m_weeks, &QSpinBox::valueChanged, this, &TaskSheetDialog::updatePeriod);
    connect(m_browse, &QPushButton::clicked, this, &TaskSheetDialog::chooseFolder);
    connect(m_write, &QPushButton::clicked, this, [this] {
        if (!m_running && writeSheets())
            accept();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] { m_stopRequested = true; });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (!m_running)
            reject();
    });
    updatePeriod();
}

TaskSheetDialog::~TaskSheetDialog() = default;

void TaskSheetDialog::updatePeriod()
{
    const int from = TaskSheet::parseWeek(m_from->text(), isoWeekYear(m_context.clock().today()));
    if (from == 0) {
        m_period->setText(tr("Write the first week as an ISO week, such as 2026-W50."));
        return;
    }
    TaskSheetPeriod period;
    period.fromWeek = from;
    period.weeks = m_weeks->value();
    const QString language = currentLanguage();
    m_period->setText(tr("%1 (%2 to %3)")
                          .arg(weekRangeLabel(period.fromWeek, period.toWeek()), formatDate(period.start(), language),
                               formatDate(period.end(), language)));
}

void TaskSheetDialog::chooseFolder()
{
    const QString title = tr("Folder for the task sheets");
    const QString folder = folderChooser() ? folderChooser()(this, title)
                                           : QFileDialog::getExistingDirectory(this, title, m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

bool TaskSheetDialog::writeSheets()
{
    m_written.clear();
    m_message->hide();
    const auto problem = [this](const QString &text) {
        m_message->setText(text);
        m_message->show();
        return false;
    };
    TaskSheetPeriod period;
    period.fromWeek = TaskSheet::parseWeek(m_from->text(), isoWeekYear(m_context.clock().today()));
    period.weeks = m_weeks->value();
    if (period.fromWeek == 0) {
        m_from->setFocus();
        return problem(tr("The first week must be an ISO week, such as 2026-W50."));
    }
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        m_folder->setFocus();
        return problem(tr("Choose the folder for the task sheets."));
    }
    const std::optional<PersonPlan> plan
        = loadPersonPlan(m_context.database(), m_context.currentMunicipalityId(), m_context.clock().today());
    if (!plan)
        return problem(tr("Choose a municipality first."));
    const Id whose = m_whose->currentData().toLongLong();
    QList<Person> people;
    if (whose == kAllPeople)
        people = TaskSheet::peopleOf(*plan, SheetPeople::All);
    else if (whose == kAllSuperusers)
        people = TaskSheet::peopleOf(*plan, SheetPeople::Superusers);
    else if (const std::optional<Person> person = plan->person(whose))
        people = {*person};
    if (people.isEmpty())
        return problem(tr("There is nobody to write a task sheet for."));

    m_running = true;
    m_stopRequested = false;
    m_write->setEnabled(false);
    m_close->setEnabled(false);
    m_stop->show();
    m_stop->setFocus();
    m_progress->setRange(0, int(people.size()));
    m_progress->setValue(0);
    m_progress->show();
    bool cancelled = false;
    QString error;
    const bool ok = TaskSheet::writeAll(
        m_context.database(), *plan, people, period, folder,
        [this](int done, int total, const QString &name) {
            m_progress->setValue(done);
            m_message->setText(name.isEmpty() ? QString() : tr("Writing the task sheet of %1…").arg(name));
            m_message->setVisible(!name.isEmpty());
            if (progressHook() && done < total)
                progressHook()(this, done);
            QCoreApplication::processEvents();
            return !m_stopRequested;
        },
        &m_written, &cancelled, &error);
    m_running = false;
    m_write->setEnabled(true);
    m_close->setEnabled(true);
    m_stop->hide();
    if (!ok)
        return problem(error);
    if (cancelled)
        Dialogs::information(this, tr("Stopped after %n task sheet(s).", "", int(m_written.size())));
    return true;
}

QStringList TaskSheetDialog::run(AppContext &context, QWidget *parent, Id personId)
{
    TaskSheetDialog dialog(context, personId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.written();
}

void TaskSheetDialog::setFolderChooser(FolderChooser chooser)
{
    folderChooser() = std::move(chooser);
}

void TaskSheetDialog::setProgressHook(std::function<void(TaskSheetDialog *, int)> hook)
{
    progressHook() = std::move(hook);
}

} // namespace parat
