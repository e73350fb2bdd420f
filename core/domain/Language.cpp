#include "domain/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace parat {

namespace {

QString g_language = QStringLiteral("en");
std::unique_ptr<QTranslator> g_parat;
std::unique_ptr<QTranslator> g_qt;

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("da"), QStringLiteral("en")};
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    if (g_parat)
        QCoreApplication::removeTranslator(g_parat.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_parat = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();
    // An installed catalogue (share/parat/translations beside the binary's bin/) wins over the embedded
    // one, so an updated translation can be dropped in without a rebuild.
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/parat/translations");
    if (g_parat->load(QStringLiteral("parat_%1").arg(language), installed)
        || g_parat->load(QStringLiteral(":/i18n/parat_%1.qm").arg(language)))
        QCoreApplication::installTranslator(g_parat.get());
    if (language != QLatin1String("en")
        && g_qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    QLocale::setDefault(localeFor(language));
    g_language = language;
    return true;
}

QString currentLanguage()
{
    return g_language;
}

QLocale localeFor(const QString &language)
{
    return language == QLatin1String("da") ? QLocale(QLocale::Danish, QLocale::Denmark)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace parat
