// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracking/timeentry.h"

#include <QList>
#include <QUndoCommand>

class LogDocument;

// One edit of the study log, before and after: the entries it touches (an entry missing on one side
// was added or deleted; id 0 on the "after" side is a new entry, whose id is kept after the first
// redo so that undo and redo address the same row). Redo and undo each store their side in one
// transaction; a side that cannot be stored makes the command obsolete (the document says why).
class EntryEditCommand final : public QUndoCommand
{
public:
    EntryEditCommand(LogDocument &document, int roadmapId, const QList<TimeEntry> &before,
                     const QList<TimeEntry> &after, const QString &text);

    void undo() override;
    void redo() override;

    // Whether the last redo()/undo() was stored.
    bool applied() const { return m_applied; }
    const QList<TimeEntry> &after() const { return m_after; }

private:
    LogDocument &m_document;
    int m_roadmapId;
    QList<TimeEntry> m_before;
    QList<TimeEntry> m_after;
    bool m_applied = false;
};
