// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/roadmaprepository.h"

#include "roadmap/markdownimporter.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace {

const QLatin1String CurrentRoadmapKey("current_roadmap");
const QLatin1String Chinese("zh_CN");
const QLatin1String English("en");

using SqlHelpers::run;
using SqlHelpers::setError;

QString guideResource(const QString &language)
{
    return QStringLiteral(":/guides/llm-learning-path.%1.md").arg(language);
}

// Used when the importer cannot tell: any CJK ideograph makes a Chinese guide.
QString detectLanguage(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF))
            return Chinese;
    }
    return English;
}

QString primaryLanguage(const QString &language)
{
    return language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

// Inserts the rows of the roadmap's stages, branches and items, or updates the structure of rows
// that already exist. `done` and `chosen` are never touched: the learner's ticks survive a new
// version of the guide. Rows of keys the new text no longer has are kept for the same reason.
bool storeStructure(QSqlDatabase &db, int roadmapId, const Roadmap &roadmap, QString *error)
{
    QSqlQuery stage(db);
    stage.prepare(
        QStringLiteral("INSERT INTO stage (roadmap_id, key, position, month_min, month_max, hours_min, hours_max)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (roadmap_id, key) DO UPDATE SET position = excluded.position,"
                       " month_min = excluded.month_min, month_max = excluded.month_max,"
                       " hours_min = excluded.hours_min, hours_max = excluded.hours_max"));
    QSqlQuery branch(db);
    branch.prepare(QStringLiteral("INSERT INTO branch (roadmap_id, key, stage_key, position) VALUES (?, ?, ?, ?)"
                                  " ON CONFLICT (roadmap_id, key) DO UPDATE SET stage_key = excluded.stage_key,"
                                  " position = excluded.position"));
    QSqlQuery item(db);
    item.prepare(
        QStringLiteral("INSERT INTO item (roadmap_id, key, stage_key, branch_key, position, kind, estimated_hours)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (roadmap_id, key) DO UPDATE SET stage_key = excluded.stage_key,"
                       " branch_key = excluded.branch_key, position = excluded.position, kind = excluded.kind,"
                       " estimated_hours = excluded.estimated_hours"));

    int itemPosition = 0;
    for (int s = 0; s < roadmap.stages.size(); ++s) {
        const Stage &st = roadmap.stages.at(s);
        stage.addBindValue(roadmapId);
        stage.addBindValue(st.key);
        stage.addBindValue(s);
        stage.addBindValue(st.months.min);
        stage.addBindValue(nullable(st.months.max));
        stage.addBindValue(st.weeklyHours.min);
        stage.addBindValue(st.weeklyHours.max);
        if (!run(stage, error))
            return false;

        for (int b = 0; b < st.branches.size(); ++b) {
            branch.addBindValue(roadmapId);
            branch.addBindValue(st.branches.at(b).key);
            branch.addBindValue(st.key);
            branch.addBindValue(b);
            if (!run(branch, error))
                return false;
        }

        for (const Section &section : st.sections) {
            for (const Item &it : section.items) {
                item.addBindValue(roadmapId);
                item.addBindValue(it.key);
                item.addBindValue(st.key);
                item.addBindValue(section.branchKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                              : QVariant(section.branchKey));
                item.addBindValue(itemPosition++);
                item.addBindValue(itemKindName(it.kind));
                item.addBindValue(nullable(it.estimatedHours));
                if (!run(item, error))
                    return false;
            }
        }
    }
    return true;
}

bool storeDocument(QSqlDatabase &db, int roadmapId, const QString &language, const QString &markdown, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO roadmap_document (roadmap_id, language, markdown) VALUES (?, ?, ?)"
                                 " ON CONFLICT (roadmap_id, language) DO UPDATE SET markdown = excluded.markdown"));
    query.addBindValue(roadmapId);
    query.addBindValue(language);
    query.addBindValue(markdown);
    return run(query, error);
}

