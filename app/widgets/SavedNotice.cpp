#include "SavedNotice.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

namespace parat {

SavedNotice::SavedNotice(QStatusBar *bar)
    : QWidget(bar)
{
    setObjectName(QStringLiteral("savedNotice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("savedNoticeText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_openFolder = new QAction(this);
    m_openFolder->setObjectName(QStringLiteral("openFolderAction"));
    connect(m_openFolder, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(m_openFolder->data().toUrl()); });
    auto *button = new QToolButton(this);
    button->setDefaultAction(m_openFolder);
    button->setAutoRaise(true);
    layout->addWidget(button);
    bar->addWidget(this, 1);
    retranslate();
    hide();
}

void SavedNotice::announce(const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_openFolder->setData(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    retranslate();
    show();
}

QString SavedNotice::text() const
{
    return m_label->text();
}

void SavedNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SavedNotice::retranslate()
{
    m_label->setText(m_path.isEmpty() ? QString() : tr("Saved to %1").arg(QDir::toNativeSeparators(m_path)));
    m_label->setToolTip(m_label->text());
    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setToolTip(tr("Show the folder of the saved file"));
}

} // namespace parat
