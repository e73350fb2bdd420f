#include "ServerConnectDialog.h"

#include "Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace parat {

namespace {

// libpq's sslmode values, the default ("prefer") first.
const QStringList &sslModes()
{
    static const QStringList modes {QStringLiteral("prefer"),    QStringLiteral("require"),
                                    QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
                                    QStringLiteral("allow"),     QStringLiteral("disable")};
    return modes;
}

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Open a plan the project group shares on a PostgreSQL server. Ask whoever runs the "
                                "server for these details."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setAccessibleName(tr("Server"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleName(tr("Port"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setAccessibleName(tr("Database"));
    m_user = new QLineEdit(qEnvironmentVariable("USER"), this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setAccessibleName(tr("User name"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("serverSslMode"));
    m_sslMode->addItems(sslModes());
    m_sslMode->setAccessibleName(tr("Encryption (sslmode)"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Encryption (sslmode):"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Parat never stores the password: it is used for this connection only. The address is "
                               "remembered without it."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_validation = Dialogs::validationLabel(this);
    layout->addWidget(m_validation);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_database->setFocus();
    setMinimumWidth(44 * fontMetrics().averageCharWidth());
}

void ServerConnectDialog::setAddress(const QString &address, const QString &problem)
{
    const QUrl url(address);
    if (url.isValid()) {
        if (!url.host().isEmpty())
            m_host->setText(url.host());
        if (url.port() > 0)
            m_port->setValue(url.port());
        m_database->setText(url.path().mid(1));
        if (!url.userName().isEmpty())
            m_user->setText(url.userName());
        const QString mode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
        if (sslModes().contains(mode))
            m_sslMode->setCurrentText(mode);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        m_password->setFocus();
}

QString ServerConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    if (m_sslMode->currentIndex() > 0) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode->currentText());
        url.setQuery(query);
    }
    return url.toString();
}

QString ServerConnectDialog::password() const
{
    return m_password->text();
}

void ServerConnectDialog::accept()
{
    static const QRegularExpression name(QStringLiteral("^[^\\s/?#@:]+$"));
    QString problem;
    if (!name.match(m_host->text().trimmed()).hasMatch())
        problem = tr("Write the server's name or address.");
    else if (!name.match(m_database->text().trimmed()).hasMatch())
        problem = tr("Write the name of the database on the server.");
    else if (!name.match(m_user->text().trimmed()).hasMatch())
        problem = tr("Write your user name on the server.");
    m_validation->setText(problem);
    m_validation->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

bool ServerConnectDialog::ask(QWidget *parent, QString *address, QString *password, const QString &initial,
                              const QString &problem)
{
    ServerConnectDialog dialog(parent);
    if (!initial.isEmpty() || !problem.isEmpty())
        dialog.setAddress(initial, problem);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *address = dialog.address();
    *password = dialog.password();
    return true;
}

} // namespace parat
