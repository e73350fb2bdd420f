#include "FirstRunPage.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parat {

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("firstRunPage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(column);
    m_title = new QLabel(column);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_intro = new QLabel(column);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addSpacing(12);

    auto *choices = new QGridLayout;
    choices->setHorizontalSpacing(16);
    choices->setVerticalSpacing(10);
    const auto addChoice = [&](int row, QPushButton *&button, QLabel *&help, const char *name) {
        button = new QPushButton(column);
        button->setObjectName(QString::fromLatin1(name));
        button->setMinimumHeight(button->sizeHint().height() * 5 / 4);
        help = new QLabel(column);
        help->setWordWrap(true);
        help->setBuddy(button);
        choices->addWidget(button, row, 0);
        choices->addWidget(help, row, 1);
    };
    addChoice(0, m_add, m_addHelp, "firstRunAddMunicipality");
    addChoice(1, m_import, m_importHelp, "firstRunImportHandbook");
    addChoice(2, m_demo, m_demoHelp, "firstRunOpenDemo");
    choices->setColumnStretch(1, 1);
    layout->addLayout(choices);

    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column, 4);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    setTabOrder(m_add, m_import);
    setTabOrder(m_import, m_demo);
    m_add->setDefault(true);
    setFocusProxy(m_add);

    connect(m_add, &QPushButton::clicked, this, &FirstRunPage::addMunicipalityRequested);
    connect(m_import, &QPushButton::clicked, this, &FirstRunPage::importHandbookRequested);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunPage::openDemoRequested);
    retranslate();
}

void FirstRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FirstRunPage::retranslate()
{
    m_title->setText(tr("Welcome to Parat"));
    m_intro->setText(tr("This plan has no municipality yet. Choose how to start:"));
    m_add->setText(tr("&Add a municipality…"));
    m_add->setAccessibleName(tr("Add a municipality"));
    m_addHelp->setText(tr("Choose your municipality from the official list and set its go-live date. The tasks "
                          "of the handbook are then planned from that date."));
    m_import->setText(tr("&Import a handbook…"));
    m_import->setAccessibleName(tr("Import a handbook"));
    m_importHelp->setText(tr("Bring in a newer implementation handbook (a CSV or JSON file) before you add the "
                             "municipality."));
    m_demo->setText(tr("Open the &demo…"));
    m_demo->setAccessibleName(tr("Open the demo"));
    m_demoHelp->setText(tr("Try Parat on a made-up municipality. The demo is saved in a new file you name, so this "
                           "plan stays empty."));
}

} // namespace parat
