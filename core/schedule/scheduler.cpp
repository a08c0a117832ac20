// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/scheduler.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace {

// No week holds more: also keeps absurd budgets from overflowing minute counts.
constexpr double HoursPerWeek = 7 * 24;

// Half-open interval of seconds since the epoch.
struct Interval {
    qint64 a = 0;
    qint64 b = 0;
    qint64 length() const { return b - a; }
};

struct Day {
    QDate date;
    QList<Interval> free; // sorted, disjoint
    int usedMinutes = 0;
};

struct Demand {
    QString stageKey;
    int budgetMinutes = 0;
    int remainingMinutes = 0;
};

struct Rules {
    int minBlock = 25;
    int maxBlock = 90;
    int breakMinutes = 0;
    int maxPerDay = std::numeric_limits<int>::max();

    explicit Rules(const Availability &a)
        : minBlock(std::max(1, a.minBlockMinutes)),
          maxBlock(a.maxBlockMinutes > 0 ? std::max(minBlock, a.maxBlockMinutes) : std::numeric_limits<int>::max()),
          breakMinutes(std::max(0, a.breakMinutes)),
          maxPerDay(a.maxMinutesPerDay > 0 ? a.maxMinutesPerDay : std::numeric_limits<int>::max())
    {
    }
};

QDateTime utcSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// The instant of the wall-clock time `time` on `date` in `zone`. An ambiguous time (the repeated
// hour of the autumn change) gives its earlier instant; a time in the spring gap gives the instant
// of the transition, so a window end in the gap shortens the window to its real length.
qint64 wallToUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const qint64 naive = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const int before = zone.offsetFromUtc(utcSecs(naive - 86400));
    const int after = zone.offsetFromUtc(utcSecs(naive + 86400));
    std::optional<qint64> best;
    for (const int offset : {before, after}) {
        const qint64 candidate = naive - offset;
        if (zone.offsetFromUtc(utcSecs(candidate)) == offset)
            best = best ? std::min(*best, candidate) : candidate;
    }
    if (best)
        return *best;
    const QTimeZone::OffsetData transition = zone.nextTransition(utcSecs(naive - std::max(before, after)));
    return transition.atUtc.isValid() ? transition.atUtc.toSecsSinceEpoch() : naive - before;
}

qint64 windowEnd(const QDate &date, const TimeWindow &w, const QTimeZone &zone)
{
    if (w.end == QTime(23, 59, 59, 999) || w.end == QTime(0, 0))
        return wallToUtc(date.addDays(1), QTime(0, 0), zone);
    return wallToUtc(date, w.end, zone);
}

void subtract(QList<Interval> &free, const Interval &cut)
{
    if (cut.b <= cut.a)
        return;
    QList<Interval> out;
    out.reserve(free.size() + 1);
    for (const Interval &f : free) {
        if (cut.b <= f.a || f.b <= cut.a) {
            out.push_back(f);
            continue;
        }
        if (f.a < cut.a)
            out.push_back({f.a, cut.a});
        if (cut.b < f.b)
            out.push_back({cut.b, f.b});
    }
    free = out;
}

qint64 totalLength(const QList<Interval> &list)
{
    qint64 sum = 0;
    for (const Interval &i : list)
        sum += i.length();
    return sum;
}

bool occupiesTime(const StudyBlock &b)
{
    return b.start.isValid() && b.end.isValid() && b.start < b.end;
}

// The seven days from `monday` with their free time: windows minus busy time, minus `occupied`
// blocks (with the break around them), minus the time before `notBefore`.
QList<Day> buildDays(const QDate &monday, const QTimeZone &zone, const Availability &availability,
                     const QList<BusyInterval> &busy, const QList<StudyBlock> &occupied, const QDateTime &notBefore,
                     const Rules &rules)
{
    QList<Day> days;
    for (int i = 0; i < 7; ++i) {
        Day day;
        day.date = monday.addDays(i);
        for (const TimeWindow &w : availability.windowsOn(day.date)) {
            const Interval interval{wallToUtc(day.date, w.start, zone), windowEnd(day.date, w, zone)};
            if (interval.length() > 0)
                day.free.push_back(interval);
        }
        for (const BusyInterval &b : busy) {
            if (b.start.isValid() && b.end.isValid())
                subtract(day.free, {b.start.toSecsSinceEpoch(), b.end.toSecsSinceEpoch()});
        }
        for (const StudyBlock &b : occupied) {
            if (!occupiesTime(b))
                continue;
            const qint64 pad = qint64(rules.breakMinutes) * 60;
            subtract(day.free, {b.start.toSecsSinceEpoch() - pad, b.end.toSecsSinceEpoch() + pad});
            if (b.start.toTimeZone(zone).date() == day.date)
                day.usedMinutes += b.minutes();
        }
        if (notBefore.isValid())
            subtract(day.free, {std::numeric_limits<qint64>::min() / 2, notBefore.toSecsSinceEpoch()});
        days.push_back(day);
    }
    return days;
}

