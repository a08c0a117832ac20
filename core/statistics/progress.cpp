// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/progress.h"

#include "plan/plan.h"
#include "roadmap/roadmap.h"
#include "storage/entryrepository.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace Progress {

namespace {

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

// The Sunday ending `date`'s week.
QDate sundayOf(const QDate &date)
{
    return date.addDays(7 - date.dayOfWeek());
}

// Like Planner's comparison of a planned end with the guide's range (exclusive ends).
GuideVerdict compare(const QDate &end, const QDate &earliest, const std::optional<QDate> &latest, int *weeks)
{
    *weeks = 0;
    if (!end.isValid() || !earliest.isValid())
        return GuideVerdict::NoForecast;
    if (end < earliest) {
        *weeks = int((end.daysTo(earliest) + 6) / 7);
        return GuideVerdict::Ahead;
    }
    if (latest && latest->isValid() && end > *latest) {
        *weeks = int((latest->daysTo(end) + 6) / 7);
        return GuideVerdict::Behind;
    }
    return GuideVerdict::Within;
}

QDate addMonths(const QDate &date, int months)
{
    return date.isValid() ? date.addMonths(months) : QDate();
}

// One stage's days up to today, sorted, without empty days.
QList<Day> studiedDays(const QList<Day> &days, const QDate &today)
{
    QList<Day> result;
    result.reserve(days.size());
    for (const Day &day : days) {
        if (day.date.isValid() && day.date <= today && std::isfinite(day.hours) && day.hours > 0)
            result.append(day);
    }
    std::sort(result.begin(), result.end(), [](const Day &a, const Day &b) { return a.date < b.date; });
    return result;
}

bool isOpenEnded(const Planner::StageSchedule &s, const Stage *stage)
{
    return stage ? stage->months.isOpenEnded() : !s.end;
}

// The points of a line that starts at `start` hours at the end of `first` and grows by `rate` a day
// until it reaches start + `hours` at the end of `last`: the end of each week in between too.
QList<CumulativePoint> forecastLine(const QDate &first, double start, double rate, double hours, const QDate &last)
{
    QList<CumulativePoint> points{{first, start}};
    for (QDate sunday = sundayOf(first); sunday < last; sunday = sunday.addDays(7)) {
        if (sunday > first)
            points.append({sunday, std::min(start + hours, start + rate * double(first.daysTo(sunday)))});
    }
    if (last > first)
        points.append({last, start + hours});
    return points;
}

} // namespace

Pace pace(const QList<Forecast::WeekActual> &weeks, const QDate &today)
{
    const Forecast::Pace recent = Forecast::pace(weeks, today);
    Pace result;
    result.weeklyHours = recent.weeklyHours;
    result.spread = recent.spread;
    result.weeks = recent.weeks;
    result.stalled = recent.weeks > 0 && recent.weeklyHours < Forecast::StalledPace;
    return result;
}

