#pragma once

#include "domain/Types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace parat {

class FlowLayout;
class TaskFilterProxyModel;

// The controls of the task list's filters, writing straight into the proxy: free text, phase / theme /
// status (multi-select menus), person, the date toggles, hide closed, show withdrawn, "Clear filters" and
// "Showing 37 of 91 tasks". Toggling "show withdrawn" also emits showWithdrawnToggled() so the page can
// load the withdrawn tasks into the source model.
class TaskFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TaskFilterBar(TaskFilterProxyModel *proxy, QWidget *parent = nullptr);

    // The people the person filter offers; keeps the chosen person when still there.
    void setPeople(const QList<Person> &people);
    void focusSearch();
    // Clears every filter (search too unless keepSearch); "show withdrawn" stays.
    void clearFilters(bool keepSearch = false);
    void setShowWithdrawn(bool on);
    // Updates every control from the proxy (after the proxy was changed from code).
    void syncFromProxy();
    void updateCount();

    QLineEdit *searchField() const { return m_search; }
    QLabel *countLabel() const { return m_count; }

signals:
    void showWithdrawnToggled(bool on);
    void groupByPhaseRequested();

private:
    void addSecondLine(FlowLayout *bottom);
    void connectFilters();
    void followProxy();
    QToolButton *makeSetButton(const QString &text, const QString &accessibleName);
    void rebuildSetMenus();
    void applySets();
    void updateSetButtonTexts();

    TaskFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_phaseButton = nullptr;
    QToolButton *m_themeButton = nullptr;
    QToolButton *m_statusButton = nullptr;
    QMenu *m_phaseMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_statusMenu = nullptr;
    QComboBox *m_person = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_thisWeek = nullptr;
    QCheckBox *m_nextFourWeeks = nullptr;
    QCheckBox *m_hideClosed = nullptr;
    QCheckBox *m_showWithdrawn = nullptr;
    QPushButton *m_clear = nullptr;
    QToolButton *m_group = nullptr;
    QLabel *m_count = nullptr;
    bool m_syncing = false;
};

} // namespace parat
