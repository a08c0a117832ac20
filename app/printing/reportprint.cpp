// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/reportprint.h"

#include "roadmap/roadmapdocument.h"
#include "schedule/weekplanner.h"
#include "session.h"
#include "storage/entryrepository.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <cmath>

namespace {

const QColor Text(0x1a, 0x1a, 0x1a);
const QColor Grey(0x60, 0x60, 0x60);
const QColor Rule(0xc8, 0xc8, 0xc8);
const QColor Bar(0x00, 0x72, 0xb2);
const QColor Shade(0xf3, 0xf3, 0xf3);
constexpr int MaxNoteLines = 12; // a longer note is cut, so that a row always fits on a page

QDateTime localStart(const TimeEntry &entry)
{
    return entry.start.toOffsetFromUtc(entry.offsetMinutes * 60);
}

// A round step for an axis from 0 to `maximum` with at most about five ticks.
double niceStep(double maximum)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

struct Column {
    double left;
    double width;
    Qt::Alignment alignment;
};

} // namespace

QDate ReportPrint::dayOf(const TimeEntry &entry)
{
    return localStart(entry).date();
}

std::optional<ReportPrint::Data> ReportPrint::gather(const Session &session, const QDate &from, const QDate &to,
                                                     QString *error)
{
    Data data;
    const Roadmap &roadmap = session.document().roadmap();
    data.roadmapTitle = roadmap.title;
    data.from = from;
    data.to = to;
    data.today = session.clock().now().toTimeZone(session.timeZone()).date();
    for (const Stage &stage : roadmap.stages) {
        data.stageKeys.append(stage.key);
        data.stageTitles.insert(stage.key, stage.title);
        for (const Section &section : stage.sections) {
            for (const Item &item : section.items)
                data.itemTitles.insert(item.key, item.title);
        }
    }
    // A day wider on both sides: entries belong to their own local day, whatever the zone now.
    EntryRepository::Filter filter;
    filter.from = QDateTime(from.addDays(-1), QTime(0, 0), session.timeZone());
    filter.to = QDateTime(to.addDays(2), QTime(0, 0), session.timeZone());
    const int roadmapId = session.document().roadmapId();
    const std::optional<int> count = session.entries().count(roadmapId, filter, error);
    if (!count)
        return std::nullopt;
    const std::optional<QList<TimeEntry>> entries =
        session.entries().entries(roadmapId, filter, 0, *count, EntryRepository::Order::Ascending, error);
    if (!entries)
        return std::nullopt;
    for (const TimeEntry &entry : *entries) {
        const QDate day = dayOf(entry);
        if (!entry.isOpen() && day >= from && day <= to)
            data.entries.append(entry);
    }
    return data;
}

