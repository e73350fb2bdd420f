#pragma once

#include "ListPage.h"

#include "domain/Types.h"

class QCheckBox;
class QPushButton;

namespace parat {

class CommunicationPlanModel;

// The communication plan of the current municipality as a dated list. Overdue items and items due in the
// next four weeks say so in the status column and are bold (not colour alone); a summary line counts them.
// Add / Edit / Remove and Mark Done (one action, Ctrl+Return in the list) are undo commands. Reloads on
// Database::changed() and on a municipality switch, keeping the selected item.
class CommunicationPlanPage : public ListPage
{
    Q_OBJECT
public:
    explicit CommunicationPlanPage(AppContext &context, QWidget *parent = nullptr);
    ~CommunicationPlanPage() override;

    CommunicationPlanModel *model() const { return m_model; }
    QCheckBox *openOnlyCheck() const { return m_openOnly; }

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

    CommunicationPlanModel *m_model = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace parat
