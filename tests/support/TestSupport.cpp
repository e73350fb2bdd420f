#include "TestSupport.h"

#include <QDir>

namespace parat::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(PARAT_TEST_DATA_DIR)).filePath(relative);
}

QString sampleDataPath(const QString &relative)
{
    return QDir(QStringLiteral(PARAT_SAMPLE_DATA_DIR)).filePath(relative);
}

QString paratBinary()
{
    return QStringLiteral(PARAT_BINARY);
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

} // namespace parat::test