Forecasts forecasts(const Roadmap &roadmap, const Planner::Schedule &schedule,
                    const QHash<QString, QList<Day>> &stageDays, const QDate &today)
{
    Forecasts result;
    if (!today.isValid())
        return result;

    // The pace of every stage together.
    QMap<QDate, double> weekly;
    for (auto it = stageDays.cbegin(); it != stageDays.cend(); ++it) {
        for (const Day &day : it.value()) {
            if (day.date.isValid() && day.date <= today && std::isfinite(day.hours))
                weekly[mondayOf(day.date)] += day.hours;
        }
    }
    QList<Forecast::WeekActual> weeks;
    weeks.reserve(weekly.size());
    for (auto it = weekly.cbegin(); it != weekly.cend(); ++it)
        weeks.append({it.key(), it.value()});
    result.pace = Progress::pace(weeks, today);
    const Pace &p = result.pace;
    const bool canForecast = p.weeks > 0 && !p.stalled;
    const double earlyRate = p.weeklyHours + p.spread;
    const double lateRate = p.weeklyHours - p.spread;

    // The stages one after the other from today: each ends when the hours left of it and of the
    // unfinished stages before it are done (added up first, so that roundings do not pile up).
    double remaining = 0;
    QDate previousEnd = today;
    bool onPath = true; // the stages before the first open-ended one
    bool pathComplete = true;
    bool pathLatestBound = true;
    int pathMinMonths = 0;
    int pathMaxMonths = 0;
    bool pathHasStage = false;
    std::optional<QDate> planEnd;
    std::optional<QDate> planEarliest;
    std::optional<QDate> planLatest;

    for (const Planner::StageSchedule &s : schedule.stages) {
        const Stage *stage = roadmap.stage(s.stageKey);
        const QList<Day> days = studiedDays(stageDays.value(s.stageKey), today);
        StageForecast f;
        f.stageKey = s.stageKey;
        f.effortHours = s.effortHours;
        for (const Day &day : days)
            f.doneHours += day.hours;
        const QDate firstStudied = days.isEmpty() ? QDate() : days.constFirst().date;
        const int minMonths = stage ? stage->months.min : 0;
        // -1: the guide gives no maximum.
        const int maxMonths = stage && stage->months.max ? *stage->months.max : -1;
        const auto startFrom = [&](const QDate &forecastStart) {
            f.start = firstStudied.isValid() ? firstStudied : forecastStart.isValid() ? forecastStart : s.start;
            f.guideEarliestEnd = addMonths(f.start, minMonths);
            if (maxMonths >= 0 && f.start.isValid())
                f.guideLatestEnd = f.start.addMonths(maxMonths);
        };

        if (isOpenEnded(s, stage)) {
            startFrom(canForecast && pathComplete ? previousEnd : QDate());
            f.verdict = GuideVerdict::OpenEnded;
            onPath = false;
            result.stages.append(f);
            continue;
        }
        if (onPath) {
            pathHasStage = true;
            pathMinMonths += minMonths;
            pathMaxMonths += std::max(maxMonths, 0);
        }

        std::optional<QDate> end;
        std::optional<QDate> earliest;
        std::optional<QDate> latest;
        if (!(f.effortHours > 0) || !std::isfinite(f.effortHours)) {
            // A refused effort: nothing to forecast.
            startFrom(QDate());
        } else if (f.doneHours >= f.effortHours) {
            double sum = 0;
            for (const Day &day : days) {
                sum += day.hours;
                if (sum >= f.effortHours) {
                    f.doneOn = day.date;
                    break;
                }
            }
            if (!f.doneOn) // rounding: the sum in order fell short of the total
                f.doneOn = days.constLast().date;
            startFrom(QDate());
            end = earliest = latest = f.doneOn->addDays(1);
            f.verdict = compare(*end, f.guideEarliestEnd, f.guideLatestEnd, &f.weeks);
        } else {
            remaining += f.effortHours - f.doneHours;
            if (canForecast) {
                f.end = Forecast::reach(today, remaining, p.weeklyHours);
                f.earliest = Forecast::reach(today, remaining, earlyRate);
                if (lateRate >= Forecast::StalledPace)
                    f.latest = Forecast::reach(today, remaining, lateRate);
            }
            startFrom(f.end ? previousEnd : QDate());
            if (f.end) {
                previousEnd = *f.end;
                f.verdict = compare(*f.end, f.guideEarliestEnd, f.guideLatestEnd, &f.weeks);
            }
            end = f.end;
            earliest = f.earliest;
            latest = f.latest;
        }
        if (onPath) {
            if (!end) {
                pathComplete = false;
            } else {
                planEnd = std::max(planEnd.value_or(*end), *end);
                planEarliest = std::max(planEarliest.value_or(*earliest), *earliest);
            }
            if (latest)
                planLatest = std::max(planLatest.value_or(*latest), *latest);
            else
                pathLatestBound = false;
        }
        result.stages.append(f);
    }

    if (!result.stages.isEmpty())
        result.planStart = result.stages.constFirst().start;
    if (!pathHasStage) {
        result.planVerdict = GuideVerdict::OpenEnded;
        return result;
    }
    result.planGuideEarliestEnd = addMonths(result.planStart, pathMinMonths);
    if (result.planStart.isValid())
        result.planGuideLatestEnd = result.planStart.addMonths(pathMaxMonths);
    if (pathComplete && planEnd) {
        result.planEnd = planEnd;
        result.planEarliest = planEarliest;
        if (pathLatestBound)
            result.planLatest = planLatest;
        result.planVerdict =
            compare(*planEnd, result.planGuideEarliestEnd, result.planGuideLatestEnd, &result.planWeeks);
    }
    return result;
}

