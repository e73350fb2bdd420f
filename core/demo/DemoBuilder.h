#pragma once

#include "domain/Types.h"

#include <QCoreApplication>

namespace parat {

class Database;

// Builds a believable demo municipality relative to a date: go-live on the next 1 January at least two
// weeks ahead (a year shift, as the national rollout), so the demo is well into the project; past-due tasks mostly done
// (and marked in KLIK), a few overdue, one blocked; people in every role with tasks assigned; a history of status
// changes. Deterministic for a given date. Needs a handbook in the database.
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(parat::DemoBuilder)
public:
    static QString demoCode() { return QStringLiteral("0630"); }

    explicit DemoBuilder(Database &db)
        : m_db(db)
    { }

    // Go-live used for a demo built on asOf: the first 1 January at least 14 days later (1 January 2027 for a
    // demo built on 27 November or 18 December 2026; 1 January 2028 for one built on 19 December 2026).
    static QDate goLiveFor(const QDate &asOf);

    bool build(const QDate &asOf, Municipality *created, QString *error);
    // Whether build() adds the superusers' details and hours set aside (on by default; tests of that module
    // start from a demo without them).
    void setWithSuperuserPlan(bool with) { m_withSuperuserPlan = with; }

private:
    Database &m_db;
    bool m_withSuperuserPlan = true;
};

} // namespace parat
