#include "HandbookRepository.h"

#include "Database.h"
#include "SqlUtil.h"

namespace parat {

namespace {

const QString kSelectVersion
    = QStringLiteral("SELECT id, label, title, published, imported_at, sha256, source_name FROM handbook_version");

HandbookVersion versionFrom(const QSqlQuery &query)
{
    HandbookVersion version;
    version.id = query.value(0).toLongLong();
    version.label = query.value(1).toString();
    version.title = query.value(2).toString();
    version.published = sql::dateFrom(query.value(3));
    version.importedAt = sql::timeFrom(query.value(4));
    version.sha256 = query.value(5).toString();
    version.sourceName = query.value(6).toString();
    return version;
}

} // namespace

QList<HandbookVersion> HandbookRepository::versions() const
{
    QList<HandbookVersion> result;
    QSqlQuery query(m_db.connection());
    if (!query.exec(kSelectVersion + QStringLiteral(" ORDER BY id")))
        return result;
    while (query.next())
        result.append(versionFrom(query));
    return result;
}

std::optional<HandbookVersion> HandbookRepository::currentVersion() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(kSelectVersion + QStringLiteral(" ORDER BY id DESC LIMIT 1")) || !query.next())
        return std::nullopt;
    return versionFrom(query);
}

QList<Task> HandbookRepository::tasks(bool includeWithdrawn) const
{
    QList<Task> result;
    QString sqlText = QStringLiteral("SELECT ") + sql::taskColumns(QStringLiteral("t"))
        + QStringLiteral(" FROM task t WHERE t.municipality_id IS NULL");
    if (!includeWithdrawn)
        sqlText += QStringLiteral(" AND t.withdrawn_in_version IS NULL");
    sqlText += QStringLiteral(" ORDER BY t.sort_order, t.key");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sqlText))
        return result;
    while (query.next())
        result.append(sql::taskFrom(query, 0));
    return result;
}

