// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include <optional>

// The end of a stage forecast from the learner's real pace. Time tracking (a later issue) supplies
// the weekly actual hours; until then callers pass what they have (tests give hours directly).
namespace Forecast {

struct WeekActual {
    QDate weekStart; // the Monday of the week
    double hours = 0;
};

enum class Status {
    NoHistory, // nothing tracked yet for the stage: no forecast
    Stalled,   // no study in the recent weeks: no forecast (not an end at infinity)
    Done,      // the effort is already reached
    Forecast,  // `end` holds the forecast
};

struct Result {
    Status status = Status::NoHistory;
    double doneHours = 0;
    double weeklyPace = 0;    // hours per week over the recent weeks
    std::optional<QDate> end; // exclusive, like Planner::StageSchedule::end
};

constexpr int PaceWeeks = 4; // the pace is the mean of the last PaceWeeks whole weeks (fewer at the start)

// `actuals` are the stage's weekly totals (any order, weeks without study may be missing), `today`
// the date of the forecast, `stageStart` the stage's planned or real start.
Result forecast(double effortHours, const QDate &stageStart, const QList<WeekActual> &actuals, const QDate &today);
} // namespace Forecast
