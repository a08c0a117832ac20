// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/focuscycle.h"

#include <algorithm>

bool FocusSettings::isValid(QString *error) const
{
    struct Range {
        int value;
        int minimum;
        int maximum;
        QString message; // %1 minimum, %2 maximum, %3 the value
    };
    const Range ranges[] = {
        {workMinutes, MinWorkMinutes, MaxWorkMinutes, tr("A work session lasts from %1 to %2 minutes, not %3.")},
        {breakMinutes, MinBreakMinutes, MaxBreakMinutes, tr("A break lasts from %1 to %2 minutes, not %3.")},
        {longBreakMinutes, MinLongBreakMinutes, MaxLongBreakMinutes,
         tr("A long break lasts from %1 to %2 minutes, not %3.")},
        {sessionsBeforeLongBreak, MinSessionsBeforeLongBreak, MaxSessionsBeforeLongBreak,
         tr("A long break comes after %1 to %2 sessions, not %3.")},
    };
    for (const Range &range : ranges) {
        if (range.value < range.minimum || range.value > range.maximum) {
            if (error)
                *error = range.message.arg(range.minimum).arg(range.maximum).arg(range.value);
            return false;
        }
    }
    return true;
}

FocusSettings FocusSettings::bounded() const
{
    FocusSettings s;
    s.workMinutes = std::clamp(workMinutes, MinWorkMinutes, MaxWorkMinutes);
    s.breakMinutes = std::clamp(breakMinutes, MinBreakMinutes, MaxBreakMinutes);
    s.longBreakMinutes = std::clamp(longBreakMinutes, MinLongBreakMinutes, MaxLongBreakMinutes);
    s.sessionsBeforeLongBreak =
        std::clamp(sessionsBeforeLongBreak, MinSessionsBeforeLongBreak, MaxSessionsBeforeLongBreak);
    return s;
}

FocusCycle::FocusCycle(const FocusSettings &settings, const QDateTime &workStart, int completedToday)
    : m_settings(settings.bounded()), m_workStart(workStart), m_completedBefore(std::max(0, completedToday))
{
}

QDateTime FocusCycle::workEnd() const
{
    return m_workStart.addSecs(qint64(m_settings.workMinutes) * 60);
}

QDateTime FocusCycle::breakEnd() const
{
    return workEnd().addSecs(qint64(breakMinutes()) * 60);
}

bool FocusCycle::hasLongBreak() const
{
    return session() % m_settings.sessionsBeforeLongBreak == 0;
}

int FocusCycle::breakMinutes() const
{
    return hasLongBreak() ? m_settings.longBreakMinutes : m_settings.breakMinutes;
}

FocusCycle::State FocusCycle::at(const QDateTime &t) const
{
    const QDateTime now = t.isValid() ? std::max(t, m_workStart) : m_workStart;
    State state;
    if (now < workEnd()) {
        state.phase = Phase::Work;
        state.completed = m_completedBefore;
        state.end = workEnd();
        state.secondsLeft = now.secsTo(state.end);
        return state;
    }
    state.completed = m_completedBefore + 1;
    state.end = breakEnd();
    if (now < state.end) {
        state.phase = hasLongBreak() ? Phase::LongBreak : Phase::ShortBreak;
        state.secondsLeft = now.secsTo(state.end);
        return state;
    }
    state.phase = Phase::Finished;
    state.secondsLeft = 0;
    return state;
}

int FocusCycle::sessionsToday(const QDate &countedDay, int count, const QDate &today)
{
    if (!countedDay.isValid() || countedDay != today)
        return 0;
    return std::max(0, count);
}
