#include "ImportFlow.h"

#include "Dialogs.h"
#include "Settings.h"

#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace parat {

bool chooseImportFile(QWidget *parent, const QString &title, const QString &filter,
                      const std::function<void(const QString &path)> &open)
{
    const QString path = Dialogs::openFileName(parent, title, filter);
    if (path.isEmpty())
        return false;
    Settings().setLastImportFolder(QFileInfo(path).absolutePath());
    open(path);
    return true;
}

QLineEdit *importFileField(QWidget *dialog, const QString &placeholder)
{
    auto *field = new QLineEdit(dialog);
    field->setReadOnly(true);
    field->setPlaceholderText(placeholder);
    return field;
}

QPushButton *chooseFileButton(QWidget *dialog, const QString &text, const std::function<void()> &choose)
{
    auto *button = new QPushButton(text, dialog);
    QObject::connect(button, &QPushButton::clicked, dialog, [choose] { choose(); });
    return button;
}

QLabel *importMessageLabel(QWidget *dialog, bool bold)
{
    auto *label = new QLabel(dialog);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

QString showImportFile(QLineEdit *field, const QString &path)
{
    field->setText(QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath())));
    return path;
}

bool runImportDialog(QDialog &dialog, const QString &shown, const std::function<bool()> &importNow)
{
    if (Dialogs::scripted()) {
        Dialogs::script().shown.append(shown);
        const bool import = !Dialogs::script().confirmations.isEmpty() && Dialogs::script().confirmations.takeFirst();
        return import && importNow();
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace parat
