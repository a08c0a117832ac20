// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/icsimport.h"
#include "plan/plan.h"
#include "plan/planner.h"
#include "roadmap/roadmap.h"
#include "schedule/availability.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

class AvailabilityRepository;
class BlockRepository;
class BusyRepository;

// The scheduler applied to the stored week: what the Week view, the iCalendar export and the command
// line ask for. It reads the availability, the busy time and the blocks, and stores what changes.
//
// A week is placed once: the first time it is refreshed (unless it is entirely past) and again only
// when asked (`force`, or after invalidate() when the plan, the availability or the busy time
// changed). In between, its blocks stay where they are, so the week the learner saw is the week they
// follow. Every refresh turns planned blocks that have ended into missed ones. When a week is placed
// again, blocks already under way and blocks the learner moved, made or marked stay (Scheduler's
// kept blocks); the rest is placed from `now` on.
class WeekPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(WeekPlanner)

public:
    struct Context {
        int roadmapId = 0;
        const Roadmap *roadmap = nullptr;
        const Plan *plan = nullptr;
        const Planner::Schedule *schedule = nullptr;
        QTimeZone zone;
        QDateTime now;
    };

    struct Week {
        QDate monday;
        QDateTime start; // Monday 00:00 in the context's zone
        QDateTime end;   // the next Monday 00:00
        QList<StudyBlock> blocks;
        QList<BusyEvent> busy;
        std::optional<Availability> availability; // nothing when the learner has not given one
        double budgetHours = 0;
        double plannedHours = 0; // of the blocks that are not skipped
        double freeHours = 0;
        double shortfallHours = 0;
        QString shortfallReason; // translated; empty without shortfall
    };

    WeekPlanner(BlockRepository &blocks, AvailabilityRepository &availabilities, BusyRepository &busy);

    static QDate mondayOf(const QDate &date);

    // The week of `monday` after the rules above, stored in one transaction.
    std::optional<Week> refresh(const Context &context, const QDate &monday, QString *error, bool force = false);

    // Refreshes every week that overlaps [first, last] and returns the blocks that start on those
    // days, sorted by start.
    std::optional<QList<StudyBlock>> refreshRange(const Context &context, const QDate &first, const QDate &last,
                                                  QString *error);

    // The weeks from the current one on are placed again when next refreshed.
    bool invalidate(const Context &context, QString *error);

private:
    BlockRepository &m_blocks;
    AvailabilityRepository &m_availabilities;
    BusyRepository &m_busy;
};