int roundUpTo5(int minutes)
{
    return (minutes + 4) / 5 * 5;
}

struct Placed {
    Interval interval;
    QString stageKey;
};

// Places the demands' minutes on the days; see the rules in scheduler.h.
QList<Placed> place(QList<Day> &days, QList<Demand> &demands, const Rules &rules)
{
    QList<Placed> placed;
    auto remainingTotal = [&demands] {
        int sum = 0;
        for (const Demand &d : demands)
            sum += std::max(0, d.remainingMinutes);
        return sum;
    };
    auto longest = [](const Day &day) {
        qint64 best = 0;
        for (const Interval &f : day.free)
            best = std::max(best, f.length());
        return best;
    };
    auto isOpen = [&](const Day &day) {
        return longest(day) >= qint64(rules.minBlock) * 60 && rules.maxPerDay - day.usedMinutes >= rules.minBlock;
    };

    for (;;) {
        const int total = remainingTotal();
        if (total <= 0)
            break;
        QList<int> order;
        for (int i = 0; i < days.size(); ++i) {
            if (isOpen(days[i]))
                order.push_back(i);
        }
        if (order.isEmpty())
            break;
        QList<qint64> placeable(days.size(), 0);
        for (const int i : order)
            placeable[i] = std::min(totalLength(days[i].free) / 60, qint64(rules.maxPerDay - days[i].usedMinutes));
        std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return placeable[x] > placeable[y]; });
        // As many blocks as open days, but no more than the minimum block length allows.
        const int blocks = std::max(1, std::min(int(order.size()), total / rules.minBlock));
        const int target = std::clamp(roundUpTo5((total + blocks - 1) / blocks), rules.minBlock, rules.maxBlock);

        bool placedAny = false;
        for (const int i : order) {
            Day &day = days[i];
            if (remainingTotal() <= 0)
                break;
            if (!isOpen(day))
                continue;
            Demand *demand = nullptr;
            double bestShare = 0;
            for (Demand &d : demands) {
                if (d.remainingMinutes <= 0)
                    continue;
                const double share = d.budgetMinutes > 0 ? double(d.remainingMinutes) / d.budgetMinutes : 1.0;
                if (!demand || share > bestShare) {
                    demand = &d;
                    bestShare = share;
                }
            }
            if (!demand)
                break;
            // No remainder shorter than a block is left behind when it can be avoided.
            const int left = demand->remainingMinutes;
            int length = std::min(target, left);
            if (left - length > 0 && left - length < rules.minBlock)
                length = left <= rules.maxBlock ? left : left - rules.minBlock;
            length = std::max(length, rules.minBlock);
            length = std::min(length, rules.maxPerDay - day.usedMinutes);
            if (length < rules.minBlock)
                continue;
            const Interval *segment = nullptr;
            for (const Interval &f : day.free) {
                if (f.length() >= qint64(length) * 60) {
                    segment = &f;
                    break;
                }
            }
            if (!segment) {
                for (const Interval &f : day.free) {
                    if (!segment || f.length() > segment->length())
                        segment = &f;
                }
                if (!segment || segment->length() < qint64(rules.minBlock) * 60)
                    continue;
                length = int(segment->length() / 60);
            }
            // A block that would leave the rest of its segment too short for another block is
            // shortened so that the segment takes two or more equal blocks, while the budget needs them
            // (an evening of 2 h gives two blocks of 55 min rather than one of 90).
            const int segmentMinutes = int(std::min<qint64>(segment->length() / 60, rules.maxPerDay - day.usedMinutes));
            const int rest = segmentMinutes - length;
            if (rest > 0 && rest - rules.breakMinutes < rules.minBlock && remainingTotal() > length) {
                const int step = rules.maxBlock + rules.breakMinutes;
                const int pieces = (segmentMinutes + rules.breakMinutes + step - 1) / step;
                const int piece =
                    pieces >= 2 ? (segmentMinutes - (pieces - 1) * rules.breakMinutes) / pieces / 5 * 5 : 0;
                if (piece >= rules.minBlock && piece < length)
                    length = piece;
            }
            const Interval block{segment->a, segment->a + qint64(length) * 60};
            const qint64 pad = qint64(rules.breakMinutes) * 60;
            subtract(day.free, {block.a - pad, block.b + pad});
            day.usedMinutes += length;
            demand->remainingMinutes -= length;
            placed.push_back({block, demand->stageKey});
            placedAny = true;
        }
        if (!placedAny)
            break;
    }
    return placed;
}

