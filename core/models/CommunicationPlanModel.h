#pragma once

#include "domain/Stakeholder.h"
#include "models/RowTableModel.h"

#include <QDate>
#include <QHash>

namespace parat {

class Database;

// The communication plan of one municipality as a dated list. Planned items dated in the next four weeks are
// "due soon", planned items dated before the as-of date "overdue"; both are marked in text (the status
// column) and in bold, never by colour alone. Read-only; edits go through commands.
class CommunicationPlanModel : public MunicipalityTableModel<CommunicationItem>
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

    void reload() override;
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    // Hides done and cancelled items.
    void setOpenOnly(bool openOnly);

    const CommunicationItem *itemAt(int row) const { return recordAt(row); }
    int overdueCount() const;
    int dueSoonCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const CommunicationItem &item) const;

    QDate m_asOf;
    bool m_openOnly = false;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_stakeholders;
    QHash<Id, QString> m_tasks; // task id -> "key title"
};

} // namespace parat
