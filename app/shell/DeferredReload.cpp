#include "DeferredReload.h"

#include "AppContext.h"

#include "storage/Database.h"

#include <QEvent>
#include <QWidget>

namespace parat {

DeferredReload::DeferredReload(QWidget *page, std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_reload(std::move(reload))
{
    page->installEventFilter(this);
}

void DeferredReload::request()
{
    if (m_page->isVisible()) {
        m_stale = false;
        m_reload();
    } else {
        m_stale = true;
    }
}

void DeferredReload::followChanges(AppContext &context)
{
    connect(&context.database(), &Database::changed, this, &DeferredReload::request);
    connect(&context.database(), &Database::restored, this, &DeferredReload::request);
    connect(&context, &AppContext::currentMunicipalityChanged, this, &DeferredReload::request);
}

bool DeferredReload::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace parat
