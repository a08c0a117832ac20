// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/blockrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

using SqlHelpers::run;
using SqlHelpers::setError;
using SqlHelpers::utcFromText;
using SqlHelpers::utcText;

QString statusName(StudyBlock::Status status)
{
    switch (status) {
    case StudyBlock::Status::Planned:
        return QStringLiteral("planned");
    case StudyBlock::Status::Done:
        return QStringLiteral("done");
    case StudyBlock::Status::Skipped:
        return QStringLiteral("skipped");
    case StudyBlock::Status::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

std::optional<StudyBlock::Status> statusFromName(const QString &name)
{
    for (const StudyBlock::Status s : {StudyBlock::Status::Planned, StudyBlock::Status::Done,
                                       StudyBlock::Status::Skipped, StudyBlock::Status::Missed}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

const QString Columns = QStringLiteral("id, start_utc, end_utc, stage_key, item_key, pinned, catch_up, status");

bool readBlocks(QSqlQuery &query, QList<StudyBlock> *blocks, QString *error)
{
    if (!run(query, error))
        return false;
    while (query.next()) {
        StudyBlock b;
        b.id = query.value(0).toString();
        b.start = utcFromText(query.value(1).toString());
        b.end = utcFromText(query.value(2).toString());
        b.stageKey = query.value(3).toString();
        b.itemKey = query.value(4).toString();
        b.pinned = query.value(5).toBool();
        b.catchUp = query.value(6).toBool();
        const std::optional<StudyBlock::Status> status = statusFromName(query.value(7).toString());
        if (!b.start.isValid() || !b.end.isValid() || !status) {
            setError(error, BlockRepository::tr("block %1 is damaged").arg(b.id));
            return false;
        }
        b.status = *status;
        blocks->append(b);
    }
    return true;
}

bool selectRange(QSqlDatabase &db, int roadmapId, const QDateTime &from, const QDateTime &to, QList<StudyBlock> *blocks,
                 QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM study_block WHERE roadmap_id = ? AND start_utc >= ? AND start_utc < ?"
                                 " ORDER BY start_utc, id")
                      .arg(Columns));
    query.addBindValue(roadmapId);
    // Open sides compare against texts that sort before and after every stored instant.
    query.addBindValue(from.isValid() ? utcText(from) : QStringLiteral("0"));
    query.addBindValue(to.isValid() ? utcText(to) : QStringLiteral("a"));
    return readBlocks(query, blocks, error);
}

// Same content as stored: instants compared as instants.
bool sameBlock(const StudyBlock &a, const StudyBlock &b)
{
    return a.id == b.id && a.start.toUTC() == b.start.toUTC() && a.end.toUTC() == b.end.toUTC()
           && a.stageKey == b.stageKey && a.itemKey == b.itemKey && a.pinned == b.pinned && a.catchUp == b.catchUp
           && a.status == b.status;
}

QString refusal(const StudyBlock &b)
{
    if (b.id.isEmpty())
        return BlockRepository::tr("A study block has no id.");
    if (!b.start.isValid() || !b.end.isValid() || b.end <= b.start)
        return BlockRepository::tr("The study block %1 does not end after it starts.").arg(b.id);
    return {};
}

bool removeIds(QSqlDatabase &db, int roadmapId, const QStringList &ids, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM study_block WHERE roadmap_id = ? AND id = ?"));
    for (const QString &id : ids) {
        query.addBindValue(roadmapId);
        query.addBindValue(id);
        if (!run(query, error))
            return false;
    }
    return true;
}

bool putBlocks(QSqlDatabase &db, int roadmapId, const QList<StudyBlock> &blocks, QString *error)
{
    QSqlQuery stage(db);
    stage.prepare(QStringLiteral("SELECT 1 FROM stage WHERE roadmap_id = ? AND key = ?"));
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO study_block (roadmap_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(Columns));
    for (const StudyBlock &b : blocks) {
        stage.addBindValue(roadmapId);
        stage.addBindValue(b.stageKey);
        if (!run(stage, error))
            return false;
        if (!stage.next()) {
            setError(error, BlockRepository::tr("The study block %1 names stage %2, which is not in the roadmap.")
                                .arg(b.id, b.stageKey));
            return false;
        }
        stage.finish();
        query.addBindValue(roadmapId);
        query.addBindValue(b.id);
        query.addBindValue(utcText(b.start));
        query.addBindValue(utcText(b.end));
        query.addBindValue(b.stageKey);
        query.addBindValue(b.itemKey.isEmpty() ? QVariant() : QVariant(b.itemKey));
        query.addBindValue(b.pinned ? 1 : 0);
        query.addBindValue(b.catchUp ? 1 : 0);
        query.addBindValue(statusName(b.status));
        if (!run(query, error))
            return false;
    }
    return true;
}

} // namespace

BlockRepository::BlockRepository(Database &database, QObject *parent) : QObject(parent), m_database(database) {}

std::optional<QList<StudyBlock>> BlockRepository::blocks(int roadmapId, const QDateTime &from, const QDateTime &to,
                                                         QString *error) const
{
    QSqlDatabase db = m_database.connection();
    QList<StudyBlock> result;
    QString detail;
    if (!selectRange(db, roadmapId, from, to, &result, &detail)) {
        setError(error, tr("The study blocks cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    setError(error, QString());
    return result;
}

std::optional<StudyBlock> BlockRepository::block(int roadmapId, const QString &id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM study_block WHERE roadmap_id = ? AND id = ?").arg(Columns));
    query.addBindValue(roadmapId);
    query.addBindValue(id);
    QList<StudyBlock> found;
    QString detail;
    if (!readBlocks(query, &found, &detail)) {
        setError(error, tr("The study blocks cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    setError(error, QString());
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

bool BlockRepository::update(int roadmapId, const QStringList &remove, const QList<StudyBlock> &put, QString *error)
{
    for (const StudyBlock &b : put) {
        if (const QString why = refusal(b); !why.isEmpty()) {
            setError(error, tr("The study blocks were not saved: %1").arg(why));
            return false;
        }
    }
    bool changed = false;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QString detail;
            // Only what differs is written, so that an edit that changes nothing stays silent.
            QStringList gone;
            QList<StudyBlock> written;
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT %1 FROM study_block WHERE roadmap_id = ? AND id = ?").arg(Columns));
            const auto current = [&](const QString &id, std::optional<StudyBlock> *found) {
                query.addBindValue(roadmapId);
                query.addBindValue(id);
                QList<StudyBlock> rows;
                if (!readBlocks(query, &rows, &detail))
                    return false;
                *found = rows.isEmpty() ? std::nullopt : std::optional<StudyBlock>(rows.constFirst());
                return true;
            };
            QSet<QString> putIds;
            for (const StudyBlock &b : put)
                putIds.insert(b.id);
            for (const QString &id : remove) {
                std::optional<StudyBlock> found;
                if (!current(id, &found)) {
                    *e = tr("The study blocks were not saved: %1").arg(detail);
                    return false;
                }
                if (found && !putIds.contains(id))
                    gone.append(id);
            }
            for (const StudyBlock &b : put) {
                std::optional<StudyBlock> found;
                if (!current(b.id, &found)) {
                    *e = tr("The study blocks were not saved: %1").arg(detail);
                    return false;
                }
                if (!found || !sameBlock(*found, b))
                    written.append(b);
            }
            if (!removeIds(db, roadmapId, gone, &detail) || !putBlocks(db, roadmapId, written, &detail)) {
                *e = tr("The study blocks were not saved: %1").arg(detail);
                return false;
            }
            changed = !gone.isEmpty() || !written.isEmpty();
            return true;
        },
        error);
    if (committed && changed)
        Q_EMIT blocksChanged(roadmapId);
    return committed;
}

bool BlockRepository::replaceRange(int roadmapId, const QDateTime &from, const QDateTime &to,
                                   const QList<StudyBlock> &blocks, QString *error, const QDate &scheduledMonday)
{
    for (const StudyBlock &b : blocks) {
        if (const QString why = refusal(b); !why.isEmpty()) {
            setError(error, tr("The study blocks were not saved: %1").arg(why));
            return false;
        }
        if ((from.isValid() && b.start < from) || (to.isValid() && b.start >= to)) {
            setError(error, tr("The study blocks were not saved: block %1 is outside the range replaced.").arg(b.id));
            return false;
        }
    }
    bool changed = false;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QString detail;
            QList<StudyBlock> existing;
            if (!selectRange(db, roadmapId, from, to, &existing, &detail)) {
                *e = tr("The study blocks were not saved: %1").arg(detail);
                return false;
            }
            QHash<QString, StudyBlock> before;
            for (const StudyBlock &b : std::as_const(existing))
                before.insert(b.id, b);
            QSet<QString> kept;
            QList<StudyBlock> written;
            for (const StudyBlock &b : blocks) {
                kept.insert(b.id);
                const auto it = before.constFind(b.id);
                if (it == before.constEnd() || !sameBlock(*it, b))
                    written.append(b);
            }
            QStringList gone;
            for (const StudyBlock &b : std::as_const(existing)) {
                if (!kept.contains(b.id))
                    gone.append(b.id);
            }
            if (!removeIds(db, roadmapId, gone, &detail) || !putBlocks(db, roadmapId, written, &detail)) {
                *e = tr("The study blocks were not saved: %1").arg(detail);
                return false;
            }
            if (scheduledMonday.isValid()) {
                QSqlQuery mark(db);
                mark.prepare(QStringLiteral("INSERT OR IGNORE INTO scheduled_week (roadmap_id, monday) VALUES (?, ?)"));
                mark.addBindValue(roadmapId);
                mark.addBindValue(scheduledMonday.toString(Qt::ISODate));
                if (!run(mark, &detail)) {
                    *e = tr("The study blocks were not saved: %1").arg(detail);
                    return false;
                }
            }
            changed = !gone.isEmpty() || !written.isEmpty();
            return true;
        },
        error);
    if (committed && changed)
        Q_EMIT blocksChanged(roadmapId);
    return committed;
}

std::optional<bool> BlockRepository::isScheduled(int roadmapId, const QDate &monday, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM scheduled_week WHERE roadmap_id = ? AND monday = ?"));
    query.addBindValue(roadmapId);
    query.addBindValue(monday.toString(Qt::ISODate));
    QString detail;
    if (!run(query, &detail)) {
        setError(error, tr("The study blocks cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    setError(error, QString());
    return query.next();
}

bool BlockRepository::clearScheduled(int roadmapId, const QDate &monday, QString *error)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM scheduled_week WHERE roadmap_id = ? AND monday >= ?"));
            query.addBindValue(roadmapId);
            query.addBindValue(monday.toString(Qt::ISODate));
            QString detail;
            if (!run(query, &detail)) {
                *e = tr("The study blocks were not saved: %1").arg(detail);
                return false;
            }
            return true;
        },
        error);
}

std::optional<QStringList> BlockRepository::droppedItems(int roadmapId, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT item_key FROM dropped_item WHERE roadmap_id = ? ORDER BY item_key"));
    query.addBindValue(roadmapId);
    QString detail;
    if (!run(query, &detail)) {
        setError(error, tr("The dropped items cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    setError(error, QString());
    return keys;
}

bool BlockRepository::setDroppedItems(int roadmapId, const QStringList &itemKeys, QString *error)
{
    bool changed = false;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QString detail;
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT item_key FROM dropped_item WHERE roadmap_id = ? ORDER BY item_key"));
            query.addBindValue(roadmapId);
            if (!run(query, &detail)) {
                *e = tr("The dropped items were not saved: %1").arg(detail);
                return false;
            }
            QStringList current;
            while (query.next())
                current.append(query.value(0).toString());
            QStringList wanted = itemKeys;
            wanted.sort();
            wanted.removeDuplicates();
            if (current == wanted)
                return true;
            query.prepare(QStringLiteral("DELETE FROM dropped_item WHERE roadmap_id = ?"));
            query.addBindValue(roadmapId);
            if (!run(query, &detail)) {
                *e = tr("The dropped items were not saved: %1").arg(detail);
                return false;
            }
            query.prepare(QStringLiteral("INSERT INTO dropped_item (roadmap_id, item_key) VALUES (?, ?)"));
            for (const QString &key : std::as_const(wanted)) {
                query.addBindValue(roadmapId);
                query.addBindValue(key);
                if (!run(query, &detail)) {
                    *e = tr("The dropped items were not saved: %1").arg(detail);
                    return false;
                }
            }
            changed = true;
            return true;
        },
        error);
    if (committed && changed)
        Q_EMIT blocksChanged(roadmapId);
    return committed;
}
