// The font database filled on a worker thread at start-up (app/cli/FontWarmUp): text measured on the main thread
// while the worker runs comes out the same as text measured once it is done, in the fonts reports and the window
// use, and the worker really runs where there is a QGuiApplication.
#include <catch2/catch.hpp>

#include "FontWarmUp.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QStringList>

using namespace parat;

namespace {

QList<qreal> widths(const QStringList &texts)
{
    QList<qreal> result;
    for (const bool bold : {false, true}) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(bold ? 11.0 : 9.0);
        font.setBold(bold);
        const QFontMetricsF metrics(font);
        for (const QString &text : texts)
            result.append(metrics.horizontalAdvance(text));
        result.append(metrics.height());
    }
    return result;
}

} // namespace

TEST_CASE("Text measured while the font database fills on a worker matches text measured after", "[fonts]")
{
    REQUIRE(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    const QStringList texts {QStringLiteral("Statusrapport for Københavns Kommune"),
                             QStringLiteral("Ansvarlig: Åse Ærø, uge 49"), QStringLiteral("Go-live 1. marts 2027")};
    QList<qreal> during;
    {
        FontWarmUp warmUp;
        during = widths(texts); // on the main thread, racing the worker for the database's lock
        REQUIRE(warmUp.wait());
    }
    const QList<qreal> after = widths(texts);
    REQUIRE(during == after);
    for (const qreal width : after)
        CHECK(width > 0.0);
    CHECK(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")));
}
