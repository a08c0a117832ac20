// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/forecast.h"
#include "plan/planner.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class EntryRepository;
struct Plan;
struct Roadmap;

// What the Progress view draws and the printed report summarises, computed in one place from the
// study log (aggregated in SQL), the plan and the roadmap. Plain values: the charts only copy them
// into their series, and the tests check them here rather than in pixels.
//
// Conventions: dates are local calendar dates, a logged hour counts in the local day it was studied
// in (by the entry's own UTC offset, split at midnight: EntryRepository::dailyStageHours); weeks start
// on Monday; ends are exclusive (the first day after), like Planner::StageSchedule::end. Nothing
// after `today` is counted.
namespace Progress {

// The learner's real pace: hours per week over the recent whole weeks, all stages together.
struct Pace {
    double weeklyHours = 0; // mean of the last Forecast::PaceWeeks whole weeks (fewer at the start)
    double spread = 0;      // standard deviation of those weeks' hours
    int weeks = 0;          // how many weeks the mean is taken over (0: no history)
    bool stalled = false;   // no study in the last Forecast::PaceWeeks whole weeks (below Forecast::StalledPace)
};

enum class GuideVerdict {
    NoForecast, // no history or a stalled pace: "no forecast yet"
    Ahead,      // the forecast end is before the guide's earliest end
    Within,
    Behind,    // after the guide's latest end
    OpenEnded, // the stage has no end in the guide (ongoing)
};

// The stages run one after the other in plan order at the learner's pace, from today on: a stage's
// forecast ends when the remaining hours of it and of the unfinished stages before it are done. Its
// start, from which the guide's range is counted, is its first studied day, or else the previous
// stage's forecast end (today for the first), or else (no forecast) its planned start.
struct StageForecast {
    QString stageKey;
    double effortHours = 0;        // the plan's
    double doneHours = 0;          // logged
    QDate start;                   // the start the guide's range is counted from (see above)
    std::optional<QDate> end;      // at the pace; empty: no forecast yet (or done: then doneOn is set)
    std::optional<QDate> earliest; // at pace + spread
    std::optional<QDate> latest;   // at pace − spread; empty when that pace is 0 (no upper bound)
    std::optional<QDate> doneOn;   // the day the logged hours reached the effort (it ends the day after)
    QDate guideEarliestEnd;        // start + the guide's minimum months
    std::optional<QDate> guideLatestEnd;
    GuideVerdict verdict = GuideVerdict::NoForecast;
    int weeks = 0; // whole weeks (rounded up) ahead of or behind the guide's range; 0 when within
};

struct Forecasts {
    Pace pace;
    QList<StageForecast> stages; // in plan order
    // The end of the last stage with an end (the path up to the open-ended stage), and its range.
    std::optional<QDate> planEnd;
    std::optional<QDate> planEarliest;
    std::optional<QDate> planLatest;
    // The guide's range for the whole path: from the first stage's start, the guide's months added up.
    QDate planStart;
    QDate planGuideEarliestEnd;
    std::optional<QDate> planGuideLatestEnd;
    GuideVerdict planVerdict = GuideVerdict::NoForecast;
    int planWeeks = 0;
};

// One week of the "planned against actual" bars (weeks start on Monday).
struct Week {
    QDate monday;
    double plannedHours = 0; // the plan's budget that week (pauses lower it): Planner::weeklyLoad / 7 a day
    double actualHours = 0;
};

// One point of the burn-up: the cumulative hours at the end of `date` (that day included).
struct CumulativePoint {
    QDate date;
    double hours = 0;
};

// Points at the end of each week (Sunday), with a first and a last point where a line begins or ends
// mid-week.
struct BurnUp {
    // From 0 the day before the plan's start to the efforts of the path (up to the open-ended stage)
    // on its last day; each stage's days give its budget (pauses lower it) until its effort is reached.
    QList<CumulativePoint> planned;
    // From 0 the day before the first week of `Data::weeks` to today (every stage).
    QList<CumulativePoint> actual;
    // From today's actual total at the pace, to the path's remaining hours added on the last day
    // before Forecasts::planEnd. Empty without a forecast.
    QList<CumulativePoint> forecast;
    QList<CumulativePoint> forecastEarliest; // at pace + spread
    QList<CumulativePoint> forecastLatest;   // at pace − spread (empty when that is 0)
};

// Each stage against the guide: the chart the learner looks at to know whether they follow the guide.
struct StageRange {
    QString stageKey;
    QString title;
    QDate plannedStart;
    std::optional<QDate> plannedEnd;
    QDate guideStart; // StageForecast::start: the guide's range runs from here
    QDate guideEarliestEnd;
    std::optional<QDate> guideLatestEnd;
    std::optional<QDate> firstStudied; // the first and last day with logged time for the stage
    std::optional<QDate> lastStudied;
    double hours = 0;
    std::optional<QDate> forecastEnd;
};

// A stage counts as completed only when its assessment checklist is ticked.
struct Checklist {
    QString stageKey;
    QString title;
    int ticked = 0;          // assessment items ticked
    int total = 0;           // assessment items that count (chosen branches only)
    bool hoursSpent = false; // the logged hours reached the plan's effort
    bool completed = false;  // total > 0 and every assessment item ticked
    QStringList missing;     // titles of the assessment items not ticked yet
};

struct Day {
    QDate date;
    double hours = 0;
};

struct Calendar {
    QDate from;            // the first day shown (a year before `to`, on the week's first day: Monday)
    QDate to;              // today
    QList<Day> days;       // every day from `from` to `to`, zero included
    int streak = 0;        // days in a row with study, up to today (or yesterday when today has none yet)
    int longestStreak = 0; // over the whole history given
    double maxHours = 0;   // the largest day shown, for the colour scale
};

struct Data {
    Forecasts forecasts;
    QList<Week> weeks; // from the plan's start (or the first entry, if earlier) to the current week
    BurnUp burnUp;
    QList<StageRange> ranges;
    QList<Checklist> checklists;
    Calendar calendar;
};

// Everything at once, for `today`. Reads the log through `entries` (one aggregation in SQL); nothing
// and `error` when it cannot be read.
std::optional<Data> compute(const EntryRepository &entries, int roadmapId, const Roadmap &roadmap, const Plan &plan,
                            const Planner::Schedule &schedule, const QDate &today, QString *error);

// The pieces, for tests and for the printed report.
// `weeks`: the weekly totals of every stage (any order, weeks without study may be missing).
Pace pace(const QList<Forecast::WeekActual> &weeks, const QDate &today);
// `stageDays`: each stage's hours per day (any order, days without study may be missing).
Forecasts forecasts(const Roadmap &roadmap, const Planner::Schedule &schedule,
                    const QHash<QString, QList<Day>> &stageDays, const QDate &today);
// `studied`: the hours per day of the whole history (any order).
Calendar calendar(const QList<Day> &studied, const QDate &today);

// "3 weeks ahead of the guide", "within the guide's range", "no forecast yet", ...
QString verdictText(GuideVerdict verdict, int weeks);

} // namespace Progress
