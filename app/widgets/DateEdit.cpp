#include "DateEdit.h"

#include "domain/InputLimits.h"
#include "domain/Language.h"

#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolTip>

namespace parat {

namespace {

// An optional field holds this day, just before the sane range, for "no date"; every real date stays typeable.
QDate noDate()
{
    return limits::earliestDate().addDays(-1);
}

QString shown(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDateRange(limits::earliestDate(), limits::latestDate());
    // The date is read when typing ends (Enter, Tab, leaving the field), not from every half-typed text.
    setKeyboardTracking(false);
    // QDateEdit snaps the cursor to its day/month/year sections and, on leaving a section, puts back the last
    // good date over a half-typed one; a date typed in full must be left alone until typing ends.
    disconnect(lineEdit(), SIGNAL(cursorPositionChanged(int, int)), this,
               SLOT(_q_editorCursorPositionChanged(int, int)));
    applyLanguage();
}

DateEdit::DateEdit(const QDate &date, QWidget *parent)
    : DateEdit(parent)
{
    setDate(date);
}

void DateEdit::setOptional(const QString &noneText)
{
    m_optional = true;
    setMinimumDate(noDate());
    setSpecialValueText(noneText);
}

void DateEdit::setOptionalDate(const QDate &date)
{
    setDate(date.isValid() ? date : (m_optional ? noDate() : minimumDate()));
}

QDate DateEdit::optionalDate() const
{
    return m_optional && date() <= noDate() ? QDate() : date();
}

std::optional<QDate> DateEdit::parse(const QString &text, QString *error)
{
    static const QRegularExpression danish(QStringLiteral("^(\\d{1,2})([-./])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const QString trimmed = text.trimmed();
    QDate date;
    if (const auto match = danish.match(trimmed); match.hasMatch())
        date = QDate(match.captured(4).toInt(), match.captured(3).toInt(), match.captured(1).toInt());
    else if (const auto isoMatch = iso.match(trimmed); isoMatch.hasMatch())
        date = QDate(isoMatch.captured(1).toInt(), isoMatch.captured(2).toInt(), isoMatch.captured(3).toInt());
    else {
        *error = tr("\"%1\" is not a date. Write it as dd-mm-yyyy, such as 01-02-2027, or as 2027-02-01.").arg(trimmed);
        return std::nullopt;
    }
    if (!date.isValid()) {
        *error = tr("There is no date \"%1\": check the day and the month.").arg(trimmed);
        return std::nullopt;
    }
    if (date < limits::earliestDate() || date > limits::latestDate()) {
        *error = tr("The date must lie between %1 and %2.")
                     .arg(shown(limits::earliestDate()), shown(limits::latestDate()));
        return std::nullopt;
    }
    return date;
}

bool DateEdit::isNoneText(const QString &text) const
{
    const QString trimmed = text.trimmed();
    return m_optional && (trimmed.isEmpty() || trimmed == specialValueText());
}

QValidator::State DateEdit::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    if (isNoneText(input))
        return QValidator::Acceptable;
    QString error;
    if (parse(input, &error))
        return QValidator::Acceptable;
    // Letters only while editing the "none" text; anything else a date may hold is kept while typing.
    static const QRegularExpression dateCharacters(QStringLiteral("^[0-9\\-./ ]*$"));
    if (dateCharacters.match(input).hasMatch() || (m_optional && specialValueText().startsWith(input.trimmed())))
        return QValidator::Intermediate;
    return QValidator::Invalid;
}

void DateEdit::fixup(QString &input) const
{
    // Nothing to repair: a text that is not a date is refused with a message (acceptTyped), never guessed at.
    Q_UNUSED(input);
}

QDateTime DateEdit::dateTimeFromText(const QString &text) const
{
    if (isNoneText(text))
        return QDateTime(minimumDate(), time());
    QString error;
    if (const auto parsed = parse(text, &error))
        return QDateTime(*parsed, time());
    return dateTime();
}

bool DateEdit::acceptTyped()
{
    QString text = lineEdit()->text();
    int pos = lineEdit()->cursorPosition();
    if (validate(text, pos) == QValidator::Acceptable) {
        m_lastError.clear();
        return true;
    }
    QString error;
    parse(text, &error);
    m_lastError = error;
    setDate(date()); // the last good date back in the field
    selectAll();
    QToolTip::showText(mapToGlobal(QPoint(0, height())), error, this);
    emit inputRejected(error);
    return false;
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
        // Leaving the field with the keyboard: a bad date keeps the focus here with its message.
        if (!acceptTyped()) {
            event->accept();
            return;
        }
        interpretText();
        QDateEdit::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (!acceptTyped()) {
            // Kept here, so Enter does not also press the dialog's default button with the old date.
            event->accept();
            return;
        }
        QDateEdit::keyPressEvent(event);
        return;
    }
    const QString text = event->text();
    const bool typing
        = (!text.isEmpty() && text.at(0).isPrint() && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)))
        || event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete;
    if (typing) {
        // Straight into the text: QDateEdit would take a '-' or '.' as "next section" and drop digits that
        // do not fit the section under the cursor.
        QAbstractSpinBox::keyPressEvent(event);
        return;
    }
    QDateEdit::keyPressEvent(event);
}

void DateEdit::focusInEvent(QFocusEvent *event)
{
    QDateEdit::focusInEvent(event);
    // Reached by the keyboard: the whole date selected, so typing replaces it (QDateEdit selects the day only,
    // and a full date typed over it would mix with the old month and year).
    if (event->reason() != Qt::MouseFocusReason && event->reason() != Qt::PopupFocusReason)
        selectAll();
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
    acceptTyped();
    QDateEdit::focusOutEvent(event);
}

void DateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        applyLanguage();
    QDateEdit::changeEvent(event);
}

void DateEdit::applyLanguage()
{
    // Danish readers write day first; English ones get ISO, which no one reads the wrong way round.
    setDisplayFormat(currentLanguage() == QLatin1String("da") ? QStringLiteral("dd-MM-yyyy")
                                                              : QStringLiteral("yyyy-MM-dd"));
    setToolTip(tr("Type a date as dd-mm-yyyy or yyyy-mm-dd, or choose it in the calendar."));
}

} // namespace parat
