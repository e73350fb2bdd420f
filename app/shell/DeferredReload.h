#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace parat {

class AppContext;

// Keeps a page current without redoing its work while it is hidden. A page of the main window shows one
// municipality; when the data or the municipality changes, a visible page reloads at once and a hidden one
// when it is next shown, so switching municipality or editing a task costs only the page in view.
class DeferredReload : public QObject
{
public:
    DeferredReload(QWidget *page, std::function<void()> reload);

    // Reload now if the page is visible, otherwise when it is shown.
    void request();
    // Requests a reload on every edit, restore and switch of municipality.
    void followChanges(AppContext &context);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace parat
