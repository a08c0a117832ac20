// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logdocument.h"

#include "log/entrycommands.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "timeline/plandocument.h"

#include <QSet>
#include <QUndoStack>

LogDocument::LogDocument(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    setObjectName(QStringLiteral("logDocument"));
}

LogDocument &LogDocument::of(Session &session)
{
    EntryRepository &repository = session.entries();
    if (auto *existing = repository.findChild<LogDocument *>(QStringLiteral("logDocument"), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new LogDocument(session, &repository);
}

int LogDocument::roadmapId() const
{
    return m_session.document().roadmapId();
}

bool LogDocument::refuse(const QString &message)
{
    m_error = message;
    Q_EMIT refused(message);
    return false;
}

bool LogDocument::replace(int roadmapId, const QList<TimeEntry> &from, QList<TimeEntry> *to)
{
    QSet<qint64> kept;
    for (const TimeEntry &e : std::as_const(*to))
        kept.insert(e.id);
    QList<qint64> remove;
    for (const TimeEntry &e : from) {
        if (e.id != 0 && !kept.contains(e.id))
            remove.append(e.id);
    }
    QString error;
    const std::optional<QList<qint64>> ids = m_session.entries().change(roadmapId, remove, *to, &error);
    if (!ids)
        return refuse(error);
    for (int i = 0; i < to->size() && i < ids->size(); ++i)
        (*to)[i].id = ids->at(i);
    m_error.clear();
    m_lastStored = *to;
    m_applied = true;
    return true;
}

bool LogDocument::edit(const QList<TimeEntry> &before, const QList<TimeEntry> &after, const QString &text,
                       QList<TimeEntry> *stored)
{
    if (m_session.database().isReadOnly())
        return refuse(tr("The study log cannot be changed: the database is open read-only."));
    // push() runs the command's redo(), that is replace(); a command whose redo failed is made
    // obsolete and dropped by the stack.
    m_applied = false;
    m_session.plan().undoStack()->push(new EntryEditCommand(*this, roadmapId(), before, after, text));
    if (m_applied && stored)
        *stored = m_lastStored;
    return m_applied;
}

std::optional<qint64> LogDocument::addEntry(const TimeEntry &entry)
{
    TimeEntry added = entry;
    added.id = 0;
    QList<TimeEntry> stored;
    if (!edit({}, {added}, tr("Add Study Entry"), &stored) || stored.isEmpty())
        return std::nullopt;
    return stored.constFirst().id;
}

std::optional<TimeEntry> LogDocument::stored(qint64 id)
{
    QString error;
    const std::optional<TimeEntry> entry = m_session.entries().entry(id, &error);
    if (!entry) {
        refuse(error.isEmpty() ? tr("The entry is no longer in the study log.") : error);
        return std::nullopt;
    }
    return entry;
}

bool LogDocument::editEntry(const TimeEntry &entry)
{
    const std::optional<TimeEntry> before = stored(entry.id);
    if (!before)
        return false;
    if (*before == entry)
        return true;
    return edit({*before}, {entry}, tr("Edit Study Entry"));
}

std::optional<qint64> LogDocument::splitEntry(qint64 id, const QDateTime &at)
{
    const std::optional<TimeEntry> before = stored(id);
    if (!before)
        return std::nullopt;
    if (before->isOpen() || !at.isValid() || at <= before->start || at >= *before->end) {
        refuse(tr("An entry can only be split at a time between its start and its end."));
        return std::nullopt;
    }
    TimeEntry first = *before;
    first.end = at;
    TimeEntry second = *before;
    second.id = 0;
    second.start = at;
    QList<TimeEntry> result;
    if (!edit({*before}, {first, second}, tr("Split Study Entry"), &result) || result.size() != 2)
        return std::nullopt;
    return result.at(1).id;
}

bool LogDocument::deleteEntries(const QList<qint64> &ids)
{
    QList<TimeEntry> before;
    for (const qint64 id : ids) {
        const std::optional<TimeEntry> entry = stored(id);
        if (!entry)
            return false;
        before.append(*entry);
    }
    if (before.isEmpty())
        return true;
    return edit(before, {}, tr("Delete %n Study Entry(s)", nullptr, int(before.size())));
}

bool LogDocument::importEntries(const QList<TimeEntry> &entries)
{
    QList<TimeEntry> added = entries;
    for (TimeEntry &e : added)
        e.id = 0;
    if (added.isEmpty())
        return true;
    return edit({}, added, tr("Import %n Study Entry(s)", nullptr, int(added.size())));
}
