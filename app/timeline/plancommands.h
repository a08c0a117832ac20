// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QUndoCommand>

class PlanDocument;

// One plan edit: the whole plan before and after. Plans are small, so a snapshot is simpler and
// safer than replaying field changes, and undo restores exactly what was stored.
class PlanEditCommand final : public QUndoCommand
{
public:
    PlanEditCommand(PlanDocument &document, const Plan &before, const Plan &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument &m_document;
    Plan m_before;
    Plan m_after;
};
