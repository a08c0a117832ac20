// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Repainting the timeline of a 3-year plan (5 stages, 10 pauses) at every zoom level, 1400×600:
//   QT_QPA_PLATFORM=offscreen bench_timeline
// Prints the median and the slowest of 200 frames per zoom level; the goal is under 8 ms a frame.
#include "timeline/timelinewidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {
constexpr int Frames = 200;
constexpr int WarmUp = 20;

TimelineWidget::Row stage(const QString &title, const QDate &start, const QDate &end, int guideMinMonths,
                          int guideMaxMonths)
{
    TimelineWidget::Row row;
    row.title = title;
    row.start = start;
    if (end.isValid())
        row.end = end;
    row.guideEarliestEnd = start.addMonths(guideMinMonths);
    if (guideMaxMonths > 0)
        row.guideLatestEnd = start.addMonths(guideMaxMonths);
    row.draggable = end.isValid();
    row.toolTip = title;
    return row;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);

    const QDate start(2026, 9, 7);
    const QDate today(2027, 11, 17);
    QList<TimelineWidget::Row> rows{
        stage(QStringLiteral("Getting Started Stage"), start, QDate(2026, 10, 26), 1, 2),
        stage(QStringLiteral("Foundations Stage"), QDate(2026, 10, 26), QDate(2027, 2, 1), 2, 3),
        stage(QStringLiteral("Advanced Stage"), QDate(2027, 2, 1), QDate(2027, 8, 16), 3, 6),
        stage(QStringLiteral("Applied Practice Stage"), QDate(2027, 8, 16), QDate(2028, 9, 4), 6, 12),
        stage(QStringLiteral("Frontier Research Stage"), QDate(2028, 9, 4), QDate(), 12, 0),
    };
    rows[0].progress = 1.0;
    rows[1].progress = 1.0;
    rows[2].progress = 0.9;
    rows[3].progress = 0.2;
    rows[3].forecastEnd = QDate(2028, 11, 20);
    rows[3].overBudget = true;

    QList<TimelineWidget::Pause> pauses;
    for (int i = 0; i < 10; ++i) {
        const QDate first = start.addDays(30 + i * 105);
        pauses.append({first, first.addDays(13), QStringLiteral("Pause %1").arg(i + 1)});
    }

    TimelineWidget timeline;
    timeline.resize(1400, 600);
    timeline.setToday(today);
    timeline.setRows(rows);
    timeline.setPauses(pauses);
    timeline.setCurrentRow(3);
    timeline.show();
    QApplication::processEvents();

    QWidget *viewport = timeline.viewport();
    const qreal ratio = viewport->devicePixelRatioF();
    QImage image(viewport->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);

    const double zooms[] = {TimelineWidget::MinPixelsPerDay, 1, 2, 4, 8, 16, TimelineWidget::MaxPixelsPerDay};
    for (const double zoom : zooms) {
        timeline.setPixelsPerDay(zoom);
        timeline.scrollToDate(today);
        QApplication::processEvents();
        for (int i = 0; i < WarmUp; ++i)
            viewport->render(&image);
        std::vector<double> times;
        times.reserve(Frames);
        QElapsedTimer timer;
        for (int i = 0; i < Frames; ++i) {
            timer.start();
            viewport->render(&image);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        const double median = (times[Frames / 2 - 1] + times[Frames / 2]) / 2;
        out << QStringLiteral("timeline repaint (3-year plan) at %1 px/day: median %2 ms, max %3 ms (goal < 8 ms)")
                   .arg(zoom)
                   .arg(median, 0, 'f', 2)
                   .arg(times.back(), 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
