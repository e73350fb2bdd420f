#include "TaskFilterBar.h"

#include "Accessibility.h"
#include "FlowLayout.h"
#include "Retranslator.h"

#include "models/TaskFilterProxyModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace parat {

namespace {

// Keeps a menu of checkable choices open while the user ticks several (mouse click or Space); Return and
// Escape close it as usual.
class StayOpenFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *menu = qobject_cast<QMenu *>(watched);
        if (!menu)
            return false;
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            QAction *action = menu->actionAt(mouse->position().toPoint());
            if (action && action->isCheckable() && action->isEnabled()) {
                action->trigger();
                return true;
            }
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            QAction *action = menu->activeAction();
            if (key->key() == Qt::Key_Space && action && action->isCheckable() && action->isEnabled()) {
                action->trigger();
                return true;
            }
        }
        return false;
    }
};

template<typename Enum> QList<Enum> checkedValues(const QMenu *menu)
{
    QList<Enum> values;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isCheckable() && action->isChecked())
            values.append(Enum(action->data().toInt()));
    }
    return values;
}

template<typename Enum> void checkValues(QMenu *menu, const QList<Enum> &values)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable())
            action->setChecked(values.contains(Enum(action->data().toInt())));
    }
}

} // namespace

TaskFilterBar::TaskFilterBar(TaskFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    // The check boxes and buttons wrap onto a second line in a narrow window rather than being cut.
    auto *bottom = new FlowLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(bottom);

    auto *searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(24 * fontMetrics().averageCharWidth());
    searchLabel->setBuddy(m_search);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);

    m_phaseButton = makeSetButton(QString(), QString());
    m_themeButton = makeSetButton(QString(), QString());
    m_statusButton = makeSetButton(QString(), QString());
    m_phaseButton->setObjectName(QStringLiteral("phaseFilterButton"));
    m_themeButton->setObjectName(QStringLiteral("themeFilterButton"));
    m_statusButton->setObjectName(QStringLiteral("statusFilterButton"));
    m_phaseMenu = m_phaseButton->menu();
    m_themeMenu = m_themeButton->menu();
    m_statusMenu = m_statusButton->menu();
    top->addWidget(m_phaseButton);
    top->addWidget(m_themeButton);
    top->addWidget(m_statusButton);

    auto *personLabel = new QLabel(this);
    m_person = new QComboBox(this);
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    personLabel->setBuddy(m_person);
    top->addWidget(personLabel);
    top->addWidget(m_person);

    addSecondLine(bottom);

    rebuildSetMenus();
    setPeople({});

    connectFilters();
    followProxy();
    syncFromProxy();

    // The fixed texts now and on each language change; on a change also the menus anew, checked as the filters
    // stand.
    auto *texts = new Retranslator(this);
    texts->add([this, searchLabel, personLabel] {
        searchLabel->setText(tr("Fi&nd:"));
        m_search->setPlaceholderText(tr("Key, title, description or person (Ctrl+F)"));
        m_search->setAccessibleName(tr("Find tasks"));
        nameClearButton(m_search, tr("Clear search"));
        personLabel->setText(tr("Pe&rson:"));
        m_person->setAccessibleName(tr("Person filter"));
        m_person->setToolTip(tr("Tasks the person is responsible for or performs"));
        m_overdue->setText(tr("&Overdue"));
        m_thisWeek->setText(tr("Due this &week"));
        m_nextFourWeeks->setText(tr("Due in the next &4 weeks"));
        m_hideClosed->setText(tr("Hide &closed"));
        m_hideClosed->setToolTip(tr("Hide tasks that are done or not relevant"));
        m_showWithdrawn->setText(tr("Show with&drawn"));
        m_showWithdrawn->setToolTip(tr("Show tasks a newer handbook version no longer has"));
        m_clear->setText(tr("C&lear filters"));
        m_group->setText(tr("&Group by phase"));
        m_group->setToolTip(tr("Sort by phase, then due date"));
    });
    texts->onChange([this] {
        m_person->setItemText(0, tr("Everyone"));
        rebuildSetMenus();
        syncFromProxy();
    });
}

