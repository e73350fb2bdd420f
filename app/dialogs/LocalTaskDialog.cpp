#include "LocalTaskDialog.h"

#include "Dialogs.h"

#include "AppContext.h"
#include "DateEdit.h"

#include "domain/Calendar.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "storage/MunicipalityRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace parat {

namespace {

constexpr int kMinWeeks = -104;
constexpr int kMaxWeeks = 104;

} // namespace

LocalTaskDialog::LocalTaskDialog(AppContext &context, const Task *existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    if (existing) {
        m_task = *existing;
    } else {
        m_task.municipalityId = context.currentMunicipalityId();
        m_task.phase = Phase::P22;
        m_task.dueOffsetWeeks = -6;
    }
    if (const auto municipality = MunicipalityRepository(context.database()).byId(m_task.municipalityId))
        m_goLive = municipality->goLive;

    setWindowTitle(existing ? tr("Edit Local Task %1").arg(m_task.key) : tr("New Local Task"));

    buildTaskFields();
    QHBoxLayout *releaseRow = buildReleaseRow();
    QVBoxLayout *dueGrid = buildDueChoice(context.clock().today());
    QHBoxLayout *flags = buildEstimateAndFlags();
    QFormLayout *form = buildForm(releaseRow, dueGrid, flags);

    m_message = Dialogs::validationLabel(this, QStringLiteral("message"));

    auto *buttons = Dialogs::okCancelButtons(this, existing ? tr("Save") : tr("Add Task"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_titleDa, &QLineEdit::textChanged, this, [this] { m_titleMessage->setVisible(false); });
    updateDueHint();
    resize(560, sizeHint().height());
}

// Titles, phase, theme and the two roles.
void LocalTaskDialog::buildTaskFields()
{
    m_titleDa = new QLineEdit(m_task.titleDa, this);
    m_titleDa->setObjectName(QStringLiteral("titleDaEdit"));
    m_titleMessage = Dialogs::validationLabel(this, QStringLiteral("titleMessage"));
    m_titleEn = new QLineEdit(m_task.titleEn, this);
    m_titleEn->setObjectName(QStringLiteral("titleEnEdit"));
    m_titleEn->setPlaceholderText(tr("Optional"));

    m_phase = new QComboBox(this);
    for (Phase phase : allPhases())
        m_phase->addItem(QStringLiteral("%1 %2").arg(phaseCode(phase), phaseName(phase)), int(phase));
    m_phase->setCurrentIndex(m_phase->findData(int(m_task.phase)));

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("— none —"), -1);
    for (Theme theme : allThemes())
        m_theme->addItem(QStringLiteral("%1 %2").arg(themeCode(theme), themeName(theme)), int(theme));
    m_theme->setCurrentIndex(m_theme->findData(m_task.theme ? int(*m_task.theme) : -1));

    m_responsibleRole = new QComboBox(this);
    fillRoleCombo(m_responsibleRole);
    m_responsibleRole->setCurrentIndex(
        m_responsibleRole->findData(m_task.responsibleRole ? int(*m_task.responsibleRole) : -1));
    m_performerRole = new QComboBox(this);
    fillRoleCombo(m_performerRole);
    m_performerRole->setCurrentIndex(m_performerRole->findData(m_task.performerRole ? int(*m_task.performerRole) : -1));
}

// Release: from the start, or a number of weeks relative to go-live.
QHBoxLayout *LocalTaskDialog::buildReleaseRow()
{
    m_releasedFromStart = new QCheckBox(tr("Released from the st&art"), this);
    m_releasedFromStart->setChecked(!m_task.releaseOffsetWeeks);
    m_releaseWeeks = new QSpinBox(this);
    m_releaseWeeks->setObjectName(QStringLiteral("releaseWeeksSpin"));
    m_releaseWeeks->setRange(kMinWeeks, kMaxWeeks);
    m_releaseWeeks->setSuffix(tr(" weeks from go-live"));
    m_releaseWeeks->setAccessibleName(tr("Release, weeks from go-live"));
    m_releaseWeeks->setValue(m_task.releaseOffsetWeeks.value_or(m_task.dueOffsetWeeks - 4));
    m_releaseWeeks->setEnabled(m_task.releaseOffsetWeeks.has_value());
    auto *releaseRow = new QHBoxLayout;
    releaseRow->addWidget(m_releaseWeeks, 1);
    releaseRow->addWidget(m_releasedFromStart);
    connect(m_releasedFromStart, &QCheckBox::toggled, m_releaseWeeks,
            [this](bool fromStart) { m_releaseWeeks->setEnabled(!fromStart); });
    return releaseRow;
}

