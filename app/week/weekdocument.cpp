// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "week/weekdocument.h"

#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/availabilityrepository.h"
#include "storage/blockrepository.h"
#include "storage/busyrepository.h"
#include "storage/database.h"
#include "support/clock.h"
#include "timeline/plandocument.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QUndoStack>

namespace {

QStringList ids(const QList<StudyBlock> &blocks)
{
    QStringList result;
    for (const StudyBlock &b : blocks)
        result.append(b.id);
    return result;
}

} // namespace

WeekDocument::WeekDocument(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_monday = WeekPlanner::mondayOf(today());
    m_lastPlan = m_session.plan().plan();
    connect(&m_session.plan(), &PlanDocument::changed, this, [this] {
        if (m_session.plan().plan() != m_lastPlan) {
            m_lastPlan = m_session.plan().plan();
            inputsChanged();
        } else {
            refresh();
        }
    });
    connect(&m_session.availabilities(), &AvailabilityRepository::availabilityChanged, this,
            &WeekDocument::inputsChanged);
    connect(&m_session.busy(), &BusyRepository::busyChanged, this, &WeekDocument::inputsChanged);
    connect(&m_session.blocks(), &BlockRepository::blocksChanged, this, &WeekDocument::refresh);
    connect(&m_session.document(), &RoadmapDocument::reset, this, &WeekDocument::refresh);
}

WeekDocument::~WeekDocument() = default;

bool WeekDocument::isReadOnly() const
{
    return m_session.database().isReadOnly();
}

QDate WeekDocument::firstDay() const
{
    QDate day = m_monday;
    const Qt::DayOfWeek first = QLocale().firstDayOfWeek();
    while (day.dayOfWeek() != first)
        day = day.addDays(-1);
    return day;
}

QDateTime WeekDocument::now() const
{
    return m_session.clock().now().toTimeZone(zone());
}

QDate WeekDocument::today() const
{
    return now().date();
}

QTimeZone WeekDocument::zone() const
{
    return m_session.timeZone();
}

void WeekDocument::showWeekOf(const QDate &date)
{
    // The shown week begins on the locale's first day (a Sunday in the United States and China):
    // its Monday is the one on or after that day, so that `date` itself is always shown.
    const int first = QLocale().firstDayOfWeek();
    const QDate shownFirst = date.addDays(-((date.dayOfWeek() - first + 7) % 7));
    m_monday = shownFirst.addDays((Qt::Monday - first + 7) % 7);
    refresh();
}

void WeekDocument::showToday()
{
    showWeekOf(today());
}

WeekPlanner::Context WeekDocument::context() const
{
    WeekPlanner::Context c;
    c.roadmapId = m_session.document().roadmapId();
    c.roadmap = &m_session.plan().roadmap();
    c.plan = &m_session.plan().plan();
    c.schedule = &m_session.plan().schedule();
    c.zone = zone();
    c.now = now();
    return c;
}

std::optional<StudyBlock> WeekDocument::block(const QString &id) const
{
    for (const StudyBlock &b : m_blocks) {
        if (b.id == id)
            return b;
    }
    QString error;
    return m_session.blocks().block(m_session.document().roadmapId(), id, &error);
}

void WeekDocument::refresh()
{
    if (m_refreshing || !m_monday.isValid())
        return;
    m_refreshing = true;
    const WeekPlanner::Context c = context();
    const QDate first = firstDay();
    QString error;
    const bool writable = !m_session.database().isReadOnly();
    // The scheduler's weeks the shown days touch (two when the locale's week starts on a Sunday).
    std::optional<WeekPlanner::Week> week;
    if (writable) {
        for (QDate monday = WeekPlanner::mondayOf(first); monday <= first.addDays(6); monday = monday.addDays(7)) {
            std::optional<WeekPlanner::Week> refreshed = m_session.weekPlanner().refresh(c, monday, &error);
            if (!refreshed)
                break;
            if (monday == m_monday)
                week = refreshed;
        }
    }
    const QDateTime from(first, QTime(0, 0), c.zone);
    const QDateTime to(first.addDays(7), QTime(0, 0), c.zone);
    const std::optional<QList<StudyBlock>> blocks =
        error.isEmpty() ? m_session.blocks().blocks(c.roadmapId, from, to, &error) : std::nullopt;
    const std::optional<QList<BusyEvent>> busy =
        error.isEmpty() ? m_session.busy().events(from, to, &error) : std::nullopt;
    m_error = error;
    m_blocks = blocks.value_or(QList<StudyBlock>());
    m_busy = busy.value_or(QList<BusyEvent>());
    if (week) {
        m_week = *week;
    } else {
        m_week = WeekPlanner::Week();
        m_week.monday = m_monday;
        m_week.availability = m_session.availabilities().load(c.roadmapId, &error);
    }
    m_refreshing = false;
    if (!m_error.isEmpty())
        Q_EMIT refused(m_error);
    Q_EMIT changed();
}

