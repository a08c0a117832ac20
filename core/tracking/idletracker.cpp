// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/idletracker.h"

#include <algorithm>

IdleTracker::IdleTracker(int thresholdMinutes) : m_thresholdMinutes(std::max(0, thresholdMinutes)) {}

void IdleTracker::setThresholdMinutes(int minutes)
{
    m_thresholdMinutes = std::max(0, minutes);
    if (m_thresholdMinutes == 0) {
        m_idleSince = QDateTime();
        m_lastIdleSeconds = 0;
    }
}

void IdleTracker::start(const QDateTime &timerStart)
{
    m_timerStart = timerStart;
    m_idleSince = QDateTime();
    m_lastIdleSeconds = 0;
}

void IdleTracker::stop()
{
    start(QDateTime());
}

IdleTracker::Result IdleTracker::feed(const QDateTime &now, qint64 idleSeconds)
{
    Result result;
    if (!isWatching() || m_thresholdMinutes == 0 || !now.isValid())
        return result;
    idleSeconds = std::max<qint64>(0, idleSeconds);
    const qint64 threshold = qint64(m_thresholdMinutes) * 60;
    const QDateTime lastInput = now.addSecs(-idleSeconds);

    if (!isIdle()) {
        // Only the idle time within the timer counts (negative when the clock is before the start).
        const QDateTime since = std::max(lastInput, m_timerStart);
        if (since.secsTo(now) < threshold)
            return result;
        m_idleSince = since;
        m_lastIdleSeconds = idleSeconds;
        result.change = Change::WentIdle;
        result.idleSince = since;
        return result;
    }

    if (idleSeconds >= m_lastIdleSeconds || idleSeconds >= threshold) {
        // Still away: the counter went on, or was reset (a suspend, a moment of input) and the
        // learner has stayed away since.
        m_lastIdleSeconds = idleSeconds;
        return result;
    }

    const QDateTime since = m_idleSince;
    m_idleSince = QDateTime();
    m_lastIdleSeconds = 0;
    // A clock set back below the idle start leaves nothing to report.
    if (now <= since)
        return result;
    const QDateTime returnedAt = std::clamp(lastInput, since, now);
    if (returnedAt == since)
        return result;
    result.change = Change::CameBack;
    result.idleSince = since;
    result.returnedAt = returnedAt;
    return result;
}
