#pragma once

#include "domain/Types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace parat {

class AppContext;
class StakeholderMapWidget;
class StakeholderTableModel;

// The stakeholder map of the current municipality: filters (internal/external, kind, only those below target
// engagement), the four-field map and the stakeholder table (both show the filtered list and share the
// selection), Add / Edit / Remove (undo commands), Export PNG… and Print…. Reloads on Database::changed()
// and on a municipality switch, keeping the selected stakeholder.
class StakeholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit StakeholderPage(AppContext &context, QWidget *parent = nullptr);
    ~StakeholderPage() override;

    StakeholderTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    StakeholderMapWidget *map() const { return m_map; }
    QComboBox *internalFilter() const { return m_internal; }
    QComboBox *kindFilter() const { return m_kind; }
    QCheckBox *gapFilter() const { return m_onlyGap; }

    Id currentStakeholderId() const;
    void selectStakeholder(Id stakeholderId);

    // Writes the map (as shown: filtered) to a PNG file of the given size in pixels. False with *error on failure.
    bool exportPng(const QString &path, const QSize &size, QString *error) const;

public slots:
    void addStakeholder();
    void editStakeholder();
    void removeStakeholder();
    // Asks for a file name (Dialogs::saveFileName) and writes the map there.
    void exportMap();
    void printMap();

signals:
    // The map was written to path (a PNG).
    void mapExported(const QString &path);

private:
    // The parts of the constructor.
    QHBoxLayout *buildFilterRow();
    void buildMapAndTable();
    QHBoxLayout *buildButtonRow();
    void retranslateFixedTexts();
    void connectActions();
    void reload();
    void applyFilter();
    void updateButtons();
    void editStakeholderId(Id id);

    AppContext &m_context;
    StakeholderTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_internal = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_onlyGap = nullptr;
    QLabel *m_internalLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_mapLabel = nullptr;
    QLabel *m_tableLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    StakeholderMapWidget *m_map = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    bool m_syncing = false;
};

} // namespace parat
