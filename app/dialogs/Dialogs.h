#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace parat {

// Every modal question and message of the window goes through here, so GUI tests can answer in advance
// (and never block on a dialog) and can read what the user would have been shown.
class Dialogs
{
public:
    static void error(QWidget *parent, const QString &text);
    static void information(QWidget *parent, const QString &text);
    // Yes/No question; true for yes.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    // Edits not saved yet: Save (the default, so Enter saves), Discard or, when `canCancel`, Cancel (also
    // Escape: stay where you are). Without Cancel, Escape discards.
    enum class Choice
    {
        Save,
        Discard,
        Cancel
    };
    static Choice askSave(QWidget *parent, const QString &title, const QString &text, bool canCancel = true);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    // The line under a dialog's field(s) that says what is wrong with the entry: bold plain text, wrapped, hidden
    // until set; the object name is what the tests look for.
    static QLabel *validationLabel(QWidget *parent, const QString &objectName = QStringLiteral("validationMessage"));
    // OK and Cancel at the foot of dialog, accepting and rejecting it; okText, when given, names what OK does.
    static QDialogButtonBox *okCancelButtons(QDialog *dialog, const QString &okText = QString());
    // A row of the form whose label (made in the form's widget) moves the focus to field; returns the label.
    static QLabel *addFormRow(QFormLayout *form, const QString &text, QWidget *field);
    // The widget with its object name (what the tests look for).
    template<typename Widget> static Widget *named(Widget *widget, const QString &objectName)
    {
        widget->setObjectName(objectName);
        return widget;
    }

    // Test hooks. While answers are queued, no dialog opens: confirm() takes the next bool (no answer: No),
    // askSave() the next choice (none: Discard), file dialogs the next string; errors, information and
    // questions are recorded in shown().
    struct Script
    {
        QList<bool> confirmations;
        QList<Choice> choices;
        QStringList fileNames;
        QStringList shown; // texts of errors and information shown, in order
    };
    static void startScript(); // from now on never open a real dialog
    static void stopScript();
    static Script &script();
    static bool scripted();
};

} // namespace parat
