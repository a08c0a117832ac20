// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planner.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

// No stage is planned longer than this: a walk that has not reached the effort by then stops.
constexpr qint64 MaxDays = 36525; // 100 years
constexpr int MaxYears = 100;
// Hours add up over thousands of days: a day count that is an integer up to rounding is that integer.
constexpr double DayEpsilon = 1e-7;

double finiteOr0(double v)
{
    return std::isfinite(v) ? v : 0;
}

double nonNegative(double v)
{
    return std::isfinite(v) && v > 0 ? v : 0;
}

// What the learner typed, as typed; a figure the planner computed, to one decimal.
QString typed(double v)
{
    return QLocale().toString(v);
}

QString computed(double v)
{
    return QLocale().toString(v, 'f', 1);
}

QString dayText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString stageName(const Stage &stage)
{
    return stage.title.isEmpty() ? stage.key : stage.title;
}

bool isValidPause(const Pause &pause)
{
    return pause.first.isValid() && pause.last.isValid() && pause.first <= pause.last
           && std::isfinite(pause.weeklyHours);
}

// The pauses as a sorted list of disjoint Julian-day intervals [begin, end), each with the smallest
// cap of the pauses covering it. Days outside every interval have no cap.
struct CapSegment {
    qint64 begin;
    qint64 end;
    double cap;
};

std::vector<CapSegment> capSegments(const QList<Pause> &pauses)
{
    std::vector<CapSegment> raw;
    raw.reserve(size_t(pauses.size()));
    for (const Pause &pause : pauses) {
        if (isValidPause(pause))
            raw.push_back({pause.first.toJulianDay(), pause.last.toJulianDay() + 1, std::max(0.0, pause.weeklyHours)});
    }
    if (raw.empty())
        return {};
    std::vector<qint64> bounds;
    bounds.reserve(raw.size() * 2);
    for (const CapSegment &s : raw) {
        bounds.push_back(s.begin);
        bounds.push_back(s.end);
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

    std::vector<CapSegment> segments;
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
        const qint64 begin = bounds[i];
        const qint64 end = bounds[i + 1];
        double cap = std::numeric_limits<double>::infinity();
        for (const CapSegment &s : raw) {
            if (s.begin <= begin && end <= s.end)
                cap = std::min(cap, s.cap);
        }
        if (std::isinf(cap))
            continue;
        if (!segments.empty() && segments.back().end == begin && segments.back().cap == cap)
            segments.back().end = end;
        else
            segments.push_back({begin, end, cap});
    }
    return segments;
}

// The first segment that ends after `jd`.
std::vector<CapSegment>::const_iterator firstSegmentFrom(const std::vector<CapSegment> &segments, qint64 jd)
{
    return std::upper_bound(segments.begin(), segments.end(), jd,
                            [](qint64 day, const CapSegment &s) { return day < s.end; });
}

// The first day after the one on which `effort` is reached at `budget` a week from `startJd`, or
// nothing when it is not reached before `limitJd`. budget > 0, effort > 0.
std::optional<qint64> reachEffort(qint64 startJd, double budget, double effort, const std::vector<CapSegment> &segments,
                                  qint64 limitJd)
{
    double done = 0;
    qint64 pos = startJd;
    auto it = firstSegmentFrom(segments, startJd);
    while (pos < limitJd) {
        qint64 runEnd = limitJd;
        double rate = budget / 7;
        if (it != segments.end() && it->begin <= pos) {
            runEnd = std::min(it->end, limitJd);
            rate = std::min(budget, it->cap) / 7;
            ++it;
        } else if (it != segments.end()) {
            runEnd = std::min(it->begin, limitJd);
        }
        const qint64 length = runEnd - pos;
        if (rate > 0) {
            const double days = std::max(1.0, std::ceil((effort - done) / rate - DayEpsilon));
            if (days <= double(length))
                return pos + qint64(days);
            done += rate * double(length);
        }
        pos = runEnd;
    }
    return std::nullopt;
}

