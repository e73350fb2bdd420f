#include "handbook/HandbookReader.h"

#include "handbook/ReaderSupport.h"

#include <QFile>
#include <QFileInfo>

namespace parat {

using namespace readerdetail;

HandbookDraft readHandbookBytes(const QByteArray &bytes, const QString &sourceName)
{
    qsizetype i = startsWith(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    if (i < bytes.size() && bytes[i] == '{')
        return readHandbookJson(bytes, sourceName);
    return readHandbookCsv(bytes, sourceName);
}

HandbookDraft readHandbookFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    HandbookDraft draft = startDraft(QByteArray(), name);
    draft.sha256.clear();
    Reader reader(draft, Format::Csv);
    if (!info.exists()) {
        reader.error(Where(), QString(), Tr::tr("The file %1 does not exist.").arg(quoted(path)));
        return draft;
    }
    if (info.isDir()) {
        reader.error(Where(), QString(), Tr::tr("%1 is a folder; expected a handbook file.").arg(quoted(path)));
        return draft;
    }
    if (!checkSize(info.size(), reader))
        return draft;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reader.error(Where(), QString(),
                     Tr::tr("The file %1 could not be opened: %2").arg(quoted(path), file.errorString()));
        return draft;
    }
    // Read one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(kMaxHandbookFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        reader.error(Where(), QString(),
                     Tr::tr("The file %1 could not be read: %2").arg(quoted(path), file.errorString()));
        return draft;
    }
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return readHandbookJson(bytes, name);
    return readHandbookBytes(bytes, name);
}

} // namespace parat
