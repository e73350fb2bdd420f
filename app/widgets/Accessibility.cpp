#include "Accessibility.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTabBar>
#include <QToolButton>

namespace parat {

// --- TableView -------------------------------------------------------------------------------------------------

TableView::TableView(QWidget *parent)
    : QTableView(parent)
{
    setTabKeyNavigation(false);
}

void TableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // QTableView::currentChanged() only tells assistive technology that focus is on the new cell, whether or not
    // the table has focus; without focus, the item view's own bookkeeping is all that must happen.
    if (hasFocus())
        QTableView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous); // NOLINT(bugprone-parent-virtual-call)
}

void TableView::keyPressEvent(QKeyEvent *event)
{
    // Page turning belongs to the window: an item view would move the cursor a page (Ctrl+PageUp/Down) or a
    // cell (Ctrl+Tab). Ignored, the key travels up to the page tabs and the window's shortcuts.
    const bool control = event->modifiers() & Qt::ControlModifier;
    const int key = event->key();
    if (control && (key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_PageUp || key == Qt::Key_PageDown)) {
        event->ignore();
        return;
    }
    QTableView::keyPressEvent(event);
}

// --- PageTabWidget ---------------------------------------------------------------------------------------------

namespace {

// One tab of the bar: a page tab that is selected when it is the current one.
class PageTabInterface : public AccessibleItem, public QAccessibleActionInterface
{
public:
    PageTabInterface(QTabBar *bar, int index)
        : AccessibleItem(bar)
        , m_index(index)
    { }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }
    bool isValid() const override { return bar() && m_index < bar()->count(); }
    QAccessible::Role role() const override { return QAccessible::PageTab; }
    QAccessible::State state() const override
    {
        QAccessible::State state = selectableState(isValid() && m_index == bar()->currentIndex());
        if (!isValid())
            return state;
        state.disabled = !bar()->isTabEnabled(m_index);
        state.invisible = state.invisible || !bar()->isTabVisible(m_index);
        return state;
    }
    QRect rect() const override { return onScreen(isValid() ? bar()->tabRect(m_index) : QRect()); }
    QString text(QAccessible::Text type) const override
    {
        if (!isValid())
            return QString();
        switch (type) {
        case QAccessible::Name:
            return bar()->accessibleTabName(m_index).isEmpty() ? withoutMnemonic(bar()->tabText(m_index))
                                                               : bar()->accessibleTabName(m_index);
        case QAccessible::Description:
            return bar()->tabToolTip(m_index);
        case QAccessible::Accelerator: {
            const QKeySequence mnemonic = QKeySequence::mnemonic(bar()->tabText(m_index));
            return mnemonic.toString(QKeySequence::NativeText);
        }
        default:
            return QString();
        }
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (isValid() && name == pressAction())
            bar()->setCurrentIndex(m_index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    int index() const { return m_index; }

private:
    QTabBar *bar() const { return static_cast<QTabBar *>(owner()); }

    int m_index;
};

class PageTabBarInterface : public QAccessibleWidget
{
public:
    explicit PageTabBarInterface(QTabBar *bar)
        : QAccessibleWidget(bar, QAccessible::PageTabList)
    { }
    ~PageTabBarInterface() override
    {
        for (QAccessible::Id id : std::as_const(m_tabs))
            QAccessible::deleteAccessibleInterface(id);
    }

    QTabBar *bar() const { return static_cast<QTabBar *>(widget()); }
    int childCount() const override { return bar()->count(); }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= bar()->count())
            return nullptr;
        if (const QAccessible::Id id = m_tabs.value(index))
            return QAccessible::accessibleInterface(id);
        auto *tab = new PageTabInterface(bar(), index);
        m_tabs.insert(index, QAccessible::registerAccessibleInterface(tab));
        return tab;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (child && child->role() == QAccessible::PageTab && child->parent() == this)
            return static_cast<const PageTabInterface *>(child)->index();
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const int index = bar()->tabAt(bar()->mapFromGlobal(QPoint(x, y)));
        return index >= 0 ? child(index) : nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        return bar()->hasFocus() ? child(bar()->currentIndex()) : nullptr;
    }
    QString text(QAccessible::Text type) const override
    {
        // Unless named, the list is called by its current tab, as Qt's own tab bar does.
        if (type == QAccessible::Name && widget()->accessibleName().isEmpty() && bar()->currentIndex() >= 0)
            return withoutMnemonic(bar()->tabText(bar()->currentIndex()));
        return QAccessibleWidget::text(type);
    }

private:
    mutable QHash<int, QAccessible::Id> m_tabs;
};

QAccessibleInterface *pageTabFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(PageTabBar::staticMetaObject.className()) && object && object->isWidgetType())
        return new PageTabBarInterface(static_cast<QTabBar *>(object));
    return nullptr;
}

} // namespace

PageTabWidget::PageTabWidget(QWidget *parent)
    : QTabWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(pageTabFactory);
        return true;
    }();
    Q_UNUSED(installed)
    setTabBar(new PageTabBar(this));
    // The tab bar is the Tab stop; the tab widget itself (a focus proxy for it) would otherwise be reported to
    // screen readers as a focusable, unnamed "filler".
    setFocusPolicy(Qt::NoFocus);
}

// --- AccessibleItem --------------------------------------------------------------------------------------------

QWindow *AccessibleItem::window() const
{
    return m_owner ? QAccessible::queryAccessibleInterface(m_owner)->window() : nullptr;
}

QAccessibleInterface *AccessibleItem::parent() const
{
    return QAccessible::queryAccessibleInterface(m_owner.data());
}

QAccessible::State AccessibleItem::selectableState(bool selected) const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.selected = selected;
    state.focused = selected && m_owner->hasFocus();
    state.invisible = !m_owner->isVisible();
    return state;
}

QRect AccessibleItem::onScreen(const QRect &local) const
{
    if (!isValid())
        return QRect();
    return QRect(m_owner->mapToGlobal(local.topLeft()), local.size());
}

// --- helpers ---------------------------------------------------------------------------------------------------

void noTabStop(QAbstractScrollArea *area)
{
    area->setFocusPolicy(Qt::NoFocus);
}

void nameClearButton(QLineEdit *edit, const QString &name)
{
    // The clear button is Qt's own tool button with the action "_q_qlineeditclearaction"; both are named, so
    // the button reads the same whichever a screen reader asks.
    if (auto *action = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        action->setText(name);
        action->setToolTip(name);
    }
    const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        if (button->defaultAction()
            && button->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            button->setAccessibleName(name);
            button->setToolTip(name);
        }
    }
}

QString withoutMnemonic(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                ++i; // "&&" is a literal ampersand
            else
                continue;
        }
        result.append(text.at(i));
    }
    return result;
}

} // namespace parat