// The hours `budget` a week gives over [startJd, endJd).
double effortOver(qint64 startJd, qint64 endJd, double budget, const std::vector<CapSegment> &segments)
{
    double freeDays = double(endJd - startJd);
    double capped = 0;
    for (auto it = firstSegmentFrom(segments, startJd); it != segments.end() && it->begin < endJd; ++it) {
        const double length = double(std::min(it->end, endJd) - std::max(it->begin, startJd));
        freeDays -= length;
        capped += std::min(budget, it->cap) * length;
    }
    return (budget * freeDays + capped) / 7;
}

// The budget B with sum over the days of [startJd, endJd) of min(B, cap of the day) / 7 == effort.
// The sum is piecewise linear and non-decreasing in B with a break at each cap: solve it exactly on
// the piece that holds the answer. Nothing when the caps make `effort` unreachable; *reachable
// then holds the most the days can give.
std::optional<double> solveBudget(qint64 startJd, qint64 endJd, double effort, const std::vector<CapSegment> &segments,
                                  double *reachable)
{
    struct Group {
        double cap;
        double days;
    };
    std::vector<Group> groups;
    double freeDays = double(endJd - startJd);
    for (auto it = firstSegmentFrom(segments, startJd); it != segments.end() && it->begin < endJd; ++it) {
        const double length = double(std::min(it->end, endJd) - std::max(it->begin, startJd));
        freeDays -= length;
        groups.push_back({it->cap, length});
    }
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.cap < b.cap; });

    const double target = effort * 7;
    double cappedSum = 0; // sum of cap * days of the groups whose cap is below B
    double fullDays = freeDays;
    for (const Group &g : groups)
        fullDays += g.days;
    for (const Group &g : groups) {
        // B between the previous cap and this one: the groups from this one on give B a day.
        if (fullDays > 0) {
            const double budget = (target - cappedSum) / fullDays;
            if (budget <= g.cap)
                return budget;
        }
        cappedSum += g.cap * g.days;
        fullDays -= g.days;
    }
    if (freeDays > 0)
        return (target - cappedSum) / freeDays;
    *reachable = cappedSum / 7;
    return std::nullopt;
}

Planner::Verdict compare(const QDate &end, const QDate &earliest, const std::optional<QDate> &latest, int *weeks)
{
    *weeks = 0;
    if (!end.isValid() || !earliest.isValid())
        return Planner::Verdict::OpenEnded;
    if (end < earliest) {
        *weeks = int((end.daysTo(earliest) + 6) / 7);
        return Planner::Verdict::Faster;
    }
    if (latest && latest->isValid() && end > *latest) {
        *weeks = int((latest->daysTo(end) + 6) / 7);
        return Planner::Verdict::Slower;
    }
    return Planner::Verdict::Within;
}

} // namespace

// Validation and computation in one pass: some checks (a derived budget, an overlap longer than the
// stage before) need the computed figures.
class PlannerRun
{
public:
    PlannerRun(const Plan &plan, const Roadmap &roadmap) : m_plan(plan), m_roadmap(roadmap) {}

    Planner::Schedule run();

private:
    using Problem = Planner::Problem;

    void problem(const QString &stageKey, Problem::Field field, const QString &message, int pauseIndex = -1)
    {
        Problem p;
        p.stageKey = stageKey;
        p.field = field;
        p.message = message;
        p.pauseIndex = pauseIndex;
        m_schedule.problems.append(p);
    }

    void checkStageKeys();
    void checkPauses();
    const StagePlan *planFor(int roadmapIndex) const;
    bool checkBudget(const Stage &stage, double budget);
    Planner::StageSchedule scheduleStage(const Stage &stage, const StagePlan &sp, qint64 startJd);
    void computePath();

    const Plan &m_plan;
    const Roadmap &m_roadmap;
    Planner::Schedule m_schedule;
    std::vector<CapSegment> m_segments;
    std::vector<const Stage *> m_scheduled; // the roadmap stage of each entry of m_schedule.stages
    bool m_hasDates = false;
};

