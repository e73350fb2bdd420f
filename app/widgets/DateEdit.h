#pragma once

#include <QDateEdit>
#include <QLabel>
#include <QPointer>

#include <optional>

namespace parat {

// The one date field of the window. It takes a date typed in full, the way a Danish reader writes it
// (dd-mm-åååå, d-m-åååå, dd.mm.åååå) or as ISO (åååå-mm-dd); the arrow keys and the calendar popup still
// work. A date that cannot be read, or lies outside the sane range (core/domain/InputLimits), is refused with
// a message under the field naming the problem, and the field keeps its last good date. An optional field
// also takes an empty text (or its "none" text) for no date. A form that saves the dates (a dialog's OK, a
// pane's Apply) first asks refuseAccept(): a bad date typed and then left with a click on OK is not saved as the
// old date unseen.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);
    DateEdit(const QDate &date, QWidget *parent);

    // Makes the field optional: noneText is shown when it holds no date. optionalDate() is then invalid.
    void setOptional(const QString &noneText);
    bool isOptional() const { return m_optional; }
    void setOptionalDate(const QDate &date);
    QDate optionalDate() const;

    // The message for the last text refused (empty after a good date).
    QString lastError() const { return m_lastError; }

    // True when the text last typed was refused, until a good date is typed or a form has said so
    // (refuseAccept).
    bool hasRefusedInput() const { return m_refused; }
    // The message under the field (null until a text was first refused); shown while the refusal stands.
    QLabel *messageLabel() const { return m_message; }

    // For accept(): checks every visible date field of form (a text still being typed too). When one holds a
    // refused date it gets the focus back with its message under it and true is returned: the caller refuses
    // to accept. The refusal is said once; confirming the date the field shows (OK again) accepts it.
    static bool refuseAccept(QWidget *form);

    // Reads a typed date; on failure *error says what is wrong and how to write it.
    static std::optional<QDate> parse(const QString &text, QString *error);

signals:
    void inputRejected(const QString &message);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    QDateTime dateTimeFromText(const QString &text) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool isNoneText(const QString &text) const;
    // Checks the text being typed; refuses it (message, last good date back) when it is not a date.
    bool acceptTyped();
    void applyLanguage();
    void showMessage(const QString &message);
    void hideMessage();

    bool m_optional = false;
    bool m_refused = false;
    QString m_lastError;
    // A child of the window, laid over it just under the field: a click elsewhere does not hide it (a
    // tooltip would go with the click on OK that made the field refuse its text).
    QPointer<QLabel> m_message;
};

} // namespace parat