PrintDocument ReportPrint::layout(const Data &data, const PageSetup &setup)
{
    PrintDocument document;
    const QSizeF area = setup.area();
    document.area = area;
    document.title = tr("Study report: %1 to %2").arg(PrintLayout::date(data.from), PrintLayout::date(data.to));
    const double width = area.width();
    const QLocale locale;
    PrintFlow flow(PrintLayout::headerHeight(setup), area.height() - PrintLayout::footerHeight(setup));

    const QFont titleFont = setup.font(16, true);
    const QFont subtitleFont = setup.font(11);
    const QFont headingFont = setup.font(12, true);
    const QFont bodyFont = setup.font(9);
    const QFont tableFont = setup.font(8);
    const QFont tableBold = setup.font(8, true);
    const QFontMetricsF tableMetrics(tableFont);
    const QFontMetricsF boldMetrics(tableBold);
    const double tableLine = PrintLayout::lineHeight(tableFont);
    const double rowHeight = tableLine + setup.mm(0.8);
    const QPen rule(Rule, setup.mm(0.15));
    const double cellPad = setup.mm(1);

    // The totals.
    QHash<QString, double> stageHours;
    QHash<QString, int> stageEntries;
    QMap<QDate, double> weekHours; // by Monday
    QSet<QDate> days;
    double totalHours = 0;
    for (const TimeEntry &entry : data.entries) {
        const double hours = entry.seconds() / 3600.0;
        const QDate day = dayOf(entry);
        stageHours[entry.stageKey] += hours;
        ++stageEntries[entry.stageKey];
        weekHours[WeekPlanner::mondayOf(day)] += hours;
        days.insert(day);
        totalHours += hours;
    }
    const QDate firstMonday = WeekPlanner::mondayOf(data.from);
    const QDate lastMonday = WeekPlanner::mondayOf(data.to);
    for (QDate monday = firstMonday; monday <= lastMonday; monday = monday.addDays(7))
        weekHours.insert(monday, weekHours.value(monday));
    const int weeks = int(weekHours.size());

    const auto heading = [&](const QString &text) {
        flow.skip(setup.mm(5));
        QList<PrintBlock> lines = PrintLayout::paragraph(text, headingFont, Text, 0, width);
        for (PrintBlock &line : lines)
            line.keepWithNext = true;
        if (!lines.isEmpty())
            lines.last().height += setup.mm(1.5);
        for (const PrintBlock &line : std::as_const(lines))
            flow.add(line);
    };
    // One table row: cells elided to their column, or (the last column with `wrapLast`) wrapped.
    // Cells repeat (dates, stages, items): each text is fitted to a column once.
    QHash<std::pair<int, QString>, QString> fitted;
    const auto fit = [&](const QString &text, const QFontMetricsF &metrics, double cellWidth, bool bold) {
        const std::pair<int, QString> key(int(cellWidth) * 2 + int(bold), text);
        auto it = fitted.constFind(key);
        if (it == fitted.cend())
            it = fitted.insert(key, PrintLayout::elide(text, metrics, cellWidth));
        return *it;
    };
    const auto row = [&](const QList<Column> &columns, const QStringList &cells, bool bold, bool wrapLast,
                         bool shaded) {
        const QFont &font = bold ? tableBold : tableFont;
        const QFontMetricsF &metrics = bold ? boldMetrics : tableMetrics;
        QStringList lastLines;
        const Column &lastColumn = columns.last();
        const double lastWidth = lastColumn.width - 2 * cellPad;
        if (wrapLast && metrics.horizontalAdvance(cells.last()) > lastWidth)
            lastLines = PrintLayout::wrap(cells.last(), font, lastWidth);
        else
            lastLines = QStringList{cells.last()};
        if (lastLines.size() > MaxNoteLines) {
            lastLines = lastLines.mid(0, MaxNoteLines);
            lastLines.last() += QStringLiteral("…");
        }
        PrintBlock block;
        block.height = rowHeight + (lastLines.size() - 1) * tableLine;
        if (shaded)
            block.items.append(PrintLayout::rect(QRectF(0, 0, width, block.height), QPen(Qt::NoPen), Shade));
        for (int i = 0; i < columns.size(); ++i) {
            const Column &column = columns[i];
            const double cellWidth = column.width - 2 * cellPad;
            if (i == columns.size() - 1) {
                for (int l = 0; l < lastLines.size(); ++l) {
                    if (!lastLines[l].isEmpty())
                        block.items.append(PrintLayout::text(
                            QRectF(column.left + cellPad, setup.mm(0.4) + l * tableLine, cellWidth, tableLine),
                            fit(lastLines[l], metrics, cellWidth, bold), font, Text,
                            column.alignment | Qt::AlignVCenter));
                }
            } else if (!cells[i].isEmpty()) {
                block.items.append(PrintLayout::text(QRectF(column.left + cellPad, setup.mm(0.4), cellWidth, tableLine),
                                                     fit(cells[i], metrics, cellWidth, bold), font, Text,
                                                     column.alignment | Qt::AlignVCenter));
            }
        }
        if (bold)
            block.items.append(
                PrintLayout::line(QLineF(0, block.height, width, block.height), QPen(Grey, setup.mm(0.25))));
        else
            block.items.append(PrintLayout::line(QLineF(0, block.height, width, block.height), rule));
        return block;
    };
    const auto columns = [&](const QList<std::pair<double, Qt::Alignment>> &shares) {
        QList<Column> result;
        double left = 0;
        for (const auto &[share, alignment] : shares) {
            result.append({left, width * share, alignment});
            left += width * share;
        }
        return result;
    };

    // The title and the totals.
    {
        QList<PrintBlock> blocks = PrintLayout::paragraph(tr("Study report"), titleFont, Text, 0, width);
        blocks += PrintLayout::paragraph(
            tr("%1 to %2 · %3").arg(PrintLayout::date(data.from), PrintLayout::date(data.to), data.roadmapTitle),
            subtitleFont, Grey, 0, width);
        PrintBlock gap;
        gap.height = setup.mm(2);
        blocks.append(gap);
        QString summary;
        if (data.entries.isEmpty()) {
            summary = tr("No study time was logged in these days.");
        } else {
            summary = tr("%1 h in %n entry(s)", nullptr, int(data.entries.size())).arg(PrintLayout::hours(totalHours));
            summary += QStringLiteral(", ");
            summary += tr("on %n day(s)", nullptr, int(days.size()));
            summary += QStringLiteral("; ");
            summary += tr("%1 h a week on average over %n week(s).", nullptr, weeks)
                           .arg(PrintLayout::hours(totalHours / std::max(1, weeks)));
        }
        blocks += PrintLayout::paragraph(summary, bodyFont, Text, 0, width);
        for (const PrintBlock &block : std::as_const(blocks))
            flow.add(block);
    }

    // Hours per stage.
    {
        heading(tr("Hours per stage"));
        const QList<Column> stageColumns =
            columns({{0.55, Qt::AlignLeft}, {0.15, Qt::AlignRight}, {0.15, Qt::AlignRight}, {0.15, Qt::AlignRight}});
        flow.add(row(stageColumns, {tr("Stage"), tr("Hours"), tr("Entries"), tr("Share")}, true, false, false));
        QStringList keys = data.stageKeys;
        for (auto it = stageHours.cbegin(); it != stageHours.cend(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key()); // a stage the roadmap no longer has
        }
        for (const QString &key : std::as_const(keys)) {
            if (!stageEntries.contains(key))
                continue;
            const double hours = stageHours.value(key);
            const QString share =
                totalHours > 0 ? locale.toString(100 * hours / totalHours, 'f', 0) + locale.percent() : QString();
            flow.add(row(stageColumns,
                         {data.stageTitles.value(key, key), PrintLayout::hours(hours),
                          locale.toString(stageEntries.value(key)), share},
                         false, false, false));
        }
        flow.add(row(stageColumns,
                     {tr("Total"), PrintLayout::hours(totalHours), locale.toString(data.entries.size()),
                      totalHours > 0 ? locale.toString(100) + locale.percent() : QString()},
                     true, false, false));
    }

    // The chart: bars of the hours per week, or per month over more than a year.
    {
        const bool monthly = weeks > 60;
        heading(monthly ? tr("Hours per month") : tr("Hours per week"));
        QList<std::pair<QDate, double>> bars;
        if (monthly) {
            QMap<QDate, double> months;
            for (QDate month(data.from.year(), data.from.month(), 1); month <= data.to; month = month.addMonths(1))
                months.insert(month, 0);
            for (const TimeEntry &entry : data.entries) {
                const QDate day = dayOf(entry);
                months[QDate(day.year(), day.month(), 1)] += entry.seconds() / 3600.0;
            }
            for (auto it = months.cbegin(); it != months.cend(); ++it)
                bars.append({it.key(), it.value()});
        } else {
            for (auto it = weekHours.cbegin(); it != weekHours.cend(); ++it)
                bars.append({it.key(), it.value()});
        }
        double maximum = 0;
        for (const auto &bar : bars)
            maximum = std::max(maximum, bar.second);
        const double step = niceStep(maximum);
        const double top = std::max(step, std::ceil(maximum / step) * step);

        const QFont axisFont = setup.font(7);
        const QFontMetricsF axisMetrics(axisFont);
        const double axisLine = PrintLayout::lineHeight(axisFont);
        PrintBlock chart;
        chart.height = std::min(setup.mm(60), flow.capacity() / 2);
        const double plotTop = axisLine / 2;
        const double plotBottom = chart.height - axisLine - setup.mm(1);
        const double axisWidth = axisMetrics.horizontalAdvance(PrintLayout::hours(top)) + setup.mm(2);
        const double plotLeft = axisWidth;
        const double plotWidth = width - plotLeft;
        const auto yFor = [&](double hours) { return plotBottom - (plotBottom - plotTop) * hours / top; };
        for (double tick = 0; tick <= top + 1e-9; tick += step) {
            const double y = yFor(tick);
            chart.items.append(PrintLayout::line(QLineF(plotLeft, y, width, y), rule));
            chart.items.append(PrintLayout::text(QRectF(0, y - axisLine / 2, axisWidth - setup.mm(1), axisLine),
                                                 PrintLayout::hours(tick), axisFont, Grey,
                                                 Qt::AlignRight | Qt::AlignVCenter));
        }
        const double slot = plotWidth / std::max<qsizetype>(1, bars.size());
        const QString format = monthly ? tr("MMM yyyy", "month under a bar of the printed report")
                                       : tr("d MMM", "week under a bar of the printed report");
        double labelWidth = 0;
        for (const auto &bar : bars)
            labelWidth = std::max(labelWidth, axisMetrics.horizontalAdvance(locale.toString(bar.first, format)));
        labelWidth += setup.mm(1.5);
        const int every = std::max(1, int(std::ceil(labelWidth / slot)));
        for (int i = 0; i < bars.size(); ++i) {
            const double x = plotLeft + i * slot;
            const double y = yFor(bars[i].second);
            if (bars[i].second > 0)
                chart.items.append(
                    PrintLayout::rect(QRectF(x + slot * 0.15, y, slot * 0.7, plotBottom - y), QPen(Qt::NoPen), Bar));
            if (i % every == 0 && x + labelWidth <= width + 0.5) {
                chart.items.append(PrintLayout::text(QRectF(x, plotBottom + setup.mm(1), labelWidth, axisLine),
                                                     locale.toString(bars[i].first, format), axisFont, Grey));
            }
        }
        chart.items.append(
            PrintLayout::line(QLineF(plotLeft, plotBottom, width, plotBottom), QPen(Grey, setup.mm(0.25))));
        flow.add(chart);

        // The weekly totals.
        flow.skip(setup.mm(3));
        const QList<Column> weekColumns = columns({{0.6, Qt::AlignLeft}, {0.2, Qt::AlignRight}, {0.2, Qt::AlignRight}});
        const PrintBlock header = row(weekColumns, {tr("Week"), tr("Hours"), tr("Days studied")}, true, false, false);
        QHash<QDate, QSet<QDate>> weekDays;
        for (const TimeEntry &entry : data.entries) {
            const QDate day = dayOf(entry);
            weekDays[WeekPlanner::mondayOf(day)].insert(day);
        }
        flow.add(header);
        flow.setRepeatedHeader(header);
        for (auto it = weekHours.cbegin(); it != weekHours.cend(); ++it) {
            const QString week = tr("%1 to %2 (week %3)")
                                     .arg(PrintLayout::shortDate(it.key()), PrintLayout::shortDate(it.key().addDays(6)))
                                     .arg(it.key().weekNumber());
            flow.add(row(weekColumns,
                         {week, PrintLayout::hours(it.value()), locale.toString(weekDays.value(it.key()).size())},
                         false, false, false));
        }
        flow.setRepeatedHeader(std::nullopt);
    }

    // The entries.
    if (!data.entries.isEmpty()) {
        heading(tr("Entries"));
        const QList<Column> entryColumns = columns({{0.13, Qt::AlignLeft},
                                                    {0.14, Qt::AlignLeft},
                                                    {0.09, Qt::AlignRight},
                                                    {0.18, Qt::AlignLeft},
                                                    {0.22, Qt::AlignLeft},
                                                    {0.24, Qt::AlignLeft}});
        const PrintBlock header =
            row(entryColumns, {tr("Date"), tr("Time"), tr("Minutes"), tr("Stage"), tr("Item"), tr("Note")}, true, false,
                false);
        flow.add(header);
        flow.setRepeatedHeader(header);
        const QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
        for (int i = 0; i < data.entries.size(); ++i) {
            const TimeEntry &entry = data.entries[i];
            const QDateTime start = localStart(entry);
            const QDateTime end = entry.end->toOffsetFromUtc(entry.offsetMinutes * 60);
            const QString time =
                tr("%1–%2", "an entry's start and end time")
                    .arg(locale.toString(start.time(), timeFormat), locale.toString(end.time(), timeFormat));
            flow.add(row(entryColumns,
                         {PrintLayout::shortDate(start.date()), time,
                          locale.toString(qint64(std::lround(entry.seconds() / 60.0))),
                          data.stageTitles.value(entry.stageKey, entry.stageKey), data.itemTitles.value(entry.itemKey),
                          entry.note},
                         false, true, i % 2 == 1));
        }
        flow.setRepeatedHeader(std::nullopt);
    }

    document.pages = flow.takePages();
    PrintLayout::addHeaderAndFooter(document.pages, setup, tr("Study report"),
                                    tr("%1 to %2").arg(PrintLayout::date(data.from), PrintLayout::date(data.to)),
                                    data.today);
    return document;
}
