// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracking/timeentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QTimeZone>

// What the study log adds up to, and the checks that keep a timer honest. Pure functions.
class TimeLog final
{
    Q_DECLARE_TR_FUNCTIONS(TimeLog)

public:
    // Seconds studied per local day of `zone` from `first` to `last` (both included). An entry that
    // crosses midnight counts in each day for its part; a day of 23 or 25 hours counts its real
    // length. A running entry counts up to `now`. Days without study are present with 0.
    static QMap<QDate, qint64> dailySeconds(const QList<TimeEntry> &entries, const QTimeZone &zone, const QDate &first,
                                            const QDate &last, const QDateTime &now);

    // The same per week: the key is the week's first day, the weeks starting on `firstDayOfWeek`
    // (Monday or Sunday, as the locale says), every week that touches [first, last] counted whole.
    static QMap<QDate, qint64> weeklySeconds(const QList<TimeEntry> &entries, const QTimeZone &zone,
                                             Qt::DayOfWeek firstDayOfWeek, const QDate &first, const QDate &last,
                                             const QDateTime &now);
    static QDate weekStart(const QDate &date, Qt::DayOfWeek firstDayOfWeek);

    // The ids of entries that overlap another one (touching ends do not overlap). Overlaps are
    // flagged for the learner, never merged.
    static QSet<qint64> overlapping(const QList<TimeEntry> &entries);

    // What the running timer's clock says, checked against its last heartbeat (written every
    // `heartbeatSeconds`) and the time that really passed since (a monotonic clock, which a changed
    // system clock does not move; negative: not known, e.g. after a restart).
    enum class Clock {
        Steady,         // now follows on from the heartbeat
        WentBackwards,  // now is before the last heartbeat (or the start): the clock was set back
        JumpedForwards, // far more wall time than real time passed: the clock was set forward
        Gap,            // long without a heartbeat, real time too: sleep, or a crash
    };
    struct Check {
        Clock clock = Clock::Steady;
        QDateTime suggestedEnd; // where to end the entry if the learner does not keep it running
        QString explanation;    // translated; empty when Steady
    };
    static Check check(const QDateTime &start, const QDateTime &lastHeartbeat, const QDateTime &now,
                       qint64 monotonicSecondsSinceHeartbeat, int heartbeatSeconds = 60);
};
