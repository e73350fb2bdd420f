#pragma once

#include "planning/PersonTasks.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace parat {

class Database;

// One person's released, open tasks (planning/PersonTasks) as a table in three groups — this week, the next 2
// weeks, later — each group led by a row that names it with its task count and hours, and the person's hours set
// aside against the hours needed in its weeks ("4 h short" in words; never colour alone). Read-only.
class PersonTaskModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        TitleColumn,
        PartColumn,
        DueColumn,
        StatusColumn,
        HoursColumn,
        AskColumn,
        ColumnCount
    };
    enum Roles
    {
        TaskIdRole = Qt::UserRole + 1, // 0 on a group row
        GroupRowRole, // bool
        HorizonRole // int(TaskHorizon) of the row's group
    };

    explicit PersonTaskModel(Database &db, QObject *parent = nullptr);

    // Reads the municipality's plan and shows the person's tasks as of asOf; person 0 shows nothing.
    void load(Id municipalityId, Id personId, const QDate &asOf);
    void reload();
    Id personId() const { return m_personId; }
    QString personName() const { return m_personName; }
    const QList<PersonTaskGroup> &groups() const { return m_groups; }
    // Ids of the tasks shown, in row order.
    QList<Id> taskIds() const;
    int taskCount() const;
    bool isGroupRow(int row) const;
    // The group row's text: "This week: 2 tasks, 6 h – set aside 7.5 h, needed 9 h (1.5 h short)".
    static QString groupText(const PersonTaskGroup &group);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int group = 0;
        int task = -1; // -1: the group's row
    };

    Database &m_db;
    Id m_municipalityId = 0;
    Id m_personId = 0;
    QDate m_asOf;
    QString m_personName;
    QString m_language;
    QList<PersonTaskGroup> m_groups;
    QList<Row> m_rows;
    QHash<Id, QString> m_ask; // task id -> whom to ask
};

} // namespace parat
