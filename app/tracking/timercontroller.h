// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/entryrepository.h"
#include "tracking/timeentry.h"
#include "tracking/timelog.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QTimer;
class Session;

// The one running study timer of the window (MainWindow owns it).
//
// start() writes the open entry to the database at once (with the local UTC offset), so that a
// crash loses nothing; a heartbeat is stored every minute. Each heartbeat checks the wall clock
// against the last one and a monotonic clock (TimeLog::check): when the system clock jumped or the
// computer slept, no heartbeat is written and clockProblem() asks the window, which answers with
// endAt() or keepRunning(). stop() never writes an entry that ends before its start or after the
// real time that passed. Starting a timer while one runs stops the running one first (a switch).
//
// When a timer started from a study block stops, the block is marked done as the setting
// TimerMarksBlockDone says: "always", "never", or "ask" (markBlockDoneAsked(); the window answers
// with markBlockDone()).
//
// Idle time (the learner away from the computer, IdleWatcher) is discarded with discardIdle(): the
// entry ends where the idle time began, and either the timer goes on with a new entry from now
// (stopped() then started(); the block is not marked done, its study goes on) or it stops as
// stop() does (the block marked done as above).
class TimerController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimerController)

public:
    enum class MarkDone { Ask, Always, Never };

    explicit TimerController(Session &session, QObject *parent = nullptr);
    ~TimerController() override; // a running timer gets a last heartbeat and stays open

    // Milliseconds of a clock that the system clock does not move (tests inject their own). The
    // default counts suspended time too where the system can (Linux: CLOCK_BOOTTIME).
    void setMonotonicSource(const std::function<qint64()> &milliseconds);

    bool isRunning() const { return m_entry.has_value(); }
    // The running entry (check isRunning()).
    const TimeEntry &entry() const { return *m_entry; }
    int roadmapId() const { return m_roadmapId; }
    // Seconds since the start, as far as the clocks can be trusted (0 when stopped).
    qint64 elapsedSeconds() const;
    // Now, as far as the clocks can be trusted: never before the running entry's start.
    QDateTime now() const { return trustedNow(); }
    // "Stage" or "Stage — item" of the running timer.
    QString subject() const;
    bool hasClockProblem() const { return m_problem.has_value(); }

    // Starts a timer for a stage (and optionally an item and the block it came from). false (and
    // errorOccurred()) when it cannot be stored.
    bool start(const QString &stageKey, const QString &itemKey = QString(), const QString &blockId = QString());
    // Stops the running timer now; false when none runs or it cannot be stored.
    bool stop();
    // Takes over a timer found open in the database (after a crash) and keeps it running.
    bool adopt(const EntryRepository::OpenTimer &open);

    // The answers to clockProblem(): end the entry at `end` (clamped to its start and the real
    // time), or keep the timer running from the clock as it is now.
    bool endAt(const QDateTime &end);
    void keepRunning();

    // The answer to idle time that began at `idleStart`: the running entry ends there (clamped to
    // its start and the real time); then a new entry for the same stage, item and block runs from
    // now, or (stop) the timer stops. false when no timer runs or it cannot be stored.
    enum class AfterIdle { GoOn, Stop };
    bool discardIdle(const QDateTime &idleStart, AfterIdle after);

    // Follows a timer started or stopped in the database by someone else (the command line handed
    // over to this window): adopts it, or reports it stopped. Connected to timerChanged().
    void syncWithDatabase();

    // What the minute timer does: checks the clocks and stores a heartbeat.
    void beat();
    // The 1 s tick() runs only while someone shows the elapsed time.
    void setTicking(bool ticking);

    static MarkDone markDoneSetting(const QVariant &value);
    static QString markDoneValue(MarkDone mode);
    // Marks the block done (one undo step); false when it no longer exists.
    bool markBlockDone(const QString &blockId);

Q_SIGNALS:
    void started();
    void stopped(const TimeEntry &entry);
    void tick();
    void clockProblem(const TimeLog::Check &check);
    void markBlockDoneAsked(const QString &blockId);
    void errorOccurred(const QString &message);

private:
    // The system clock, corrected by what the learner accepted when it went back.
    QDateTime wallNow() const;
    qint64 monotonicSecondsSinceHeartbeat() const;
    TimeLog::Check check() const;
    // The best estimate of "now" for the entry: the wall clock when it follows on from the last
    // heartbeat, otherwise the heartbeat plus the real time that passed since.
    QDateTime trustedNow() const;
    // Stores the end; `blockDone`: the block's study is over (mark it done as the setting says).
    bool finish(const QDateTime &end, bool blockDone = true);
    void resetHeartbeat(const QDateTime &at);
    void updateTimers();

    Session &m_session;
    QTimer *m_heartbeatTimer;
    QTimer *m_tickTimer;
    std::function<qint64()> m_monotonic;
    std::optional<TimeEntry> m_entry;
    int m_roadmapId = 0;
    QDateTime m_lastHeartbeat;
    qint64 m_monotonicAtHeartbeat = -1; // -1: not known (an adopted timer before its first beat)
    std::optional<TimeLog::Check> m_problem;
    bool m_ticking = false;
    qint64 m_offsetSeconds = 0; // added to the system clock after it went back and the timer kept running
    bool m_writing = false;     // our own start or stop is being stored
};
