#include "Retranslator.h"

#include <QEvent>
#include <QWidget>

namespace parat {

Retranslator::Retranslator(QWidget *owner)
    : QObject(owner)
{
    owner->installEventFilter(this);
}

void Retranslator::add(std::function<void()> apply)
{
    apply();
    m_work.push_back(std::move(apply));
}

void Retranslator::onChange(std::function<void()> work)
{
    m_work.push_back(std::move(work));
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange) {
        for (const auto &work : m_work)
            work();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace parat
