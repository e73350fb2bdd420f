// A project leader's plan is months of work: a process killed in the middle of edits must lose nothing that
// was acknowledged, and leave a database that passes integrity_check.
#include "Fixtures.h"
#include "KilledDriver.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace parat;

TEST_CASE("Killing the process during a burst of edits keeps every acknowledged edit", "[reliability]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("p.sqlite"));
    {
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        FixedClock clock(QDate(2026, 11, 27));
        test::buildDemo(db, clock);
    }
    // 20 rounds with fixed timings in the suite; PARAT_KILL_ROUNDS and PARAT_KILL_SEED make a longer or different
    // run by hand (PARAT_KILL_ROUNDS=500 PARAT_KILL_SEED=$RANDOM).
    QRandomGenerator random(quint32(test::fromEnvironment("PARAT_KILL_SEED", 4711)));
    int totalAcked = 0;
    const int rounds = test::fromEnvironment("PARAT_KILL_ROUNDS", 20);
    for (int round = 0; round < rounds; ++round) {
        const QString label = QStringLiteral("round-%1").arg(round);
        QList<int> acked;
        const QList<QByteArray> lines
            = test::runEditDriverKilledAfter({path, QStringLiteral("100000"), label}, 30 + random.bounded(250))
                  .split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("ack "))
                acked.append(line.mid(4).toInt());
        }
        totalAcked += int(acked.size());

        // The file is sound, and a new Parat opens it (the stale lock of the killed process is taken over).
        Database db;
        QString error;
        REQUIRE(db.open(path, &error));
        QSqlQuery check(db.connection());
        REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));
        // Every acknowledged edit of this round is in the history.
        if (!acked.isEmpty()) {
            QSqlQuery query(db.connection());
            query.prepare(
                QStringLiteral("SELECT count(*) FROM task_event WHERE field = 'note' AND new_value = :value"));
            query.bindValue(QStringLiteral(":value"), QStringLiteral("%1 %2").arg(label).arg(acked.last()));
            REQUIRE(query.exec());
            REQUIRE(query.next());
            CHECK(query.value(0).toInt() >= 1);
        }
    }
    INFO("acknowledged edits over all rounds: " << totalAcked);
    CHECK(totalAcked > 0);
}