StudyBlock makeBlock(const Interval &interval, const QString &stageKey, const QTimeZone &zone)
{
    StudyBlock b;
    b.start = QDateTime::fromSecsSinceEpoch(interval.a, zone);
    b.end = QDateTime::fromSecsSinceEpoch(interval.b, zone);
    b.stageKey = stageKey;
    b.id = StudyBlock::makeId(b.start, stageKey);
    return b;
}

bool countsForItem(const StudyBlock &b)
{
    return b.status == StudyBlock::Status::Planned || b.status == StudyBlock::Status::Done;
}

bool inWeek(const StudyBlock &b, const QDate &monday, const QTimeZone &zone)
{
    const QDate date = b.start.toTimeZone(zone).date();
    return date >= monday && date < monday.addDays(7);
}

double pauseCap(const Plan &plan, const QDate &date)
{
    double cap = std::numeric_limits<double>::infinity();
    for (const Pause &p : plan.pauses) {
        if (p.first.isValid() && p.last.isValid() && p.first <= date && date <= p.last && std::isfinite(p.weeklyHours))
            cap = std::min(cap, std::max(0.0, p.weeklyHours));
    }
    return cap;
}

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'f', 1);
}

QString endText(const std::optional<QDate> &end)
{
    // The stored end is exclusive: the learner reads the last day.
    return end ? QLocale().toString(end->addDays(-1), QLocale::ShortFormat) : QString();
}

int extensionDays(const StagePlan &stage, double hours)
{
    if (!(stage.weeklyHours > 0) || !(hours > 0))
        return 0;
    return int(std::min(std::ceil(hours / stage.weeklyHours * 7 - 1e-9), 100.0 * 366));
}

Plan extendedPlan(Plan plan, const QString &stageKey, double hours)
{
    if (StagePlan *stage = plan.stage(stageKey); stage && hours > 0) {
        stage->durationDays += extensionDays(*stage, hours);
        stage->effortHours += hours;
    }
    return plan;
}

std::optional<QDate> stageEnd(const Plan &plan, const Roadmap &roadmap, const QString &stageKey)
{
    const Planner::Schedule schedule = Planner::compute(plan, roadmap);
    const Planner::StageSchedule *stage = schedule.stage(stageKey);
    return stage ? stage->end : std::nullopt;
}

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

int StudyBlock::minutes() const
{
    if (!start.isValid() || !end.isValid())
        return 0;
    return int(start.secsTo(end) / 60);
}

QString StudyBlock::makeId(const QDateTime &start, const QString &stageKey)
{
    return start.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('-') + stageKey;
}

QList<QPair<QString, double>> Scheduler::weekBudgets(const QDate &monday, const Plan &plan,
                                                     const Planner::Schedule &schedule)
{
    QList<QPair<QString, double>> budgets;
    for (const Planner::StageSchedule &s : schedule.stages) {
        if (!s.start.isValid() || !std::isfinite(s.weeklyHours) || s.weeklyHours <= 0)
            continue;
        double hours = 0;
        for (int i = 0; i < 7; ++i) {
            const QDate date = monday.addDays(i);
            if (date < s.start || (s.end && date >= *s.end))
                continue;
            hours += std::min(s.weeklyHours, pauseCap(plan, date)) / 7;
        }
        if (hours > 0)
            budgets.push_back({s.stageKey, hours});
    }
    return budgets;
}

