// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Recomputing a plan: 50 stages, 5,000 items, 20 pauses, mixed derived figures. Prints the median
// and the 90th percentile of 1,000 recomputations after a warm-up. Run it on a Release build.
#include "plan/planner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

constexpr int StageCount = 50;
constexpr int SectionsPerStage = 10;
constexpr int ItemsPerSection = 10;
constexpr int PauseCount = 20;
constexpr int WarmUp = 100;
constexpr int Runs = 1000;

Roadmap syntheticRoadmap()
{
    Roadmap roadmap;
    roadmap.title = QStringLiteral("Synthetic roadmap");
    roadmap.language = QStringLiteral("en");
    for (int s = 0; s < StageCount; ++s) {
        Stage stage;
        stage.key = QString::number(s + 1);
        stage.title = QStringLiteral("Stage %1").arg(s + 1);
        stage.months.min = 1 + s % 3;
        if (s + 1 < StageCount)
            stage.months.max = stage.months.min + 1 + s % 4;
        stage.weeklyHours = {10, 15 + s % 6, true};
        Branch branch;
        branch.key = stage.key + QStringLiteral(".b1");
        branch.title = QStringLiteral("Branch");
        branch.chosen = s % 2 == 0;
        stage.branches.append(branch);
        for (int c = 0; c < SectionsPerStage; ++c) {
            Section section;
            section.title = QStringLiteral("Section %1").arg(c + 1);
            section.kind = ItemKind::Course;
            if (c >= SectionsPerStage - 2)
                section.branchKey = branch.key;
            for (int i = 0; i < ItemsPerSection; ++i) {
                Item item;
                item.key = QStringLiteral("%1.%2.%3").arg(s + 1).arg(c + 1).arg(i + 1);
                item.title = QStringLiteral("Item %1").arg(item.key);
                if (i % 5 != 4)
                    item.estimatedHours = 1 + (s * 7 + c * 3 + i) % 20;
                section.items.append(item);
            }
            stage.sections.append(section);
        }
        roadmap.stages.append(stage);
    }
    return roadmap;
}

Plan syntheticPlan(const Roadmap &roadmap)
{
    Plan plan;
    plan.start = QDate(2027, 1, 4);
    for (int s = 0; s < roadmap.stages.size(); ++s) {
        StagePlan sp;
        sp.stageKey = roadmap.stages.at(s).key;
        sp.weeklyHours = 8 + s % 10;
        sp.effortHours = Planner::itemEstimateHours(roadmap.stages.at(s)) / 4;
        sp.durationDays = 28 + (s * 5) % 40;
        sp.derived = s % 3 == 0 ? Derived::Duration : s % 3 == 1 ? Derived::Effort : Derived::WeeklyHours;
        sp.overlapWeeks = s > 0 && s % 4 == 0 ? 1 : 0;
        plan.stages.append(sp);
    }
    // Spread over the plan's nine years or so: holidays without study, exam periods with a few hours,
    // some of them overlapping.
    for (int p = 0; p < PauseCount; ++p) {
        Pause pause;
        pause.first = plan.start.addDays(40 + p * 165);
        pause.last = pause.first.addDays(6 + (p % 3) * 7);
        pause.weeklyHours = p % 2 == 0 ? 0 : 4;
        pause.note = QStringLiteral("Pause %1").arg(p + 1);
        plan.pauses.append(pause);
        if (p % 5 == 4 && p + 1 < PauseCount) {
            Pause inner = pause;
            inner.first = pause.first.addDays(3);
            inner.last = pause.last.addDays(10);
            inner.weeklyHours = 2;
            plan.pauses.append(inner);
            ++p;
        }
    }
    return plan;
}

struct Figures {
    double median;
    double p90;
};

Figures measure(const std::function<void()> &work)
{
    for (int i = 0; i < WarmUp; ++i)
        work();
    std::vector<qint64> ns;
    ns.reserve(Runs);
    QElapsedTimer timer;
    for (int i = 0; i < Runs; ++i) {
        timer.start();
        work();
        ns.push_back(timer.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    return {double(ns[ns.size() / 2]) / 1e6, double(ns[ns.size() * 9 / 10]) / 1e6};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const Roadmap roadmap = syntheticRoadmap();
    const Plan plan = syntheticPlan(roadmap);
    int items = 0;
    for (const Stage &stage : roadmap.stages) {
        for (const Section &section : stage.sections)
            items += int(section.items.size());
    }

    const Planner::Schedule check = Planner::compute(plan, roadmap);
    if (!check.isValid()) {
        out << "the synthetic plan is refused: " << check.problems.constFirst().message << Qt::endl;
        return 1;
    }

    volatile qint64 sink = 0;
    const Figures compute = measure([&] {
        const Planner::Schedule schedule = Planner::compute(plan, roadmap);
        sink = sink + schedule.path.end.toJulianDay();
    });
    // What a branch choice costs: the item estimates of every stage, then the plan.
    const Figures withItems = measure([&] {
        double hours = 0;
        for (const Stage &stage : roadmap.stages)
            hours += Planner::itemEstimateHours(stage);
        const Planner::Schedule schedule = Planner::compute(plan, roadmap);
        sink = sink + schedule.path.end.toJulianDay() + qint64(hours);
    });

    out << QStringLiteral("plan recompute (%1 stages, %2 items, %3 pauses): median %4 ms, p90 %5 ms (goal < 1 ms)")
               .arg(roadmap.stages.size())
               .arg(items)
               .arg(plan.pauses.size())
               .arg(compute.median, 0, 'f', 3)
               .arg(compute.p90, 0, 'f', 3)
        << Qt::endl;
    out << QStringLiteral("plan recompute with the item estimates of every stage: median %1 ms, p90 %2 ms")
               .arg(withItems.median, 0, 'f', 3)
               .arg(withItems.p90, 0, 'f', 3)
        << Qt::endl;
    out << QStringLiteral("path: %1 to %2, %3")
               .arg(plan.start.toString(Qt::ISODate), check.path.end.toString(Qt::ISODate),
                    Planner::verdictText(check.path.verdict, check.path.weeksDifference))
        << Qt::endl;
    return 0;
}
