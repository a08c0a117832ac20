// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/weekprint.h"

#include "common/stagecolors.h"
#include "roadmap/roadmap.h"
#include "week/weekdocument.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPalette>

#include <cmath>
#include <vector>

namespace {

const QColor Text(0x1a, 0x1a, 0x1a);
const QColor Grey(0x60, 0x60, 0x60);
const QColor Rule(0xb0, 0xb0, 0xb0);
const QColor BusyFill(0xee, 0xee, 0xee);
const QColor BusyHatch(0xc4, 0xc4, 0xc4);
const QColor FreeFill(0xf1, 0xf7, 0xf1);

QColor stageColor(int index)
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    return StageColors::color(index, palette);
}

QColor tint(const QColor &color, double amount)
{
    return QColor::fromRgbF(float(1 - amount + color.redF() * amount), float(1 - amount + color.greenF() * amount),
                            float(1 - amount + color.blueF() * amount));
}

int minuteOfDay(const QTime &time)
{
    return (time.msecsSinceStartOfDay() + 59999) / 60000;
}

// The grid's vertical scale: minutes of the day to y, hour by hour, each hour with its own height.
class TimeAxis
{
public:
    TimeAxis(int firstHour, int lastHour, const std::vector<double> &weights, double top, double height)
        : m_firstHour(firstHour), m_lastHour(lastHour), m_top(top)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        m_starts.push_back(top);
        for (double w : weights)
            m_starts.push_back(m_starts.back() + height * w / total);
    }
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }
    double y(int minute) const
    {
        const int clamped = std::clamp(minute, m_firstHour * 60, m_lastHour * 60);
        const int hour = std::min(clamped / 60, m_lastHour - 1) - m_firstHour;
        const double fraction = (clamped - (hour + m_firstHour) * 60) / 60.0;
        return m_starts[size_t(hour)] + fraction * (m_starts[size_t(hour) + 1] - m_starts[size_t(hour)]);
    }

private:
    int m_firstHour;
    int m_lastHour;
    double m_top;
    std::vector<double> m_starts;
};

} // namespace

WeekPrint::Data WeekPrint::gather(const WeekDocument &document, const Roadmap &roadmap)
{
    Data data;
    data.roadmapTitle = roadmap.title;
    data.firstDay = document.firstDay();
    data.weekNumber = document.monday().weekNumber();
    data.zone = document.zone();
    data.blocks = document.blocks();
    data.busy = document.busy();
    data.availability = document.week().availability;
    data.budgetHours = document.week().budgetHours;
    data.plannedHours = document.week().plannedHours;
    for (int i = 0; i < roadmap.stages.size(); ++i) {
        const Stage &stage = roadmap.stages[i];
        data.stageTitles.insert(stage.key, stage.title);
        data.stageIndexes.insert(stage.key, i);
        for (const Section &section : stage.sections) {
            for (const Item &item : section.items)
                data.itemTitles.insert(item.key, item.title);
        }
    }
    return data;
}

