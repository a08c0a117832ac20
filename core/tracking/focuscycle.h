// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// The lengths of focus (pomodoro) mode: a work session, the short break after it, the long break
// after every `sessionsBeforeLongBreak`-th session of the day. Each value has a range (the
// constants below); isValid() says which one is out of it, bounded() brings each into it.
class FocusSettings final
{
    Q_DECLARE_TR_FUNCTIONS(FocusSettings)

public:
    static constexpr int MinWorkMinutes = 1;
    static constexpr int MaxWorkMinutes = 240;
    static constexpr int MinBreakMinutes = 1;
    static constexpr int MaxBreakMinutes = 60;
    static constexpr int MinLongBreakMinutes = 1;
    static constexpr int MaxLongBreakMinutes = 120;
    static constexpr int MinSessionsBeforeLongBreak = 1;
    static constexpr int MaxSessionsBeforeLongBreak = 12;

    int workMinutes = 25;
    int breakMinutes = 5;
    int longBreakMinutes = 15;
    int sessionsBeforeLongBreak = 4;

    // false (and *error, translated, naming the first value out of range) when a value is out of range.
    bool isValid(QString *error = nullptr) const;
    // Each value clamped into its range (settings edited by hand, or from an older version).
    FocusSettings bounded() const;

    bool operator==(const FocusSettings &o) const
    {
        return workMinutes == o.workMinutes && breakMinutes == o.breakMinutes && longBreakMinutes == o.longBreakMinutes
               && sessionsBeforeLongBreak == o.sessionsBeforeLongBreak;
    }
    bool operator!=(const FocusSettings &o) const { return !(*this == o); }
};

// One focus cycle: a work session that began at `workStart`, then its break (a long one when the
// session's number today is a multiple of sessionsBeforeLongBreak), then nothing until the next
// session is started (Finished). Pure: at(t) says the phase at any time t, when it ends, how much of
// it is left and how many sessions are done today.
//
// A wall clock that jumps never gives nonsense: a time before the start (the clock went back) is
// the start itself, a time long after (it went forward, the computer slept) is Finished, seconds
// left are never negative nor more than the phase lasts. Lengths are real seconds, so a session
// across a change to or from summer time lasts what it says.
class FocusCycle final
{
public:
    enum class Phase { Work, ShortBreak, LongBreak, Finished };

    struct State {
        Phase phase = Phase::Work;
        int completed = 0;      // work sessions completed today, this one included once it is over
        QDateTime end;          // when the phase ends (Finished: when the break ended)
        qint64 secondsLeft = 0; // until `end`; 0 when Finished
    };

    // `completedToday`: the sessions completed today before this one (less than 0 counts as 0).
    // The settings are taken bounded().
    FocusCycle(const FocusSettings &settings, const QDateTime &workStart, int completedToday);

    const FocusSettings &settings() const { return m_settings; }
    QDateTime workStart() const { return m_workStart; }
    QDateTime workEnd() const;
    QDateTime breakEnd() const;
    // This session's number today (1 for the first).
    int session() const { return m_completedBefore + 1; }
    bool hasLongBreak() const;
    int breakMinutes() const;

    // The state at `t` (an invalid time counts as the start).
    State at(const QDateTime &t) const;

    // The sessions counted today: `count` when it was counted on `today`, 0 on another day (a new
    // day, or the clock went back to an earlier one) or with no day.
    static int sessionsToday(const QDate &countedDay, int count, const QDate &today);

private:
    FocusSettings m_settings;
    QDateTime m_workStart;
    int m_completedBefore;
};