const StagePlan *PlannerRun::planFor(int roadmapIndex) const
{
    const QString &key = m_roadmap.stages.at(roadmapIndex).key;
    if (roadmapIndex < m_plan.stages.size() && m_plan.stages.at(roadmapIndex).stageKey == key)
        return &m_plan.stages.at(roadmapIndex);
    return m_plan.stage(key);
}

void PlannerRun::checkStageKeys()
{
    for (int i = 0; i < m_plan.stages.size(); ++i) {
        const QString &key = m_plan.stages.at(i).stageKey;
        const Stage *stage = m_roadmap.stage(key);
        if (!stage) {
            problem(key, Problem::Field::WeeklyHours,
                    Planner::tr("The plan names a stage (%1) that the roadmap does not have.").arg(key));
            continue;
        }
        for (int j = 0; j < i; ++j) {
            if (m_plan.stages.at(j).stageKey == key) {
                problem(key, Problem::Field::WeeklyHours, Planner::tr("%1 is planned twice.").arg(stageName(*stage)));
                break;
            }
        }
    }
}

void PlannerRun::checkPauses()
{
    for (int i = 0; i < m_plan.pauses.size(); ++i) {
        const Pause &pause = m_plan.pauses.at(i);
        if (!pause.first.isValid() || !pause.last.isValid()) {
            problem({}, Problem::Field::Pause, Planner::tr("Pause %1 needs a first and a last day.").arg(i + 1), i);
            continue;
        }
        if (pause.first > pause.last) {
            problem({}, Problem::Field::Pause,
                    Planner::tr("The pause from %1 to %2 ends before it begins.")
                        .arg(dayText(pause.first), dayText(pause.last)),
                    i);
        }
        if (!(pause.weeklyHours >= 0) || !std::isfinite(pause.weeklyHours)) {
            problem({}, Problem::Field::Pause,
                    Planner::tr("The pause from %1 to %2 allows %3 hours a week: it must be 0 or more.")
                        .arg(dayText(pause.first), dayText(pause.last), typed(pause.weeklyHours)),
                    i);
        }
    }
}

bool PlannerRun::checkBudget(const Stage &stage, double budget)
{
    if (!(budget > 0) || !std::isfinite(budget)) {
        problem(
            stage.key, Problem::Field::WeeklyHours,
            Planner::tr("%1: a weekly budget must be more than 0 hours, not %2.").arg(stageName(stage), typed(budget)));
        return false;
    }
    if (budget > Planner::MaxWeeklyHours) {
        problem(stage.key, Problem::Field::WeeklyHours,
                Planner::tr("%1: a weekly budget of %2 hours is more than %3 hours a week.")
                    .arg(stageName(stage), typed(budget), typed(Planner::MaxWeeklyHours)));
        return false;
    }
    return true;
}

