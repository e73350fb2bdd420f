#pragma once

#include <memory>

class QThread;

namespace parat {

// Fills Qt's font database on a worker thread while the caller goes on with work that needs no fonts (opening the
// file, reading the plan, building widgets). The first text that is measured or drawn needs the database: it takes
// fontconfig's configuration and font list ~26 M instructions to read, and the window's first layout or a report's
// first line would otherwise wait for it on the main thread (docs/architecture.md "Start-up", round 9).
//
// Make one right after the QGuiApplication (or QApplication), and keep it alive at most as long as that: the
// destructor waits for the worker. Qt's font database is thread-safe (a code path that needs fonts before the
// worker is done waits on the database's own lock). Without a QGuiApplication it does nothing.
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    // Waits for the worker; true once the database has been filled by it. For tests.
    bool wait();

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace parat
