// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduling a year: the bundled guide's default plan, 52 weeks placed one after the other (each
// week's blocks becoming the next week's history), with 20 busy events a week and 3 pinned blocks a
// week, Europe/Berlin (both summer-time changes inside the year). Prints the median, minimum and
// maximum of 15 runs of the whole year after a warm-up, and the blocks placed. Run it on a Release
// build. Goal: median under 20 ms.
#include "plan/planner.h"
#include "roadmap/markdownimporter.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

constexpr int Weeks = 52;
constexpr int BusyPerWeek = 20;
constexpr int PinnedPerWeek = 3;
constexpr int Runs = 15;

struct Year {
    int blocks = 0;
    double shortfallHours = 0;
};

Year scheduleYear(const Roadmap &roadmap, const Plan &plan, const Planner::Schedule &schedule,
                  const Availability &availability, const QTimeZone &zone)
{
    Year year;
    QList<StudyBlock> history;
    for (int w = 0; w < Weeks; ++w) {
        WeekRequest request;
        request.monday = plan.start.addDays(7 * w);
        request.zone = zone;
        request.availability = availability;
        // 20 busy events: every evening 18:30-19:45, every morning 08:00-09:30, six more at noon.
        for (int d = 0; d < 7; ++d) {
            const QDate day = request.monday.addDays(d);
            request.busy.append({QDateTime(day, QTime(18, 30), zone), QDateTime(day, QTime(19, 45), zone)});
            request.busy.append({QDateTime(day, QTime(8, 0), zone), QDateTime(day, QTime(9, 30), zone)});
            if (request.busy.size() < BusyPerWeek)
                request.busy.append({QDateTime(day, QTime(12, 0), zone), QDateTime(day, QTime(13, 0), zone)});
        }
        request.busy.resize(BusyPerWeek);
        // Pinned blocks the learner moved: Monday, Wednesday and Saturday at 21:00 for 45 minutes.
        for (int p = 0; p < PinnedPerWeek; ++p) {
            StudyBlock pinned;
            pinned.start = QDateTime(request.monday.addDays(p * 5 / 2), QTime(21, 0), zone);
            pinned.end = pinned.start.addSecs(45 * 60);
            pinned.stageKey = plan.stages.constFirst().stageKey;
            pinned.pinned = true;
            pinned.id = StudyBlock::makeId(pinned.start, pinned.stageKey);
            request.existing.append(pinned);
        }
        request.history = history;
        const WeekResult result = Scheduler::scheduleWeek(request, plan, schedule, roadmap);
        year.blocks += int(result.blocks.size());
        year.shortfallHours += result.shortfallHours;
        history.append(result.blocks);
    }
    return year;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString error;
    const std::optional<Roadmap> roadmap =
        MarkdownImporter::parseFile(QStringLiteral(":/guides/llm-learning-path.en.md"), &error);
    if (!roadmap) {
        out << "cannot read the bundled guide: " << error << Qt::endl;
        return 1;
    }
    const Plan plan = Planner::defaultPlan(*roadmap, QDate(2027, 1, 4));
    const Planner::Schedule schedule = Planner::compute(plan, *roadmap);
    const std::optional<Availability> availability =
        AvailabilityText::parse(QStringLiteral("mon-fri 06:30-08:30 17:00-22:30, sat-sun 08:00-18:00"), &error);
    const QTimeZone zone("Europe/Berlin");

    scheduleYear(*roadmap, plan, schedule, *availability, zone); // warm-up
    std::vector<double> ms;
    Year year;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        year = scheduleYear(*roadmap, plan, schedule, *availability, zone);
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    out << "Scheduling " << Weeks << " weeks (" << BusyPerWeek << " busy events and " << PinnedPerWeek
        << " pinned blocks a week): median " << QString::number(ms[ms.size() / 2], 'f', 2) << " ms, min "
        << QString::number(ms.front(), 'f', 2) << " ms, max " << QString::number(ms.back(), 'f', 2) << " ms (" << Runs
        << " runs; " << year.blocks << " blocks, " << QString::number(year.shortfallHours, 'f', 1) << " h short in all)"
        << Qt::endl;
    return 0;
}