bool WeekDocument::reschedule()
{
    if (m_session.database().isReadOnly()) {
        Q_EMIT refused(tr("This database is open read-only; the week cannot be placed again."));
        return false;
    }
    QString error;
    m_refreshing = true;
    const std::optional<WeekPlanner::Week> week = m_session.weekPlanner().refresh(context(), m_monday, &error, true);
    m_refreshing = false;
    if (!week) {
        Q_EMIT refused(error);
        return false;
    }
    refresh();
    return true;
}

void WeekDocument::inputsChanged()
{
    if (m_session.database().isReadOnly())
        return;
    QString error;
    if (!m_session.weekPlanner().invalidate(context(), &error))
        Q_EMIT refused(error);
    refresh();
}

QString WeekDocument::overlapRefusal(const StudyBlock &block) const
{
    for (const BusyEvent &e : m_busy) {
        if (e.start < block.end && block.start < e.end)
            return tr("The block would overlap “%1” in your calendar.").arg(e.summary);
    }
    QString error;
    const std::optional<QList<StudyBlock>> near = m_session.blocks().blocks(
        m_session.document().roadmapId(), block.start.addDays(-1), block.end.addDays(1), &error);
    for (const StudyBlock &other : near.value_or(QList<StudyBlock>())) {
        if (other.id != block.id && other.start < block.end && block.start < other.end
            && other.status != StudyBlock::Status::Skipped)
            return tr("The block would overlap another study block.");
    }
    return {};
}

bool WeekDocument::edit(const BlockState &before, const BlockState &after, const QString &text)
{
    if (m_session.database().isReadOnly()) {
        Q_EMIT refused(tr("This database is open read-only; the study blocks cannot be changed."));
        return false;
    }
    for (const StudyBlock &b : after.blocks) {
        if (!b.start.isValid() || !b.end.isValid() || b.end <= b.start) {
            Q_EMIT refused(tr("A study block must end after it starts."));
            return false;
        }
        if (b.status != StudyBlock::Status::Skipped) {
            if (const QString why = overlapRefusal(b); !why.isEmpty()) {
                Q_EMIT refused(why);
                return false;
            }
        }
    }
    // push() runs the command's redo(), that is replaceState(); a command whose redo failed is made
    // obsolete and dropped by the stack.
    m_applied = false;
    m_session.plan().undoStack()->push(new BlockEditCommand(*this, before, after, text));
    return m_applied;
}

bool WeekDocument::replaceState(const BlockState &from, const BlockState &to)
{
    const int roadmapId = m_session.document().roadmapId();
    QString error;
    m_refreshing = true;
    const bool committed = m_session.database().write(
        [&](QSqlDatabase &, QString *e) {
            if (!m_session.blocks().update(roadmapId, ids(from.blocks), to.blocks, e))
                return false;
            if (to.droppedItemKeys && !m_session.blocks().setDroppedItems(roadmapId, *to.droppedItemKeys, e))
                return false;
            if (to.plan) {
                if (!m_session.plan().apply(*to.plan, e))
                    return false;
                m_lastPlan = m_session.plan().plan();
                if (!m_session.weekPlanner().invalidate(context(), e))
                    return false;
            }
            return true;
        },
        &error);
    m_refreshing = false;
    if (!committed) {
        Q_EMIT refused(error);
        refresh();
        return false;
    }
    m_applied = true;
    refresh();
    return true;
}

bool WeekDocument::moveBlock(const QString &id, const QDateTime &start, const QDateTime &end)
{
    const std::optional<StudyBlock> b = block(id);
    if (!b)
        return false;
    StudyBlock moved = *b;
    moved.start = start;
    moved.end = end;
    moved.pinned = true;
    if (moved.start == b->start && moved.end == b->end)
        return true;
    const bool resized = moved.start == b->start || moved.end == b->end;
    return edit({{*b}, {}, {}}, {{moved}, {}, {}},
                resized && b->minutes() != moved.minutes() ? tr("Resize a study block") : tr("Move a study block"));
}

bool WeekDocument::createBlock(const QDateTime &start, const QDateTime &end, const QString &stageKey)
{
    QString stage = stageKey;
    if (stage.isEmpty()) {
        // The stage with the largest budget in that week.
        double best = 0;
        for (const auto &[key, hours] : Scheduler::weekBudgets(WeekPlanner::mondayOf(start.toTimeZone(zone()).date()),
                                                               m_session.plan().plan(), m_session.plan().schedule())) {
            if (hours > best) {
                best = hours;
                stage = key;
            }
        }
    }
    if (stage.isEmpty()) {
        Q_EMIT refused(tr("No stage of your plan runs in this week: there is nothing to study in a new block."));
        return false;
    }
    StudyBlock b;
    b.start = start;
    b.end = end;
    b.stageKey = stage;
    b.pinned = true;
    b.id = StudyBlock::makeId(start, stage);
    QString error;
    for (int n = 2; m_session.blocks().block(m_session.document().roadmapId(), b.id, &error); ++n)
        b.id = StudyBlock::makeId(start, stage) + QStringLiteral("-%1").arg(n);
    return edit({}, {{b}, {}, {}}, tr("Add a study block"));
}

