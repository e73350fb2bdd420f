#pragma once

#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QStatusBar;

namespace parat {

// Confirms a save in the status bar: where the file went, and an "Open folder" button that shows the folder
// in the system's file manager. It stays until the next save (a passing status message covers it for a while).
class SavedNotice : public QWidget
{
    Q_OBJECT

public:
    explicit SavedNotice(QStatusBar *bar);

    // Shows that path was written.
    void announce(const QString &path);
    QString text() const;
    // Opens the folder of the last file (its data: the folder's file URL).
    QAction *openFolderAction() const { return m_openFolder; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QAction *m_openFolder = nullptr;
    QString m_path;
};

} // namespace parat
