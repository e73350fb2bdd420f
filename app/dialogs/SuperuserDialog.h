#pragma once

#include "PersonDialog.h"

#include "domain/Superuser.h"

class QLineEdit;
class QSpinBox;

namespace parat {

class DateEdit;

// The person dialog with the superuser details added (team, caseworkers covered, appointed on, trained on, active
// until). Dates may be left unset ("not set" is the lowest value of each date field). The caller turns person()
// and details() into an EditSuperuser command.
class SuperuserDialog : public PersonDialog
{
    Q_OBJECT
public:
    SuperuserDialog(AppContext &context, const Person *existing, const SuperuserDetails &details,
                    QWidget *parent = nullptr);

    SuperuserDetails details() const;

    void accept() override;

    // A date field whose lowest value means "not set".
    static DateEdit *optionalDateEdit(const QDate &date, QWidget *parent);
    static QDate optionalDate(const DateEdit *edit);

private:
    QLineEdit *m_team = nullptr;
    QSpinBox *m_caseworkers = nullptr;
    DateEdit *m_appointed = nullptr;
    DateEdit *m_trained = nullptr;
    DateEdit *m_activeUntil = nullptr;
};

} // namespace parat
