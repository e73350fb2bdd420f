#include "ServerConnectionBar.h"

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
    layout->addWidget(m_message, 1);
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
        Dialogs::information(window(),
                             stored ? tr("The change whose answer the lost connection took was stored on "
                                         "the server.")
                                    : tr("The change whose answer the lost connection took was NOT stored "
                                         "on the server. Make it again."));
    });
    if (m_db.isConnectionLost())
        lost();
}

void ServerConnectionBar::retranslate()
{
    m_message->setText(
        tr("<b>The connection to the server is lost – reconnecting …</b> The window is read-only until "
           "it is back.%1")
            .arg(m_lastProblem.isEmpty() ? QString() : QStringLiteral("<br>") + m_lastProblem.toHtmlEscaped()));
    m_reconnect->setText(tr("&Reconnect now"));
    m_reconnect->setAccessibleName(tr("Reconnect now"));
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
    retranslate();
    show();
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
        hide();
        return true;
    }
    m_attempt->stop();
    QString problem;
    if (m_db.reconnect(&problem)) {
        m_delay = 0;
        m_lastProblem.clear();
        hide();
        emit reconnected();
        return true;
    }
    m_lastProblem = problem;
    retranslate();
    scheduleAttempt();
    return false;
}

} // namespace parat
