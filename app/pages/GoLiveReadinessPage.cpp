#include "GoLiveReadinessPage.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "Dialogs.h"
#include "GoLiveCriterionDialog.h"
#include "GoLiveMeetingDialog.h"
#include "ListPageSupport.h"

#include "commands/GoLiveCommands.h"
#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "models/GoLiveCriteriaModel.h"
#include "report/GoLivePaper.h"
#include "report/OutputTarget.h"
#include "report/ReportDocument.h"
#include "services/GoLiveReadinessLoader.h"
#include "storage/Database.h"
#include "storage/GoLiveRepository.h"
#include "storage/MunicipalityRepository.h"
#include "storage/PersonRepository.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace parat {

using listpage::button;

GoLiveReadinessPage::GoLiveReadinessPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new GoLiveCriteriaModel(context.database(), this))
{
    m_light = new QLabel(this);
    m_light->setObjectName(QStringLiteral("goLiveLight"));
    QFont bold = m_light->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_light->setFont(bold);
    m_light->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("goLiveReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reasons->setFocusPolicy(Qt::TabFocus);

    auto *tableTitle = new QLabel(tr("Go-live &criteria:"), this);
    m_view = listpage::tableView(m_model, QStringLiteral("goLiveCriteriaView"), this);
    m_view->setAccessibleName(tr("Go-live criteria"));
    tableTitle->setBuddy(m_view);

    m_add = button(QStringLiteral("addCriterionButton"), this);
    m_edit = button(QStringLiteral("editCriterionButton"), this);
    m_remove = button(QStringLiteral("removeCriterionButton"), this);
    m_defaults = button(QStringLiteral("defaultCriteriaButton"), this);
    QHBoxLayout *criteriaButtons = listpage::buttonRow({m_add, m_edit, m_remove, m_defaults});

    m_meeting = new QLabel(this);
    m_meeting->setObjectName(QStringLiteral("goLiveMeetingSummary"));
    m_meeting->setWordWrap(true);
    m_meeting->setTextFormat(Qt::PlainText);
    m_meeting->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recordMeeting = button(QStringLiteral("recordMeetingButton"), this);
    m_savePaper = button(QStringLiteral("saveDecisionPaperButton"), this);
    m_printPaper = button(QStringLiteral("printDecisionPaperButton"), this);
    QHBoxLayout *meetingButtons = listpage::buttonRow({m_recordMeeting, m_savePaper, m_printPaper});

    m_add->setText(tr("&Add Criterion…"));
    m_edit->setText(tr("Ed&it Criterion…"));
    m_remove->setText(tr("&Remove Criterion…"));
    m_defaults->setText(tr("Create De&fault Criteria"));
    m_recordMeeting->setText(tr("Go/no-go &Meeting…"));
    m_savePaper->setText(tr("&Save Decision Paper as PDF…"));
    m_printPaper->setText(tr("&Print Decision Paper…"));
    m_light->setAccessibleName(tr("Readiness light and score"));
    m_reasons->setAccessibleName(tr("Reasons for the readiness light"));
    m_meeting->setAccessibleName(tr("Go/no-go meeting"));

    QSplitter *splitter = buildReasonsAndCriteria(tableTitle);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_light);
    layout->addWidget(splitter, 1);
    layout->addLayout(criteriaButtons);
    layout->addWidget(m_meeting);
    layout->addLayout(meetingButtons);

    connectActions();

    listpage::reloadWhenShown(this, m_context, [this] { reload(); });
}

