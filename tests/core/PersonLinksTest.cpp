// Undoing the removal of a person links them again wherever they were named: stakeholder owner,
// communication sender and responsible.
#include "Fixtures.h"
#include "TestSupport.h"

#include "commands/PersonCommands.h"
#include "domain/Clock.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/StakeholderRepository.h"

#include <QUndoStack>

using namespace parat;

TEST_CASE_METHOD(test::DemoCase,
                 "Undoing a person's removal restores them as stakeholder owner and communication sender", "[people]")
{

    // Someone who owns stakeholders and sends communication in the demo.
    const QList<Stakeholder> stakeholders = StakeholderRepository(db).forMunicipality(demo.id);
    const QList<CommunicationItem> items = CommunicationRepository(db).forMunicipality(demo.id);
    Id chosen = 0;
    for (const CommunicationItem &item : items) {
        for (const Stakeholder &stakeholder : stakeholders) {
            if (item.senderId != 0 && stakeholder.ownerId == item.senderId)
                chosen = item.senderId;
        }
    }
    REQUIRE(chosen != 0);
    const auto owned = [&] {
        QList<Id> ids;
        for (const Stakeholder &stakeholder : StakeholderRepository(db).forMunicipality(demo.id))
            if (stakeholder.ownerId == chosen)
                ids.append(stakeholder.id);
        return ids;
    };
    const auto sent = [&] {
        QList<Id> ids;
        for (const CommunicationItem &item : CommunicationRepository(db).forMunicipality(demo.id))
            if (item.senderId == chosen || item.responsibleId == chosen)
                ids.append(item.id);
        return ids;
    };
    const QList<Id> ownedBefore = owned();
    const QList<Id> sentBefore = sent();
    REQUIRE_FALSE(ownedBefore.isEmpty());
    REQUIRE_FALSE(sentBefore.isEmpty());

    QUndoStack stack;
    stack.push(new RemovePerson(db, *PersonRepository(db).byId(chosen)));
    CHECK_FALSE(PersonRepository(db).byId(chosen));
    CHECK(owned().isEmpty());
    CHECK(sent().isEmpty());
    stack.undo();
    CHECK(PersonRepository(db).byId(chosen));
    CHECK(owned() == ownedBefore);
    CHECK(sent() == sentBefore);
    stack.redo();
    CHECK(owned().isEmpty());
    stack.undo();
    CHECK(owned() == ownedBefore);
}
