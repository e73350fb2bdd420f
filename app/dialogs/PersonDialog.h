#pragma once

#include "domain/Types.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace parat {

class AppContext;

// Adds or edits a person of the current municipality: name, unit, e-mail, roles, manager, KLIK registration
// and a note. accept() refuses invalid input with a message in the dialog; the caller turns person() into a
// command. Later issues add fields with addField() (a labelled row above the note) and read them back from
// their own widgets.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    // existing: the person to edit; nullptr adds a new one.
    PersonDialog(AppContext &context, const Person *existing, QWidget *parent = nullptr);

    // The person as entered (id and municipality of the edited person kept).
    Person person() const;
    // Empty when the input can be stored, otherwise what is wrong (also shown in the dialog).
    QString validate() const;

    void accept() override;

protected:
    // Adds a labelled row (text with an & accelerator) before the note.
    void addField(const QString &labelText, QWidget *field);

private:
    AppContext &m_context;
    Person m_person;
    QFormLayout *m_form = nullptr;
    int m_insertRow = 0;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailMessage = nullptr;
    QHash<int, QCheckBox *> m_roles; // by int(Role)
    QComboBox *m_manager = nullptr;
    QCheckBox *m_klik = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace parat