bool insertRoadmap(QSqlDatabase &db, const QString &origin, const QString &title, const QDateTime &now, int *id,
                   QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO roadmap (origin, title, created_utc) VALUES (?, ?, ?)"));
    query.addBindValue(origin);
    query.addBindValue(title);
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!run(query, error))
        return false;
    *id = query.lastInsertId().toInt();
    return *id > 0;
}

bool storeCurrentRoadmap(QSqlDatabase &db, int roadmapId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(CurrentRoadmapKey);
    query.addBindValue(roadmapId);
    return run(query, error);
}

int currentRoadmap(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT r.id FROM app_state s JOIN roadmap r ON r.id = s.value WHERE s.key = ?"));
    query.addBindValue(CurrentRoadmapKey);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool roadmapExists(QSqlDatabase &db, int roadmapId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM roadmap WHERE id = ?"));
    query.addBindValue(roadmapId);
    return query.exec() && query.next();
}

// A 0/1 column of one row (item or branch) with the time it last changed.
struct FlagColumn {
    const char *table;
    const char *flag;
    const char *changedAt;
};

// Sets the flag of row `key` to `value` if it differs. *found says whether the row exists, *changed
// whether the value differed. Returns false on an SQL error.
bool setFlag(QSqlDatabase &db, const FlagColumn &column, int roadmapId, const QString &key, bool value,
             const QDateTime &now, bool *found, bool *changed, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE roadmap_id = ? AND key = ?")
                      .arg(QLatin1String(column.flag), QLatin1String(column.table)));
    query.addBindValue(roadmapId);
    query.addBindValue(key);
    if (!run(query, error))
        return false;
    *found = query.next();
    if (!*found || query.value(0).toBool() == value)
        return true;
    *changed = true;
    query.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE roadmap_id = ? AND key = ?")
                      .arg(QLatin1String(column.table), QLatin1String(column.flag), QLatin1String(column.changedAt)));
    query.addBindValue(value ? 1 : 0);
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(roadmapId);
    query.addBindValue(key);
    return run(query, error);
}

} // namespace

RoadmapRepository::RoadmapRepository(Database &database, QObject *parent)
    : RoadmapRepository(database, Clock::system(), parent)
{
}

RoadmapRepository::RoadmapRepository(Database &database, Clock &clock, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock)
{
}

int RoadmapRepository::ensureBuiltinGuide(QString *error)
{
    QHash<QString, QString> bundled;
    for (const QString &language : {QString(Chinese), QString(English)}) {
        QFile file(guideResource(language));
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error, tr("The bundled guide %1 is missing from this build.").arg(file.fileName()));
            return 0;
        }
        bundled.insert(language, QString::fromUtf8(file.readAll()));
    }

    QSqlDatabase db = m_database.connection();
    int id = 0;
    QHash<QString, QString> stored;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT r.id, d.language, d.markdown FROM roadmap r"
                                     " LEFT JOIN roadmap_document d ON d.roadmap_id = r.id"
                                     " WHERE r.id = (SELECT min(id) FROM roadmap WHERE origin = ?)"));
        query.addBindValue(QLatin1String(BuiltinGuideOrigin));
        if (!run(query, error))
            return 0;
        while (query.next()) {
            id = query.value(0).toInt();
            if (!query.isNull(1))
                stored.insert(query.value(1).toString(), query.value(2).toString());
        }
    }
    const bool hasCurrent = currentRoadmap(db) != 0;
    if (id != 0 && stored == bundled && hasCurrent)
        return id;
    if (m_database.isReadOnly()) {
        // A newer Study Planner owns the file: show what it holds, as it is.
        if (id == 0)
            setError(error,
                     tr("%1 is opened read-only and holds no guide.").arg(QDir::toNativeSeparators(m_database.path())));
        return id;
    }

    // Only now, when something must be written, is the guide parsed: a start on an up-to-date
    // database parses nothing here. The structure comes from the Chinese original.
    QString detail;
    const std::optional<Roadmap> guide = MarkdownImporter::parse(bundled.value(Chinese).toUtf8(), &detail);
    if (!guide) {
        setError(error, tr("The bundled guide %1 cannot be read: %2").arg(guideResource(Chinese), detail));
        return 0;
    }

    int newId = id;
    const bool committed = m_database.write(
        [&](QSqlDatabase &wdb, QString *e) {
            if (newId == 0
                && !insertRoadmap(wdb, QLatin1String(BuiltinGuideOrigin), guide->title, m_clock.now(), &newId, e))
                return false;
            if (stored != bundled) {
                QSqlQuery title(wdb);
                title.prepare(QStringLiteral("UPDATE roadmap SET title = ? WHERE id = ?"));
                title.addBindValue(guide->title);
                title.addBindValue(newId);
                if (!run(title, e))
                    return false;
                for (auto it = bundled.cbegin(); it != bundled.cend(); ++it) {
                    if (!storeDocument(wdb, newId, it.key(), it.value(), e))
                        return false;
                }
                if (!storeStructure(wdb, newId, *guide, e))
                    return false;
            }
            return hasCurrent || storeCurrentRoadmap(wdb, newId, e);
        },
        error);
    if (!committed)
        return 0;
    if (id == 0)
        Q_EMIT roadmapAdded(newId);
    if (!hasCurrent)
        Q_EMIT currentRoadmapChanged(newId);
    return newId;
}