// The second line: the quick filters, Clear filters, Group by phase and the count.
void TaskFilterBar::addSecondLine(FlowLayout *bottom)
{
    m_overdue = new QCheckBox(this);
    m_thisWeek = new QCheckBox(this);
    m_nextFourWeeks = new QCheckBox(this);
    m_hideClosed = new QCheckBox(this);
    m_showWithdrawn = new QCheckBox(this);
    m_clear = new QPushButton(this);
    m_group = new QToolButton(this);
    m_group->setAutoRaise(false);
    m_count = new QLabel(this);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_overdue, m_thisWeek, m_nextFourWeeks, m_hideClosed,
                                                             m_showWithdrawn, m_clear, m_group})
        bottom->addWidget(widget);
    bottom->addWidget(m_count);
}

// Each filter control sets its filter on the proxy (not while syncFromProxy() sets the controls).
void TaskFilterBar::connectFilters()
{
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_syncing)
            m_proxy->setSearchText(text);
    });
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            m_proxy->setPerson(m_person->currentData().toLongLong());
    });
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            m_proxy->setOverdueOnly(on);
    });
    connect(m_thisWeek, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            m_proxy->setDueThisWeek(on);
    });
    connect(m_nextFourWeeks, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            m_proxy->setDueNextFourWeeks(on);
    });
    connect(m_hideClosed, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            m_proxy->setHideClosed(on);
    });
    connect(m_showWithdrawn, &QCheckBox::toggled, this, [this](bool on) {
        if (m_syncing)
            return;
        m_proxy->setShowWithdrawn(on);
        emit showWithdrawnToggled(on);
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { clearFilters(false); });
    connect(m_group, &QToolButton::clicked, this, &TaskFilterBar::groupByPhaseRequested);
}

// The count and the Clear button follow the proxy's filters and rows.
void TaskFilterBar::followProxy()
{
    connect(m_proxy, &TaskFilterProxyModel::filtersChanged, this, [this] {
        updateCount();
        m_clear->setEnabled(m_proxy->isFiltering());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TaskFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TaskFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaskFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TaskFilterBar::updateCount);
}

QToolButton *TaskFilterBar::makeSetButton(const QString &text, const QString &accessibleName)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    menu->installEventFilter(new StayOpenFilter(menu));
    button->setMenu(menu);
    return button;
}

void TaskFilterBar::rebuildSetMenus()
{
    const auto fill = [this](QMenu *menu, const QList<QPair<int, QString>> &items) {
        menu->clear();
        menu->addAction(tr("Show &all"), this, [this, menu] {
            m_syncing = true;
            checkValues<int>(menu, {});
            m_syncing = false;
            applySets();
        });
        menu->addSeparator();
        for (const auto &item : items) {
            QAction *action = menu->addAction(item.second);
            action->setCheckable(true);
            action->setData(item.first);
            connect(action, &QAction::toggled, this, [this] {
                if (!m_syncing)
                    applySets();
            });
        }
    };
    QList<QPair<int, QString>> phases;
    for (Phase phase : allPhases())
        phases.append({int(phase), QStringLiteral("%1 %2").arg(phaseCode(phase), phaseName(phase))});
    QList<QPair<int, QString>> themes;
    for (Theme theme : allThemes())
        themes.append({int(theme), QStringLiteral("%1 %2").arg(themeCode(theme), themeName(theme))});
    QList<QPair<int, QString>> statuses;
    for (Status status : allStatuses())
        statuses.append({int(status), statusName(status)});
    fill(m_phaseMenu, phases);
    fill(m_themeMenu, themes);
    fill(m_statusMenu, statuses);
}

void TaskFilterBar::applySets()
{
    m_proxy->setPhases(checkedValues<Phase>(m_phaseMenu));
    m_proxy->setThemes(checkedValues<Theme>(m_themeMenu));
    m_proxy->setStatuses(checkedValues<Status>(m_statusMenu));
    updateSetButtonTexts();
}