bool WeekDocument::deleteBlock(const QString &id)
{
    const std::optional<StudyBlock> b = block(id);
    if (!b)
        return false;
    return edit({{*b}, {}, {}}, {}, tr("Delete a study block"));
}

bool WeekDocument::setStatus(const QString &id, StudyBlock::Status status)
{
    const std::optional<StudyBlock> b = block(id);
    if (!b || b->status == status)
        return bool(b);
    StudyBlock changed = *b;
    changed.status = status;
    QString text;
    switch (status) {
    case StudyBlock::Status::Done:
        text = tr("Mark a study block done");
        break;
    case StudyBlock::Status::Skipped:
        text = tr("Skip a study block");
        break;
    case StudyBlock::Status::Planned:
    case StudyBlock::Status::Missed:
        text = tr("Mark a study block not done");
        // A block marked not done after its end is missed, as the scheduler would mark it.
        changed.status = changed.end <= now() ? StudyBlock::Status::Missed : StudyBlock::Status::Planned;
        changed.pinned = true;
        break;
    }
    return edit({{*b}, {}, {}}, {{changed}, {}, {}}, text);
}

bool WeekDocument::setItem(const QString &id, const QString &itemKey)
{
    const std::optional<StudyBlock> b = block(id);
    if (!b || b->itemKey == itemKey)
        return bool(b);
    StudyBlock changed = *b;
    changed.itemKey = itemKey;
    changed.pinned = true;
    return edit({{*b}, {}, {}}, {{changed}, {}, {}}, tr("Change a study block's item"));
}

QStringList WeekDocument::stagesWithMissedBlocks() const
{
    QString error;
    const std::optional<QList<StudyBlock>> past =
        m_session.blocks().blocks(m_session.document().roadmapId(), {}, now(), &error);
    QSet<QString> missed;
    for (const StudyBlock &b : past.value_or(QList<StudyBlock>())) {
        if (b.status == StudyBlock::Status::Missed)
            missed.insert(b.stageKey);
    }
    QStringList stages;
    for (const StagePlan &stage : m_session.plan().plan().stages) {
        if (missed.contains(stage.stageKey))
            stages.append(stage.stageKey);
    }
    return stages;
}

QList<Scheduler::CatchUpOption> WeekDocument::catchUpOptions(const QString &stageKey) const
{
    const WeekPlanner::Context c = context();
    QString error;
    const std::optional<Availability> availability = m_session.availabilities().load(c.roadmapId, &error);
    const std::optional<QList<StudyBlock>> blocks = m_session.blocks().blocks(c.roadmapId, {}, {}, &error);
    const std::optional<QStringList> dropped = m_session.blocks().droppedItems(c.roadmapId, &error);
    Scheduler::CatchUpRequest request;
    request.stageKey = stageKey;
    request.now = c.now;
    request.zone = c.zone;
    request.availability = availability.value_or(Availability());
    request.blocks = blocks.value_or(QList<StudyBlock>());
    request.droppedItemKeys = dropped.value_or(QStringList());
    const std::optional<QList<BusyEvent>> busy =
        m_session.busy().events(c.now, c.now.addDays(7 * request.horizonWeeks + 7), &error);
    for (const BusyEvent &e : busy.value_or(QList<BusyEvent>()))
        request.busy.append({e.start, e.end});
    if (!availability)
        return {};
    return Scheduler::catchUpOptions(request, *c.plan, *c.roadmap);
}

bool WeekDocument::applyCatchUp(const Scheduler::CatchUpOption &option)
{
    const WeekPlanner::Context c = context();
    QString error;
    const std::optional<QList<StudyBlock>> blocks = m_session.blocks().blocks(c.roadmapId, {}, {}, &error);
    const std::optional<QStringList> dropped = m_session.blocks().droppedItems(c.roadmapId, &error);
    if (!blocks || !dropped) {
        Q_EMIT refused(error);
        return false;
    }
    const Scheduler::Applied applied = Scheduler::applyCatchUp(option, *blocks, *c.plan, *dropped);
    QHash<QString, StudyBlock> original;
    for (const StudyBlock &b : *blocks)
        original.insert(b.id, b);
    BlockState before;
    BlockState after;
    for (const StudyBlock &b : applied.blocks) {
        const auto it = original.constFind(b.id);
        if (it != original.constEnd() && *it == b)
            continue;
        if (it != original.constEnd())
            before.blocks.append(*it);
        after.blocks.append(b);
    }
    before.droppedItemKeys = *dropped;
    after.droppedItemKeys = applied.droppedItemKeys;
    before.plan = *c.plan;
    after.plan = applied.plan;
    m_applied = false;
    m_session.plan().undoStack()->push(new BlockEditCommand(*this, before, after, tr("Catch up with missed blocks")));
    return m_applied;
}