Planner::StageSchedule PlannerRun::scheduleStage(const Stage &stage, const StagePlan &sp, qint64 startJd)
{
    using Field = Problem::Field;
    Planner::StageSchedule s;
    s.stageKey = stage.key;
    s.weeklyHours = nonNegative(sp.weeklyHours);
    s.effortHours = nonNegative(sp.effortHours);
    s.durationDays = int(std::clamp<qint64>(sp.durationDays, 0, MaxDays));
    qint64 endJd = startJd + s.durationDays;

    if (stage.months.isOpenEnded()) {
        // Only the budget means something; whatever `derived` says, it is the learner's figure.
        checkBudget(stage, sp.weeklyHours);
        s.effortHours = 0;
        s.durationDays = 0;
        if (m_hasDates) {
            s.start = QDate::fromJulianDay(startJd);
            s.guideEarliestEnd = s.start.addMonths(stage.months.min);
        }
        return s;
    }

    const bool budgetFixed = sp.derived != Derived::WeeklyHours;
    const bool effortFixed = sp.derived != Derived::Effort;
    const bool durationFixed = sp.derived != Derived::Duration;
    bool budgetOk = true;
    bool effortOk = true;
    bool durationOk = true;
    if (budgetFixed)
        budgetOk = checkBudget(stage, sp.weeklyHours);
    if (effortFixed && (!(sp.effortHours > 0) || !std::isfinite(sp.effortHours))) {
        problem(stage.key, Field::Effort,
                Planner::tr("%1: the effort must be more than 0 hours, not %2.")
                    .arg(stageName(stage), typed(sp.effortHours)));
        effortOk = false;
    }
    if (durationFixed) {
        if (sp.durationDays <= 0) {
            problem(stage.key, Field::Duration,
                    Planner::tr("%1: the duration must be at least one day, not %n day(s).", nullptr, sp.durationDays)
                        .arg(stageName(stage)));
            durationOk = false;
        } else if (sp.durationDays > MaxDays) {
            problem(stage.key, Field::Duration,
                    Planner::tr("%1: a duration of %n day(s) is more than %2 years.", nullptr, sp.durationDays)
                        .arg(stageName(stage), QLocale().toString(MaxYears)));
            durationOk = false;
        }
    }

    switch (sp.derived) {
    case Derived::Duration:
        // A budget over the maximum is refused but still gives dates, so that the timeline does not jump.
        if (effortOk && std::isfinite(sp.weeklyHours) && sp.weeklyHours > 0) {
            s.weeklyHours = sp.weeklyHours;
            s.effortHours = sp.effortHours;
            const std::optional<qint64> end =
                reachEffort(startJd, sp.weeklyHours, sp.effortHours, m_segments, startJd + MaxDays);
            if (end) {
                endJd = *end;
            } else {
                if (budgetOk) {
                    problem(stage.key, Field::WeeklyHours,
                            Planner::tr("%1: at %2 hours a week, %3 hours would take more than %4 years.")
                                .arg(stageName(stage), typed(sp.weeklyHours), typed(sp.effortHours),
                                     QLocale().toString(MaxYears)));
                }
                endJd = startJd + MaxDays;
            }
            s.durationDays = int(endJd - startJd);
        }
        break;
    case Derived::Effort:
        if (durationOk && std::isfinite(sp.weeklyHours) && sp.weeklyHours > 0) {
            s.weeklyHours = sp.weeklyHours;
            s.durationDays = sp.durationDays;
            endJd = startJd + sp.durationDays;
            s.effortHours = finiteOr0(effortOver(startJd, endJd, sp.weeklyHours, m_segments));
        }
        break;
    case Derived::WeeklyHours:
        if (durationOk && effortOk) {
            s.effortHours = sp.effortHours;
            s.durationDays = sp.durationDays;
            endJd = startJd + sp.durationDays;
            double reachable = 0;
            const std::optional<double> budget = solveBudget(startJd, endJd, sp.effortHours, m_segments, &reachable);
            if (!budget) {
                problem(stage.key, Field::WeeklyHours,
                        Planner::tr("%1: %2 hours cannot be reached in %n day(s): the pauses in them leave room for "
                                    "%3 hours at most.",
                                    nullptr, sp.durationDays)
                            .arg(stageName(stage), typed(sp.effortHours), computed(reachable)));
            } else {
                if (*budget > Planner::MaxWeeklyHours) {
                    problem(stage.key, Field::WeeklyHours,
                            Planner::tr("%1: %2 hours cannot be reached in %n day(s): they would need %3 hours a "
                                        "week, more than %4.",
                                        nullptr, sp.durationDays)
                                .arg(stageName(stage), typed(sp.effortHours), computed(*budget),
                                     typed(Planner::MaxWeeklyHours)));
                }
                s.weeklyHours = nonNegative(*budget);
            }
        }
        break;
    }
    s.durationDays = int(endJd - startJd);
    if (m_hasDates) {
        s.start = QDate::fromJulianDay(startJd);
        s.end = QDate::fromJulianDay(endJd);
        s.guideEarliestEnd = s.start.addMonths(stage.months.min);
        s.guideLatestEnd = s.start.addMonths(*stage.months.max);
        s.verdict = compare(*s.end, s.guideEarliestEnd, s.guideLatestEnd, &s.weeksDifference);
    }
    return s;
}

