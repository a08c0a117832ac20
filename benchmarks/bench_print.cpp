// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Printing to PDF with the bundled guide and a study log of 100,000 entries over 10 years, in a
// temporary database:
//   QT_QPA_PLATFORM=offscreen bench_print [RUNS]
// (1) the plan: from the session's data to the PDF file (layout and writing), median of RUNS (default
//     7; goal: under 2 s);
// (2) the week, the same way;
// (3) the report over the 10 years (every entry listed): one run, layout and writing apart.
#include "benchlog.h"
#include "printing/printing.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/entryrepository.h"
#include "support/settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Session session(settings);
    session.applyLanguage(QStringLiteral("zh_CN"));
    QString error;
    if (!session.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        out << "cannot open the database: " << error << Qt::endl;
        return 1;
    }
    const int roadmapId = session.document().roadmapId();
    QStringList stages;
    for (const Stage &stage : session.document().roadmap().stages)
        stages.append(stage.key);

    // The 100,000 entries over 10 years of BenchLog, with Chinese notes.
    QElapsedTimer timer;
    timer.start();
    const QDate firstDay = BenchLog::firstStart().date();
    if (!BenchLog::fill(session.entries(), roadmapId, stages, true, &error)) {
        out << "cannot write entries: " << error << Qt::endl;
        return 1;
    }
    out << "generated " << BenchLog::Entries << " entries in " << timer.elapsed() << " ms" << Qt::endl;

    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    const auto measure = [&](const Printing::Request &request, int count, int *pages, double *layoutMs) {
        const PageSetup setup =
            PageSetup::make(QPageSize(QPageSize::A4), Printing::defaultOrientation(request.document));
        std::vector<double> totals;
        std::vector<double> layouts;
        for (int run = 0; run < count; ++run) {
            timer.restart();
            const std::optional<PrintDocument> document = Printing::layout(session, request, setup, &error);
            layouts.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!document || !Printing::writePdf(*document, setup, path, &error)) {
                out << "cannot print: " << error << Qt::endl;
                return -1.0;
            }
            totals.push_back(double(timer.nsecsElapsed()) / 1e6);
            *pages = int(document->pages.size());
        }
        *layoutMs = BenchLog::median(layouts);
        return BenchLog::median(totals);
    };

    int pages = 0;
    double layoutMs = 0;
    Printing::Request plan;
    plan.document = Printing::Document::Plan;
    const double planMs = measure(plan, runs, &pages, &layoutMs);
    if (planMs < 0)
        return 1;
    out << "plan to PDF (" << pages << " pages, " << QFileInfo(path).size() / 1024 << " KiB): median "
        << QString::number(planMs, 'f', 1) << " ms of " << runs << " (layout " << QString::number(layoutMs, 'f', 1)
        << " ms) (goal < 2000 ms)" << Qt::endl;

    Printing::Request week;
    week.document = Printing::Document::Week;
    week.from = QDate::currentDate();
    const double weekMs = measure(week, runs, &pages, &layoutMs);
    if (weekMs < 0)
        return 1;
    out << "week to PDF (" << pages << " page): median " << QString::number(weekMs, 'f', 1) << " ms (layout "
        << QString::number(layoutMs, 'f', 1) << " ms)" << Qt::endl;

    Printing::Request report;
    report.document = Printing::Document::Report;
    report.from = firstDay;
    report.to = firstDay.addDays(3652);
    const double reportMs = measure(report, 1, &pages, &layoutMs);
    if (reportMs < 0)
        return 1;
    out << "report of 10 years to PDF (" << BenchLog::Entries << " entries, " << pages << " pages, "
        << QFileInfo(path).size() / 1024 << " KiB): " << QString::number(reportMs, 'f', 0) << " ms (layout "
        << QString::number(layoutMs, 'f', 0) << " ms)" << Qt::endl;
    return 0;
}