// Due: weeks relative to go-live, or a date that is turned into weeks (the stored form); today stands in for the
// date while the municipality has no go-live.
QVBoxLayout *LocalTaskDialog::buildDueChoice(const QDate &today)
{
    m_dueByWeeks = new QRadioButton(tr("&Weeks from go-live:"), this);
    m_dueWeeks = new QSpinBox(this);
    m_dueWeeks->setObjectName(QStringLiteral("dueWeeksSpin"));
    m_dueWeeks->setRange(kMinWeeks, kMaxWeeks);
    m_dueWeeks->setAccessibleName(tr("Due, weeks from go-live"));
    m_dueWeeks->setValue(m_task.dueOffsetWeeks);
    m_dueByDate = new QRadioButton(tr("On &date:"), this);
    m_dueDate = new DateEdit(this);
    m_dueDate->setObjectName(QStringLiteral("dueDateEdit"));
    m_dueDate->setAccessibleName(tr("Due date"));
    m_dueDate->setDate(m_goLive.isValid() ? m_goLive.addDays(qint64(m_task.dueOffsetWeeks) * 7) : today);
    m_dueHint = new QLabel(this);
    m_dueHint->setObjectName(QStringLiteral("dueHint"));
    m_dueHint->setWordWrap(true);
    m_dueByWeeks->setChecked(true);
    if (!m_goLive.isValid()) {
        m_dueByDate->setEnabled(false);
        m_dueByDate->setToolTip(tr("The municipality has no go-live date yet, so a date cannot be turned into "
                                   "weeks."));
    }
    m_dueDate->setEnabled(false);
    auto *dueGrid = new QVBoxLayout;
    auto *dueWeeksRow = new QHBoxLayout;
    dueWeeksRow->addWidget(m_dueByWeeks);
    dueWeeksRow->addWidget(m_dueWeeks, 1);
    auto *dueDateRow = new QHBoxLayout;
    dueDateRow->addWidget(m_dueByDate);
    dueDateRow->addWidget(m_dueDate, 1);
    dueGrid->addLayout(dueWeeksRow);
    dueGrid->addLayout(dueDateRow);
    dueGrid->addWidget(m_dueHint);
    connect(m_dueByWeeks, &QRadioButton::toggled, this, [this](bool byWeeks) {
        m_dueWeeks->setEnabled(byWeeks);
        m_dueDate->setEnabled(!byWeeks);
        updateDueHint();
    });
    connect(m_dueWeeks, &QSpinBox::valueChanged, this, &LocalTaskDialog::updateDueHint);
    connect(m_dueDate, &DateEdit::dateChanged, this, &LocalTaskDialog::updateDueHint);
    return dueGrid;
}

// The estimate and the flags row under it.
QHBoxLayout *LocalTaskDialog::buildEstimateAndFlags()
{
    m_estimate = new QDoubleSpinBox(this);
    m_estimate->setObjectName(QStringLiteral("estimateSpin"));
    m_estimate->setRange(0, 10000);
    m_estimate->setDecimals(1);
    m_estimate->setSuffix(tr(" h"));
    m_estimate->setValue(m_task.estimateHours);

    m_mandatory = new QCheckBox(tr("&Mandatory"), this);
    m_mandatory->setChecked(m_task.mandatory);
    m_milestone = new QCheckBox(tr("Mileston&e"), this);
    m_milestone->setChecked(m_task.milestone);
    m_perPerson = new QCheckBox(tr("Estimate is per pers&on"), this);
    m_perPerson->setChecked(m_task.perPerson);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_mandatory);
    flags->addWidget(m_milestone);
    flags->addWidget(m_perPerson);
    flags->addStretch();

    m_description = new QPlainTextEdit(m_task.descriptionDa, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(80);
    return flags;
}