void PlannerRun::computePath()
{
    Planner::PathComparison &path = m_schedule.path;
    if (!m_hasDates) {
        path.verdict = Planner::Verdict::OpenEnded;
        return;
    }
    int minMonths = 0;
    int maxMonths = 0;
    QDate end = m_plan.start;
    for (int i = 0; i < m_schedule.stages.size(); ++i) {
        const Planner::StageSchedule &s = m_schedule.stages.at(i);
        if (!s.end) {
            // The path ends where the open-ended stage begins.
            end = s.start;
            break;
        }
        minMonths += m_scheduled.at(size_t(i))->months.min;
        maxMonths += m_scheduled.at(size_t(i))->months.max.value_or(0);
        // The latest end, not the last one: a short stage overlapping a long one may end first.
        end = std::max(end, *s.end);
    }
    path.end = end;
    path.guideEarliestEnd = m_plan.start.addMonths(minMonths);
    path.guideLatestEnd = m_plan.start.addMonths(maxMonths);
    path.verdict = compare(path.end, path.guideEarliestEnd, path.guideLatestEnd, &path.weeksDifference);
}

Planner::Schedule PlannerRun::run()
{
    m_hasDates = m_plan.start.isValid();
    qint64 startJd = 0;
    if (m_hasDates) {
        startJd = m_plan.start.toJulianDay();
        m_segments = capSegments(m_plan.pauses);
    } else {
        // Without a start nothing has a date, but the figures can still be derived (without pauses).
        problem({}, Problem::Field::Start, Planner::tr("The plan has no valid start date."));
    }

    m_schedule.stages.reserve(m_roadmap.stages.size());
    m_scheduled.reserve(size_t(m_roadmap.stages.size()));
    for (int i = 0; i < m_roadmap.stages.size(); ++i) {
        const Stage &stage = m_roadmap.stages.at(i);
        const StagePlan *sp = planFor(i);
        if (!sp) {
            problem(stage.key, Problem::Field::WeeklyHours,
                    Planner::tr("%1 has no plan: every stage needs a weekly budget.").arg(stageName(stage)));
            continue;
        }
        if (m_scheduled.empty()) {
            if (sp->overlapWeeks != 0) {
                problem(stage.key, Problem::Field::Overlap,
                        Planner::tr("%1 is the first stage: there is no stage before it to overlap.")
                            .arg(stageName(stage)));
            }
        } else {
            const Stage &previousStage = *m_scheduled.back();
            const Planner::StageSchedule &previous = m_schedule.stages.constLast();
            if (previousStage.months.isOpenEnded()) {
                problem(stage.key, Problem::Field::Overlap,
                        Planner::tr("%1 cannot start: %2 before it is open-ended and never ends.")
                            .arg(stageName(stage), stageName(previousStage)));
                // startJd stays the previous stage's start.
            } else {
                qint64 overlapDays = 0;
                if (sp->overlapWeeks < 0) {
                    problem(stage.key, Problem::Field::Overlap,
                            Planner::tr("%1: the overlap must be 0 weeks or more, not %2.")
                                .arg(stageName(stage), QLocale().toString(sp->overlapWeeks)));
                } else {
                    overlapDays = qint64(sp->overlapWeeks) * 7;
                    if (overlapDays > previous.durationDays) {
                        problem(stage.key, Problem::Field::Overlap,
                                Planner::tr("%1: an overlap of %n week(s) is longer than %2, which lasts %3 days.",
                                            nullptr, sp->overlapWeeks)
                                    .arg(stageName(stage), stageName(previousStage),
                                         QLocale().toString(previous.durationDays)));
                    }
                }
                // Never before the previous stage starts.
                startJd = std::max(startJd, startJd + previous.durationDays - overlapDays);
            }
        }
        m_schedule.stages.append(scheduleStage(stage, *sp, startJd));
        m_scheduled.push_back(&stage);
    }
    checkStageKeys();
    checkPauses();
    computePath();
    return m_schedule;
}