void TaskFilterBar::updateSetButtonTexts()
{
    const auto summary = [](const QStringList &names) {
        if (names.isEmpty())
            return tr("all");
        if (names.size() == 1)
            return names.first();
        return tr("%n selected", "", int(names.size()));
    };
    QStringList phases;
    for (Phase phase : m_proxy->phases())
        phases.append(phaseName(phase));
    QStringList themes;
    for (Theme theme : m_proxy->themes())
        themes.append(themeCode(theme));
    QStringList statuses;
    for (Status status : m_proxy->statuses())
        statuses.append(statusName(status));
    m_phaseButton->setText(tr("Ph&ase: %1").arg(summary(phases)));
    m_themeButton->setText(tr("&Theme: %1").arg(summary(themes)));
    m_statusButton->setText(tr("Stat&us: %1").arg(summary(statuses)));

    // A screen reader hears what the button shows, and in the description every chosen value (the button
    // shortens several to "2 selected").
    QStringList themeNames;
    for (Theme theme : m_proxy->themes())
        themeNames.append(QStringLiteral("%1 %2").arg(themeCode(theme), themeName(theme)));
    const auto describe = [](QToolButton *button, const QStringList &names, const QString &all, const QString &some) {
        button->setAccessibleName(withoutMnemonic(button->text()));
        button->setAccessibleDescription(names.isEmpty() ? all : some.arg(names.join(QStringLiteral(", "))));
    };
    describe(m_phaseButton, phases, tr("Phase filter: every phase is shown. Opens a menu of phases."),
             tr("Phase filter: shows only %1. Opens a menu of phases."));
    describe(m_themeButton, themeNames, tr("Theme filter: every theme is shown. Opens a menu of themes."),
             tr("Theme filter: shows only %1. Opens a menu of themes."));
    describe(m_statusButton, statuses, tr("Status filter: every status is shown. Opens a menu of statuses."),
             tr("Status filter: shows only %1. Opens a menu of statuses."));
}

void TaskFilterBar::setPeople(const QList<Person> &people)
{
    // Rebuilding the combo box only when the people changed keeps its popup and focus undisturbed.
    bool same = m_person->count() == people.size() + 1;
    for (int i = 0; same && i < people.size(); ++i)
        same = m_person->itemData(i + 1).toLongLong() == people.at(i).id
            && m_person->itemText(i + 1) == people.at(i).name;
    if (same)
        return;
    m_syncing = true;
    m_person->clear();
    m_person->addItem(tr("Everyone"), Id(0));
    for (const Person &person : people)
        m_person->addItem(person.name, person.id);
    const int index = m_person->findData(m_proxy->person());
    m_syncing = false;
    if (index >= 0) {
        m_syncing = true;
        m_person->setCurrentIndex(index);
        m_syncing = false;
    } else {
        m_person->setCurrentIndex(0);
        m_proxy->setPerson(0); // the person left the municipality's list
    }
}

void TaskFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TaskFilterBar::clearFilters(bool keepSearch)
{
    m_proxy->clearFilters(keepSearch);
    syncFromProxy();
}

void TaskFilterBar::setShowWithdrawn(bool on)
{
    m_showWithdrawn->setChecked(on); // emits showWithdrawnToggled() when it changes
}

void TaskFilterBar::syncFromProxy()
{
    m_syncing = true;
    if (m_search->text() != m_proxy->searchText())
        m_search->setText(m_proxy->searchText());
    checkValues(m_phaseMenu, m_proxy->phases());
    checkValues(m_themeMenu, m_proxy->themes());
    checkValues(m_statusMenu, m_proxy->statuses());
    const int person = m_person->findData(m_proxy->person());
    m_person->setCurrentIndex(qMax(0, person));
    m_overdue->setChecked(m_proxy->overdueOnly());
    m_thisWeek->setChecked(m_proxy->dueThisWeek());
    m_nextFourWeeks->setChecked(m_proxy->dueNextFourWeeks());
    m_hideClosed->setChecked(m_proxy->hideClosed());
    m_showWithdrawn->setChecked(m_proxy->showWithdrawn());
    m_syncing = false;
    updateSetButtonTexts();
    m_clear->setEnabled(m_proxy->isFiltering());
    updateCount();
}

void TaskFilterBar::updateCount()
{
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    m_count->setText(tr("Showing %1 of %n task(s)", "", total).arg(m_proxy->rowCount()));
}

} // namespace parat