int RoadmapRepository::importMarkdown(const QByteArray &markdown, const QString &origin, QString *error)
{
    QString detail;
    const std::optional<Roadmap> roadmap = MarkdownImporter::parse(markdown, &detail);
    if (!roadmap) {
        setError(error, detail);
        return 0;
    }
    const QString text = QString::fromUtf8(markdown);
    const QString language = roadmap->language.isEmpty() ? detectLanguage(text) : roadmap->language;
    const QString title = roadmap->title.isEmpty() ? QFileInfo(origin).completeBaseName() : roadmap->title;

    int id = 0;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            return insertRoadmap(db, origin, title, m_clock.now(), &id, e) && storeDocument(db, id, language, text, e)
                   && storeStructure(db, id, *roadmap, e);
        },
        error);
    if (!committed)
        return 0;
    Q_EMIT roadmapAdded(id);
    return id;
}

QList<RoadmapRepository::Summary> RoadmapRepository::roadmaps() const
{
    QList<Summary> result;
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, title, origin FROM roadmap ORDER BY id")))
        return result;
    QHash<int, int> indexById;
    while (query.next()) {
        Summary summary;
        summary.id = query.value(0).toInt();
        summary.title = query.value(1).toString();
        summary.origin = query.value(2).toString();
        indexById.insert(summary.id, int(result.size()));
        result.append(summary);
    }
    if (!query.exec(QStringLiteral("SELECT roadmap_id, language FROM roadmap_document ORDER BY roadmap_id, language")))
        return result;
    while (query.next()) {
        const auto index = indexById.constFind(query.value(0).toInt());
        if (index != indexById.cend())
            result[*index].languages.append(query.value(1).toString());
    }
    return result;
}

int RoadmapRepository::currentRoadmapId() const
{
    QSqlDatabase db = m_database.connection();
    return currentRoadmap(db);
}

bool RoadmapRepository::setCurrentRoadmap(int roadmapId, QString *error)
{
    bool changed = false;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            if (!roadmapExists(db, roadmapId)) {
                *e = tr("There is no roadmap %1.").arg(roadmapId);
                return false;
            }
            if (currentRoadmap(db) == roadmapId)
                return true;
            changed = true;
            return storeCurrentRoadmap(db, roadmapId, e);
        },
        error);
    if (committed && changed)
        Q_EMIT currentRoadmapChanged(roadmapId);
    return committed;
}

