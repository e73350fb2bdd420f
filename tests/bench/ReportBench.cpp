#include "ReportBench.h"

#include "domain/Clock.h"
#include "domain/Language.h"
#include "report/ReportSections.h"
#include "report/ReportWriter.h"
#include "storage/Database.h"
#include "storage/MunicipalityRepository.h"

#include <QDir>

#include <cstdio>

using namespace parat;

bool writeBenchReport(Database &db, const Clock &clock, qint64 municipalityId, const QString &path, QString *error)
{
    ExportOptions options;
    options.language = currentLanguage();
    return exportStatusReport(db, clock, municipalityId, path, options, ReportSections::standardExtras(), error);
}

void benchReports(Database &db, const Clock &clock, const QString &outDir, const ReportMeasure &measure)
{
    QDir().mkpath(outDir);
    const QList<Municipality> all = MunicipalityRepository(db).all();
    if (all.isEmpty())
        return;
    const Municipality &first = all.first();
    const QString onePath = QDir(outDir).filePath(reportFileName(first, ReportFormat::Pdf));
    measure(QStringLiteral("status report PDF, one municipality"), 5, QStringLiteral("< 300 ms"), [&] {
        QString error;
        if (!writeBenchReport(db, clock, first.id, onePath, &error))
            std::fprintf(stderr, "report failed: %s\n", qPrintable(error));
    });
    measure(QStringLiteral("status report PDFs, all %1 municipalities").arg(all.size()), 1, QStringLiteral("< 15 s"),
            [&] {
                QStringList written;
                bool cancelled = false;
                QString error;
                ExportOptions options;
                options.language = currentLanguage();
                if (!exportAllStatusReports(db, clock, QDir(outDir).filePath(QStringLiteral("all")), options,
                                            ReportSections::standardExtras(), {}, &written, &cancelled, &error))
                    std::fprintf(stderr, "batch failed: %s\n", qPrintable(error));
            });
    measure(QStringLiteral("overview report PDF"), 5, QStringLiteral("-"), [&] {
        QString error;
        ExportOptions options;
        options.language = currentLanguage();
        if (!exportOverviewReport(db, clock, QDir(outDir).filePath(QStringLiteral("overview.pdf")), options,
                                  ReportSections::standardExtras(), &error))
            std::fprintf(stderr, "overview failed: %s\n", qPrintable(error));
    });
}
