// The import's merge plan names the changed fields in words a project leader reads, in both languages - never
// the file format's column names.
#include "Fixtures.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "ImportDialog.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "domain/MergePlan.h"
#include "storage/Database.h"
#include "storage/HandbookRepository.h"

#include <QFile>
#include <QTreeWidget>

using namespace parat;

namespace {

// The lines under the first changed task of the plan view.
QStringList changeLines(const QString &language)
{
    test::DemoDatabase plan(language);
    const test::TempDir &dir = plan.dir;
    Database &db = plan.db;
    AppContext context(db, plan.clock);

    // The first stored task again, with a new English title and description.
    const Task task = HandbookRepository(db).tasks().first();
    QFile file(dir.file(QStringLiteral("next.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("key;phase;title_da;due_offset_weeks;title_en;description_da\n%1;%2;%3;%4;New title;Ny "
                              "beskrivelse\n")
                   .arg(task.key, phaseCode(task.phase), task.titleDa)
                   .arg(task.dueOffsetWeeks)
                   .toUtf8());
    file.close();

    ImportDialog dialog(context);
    dialog.checkFile(file.fileName());
    REQUIRE(dialog.checked().ok());
    QTreeWidget *tree = dialog.planView();
    QStringList lines;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *group = tree->topLevelItem(row);
        for (int t = 0; t < group->childCount(); ++t) {
            for (int c = 0; c < group->child(t)->childCount(); ++c)
                lines.append(group->child(t)->child(c)->text(0));
        }
    }
    installTranslations(QStringLiteral("en"));
    return lines;
}

bool anyStartsWith(const QStringList &lines, const QString &prefix)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &line) { return line.startsWith(prefix); });
}

} // namespace

TEST_CASE("The merge plan names fields in words in English and Danish", "[gui][import]")
{
    const QStringList english = changeLines(QStringLiteral("en"));
    INFO(english.join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(english.isEmpty());
    CHECK(anyStartsWith(english, QStringLiteral("English title: ")));
    CHECK(anyStartsWith(english, QStringLiteral("Description: ")));
    for (const QString &column : {QStringLiteral("title_en"), QStringLiteral("description_da"),
                                  QStringLiteral("performer_role"), QStringLiteral("_weeks")})
        CHECK_FALSE(english.join(QLatin1Char('\n')).contains(column));

    const QStringList danish = changeLines(QStringLiteral("da"));
    INFO(danish.join(QLatin1Char('\n')).toStdString());
    CHECK(anyStartsWith(danish, QStringLiteral("Engelsk titel: ")));
    CHECK(anyStartsWith(danish, QStringLiteral("Beskrivelse: ")));
    CHECK_FALSE(danish.join(QLatin1Char('\n')).contains(QStringLiteral("title_en")));

    // The dry run's listing (parat handbook import --dry-run) says the same.
    installTranslations(QStringLiteral("en"));
    CHECK(mergeFieldName(QStringLiteral("title_en")) == QStringLiteral("English title"));
}