const Planner::StageSchedule *Planner::Schedule::stage(const QString &key) const
{
    for (const StageSchedule &s : stages) {
        if (s.stageKey == key)
            return &s;
    }
    return nullptr;
}

Plan Planner::defaultPlan(const Roadmap &roadmap, const QDate &start)
{
    Plan plan;
    plan.start = start;
    plan.stages.reserve(roadmap.stages.size());
    for (const Stage &stage : roadmap.stages) {
        StagePlan sp;
        sp.stageKey = stage.key;
        sp.weeklyHours = (stage.weeklyHours.min + stage.weeklyHours.max) / 2.0;
        sp.derived = Derived::Duration;
        if (!stage.months.isOpenEnded()) {
            const double months = (stage.months.min + *stage.months.max) / 2.0;
            sp.effortHours = months * DaysPerMonth / 7 * sp.weeklyHours;
        }
        plan.stages.append(sp);
    }
    const Schedule schedule = compute(plan, roadmap);
    for (StagePlan &sp : plan.stages) {
        if (const StageSchedule *s = schedule.stage(sp.stageKey))
            sp.durationDays = s->durationDays;
    }
    return plan;
}

double Planner::itemEstimateHours(const Stage &stage)
{
    double hours = 0;
    for (const Section &section : stage.sections) {
        if (!stage.counts(section))
            continue;
        for (const Item &item : section.items) {
            if (item.estimatedHours && std::isfinite(*item.estimatedHours) && *item.estimatedHours > 0)
                hours += *item.estimatedHours;
        }
    }
    return hours;
}

QList<Planner::Problem> Planner::validate(const Plan &plan, const Roadmap &roadmap)
{
    return PlannerRun(plan, roadmap).run().problems;
}

Planner::Schedule Planner::compute(const Plan &plan, const Roadmap &roadmap)
{
    return PlannerRun(plan, roadmap).run();
}

double Planner::weeklyLoad(const Schedule &schedule, const Plan &plan, const QDate &date)
{
    if (!date.isValid())
        return 0;
    double cap = std::numeric_limits<double>::infinity();
    for (const Pause &pause : plan.pauses) {
        if (isValidPause(pause) && pause.first <= date && date <= pause.last)
            cap = std::min(cap, std::max(0.0, pause.weeklyHours));
    }
    double load = 0;
    for (const StageSchedule &s : schedule.stages) {
        if (!s.start.isValid() || date < s.start || (s.end && date >= *s.end))
            continue;
        load += std::min(s.weeklyHours, cap);
    }
    // Refused budgets near the largest double could add up to infinity.
    return std::isfinite(load) ? load : std::numeric_limits<double>::max();
}

QString Planner::verdictText(Verdict verdict, int weeks)
{
    switch (verdict) {
    case Verdict::Faster:
        return tr("%n week(s) faster than the guide", nullptr, weeks);
    case Verdict::Within:
        return tr("within the guide's range");
    case Verdict::Slower:
        return tr("%n week(s) slower than the guide", nullptr, weeks);
    case Verdict::OpenEnded:
        break;
    }
    return tr("open-ended");
}

double Planner::currentBudget(const Schedule &schedule, const Plan &plan, const QDate &today)
{
    const QDate day = std::max(today, plan.start);
    double budget = 0;
    bool running = false;
    for (const StageSchedule &stage : schedule.stages) {
        if (stage.start.isValid() && stage.start <= day && (!stage.end || day < *stage.end)) {
            budget += stage.weeklyHours;
            running = true;
        }
    }
    if (!running && !plan.stages.isEmpty())
        budget = plan.stages.constFirst().weeklyHours;
    return budget;
}
