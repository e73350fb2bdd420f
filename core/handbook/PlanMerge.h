#pragma once

#include "domain/HandbookDraft.h"
#include "domain/MergePlan.h"

namespace parat {

// Compares a validated draft with the stored handbook tasks (withdrawn ones included). Keys match as
// normalizedTaskKey() does; a matched task keeps its stored key spelling, and depends_on follows it. Fields of
// the draft's absent columns keep their stored values.
MergePlan planMerge(const HandbookDraft &draft, const QList<Task> &stored);

} // namespace parat
