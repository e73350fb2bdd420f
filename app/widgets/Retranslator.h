#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QWidget;

namespace parat {

// Sets a widget's texts again when the language changes, so switching language needs no restart. Each text is
// given once, as a function that calls tr(): it is applied at once and again on every QEvent::LanguageChange
// the owner receives (before the owner's own changeEvent and its children).
class Retranslator : public QObject
{
public:
    explicit Retranslator(QWidget *owner);

    // Applies now and on every language change.
    void add(std::function<void()> apply);
    // Runs on every language change only (a reload of texts the page builds from data, for instance).
    void onChange(std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::vector<std::function<void()>> m_work;
};

} // namespace parat
