// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/focuscontroller.h"

#include "common/notifier.h"
#include "session.h"
#include "support/settings.h"
#include "tracking/timercontroller.h"

#include <QScopedValueRollback>
#include <QTimer>

#include <algorithm>

namespace {

// A break's end noticed later than this (a sleep, a jumped clock) does not start the next session.
constexpr qint64 AutoStartGraceSeconds = 60;

QString leftText(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

FocusController::FocusController(TimerController &timer, Session &session, Notifier &notifier, QObject *parent)
    : QObject(parent), m_timer(timer), m_session(session), m_notifier(notifier), m_ticker(new QTimer(this))
{
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &FocusController::check);
    connect(&m_timer, &TimerController::started, this, &FocusController::onTimerStarted);
    connect(&m_timer, &TimerController::stopped, this, &FocusController::onTimerStopped);
    if (isEnabled() && m_timer.isRunning())
        begin();
}

bool FocusController::isEnabled() const
{
    return m_session.settings().value(Settings::Key::FocusMode).toBool();
}

void FocusController::setEnabled(bool enabled)
{
    if (enabled == isEnabled())
        return;
    m_session.settings().setValue(Settings::Key::FocusMode, enabled);
    m_session.settings().sync();
    if (enabled && m_timer.isRunning())
        begin();
    else if (!enabled)
        end();
    Q_EMIT changed();
}

FocusSettings FocusController::focusSettings() const
{
    const Settings &settings = m_session.settings();
    FocusSettings s;
    s.workMinutes = settings.value(Settings::Key::FocusWorkMinutes).toInt();
    s.breakMinutes = settings.value(Settings::Key::FocusBreakMinutes).toInt();
    s.longBreakMinutes = settings.value(Settings::Key::FocusLongBreakMinutes).toInt();
    s.sessionsBeforeLongBreak = settings.value(Settings::Key::FocusSessionsBeforeLongBreak).toInt();
    return s.bounded();
}

void FocusController::setFocusSettings(const FocusSettings &settings)
{
    const FocusSettings s = settings.bounded();
    Settings &stored = m_session.settings();
    stored.setValue(Settings::Key::FocusWorkMinutes, s.workMinutes);
    stored.setValue(Settings::Key::FocusBreakMinutes, s.breakMinutes);
    stored.setValue(Settings::Key::FocusLongBreakMinutes, s.longBreakMinutes);
    stored.setValue(Settings::Key::FocusSessionsBeforeLongBreak, s.sessionsBeforeLongBreak);
    stored.sync();
    if (m_cycle && m_working) {
        m_cycle = FocusCycle(s, m_cycle->workStart(), m_cycle->session() - 1);
        check();
    }
    Q_EMIT changed();
}

bool FocusController::autoStart() const
{
    return m_session.settings().value(Settings::Key::FocusAutoStart).toBool();
}

void FocusController::setAutoStart(bool autoStart)
{
    m_session.settings().setValue(Settings::Key::FocusAutoStart, autoStart);
    m_session.settings().sync();
}

QDate FocusController::today() const
{
    return m_session.clock().now().toTimeZone(m_session.timeZone()).date();
}

int FocusController::sessionsToday() const
{
    const Settings &settings = m_session.settings();
    return FocusCycle::sessionsToday(
        QDate::fromString(settings.value(Settings::Key::FocusSessionsDay).toString(), Qt::ISODate),
        settings.value(Settings::Key::FocusSessionsCount).toInt(), today());
}

QDateTime FocusController::workClock() const
{
    if (!m_timer.isRunning())
        return m_session.clock().now();
    return m_timer.entry().start.addSecs(m_timer.elapsedSeconds());
}

QDateTime FocusController::breakClock() const
{
    const QDateTime now = m_session.clock().now();
    return m_latest.isValid() ? std::max(now, m_latest) : now;
}

std::optional<FocusCycle::State> FocusController::state() const
{
    if (!m_cycle)
        return std::nullopt;
    if (!m_working)
        return m_cycle->at(breakClock());
    FocusCycle::State s = m_cycle->at(workClock());
    if (s.phase != FocusCycle::Phase::Work) {
        // Over, but not ended yet (the next check() ends it): no time left.
        s.phase = FocusCycle::Phase::Work;
        s.completed = m_cycle->session() - 1;
        s.end = m_cycle->workEnd();
        s.secondsLeft = 0;
    }
    return s;
}

QString FocusController::statusText() const
{
    const std::optional<FocusCycle::State> s = state();
    if (!s)
        return QString();
    const QString left = leftText(s->secondsLeft);
    switch (s->phase) {
    case FocusCycle::Phase::Work:
        return tr("Focus · %1 left · session %2", "time left · the work session's number today")
            .arg(left)
            .arg(m_cycle->session());
    case FocusCycle::Phase::ShortBreak:
        return tr("Break · %1 left · %n session(s) today", nullptr, s->completed).arg(left);
    case FocusCycle::Phase::LongBreak:
        return tr("Long break · %1 left · %n session(s) today", nullptr, s->completed).arg(left);
    case FocusCycle::Phase::Finished:
        break;
    }
    return QString();
}

void FocusController::onTimerStarted()
{
    if (isEnabled())
        begin();
}

void FocusController::onTimerStopped()
{
    // Our own end of a work session is not a stop by hand.
    if (m_ending || !m_cycle || !m_working)
        return;
    end();
    Q_EMIT changed();
}

void FocusController::begin()
{
    if (!m_timer.isRunning())
        return;
    const FocusSettings settings = focusSettings();
    if (m_timer.elapsedSeconds() >= qint64(settings.workMinutes) * 60) {
        end();
        return;
    }
    const TimeEntry &entry = m_timer.entry();
    m_cycle = FocusCycle(settings, entry.start, sessionsToday());
    m_working = true;
    m_entryId = entry.id;
    m_stageKey = entry.stageKey;
    m_itemKey = entry.itemKey;
    m_latest = QDateTime();
    m_ticker->start();
    Q_EMIT changed();
}

void FocusController::end()
{
    m_cycle.reset();
    m_working = false;
    m_entryId = 0;
    m_latest = QDateTime();
    m_ticker->stop();
}

void FocusController::check()
{
    if (m_checking || !m_cycle)
        return;
    // A question asked from here (the clock, mark the block done) runs an event loop: no second check.
    const QScopedValueRollback<bool> checking(m_checking, true);
    if (!isEnabled()) {
        end();
        Q_EMIT changed();
        return;
    }
    if (m_working)
        finishWork();
    if (m_cycle && !m_working)
        checkBreak();
}

void FocusController::finishWork()
{
    if (!m_timer.isRunning() || m_timer.entry().id != m_entryId) {
        end();
        Q_EMIT changed();
        return;
    }
    const qint64 workSeconds = qint64(m_cycle->settings().workMinutes) * 60;
    if (m_timer.hasClockProblem() || m_timer.elapsedSeconds() < workSeconds) {
        Q_EMIT changed();
        return;
    }
    // The timer checks its clocks first: a jump or a sleep is asked about, and the answer counts.
    m_timer.beat();
    if (!m_cycle || !m_working || !m_timer.isRunning() || m_timer.hasClockProblem()
        || m_timer.elapsedSeconds() < workSeconds) {
        Q_EMIT changed();
        return;
    }

    const QDateTime workEnd = m_cycle->workEnd();
    bool ended = false;
    {
        const QScopedValueRollback<bool> ending(m_ending, true);
        ended = m_timer.endAt(workEnd);
    }
    if (!ended) { // the timer said why; it runs on as a plain timer
        end();
        Q_EMIT changed();
        return;
    }

    // Counted on the local day the session ended.
    Settings &settings = m_session.settings();
    const QDate day = workEnd.toTimeZone(m_session.timeZone()).date();
    const int count = FocusCycle::sessionsToday(
                          QDate::fromString(settings.value(Settings::Key::FocusSessionsDay).toString(), Qt::ISODate),
                          settings.value(Settings::Key::FocusSessionsCount).toInt(), day)
                      + 1;
    settings.setValue(Settings::Key::FocusSessionsDay, day.toString(Qt::ISODate));
    settings.setValue(Settings::Key::FocusSessionsCount, count);
    settings.sync();

    m_cycle = FocusCycle(m_cycle->settings(), m_cycle->workStart(), count - 1);
    m_working = false;
    m_latest = workEnd;
    const QString message =
        m_cycle->hasLongBreak()
            ? tr("Session %1 done: take a %n-minute long break.", nullptr, m_cycle->breakMinutes()).arg(count)
            : tr("Session %1 done: take a %n-minute break.", nullptr, m_cycle->breakMinutes()).arg(count);
    m_notifier.notify(tr("Focus Mode"), message);
    Q_EMIT sessionCompleted(count);
    Q_EMIT changed();
}

void FocusController::checkBreak()
{
    const QDateTime now = breakClock();
    m_latest = now;
    if (m_cycle->at(now).phase != FocusCycle::Phase::Finished) {
        Q_EMIT changed();
        return;
    }
    const bool late = m_cycle->breakEnd().secsTo(now) > AutoStartGraceSeconds;
    const QString stageKey = m_stageKey;
    const QString itemKey = m_itemKey;
    end();
    const int next = sessionsToday() + 1;
    // Starting the timer begins the next cycle (onTimerStarted()).
    const bool started = autoStart() && !late && !m_timer.isRunning() && m_timer.start(stageKey, itemKey);
    m_notifier.notify(tr("Focus Mode"), started ? tr("Break over: session %1 has started.").arg(next)
                                                : tr("Break over: start the timer for session %1.").arg(next));
    Q_EMIT breakEnded(started);
    Q_EMIT changed();
}
