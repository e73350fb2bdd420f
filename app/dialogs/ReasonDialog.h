#pragma once

#include "domain/Enums.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace parat {

// Asks for the reason of a Waiting / Not relevant status. OK stays disabled while the text is empty.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(Status status, int taskCount, QWidget *parent = nullptr);
    QString reason() const;

    // Shows the dialog; the reason, or an empty string when cancelled.
    static QString ask(Status status, int taskCount, QWidget *parent);

private:
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace parat
