#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace parat {

// What an empty plan shows instead of the pages: a short welcome and the three ways to start. Adding a
// municipality and importing a handbook change this file; the demo goes into a new file of the user's choice,
// so a plan is never filled with demo data it did not ask for.
class FirstRunPage : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    QPushButton *addMunicipalityButton() const { return m_add; }
    QPushButton *importHandbookButton() const { return m_import; }
    QPushButton *openDemoButton() const { return m_demo; }

signals:
    void addMunicipalityRequested();
    void importHandbookRequested();
    void openDemoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_addHelp = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_importHelp = nullptr;
    QPushButton *m_demo = nullptr;
    QLabel *m_demoHelp = nullptr;
};

} // namespace parat
