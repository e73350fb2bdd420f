#pragma once

#include "domain/Types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace parat {

class AppContext;
class RunbookNowView;
class RunbookTableModel;

// "Runbook" (Drejebog): the cutover runbook of the current municipality as a table by start, with Add / Edit /
// Remove, Start and Finish (status and actual time in one step), the default runbook, CSV import and export,
// printing on A4 landscape (PDF) and the large-text "now" view for the go-live weekend. Every edit is an undo
// command; Insert, Enter and Delete work in the table. Reloads on Database::changed() and on a municipality
// switch (when shown), keeping the selection.
class RunbookPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookPage(AppContext &context, QWidget *parent = nullptr);
    ~RunbookPage() override;

    RunbookTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
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

    AppContext &m_context;
    RunbookTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
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
