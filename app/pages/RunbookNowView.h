#pragma once

#include "domain/Types.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace parat {

class AppContext;

// The runbook "now" view for the go-live weekend: a window of large text, readable across a room, saying what
// should be running now, what is late and what comes next (planning/RunbookRules classifyRunbookNow), with the
// time and T±. It updates every minute (timer()) and on every change of the database, from the context's clock,
// so tests fix the time. Late steps and problems are named in words, not by colour alone.
class RunbookNowView : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookNowView(AppContext &context, QWidget *parent = nullptr);

    QLabel *clockLabel() const { return m_clock; }
    QLabel *runningLabel() const { return m_running; }
    QLabel *lateLabel() const { return m_late; }
    QLabel *lateTitleLabel() const { return m_lateTitle; }
    QLabel *nextLabel() const { return m_next; }
    QTimer *timer() const { return m_timer; }

public slots:
    void refresh();

private:
    AppContext &m_context;
    QLabel *m_clock = nullptr;
    QLabel *m_runningTitle = nullptr;
    QLabel *m_running = nullptr;
    QLabel *m_lateTitle = nullptr;
    QLabel *m_late = nullptr;
    QLabel *m_nextTitle = nullptr;
    QLabel *m_next = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace parat
