// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracking/focuscycle.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class Notifier;
class QTimer;
class Session;
class TimerController;

// Focus (pomodoro) mode on top of the one running timer (TimerWidget owns it).
//
// With the setting FocusMode on, a timer that starts begins a work session (FocusCycle). check()
// (every second while a cycle runs; tests call it after moving the clock) follows it on the timer's
// own trusted elapsed time: at the session's end the timer's entry is ended exactly there (a break
// is not study time), the session is counted (FocusSessionsDay/FocusSessionsCount: today's count,
// 0 again on a new local day) and the learner is notified ("Session 3 done: take a 5-minute
// break"). When the break is over (on the wall clock, which is never taken to go back) the learner
// is notified again, and the next session starts when they start the timer, or at once with the
// same stage and item when FocusAutoStart is on (only when the break's end is noticed within a
// minute: after a sleep nobody is there to study). Starting the timer during a break begins the next
// session early.
//
// Stopping the timer by hand (or a switch to another stage, or the command line) ends the cycle,
// uncounted; so does switching focus mode off. A timer that already ran longer than a work session
// when focus mode meets it (switched on late, a timer recovered after a crash) stays a plain timer.
// Before it ends a session the timer checks its clocks (TimerController::beat()): a jumped clock or a
// sleep is asked about first, and the cycle follows the answer.
//
// Changed lengths apply at once to a running work session, and to a break from the next one.
class FocusController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusController)

public:
    FocusController(TimerController &timer, Session &session, Notifier &notifier, QObject *parent = nullptr);

    bool isEnabled() const;
    void setEnabled(bool enabled);
    FocusSettings focusSettings() const; // the stored lengths, bounded
    void setFocusSettings(const FocusSettings &settings);
    bool autoStart() const;
    void setAutoStart(bool autoStart);
    // Work sessions completed today (the learner's time zone).
    int sessionsToday() const;

    // A cycle runs: a work session or its break.
    bool isActive() const { return m_cycle.has_value(); }
    bool isWorking() const { return m_cycle && m_working; }
    // The running cycle's state now (nothing when none runs).
    std::optional<FocusCycle::State> state() const;
    // "Focus · 12:31 left · session 3", "Break · 4:10 left · 3 sessions today"; empty when no cycle runs.
    QString statusText() const;

    // What the one-second timer does: ends the work session or the break when its time has come.
    void check();

Q_SIGNALS:
    void changed(); // the mode, the phase, the time left or the count changed
    void sessionCompleted(int sessionsToday);
    void breakEnded(bool nextSessionStarted);

private:
    void onTimerStarted();
    void onTimerStopped();
    void begin();
    void end();
    void finishWork();
    void checkBreak();
    QDateTime workClock() const;  // the timer's trusted "now" during a work session
    QDateTime breakClock() const; // the wall clock during a break, never earlier than already seen
    QDate today() const;

    TimerController &m_timer;
    Session &m_session;
    Notifier &m_notifier;
    QTimer *m_ticker;
    std::optional<FocusCycle> m_cycle;
    bool m_working = false;
    qint64 m_entryId = 0; // the work session's entry
    QString m_stageKey;   // what the next session times when it starts by itself
    QString m_itemKey;
    QDateTime m_latest; // the latest wall time seen during the break
    bool m_ending = false;
    bool m_checking = false;
};
