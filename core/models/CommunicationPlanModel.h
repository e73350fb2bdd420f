#pragma once

#include "domain/Stakeholder.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace parat {

class Database;

// The communication plan of one municipality as a dated list. Planned items dated in the next four weeks are
// "due soon", planned items dated before the as-of date "overdue"; both are marked in text (the status
// column) and in bold, never by colour alone. Read-only; edits go through commands.
class CommunicationPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        StateColumn,
        OccasionColumn,
        TargetColumn,
        MessageColumn,
        ChannelColumn,
        SenderColumn,
        ResponsibleColumn,
        ColumnCount
    };
    enum Roles
    {
        ItemIdRole = Qt::UserRole + 1,
        SortRole,
        OverdueRole, // bool
        DueSoonRole // bool: planned from asOf through asOf + dueSoonDays()
    };
    static int dueSoonDays() { return 28; }

    explicit CommunicationPlanModel(Database &db, QObject *parent = nullptr);

    void load(Id municipalityId);
    void reload();
    Id municipalityId() const { return m_municipalityId; }
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    // Hides done and cancelled items.
    void setOpenOnly(bool openOnly);

    const CommunicationItem *itemAt(int row) const;
    int rowOf(Id itemId) const;
    int overdueCount() const;
    int dueSoonCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const CommunicationItem &item) const;

    Database &m_db;
    Id m_municipalityId = 0;
    QDate m_asOf;
    bool m_openOnly = false;
    QList<CommunicationItem> m_rows;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_stakeholders;
    QHash<Id, QString> m_tasks; // task id -> "key title"
};

} // namespace parat
