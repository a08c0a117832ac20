// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "roadmap/roadmap.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Turns a Plan into dates and compares them with the guide. Pure functions, no storage.
//
// Conventions: dates are local calendar dates; a stage runs from `start` (first day) to `end`
// (exclusive: the first day after it). A day contributes weeklyHours / 7 hours, or less on days of a
// pause. The guide's range for a stage is [start + min months, start + max months] in calendar
// months (QDate::addMonths: 31 January + 1 month = 28 or 29 February).
class Planner final
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    static constexpr double MaxWeeklyHours = 100;
    static constexpr double DaysPerMonth = 365.2425 / 12;

    enum class Verdict {
        Faster,    // ends before the guide's earliest end
        Within,    // ends within the guide's range
        Slower,    // ends after the guide's latest end
        OpenEnded, // no end to compare
    };

    struct StageSchedule {
        QString stageKey;
        QDate start;
        std::optional<QDate> end;            // exclusive; empty for the open-ended stage
        double weeklyHours = 0;              // after derivation
        double effortHours = 0;              // after derivation (0 for open-ended)
        int durationDays = 0;                // after derivation (0 for open-ended)
        QDate guideEarliestEnd;              // start + min months
        std::optional<QDate> guideLatestEnd; // start + max months; empty when the guide gives no maximum
        Verdict verdict = Verdict::OpenEnded;
        int weeksDifference = 0; // whole weeks (rounded up) outside the guide's range; 0 when within
    };

    // The whole path up to the start of the open-ended stage (or the end of the last stage).
    struct PathComparison {
        QDate end;
        QDate guideEarliestEnd;
        std::optional<QDate> guideLatestEnd;
        Verdict verdict = Verdict::Within;
        int weeksDifference = 0;
    };

    // An input the planner refuses, for the editor to show next to the field.
    struct Problem {
        enum class Field { Start, WeeklyHours, Effort, Duration, Overlap, Pause };
        QString stageKey; // empty for Start and Pause
        int pauseIndex = -1;
        Field field = Field::WeeklyHours;
        QString message; // translated, names the stage and the figures
    };

    struct Schedule {
        QList<StageSchedule> stages; // in plan order
        PathComparison path;
        QList<Problem> problems; // non-empty: the schedule holds what could be computed, nothing invalid
        bool isValid() const { return problems.isEmpty(); }
        const StageSchedule *stage(const QString &key) const;
    };

    // The plan the guide suggests: budgets in the middle of each stage's weekly-hour range, efforts from
    // the middle of its month range at that budget, durations following (Derived::Duration).
    static Plan defaultPlan(const Roadmap &roadmap, const QDate &start);

    // The effort a stage's items add up to where the guide gives estimates (0 when it gives none).
    static double itemEstimateHours(const Stage &stage);

    static QList<Problem> validate(const Plan &plan, const Roadmap &roadmap);
    static Schedule compute(const Plan &plan, const Roadmap &roadmap);

    // The sum of the weekly budgets of the stages running on `date` (overlapping stages add up),
    // reduced by a pause on that day.
    static double weeklyLoad(const Schedule &schedule, const Plan &plan, const QDate &date);

    // The weekly budget the plan asks for now: the stages running on `today` (or on the plan's first
    // day, before it starts) added up, else the first stage's. Pauses do not lower it: this is what
    // the learner's availability is compared with, for the weeks they do study.
    static double currentBudget(const Schedule &schedule, const Plan &plan, const QDate &today);

    // "3 weeks faster than the guide", "within the guide's range", ... for tooltips and the editor.
    static QString verdictText(Verdict verdict, int weeks);
};
