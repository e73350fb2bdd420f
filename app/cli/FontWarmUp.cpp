#include "FontWarmUp.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QThread>

namespace parat {

FontWarmUp::FontWarmUp()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    // Any call into QFontDatabase fills it first; families() is the cheapest such call.
    m_thread.reset(QThread::create([] { QFontDatabase::families(); }));
    m_thread->setObjectName(QStringLiteral("parat-fonts"));
    m_thread->start();
}

FontWarmUp::~FontWarmUp()
{
    wait();
}

bool FontWarmUp::wait()
{
    if (!m_thread)
        return false;
    m_thread->wait();
    return true;
}

} // namespace parat