Calendar calendar(const QList<Day> &studied, const QDate &today)
{
    Calendar result;
    if (!today.isValid())
        return result;
    result.to = today;
    result.from = mondayOf(today.addYears(-1));
    QMap<QDate, double> byDay;
    for (const Day &day : studied) {
        if (day.date.isValid() && day.date <= today && std::isfinite(day.hours) && day.hours > 0)
            byDay[day.date] += day.hours;
    }
    result.days.reserve(result.from.daysTo(today) + 1);
    for (QDate date = result.from; date <= today; date = date.addDays(1)) {
        const double hours = byDay.value(date);
        result.days.append({date, hours});
        result.maxHours = std::max(result.maxHours, hours);
    }
    // Streaks over the whole history: runs of consecutive days.
    int run = 0;
    QDate previous;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        run = previous.isValid() && previous.daysTo(it.key()) == 1 ? run + 1 : 1;
        previous = it.key();
        result.longestStreak = std::max(result.longestStreak, run);
    }
    // The current one ends today, or yesterday when today has no study yet.
    if (previous.isValid() && previous.daysTo(today) <= 1)
        result.streak = run;
    return result;
}

std::optional<Data> compute(const EntryRepository &entries, int roadmapId, const Roadmap &roadmap, const Plan &plan,
                            const Planner::Schedule &schedule, const QDate &today, QString *error)
{
    if (!today.isValid()) {
        if (error)
            *error = QCoreApplication::translate("Progress", "The progress cannot be computed without today's date.");
        return std::nullopt;
    }
    const std::optional<QList<EntryRepository::DayHours>> rows =
        entries.dailyStageHours(roadmapId, QDate(), today, error);
    if (!rows)
        return std::nullopt;

    Data data;
    QHash<QString, QList<Day>> stageDays;
    QMap<QDate, double> total;
    for (const EntryRepository::DayHours &row : *rows) {
        stageDays[row.stageKey].append({row.date, row.hours});
        total[row.date] += row.hours;
    }
    data.forecasts = forecasts(roadmap, schedule, stageDays, today);
    const Forecasts &f = data.forecasts;

    // The weeks, planned against actual.
    QDate first = plan.start;
    if (!total.isEmpty() && (!first.isValid() || total.firstKey() < first))
        first = total.firstKey();
    const QDate thisMonday = mondayOf(today);
    if (first.isValid() && first <= today) {
        auto day = total.cbegin();
        for (QDate monday = mondayOf(first); monday <= thisMonday; monday = monday.addDays(7)) {
            Week week;
            week.monday = monday;
            for (int i = 0; i < 7; ++i)
                week.plannedHours += Planner::weeklyLoad(schedule, plan, monday.addDays(i)) / 7;
            const QDate next = monday.addDays(7);
            for (; day != total.cend() && day.key() < next; ++day)
                week.actualHours += day.value();
            data.weeks.append(week);
        }
    }

    // The burn-up. Planned: each stage of the path at its budget (Planner::weeklyLoad of that stage
    // alone, so that pauses lower it) until its effort is reached.
    if (plan.start.isValid()) {
        struct Running {
            Planner::Schedule alone;
            double effort;
            double done;
        };
        QList<Running> path;
        QDate pathEnd = plan.start;
        for (const Planner::StageSchedule &s : schedule.stages) {
            if (!s.end || !s.start.isValid() || isOpenEnded(s, roadmap.stage(s.stageKey)))
                break;
            Planner::Schedule alone;
            alone.stages.append(s);
            path.append({alone, s.effortHours, 0});
            pathEnd = std::max(pathEnd, *s.end);
        }
        if (!path.isEmpty()) {
            double cumulative = 0;
            data.burnUp.planned.append({plan.start.addDays(-1), 0});
            for (QDate date = plan.start; date < pathEnd; date = date.addDays(1)) {
                for (Running &r : path) {
                    const double hours =
                        std::min(Planner::weeklyLoad(r.alone, plan, date) / 7, std::max(0.0, r.effort - r.done));
                    r.done += hours;
                    cumulative += hours;
                }
                if (date.dayOfWeek() == Qt::Sunday || date == pathEnd.addDays(-1))
                    data.burnUp.planned.append({date, cumulative});
            }
        }
    }
    // Actual: from the first week shown to today.
    double actualTotal = 0;
    if (!data.weeks.isEmpty()) {
        const QDate from = first;
        data.burnUp.actual.append({from.addDays(-1), 0});
        auto day = total.cbegin();
        for (QDate sunday = sundayOf(from);; sunday = sunday.addDays(7)) {
            const QDate upTo = std::min(sunday, today);
            for (; day != total.cend() && day.key() <= upTo; ++day)
                actualTotal += day.value();
            data.burnUp.actual.append({upTo, actualTotal});
            if (upTo == today)
                break;
        }
    }
    // Forecast: the path's remaining hours from today's total at the pace, to the day before its end.
    if (f.planEnd && f.pace.weeks > 0 && !f.pace.stalled) {
        double remaining = 0;
        for (const StageForecast &s : f.stages) {
            if (s.verdict == GuideVerdict::OpenEnded)
                break;
            remaining += std::max(0.0, s.effortHours - s.doneHours);
        }
        if (remaining > 0) {
            const auto line = [&](double weeklyRate, const std::optional<QDate> &end) {
                return end ? forecastLine(today, actualTotal, weeklyRate / 7, remaining, end->addDays(-1))
                           : QList<CumulativePoint>();
            };
            data.burnUp.forecast = line(f.pace.weeklyHours, f.planEnd);
            data.burnUp.forecastEarliest = line(f.pace.weeklyHours + f.pace.spread, f.planEarliest);
            data.burnUp.forecastLatest = line(f.pace.weeklyHours - f.pace.spread, f.planLatest);
        }
    }

    // Each stage against the guide, and its checklist.
    for (int i = 0; i < schedule.stages.size(); ++i) {
        const Planner::StageSchedule &s = schedule.stages.at(i);
        const StageForecast &forecast = f.stages.at(i);
        const Stage *stage = roadmap.stage(s.stageKey);
        const QString title = stage && !stage->title.isEmpty() ? stage->title : s.stageKey;

        StageRange range;
        range.stageKey = s.stageKey;
        range.title = title;
        range.plannedStart = s.start;
        range.plannedEnd = s.end;
        range.guideStart = forecast.start;
        range.guideEarliestEnd = forecast.guideEarliestEnd;
        range.guideLatestEnd = forecast.guideLatestEnd;
        const QList<Day> days = studiedDays(stageDays.value(s.stageKey), today);
        if (!days.isEmpty()) {
            range.firstStudied = days.constFirst().date;
            range.lastStudied = days.constLast().date;
        }
        range.hours = forecast.doneHours;
        range.forecastEnd = forecast.end;
        data.ranges.append(range);

        Checklist checklist;
        checklist.stageKey = s.stageKey;
        checklist.title = title;
        if (stage) {
            for (const Section &section : stage->sections) {
                if (!stage->counts(section))
                    continue;
                for (const Item &item : section.items) {
                    if (item.kind != ItemKind::Assessment)
                        continue;
                    ++checklist.total;
                    if (item.done)
                        ++checklist.ticked;
                    else
                        checklist.missing.append(item.title);
                }
            }
        }
        checklist.hoursSpent = s.effortHours > 0 && forecast.doneHours >= s.effortHours;
        checklist.completed = checklist.total > 0 && checklist.ticked == checklist.total;
        data.checklists.append(checklist);
    }

    QList<Day> studied;
    studied.reserve(total.size());
    for (auto it = total.cbegin(); it != total.cend(); ++it)
        studied.append({it.key(), it.value()});
    data.calendar = calendar(studied, today);
    return data;
}

QString verdictText(GuideVerdict verdict, int weeks)
{
    switch (verdict) {
    case GuideVerdict::NoForecast:
        return QCoreApplication::translate("Progress", "no forecast yet");
    case GuideVerdict::Ahead:
        return QCoreApplication::translate("Progress", "%n week(s) ahead of the guide", nullptr, weeks);
    case GuideVerdict::Within:
        return QCoreApplication::translate("Progress", "within the guide's range");
    case GuideVerdict::Behind:
        return QCoreApplication::translate("Progress", "%n week(s) behind the guide", nullptr, weeks);
    case GuideVerdict::OpenEnded:
        break;
    }
    return QCoreApplication::translate("Progress", "open-ended");
}

} // namespace Progress
