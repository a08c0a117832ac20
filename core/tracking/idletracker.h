// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// Whether the learner is away from the computer while a timer runs, from samples of the desktop's
// idle counter (seconds since the last keyboard or mouse input) taken now and then.
//
// Contract: start() with the timer's start, then feed() samples `(now, idleSeconds)`, in the order
// they were taken and as often as one likes (a sample may be late or missing). The learner goes
// idle once the idle time within the timer (idle that began before the start counts from the start)
// reaches the threshold; they are idle since `now - idleSeconds`, never before the timer's start.
// They come back when the counter drops below the previous sample AND the new idle time is under
// the threshold: the return is at `now - idleSeconds`. A counter that drops but is still at or
// over the threshold (reset by a suspend, or a moment of input, while the learner stays away) goes
// on with the same idle spell. The interval reported is never inverted, whatever the wall clock
// does: since <= returnedAt <= the sample's now, since >= the timer's start (clamped, so a clock
// set back may shorten it); one that has shrunk to nothing is not reported. A threshold of 0
// switches detection off. Pure logic: no clock, no timer, no desktop.
class IdleTracker final
{
public:
    enum class Change { None, WentIdle, CameBack };
    struct Result {
        Change change = Change::None;
        QDateTime idleSince;  // WentIdle and CameBack
        QDateTime returnedAt; // CameBack only
        // Whole seconds from idleSince to returnedAt (0 unless CameBack).
        qint64 seconds() const { return change == Change::CameBack ? idleSince.secsTo(returnedAt) : 0; }
    };

    explicit IdleTracker(int thresholdMinutes = 0);

    int thresholdMinutes() const { return m_thresholdMinutes; }
    // Negative counts as 0 (off); switching off forgets an idle spell in progress.
    void setThresholdMinutes(int minutes);

    // A timer started at `timerStart`: nothing is idle yet.
    void start(const QDateTime &timerStart);
    // No timer: samples are ignored until the next start().
    void stop();
    bool isWatching() const { return m_timerStart.isValid(); }
    bool isIdle() const { return m_idleSince.isValid(); }
    QDateTime idleSince() const { return m_idleSince; } // invalid unless idle

    // One sample of the idle counter at `now` (a negative count is taken as 0; an invalid `now` is ignored).
    Result feed(const QDateTime &now, qint64 idleSeconds);

private:
    int m_thresholdMinutes = 0;
    QDateTime m_timerStart; // invalid: not watching
    QDateTime m_idleSince;  // invalid: not idle
    qint64 m_lastIdleSeconds = 0;
};
