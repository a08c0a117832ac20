// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/forecast.h"

#include <algorithm>
#include <cmath>

namespace Forecast {

namespace {
// A forecast further out than this is no forecast.
constexpr double MaxForecastDays = 100 * 365.2425;
// Hours add up over many weeks: a day count that is an integer up to rounding is that integer.
constexpr double DayEpsilon = 1e-9;

qint64 mondayOf(const QDate &date)
{
    return date.toJulianDay() - (date.dayOfWeek() - 1);
}

bool usable(const WeekActual &actual)
{
    return actual.weekStart.isValid() && std::isfinite(actual.hours);
}
} // namespace

Pace pace(const QList<WeekActual> &actuals, const QDate &today, const QDate &since)
{
    Pace result;
    if (!today.isValid())
        return result;
    const qint64 thisWeek = mondayOf(today);
    qint64 firstWeek = since.isValid() ? std::min(mondayOf(since), thisWeek) : thisWeek;
    for (const WeekActual &actual : actuals) {
        if (usable(actual))
            firstWeek = std::min(firstWeek, mondayOf(actual.weekStart));
    }
    const qint64 weeks = std::min<qint64>((thisWeek - firstWeek) / 7, PaceWeeks);
    if (weeks <= 0)
        return result;
    double hours[PaceWeeks] = {};
    for (const WeekActual &actual : actuals) {
        if (!usable(actual))
            continue;
        const qint64 week = mondayOf(actual.weekStart);
        if (week < thisWeek && week >= thisWeek - 7 * weeks)
            hours[(thisWeek - week) / 7 - 1] += actual.hours;
    }
    double sum = 0;
    for (qint64 i = 0; i < weeks; ++i)
        sum += hours[i];
    const double mean = sum / double(weeks);
    double squares = 0;
    for (qint64 i = 0; i < weeks; ++i)
        squares += (hours[i] - mean) * (hours[i] - mean);
    result.weeklyHours = mean;
    result.spread = std::sqrt(squares / double(weeks));
    result.weeks = int(weeks);
    return result;
}

std::optional<QDate> reach(const QDate &from, double hours, double weeklyPace)
{
    if (!from.isValid() || !std::isfinite(hours) || !std::isfinite(weeklyPace) || weeklyPace < StalledPace)
        return std::nullopt;
    if (!(hours > 0))
        return from;
    const double days = std::ceil(hours / weeklyPace * 7 - DayEpsilon);
    if (!std::isfinite(days) || days > MaxForecastDays)
        return std::nullopt;
    return from.addDays(qint64(days));
}

Result forecast(double effortHours, const QDate &stageStart, const QList<WeekActual> &actuals, const QDate &today)
{
    Result result;
    if (!today.isValid())
        return result;
    // The pace counts the whole weeks since the stage's first week (or the first tracked week, when
    // the learner began early), at most PaceWeeks of them.
    const qint64 thisWeek = mondayOf(today);
    double done = 0;
    for (const WeekActual &actual : actuals) {
        if (usable(actual) && mondayOf(actual.weekStart) <= thisWeek)
            done += actual.hours;
    }
    const Pace recent = pace(actuals, today, stageStart);
    result.doneHours = done;
    result.weeklyPace = recent.weeklyHours;

    if (!(done > 0)) {
        result.status = Status::NoHistory;
        return result;
    }
    if (done >= effortHours) {
        result.status = Status::Done;
        return result;
    }
    // Hours in the current week only: no whole week to measure a pace on yet.
    if (recent.weeks == 0) {
        result.status = Status::NoHistory;
        return result;
    }
    result.end = reach(today, effortHours - done, result.weeklyPace);
    result.status = result.end ? Status::Forecast : Status::Stalled;
    return result;
}

} // namespace Forecast
