// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/timercontroller.h"

#include "roadmap/roadmap.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/database.h"
#include "support/settings.h"
#include "week/weekdocument.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <ctime>
#endif

namespace {

constexpr int HeartbeatSeconds = 60;

qint64 systemMonotonicMilliseconds()
{
#ifdef Q_OS_LINUX
    // CLOCK_BOOTTIME goes on while the computer sleeps: a sleep is then a gap, not a jumped clock.
    timespec ts{};
    if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0)
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
#endif
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}

} // namespace

TimerController::TimerController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_heartbeatTimer(new QTimer(this)), m_tickTimer(new QTimer(this)),
      m_monotonic(systemMonotonicMilliseconds)
{
    m_heartbeatTimer->setInterval(HeartbeatSeconds * 1000);
    m_tickTimer->setInterval(1000);
    connect(m_heartbeatTimer, &QTimer::timeout, this, &TimerController::beat);
    connect(m_tickTimer, &QTimer::timeout, this, &TimerController::tick);
    connect(&m_session.entries(), &EntryRepository::timerChanged, this, &TimerController::syncWithDatabase);
}

TimerController::~TimerController()
{
    if (m_entry && !m_problem) {
        QString error;
        m_session.entries().heartbeat(m_entry->id, trustedNow(), &error);
    }
}

void TimerController::setMonotonicSource(const std::function<qint64()> &milliseconds)
{
    m_monotonic = milliseconds;
    if (m_entry)
        m_monotonicAtHeartbeat = m_monotonic();
}

QDateTime TimerController::wallNow() const
{
    return m_session.clock().now().addSecs(m_offsetSeconds);
}

qint64 TimerController::monotonicSecondsSinceHeartbeat() const
{
    if (m_monotonicAtHeartbeat < 0)
        return -1;
    return std::max<qint64>(0, (m_monotonic() - m_monotonicAtHeartbeat) / 1000);
}

TimeLog::Check TimerController::check() const
{
    return TimeLog::check(m_entry->start, m_lastHeartbeat, wallNow(), monotonicSecondsSinceHeartbeat(),
                          HeartbeatSeconds);
}

QDateTime TimerController::trustedNow() const
{
    const QDateTime now = wallNow();
    if (!m_entry)
        return now;
    if (check().clock == TimeLog::Clock::Steady)
        return std::max(now, m_entry->start);
    const qint64 real = monotonicSecondsSinceHeartbeat();
    const QDateTime heartbeat = std::max(m_entry->start, m_lastHeartbeat);
    return real >= 0 ? heartbeat.addSecs(real) : heartbeat;
}

qint64 TimerController::elapsedSeconds() const
{
    if (!m_entry)
        return 0;
    return std::max<qint64>(0, m_entry->start.secsTo(trustedNow()));
}

QString TimerController::subject() const
{
    if (!m_entry)
        return QString();
    const Roadmap &roadmap = m_session.document().roadmap();
    const Stage *stage = roadmap.stage(m_entry->stageKey);
    const QString stageTitle = stage ? stage->title : m_entry->stageKey;
    if (m_entry->itemKey.isEmpty())
        return stageTitle;
    const Item *item = roadmap.item(m_entry->itemKey);
    return tr("%1 — %2", "stage — item of the running timer").arg(stageTitle, item ? item->title : m_entry->itemKey);
}

bool TimerController::start(const QString &stageKey, const QString &itemKey, const QString &blockId)
{
    if (m_session.database().isReadOnly()) {
        Q_EMIT errorOccurred(tr("The timer cannot run: this database is open read-only."));
        return false;
    }
    if (m_entry) {
        if (m_entry->stageKey == stageKey && m_entry->itemKey == itemKey && m_entry->blockId == blockId)
            return true;
        if (!stop())
            return false;
    }
    TimeEntry entry;
    entry.stageKey = stageKey;
    entry.itemKey = itemKey;
    entry.blockId = blockId;
    m_offsetSeconds = 0;
    entry.start = wallNow().toUTC();
    entry.offsetMinutes = m_session.timeZone().offsetFromUtc(entry.start) / 60;
    entry.source = TimeEntry::Source::Timer;
    const int roadmapId = m_session.document().roadmapId();
    QString error;
    m_writing = true;
    const std::optional<TimeEntry> stored = m_session.entries().startTimer(roadmapId, entry, &error);
    m_writing = false;
    if (!stored) {
        Q_EMIT errorOccurred(tr("The timer was not started: %1").arg(error));
        return false;
    }
    m_entry = stored;
    m_roadmapId = roadmapId;
    m_problem.reset();
    resetHeartbeat(stored->start);
    updateTimers();
    Q_EMIT started();
    return true;
}

bool TimerController::adopt(const EntryRepository::OpenTimer &open)
{
    if (m_entry || !open.entry.isOpen())
        return false;
    m_entry = open.entry;
    m_roadmapId = open.roadmapId;
    m_problem.reset();
    m_offsetSeconds = 0;
    const QDateTime now = std::max(wallNow(), open.entry.start);
    QString error;
    if (!m_session.entries().heartbeat(open.entry.id, now, &error))
        Q_EMIT errorOccurred(error);
    resetHeartbeat(now);
    updateTimers();
    Q_EMIT started();
    return true;
}

