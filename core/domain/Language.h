#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace parat {

// The user-interface language: "da" (Danish, the default for Danish users) or "en".
QStringList supportedLanguages();
// "da" when the system locale is Danish, otherwise "en".
QString systemLanguage();
// Loads Parat's catalogue (embedded as :/i18n/parat_<lang>.qm) and Qt's own (qtbase_<lang>.qm) into the
// running application, replacing any loaded before. Returns false for an unsupported language.
bool installTranslations(const QString &language);
// The language installed last ("en" before any).
QString currentLanguage();
// QLocale matching the language, for dates and numbers.
QLocale localeFor(const QString &language);

} // namespace parat
