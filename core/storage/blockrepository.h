// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/scheduler.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// The study blocks of a roadmap and the items a catch-up dropped (schema version 4).
//
// A block is stored under its id (StudyBlock::id), which never changes once given: moving a block
// keeps its id, so that an exported calendar event is updated rather than duplicated. Instants are
// stored in UTC; the blocks read back carry UTC QDateTimes (compare them as instants).
class BlockRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlockRepository)

public:
    explicit BlockRepository(Database &database, QObject *parent = nullptr);

    // The blocks of `roadmapId` that start in [from, to), sorted by start (then id). An invalid
    // `from` or `to` leaves that side open.
    std::optional<QList<StudyBlock>> blocks(int roadmapId, const QDateTime &from, const QDateTime &to,
                                            QString *error) const;
    // The block with that id, or nothing (with *error empty when there is none).
    std::optional<StudyBlock> block(int roadmapId, const QString &id, QString *error) const;

    // One change in one transaction: the blocks with the ids in `remove` are deleted, then `put` is
    // written (a block with an existing id replaces it). Refuses blocks that end before they start or
    // whose stage is not in the roadmap. Emits blocksChanged after the commit when something changed.
    bool update(int roadmapId, const QStringList &remove, const QList<StudyBlock> &put, QString *error);

    // Makes `blocks` the blocks of `roadmapId` that start in [from, to): one transaction, only the
    // differences written. Every block of `blocks` must start in the range. With a valid
    // `scheduledMonday`, that week is also marked as scheduled in the same transaction.
    bool replaceRange(int roadmapId, const QDateTime &from, const QDateTime &to, const QList<StudyBlock> &blocks,
                      QString *error, const QDate &scheduledMonday = QDate());

    // Whether the scheduler placed the blocks of the week of `monday` (nullopt on a storage error).
    std::optional<bool> isScheduled(int roadmapId, const QDate &monday, QString *error) const;
    // Forgets that the weeks from `monday` on were scheduled: they are placed again when next shown.
    bool clearScheduled(int roadmapId, const QDate &monday, QString *error);

    std::optional<QStringList> droppedItems(int roadmapId, QString *error) const;
    bool setDroppedItems(int roadmapId, const QStringList &itemKeys, QString *error);

Q_SIGNALS:
    void blocksChanged(int roadmapId);

private:
    Database &m_database;
};
