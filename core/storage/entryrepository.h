// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracking/timeentry.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <optional>

class Database;

// The study log (schema version 5): time entries per roadmap and the running timer.
//
// The timer is an entry without an end, written when it starts; the schema allows one at most. Its
// heartbeat is stored every minute; after a crash the open entry is found again with its last
// heartbeat, so it can be ended there. Every change is one transaction.
class EntryRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryRepository)

public:
    struct OpenTimer {
        int roadmapId = 0;
        TimeEntry entry;
        QDateTime heartbeat; // the last one; the start when none was written
    };
    struct Filter {
        QDateTime from; // entries that end after `from` and start before `to`; invalid: open
        QDateTime to;
        QString stageKey; // empty: every stage
        QString text;     // in the note, case-insensitive; empty: any
    };
    enum class Order { Ascending, Descending }; // by start, then id

    explicit EntryRepository(Database &database, QObject *parent = nullptr);

    // The running timer, whatever its roadmap; nothing (and *error empty) when none runs.
    std::optional<OpenTimer> openTimer(QString *error) const;
    // Starts a timer: `entry` without an end. Refused while another one runs.
    std::optional<TimeEntry> startTimer(int roadmapId, const TimeEntry &entry, QString *error);
    bool heartbeat(qint64 id, const QDateTime &at, QString *error);
    // Ends the running timer `id` at `end` (not before its start). A timer that ends within a second
    // of its start is deleted, not stored: the returned entry then has no time (seconds() == 0).
    std::optional<TimeEntry> stopTimer(qint64 id, const QDateTime &end, QString *error);

    std::optional<TimeEntry> entry(qint64 id, QString *error) const;
    std::optional<QList<TimeEntry>> entries(int roadmapId, const Filter &filter, int offset, int limit, Order order,
                                            QString *error) const;
    std::optional<int> count(int roadmapId, const Filter &filter, QString *error) const;
    std::optional<qint64> totalSeconds(int roadmapId, const Filter &filter, QString *error) const;

    // Hours per week (the Monday of the entry's start, in the local time it was made in) of one
    // stage, or of all (empty key): aggregated in SQL, for the progress and forecasts.
    std::optional<QList<QPair<QDate, double>>> weeklyHours(int roadmapId, const QString &stageKey,
                                                           QString *error) const;
    // The statement weeklyHours() runs; its values are bound in the order roadmap id, stage key,
    // stage key (the benchmark gives the same statement to the sqlite3 tool).
    static QString weeklyHoursStatement();
    // Hours per local day, by the entry's own offset, of the closed entries, from `from` to `to` (both
    // included; an invalid date: no bound). An entry that crosses local midnight counts in each day
    // for its part, as TimeLog::dailySeconds() splits it in the zone the entry was made in (the same
    // days unless that zone's offset changes between the start and a midnight the entry crosses); a
    // day holds the real seconds studied in it. Days without study are left out. Aggregated in SQL.
    struct DayHours {
        QDate date;
        QString stageKey; // empty in dailyHours(): every stage together
        double hours = 0;
        bool operator==(const DayHours &o) const
        {
            return date == o.date && stageKey == o.stageKey && hours == o.hours;
        }
    };
    std::optional<QList<DayHours>> dailyHours(int roadmapId, const QDate &from, const QDate &to, QString *error) const;
    // The same per stage and day, ordered by day then stage: one pass over the log for the Progress view.
    std::optional<QList<DayHours>> dailyStageHours(int roadmapId, const QDate &from, const QDate &to,
                                                   QString *error) const;
    // Hours logged per item (item key → hours), for items whose estimate is spent.
    std::optional<QHash<QString, double>> itemHours(int roadmapId, QString *error) const;
    // Hours logged per stage (stage key → hours) of the closed entries, for the stages' progress.
    std::optional<QHash<QString, double>> stageHours(int roadmapId, QString *error) const;

    // One change in one transaction: the entries with the ids in `remove` are deleted, then `put` is
    // written (id 0: a new entry, its id returned in order; otherwise that entry is replaced). Entries
    // written here must have an end. Refused whole when one is invalid.
    std::optional<QList<qint64>> change(int roadmapId, const QList<qint64> &remove, const QList<TimeEntry> &put,
                                        QString *error);

Q_SIGNALS:
    void entriesChanged(int roadmapId);
    void timerChanged();

private:
    std::optional<QList<DayHours>> daily(bool perStage, int roadmapId, const QDate &from, const QDate &to,
                                         QString *error) const;
    // Hours of the closed entries grouped by a column of time_entry (item_key or stage_key).
    std::optional<QHash<QString, double>> hoursBy(const QString &column, int roadmapId, QString *error) const;

    Database &m_database;
};
