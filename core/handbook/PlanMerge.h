#pragma once

#include "domain/HandbookDraft.h"
#include "domain/MergePlan.h"

namespace parat {

// Compares a validated draft with the stored handbook tasks (withdrawn ones included).
MergePlan planMerge(const HandbookDraft &draft, const QList<Task> &stored);

} // namespace parat
