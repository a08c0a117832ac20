// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The study log with 100,000 entries over 10 years, in a temporary database:
//   QT_QPA_PLATFORM=offscreen bench_log [SQLITE3]
// (1) the Log view's first page: from constructing the LogModel to its first page of rows, median of
//     15 (goal: under 100 ms);
// (2) weekly totals of the whole history: EntryRepository::weeklyHours() against its own statement
//     run by the sqlite3 command-line tool on the same file, side by side, medians of 7; the ratio
//     is ours over the tool's own ".timer" time (goal: under 2). Needs sqlite3 (install-deps.sh --bench).
#include "benchlog.h"
#include "log/logmodel.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "support/settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

// EntryRepository::weeklyHours()'s statement with its values written in, for the sqlite3 tool.
QString weeklySql(int roadmapId)
{
    QString sql = EntryRepository::weeklyHoursStatement();
    sql.replace(sql.indexOf(QLatin1Char('?')), 1, QString::number(roadmapId));
    sql.replace(QLatin1Char('?'), QStringLiteral("''"));
    return sql;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString sqlite3 = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("sqlite3");
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Session session(settings);
    QString error;
    if (!session.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        out << "cannot open the database: " << error << Qt::endl;
        return 1;
    }
    const int roadmapId = session.document().roadmapId();
    QStringList stages;
    for (const Stage &stage : session.document().roadmap().stages)
        stages.append(stage.key);

    // The 100,000 entries over 10 years of BenchLog.
    QElapsedTimer timer;
    timer.start();
    if (!BenchLog::fill(session.entries(), roadmapId, stages, false, &error)) {
        out << "cannot write entries: " << error << Qt::endl;
        return 1;
    }
    out << "generated " << BenchLog::Entries << " entries in " << timer.elapsed() << " ms" << Qt::endl;

    // (1) The first page.
    std::vector<double> firstPage;
    for (int run = 0; run < 15; ++run) {
        timer.restart();
        LogModel model(session.entries());
        model.setRoadmap(roadmapId, &session.document().roadmap());
        const int rows = model.rowCount();
        firstPage.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (rows != LogModel::PageSize || model.totalCount() != BenchLog::Entries) {
            out << "unexpected rows: " << rows << " of " << model.totalCount() << Qt::endl;
            return 1;
        }
    }
    out << "first page (" << LogModel::PageSize << " of " << BenchLog::Entries << " rows): median "
        << QString::number(BenchLog::median(firstPage), 'f', 2) << " ms, slowest "
        << QString::number(*std::max_element(firstPage.begin(), firstPage.end()), 'f', 2) << " ms (goal < 100 ms)"
        << Qt::endl;

    // (2) Weekly totals, ours and sqlite3's, alternating.
    const QString path = session.database().path();
    std::vector<double> ours;
    std::vector<double> toolOwn;
    std::vector<double> toolWall;
    int weeks = 0;
    qint64 sum = 0;
    const QRegularExpression realTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    for (int run = 0; run < 7; ++run) {
        timer.restart();
        const std::optional<QList<QPair<QDate, double>>> totals =
            session.entries().weeklyHours(roadmapId, QString(), &error);
        weeks = totals ? int(totals->size()) : 0;
        sum = 0;
        for (const auto &week : totals.value_or(QList<QPair<QDate, double>>()))
            sum += qint64(week.second * 3600 + 0.5);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);

        QProcess process;
        timer.restart();
        process.start(sqlite3, {QStringLiteral("-readonly"), path});
        process.write((QStringLiteral(".timer on\n") + weeklySql(roadmapId) + QStringLiteral(";\n")).toUtf8());
        process.closeWriteChannel();
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            out << "sqlite3 failed (" << sqlite3 << "): " << process.errorString() << " "
                << QString::fromUtf8(process.readAllStandardError()) << Qt::endl;
            return 1;
        }
        toolWall.push_back(double(timer.nsecsElapsed()) / 1e6);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        const QRegularExpressionMatch match = realTime.match(output);
        toolOwn.push_back(match.hasMatch() ? match.captured(1).toDouble() * 1000 : toolWall.back());
        const qsizetype lines = output.count(QLatin1Char('\n')) - 1;
        if (lines != weeks) {
            out << "sqlite3 gave " << lines << " weeks, ours " << weeks << Qt::endl;
            return 1;
        }
    }
    const double ratio = BenchLog::median(ours) / BenchLog::median(toolOwn);
    out << "weekly totals (" << weeks << " weeks, " << sum / 3600 << " h): ours median "
        << QString::number(BenchLog::median(ours), 'f', 2) << " ms; sqlite3 median "
        << QString::number(BenchLog::median(toolOwn), 'f', 2) << " ms by its own timer ("
        << QString::number(BenchLog::median(toolWall), 'f', 2) << " ms with process start); ratio "
        << QString::number(ratio, 'f', 2) << " (goal < 2)" << Qt::endl;
    return 0;
}
