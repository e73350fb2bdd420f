// Restore points are kept for the last ten changes and one per month before that, so a plan worked on for
// months can be taken back to any month without the folder growing without end.
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>

using namespace parat;

TEST_CASE("Restore points keep the newest ten and the newest of each older month", "[reliability]")
{
    test::TempDir dir;
    Database db;
    QString error;
    REQUIRE(db.open(dir.file(QStringLiteral("p.sqlite")), &error));
    RestorePoint first;
    REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), &first, &error));

    // Older restore points: three a month for six months last year (copies with older names).
    const QDir folder(db.restorePointDir());
    for (int month = 1; month <= 6; ++month) {
        for (int day : {3, 13, 23}) {
            const QString name = QStringLiteral("2025%1%2-120000-000-manual.sqlite")
                                     .arg(month, 2, 10, QLatin1Char('0'))
                                     .arg(day, 2, 10, QLatin1Char('0'));
            REQUIRE(QFile::copy(first.path, folder.filePath(name)));
        }
    }
    // Ten new ones push every old one out of "the newest ten".
    for (int i = 0; i < 10; ++i)
        REQUIRE(db.takeRestorePoint(QStringLiteral("manual"), nullptr, &error));

    const QList<RestorePoint> kept = db.restorePoints();
    // The 10 newest, then one per older month: the 23rd of each of the six months.
    REQUIRE(kept.size() == 16);
    QStringList old;
    for (const RestorePoint &point : kept) {
        if (point.id.startsWith(QStringLiteral("2025")))
            old.append(point.id.left(8));
    }
    CHECK(old
          == QStringList({QStringLiteral("20250623"), QStringLiteral("20250523"), QStringLiteral("20250423"),
                          QStringLiteral("20250323"), QStringLiteral("20250223"), QStringLiteral("20250123")}));
}
