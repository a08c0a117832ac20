// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/forecast.h"

#include <algorithm>
#include <cmath>

namespace Forecast {

namespace {
// Below this the learner has, in effect, stopped: a forecast would lie decades ahead.
constexpr double StalledPace = 0.05;
// A forecast further out than this is no forecast.
constexpr double MaxForecastDays = 100 * 365.2425;

qint64 mondayOf(const QDate &date)
{
    return date.toJulianDay() - (date.dayOfWeek() - 1);
}
} // namespace

Result forecast(double effortHours, const QDate &stageStart, const QList<WeekActual> &actuals, const QDate &today)
{
    Result result;
    if (!today.isValid())
        return result;
    const qint64 thisWeek = mondayOf(today);
    // The pace counts the whole weeks since the stage's first week (or the first tracked week, when
    // the learner began early), at most PaceWeeks of them.
    qint64 firstWeek = stageStart.isValid() ? std::min(mondayOf(stageStart), thisWeek) : thisWeek;
    double done = 0;
    for (const WeekActual &actual : actuals) {
        if (!actual.weekStart.isValid() || !std::isfinite(actual.hours))
            continue;
        const qint64 week = mondayOf(actual.weekStart);
        if (week > thisWeek)
            continue;
        done += actual.hours;
        firstWeek = std::min(firstWeek, week);
    }
    const qint64 paceWeeks = std::min<qint64>((thisWeek - firstWeek) / 7, PaceWeeks);
    double recent = 0;
    for (const WeekActual &actual : actuals) {
        if (!actual.weekStart.isValid() || !std::isfinite(actual.hours))
            continue;
        const qint64 week = mondayOf(actual.weekStart);
        if (week < thisWeek && week >= thisWeek - 7 * paceWeeks)
            recent += actual.hours;
    }
    result.doneHours = done;
    result.weeklyPace = paceWeeks > 0 ? recent / double(paceWeeks) : 0;

    if (!(done > 0)) {
        result.status = Status::NoHistory;
        return result;
    }
    if (done >= effortHours) {
        result.status = Status::Done;
        return result;
    }
    // Hours in the current week only: no whole week to measure a pace on yet.
    if (paceWeeks == 0) {
        result.status = Status::NoHistory;
        return result;
    }
    if (result.weeklyPace < StalledPace) {
        result.status = Status::Stalled;
        return result;
    }
    const double days = std::ceil((effortHours - done) / result.weeklyPace * 7);
    if (!std::isfinite(days) || days > MaxForecastDays) {
        result.status = Status::Stalled;
        return result;
    }
    result.status = Status::Forecast;
    result.end = today.addDays(qint64(days));
    return result;
}

} // namespace Forecast
