// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "week/blockcommands.h"

#include "week/weekdocument.h"

BlockEditCommand::BlockEditCommand(WeekDocument &document, const BlockState &before, const BlockState &after,
                                   const QString &text)
    : QUndoCommand(text), m_document(document), m_before(before), m_after(after)
{
}

void BlockEditCommand::undo()
{
    if (!m_document.replaceState(m_after, m_before))
        setObsolete(true);
}

void BlockEditCommand::redo()
{
    if (!m_document.replaceState(m_before, m_after))
        setObsolete(true);
}
