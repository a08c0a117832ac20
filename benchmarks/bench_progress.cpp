// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Progress view's data with 100,000 entries over 10 years (generated as bench_log does), in a
// temporary database, for the bundled guide at its default plan:
//   bench_progress [RUNS]
// Prints the median and the slowest of RUNS (default 15) Progress::compute() calls after a warm-up,
// and the SQL aggregation alone (goal: the whole under 150 ms). Run it on a Release build.
#include "benchlog.h"
#include "plan/planner.h"
#include "statistics/progress.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/roadmaprepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    QTemporaryDir dir;
    Database database;
    QString error;
    if (!database.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        out << "cannot open the database: " << error << Qt::endl;
        return 1;
    }
    RoadmapRepository roadmaps(database);
    EntryRepository entries(database);
    const int roadmapId = roadmaps.ensureBuiltinGuide(&error);
    const std::optional<Roadmap> roadmap =
        roadmapId > 0 ? roadmaps.load(roadmapId, QStringLiteral("en"), &error) : std::nullopt;
    if (!roadmap) {
        out << "cannot load the guide: " << error << Qt::endl;
        return 1;
    }
    QStringList stages;
    for (const Stage &stage : roadmap->stages)
        stages.append(stage.key);

    // The 100,000 entries over 10 years of BenchLog.
    QElapsedTimer timer;
    timer.start();
    const QDateTime first = BenchLog::firstStart();
    if (!BenchLog::fill(entries, roadmapId, stages, false, &error)) {
        out << "cannot write entries: " << error << Qt::endl;
        return 1;
    }
    out << "generated " << BenchLog::Entries << " entries in " << timer.elapsed() << " ms" << Qt::endl;

    const Plan plan = Planner::defaultPlan(*roadmap, first.date());
    const Planner::Schedule schedule = Planner::compute(plan, *roadmap);
    const QDate today = first.date().addDays(3652);

    std::optional<Progress::Data> data = Progress::compute(entries, roadmapId, *roadmap, plan, schedule, today, &error);
    if (!data) {
        out << "cannot compute: " << error << Qt::endl;
        return 1;
    }
    // Wall time, and the process's CPU time: on a shared machine the wall time also counts the time
    // other processes had the CPU.
    std::vector<double> sql;
    std::vector<double> whole;
    std::vector<double> wholeCpu;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        const auto rows = entries.dailyStageHours(roadmapId, QDate(), today, &error);
        sql.push_back(double(timer.nsecsElapsed()) / 1e6);
        const std::clock_t cpu = std::clock();
        timer.restart();
        data = Progress::compute(entries, roadmapId, *roadmap, plan, schedule, today, &error);
        whole.push_back(double(timer.nsecsElapsed()) / 1e6);
        wholeCpu.push_back(double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
        if (!rows || !data) {
            out << "cannot compute: " << error << Qt::endl;
            return 1;
        }
    }
    double hours = 0;
    for (const Progress::Week &week : data->weeks)
        hours += week.actualHours;
    out << "Progress::compute (" << data->weeks.size() << " weeks, " << qint64(hours) << " h, "
        << data->calendar.days.size() << " calendar days): median " << QString::number(BenchLog::median(whole), 'f', 2)
        << " ms, slowest " << QString::number(*std::max_element(whole.begin(), whole.end()), 'f', 2) << " ms over "
        << runs << " runs (goal < 150 ms); CPU time median " << QString::number(BenchLog::median(wholeCpu), 'f', 2)
        << " ms; the SQL alone (dailyStageHours) median " << QString::number(BenchLog::median(sql), 'f', 2) << " ms"
        << Qt::endl;
    return 0;
}
