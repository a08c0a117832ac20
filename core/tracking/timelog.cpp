// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/timelog.h"

#include <QLocale>

#include <algorithm>

namespace {

// [a, b) of an entry, the running one up to `now`; empty when it has none.
std::pair<QDateTime, QDateTime> span(const TimeEntry &e, const QDateTime &now)
{
    const QDateTime end = e.end ? *e.end : std::max(now, e.start);
    return {e.start, end};
}

} // namespace

QMap<QDate, qint64> TimeLog::dailySeconds(const QList<TimeEntry> &entries, const QTimeZone &zone, const QDate &first,
                                          const QDate &last, const QDateTime &now)
{
    QMap<QDate, qint64> days;
    for (QDate d = first; d <= last; d = d.addDays(1))
        days.insert(d, 0);
    if (first > last)
        return days;
    const QDateTime rangeStart(first, QTime(0, 0), zone);
    const QDateTime rangeEnd(last.addDays(1), QTime(0, 0), zone);
    for (const TimeEntry &e : entries) {
        auto [a, b] = span(e, now);
        a = std::max(a, rangeStart);
        b = std::min(b, rangeEnd);
        while (a < b) {
            const QDate day = a.toTimeZone(zone).date();
            const QDateTime midnight(day.addDays(1), QTime(0, 0), zone);
            const QDateTime partEnd = std::min(b, midnight);
            days[day] += a.secsTo(partEnd);
            a = partEnd;
        }
    }
    return days;
}

QDate TimeLog::weekStart(const QDate &date, Qt::DayOfWeek firstDayOfWeek)
{
    const int back = (date.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    return date.addDays(-back);
}

QMap<QDate, qint64> TimeLog::weeklySeconds(const QList<TimeEntry> &entries, const QTimeZone &zone,
                                           Qt::DayOfWeek firstDayOfWeek, const QDate &first, const QDate &last,
                                           const QDateTime &now)
{
    const QDate from = weekStart(first, firstDayOfWeek);
    const QDate to = weekStart(last, firstDayOfWeek).addDays(6);
    QMap<QDate, qint64> weeks;
    const QMap<QDate, qint64> days = dailySeconds(entries, zone, from, to, now);
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        weeks[weekStart(it.key(), firstDayOfWeek)] += it.value();
    return weeks;
}

QSet<qint64> TimeLog::overlapping(const QList<TimeEntry> &entries)
{
    QList<const TimeEntry *> sorted;
    for (const TimeEntry &e : entries)
        sorted.append(&e);
    std::sort(sorted.begin(), sorted.end(), [](const TimeEntry *x, const TimeEntry *y) { return x->start < y->start; });
    QSet<qint64> result;
    // Sweep: the entry reaching furthest so far overlaps any entry that starts before its end.
    const TimeEntry *furthest = nullptr;
    for (const TimeEntry *e : std::as_const(sorted)) {
        if (!e->end)
            continue;
        if (furthest && e->start < *furthest->end && e->start < *e->end && furthest->start < *furthest->end) {
            result.insert(e->id);
            result.insert(furthest->id);
        }
        if (!furthest || *e->end > *furthest->end)
            furthest = e;
    }
    return result;
}

TimeLog::Check TimeLog::check(const QDateTime &start, const QDateTime &lastHeartbeat, const QDateTime &now,
                              qint64 monotonicSecondsSinceHeartbeat, int heartbeatSeconds)
{
    Check result;
    const QDateTime heartbeat = std::max(start, lastHeartbeat);
    result.suggestedEnd = heartbeat;
    const QLocale locale;
    const auto when = [&](const QDateTime &t) { return locale.toString(t.toLocalTime(), QLocale::ShortFormat); };
    if (now < heartbeat) {
        result.clock = Clock::WentBackwards;
        result.explanation = tr("The system clock went back to %1, before the timer's last sign of life at %2.")
                                 .arg(when(now), when(heartbeat));
        return result;
    }
    const qint64 wall = heartbeat.secsTo(now);
    // Two missed heartbeats and a minute of slack: below that, a busy machine is not a problem.
    const qint64 slack = 2 * qint64(heartbeatSeconds) + 60;
    if (wall <= slack) {
        result.clock = Clock::Steady;
        result.suggestedEnd = now;
        return result;
    }
    if (monotonicSecondsSinceHeartbeat >= 0 && wall > monotonicSecondsSinceHeartbeat + slack
        && monotonicSecondsSinceHeartbeat <= slack) {
        result.clock = Clock::JumpedForwards;
        result.explanation = tr("The system clock jumped forward by %n minute(s) while the timer ran.", nullptr,
                                int((wall - monotonicSecondsSinceHeartbeat) / 60));
        return result;
    }
    result.clock = Clock::Gap;
    result.explanation = tr("The timer had no sign of life for %n minute(s), since %1 (the computer slept, or Study "
                            "Planner was stopped).",
                            nullptr, int(wall / 60))
                             .arg(when(heartbeat));
    return result;
}
