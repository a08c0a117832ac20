// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "plan/planner.h"
#include "roadmap/roadmap.h"
#include "schedule/availability.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// Places study blocks in the learner's week. Pure and deterministic: the same input gives the same
// blocks (no hash order, no current time: "now" is an input).
//
// Rules of scheduleWeek():
// - The week runs from `monday` 00:00 to the next Monday 00:00, local time of `zone`.
// - A stage's budget for the week is, per day it runs (Planner's stage dates, end exclusive), its
//   weekly hours / 7, capped by a pause on that day (as Planner::weeklyLoad). Overlapping stages add up.
// - Kept blocks: the existing blocks of the week that are pinned or not Planned (Done, Skipped,
//   Missed). They stay exactly where they are, occupy their time (plus the break around them) and
//   count toward the daily maximum and (except catch-up blocks) toward their stage's budget.
//   Unpinned Planned blocks of the week are dropped and placed again.
// - Free time: availability windows (wall-clock times turned into real instants; a window end in a
//   summer-time gap moves to the transition, so a window inside the gap is empty and one across it
//   is shortened to its real length) minus busy intervals (compared as instants, any zone) minus
//   kept blocks, and nothing before `notBefore`.
// - Spreading: rounds over the days, ordered by the most placeable time left (then by date); each
//   round gives each day at most one block of the remaining budget divided by the days still open
//   (fewer when the minimum length allows fewer blocks), rounded up to 5 minutes and clamped to the
//   block lengths. A block goes to the earliest free segment that holds it, or is shortened to the
//   longest one (never below the minimum length). A block that would leave the rest of its segment
//   too short for another one (after the break) is shortened so that the segment takes two or more
//   equal blocks (rounded down to 5 minutes), as long as the budget still needs them. A block takes
//   a stage's whole remainder rather than leave less than the minimum length; a remainder below the
//   minimum length that could not be avoided becomes a block of the minimum length (the budget is
//   exceeded by less than one block).
// - Stages: each block goes to the stage with the largest share of its budget still unplaced (ties:
//   plan order), so a shortfall is split in proportion to the budgets.
// - Items: a stage's open items (counted sections, not done, not dropped) in roadmap order. An item
//   with an estimate takes blocks until the minutes of its blocks (Planned and Done, in `history`,
//   kept and new) reach the estimate; an item without an estimate takes one block. Blocks after the
//   last open item have no item.
struct StudyBlock {
    enum class Status { Planned, Done, Skipped, Missed };

    QString id; // stable for one placement: start instant and stage; used as the iCalendar UID
    QDateTime start;
    QDateTime end; // exclusive
    QString stageKey;
    QString itemKey; // may be empty
    bool pinned = false;
    bool catchUp = false; // placed by a catch-up on top of the budget (always pinned)
    Status status = Status::Planned;

    int minutes() const; // real minutes, summer-time changes included
    static QString makeId(const QDateTime &start, const QString &stageKey);
    bool operator==(const StudyBlock &o) const
    {
        return id == o.id && start == o.start && end == o.end && stageKey == o.stageKey && itemKey == o.itemKey
               && pinned == o.pinned && catchUp == o.catchUp && status == o.status;
    }
    bool operator!=(const StudyBlock &o) const { return !(*this == o); }
};

// Time taken by the learner's calendar. Any time zone; compared as instants.
struct BusyInterval {
    QDateTime start;
    QDateTime end; // exclusive
};

struct WeekRequest {
    QDate monday;
    QTimeZone zone;
    Availability availability;
    QList<BusyInterval> busy;
    QList<StudyBlock> existing;  // the week's blocks so far
    QList<StudyBlock> history;   // blocks of earlier weeks: only their item minutes matter
    QStringList droppedItemKeys; // items dropped by a catch-up
    QDateTime notBefore;         // invalid: no limit; else no block starts before it
};

struct WeekResult {
    QList<StudyBlock> blocks; // kept and new blocks of the week, sorted by start
    double budgetHours = 0;   // the sum over the stages active this week
    double freeHours = 0;     // free time before placing (availability minus busy and kept blocks)
    double shortfallHours = 0;
    QString shortfallReason; // translated; empty without shortfall
};

class Scheduler final
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)

public:
    static WeekResult scheduleWeek(const WeekRequest &request, const Plan &plan, const Planner::Schedule &schedule,
                                   const Roadmap &roadmap);

    // The hours each stage gets in the week of `monday` (stage key → hours), in plan order.
    static QList<QPair<QString, double>> weekBudgets(const QDate &monday, const Plan &plan,
                                                     const Planner::Schedule &schedule);

    // Planned blocks that ended at or before `now` become Missed; the others are returned unchanged.
    static QList<StudyBlock> markMissed(const QList<StudyBlock> &blocks, const QDateTime &now);

    // Catching up with a stage's missed blocks.
    //
    // MoveToFreeTime: the missed minutes go into free time from `now` on, over `horizonWeeks` weeks,
    //   so that the stage's blocks of each week stay under its weekly maximum (`weeklyCapHours`, or
    //   the guide's upper figure Stage::weeklyHours.max). What does not fit extends the stage.
    // ExtendStage: the stage's effort grows by the missed hours and its duration by the days they
    //   take at its budget; its end date moves accordingly (Planner::compute).
    // DropOptionalItems: open optional items (of kinds Topic, Resource and Activity, and the items of
    //   a chosen specialisation branch but its self-assessment) are dropped, from the stage's last item
    //   backwards, until their hours (the estimate, or 1 h without one) cover the missed hours. What is
    //   not covered extends the stage. Without optional items the option drops nothing.
    // Applying any option marks the missed blocks Skipped: they have been dealt with.
    struct Move {
        QString fromBlockId;
        QDateTime fromStart;
        StudyBlock to;
        int minutes = 0; // of the missed block carried by `to`
    };
    struct CatchUpOption {
        enum class Kind { MoveToFreeTime, ExtendStage, DropOptionalItems };
        Kind kind = Kind::ExtendStage;
        QString stageKey;
        double missedHours = 0;
        std::optional<QDate> endBefore; // exclusive end dates, as Planner
        std::optional<QDate> endAfter;
        QList<Move> moves;           // MoveToFreeTime
        QStringList droppedItemKeys; // DropOptionalItems
        double extendHours = 0;      // hours added to the stage's effort
        QString summary;             // translated, with the effect on the end date
    };
    struct CatchUpRequest {
        QString stageKey;
        QDateTime now;
        QTimeZone zone;
        Availability availability;
        QList<BusyInterval> busy;
        QList<StudyBlock> blocks; // all known blocks: missed ones of the stage are caught up
        QStringList droppedItemKeys;
        std::optional<double> weeklyCapHours;
        int horizonWeeks = 2;
    };
    static QList<CatchUpOption> catchUpOptions(const CatchUpRequest &request, const Plan &plan, const Roadmap &roadmap);

    struct Applied {
        QList<StudyBlock> blocks;
        Plan plan;
        QStringList droppedItemKeys;
    };
    static Applied applyCatchUp(const CatchUpOption &option, const QList<StudyBlock> &blocks, const Plan &plan,
                                const QStringList &droppedItemKeys);
};
