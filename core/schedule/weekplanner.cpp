// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/weekplanner.h"

#include "storage/availabilityrepository.h"
#include "storage/blockrepository.h"
#include "storage/busyrepository.h"

#include <QSet>

#include <algorithm>

namespace {

double plannedHours(const QList<StudyBlock> &blocks)
{
    int minutes = 0;
    for (const StudyBlock &b : blocks) {
        if (b.status != StudyBlock::Status::Skipped)
            minutes += b.minutes();
    }
    return minutes / 60.0;
}

} // namespace

WeekPlanner::WeekPlanner(BlockRepository &blocks, AvailabilityRepository &availabilities, BusyRepository &busy)
    : m_blocks(blocks), m_availabilities(availabilities), m_busy(busy)
{
}

QDate WeekPlanner::mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

std::optional<WeekPlanner::Week> WeekPlanner::refresh(const Context &context, const QDate &monday, QString *error,
                                                      bool force)
{
    Q_ASSERT(context.roadmap && context.plan && context.schedule);
    Q_ASSERT(monday.dayOfWeek() == Qt::Monday);
    Week week;
    week.monday = monday;
    week.start = QDateTime(monday, QTime(0, 0), context.zone);
    week.end = QDateTime(monday.addDays(7), QTime(0, 0), context.zone);

    QString detail;
    week.availability = m_availabilities.load(context.roadmapId, &detail);
    if (!detail.isEmpty()) {
        *error = detail;
        return std::nullopt;
    }
    const std::optional<QList<StudyBlock>> existing = m_blocks.blocks(context.roadmapId, week.start, week.end, error);
    const std::optional<QList<StudyBlock>> history = m_blocks.blocks(context.roadmapId, {}, week.start, error);
    const std::optional<QStringList> dropped = m_blocks.droppedItems(context.roadmapId, error);
    const std::optional<QList<BusyEvent>> busy = m_busy.events(week.start, week.end, error);
    const std::optional<bool> scheduled = m_blocks.isScheduled(context.roadmapId, monday, error);
    if (!existing || !history || !dropped || !busy || !scheduled)
        return std::nullopt;
    week.busy = *busy;

    const QList<StudyBlock> marked = Scheduler::markMissed(*existing, context.now);
    const bool place = week.availability && (force || !*scheduled) && week.end > context.now;

    // What placing the week now would keep: blocks the learner pinned or marked, and blocks already
    // under way (pinned for the call only). The rest is placed again from now on. A week that keeps
    // its blocks is given the figures of that placement (the free time before its blocks, the
    // shortfall and its reason), but its blocks stay as they are.
    QSet<QString> pinnedForTheCall;
    WeekRequest request;
    request.monday = monday;
    request.zone = context.zone;
    request.availability = week.availability.value_or(Availability()); // none: no window, only the budget
    for (const BusyEvent &e : *busy)
        request.busy.append({e.start, e.end});
    request.history = *history;
    request.droppedItemKeys = *dropped;
    request.notBefore = context.now;
    for (StudyBlock b : marked) {
        if (b.pinned || b.status != StudyBlock::Status::Planned)
            request.existing.append(b);
        else if (b.start < context.now) {
            b.pinned = true;
            pinnedForTheCall.insert(b.id);
            request.existing.append(b);
        }
    }
    WeekResult result = Scheduler::scheduleWeek(request, *context.plan, *context.schedule, *context.roadmap);
    for (StudyBlock &b : result.blocks) {
        if (pinnedForTheCall.contains(b.id))
            b.pinned = false;
    }

    bool stored = false;
    if (place) {
        stored = m_blocks.replaceRange(context.roadmapId, week.start, week.end, result.blocks, error, monday);
    } else {
        // Only the blocks that became missed are written.
        QList<StudyBlock> changed;
        for (qsizetype i = 0; i < marked.size(); ++i) {
            if (marked.at(i) != existing->at(i))
                changed.append(marked.at(i));
        }
        stored = changed.isEmpty() || m_blocks.update(context.roadmapId, {}, changed, error);
    }
    if (!stored)
        return std::nullopt;

    week.blocks = place ? result.blocks : marked;
    week.budgetHours = result.budgetHours;
    week.plannedHours = plannedHours(week.blocks);
    week.freeHours = result.freeHours;
    week.shortfallHours = result.shortfallHours;
    week.shortfallReason = result.shortfallReason;
    if (week.end <= context.now) {
        // A week gone by has nothing left to place.
        week.shortfallHours = 0;
        week.shortfallReason.clear();
    }
    if (!week.availability && week.budgetHours > 0 && week.end > context.now) {
        week.shortfallHours = std::max(0.0, week.budgetHours - week.plannedHours);
        week.shortfallReason = tr("No study blocks are placed: give your availability under Settings → "
                                  "Availability….");
    }
    if (error)
        error->clear();
    return week;
}

std::optional<QList<StudyBlock>> WeekPlanner::refreshRange(const Context &context, const QDate &first,
                                                           const QDate &last, QString *error)
{
    QList<StudyBlock> blocks;
    const QDateTime from(first, QTime(0, 0), context.zone);
    const QDateTime to(last.addDays(1), QTime(0, 0), context.zone);
    for (QDate monday = mondayOf(first); monday <= last; monday = monday.addDays(7)) {
        const std::optional<Week> week = refresh(context, monday, error);
        if (!week)
            return std::nullopt;
        for (const StudyBlock &b : week->blocks) {
            if (b.start >= from && b.start < to)
                blocks.append(b);
        }
    }
    return blocks;
}

bool WeekPlanner::invalidate(const Context &context, QString *error)
{
    return m_blocks.clearScheduled(context.roadmapId, mondayOf(context.now.toTimeZone(context.zone).date()), error);
}