WeekResult Scheduler::scheduleWeek(const WeekRequest &request, const Plan &plan, const Planner::Schedule &schedule,
                                   const Roadmap &roadmap)
{
    WeekResult result;
    const Rules rules(request.availability);

    QList<StudyBlock> kept;
    for (const StudyBlock &b : request.existing) {
        if (inWeek(b, request.monday, request.zone) && (b.pinned || b.status != StudyBlock::Status::Planned))
            kept.push_back(b);
    }

    QList<Demand> demands;
    int budgetMinutes = 0;
    for (const auto &[stageKey, hours] : weekBudgets(request.monday, plan, schedule)) {
        Demand d;
        d.stageKey = stageKey;
        d.budgetMinutes = int(std::lround(std::min(hours, HoursPerWeek) * 60));
        d.remainingMinutes = d.budgetMinutes;
        for (const StudyBlock &b : kept) {
            if (b.stageKey == stageKey && !b.catchUp)
                d.remainingMinutes -= b.minutes();
        }
        budgetMinutes += d.budgetMinutes;
        demands.push_back(d);
    }
    result.budgetHours = budgetMinutes / 60.0;

    QList<Day> days =
        buildDays(request.monday, request.zone, request.availability, request.busy, kept, request.notBefore, rules);
    qint64 freeSecs = 0;
    for (const Day &day : days)
        freeSecs += totalLength(day.free);
    result.freeHours = double(freeSecs) / 3600;

    int toPlace = 0;
    for (const Demand &d : demands)
        toPlace += std::max(0, d.remainingMinutes);
    QList<StudyBlock> added;
    for (const Placed &p : place(days, demands, rules))
        added.push_back(makeBlock(p.interval, p.stageKey, request.zone));
    std::sort(added.begin(), added.end(), [](const StudyBlock &x, const StudyBlock &y) { return x.start < y.start; });

    // Items: minutes already given to each item, then the new blocks in time order.
    QHash<QString, int> itemMinutes;
    QHash<QString, int> itemBlocks;
    for (const QList<StudyBlock> *list : {&request.history, &std::as_const(kept)}) {
        for (const StudyBlock &b : *list) {
            if (!b.itemKey.isEmpty() && countsForItem(b)) {
                itemMinutes[b.itemKey] += b.minutes();
                itemBlocks[b.itemKey] += 1;
            }
        }
    }
    for (const Demand &d : demands) {
        const Stage *stage = roadmap.stage(d.stageKey);
        if (!stage)
            continue;
        QList<const Item *> open;
        for (const Section &section : stage->sections) {
            if (!stage->counts(section))
                continue;
            for (const Item &item : section.items) {
                if (!item.done && !request.droppedItemKeys.contains(item.key))
                    open.push_back(&item);
            }
        }
        auto covered = [&](const Item *item) {
            if (item->estimatedHours && *item->estimatedHours > 0)
                return itemMinutes.value(item->key) >= std::lround(*item->estimatedHours * 60);
            return itemBlocks.value(item->key) > 0;
        };
        qsizetype next = 0;
        for (StudyBlock &b : added) {
            if (b.stageKey != d.stageKey)
                continue;
            while (next < open.size() && covered(open[next]))
                ++next;
            if (next == open.size())
                break;
            b.itemKey = open[next]->key;
            itemMinutes[b.itemKey] += b.minutes();
            itemBlocks[b.itemKey] += 1;
        }
    }

    result.blocks = kept + added;
    std::stable_sort(result.blocks.begin(), result.blocks.end(),
                     [](const StudyBlock &x, const StudyBlock &y) { return x.start < y.start; });

    int shortMinutes = 0;
    for (const Demand &d : demands)
        shortMinutes += std::max(0, d.remainingMinutes);
    result.shortfallHours = shortMinutes / 60.0;
    if (shortMinutes > 0) {
        if (freeSecs / 60 < toPlace) {
            result.shortfallReason =
                tr("%1 h of the %2 h budget do not fit: the free time this week is %3 h.")
                    .arg(hoursText(result.shortfallHours), hoursText(result.budgetHours), hoursText(result.freeHours));
        } else {
            result.shortfallReason =
                tr("%1 h of the %2 h budget do not fit: the free time this week is %3 h, but blocks of %4–%5 min, "
                   "breaks of %6 min and at most %7 h a day leave no room for more.")
                    .arg(hoursText(result.shortfallHours), hoursText(result.budgetHours), hoursText(result.freeHours))
                    .arg(rules.minBlock)
                    .arg(request.availability.maxBlockMinutes)
                    .arg(rules.breakMinutes)
                    .arg(hoursText(request.availability.maxMinutesPerDay / 60.0));
        }
    }
    return result;
}

QList<StudyBlock> Scheduler::markMissed(const QList<StudyBlock> &blocks, const QDateTime &now)
{
    QList<StudyBlock> out = blocks;
    for (StudyBlock &b : out) {
        if (b.status == StudyBlock::Status::Planned && b.end.isValid() && b.end <= now)
            b.status = StudyBlock::Status::Missed;
    }
    return out;
}

