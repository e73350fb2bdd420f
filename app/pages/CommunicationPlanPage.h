#pragma once

#include "domain/Types.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace parat {

class AppContext;
class CommunicationPlanModel;

// The communication plan of the current municipality as a dated list. Overdue items and items due in the
// next four weeks say so in the status column and are bold (not colour alone); a summary line counts them.
// Add / Edit / Remove and Mark Done (one action, Ctrl+Return in the list) are undo commands. Reloads on
// Database::changed() and on a municipality switch, keeping the selected item.
class CommunicationPlanPage : public QWidget
{
    Q_OBJECT
public:
    explicit CommunicationPlanPage(AppContext &context, QWidget *parent = nullptr);
    ~CommunicationPlanPage() override;

    CommunicationPlanModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QCheckBox *openOnlyCheck() const { return m_openOnly; }
    QLabel *summary() const { return m_summary; }

    Id currentItemId() const;
    void selectItem(Id itemId);

public slots:
    void addItem();
    void editItem();
    void removeItem();
    void markDone();

private:
    void reload();
    void updateButtons();

    AppContext &m_context;
    CommunicationPlanModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace parat
