#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace parat::bench {

// Shows a window and returns once it has painted for the first time: the end of "open + first paint".
inline void showUntilPainted(QWidget &window)
{
    class PaintWatcher : public QObject
    {
    public:
        bool painted = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                painted = true;
            return false;
        }
    };
    PaintWatcher watcher;
    window.installEventFilter(&watcher);
    window.show();
    while (!watcher.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    window.removeEventFilter(&watcher);
}

} // namespace parat::bench