QList<Scheduler::CatchUpOption> Scheduler::catchUpOptions(const CatchUpRequest &request, const Plan &plan,
                                                          const Roadmap &roadmap)
{
    QList<StudyBlock> missed;
    for (const StudyBlock &b : request.blocks) {
        if (b.stageKey == request.stageKey && b.status == StudyBlock::Status::Missed)
            missed.push_back(b);
    }
    const StagePlan *stagePlan = plan.stage(request.stageKey);
    if (missed.isEmpty() || !stagePlan)
        return {};
    std::sort(missed.begin(), missed.end(), [](const StudyBlock &x, const StudyBlock &y) { return x.start < y.start; });
    int missedMinutes = 0;
    for (const StudyBlock &b : missed)
        missedMinutes += b.minutes();
    const double missedHours = missedMinutes / 60.0;
    const std::optional<QDate> endBefore = stageEnd(plan, roadmap, request.stageKey);
    const Stage *stage = roadmap.stage(request.stageKey);

    CatchUpOption base;
    base.stageKey = request.stageKey;
    base.missedHours = missedHours;
    base.endBefore = endBefore;

    QList<CatchUpOption> options;

    // Move into free time, under the weekly cap.
    {
        CatchUpOption o = base;
        o.kind = CatchUpOption::Kind::MoveToFreeTime;
        double cap = request.weeklyCapHours.value_or(stage ? stage->weeklyHours.max : 0);
        if (!(cap > 0))
            cap = stagePlan->weeklyHours;
        cap = std::clamp(cap, 0.0, HoursPerWeek);
        const Planner::Schedule schedule = Planner::compute(plan, roadmap);
        const Rules rules(request.availability);
        const QDate firstMonday = mondayOf(request.now.toTimeZone(request.zone).date());
        int remaining = missedMinutes;
        QList<StudyBlock> placedBlocks;
        for (int w = 0; w < std::max(0, request.horizonWeeks) && remaining > 0; ++w) {
            const QDate monday = firstMonday.addDays(7 * w);
            int used = 0;
            int budget = 0;
            QList<StudyBlock> occupied;
            for (const StudyBlock &b : request.blocks + placedBlocks) {
                if (!inWeek(b, monday, request.zone) || !countsForItem(b))
                    continue;
                occupied.push_back(b);
                if (b.stageKey == request.stageKey)
                    used += b.minutes();
            }
            for (const auto &[key, hours] : weekBudgets(monday, plan, schedule)) {
                if (key == request.stageKey)
                    budget = int(std::lround(std::min(hours, HoursPerWeek) * 60));
            }
            const int room = int(std::lround(cap * 60)) - std::max(used, budget);
            if (room < rules.minBlock)
                continue;
            QList<Demand> demands{{request.stageKey, std::min(room, remaining), std::min(room, remaining)}};
            QList<Day> days =
                buildDays(monday, request.zone, request.availability, request.busy, occupied, request.now, rules);
            for (const Placed &p : place(days, demands, rules)) {
                StudyBlock b = makeBlock(p.interval, p.stageKey, request.zone);
                b.pinned = true;
                b.catchUp = true;
                placedBlocks.push_back(b);
                remaining -= b.minutes();
            }
        }
        std::sort(placedBlocks.begin(), placedBlocks.end(),
                  [](const StudyBlock &x, const StudyBlock &y) { return x.start < y.start; });
        // Hand the missed minutes to the new blocks in time order.
        qsizetype m = 0;
        int leftInMissed = missed.isEmpty() ? 0 : missed.first().minutes();
        for (StudyBlock &b : placedBlocks) {
            int room = b.minutes();
            b.itemKey = m < missed.size() ? missed[m].itemKey : QString();
            while (room > 0 && m < missed.size()) {
                const int carried = std::min(room, leftInMissed);
                if (carried > 0)
                    o.moves.push_back({missed[m].id, missed[m].start, b, carried});
                room -= carried;
                leftInMissed -= carried;
                if (leftInMissed <= 0 && ++m < missed.size())
                    leftInMissed = missed[m].minutes();
            }
        }
        const int notPlaced = std::max(0, remaining);
        o.extendHours = notPlaced / 60.0;
        o.endAfter = notPlaced > 0
                         ? stageEnd(extendedPlan(plan, request.stageKey, o.extendHours), roadmap, request.stageKey)
                         : endBefore;
        const double movedHours = (missedMinutes - notPlaced) / 60.0;
        if (notPlaced == 0) {
            o.summary = tr("Move %1 h into free time in %n block(s); the stage still ends on %2.", nullptr,
                           int(placedBlocks.size()))
                            .arg(hoursText(movedHours), endText(o.endAfter));
        } else {
            o.summary = tr("Move %1 h into free time in %n block(s); %2 h do not fit under %3 h a week and move "
                           "the stage's end from %4 to %5.",
                           nullptr, int(placedBlocks.size()))
                            .arg(hoursText(movedHours), hoursText(o.extendHours), hoursText(cap), endText(endBefore),
                                 endText(o.endAfter));
        }
        options.push_back(o);
    }

    // Extend the stage.
    {
        CatchUpOption o = base;
        o.kind = CatchUpOption::Kind::ExtendStage;
        o.extendHours = missedHours;
        o.endAfter = stageEnd(extendedPlan(plan, request.stageKey, missedHours), roadmap, request.stageKey);
        o.summary = endBefore ? tr("Add %1 h to the stage: its end moves from %2 to %3.")
                                    .arg(hoursText(missedHours), endText(endBefore), endText(o.endAfter))
                              : tr("Add %1 h to the stage, which has no end date.").arg(hoursText(missedHours));
        options.push_back(o);
    }

    // Drop optional items, last first.
    {
        CatchUpOption o = base;
        o.kind = CatchUpOption::Kind::DropOptionalItems;
        double dropped = 0;
        if (stage) {
            for (auto s = stage->sections.crbegin(); s != stage->sections.crend() && dropped < missedHours; ++s) {
                if (!stage->counts(*s))
                    continue;
                for (auto it = s->items.crbegin(); it != s->items.crend() && dropped < missedHours; ++it) {
                    // Topics, resources and activities, and what a specialisation branch adds (the
                    // guide's optional parts), but never a self-assessment.
                    const bool optional = it->kind == ItemKind::Topic || it->kind == ItemKind::Resource
                                          || it->kind == ItemKind::Activity
                                          || (!s->branchKey.isEmpty() && it->kind != ItemKind::Assessment);
                    if (!optional || it->done || request.droppedItemKeys.contains(it->key))
                        continue;
                    o.droppedItemKeys.push_back(it->key);
                    dropped += it->estimatedHours && *it->estimatedHours > 0 ? *it->estimatedHours : 1.0;
                }
            }
        }
        o.extendHours = std::max(0.0, missedHours - dropped);
        o.endAfter = o.extendHours > 0
                         ? stageEnd(extendedPlan(plan, request.stageKey, o.extendHours), roadmap, request.stageKey)
                         : endBefore;
        if (o.extendHours <= 0) {
            o.summary = tr("Drop %n optional item(s) worth %1 h; the stage still ends on %2.", nullptr,
                           int(o.droppedItemKeys.size()))
                            .arg(hoursText(dropped), endText(o.endAfter));
        } else {
            o.summary = tr("Drop %n optional item(s) worth %1 h; the other %2 h move the stage's end from %3 to %4.",
                           nullptr, int(o.droppedItemKeys.size()))
                            .arg(hoursText(dropped), hoursText(o.extendHours), endText(endBefore), endText(o.endAfter));
        }
        options.push_back(o);
    }
    return options;
}

