#include "RestorePointsDialog.h"

#include "AppContext.h"
#include "Dialogs.h"
#include "MunicipalityDialog.h"

#include "domain/Calendar.h"
#include "domain/Language.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace parat {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

RestorePointsDialog::RestorePointsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Restore Points"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A restore point is a copy of the whole database. Parat takes one before each "
                                "handbook import, database update, removal of a municipality and restore."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *listLabel = new QLabel(tr("&Restore points:"), this);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Taken"), tr("Reason"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Restore points"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("There are no restore points yet."), this);
    layout->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_take = buttons->addButton(tr("&Take Restore Point Now"), QDialogButtonBox::ActionRole);
    m_take->setObjectName(QStringLiteral("takeRestorePointButton"));
    m_context.setEditEnabled(m_take);
    m_restore = buttons->addButton(tr("R&estore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(m_take, &QPushButton::clicked, this, &RestorePointsDialog::takeNow);
    connect(m_restore, &QPushButton::clicked, this, &RestorePointsDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestorePointsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestorePointsDialog::restoreSelected);
    layout->addWidget(buttons);

    reload();
    m_list->setFocus();
    resize(620, 420);
}

QString RestorePointsDialog::timeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return formatDateShort(local.date(), currentLanguage()) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString RestorePointsDialog::sizeText(qint64 bytes)
{
    return localeFor(currentLanguage()).formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

void RestorePointsDialog::reload()
{
    const QString selected = selectedId();
    // Each point is checked, so one that cannot be restored says so before anyone picks it.
    m_points = RestorePoints(m_context.database().path()).listChecked();
    m_list->clear();
    for (const RestorePoint &point : std::as_const(m_points)) {
        QString reason = Database::restoreReasonName(point.reason);
        if (!point.verified)
            reason = tr("%1 (cannot be used: %2)").arg(reason, point.problem);
        auto *item = new QTreeWidgetItem(m_list, {timeText(point.takenAt), reason, sizeText(point.sizeBytes)});
        item->setData(0, IdRole, point.id);
        if (!point.verified)
            item->setToolTip(1, reason);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_empty->setVisible(m_points.isEmpty());
    if (!selectPoint(selected) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

bool RestorePointsDialog::selectPoint(const QString &restorePointId)
{
    if (restorePointId.isEmpty())
        return false;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, IdRole).toString() == restorePointId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString RestorePointsDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void RestorePointsDialog::updateButtons()
{
    m_context.setEditEnabled(m_restore, !selectedId().isEmpty());
}

bool RestorePointsDialog::takeNow()
{
    if (!m_context.canEdit())
        return false;
    RestorePoint taken;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_context.database().takeRestorePoint(QStringLiteral("manual"), &taken, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        Dialogs::error(this, error);
        return false;
    }
    reload();
    selectPoint(taken.id);
    return true;
}

bool RestorePointsDialog::restoreSelected()
{
    const QString id = selectedId();
    return !id.isEmpty() && restore(id);
}

bool RestorePointsDialog::restore(const QString &restorePointId)
{
    if (!m_context.canEdit())
        return false; // also Enter or a double-click on the list
    RestorePoint chosen;
    for (const RestorePoint &point : std::as_const(m_points)) {
        if (point.id == restorePointId)
            chosen = point;
    }
    if (chosen.id.isEmpty()) {
        Dialogs::error(this, tr("That restore point no longer exists."));
        reload();
        return false;
    }
    if (!chosen.verified) {
        Dialogs::error(this, tr("This restore point cannot be used: %1.").arg(chosen.problem));
        return false;
    }
    const QString question
        = tr("Restore the database as it was on %1 (%2)?\n\nEverything changed since then is replaced. The current "
             "state is kept as a restore point itself, so you can go back to it. Undo history is cleared.")
              .arg(timeText(chosen.takenAt), Database::restoreReasonName(chosen.reason));
    if (!Dialogs::confirm(this, tr("Restore Database"), question))
        return false;

    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_context.database().restore(chosen.id, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        Dialogs::error(this, error);
        reload();
        return false;
    }
    // The commands on the undo stack describe changes to the state that was just replaced; undoing one now
    // would write stale data into the restored database. The stack starts afresh.
    m_context.undoStack()->clear();
    MunicipalityDialog::ensureCurrentMunicipality(m_context);
    reload();
    Dialogs::information(this,
                         tr("The database is back as it was on %1. The state before the restore is kept as "
                            "a restore point (\"%2\").")
                             .arg(timeText(chosen.takenAt), Database::restoreReasonName(QStringLiteral("restore"))));
    return true;
}

void RestorePointsDialog::run(AppContext &context, QWidget *parent)
{
    RestorePointsDialog dialog(context, parent);
    dialog.exec();
}

} // namespace parat
