// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/entrycommands.h"

#include "log/logdocument.h"

EntryEditCommand::EntryEditCommand(LogDocument &document, int roadmapId, const QList<TimeEntry> &before,
                                   const QList<TimeEntry> &after, const QString &text)
    : QUndoCommand(text), m_document(document), m_roadmapId(roadmapId), m_before(before), m_after(after)
{
}

void EntryEditCommand::undo()
{
    m_applied = m_document.replace(m_roadmapId, m_after, &m_before);
    if (!m_applied)
        setObsolete(true);
}

void EntryEditCommand::redo()
{
    m_applied = m_document.replace(m_roadmapId, m_before, &m_after);
    if (!m_applied)
        setObsolete(true);
}
