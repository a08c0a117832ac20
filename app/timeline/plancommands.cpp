// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/plancommands.h"

#include "timeline/plandocument.h"

PlanEditCommand::PlanEditCommand(PlanDocument &document, const Plan &before, const Plan &after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(before), m_after(after)
{
}

void PlanEditCommand::undo()
{
    QString error;
    if (!m_document.apply(m_before, &error))
        setObsolete(true);
}

void PlanEditCommand::redo()
{
    QString error;
    if (!m_document.apply(m_after, &error))
        setObsolete(true);
}
