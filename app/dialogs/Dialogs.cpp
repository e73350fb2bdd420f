#include "Dialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include <QFileDialog>
#include <QMessageBox>

namespace parat {

namespace {

bool g_scripted = false;
Dialogs::Script g_script;

} // namespace

void Dialogs::startScript()
{
    g_scripted = true;
    g_script = Script();
}

void Dialogs::stopScript()
{
    g_scripted = false;
    g_script = Script();
}

Dialogs::Script &Dialogs::script()
{
    return g_script;
}

bool Dialogs::scripted()
{
    return g_scripted;
}

void Dialogs::error(QWidget *parent, const QString &text)
{
    if (g_scripted) {
        g_script.shown.append(text);
        return;
    }
    QMessageBox::critical(parent, QObject::tr("Parat"), text);
}

void Dialogs::information(QWidget *parent, const QString &text)
{
    if (g_scripted) {
        g_script.shown.append(text);
        return;
    }
    QMessageBox::information(parent, QObject::tr("Parat"), text);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (g_scripted) {
        g_script.shown.append(text);
        return g_script.confirmations.isEmpty() ? false : g_script.confirmations.takeFirst();
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

Dialogs::Choice Dialogs::askSave(QWidget *parent, const QString &title, const QString &text, bool canCancel)
{
    if (g_scripted) {
        g_script.shown.append(text);
        const Choice choice = g_script.choices.isEmpty() ? Choice::Discard : g_script.choices.takeFirst();
        return choice == Choice::Cancel && !canCancel ? Choice::Discard : choice;
    }
    const QMessageBox::StandardButtons buttons
        = QMessageBox::Save | QMessageBox::Discard | (canCancel ? QMessageBox::Cancel : QMessageBox::NoButton);
    switch (QMessageBox::question(parent, title, text, buttons, QMessageBox::Save)) {
    case QMessageBox::Save:
        return Choice::Save;
    case QMessageBox::Discard:
        return Choice::Discard;
    default:
        // Cancel, Escape or the window's close button; without a Cancel button Escape means Discard.
        return canCancel ? Choice::Cancel : Choice::Discard;
    }
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (g_scripted)
        return g_script.fileNames.isEmpty() ? QString() : g_script.fileNames.takeFirst();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (g_scripted)
        return g_script.fileNames.isEmpty() ? QString() : g_script.fileNames.takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QDialogButtonBox *Dialogs::okCancelButtons(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    if (!okText.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLabel *Dialogs::addFormRow(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

QLabel *Dialogs::validationLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setVisible(false);
    return label;
}

} // namespace parat
