// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Repainting the Week view's calendar (60 blocks of 6 stages, 20 busy intervals, availability every
// day), 1400×900, in a light and a dark palette:
//   QT_QPA_PLATFORM=offscreen bench_weekview [--screenshot PREFIX] [--size WIDTHxHEIGHT]
// Prints the median and the slowest of 200 frames (viewport()->repaint()), also in the middle of a drag
// over busy time; the goal is under 8 ms a frame. --screenshot also saves PREFIX-light.png,
// PREFIX-dark.png and PREFIX-drag.png.
#include "common/stagecolors.h"
#include "week/weekwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QPalette>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {
constexpr int Frames = 200;
constexpr int WarmUp = 20;

QPalette darkPalette()
{
    QPalette palette(QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    return palette;
}

struct Frame {
    double median = 0;
    double max = 0;
};

void sendMouse(QWidget *viewport, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

Frame measure(WeekWidget &week)
{
    QWidget *viewport = week.viewport();
    for (int i = 0; i < WarmUp; ++i)
        viewport->repaint();
    std::vector<double> times;
    times.reserve(Frames);
    QElapsedTimer timer;
    for (int i = 0; i < Frames; ++i) {
        timer.start();
        viewport->repaint();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {(times[Frames / 2 - 1] + times[Frames / 2]) / 2, times.back()};
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QApplication::arguments();
    const qsizetype screenshotArg = args.indexOf(QStringLiteral("--screenshot"));
    const QString screenshot = screenshotArg > 0 ? args.value(screenshotArg + 1) : QString();
    const qsizetype sizeArg = args.indexOf(QStringLiteral("--size"));
    const QStringList size = sizeArg > 0 ? args.value(sizeArg + 1).split(QLatin1Char('x')) : QStringList();
    const int width = size.size() == 2 ? std::max(200, size.at(0).toInt()) : 1400;
    const int height = size.size() == 2 ? std::max(200, size.at(1).toInt()) : 900;

    const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    const QDate monday(2027, 5, 10);
    QString error;
    const Availability availability = *AvailabilityText::parse(
        QStringLiteral("mon-fri 07:00-08:30 12:00-13:00 17:30-22:30, sat 09:00-13:00 14:00-19:00, sun 10:00-18:00"),
        &error);

    const QStringList stageTitles{
        QStringLiteral("Getting Started"),   QStringLiteral("Foundations"),      QStringLiteral("Transformers"),
        QStringLiteral("Training at Scale"), QStringLiteral("Applied Practice"), QStringLiteral("Research Frontier"),
    };
    QHash<QString, WeekWidget::StageStyle> styles;
    for (int i = 0; i < stageTitles.size(); ++i)
        styles.insert(QStringLiteral("stage-%1").arg(i), {stageTitles.at(i), QColor()});
    QHash<QString, QString> items;
    const QStringList itemTitles{
        QStringLiteral("Linear algebra refresher"),
        QStringLiteral("Backpropagation by hand"),
        QStringLiteral("Attention Is All You Need"),
        QStringLiteral("nanoGPT walkthrough"),
        QStringLiteral("Tokenizers"),
        QStringLiteral("Mixed precision"),
        QStringLiteral("RLHF overview"),
        QStringLiteral("Evaluation harness"),
        QStringLiteral("Scaling laws"),
        QStringLiteral("LoRA fine-tuning"),
    };
    for (int i = 0; i < itemTitles.size(); ++i)
        items.insert(QStringLiteral("item-%1").arg(i), itemTitles.at(i));

    // 60 blocks: 9 on weekdays, 8 on Saturday, 7 on Sunday, 45 to 90 minutes long, 15 minutes apart.
    QList<StudyBlock> blocks;
    const int perDay[] = {9, 9, 9, 9, 9, 8, 7};
    for (int day = 0; day < 7; ++day) {
        QDateTime start(monday.addDays(day), QTime(7, 0), zone);
        for (int i = 0; i < perDay[day]; ++i) {
            const int n = int(blocks.size());
            StudyBlock block;
            block.start = start;
            block.end = start.addSecs((45 + (n % 4) * 15) * 60);
            block.stageKey = QStringLiteral("stage-%1").arg(n % 6);
            block.itemKey = n % 5 == 4 ? QString() : QStringLiteral("item-%1").arg(n % 10);
            block.id = StudyBlock::makeId(block.start, block.stageKey);
            block.pinned = n % 7 == 0;
            block.status = day < 2   ? (n % 6 == 0 ? StudyBlock::Status::Missed : StudyBlock::Status::Done)
                           : day < 3 ? (n % 3 == 0 ? StudyBlock::Status::Skipped : StudyBlock::Status::Planned)
                                     : StudyBlock::Status::Planned;
            blocks.append(block);
            start = block.end.addSecs(15 * 60);
        }
    }
    // 20 busy intervals, about three a day, some under blocks' free time and some at night.
    QList<BusyInterval> busy;
    QStringList summaries;
    for (int i = 0; i < 20; ++i) {
        const QDateTime start(monday.addDays(i % 7), QTime(8 + (i * 5) % 14, 30), zone);
        busy.append({start, start.addSecs((30 + (i % 3) * 30) * 60)});
        summaries.append(QStringLiteral("Meeting %1").arg(i + 1));
    }

    WeekWidget week;
    week.resize(width, height);
    week.setZone(zone);
    week.setFirstDay(monday);
    week.setNow(QDateTime(monday.addDays(2), QTime(14, 20), zone));
    week.setAvailability(availability);
    week.setBusy(busy, summaries);
    week.setItemTitles(items);
    week.setBlocks(blocks);
    week.show();
    week.selectBlock(blocks.at(22).id);
    week.scrollToTime(QTime(7, 0));
    QApplication::processEvents();

    for (const bool dark : {false, true}) {
        const QPalette palette = dark ? darkPalette() : QApplication::palette();
        week.setPalette(palette);
        for (auto it = styles.begin(); it != styles.end(); ++it)
            it->color = StageColors::color(int(it.key().mid(6).toInt()), palette);
        week.setStageStyles(styles);
        QApplication::processEvents();
        const Frame frame = measure(week);
        out << QStringLiteral(
                   "week view repaint (60 blocks, 20 busy, %1 palette): median %2 ms, max %3 ms (goal < 8 ms)")
                   .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                   .arg(frame.median, 0, 'f', 2)
                   .arg(frame.max, 0, 'f', 2)
            << Qt::endl;
        if (!screenshot.isEmpty())
            week.grab().save(screenshot + (dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png")));
    }

    // In the middle of a drag: Tuesday's first block held over Friday's busy time (refused).
    week.setPalette(QApplication::palette());
    for (auto it = styles.begin(); it != styles.end(); ++it)
        it->color = StageColors::color(int(it.key().mid(6).toInt()), QApplication::palette());
    week.setStageStyles(styles);
    const StudyBlock &held = blocks.at(9);
    const QPoint from = week.blockRect(held.id).center();
    const QPoint to = from + week.pointFor(busy.at(4).start) - week.pointFor(held.start);
    QWidget *viewport = week.viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, to, Qt::LeftButton);
    const Frame frame = measure(week);
    out << QStringLiteral("week view repaint while dragging: median %1 ms, max %2 ms (goal < 8 ms)")
               .arg(frame.median, 0, 'f', 2)
               .arg(frame.max, 0, 'f', 2)
        << Qt::endl;
    if (!screenshot.isEmpty())
        week.grab().save(screenshot + QStringLiteral("-drag.png"));
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::NoButton);
    return 0;
}
