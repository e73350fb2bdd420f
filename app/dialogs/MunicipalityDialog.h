#pragma once

#include "domain/Types.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace parat {

class DateEdit;

class AppContext;

// Adds a municipality from the official list of 98 (searchable by name or code; the ones already in the
// database are shown disabled and marked), or edits one (go-live date, project owner and leader; the code
// and name are fixed). The dialog only collects input; the static helpers below turn it into undo
// commands, so the window calls those.
class MunicipalityDialog : public QDialog
{
    Q_OBJECT
public:
    // Add: choose one of the official municipalities not in the database yet.
    explicit MunicipalityDialog(AppContext &context, QWidget *parent = nullptr);
    // Edit: the given municipality's go-live date, owner and leader.
    MunicipalityDialog(AppContext &context, const Municipality &municipality, QWidget *parent = nullptr);

    bool isAdding() const { return m_adding; }
    // The municipality as entered (id 0 when adding; code, name and region from the official list).
    Municipality municipality() const;

    // For tests and keyboard flows: the search field, the list, the number of entries the search shows, and
    // choosing an entry by code (false when it is not shown or already in the database).
    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    int visibleCount() const;
    bool selectCode(const QString &code);
    QString selectedCode() const;
    void setGoLive(const QDate &date); // invalid: not decided
    // 1 January of the year after `today`: DUBU go-lives are at year shifts.
    static QDate defaultGoLive(const QDate &today);

    // Opens the add dialog, pushes AddMunicipality and makes the new municipality current. False when
    // cancelled or the command failed (the error was shown).
    static bool addMunicipality(AppContext &context, QWidget *parent);
    // Opens the edit dialog for the municipality and pushes EditMunicipality when something changed.
    static bool editMunicipality(AppContext &context, Id municipalityId, QWidget *parent);
    // Asks first (Dialogs::confirm, naming the municipality and what goes with it), takes a
    // "remove-municipality" restore point, then pushes RemoveMunicipality. If it was current, the first
    // remaining municipality (or none) becomes current.
    static bool removeMunicipality(AppContext &context, Id municipalityId, QWidget *parent);
    // Makes sure the context's current municipality exists (after an undo, an import or a restore): when it
    // does not, the first municipality by code becomes current, or 0 when there is none.
    static void ensureCurrentMunicipality(AppContext &context);

public slots:
    // Refuses while a date field holds a refused date (DateEdit::refuseAccept).
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildAddList();
    void filterChanged(const QString &text);
    void selectFirstEnabled();
    void updateButtons();

    AppContext &m_context;
    bool m_adding = true;
    Municipality m_editing;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_noMatch = nullptr;
    QCheckBox *m_goLiveDecided = nullptr;
    DateEdit *m_goLive = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_leader = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace parat
