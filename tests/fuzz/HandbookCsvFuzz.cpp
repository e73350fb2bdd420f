// libFuzzer target: any bytes through the CSV handbook reader must give a draft with problems, never a crash,
// a hang or undefined behaviour.
#include "handbook/CsvParser.h"
#include "handbook/HandbookReader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const parat::HandbookDraft draft = parat::readHandbookCsv(bytes, QStringLiteral("fuzz.csv"));
    for (const parat::ImportProblem &problem : draft.problems)
        (void)problem.toString();
    // The parser on its own, with each separator forced.
    const QString text = QString::fromUtf8(bytes);
    (void)parat::parseCsv(text);
    (void)parat::parseCsv(text, QLatin1Char(';'));
    return 0;
}
