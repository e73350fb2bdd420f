#pragma once

#include "domain/Types.h"

#include <QComboBox>
#include <QDialog>
#include <QList>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace parat {

// The shape the dialogs that add or edit one record share (risk, decision, go-live criterion, runbook step,
// communication item): a form of labelled fields, a validation message under it that stays hidden until OK
// finds a problem, and OK (the default button: Return in a one-line field stores the entry) and Cancel.
// accept() refuses while a date field holds an unfinished date or validate() names a problem, and shows the
// problem in the dialog. A subclass builds its fields in its constructor with addRow() and ends with
// finishForm(); the tab order follows the order the fields are made in.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    // Empty when the input can be stored, otherwise what is wrong.
    virtual QString validate() const = 0;
    void accept() override;

    QLabel *problemLabel() const { return m_problem; }

protected:
    explicit RecordDialog(QWidget *parent);

    QFormLayout *form() const { return m_form; }
    // A row whose label's mnemonic moves to field; returns the label.
    QLabel *addRow(const QString &text, QWidget *field);
    // Makes the validation message and the buttons and lays the dialog out; the last call of the constructor.
    void finishForm();
    // A plain text box `lines` lines high (up to 4 more) that Tab leaves.
    QPlainTextEdit *textBox(const QString &text, int lines);

    // A combo box of the values of an enumeration by their names, with current chosen.
    template<typename Enum> QComboBox *enumCombo(const QList<Enum> &all, QString (*name)(Enum), Enum current)
    {
        auto *combo = new QComboBox(this);
        for (Enum value : all)
            combo->addItem(name(value), int(value));
        combo->setCurrentIndex(std::max(0, combo->findData(int(current))));
        return combo;
    }
    // The value chosen in an enumCombo().
    template<typename Enum> static Enum enumValue(const QComboBox *combo)
    {
        return static_cast<Enum>(combo->currentData().toInt());
    }
    // A combo box of people by name after `none` (id 0), with the person of id `current` chosen.
    QComboBox *personCombo(const QList<Person> &people, const QString &none, Id current);

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace parat
