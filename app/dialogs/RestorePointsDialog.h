#pragma once

#include "storage/Database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace parat {

class AppContext;

// Lists the database's restore points (newest first: when, why, size), takes one on request ("manual"), and
// restores one after asking. Restoring keeps the current state as a restore point itself. With a read-only
// database the list can be viewed, but taking and restoring are disabled.
class RestorePointsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestorePointsDialog(AppContext &context, QWidget *parent = nullptr);

    void reload();
    // Takes a "manual" restore point and selects it. Errors are shown through Dialogs.
    bool takeNow();
    // Asks (Dialogs::confirm), then restores the selected restore point.
    bool restoreSelected();
    // Asks, then restores the given one. Afterwards the undo stack is empty and the current municipality
    // exists (else the first one, or none, is current).
    bool restore(const QString &restorePointId);

    QTreeWidget *list() const { return m_list; }
    QPushButton *takeButton() const { return m_take; }
    QPushButton *restoreButton() const { return m_restore; }
    QList<RestorePoint> points() const { return m_points; }
    bool selectPoint(const QString &restorePointId);
    QString selectedId() const;

    // Local date and time in the user's language style ("27-11-2026 23:30" in Danish).
    static QString timeText(const QDateTime &utc);
    static QString sizeText(qint64 bytes);

    static void run(AppContext &context, QWidget *parent);

private:
    void updateButtons();

    AppContext &m_context;
    QList<RestorePoint> m_points;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_take = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace parat
