#include "RecordDialog.h"

#include "DateEdit.h"
#include "Dialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace parat {

RecordDialog::RecordDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{ }

QLabel *RecordDialog::addRow(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, this);
    label->setBuddy(field);
    m_form->addRow(label, field);
    return label;
}

void RecordDialog::finishForm()
{
    m_problem = Dialogs::validationLabel(this);
    auto *buttons = Dialogs::okCancelButtons(this);
    // Return in a one-line field stores the entry (the text boxes take Return as a new line).
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QPlainTextEdit *RecordDialog::textBox(const QString &text, int lines)
{
    auto *edit = new QPlainTextEdit(text, this);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().height() * lines);
    edit->setMaximumHeight(edit->fontMetrics().height() * (lines + 4));
    return edit;
}

QComboBox *RecordDialog::personCombo(const QList<Person> &people, const QString &none, Id current)
{
    auto *combo = new QComboBox(this);
    combo->addItem(none, Id(0));
    for (const Person &person : people)
        combo->addItem(person.name, person.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

void RecordDialog::accept()
{
    if (DateEdit::refuseAccept(this))
        return;
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace parat