PrintDocument WeekPrint::layout(const Data &data, const PageSetup &setup)
{
    PrintDocument document;
    const QSizeF area = setup.area();
    document.area = area;
    document.title = tr("Week %1").arg(data.weekNumber);
    PrintPage page;
    QList<PrintItem> &items = page.items;
    const QLocale locale;
    const QDate lastDay = data.firstDay.addDays(6);

    const QFont titleFont = setup.font(14, true);
    const QFont normalFont = setup.font(9);
    const QFont headFont = setup.font(8, true);
    const QFont smallFont = setup.font(7);
    const QFont tinyFont = setup.font(6);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF normalMetrics(normalFont);
    const QFontMetricsF headMetrics(headFont);
    const QFontMetricsF smallMetrics(smallFont);
    const QFontMetricsF tinyMetrics(tinyFont);
    const double titleLine = PrintLayout::lineHeight(titleFont);
    const double normalLine = PrintLayout::lineHeight(normalFont);
    const double headLine = PrintLayout::lineHeight(headFont);
    const double smallLine = PrintLayout::lineHeight(smallFont);
    const double tinyLine = PrintLayout::lineHeight(tinyFont);
    const QPen rule(Rule, setup.mm(0.2));
    const QPen ink(Text, setup.mm(0.25));

    // The header: title and roadmap, then the week's figures.
    double y = 0;
    const QString title =
        tr("Week %1: %2 – %3").arg(data.weekNumber).arg(PrintLayout::date(data.firstDay), PrintLayout::date(lastDay));
    items.append(PrintLayout::text(QRectF(0, y, area.width(), titleLine),
                                   PrintLayout::elide(title, titleMetrics, area.width()), titleFont, Text));
    y += titleLine + setup.mm(1);
    QString figures = tr("Budget this week: %1 h · in study blocks: %2 h")
                          .arg(PrintLayout::hours(data.budgetHours), PrintLayout::hours(data.plannedHours));
    figures += QStringLiteral(" · ");
    figures += data.availability
                   ? tr("availability: %1 h a week").arg(PrintLayout::hours(data.availability->weeklyHours()))
                   : tr("no availability given");
    const double figuresWidth = std::min(area.width(), normalMetrics.horizontalAdvance(figures) + 1);
    items.append(PrintLayout::text(QRectF(0, y, figuresWidth, normalLine),
                                   PrintLayout::elide(figures, normalMetrics, figuresWidth), normalFont, Text));
    // The roadmap at the right of the figures, or under them when they leave no room.
    const double roadmapWidth = std::min(normalMetrics.horizontalAdvance(data.roadmapTitle) + 1, area.width());
    if (figuresWidth + setup.mm(5) + roadmapWidth > area.width())
        y += normalLine;
    items.append(PrintLayout::text(QRectF(area.width() - roadmapWidth, y, roadmapWidth, normalLine),
                                   PrintLayout::elide(data.roadmapTitle, normalMetrics, roadmapWidth), normalFont, Grey,
                                   Qt::AlignRight | Qt::AlignVCenter));
    y += normalLine + setup.mm(3);

    // The legend at the bottom: what to fill in.
    const double legendTop = area.height() - smallLine;
    {
        double x = 0;
        const double box = smallLine * 0.75;
        items.append(PrintLayout::checkBox(QRectF(x, legendTop + (smallLine - box) / 2, box, box), false, ink));
        x += box + setup.mm(1.5);
        const QString tick = tr("tick a block when you have studied it");
        const double tickWidth = smallMetrics.horizontalAdvance(tick) + 1;
        items.append(PrintLayout::text(QRectF(x, legendTop, tickWidth, smallLine), tick, smallFont, Grey));
        x += tickWidth + setup.mm(6);
        items.append(PrintLayout::rect(QRectF(x, legendTop + smallLine * 0.1, setup.mm(8), smallLine * 0.8), ink));
        x += setup.mm(9.5);
        const QString minutes = tr("write in the minutes you actually studied");
        const double minutesWidth = std::min(smallMetrics.horizontalAdvance(minutes) + 1, area.width() - x);
        items.append(PrintLayout::text(QRectF(x, legendTop, minutesWidth, smallLine),
                                       PrintLayout::elide(minutes, smallMetrics, minutesWidth), smallFont, Grey));
        x += minutesWidth + setup.mm(6);
        items.append(PrintLayout::rect(QRectF(x, legendTop + smallLine * 0.15, setup.mm(6), smallLine * 0.7),
                                       QPen(Qt::NoPen), BusyFill));
        for (const PrintItem &line :
             PrintLayout::hatch(QRectF(x, legendTop + smallLine * 0.15, setup.mm(6), smallLine * 0.7), setup.mm(1.2),
                                QPen(BusyHatch, setup.mm(0.15))))
            items.append(line);
        x += setup.mm(7.5);
        const QString busy = tr("busy");
        const double busyWidth = std::max(0.0, std::min(smallMetrics.horizontalAdvance(busy) + 1, area.width() - x));
        if (busyWidth > 0)
            items.append(PrintLayout::text(QRectF(x, legendTop, busyWidth, smallLine),
                                           PrintLayout::elide(busy, smallMetrics, busyWidth), smallFont, Grey));
    }

    // The grid.
    const double axisWidth =
        smallMetrics.horizontalAdvance(locale.toString(QTime(23, 0), QLocale::ShortFormat)) + setup.mm(2);
    const double columnWidth = (area.width() - axisWidth) / 7;
    const double headerTop = y;
    const double headerHeight = 2 * headLine + setup.mm(1.5);
    const double bodyTop = headerTop + headerHeight;
    const double bodyBottom = legendTop - setup.mm(3);
    const auto columnLeft = [&](int day) { return axisWidth + day * columnWidth; };

    struct Placed {
        const StudyBlock *block;
        int day;
        int startMinute;
        int endMinute;
    };
    std::vector<Placed> placed;
    for (const StudyBlock &block : data.blocks) {
        const QDateTime start = block.start.toTimeZone(data.zone);
        const QDateTime end = block.end.toTimeZone(data.zone);
        const int day = int(data.firstDay.daysTo(start.date()));
        if (day < 0 || day > 6)
            continue;
        const int endMinute = end.date() > start.date() ? 24 * 60 : minuteOfDay(end.time());
        placed.push_back({&block, day, start.time().msecsSinceStartOfDay() / 60000, endMinute});
    }

    // The hours shown: those of the blocks and of the availability windows.
    int firstMinute = 24 * 60;
    int lastMinute = 0;
    for (const Placed &p : placed) {
        firstMinute = std::min(firstMinute, p.startMinute);
        lastMinute = std::max(lastMinute, p.endMinute);
    }
    if (data.availability) {
        for (int day = 0; day < 7; ++day) {
            for (const TimeWindow &window : data.availability->windowsOn(data.firstDay.addDays(day))) {
                firstMinute = std::min(firstMinute, minuteOfDay(window.start));
                lastMinute = std::max(lastMinute, minuteOfDay(window.end));
            }
        }
    }
    int firstHour = firstMinute < lastMinute ? firstMinute / 60 : 8;
    int lastHour = firstMinute < lastMinute ? (lastMinute + 59) / 60 : 20;
    while (lastHour - firstHour < 4) {
        if (lastHour < 24)
            ++lastHour;
        else
            --firstHour;
    }
    std::vector<double> weights(size_t(lastHour - firstHour), placed.empty() ? 1.0 : 0.35);
    for (const Placed &p : placed) {
        for (int hour = std::max(firstHour, p.startMinute / 60); hour < std::min(lastHour, (p.endMinute + 59) / 60);
             ++hour)
            weights[size_t(hour - firstHour)] = 1.0;
    }
    const TimeAxis axis(firstHour, lastHour, weights, bodyTop, bodyBottom - bodyTop);

    // Availability, lightly: the time the blocks may take.
    if (data.availability) {
        for (int day = 0; day < 7; ++day) {
            for (const TimeWindow &window : data.availability->windowsOn(data.firstDay.addDays(day))) {
                const double top = axis.y(minuteOfDay(window.start));
                const double bottom = axis.y(minuteOfDay(window.end));
                if (bottom > top)
                    items.append(PrintLayout::rect(QRectF(columnLeft(day), top, columnWidth, bottom - top),
                                                   QPen(Qt::NoPen), FreeFill));
            }
        }
    }

    // Hour lines and their times.
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        const double lineY = axis.y(hour * 60);
        items.append(PrintLayout::line(QLineF(axisWidth, lineY, area.width(), lineY), rule));
        if (hour < lastHour && axis.y((hour + 1) * 60) - lineY >= smallLine) {
            items.append(PrintLayout::text(QRectF(0, lineY, axisWidth - setup.mm(1), smallLine),
                                           locale.toString(QTime(hour, 0), QLocale::ShortFormat), smallFont, Grey,
                                           Qt::AlignRight | Qt::AlignVCenter));
        }
    }

    // Busy time, hatched, with its summary where it has room.
    const QPen hatchPen(BusyHatch, setup.mm(0.15));
    for (const BusyEvent &event : data.busy) {
        for (int day = 0; day < 7; ++day) {
            const QDate date = data.firstDay.addDays(day);
            const QDateTime dayStart(date, QTime(0, 0), data.zone);
            const QDateTime dayEnd(date.addDays(1), QTime(0, 0), data.zone);
            if (event.end <= dayStart || event.start >= dayEnd)
                continue;
            const int from = event.allDay || event.start <= dayStart
                                 ? 0
                                 : event.start.toTimeZone(data.zone).time().msecsSinceStartOfDay() / 60000;
            const int to =
                event.allDay || event.end >= dayEnd ? 24 * 60 : minuteOfDay(event.end.toTimeZone(data.zone).time());
            const double top = axis.y(from);
            const double bottom = axis.y(to);
            if (bottom - top < 1)
                continue;
            const QRectF box(columnLeft(day) + setup.mm(0.3), top, columnWidth - setup.mm(0.6), bottom - top);
            items.append(PrintLayout::rect(box, QPen(Qt::NoPen), BusyFill));
            items.append(PrintLayout::hatch(box, setup.mm(1.8), hatchPen));
            if (box.height() >= tinyLine && !event.summary.isEmpty()) {
                const double width = box.width() - setup.mm(1);
                const QString label = PrintLayout::elide(event.summary, tinyMetrics, width);
                const double labelWidth = std::min(width, tinyMetrics.horizontalAdvance(label) + 1);
                items.append(
                    PrintLayout::rect(QRectF(box.left() + setup.mm(0.3), top, labelWidth + setup.mm(0.4), tinyLine),
                                      QPen(Qt::NoPen), BusyFill));
                items.append(PrintLayout::text(QRectF(box.left() + setup.mm(0.5), top, labelWidth, tinyLine), label,
                                               tinyFont, Grey));
            }
        }
    }

    // Day columns and their titles.
    for (int day = 0; day < 7; ++day) {
        const QDate date = data.firstDay.addDays(day);
        const double left = columnLeft(day);
        items.append(PrintLayout::line(QLineF(left, headerTop, left, bodyBottom), rule));
        const double width = columnWidth - setup.mm(1);
        items.append(PrintLayout::text(QRectF(left + setup.mm(0.5), headerTop, width, headLine),
                                       PrintLayout::elide(locale.dayName(date.dayOfWeek()), headMetrics, width),
                                       headFont, Text, Qt::AlignHCenter | Qt::AlignVCenter));
        items.append(PrintLayout::text(
            QRectF(left + setup.mm(0.5), headerTop + headLine, width, headLine),
            PrintLayout::elide(locale.toString(date, tr("d MMMM", "date format of a printed week's day")), headMetrics,
                               width),
            headFont, Grey, Qt::AlignHCenter | Qt::AlignVCenter));
    }
    items.append(PrintLayout::line(QLineF(area.width(), headerTop, area.width(), bodyBottom), rule));
    items.append(PrintLayout::line(QLineF(axisWidth, headerTop, area.width(), headerTop), rule));

    // The blocks.
    const double pad = setup.mm(0.8);
    const double checkSize = smallLine * 0.8;
    const double minutesBox = setup.mm(7);
    const QString minutesLabel = tr("min", "minutes, after the box to write them in");
    const double minutesLabelWidth = tinyMetrics.horizontalAdvance(minutesLabel) + 1;
    for (const Placed &p : placed) {
        const StudyBlock &block = *p.block;
        const QColor color = stageColor(data.stageIndexes.value(block.stageKey));
        const double top = axis.y(p.startMinute);
        const double bottom = axis.y(p.endMinute);
        const QRectF box(columnLeft(p.day) + setup.mm(0.6), top + setup.mm(0.2), columnWidth - setup.mm(1.2),
                         std::max(bottom - top - setup.mm(0.4), smallLine));
        const bool skipped = block.status == StudyBlock::Status::Skipped || block.status == StudyBlock::Status::Missed;
        QPen outline(skipped ? Grey : color, setup.mm(0.3));
        if (skipped)
            outline.setStyle(Qt::DashLine);
        items.append(PrintLayout::rect(box, outline, tint(color, skipped ? 0.05 : 0.14)));
        items.append(
            PrintLayout::rect(QRectF(box.left(), box.top(), setup.mm(1), box.height()), QPen(Qt::NoPen), color));

        const double left = box.left() + setup.mm(1) + pad;
        const double width = box.right() - pad - left;
        const int lines = std::max(1, int((box.height() - 2 * pad) / smallLine));
        const double lineTop = lines == 1 ? box.top() + (box.height() - smallLine) / 2 : box.top() + pad;

        // First line: the box to tick and the time; the box for the minutes on the stage's line (the
        // first one in a block of one line).
        items.append(PrintLayout::checkBox(QRectF(left, lineTop + (smallLine - checkSize) / 2, checkSize, checkSize),
                                           block.status == StudyBlock::Status::Done, ink));
        const double minutesWidth = minutesBox + setup.mm(0.5) + minutesLabelWidth;
        const auto minutesAt = [&](double lineY) {
            const double boxLeft = box.right() - pad - minutesWidth;
            items.append(PrintLayout::rect(QRectF(boxLeft, lineY + smallLine * 0.05, minutesBox, smallLine * 0.9), ink,
                                           Qt::white));
            items.append(
                PrintLayout::text(QRectF(box.right() - pad - minutesLabelWidth, lineY, minutesLabelWidth, smallLine),
                                  minutesLabel, tinyFont, Grey, Qt::AlignRight | Qt::AlignVCenter));
        };
        const QDateTime start = block.start.toTimeZone(data.zone);
        const QDateTime end = block.end.toTimeZone(data.zone);
        QString time = tr("%1–%2", "a block's start and end time")
                           .arg(locale.toString(start.time(), QLocale::ShortFormat),
                                locale.toString(end.time(), QLocale::ShortFormat));
        if (block.status == StudyBlock::Status::Skipped)
            time = tr("%1 (skipped)").arg(time);
        else if (block.status == StudyBlock::Status::Missed)
            time = tr("%1 (missed)").arg(time);
        const double timeLeft = left + checkSize + setup.mm(1);
        const double lineWidth = box.right() - pad - timeLeft;
        // The box for the minutes goes on the first line where the time leaves room for it (always in a
        // block of one line), else on the stage's line.
        const bool minutesFirst =
            lines == 1 || smallMetrics.horizontalAdvance(time) + setup.mm(0.8) + minutesWidth <= lineWidth;
        const double timeWidth = lineWidth - (minutesFirst ? minutesWidth + setup.mm(0.8) : 0);
        if (timeWidth > 0)
            items.append(PrintLayout::text(QRectF(timeLeft, lineTop, timeWidth, smallLine),
                                           PrintLayout::elide(time, smallMetrics, timeWidth), smallFont, Text));
        if (minutesFirst)
            minutesAt(lineTop);
        if (lines == 1)
            continue;

        // Then the item and the stage, as far as the block has room.
        const QString stage = data.stageTitles.value(block.stageKey, block.stageKey);
        const QString item = data.itemTitles.value(block.itemKey);
        QStringList itemLines;
        if (lines > 2 && !item.isEmpty()) {
            itemLines = PrintLayout::wrap(item, smallFont, width);
            if (itemLines.size() > lines - 2) {
                itemLines = itemLines.mid(0, lines - 2);
                itemLines.last() += QStringLiteral("…");
            }
        }
        double lineY = lineTop + smallLine;
        for (const QString &line : std::as_const(itemLines)) {
            items.append(PrintLayout::text(QRectF(left, lineY, width, smallLine),
                                           PrintLayout::elide(line, smallMetrics, width), smallFont, Text));
            lineY += smallLine;
        }
        const QString last =
            lines == 2 && !item.isEmpty() ? tr("%1 · %2", "stage · item in a short block").arg(stage, item) : stage;
        const double lastWidth = width - (minutesFirst ? 0 : minutesWidth + setup.mm(0.8));
        if (lastWidth > 0)
            items.append(PrintLayout::text(QRectF(left, lineY, lastWidth, smallLine),
                                           PrintLayout::elide(last, smallMetrics, lastWidth), smallFont,
                                           lines == 2 ? Text : Grey));
        if (!minutesFirst)
            minutesAt(lineY);
    }

    if (placed.empty()) {
        const QString none = tr("No study blocks in this week.");
        items.append(PrintLayout::text(
            QRectF(axisWidth, (bodyTop + bodyBottom - normalLine) / 2, area.width() - axisWidth, normalLine),
            PrintLayout::elide(none, normalMetrics, area.width() - axisWidth), normalFont, Grey,
            Qt::AlignHCenter | Qt::AlignVCenter));
    }

    document.pages.append(page);
    return document;
}