namespace {

// The handbook version row; recorded->id gets its id.
bool recordVersion(const QSqlDatabase &db, HandbookVersion *recorded, QString *error)
{
    QSqlQuery insertVersion(db);
    if (!sql::prepare(insertVersion,
                      QStringLiteral("INSERT INTO handbook_version (label, title, published, imported_at, sha256, "
                                     "source_name) VALUES (:label, :title, :published, :imported_at, :sha256, "
                                     ":source_name)"),
                      error))
        return false;
    insertVersion.bindValue(QStringLiteral(":label"), sql::text(recorded->label));
    insertVersion.bindValue(QStringLiteral(":title"), sql::text(recorded->title));
    insertVersion.bindValue(QStringLiteral(":published"), sql::dateValue(recorded->published));
    insertVersion.bindValue(QStringLiteral(":imported_at"), sql::timeValue(recorded->importedAt));
    insertVersion.bindValue(QStringLiteral(":sha256"), sql::text(recorded->sha256));
    insertVersion.bindValue(QStringLiteral(":source_name"), sql::text(recorded->sourceName));
    if (!sql::exec(insertVersion, HandbookRepository::tr("The handbook version could not be recorded"), error))
        return false;
    recorded->id = insertVersion.lastInsertId().toLongLong();
    return true;
}

// New templates, added in version `versionId`.
bool addTemplates(const QSqlDatabase &db, const QList<Task> &added, Id versionId, QString *error)
{
    const QStringList columns = sql::taskTemplateColumns();
    QSqlQuery insertTask(db);
    if (!sql::prepare(insertTask,
                      QStringLiteral("INSERT INTO task (municipality_id, added_in_version, ")
                          + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (NULL, :version, :")
                          + columns.join(QStringLiteral(", :")) + QStringLiteral(")"),
                      error))
        return false;
    for (const Task &task : added) {
        sql::bindTaskTemplate(insertTask, task);
        insertTask.bindValue(QStringLiteral(":version"), versionId);
        if (!sql::exec(insertTask, HandbookRepository::tr("Task %1 could not be added").arg(task.key), error))
            return false;
    }
    return true;
}

// A changed template keeps its row id, so every municipality's state and history stay attached. Refused when a
// template is no longer stored as the plan read it.
bool changeTemplates(const QSqlDatabase &db, const QList<MergePlan::Changed> &changed, Id versionId, QString *error)
{
    QSqlQuery updateTask(db);
    if (!sql::prepare(updateTask,
                      QStringLiteral("UPDATE task SET ") + sql::assignments(sql::taskTemplateColumns())
                          + QStringLiteral(", changed_in_version = :version, withdrawn_in_version = NULL "
                                           "WHERE id = :id AND municipality_id IS NULL AND key = :key"),
                      error))
        return false;
    for (const MergePlan::Changed &change : changed) {
        sql::bindTaskTemplate(updateTask, change.after);
        updateTask.bindValue(QStringLiteral(":version"), versionId);
        updateTask.bindValue(QStringLiteral(":id"), change.before.id);
        if (!sql::exec(updateTask, HandbookRepository::tr("Task %1 could not be updated").arg(change.after.key), error))
            return false;
        if (updateTask.numRowsAffected() != 1) {
            *error = HandbookRepository::tr(
                         "Task %1 is no longer stored as the import plan expected. Nothing was imported; "
                         "try the import again.")
                         .arg(change.after.key);
            return false;
        }
    }
    return true;
}

// Unchanged templates only follow the new file's order.
bool reorderTemplates(const QSqlDatabase &db, const QList<Task> &unchanged, QString *error)
{
    QSqlQuery reorder(db);
    if (!sql::prepare(reorder,
                      QStringLiteral("UPDATE task SET sort_order = :sort_order WHERE id = :id "
                                     "AND municipality_id IS NULL AND sort_order != :sort_order"),
                      error))
        return false;
    for (const Task &task : unchanged) {
        reorder.bindValue(QStringLiteral(":sort_order"), task.sortOrder);
        reorder.bindValue(QStringLiteral(":id"), task.id);
        if (!sql::exec(reorder, HandbookRepository::tr("Task %1 could not be updated").arg(task.key), error))
            return false;
    }
    return true;
}

// Withdrawn tasks are kept (with every municipality's state), only marked.
bool withdrawTemplates(const QSqlDatabase &db, const QList<Task> &withdrawn, Id versionId, QString *error)
{
    QSqlQuery withdraw(db);
    if (!sql::prepare(withdraw,
                      QStringLiteral("UPDATE task SET withdrawn_in_version = :version WHERE id = :id "
                                     "AND municipality_id IS NULL AND withdrawn_in_version IS NULL"),
                      error))
        return false;
    for (const Task &task : withdrawn) {
        withdraw.bindValue(QStringLiteral(":version"), versionId);
        withdraw.bindValue(QStringLiteral(":id"), task.id);
        if (!sql::exec(withdraw, HandbookRepository::tr("Task %1 could not be marked as withdrawn").arg(task.key),
                       error))
            return false;
    }
    return true;
}

} // namespace

bool HandbookRepository::applyMerge(const HandbookDraft &draft, const MergePlan &plan, const QString &label,
                                    const QDateTime &at, HandbookVersion *version, QString *error)
{
    HandbookVersion recorded;
    recorded.label = label.trimmed().isEmpty() ? draft.version.trimmed() : label.trimmed();
    recorded.title = draft.title;
    recorded.published = draft.published;
    recorded.importedAt = QDateTime::fromString(sql::timeText(at), Qt::ISODate).toUTC();
    recorded.sha256 = QString::fromLatin1(draft.sha256);
    recorded.sourceName = draft.sourceName;
    if (recorded.label.isEmpty()) {
        *error = tr("A handbook version needs a label.");
        return false;
    }

    const bool ok = m_db.write(error, [&] {
        if (!m_db.lockPlanWork(error))
            return false;
        const QSqlDatabase db = m_db.connection();
        return recordVersion(db, &recorded, error) && addTemplates(db, plan.added, recorded.id, error)
            && changeTemplates(db, plan.changed, recorded.id, error) && reorderTemplates(db, plan.unchanged, error)
            && withdrawTemplates(db, plan.withdrawn, recorded.id, error);
    });
    if (ok && version)
        *version = recorded;
    return ok;
}

} // namespace parat
