#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>
#include <QList>

namespace parat {

class Database;

// The shared part of the read-only list tables (people, stakeholders, risks, decisions …): one row per record of type
// T, which has an `Id id`, read from the database by the derived model. The derived model has Q_OBJECT, names its
// columns (an enum ending in ColumnCount, given to the constructor) and says what each cell shows (data(),
// headerData()).
template<typename T> class RowTableModel : public QAbstractTableModel
{
public:
    // The record shown in `row`; nothing outside the table.
    const T *recordAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // Row of the record with that id, -1 when not shown.
    int rowOf(Id id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    RowTableModel(Database &db, int columnCount, QObject *parent)
        : QAbstractTableModel(parent)
        , m_db(db)
        , m_columnCount(columnCount)
    { }

    // Every cell may show something else (a new as-of date): the views repaint them.
    void allCellsChanged()
    {
        if (!m_rows.isEmpty())
            emit this->dataChanged(this->index(0, 0), this->index(rowCount() - 1, m_columnCount - 1));
    }

    Database &m_db;
    QList<T> m_rows;

private:
    int m_columnCount;
};

// A list table of one municipality's records: load() chooses the municipality and reads its rows through the derived
// model's reload() (also called after a change, to read them again).
template<typename T> class MunicipalityTableModel : public RowTableModel<T>
{
public:
    void load(Id municipalityId)
    {
        m_municipalityId = municipalityId;
        reload();
    }
    virtual void reload() = 0;
    Id municipalityId() const { return m_municipalityId; }

protected:
    using RowTableModel<T>::RowTableModel;

    Id m_municipalityId = 0;
};

} // namespace parat
