// Reports and exports never land on the plan, its restore points or a device, are written whole or not at all,
// name a full disk, and the report's own guards (HTML escaping of the header and title, the CSV separator's
// tie-break) hold.
#include "Fixtures.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "handbook/CsvParser.h"
#include "report/OutputTarget.h"
#include "report/ReportWriter.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"
#include "storage/ReportRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace parat;

namespace {

const QDate kToday(2026, 11, 27);

using Fixture = test::DemoDatabase;

QString readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// Restores the real free-space probe when a test ends, passed or not.
struct FakeFreeSpace
{
    explicit FakeFreeSpace(qint64 bytes)
    {
        setFreeSpaceProbeForTesting([bytes](const QString &) { return bytes; });
    }
    ~FakeFreeSpace() { setFreeSpaceProbeForTesting({}); }
};

} // namespace

TEST_CASE("Reports and exports refuse the database, its companions, restore points, folders and devices",
          "[report][safety]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    QString error;
    RestorePoint point;
    REQUIRE(f.db.takeRestorePoint(QStringLiteral("manual"), &point, &error));
    const QByteArray pointBefore = test::fileDigest(point.path);
    const QString dbPath = f.db.path();
    REQUIRE(QFile::link(dbPath, f.dir.file(QStringLiteral("link.html"))));
    REQUIRE(QDir(f.dir.path()).mkdir(QStringLiteral("sub")));
    const QString fifo = f.dir.file(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

    const QStringList targets {dbPath,
                               dbPath + QStringLiteral("-wal"),
                               dbPath + QStringLiteral("-shm"),
                               dbPath + QStringLiteral(".lock"),
                               point.path,
                               QDir(f.db.restorePointDir()).filePath(QStringLiteral("report.html")),
                               f.dir.file(QStringLiteral("sub/../p.sqlite")),
                               f.dir.file(QStringLiteral("link.html")),
                               f.dir.file(QStringLiteral("sub")),
                               fifo, // stands for a device: a test must never risk a real one
                               QString()};
    for (const QString &target : targets) {
        INFO(target.toStdString());
        ExportOptions options;
        options.format = ReportFormat::Html;
        error.clear();
        CHECK_FALSE(checkOutputTarget(f.db, target, &error));
        CHECK_FALSE(error.isEmpty());
        error.clear();
        CHECK_FALSE(exportStatusReport(f.db, f.clock, f.demo.id, target, options, {}, &error));
        CHECK_FALSE(error.isEmpty());
        error.clear();
        CHECK_FALSE(exportOverviewReport(f.db, f.clock, target, options, {}, &error));
        CHECK_FALSE(error.isEmpty());
    }
    CHECK(test::fileDigest(point.path) == pointBefore);
    CHECK(MunicipalityRepository(f.db).all().size() == 1);
    CHECK(QFileInfo(f.dir.file(QStringLiteral("sub"))).isDir());
    struct stat st
    {
    };
    REQUIRE(::lstat(QFile::encodeName(fifo).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));

    // The batch refuses the restore folder (and anything below it) before creating a file there.
    QStringList written;
    bool cancelled = false;
    for (const QString &folder :
         {f.db.restorePointDir(), QDir(f.db.restorePointDir()).filePath(QStringLiteral("batch")), dbPath}) {
        INFO(folder.toStdString());
        error.clear();
        CHECK_FALSE(exportAllStatusReports(f.db, f.clock, folder, {}, {}, {}, &written, &cancelled, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(written.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(QDir(f.db.restorePointDir()).filePath(QStringLiteral("batch"))));

    // An ordinary file beside the database is fine, also one named like it.
    const QString ordinary = f.dir.file(QStringLiteral("p.sqlite.html"));
    CHECK(checkOutputTarget(f.db, ordinary, &error));
    ExportOptions options;
    options.format = ReportFormat::Html;
    CHECK(exportStatusReport(f.db, f.clock, f.demo.id, ordinary, options, {}, &error));
}

TEST_CASE("A report onto a full disk says so and leaves the old file as it was", "[report][safety]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    const QString path = f.dir.file(QStringLiteral("report.csv"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the report of last week\n");
    }
    ExportOptions options;
    options.format = ReportFormat::Csv;
    QString error;
    {
        FakeFreeSpace full(100);
        CHECK_FALSE(exportStatusReport(f.db, f.clock, f.demo.id, path, options, {}, &error));
    }
    CHECK(error.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(error.contains(QStringLiteral("Unknown error")));
    CHECK(readAll(path) == QStringLiteral("the report of last week\n"));
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("report.csv*")}, QDir::Files).size() == 1);
    // Nothing was recorded as a report either: the next one still counts from the last one recorded.
    CHECK_FALSE(ReportRepository(f.db).latestSnapshot(f.demo.id).has_value());

    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, options, {}, &error));
    CHECK(readAll(path).contains(QStringLiteral("P1-01")));
}

