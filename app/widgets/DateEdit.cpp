#include "DateEdit.h"

#include "domain/InputLimits.h"
#include "domain/Language.h"

#include <QAccessible>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>

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
    // Typing again answers the message: it goes, and the new text is judged when typing ends.
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] { hideMessage(); });
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
        m_refused = false;
        hideMessage();
        return true;
    }
    QString error;
    parse(text, &error);
    m_lastError = error;
    m_refused = true;
    setDate(date()); // the last good date back in the field
    selectAll();
    showMessage(error);
    emit inputRejected(error);
    return false;
}

bool DateEdit::refuseAccept(QWidget *form)
{
    for (DateEdit *edit : form->findChildren<DateEdit *>()) {
        if (!edit->isVisible() || !edit->isEnabled())
            continue;
        // A text still in the field (OK pressed by its shortcut, the field never left) is judged now.
        if (!edit->m_refused && edit->acceptTyped()) {
            edit->interpretText();
            continue;
        }
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        edit->showMessage(edit->m_lastError);
        // Said once: OK again accepts the date the field now shows.
        edit->m_refused = false;
        return true;
    }
    return false;
}

void DateEdit::showMessage(const QString &message)
{
    QWidget *host = window();
    if (!host || host == this)
        return;
    if (!m_message || m_message->parentWidget() != host) {
        delete m_message;
        m_message = new QLabel(host);
        m_message->setObjectName(QStringLiteral("dateEditMessage"));
        m_message->setWordWrap(true);
        m_message->setFrameShape(QFrame::Box);
        m_message->setMargin(4);
        m_message->setAutoFillBackground(true);
        m_message->setForegroundRole(QPalette::ToolTipText);
        m_message->setBackgroundRole(QPalette::ToolTipBase);
        m_message->setTextFormat(Qt::PlainText);
    }
    // Told in words, with a sign that is not a colour.
    m_message->setText(QStringLiteral("⚠ ") + message);
    m_message->setAccessibleName(message);
    const QPoint below = mapTo(host, QPoint(0, height()));
    const int width = std::min(std::max(this->width(), 280), std::max(80, host->width() - below.x() - 4));
    m_message->setFixedWidth(width);
    m_message->adjustSize();
    const int y = below.y() + m_message->height() <= host->height()
        ? below.y()
        : mapTo(host, QPoint(0, 0)).y() - m_message->height();
    m_message->move(below.x(), std::max(0, y));
    m_message->show();
    m_message->raise();
    setAccessibleDescription(message);
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void DateEdit::hideMessage()
{
    if (m_message)
        m_message->hide();
    if (!accessibleDescription().isEmpty())
        setAccessibleDescription(QString());
}

void DateEdit::hideEvent(QHideEvent *event)
{
    hideMessage();
    QDateEdit::hideEvent(event);
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
