#include "ServerConnectionBar.h"

#include "AppContext.h"
#include "Dialogs.h"

#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace parat {

ServerConnectionBar::ServerConnectionBar(Database &db, QWidget *parent)
    : QFrame(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    auto *layout = new QHBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_reconnect = new QPushButton(this);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryEditButton"));
    m_retry->hide();
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("discardEditButton"));
    m_discard->hide();
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_discard);
    layout->addWidget(m_reconnect);
    hide();
    retranslate();

    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(HeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (!m_db.isConnectionLost())
            m_db.checkConnection();
    });
    m_heartbeat->start();
    m_attempt = new QTimer(this);
    m_attempt->setSingleShot(true);
    connect(m_attempt, &QTimer::timeout, this, &ServerConnectionBar::reconnectNow);
    connect(m_reconnect, &QPushButton::clicked, this, &ServerConnectionBar::reconnectNow);
    connect(&m_db, &Database::connectionLost, this, &ServerConnectionBar::lost);
    connect(&m_db, &Database::commitResolved, this, [this](bool stored) {
        // The context heard it first: a stored edit is no longer pending, one not stored can be retried.
        Dialogs::information(window(),
                             stored ? tr("The change whose answer the lost connection took was stored on "
                                         "the server.")
                                 : m_context && m_context->hasPendingEdit()
                                 ? tr("The change whose answer the lost connection took was NOT stored on the server. "
                                      "Try again in the banner makes it, or Discard drops it.")
                                 : tr("The change whose answer the lost connection took was NOT stored "
                                      "on the server. Make it again."));
    });
    if (m_db.isConnectionLost())
        lost();
}

void ServerConnectionBar::followPendingEdits(AppContext &context)
{
    m_context = &context;
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_context)
            m_context->retryPendingEdit(window());
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_context)
            m_context->discardPendingEdit();
    });
    connect(&context, &AppContext::pendingEditChanged, this, &ServerConnectionBar::updateState);
    updateState();
}

void ServerConnectionBar::retranslate()
{
    const bool lost = m_db.isConnectionLost();
    const bool pending = m_context && m_context->hasPendingEdit();
    QString text = lost ? tr("<b>The connection to the server is lost – reconnecting …</b> The window is read-only "
                             "until it is back.")
                        : tr("<b>The connection to the server is back.</b>");
    if (pending) {
        const QString edit = m_context->pendingEditText().toHtmlEscaped();
        text += QLatin1Char(' ')
            + (lost ? tr("The change “%1” was not stored; Parat keeps it so it can be made again when the connection "
                         "is back.")
                          .arg(edit)
                    : tr("The change “%1” was not stored. <b>Try again</b> makes it now (refused, as always, if "
                         "someone else changed the same item meanwhile); <b>Discard</b> drops it.")
                          .arg(edit));
    }
    if (lost && !m_lastProblem.isEmpty())
        text += QStringLiteral("<br>") + m_lastProblem.toHtmlEscaped();
    m_message->setText(text);
    m_reconnect->setText(tr("&Reconnect now"));
    m_reconnect->setAccessibleName(tr("Reconnect now"));
    m_retry->setText(tr("&Try again"));
    m_retry->setAccessibleName(tr("Try the change again"));
    m_discard->setText(tr("&Discard"));
    m_discard->setAccessibleName(tr("Discard the change"));
    const QString retryHelp = m_context && m_context->canRetryPendingEdit()
        ? tr("Makes the change that was not stored, as it was made; it can then be undone.")
        : AppContext::connectionLostReason();
    m_retry->setToolTip(retryHelp);
    m_retry->setAccessibleDescription(retryHelp);
    m_discard->setToolTip(tr("Drops the change that was not stored."));
    m_discard->setAccessibleDescription(m_discard->toolTip());
}

void ServerConnectionBar::updateState()
{
    const bool lost = m_db.isConnectionLost();
    const bool pending = m_context && m_context->hasPendingEdit();
    m_reconnect->setVisible(lost);
    m_retry->setVisible(pending);
    m_discard->setVisible(pending);
    m_retry->setEnabled(m_context && m_context->canRetryPendingEdit());
    retranslate();
    setVisible(lost || pending);
}

int ServerConnectionBar::nextAttemptDelay() const
{
    return m_db.isConnectionLost() ? m_delay : 0;
}

void ServerConnectionBar::lost()
{
    if (isVisible() && m_attempt->isActive())
        return;
    m_delay = 0;
    m_lastProblem.clear();
    updateState();
    scheduleAttempt();
}

void ServerConnectionBar::scheduleAttempt()
{
    m_delay = m_delay == 0 ? FirstDelayMs : std::min(m_delay * 2, LongestDelayMs);
    m_attempt->start(m_delay);
}

bool ServerConnectionBar::reconnectNow()
{
    if (!m_db.isConnectionLost()) {
        updateState();
        return true;
    }
    m_attempt->stop();
    QString problem;
    if (m_db.reconnect(&problem)) {
        m_delay = 0;
        m_lastProblem.clear();
        updateState();
        emit reconnected();
        return true;
    }
    m_lastProblem = problem;
    retranslate();
    scheduleAttempt();
    return false;
}

} // namespace parat