TEST_CASE("A report of a read-only database is written and not recorded", "[report][safety]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    const QString dbPath = f.db.path();
    f.db.close();
    Database readOnly;
    QString error;
    Database::OpenOptions openOptions;
    openOptions.readOnly = true;
    REQUIRE(readOnly.open(dbPath, &error, openOptions));
    const QString path = f.dir.file(QStringLiteral("r.pdf"));
    ExportOptions options; // recordSnapshot left on, as a caller that forgets would
    CHECK(exportStatusReport(readOnly, f.clock, f.demo.id, path, options, {}, &error));
    CHECK(QFileInfo(path).size() > 0);
    CHECK_FALSE(ReportRepository(readOnly).latestSnapshot(f.demo.id).has_value());
}

TEST_CASE("The HTML report escapes the municipality's name in the page header and the title", "[report][html]")
{
    installTranslations(QStringLiteral("en"));
    Fixture f;
    Municipality renamed = f.demo;
    renamed.name = QStringLiteral("Vejle & <i>Omegn</i>");
    QString error;
    REQUIRE(MunicipalityRepository(f.db).update(renamed, &error));
    const QString escaped = QStringLiteral("Vejle &amp; &lt;i&gt;Omegn&lt;/i&gt;");

    ExportOptions options;
    options.format = ReportFormat::Html;
    const QString path = f.dir.file(QStringLiteral("r.html"));
    REQUIRE(exportStatusReport(f.db, f.clock, f.demo.id, path, options, {}, &error));
    const QString html = readAll(path);
    CHECK_FALSE(html.contains(QStringLiteral("<i>Omegn")));
    const QRegularExpressionMatch title = QRegularExpression(QStringLiteral("<title>(.*)</title>")).match(html);
    REQUIRE(title.hasMatch());
    CHECK(title.captured(1).contains(escaped));
    const QRegularExpressionMatch header
        = QRegularExpression(QStringLiteral("<header class=\"page\"><span>(.*?)</span>")).match(html);
    REQUIRE(header.hasMatch());
    CHECK(header.captured(1) == QStringLiteral("0630 ") + escaped);

    // The overview's header and title carry no user text, but its table does.
    const QString overview = f.dir.file(QStringLiteral("o.html"));
    REQUIRE(exportOverviewReport(f.db, f.clock, overview, options, {}, &error));
    const QString overviewHtml = readAll(overview);
    CHECK_FALSE(overviewHtml.contains(QStringLiteral("<i>Omegn")));
    CHECK(overviewHtml.contains(escaped));

    // The header and title of any content, whatever text they carry.
    ReportContent content;
    content.language = QStringLiteral("en");
    content.title = QStringLiteral("A <b>&</b> title");
    content.headerLeft = QStringLiteral("<i>left</i>");
    content.headerRight = QStringLiteral("right & <u>x</u>");
    const QString page = ReportWriter::html(content);
    CHECK(page.contains(QStringLiteral("<title>A &lt;b&gt;&amp;&lt;/b&gt; title</title>")));
    CHECK(page.contains(QStringLiteral("<span>&lt;i&gt;left&lt;/i&gt;</span>")));
    CHECK(page.contains(QStringLiteral("<span>right &amp; &lt;u&gt;x&lt;/u&gt;</span>")));
}
