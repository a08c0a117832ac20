// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracking/timeentry.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class Session;

// The edits of the study log, each one undoable command on the application's undo stack (the plan's)
// and one transaction (EntryRepository::change). There is one per session (of()), owned by the
// session's entry repository so that it outlives every window and command that refers to it.
//
// An edit that cannot be stored is refused: false, and refused() with the reason (also when Undo or
// Redo fail later, e.g. on a read-only database).
class LogDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDocument)

public:
    static LogDocument &of(Session &session);

    Session &session() const { return m_session; }
    int roadmapId() const;

    // id 0: added; its id is returned. Entries must be closed.
    std::optional<qint64> addEntry(const TimeEntry &entry);
    bool editEntry(const TimeEntry &entry); // replaces the stored entry with the same id
    // Cuts the entry `id` at `at` (strictly inside it): the first part keeps the id, the second is new
    // with the same stage, item, block, offset, note and source. Returns the new id.
    std::optional<qint64> splitEntry(qint64 id, const QDateTime &at);
    bool deleteEntries(const QList<qint64> &ids);
    // All of them or none, one undo step.
    bool importEntries(const QList<TimeEntry> &entries);

    // Used by the commands: removes the entries of `from` whose ids are not in `to`, then writes
    // `to`; new entries in `to` get their ids. One transaction.
    bool replace(int roadmapId, const QList<TimeEntry> &from, QList<TimeEntry> *to);

    QString errorString() const { return m_error; }

Q_SIGNALS:
    void refused(const QString &message);

private:
    explicit LogDocument(Session &session, QObject *parent);
    bool edit(const QList<TimeEntry> &before, const QList<TimeEntry> &after, const QString &text,
              QList<TimeEntry> *stored = nullptr);
    bool refuse(const QString &message);
    std::optional<TimeEntry> stored(qint64 id);

    Session &m_session;
    QString m_error;
    QList<TimeEntry> m_lastStored; // the "to" side of the last replace() that succeeded
    bool m_applied = false;
};