// The reasons can run long: they scroll above the table, which keeps most of the height.
QSplitter *GoLiveReadinessPage::buildReasonsAndCriteria(QLabel *tableTitle)
{
    auto *reasonsArea = new QScrollArea(this);
    reasonsArea->setObjectName(QStringLiteral("goLiveReasonsArea"));
    reasonsArea->setWidget(m_reasons);
    reasonsArea->setWidgetResizable(true);
    reasonsArea->setFrameShape(QFrame::NoFrame);
    reasonsArea->setFocusPolicy(Qt::NoFocus);
    auto *criteria = new QWidget(this);
    auto *criteriaLayout = new QVBoxLayout(criteria);
    criteriaLayout->setContentsMargins(0, 0, 0, 0);
    criteriaLayout->addWidget(tableTitle);
    criteriaLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("goLiveSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(reasonsArea);
    splitter->addWidget(criteria);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    reasonsArea->setMinimumHeight(m_reasons->fontMetrics().height() * 6);
    splitter->setSizes({m_reasons->fontMetrics().height() * 14, m_reasons->fontMetrics().height() * 24});
    return splitter;
}

GoLiveReadinessPage::~GoLiveReadinessPage() = default;

// The keys and buttons to what they do.
void GoLiveReadinessPage::connectActions()
{
    listpage::addRowKeys(
        {m_view}, [this] { addCriterion(); }, [this] { editCriterion(); }, [this] { removeCriterion(); });
    connect(m_view, &QTableView::doubleClicked, this, &GoLiveReadinessPage::editCriterion);

    connect(m_add, &QPushButton::clicked, this, &GoLiveReadinessPage::addCriterion);
    connect(m_edit, &QPushButton::clicked, this, &GoLiveReadinessPage::editCriterion);
    connect(m_remove, &QPushButton::clicked, this, &GoLiveReadinessPage::removeCriterion);
    connect(m_defaults, &QPushButton::clicked, this, &GoLiveReadinessPage::createDefaults);
    connect(m_recordMeeting, &QPushButton::clicked, this, &GoLiveReadinessPage::recordMeeting);
    connect(m_savePaper, &QPushButton::clicked, this, &GoLiveReadinessPage::saveDecisionPaper);
    connect(m_printPaper, &QPushButton::clicked, this, &GoLiveReadinessPage::printDecisionPaper);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GoLiveReadinessPage::updateButtons);
}

Id GoLiveReadinessPage::currentCriterionId() const
{
    return listpage::selectedId(m_view, GoLiveCriteriaModel::CriterionIdRole);
}

void GoLiveReadinessPage::selectCriterion(Id criterionId)
{
    listpage::selectRow(m_view, nullptr,
                        m_model->index(m_model->rowOf(criterionId), GoLiveCriteriaModel::CriterionColumn));
}

void GoLiveReadinessPage::reload()
{
    const Id selected = currentCriterionId();
    const Id municipalityId = m_context.currentMunicipalityId();
    const QString language = currentLanguage();
    const QDate today = m_context.clock().today();
    m_model->load(municipalityId, today, language);
    const GoLiveReadinessResult &result = m_model->result();
    if (municipalityId == 0) {
        m_light->setText(tr("No municipality chosen."));
        m_reasons->clear();
    } else {
        m_light->setText(tr("Readiness for go-live: %1 — score %2 of 100 (%3 met, %4 partly met, %5 not met, %6 not "
                            "relevant)")
                             .arg(lightName(result.light))
                             .arg(result.score)
                             .arg(result.met)
                             .arg(result.partlyMet)
                             .arg(result.notMet)
                             .arg(result.notRelevant));
        QStringList reasons;
        for (const LightReason &reason : result.reasons)
            reasons.append(QStringLiteral("%1: %2").arg(lightName(reason.light), reason.text));
        m_reasons->setText(reasons.join(QLatin1Char('\n')));
    }
    const std::optional<GoLiveMeeting> meeting
        = municipalityId != 0 ? GoLiveRepository(m_context.database()).meeting(municipalityId) : std::nullopt;
    if (!meeting) {
        m_meeting->setText(tr("Go/no-go meeting: none recorded yet."));
    } else {
        QStringList lines {tr("Go/no-go meeting %1: %2")
                               .arg(formatDateShort(meeting->heldOn, language), goLiveDecisionName(meeting->decision))};
        if (!meeting->participants.isEmpty())
            lines.append(tr("Participants: %1").arg(meeting->participants));
        for (const GoLiveCondition &condition : meeting->conditions) {
            const QString owner = m_model->personName(condition.ownerId);
            lines.append(tr("Condition: %1 (%2, by %3)")
                             .arg(condition.text, owner.isEmpty() ? tr("nobody yet") : owner,
                                  formatDateShort(condition.deadline, language)));
        }
        m_meeting->setText(lines.join(QLatin1Char('\n')));
    }
    selectCriterion(selected);
    m_view->resizeColumnsToContents();
    updateButtons();
}

