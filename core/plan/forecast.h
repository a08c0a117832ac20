// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include <optional>

// The end of a stage forecast from the learner's real pace. The study log supplies the weekly actual
// hours (EntryRepository); tests give hours directly. Progress (statistics/progress.h) builds the
// whole plan's forecast on pace() and reach().
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
// Below this many hours a week the learner has, in effect, stopped: a forecast would lie decades ahead.
constexpr double StalledPace = 0.05;

// The pace over the whole weeks before `today`'s week: the last PaceWeeks of them, or fewer when the
// earliest of `since` and the listed weeks is more recent. Weeks without study count as 0 hours.
struct Pace {
    double weeklyHours = 0; // the mean
    double spread = 0;      // the (population) standard deviation of those weeks' hours
    int weeks = 0;          // how many weeks; 0: not one whole week yet
};
// `actuals` in any order, a week given by any of its days; weeks after today's are ignored, as are
// invalid dates and hours that are not finite.
Pace pace(const QList<WeekActual> &actuals, const QDate &today, const QDate &since = QDate());

// The exclusive end of `hours` of study at `weeklyPace` from `from` on (`from` included, each day
// giving weeklyPace / 7): the first day after the one on which they are reached. `from` itself when
// nothing is left. Nothing when the pace is below StalledPace or the end more than 100 years away.
std::optional<QDate> reach(const QDate &from, double hours, double weeklyPace);

// `actuals` are the stage's weekly totals (any order, weeks without study may be missing), `today`
// the date of the forecast, `stageStart` the stage's planned or real start.
Result forecast(double effortHours, const QDate &stageStart, const QList<WeekActual> &actuals, const QDate &today);
} // namespace Forecast