std::optional<Roadmap> RoadmapRepository::load(int roadmapId, const QString &language, QString *error) const
{
    QSqlDatabase db = m_database.connection();
    QString detail;
    QList<std::pair<QString, QString>> documents; // language, Markdown; ordered by language
    {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("SELECT language, markdown FROM roadmap_document WHERE roadmap_id = ? ORDER BY language"));
        query.addBindValue(roadmapId);
        if (!run(query, &detail)) {
            setError(error, tr("Roadmap %1 cannot be read: %2").arg(roadmapId).arg(detail));
            return std::nullopt;
        }
        while (query.next())
            documents.append({query.value(0).toString(), query.value(1).toString()});
    }
    if (documents.isEmpty()) {
        setError(error, tr("There is no roadmap %1.").arg(roadmapId));
        return std::nullopt;
    }

    auto chosen = documents.cbegin();
    const auto find = [&](auto matches) {
        return std::find_if(documents.cbegin(), documents.cend(), [&](const auto &d) { return matches(d.first); });
    };
    if (auto exact = find([&](const QString &l) { return l == language; }); exact != documents.cend()) {
        chosen = exact;
    } else if (auto sameLanguage =
                   find([&](const QString &l) { return primaryLanguage(l) == primaryLanguage(language); });
               sameLanguage != documents.cend()) {
        chosen = sameLanguage;
    }

    std::optional<Roadmap> roadmap = MarkdownImporter::parse(chosen->second.toUtf8(), &detail);
    if (!roadmap) {
        setError(error, tr("The stored text of roadmap %1 cannot be read: %2").arg(roadmapId).arg(detail));
        return std::nullopt;
    }
    if (roadmap->language.isEmpty())
        roadmap->language = chosen->first;

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT key, done FROM item WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!run(query, &detail)) {
        setError(error, tr("Roadmap %1 cannot be read: %2").arg(roadmapId).arg(detail));
        return std::nullopt;
    }
    while (query.next()) {
        if (Item *item = roadmap->item(query.value(0).toString()))
            item->done = query.value(1).toBool();
    }

    query.prepare(QStringLiteral("SELECT stage_key, key, chosen FROM branch WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!run(query, &detail)) {
        setError(error, tr("Roadmap %1 cannot be read: %2").arg(roadmapId).arg(detail));
        return std::nullopt;
    }
    while (query.next()) {
        Stage *stage = roadmap->stage(query.value(0).toString());
        if (!stage)
            continue;
        const QString key = query.value(1).toString();
        for (Branch &branch : stage->branches) {
            if (branch.key == key)
                branch.chosen = query.value(2).toBool();
        }
    }
    return roadmap;
}

bool RoadmapRepository::setItemDone(int roadmapId, const QString &itemKey, bool done, QString *error)
{
    bool changed = false;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            bool found = false;
            if (!setFlag(db, {"item", "done", "done_changed_utc"}, roadmapId, itemKey, done, m_clock.now(), &found,
                         &changed, e))
                return false;
            if (!found)
                *e = tr("Roadmap %1 has no item %2.").arg(roadmapId).arg(itemKey);
            return found;
        },
        error);
    if (committed && changed)
        Q_EMIT itemDoneChanged(roadmapId, itemKey, done);
    return committed;
}

bool RoadmapRepository::setBranchChosen(int roadmapId, const QString &branchKey, bool chosen, QString *error)
{
    bool changed = false;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            bool found = false;
            if (!setFlag(db, {"branch", "chosen", "changed_utc"}, roadmapId, branchKey, chosen, m_clock.now(), &found,
                         &changed, e))
                return false;
            if (!found)
                *e = tr("Roadmap %1 has no branch %2.").arg(roadmapId).arg(branchKey);
            return found;
        },
        error);
    if (committed && changed)
        Q_EMIT branchChosenChanged(roadmapId, branchKey, chosen);
    return committed;
}

int RoadmapRepository::importFile(const QString &path, QString *error)
{
    QString detail;
    const std::optional<QByteArray> markdown = MarkdownImporter::readFile(path, &detail);
    if (!markdown) {
        setError(error, detail);
        return 0;
    }
    return importMarkdown(*markdown, QFileInfo(path).absoluteFilePath(), error);
}
