#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace parat {

class AppContext;
class Database;

// Team mode's faults (docs/team-mode.md): the banner over the pages of a window on a server. Checks the connection
// every few seconds (and Database notices a loss in any write); when it is lost the window is read-only, the banner
// says so and Parat reconnects by itself, waiting longer after each failed attempt (0.5 s doubling up to 8 s) —
// "Reconnect now" tries at once. Back on the server the banner goes, the window reloads and a commit whose answer the
// loss took is reported as stored or not.
// An edit the loss kept from being stored (AppContext's pending edit) is offered again here: while the connection is
// lost the banner says it is kept; once it is back the banner stays with "Try again" (makes the edit, through the same
// row-version checks) and "Discard".
class ServerConnectionBar : public QFrame
{
    Q_OBJECT
public:
    ServerConnectionBar(Database &db, QWidget *parent);

    QLabel *message() const { return m_message; }
    QPushButton *reconnectButton() const { return m_reconnect; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }
    // Shows and offers the context's pending edit (the window calls it once).
    void followPendingEdits(AppContext &context);
    // The wait before the next attempt, in milliseconds (0 while connected).
    int nextAttemptDelay() const;
    void retranslate();

    static constexpr int HeartbeatMs = 3000;
    static constexpr int FirstDelayMs = 500;
    static constexpr int LongestDelayMs = 8000;

public slots:
    // Tries once now; true when connected again.
    bool reconnectNow();

signals:
    void reconnected();

private:
    void lost();
    void scheduleAttempt();
    // Shown while the connection is lost or an edit is pending; the texts and buttons for the state.
    void updateState();

    Database &m_db;
    QLabel *m_message = nullptr;
    QPushButton *m_reconnect = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
    AppContext *m_context = nullptr;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_attempt = nullptr;
    int m_delay = 0;
    QString m_lastProblem;
};

} // namespace parat