QFormLayout *LocalTaskDialog::buildForm(QHBoxLayout *releaseRow, QVBoxLayout *dueGrid, QHBoxLayout *flags)
{
    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Title (Danish):"), m_titleDa);
    form->addRow(QString(), m_titleMessage);
    addRow(tr("Title (E&nglish):"), m_titleEn);
    addRow(tr("&Phase:"), m_phase);
    addRow(tr("T&heme:"), m_theme);
    addRow(tr("&Responsible role:"), m_responsibleRole);
    addRow(tr("Per&former role:"), m_performerRole);
    {
        auto *label = new QLabel(tr("Re&lease:"), this);
        label->setBuddy(m_releaseWeeks);
        form->addRow(label, releaseRow);
    }
    auto *dueLabel = new QLabel(tr("Due:"), this);
    form->addRow(dueLabel, dueGrid);
    addRow(tr("E&stimate:"), m_estimate);
    form->addRow(QString(), flags);
    addRow(tr("Descr&iption:"), m_description);
    return form;
}

void LocalTaskDialog::fillRoleCombo(QComboBox *combo)
{
    combo->addItem(tr("— none —"), -1);
    for (Role role : allRoles())
        combo->addItem(QStringLiteral("%1 – %2").arg(roleCode(role), roleName(role)), int(role));
}

int LocalTaskDialog::dueOffsetWeeks() const
{
    if (m_dueByDate->isChecked() && m_goLive.isValid())
        return int(std::lround(double(m_goLive.daysTo(m_dueDate->date())) / 7.0));
    return m_dueWeeks->value();
}

void LocalTaskDialog::updateDueHint()
{
    const QString language = currentLanguage();
    if (!m_goLive.isValid()) {
        m_dueHint->setText(tr("The municipality has no go-live date yet; the due date follows once it has one."));
        return;
    }
    const int weeks = dueOffsetWeeks();
    const QDate due = m_goLive.addDays(qint64(weeks) * 7);
    if (m_dueByDate->isChecked()) {
        m_dueHint->setText(tr("Stored as %n week(s) from go-live: due %1 (%2).", "", weeks)
                               .arg(formatDate(due, language), weekLabel(due)));
    } else {
        m_dueHint->setText(tr("Due %1 (%2).").arg(formatDate(due, language), weekLabel(due)));
    }
}

Task LocalTaskDialog::task() const
{
    Task task = m_task;
    task.titleDa = m_titleDa->text().trimmed();
    task.titleEn = m_titleEn->text().trimmed();
    task.phase = Phase(m_phase->currentData().toInt());
    const int theme = m_theme->currentData().toInt();
    task.theme = theme >= 0 ? std::optional<Theme>(Theme(theme)) : std::nullopt;
    const int responsible = m_responsibleRole->currentData().toInt();
    task.responsibleRole = responsible >= 0 ? std::optional<Role>(Role(responsible)) : std::nullopt;
    const int performer = m_performerRole->currentData().toInt();
    task.performerRole = performer >= 0 ? std::optional<Role>(Role(performer)) : std::nullopt;
    task.releaseOffsetWeeks
        = m_releasedFromStart->isChecked() ? std::nullopt : std::optional<int>(m_releaseWeeks->value());
    task.dueOffsetWeeks = dueOffsetWeeks();
    task.estimateHours = m_estimate->value();
    task.mandatory = m_mandatory->isChecked();
    task.milestone = m_milestone->isChecked();
    task.perPerson = m_perPerson->isChecked();
    task.descriptionDa = m_description->toPlainText().trimmed();
    return task;
}

QString LocalTaskDialog::validate() const
{
    const Task entered = task();
    if (entered.titleDa.isEmpty())
        return tr("Write a Danish title for the task.");
    if (entered.releaseOffsetWeeks && *entered.releaseOffsetWeeks > entered.dueOffsetWeeks)
        return tr("The task cannot be released after it is due (released %1 weeks, due %2 weeks from go-live).")
            .arg(*entered.releaseOffsetWeeks)
            .arg(entered.dueOffsetWeeks);
    return {};
}

void LocalTaskDialog::accept()
{
    if (DateEdit::refuseAccept(this))
        return;
    const QString problem = validate();
    const bool titleMissing = task().titleDa.isEmpty();
    m_titleMessage->setText(titleMissing ? problem : QString());
    m_titleMessage->setVisible(titleMissing);
    m_message->setText(titleMissing ? QString() : problem);
    m_message->setVisible(!titleMissing && !problem.isEmpty());
    if (!problem.isEmpty()) {
        if (titleMissing)
            m_titleDa->setFocus();
        else
            m_releaseWeeks->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace parat
