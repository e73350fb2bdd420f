#pragma once

#include <QString>

#include <functional>

class QDialog;
class QLineEdit;
class QPushButton;
class QLabel;
class QWidget;

namespace parat {

// What the import dialogs (handbook, statuses) share: choosing the file and running the dialog once it has one.

// Asks for a file to import (Dialogs::openFileName, with the caller's translated title and filter), remembers its
// folder as the last import folder and opens it with open. Returns false when the user cancelled.
bool chooseImportFile(QWidget *parent, const QString &title, const QString &filter,
                      const std::function<void(const QString &path)> &open);

// The dialog's file field: read-only (the file is chosen with the button), saying so with placeholder until then.
QLineEdit *importFileField(QWidget *dialog, const QString &placeholder);
// The button that chooses the file (text in the dialog's own words); clicking it runs choose.
QPushButton *chooseFileButton(QWidget *dialog, const QString &text, const std::function<void()> &choose);

// A label of the dialog's plain, wrapping messages: its summary (bold) and its status.
QLabel *importMessageLabel(QWidget *dialog, bool bold = false);

// Shows the chosen file in the dialog's file field (absolute, clean, with the platform's separators); returns path.
QString showImportFile(QLineEdit *field, const QString &path);

// Runs an import dialog that has its file. Scripted (tests cannot press buttons inside a modal loop): shown is
// recorded as shown, and the next scripted confirmation stands for pressing Import (importNow runs; false: Close).
// Otherwise the dialog runs modally and the result is whether it was accepted.
bool runImportDialog(QDialog &dialog, const QString &shown, const std::function<bool()> &importNow);

} // namespace parat
