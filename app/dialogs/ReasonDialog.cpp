#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parat {

ReasonDialog::ReasonDialog(Status status, int taskCount, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Reason for \"%1\"").arg(statusName(status)));
    auto *layout = new QVBoxLayout(this);
    const QString question = taskCount > 1
        ? tr("Why are the %n tasks set to \"%1\"? A reason is required.", "", taskCount).arg(statusName(status))
        : tr("Why is the task set to \"%1\"? A reason is required.").arg(statusName(status));
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    auto *fieldLabel = new QLabel(tr("&Reason:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMinimumWidth(40 * fontMetrics().averageCharWidth());
    fieldLabel->setBuddy(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(label);
    layout->addWidget(fieldLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString ReasonDialog::ask(Status status, int taskCount, QWidget *parent)
{
    ReasonDialog dialog(status, taskCount, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.reason();
}

} // namespace parat