void GoLiveReadinessPage::updateButtons()
{
    const bool hasMunicipality = m_context.currentMunicipalityId() != 0;
    const bool selected = currentCriterionId() != 0;
    m_context.setEditEnabled(m_add, hasMunicipality);
    m_context.setEditEnabled(m_edit, selected);
    m_context.setEditEnabled(m_remove, selected);
    m_context.setEditEnabled(m_defaults, hasMunicipality && m_model->rowCount() == 0);
    m_context.setEditEnabled(m_recordMeeting, hasMunicipality);
    m_savePaper->setEnabled(hasMunicipality);
    m_printPaper->setEnabled(hasMunicipality);
}

void GoLiveReadinessPage::addCriterion()
{
    const auto make = [this](const GoLiveCriterionDialog &dialog) {
        return new AddGoLiveCriterion(m_context.database(), dialog.criterion());
    };
    if (auto *command = listpage::addThroughDialog<GoLiveCriterionDialog>(m_context, this, make))
        selectCriterion(command->criterionId());
}

void GoLiveReadinessPage::editCriterion()
{
    const Id id = currentCriterionId();
    listpage::editThroughDialog<GoLiveCriterionDialog>(
        m_context, this, id != 0 ? GoLiveRepository(m_context.database()).byId(id) : std::nullopt,
        [this](const GoLiveCriterion &before, const GoLiveCriterionDialog &dialog) {
            return new EditGoLiveCriterion(m_context.database(), before, dialog.criterion());
        });
}

void GoLiveReadinessPage::removeCriterion()
{
    if (!m_context.canEdit())
        return;
    const Id id = currentCriterionId();
    const std::optional<GoLiveCriterion> criterion
        = id != 0 ? GoLiveRepository(m_context.database()).byId(id) : std::nullopt;
    if (!criterion)
        return;
    if (!Dialogs::confirm(this, tr("Remove Criterion"),
                          tr("Remove the go-live criterion \"%1\"? You can undo this.").arg(criterion->title)))
        return;
    m_context.push(new RemoveGoLiveCriterion(m_context.database(), *criterion), this);
}

void GoLiveReadinessPage::createDefaults()
{
    const Id municipalityId = m_context.currentMunicipalityId();
    if (!m_context.canEdit() || municipalityId == 0)
        return;
    const std::optional<Municipality> municipality = MunicipalityRepository(m_context.database()).byId(municipalityId);
    if (!municipality)
        return;
    m_context.push(new AddDefaultGoLiveCriteria(m_context.database(), municipalityId, municipality->goLive), this);
}

void GoLiveReadinessPage::recordMeeting()
{
    const Id municipalityId = m_context.currentMunicipalityId();
    if (!m_context.canEdit() || municipalityId == 0)
        return;
    const std::optional<GoLiveMeeting> before = GoLiveRepository(m_context.database()).meeting(municipalityId);
    GoLiveMeetingDialog dialog(m_context, before ? &*before : nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const GoLiveMeeting after = dialog.meeting();
    if (before && *before == after)
        return;
    m_context.push(new SetGoLiveMeeting(m_context.database(), municipalityId, before, after), this);
}

bool GoLiveReadinessPage::saveDecisionPaper()
{
    const Id municipalityId = m_context.currentMunicipalityId();
    const std::optional<Municipality> municipality = MunicipalityRepository(m_context.database()).byId(municipalityId);
    if (!municipality)
        return false;
    const QString suggested = QDir::home().filePath(tr("go-no-go-%1.pdf").arg(municipality->name));
    const QString path = Dialogs::saveFileName(this, tr("Save Decision Paper"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!checkOutputTarget(m_context.database(), path, &error)
        || !GoLivePaper::write(m_context.database(), municipalityId, m_context.clock().today(), path, &error)) {
        Dialogs::error(this, error);
        return false;
    }
    return true;
}

void GoLiveReadinessPage::printDecisionPaper()
{
    const Id municipalityId = m_context.currentMunicipalityId();
    const std::optional<Municipality> municipality = MunicipalityRepository(m_context.database()).byId(municipalityId);
    if (!municipality)
        return;
    QHash<Id, QString> people;
    for (const Person &person : PersonRepository(m_context.database()).forMunicipality(municipalityId))
        people.insert(person.id, person.name);
    const QDate today = m_context.clock().today();
    const ReportContent content = GoLivePaper::content(*municipality, m_model->result(),
                                                       GoLiveRepository(m_context.database()).meeting(municipalityId),
                                                       people, today, currentLanguage());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(content.title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Decision Paper"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&content](QPrinter *target) {
        ReportDocument document(content);
        QString error;
        document.print(target, &error);
    });
    dialog.exec();
}

} // namespace parat
