// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The learner's plan for one roadmap: a start date, per stage a weekly-hour budget with a target
// effort and a duration, and pauses. What the plan *means* in dates is computed by Planner.
//
// Of weekly hours, effort and duration the learner fixes two; `derived` names the third, which
// Planner computes (and which the stored value of that field only remembers, for display).

enum class Derived {
    Duration,    // budget and effort fixed: the end date follows
    Effort,      // budget and duration fixed: the effort follows
    WeeklyHours, // effort and duration fixed: the budget follows
};

// Stable names for the database and JSON: "duration", "effort", "weekly_hours".
QString derivedName(Derived derived);
std::optional<Derived> derivedFromName(const QString &name);

struct StagePlan {
    QString stageKey;
    double weeklyHours = 0; // the budget, hours per week
    double effortHours = 0; // the target effort; meaningless for an open-ended stage
    int durationDays = 0;   // the planned duration; meaningless for an open-ended stage
    Derived derived = Derived::Duration;
    int overlapWeeks = 0; // starts this many weeks before the previous stage ends (never before it starts)

    bool operator==(const StagePlan &o) const
    {
        return stageKey == o.stageKey && weeklyHours == o.weeklyHours && effortHours == o.effortHours
               && durationDays == o.durationDays && derived == o.derived && overlapWeeks == o.overlapWeeks;
    }
    bool operator!=(const StagePlan &o) const { return !(*this == o); }
};

// A holiday or an exam period: from `first` to `last` (both included) at most `weeklyHours` hours a
// week go to study (0: none). Overlapping pauses: the smallest figure wins.
struct Pause {
    QDate first;
    QDate last;
    double weeklyHours = 0;
    QString note;

    bool operator==(const Pause &o) const
    {
        return first == o.first && last == o.last && weeklyHours == o.weeklyHours && note == o.note;
    }
    bool operator!=(const Pause &o) const { return !(*this == o); }
};

struct Plan {
    QDate start;
    QList<StagePlan> stages; // in roadmap order, one per stage
    QList<Pause> pauses;

    const StagePlan *stage(const QString &key) const;
    StagePlan *stage(const QString &key);
    bool operator==(const Plan &o) const { return start == o.start && stages == o.stages && pauses == o.pauses; }
    bool operator!=(const Plan &o) const { return !(*this == o); }
};