Scheduler::Applied Scheduler::applyCatchUp(const CatchUpOption &option, const QList<StudyBlock> &blocks,
                                           const Plan &plan, const QStringList &droppedItemKeys)
{
    Applied applied;
    applied.blocks = blocks;
    applied.droppedItemKeys = droppedItemKeys;
    for (StudyBlock &b : applied.blocks) {
        if (b.stageKey == option.stageKey && b.status == StudyBlock::Status::Missed)
            b.status = StudyBlock::Status::Skipped;
    }
    if (option.kind == CatchUpOption::Kind::MoveToFreeTime) {
        QStringList ids;
        for (const Move &m : option.moves) {
            if (ids.contains(m.to.id))
                continue;
            ids.push_back(m.to.id);
            applied.blocks.push_back(m.to);
        }
        std::stable_sort(applied.blocks.begin(), applied.blocks.end(),
                         [](const StudyBlock &x, const StudyBlock &y) { return x.start < y.start; });
    }
    if (option.kind == CatchUpOption::Kind::DropOptionalItems) {
        for (const QString &key : option.droppedItemKeys) {
            if (!applied.droppedItemKeys.contains(key))
                applied.droppedItemKeys.push_back(key);
        }
    }
    applied.plan = extendedPlan(plan, option.stageKey, option.extendHours);
    return applied;
}
