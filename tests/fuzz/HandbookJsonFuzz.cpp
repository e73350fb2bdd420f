// libFuzzer target: any bytes through the JSON handbook reader (and the format detection of
// readHandbookBytes) must give a draft with problems, never a crash, a hang or undefined behaviour.
#include "handbook/HandbookReader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const parat::HandbookDraft draft = parat::readHandbookJson(bytes, QStringLiteral("fuzz.json"));
    for (const parat::ImportProblem &problem : draft.problems)
        (void)problem.toString();
    (void)parat::readHandbookBytes(bytes, QStringLiteral("fuzz"));
    return 0;
}
