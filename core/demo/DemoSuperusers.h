#pragma once

#include "domain/Types.h"

#include <QCoreApplication>

namespace parat {

class Database;

// Adds the superuser part of the demo to a municipality built by DemoBuilder: four more superusers (ten in all),
// superuser details for every superuser, the project leader and the leaders, and time allocations after the
// suggested profile with the leaders' approval. One superuser's hours are cut for the two weeks before go-live
// (covering a colleague), which leaves believable over-allocated weeks around go-live. Deterministic for a given
// date. One transaction; false with *error (nothing written) on failure.
struct DemoSuperusersText
{
    Q_DECLARE_TR_FUNCTIONS(parat::DemoSuperusersText)
};

bool addDemoAllocations(Database &db, const Municipality &municipality, const QDate &asOf, QString *error);

} // namespace parat
