#pragma once

#include "ListPage.h"

#include "domain/Types.h"

class QPushButton;

namespace parat {

class RunbookNowView;
class RunbookTableModel;

// "Runbook" (Drejebog): the cutover runbook of the current municipality as a table by start, with Add / Edit /
// Remove, Start and Finish (status and actual time in one step), the default runbook, CSV import and export,
// printing on A4 landscape (PDF) and the large-text "now" view for the go-live weekend. Every edit is an undo
// command; Insert, Enter and Delete work in the table. Reloads on Database::changed() and on a municipality
// switch (when shown), keeping the selection.
class RunbookPage : public ListPage
{
    Q_OBJECT
public:
    explicit RunbookPage(AppContext &context, QWidget *parent = nullptr);
    ~RunbookPage() override;

    RunbookTableModel *model() const { return m_model; }
    RunbookNowView *nowView() const { return m_now; }

    Id currentStepId() const;
    void selectStep(Id stepId);

public slots:
    void addStep();
    void editStep();
    void removeStep();
    void startStep();
    void finishStep();
    void createDefault();
    void importCsv();
    void exportCsv();
    void printPdf();
    void showNowView();

private:
    void reload();
    void updateButtons();
    void setStatus(int status); // RunbookStatus, with the actual time stamped

    RunbookTableModel *m_model = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_default = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_nowButton = nullptr;
    RunbookNowView *m_now = nullptr; // a window of its own, child of the page: made on first use
};

} // namespace parat
