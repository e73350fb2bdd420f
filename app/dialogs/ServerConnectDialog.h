#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace parat {

// File ▸ Connect to server… (team mode, docs/team-mode.md): the address of a plan on a PostgreSQL server — host,
// port, database, user and sslmode — and a password field for a server that asks for one. The password is used for
// this connection only and never stored: address() has none; left empty, libpq takes it from ~/.pgpass or
// PGPASSWORD.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from an address (postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]); a password in it is
    // ignored. problem, when given, is shown above the fields (why the last attempt failed).
    void setAddress(const QString &address, const QString &problem = {});
    // The address the fields make, without a password.
    QString address() const;
    QString password() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QLineEdit *passwordEdit() const { return m_password; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Asks; true with *address and *password when the user chose Connect.
    static bool ask(QWidget *parent, QString *address, QString *password, const QString &initial = {},
                    const QString &problem = {});

protected:
    void accept() override;

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_validation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace parat