bool TimerController::stop()
{
    if (!m_entry)
        return false;
    // After a sleep nobody was studying: the entry is cut at its last heartbeat.
    const TimeLog::Check c = check();
    return finish(c.clock == TimeLog::Clock::Gap ? c.suggestedEnd : trustedNow());
}

bool TimerController::endAt(const QDateTime &end)
{
    if (!m_entry)
        return false;
    const QDateTime latest = std::max(wallNow(), trustedNow());
    return finish(std::clamp(end, m_entry->start, std::max(latest, m_entry->start)));
}

bool TimerController::discardIdle(const QDateTime &idleStart, AfterIdle after)
{
    if (!m_entry)
        return false;
    if (after == AfterIdle::Stop)
        return endAt(idleStart);
    const TimeEntry running = *m_entry;
    const QDateTime latest = std::max(wallNow(), trustedNow());
    if (!finish(std::clamp(idleStart, running.start, std::max(latest, running.start)), false))
        return false;
    return start(running.stageKey, running.itemKey, running.blockId);
}

void TimerController::keepRunning()
{
    if (!m_entry)
        return;
    // A clock set back: the timer goes on from the real time that passed, not from the clock.
    if (m_problem && m_problem->clock == TimeLog::Clock::WentBackwards)
        m_offsetSeconds += wallNow().secsTo(trustedNow());
    m_problem.reset();
    const QDateTime now = std::max(wallNow(), m_entry->start);
    QString error;
    if (!m_session.entries().heartbeat(m_entry->id, now, &error))
        Q_EMIT errorOccurred(error);
    resetHeartbeat(now);
}

bool TimerController::finish(const QDateTime &end, bool blockDone)
{
    QString error;
    m_writing = true;
    const std::optional<TimeEntry> stored = m_session.entries().stopTimer(m_entry->id, end, &error);
    m_writing = false;
    if (!stored) {
        Q_EMIT errorOccurred(tr("The timer was not stopped: %1").arg(error));
        return false;
    }
    m_entry.reset();
    m_problem.reset();
    updateTimers();
    Q_EMIT stopped(*stored);
    if (blockDone && !stored->blockId.isEmpty() && stored->seconds() > 0) {
        switch (markDoneSetting(m_session.settings().value(Settings::Key::TimerMarksBlockDone))) {
        case MarkDone::Always:
            markBlockDone(stored->blockId);
            break;
        case MarkDone::Ask:
            Q_EMIT markBlockDoneAsked(stored->blockId);
            break;
        case MarkDone::Never:
            break;
        }
    }
    return true;
}

void TimerController::syncWithDatabase()
{
    if (m_writing)
        return;
    QString error;
    const std::optional<EntryRepository::OpenTimer> open = m_session.entries().openTimer(&error);
    if (!error.isEmpty())
        return;
    if (m_entry && (!open || open->entry.id != m_entry->id)) {
        const std::optional<TimeEntry> stored = m_session.entries().entry(m_entry->id, &error);
        m_entry.reset();
        m_problem.reset();
        updateTimers();
        if (stored)
            Q_EMIT stopped(*stored);
    }
    if (!m_entry && open)
        adopt(*open);
}

void TimerController::beat()
{
    if (!m_entry || m_problem)
        return;
    const TimeLog::Check c = check();
    if (c.clock != TimeLog::Clock::Steady) {
        // No heartbeat until the learner answers: the last one stays the last trusted time.
        m_problem = c;
        Q_EMIT clockProblem(c);
        return;
    }
    const QDateTime now = wallNow();
    QString error;
    if (!m_session.entries().heartbeat(m_entry->id, now, &error)) {
        Q_EMIT errorOccurred(error);
        return;
    }
    resetHeartbeat(now);
    Q_EMIT tick(); // the elapsed time moves at least every minute, ticking or not
}

void TimerController::setTicking(bool ticking)
{
    m_ticking = ticking;
    updateTimers();
}

TimerController::MarkDone TimerController::markDoneSetting(const QVariant &value)
{
    const QString text = value.toString();
    if (text == QLatin1String("always"))
        return MarkDone::Always;
    if (text == QLatin1String("never"))
        return MarkDone::Never;
    return MarkDone::Ask;
}

QString TimerController::markDoneValue(MarkDone mode)
{
    switch (mode) {
    case MarkDone::Always:
        return QStringLiteral("always");
    case MarkDone::Never:
        return QStringLiteral("never");
    case MarkDone::Ask:
        break;
    }
    return QStringLiteral("ask");
}

bool TimerController::markBlockDone(const QString &blockId)
{
    if (!m_session.week().block(blockId))
        return false;
    return m_session.week().setStatus(blockId, StudyBlock::Status::Done);
}

void TimerController::resetHeartbeat(const QDateTime &at)
{
    m_lastHeartbeat = at;
    m_monotonicAtHeartbeat = m_monotonic();
}

void TimerController::updateTimers()
{
    if (m_entry && !m_heartbeatTimer->isActive())
        m_heartbeatTimer->start();
    else if (!m_entry)
        m_heartbeatTimer->stop();
    if (m_entry && m_ticking && !m_tickTimer->isActive())
        m_tickTimer->start();
    else if (!m_entry || !m_ticking)
        m_tickTimer->stop();
}
