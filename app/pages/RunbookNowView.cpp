#include "RunbookNowView.h"

#include "Accessibility.h"
#include "AppContext.h"
#include "Retranslator.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "planning/RunbookRules.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/RunbookRepository.h"

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace parat {

namespace {

QLabel *bigLabel(double points, bool bold, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(points);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

// One step as a line: number, title, day and time, duration and owner; then how it stands (waiting steps only
// when they should have started: markNotStarted) and the contact on a line of its own.
QString stepLine(const RunbookStep &step, const QDate &goLive, const QString &language, bool markNotStarted)
{
    QString line
        = RunbookNowView::tr("%1. %2 — %3, %4 (%5)")
              .arg(step.number)
              .arg(step.title, formatStartDay(step.startMinutes, goLive, language),
                   formatDuration(step.durationMinutes), step.owner.isEmpty() ? QStringLiteral("–") : step.owner);
    if (step.status == RunbookStatus::Problem)
        line = RunbookNowView::tr("PROBLEM: %1").arg(line);
    else if (step.status == RunbookStatus::Running && step.actualStart.isValid())
        line = RunbookNowView::tr("%1 — running since %2")
                   .arg(line, step.actualStart.toLocalTime().time().toString(QStringLiteral("HH:mm")));
    else if (step.status == RunbookStatus::Waiting && markNotStarted)
        line = RunbookNowView::tr("%1 — not started").arg(line);
    if (!step.note.isEmpty())
        line += QLatin1Char('\n') + RunbookNowView::tr("    note: %1").arg(step.note);
    if (!step.contact.isEmpty())
        line += QLatin1Char('\n') + RunbookNowView::tr("    contact: %1").arg(step.contact);
    return line;
}

QString lines(const QList<RunbookStep> &steps, const QDate &goLive, const QString &language, const QString &none,
              bool markNotStarted)
{
    if (steps.isEmpty())
        return none;
    QStringList result;
    for (const RunbookStep &step : steps)
        result.append(stepLine(step, goLive, language, markNotStarted));
    return result.join(QLatin1Char('\n'));
}

} // namespace

RunbookNowView::RunbookNowView(AppContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("runbookNowView"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    setPalette(palette);
    m_clock = bigLabel(30, true, QStringLiteral("nowClock"), this);
    m_runningTitle = bigLabel(24, true, QStringLiteral("nowRunningTitle"), this);
    m_running = bigLabel(20, false, QStringLiteral("nowRunning"), this);
    m_lateTitle = bigLabel(24, true, QStringLiteral("nowLateTitle"), this);
    m_late = bigLabel(20, true, QStringLiteral("nowLate"), this);
    m_nextTitle = bigLabel(24, true, QStringLiteral("nowNextTitle"), this);
    m_next = bigLabel(20, false, QStringLiteral("nowNext"), this);
    // The lists scroll when a long weekend does not fit the screen; the time stays on top.
    auto *content = new QWidget(this);
    content->setAutoFillBackground(true);
    content->setPalette(palette);
    auto *lists = new QVBoxLayout(content);
    lists->setContentsMargins(0, 0, 0, 0);
    lists->setSpacing(12);
    for (QLabel *label : {m_runningTitle, m_running, m_lateTitle, m_late, m_nextTitle, m_next})
        lists->addWidget(label);
    lists->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("nowScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    noTabStop(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(m_clock);
    layout->addWidget(scroll, 1);

    auto *texts = new Retranslator(this);
    texts->add([this] {
        setWindowTitle(tr("Runbook now"));
        setAccessibleName(tr("Runbook now"));
    });
    texts->onChange([this] { refresh(); });

    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &RunbookNowView::refresh);
    m_timer->start();
    connect(&m_context.database(), &Database::changed, this, &RunbookNowView::refresh);
    connect(&m_context, &AppContext::currentMunicipalityChanged, this, &RunbookNowView::refresh);
    refresh();
}

void RunbookNowView::refresh()
{
    const QString language = currentLanguage();
    const QDateTime now = m_context.clock().now();
    const std::optional<Municipality> municipality
        = MunicipalityRepository(m_context.database()).byId(m_context.currentMunicipalityId());
    const QDate goLive = municipality ? municipality->goLive : QDate();
    const QList<RunbookStep> steps = municipality
        ? RunbookRepository(m_context.database()).forMunicipality(municipality->id)
        : QList<RunbookStep>();
    const RunbookNow classified = classifyRunbookNow(steps, goLive, now);

    const QDateTime local = now.toLocalTime();
    QString clock = local.time().toString(QStringLiteral("HH:mm"));
    if (goLive.isValid()) {
        const int minutes = int(goLive.startOfDay().secsTo(local) / 60);
        clock = tr("%1 (%2)").arg(formatStartDay(minutes, goLive, language), formatRelativeStart(minutes));
    }
    if (municipality)
        clock = tr("%1 · %2").arg(municipality->name, clock);
    m_clock->setText(clock);
    if (!goLive.isValid())
        m_clock->setText(tr("%1 · No go-live date: set it for the municipality to place the runbook in time.")
                             .arg(municipality ? municipality->name : QString()));

    m_runningTitle->setText(tr("Should be running now (%n)", nullptr, int(classified.shouldBeRunning.size())));
    m_running->setText(lines(classified.shouldBeRunning, goLive, language, tr("Nothing."), true));
    m_lateTitle->setText(tr("LATE: planned end passed, not done (%n)", nullptr, int(classified.late.size())));
    m_late->setText(lines(classified.late, goLive, language, tr("Nothing is late."), true));
    m_nextTitle->setText(tr("Next"));
    m_next->setText(lines(classified.next, goLive, language, tr("No more steps waiting."), false));
}

} // namespace parat
