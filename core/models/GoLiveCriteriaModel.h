#pragma once

#include "planning/GoLiveReadiness.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace parat {

class Database;

// The go-live criteria of one municipality as a table, with the status the rules give (a measured criterion shows
// its numbers and "measured"; it cannot be ticked by hand). A criterion not met after its due date says "passed" in
// words and is bold (never colour alone). Read-only; edits go through commands. The whole evaluation (score,
// light, reasons) is result().
class GoLiveCriteriaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CriterionColumn,
        StatusColumn,
        NumbersColumn, // the measured numbers, or the evidence and its link
        OwnerColumn,
        DueColumn,
        ColumnCount
    };
    enum Roles
    {
        CriterionIdRole = Qt::UserRole + 1,
        MeasuredRole, // bool
        LateRole // bool
    };

    explicit GoLiveCriteriaModel(Database &db, QObject *parent = nullptr);

    // Reads and evaluates the municipality's criteria as of asOf.
    void load(Id municipalityId, const QDate &asOf, const QString &language = QString());
    void reload();

    const GoLiveReadinessResult &result() const { return m_result; }
    const GoLiveEvaluation *evaluationAt(int row) const;
    int rowOf(Id criterionId) const;
    QString personName(Id personId) const { return m_people.value(personId); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    Id m_municipalityId = 0;
    QDate m_asOf;
    QString m_language;
    GoLiveReadinessResult m_result;
    QHash<Id, QString> m_people;
};

} // namespace parat
