// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "schedule/scheduler.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <optional>

class WeekDocument;

// What one edit of the week changes: the blocks it touches (a block missing on one side was created
// or deleted) and, for a catch-up, the dropped items and the plan.
struct BlockState {
    QList<StudyBlock> blocks;
    std::optional<QStringList> droppedItemKeys;
    std::optional<Plan> plan;
};

// One edit of study blocks, before and after. Redo and undo each store their side in one transaction.
class BlockEditCommand final : public QUndoCommand
{
public:
    BlockEditCommand(WeekDocument &document, const BlockState &before, const BlockState &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    WeekDocument &m_document;
    BlockState m_before;
    BlockState m_after;
};
