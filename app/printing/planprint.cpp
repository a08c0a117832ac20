// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/planprint.h"

#include "common/stagecolors.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/entryrepository.h"
#include "timeline/plandocument.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace {

const QColor Text(0x1a, 0x1a, 0x1a);
const QColor Grey(0x60, 0x60, 0x60);
const QColor LinkColour(0x1f, 0x4e, 0x8c);
const QColor Rule(0xb0, 0xb0, 0xb0);
const QColor GuideLight(0xe4, 0xe4, 0xe4);
const QColor GuideStrong(0xb8, 0xb8, 0xb8);
const QColor TodayColour(0xc0, 0x39, 0x2b);

QColor stageColor(int index)
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    return StageColors::color(index, palette);
}

// The date axis of the timeline: days to x.
class DateAxis
{
public:
    DateAxis(const QDate &first, const QDate &last, double left, double width)
        : m_first(first), m_days(std::max<qint64>(1, first.daysTo(last))), m_left(left), m_width(width)
    {
    }
    double x(const QDate &date) const
    {
        const double t = double(std::clamp<qint64>(m_first.daysTo(date), 0, m_days)) / double(m_days);
        return m_left + t * m_width;
    }
    QDate first() const { return m_first; }
    QDate last() const { return m_first.addDays(m_days); }

private:
    QDate m_first;
    qint64 m_days;
    double m_left;
    double m_width;
};

} // namespace

std::optional<PlanPrint::Data> PlanPrint::gather(const Session &session, QString *error)
{
    Data data;
    data.roadmap = session.document().roadmap();
    data.plan = session.plan().plan();
    data.schedule = session.plan().schedule();
    data.today = session.plan().today();
    const std::optional<QHash<QString, double>> logged =
        session.entries().stageHours(session.document().roadmapId(), error);
    if (!logged)
        return std::nullopt;
    data.loggedHours = *logged;
    return data;
}

PrintDocument PlanPrint::layout(const Data &data, const PageSetup &setup)
{
    PrintDocument document;
    const QSizeF area = setup.area();
    document.area = area;
    document.title = tr("Study plan: %1").arg(data.roadmap.title);
    const double width = area.width();
    PrintFlow flow(PrintLayout::headerHeight(setup), area.height() - PrintLayout::footerHeight(setup));

    const QFont titleFont = setup.font(16, true);
    const QFont subtitleFont = setup.font(11);
    const QFont headingFont = setup.font(12, true);
    const QFont subheadingFont = setup.font(9.5, true);
    const QFont bodyFont = setup.font(9);
    const QFont bodyBold = setup.font(9, true);
    const QFont smallFont = setup.font(7.5);
    const double bodyLine = PrintLayout::lineHeight(bodyFont);
    const QPen ink(Text, setup.mm(0.25));
    const QPen rule(Rule, setup.mm(0.2));

    const auto add = [&](const QList<PrintBlock> &blocks) {
        for (const PrintBlock &block : blocks)
            flow.add(block);
    };
    const auto heading = [&](QList<PrintBlock> &blocks, const QString &text, const QFont &font, double left) {
        QList<PrintBlock> lines = PrintLayout::paragraph(text, font, Text, left, width - left);
        for (PrintBlock &line : lines)
            line.keepWithNext = true;
        blocks += lines;
    };
    const auto space = [&](QList<PrintBlock> &blocks, double height) {
        PrintBlock gap;
        gap.height = height;
        gap.keepWithNext = !blocks.isEmpty() && blocks.last().keepWithNext;
        blocks.append(gap);
    };

    // The title and the summary.
    {
        QList<PrintBlock> blocks;
        heading(blocks, tr("Study plan"), titleFont, 0);
        blocks += PrintLayout::paragraph(data.roadmap.title, subtitleFont, Grey, 0, width);
        space(blocks, setup.mm(2));
        QStringList summary;
        summary << tr("The plan starts on %1 and has %n stage(s).", nullptr, int(data.plan.stages.size()))
                       .arg(PrintLayout::date(data.plan.start));
        const Planner::PathComparison &path = data.schedule.path;
        if (path.end.isValid() && path.guideEarliestEnd.isValid()) {
            const QString guide = path.guideLatestEnd ? tr("%1 to %2")
                                                            .arg(PrintLayout::date(path.guideEarliestEnd),
                                                                 PrintLayout::date(*path.guideLatestEnd))
                                                      : tr("%1 or later").arg(PrintLayout::date(path.guideEarliestEnd));
            summary << tr("The path ends on %1; the guide expects it to end from %2: %3.")
                           .arg(PrintLayout::date(path.end), guide,
                                Planner::verdictText(path.verdict, path.weeksDifference));
        }
        double logged = 0;
        for (const double hours : data.loggedHours)
            logged += hours;
        summary
            << tr("Logged so far: %1 h. Printed on %2.").arg(PrintLayout::hours(logged), PrintLayout::date(data.today));
        for (const Planner::Problem &problem : data.schedule.problems)
            summary << problem.message;
        for (const QString &line : std::as_const(summary))
            blocks += PrintLayout::paragraph(line, bodyFont, Text, 0, width);
        add(blocks);
        flow.skip(setup.mm(4));
    }

    // The timeline: the guide's bands, the planned bars, the pauses and today.
    {
        QDate first = data.plan.start;
        QDate last = data.plan.start;
        for (const Planner::StageSchedule &stage : data.schedule.stages) {
            if (!stage.start.isValid())
                continue;
            first = std::min(first, stage.start);
            last = std::max({last, stage.start, stage.end.value_or(stage.start), stage.guideEarliestEnd,
                             stage.guideLatestEnd.value_or(stage.guideEarliestEnd)});
        }
        last = std::max(last.addDays(14), first.addDays(90));
        const int stages = int(data.schedule.stages.size());

        QFont labelFont = setup.font(8);
        double labelLine = PrintLayout::lineHeight(labelFont);
        const double axisHeight = labelLine + setup.mm(1.5);
        const double legendHeight = labelLine + setup.mm(3);
        double rowHeight = labelLine * 1.9;
        const double room = flow.capacity() - axisHeight - legendHeight - setup.mm(2);
        if (stages > 0 && rowHeight * stages > room) {
            rowHeight = room / stages;
            labelFont = setup.font(std::max(3.0, 8 * rowHeight / (labelLine * 1.2)));
            labelLine = PrintLayout::lineHeight(labelFont);
        }
        const QFontMetricsF labelMetrics(labelFont);

        double labelWidth = 0;
        for (const Stage &stage : data.roadmap.stages)
            labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(stage.title) + 1);
        labelWidth = std::min(labelWidth, width * 0.3);
        const double chartLeft = labelWidth + setup.mm(2);
        const DateAxis axis(first, last, chartLeft, width - chartLeft);
        const double rowsTop = axisHeight;
        const double rowsBottom = rowsTop + rowHeight * stages;

        PrintBlock chart;
        chart.height = rowsBottom + legendHeight;
        QList<PrintItem> &items = chart.items;

        // Month ticks, labelled as often as the labels fit.
        const QString monthFormat = tr("MMM yyyy", "month on the printed plan's time axis");
        const QLocale locale;
        double labelSpace = 0;
        for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1))
            labelSpace = std::max(labelSpace, labelMetrics.horizontalAdvance(locale.toString(month, monthFormat)));
        labelSpace += setup.mm(2);
        const double monthWidth = (width - chartLeft) * 30.44 / std::max<qint64>(1, first.daysTo(last));
        int step = 1;
        for (const int candidate : {1, 2, 3, 6, 12, 24, 60}) {
            step = candidate;
            if (monthWidth * candidate >= labelSpace)
                break;
        }
        for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
            if (month < first)
                continue;
            const double x = axis.x(month);
            items.append(PrintLayout::line(QLineF(x, rowsTop, x, rowsBottom), rule));
            const int index = month.year() * 12 + month.month() - 1;
            if (index % step == 0 && x + labelSpace <= width) {
                items.append(PrintLayout::text(
                    QRectF(x + setup.mm(0.5), 0, labelSpace - setup.mm(1), labelLine),
                    PrintLayout::elide(locale.toString(month, monthFormat), labelMetrics, labelSpace - setup.mm(1)),
                    labelFont, Grey));
            }
        }

        // Pauses, hatched over every row.
        for (const Pause &pause : data.plan.pauses) {
            const double left = axis.x(pause.first);
            const double right = axis.x(pause.last.addDays(1));
            if (right - left < 0.5)
                continue;
            const QRectF band(left, rowsTop, right - left, rowsBottom - rowsTop);
            items.append(PrintLayout::rect(band, QPen(Qt::NoPen), QColor(0xf2, 0xf2, 0xf2)));
            items += PrintLayout::hatch(band, setup.mm(1.5), QPen(QColor(0xb0, 0xb0, 0xb0), setup.mm(0.15)));
        }

        for (int row = 0; row < stages; ++row) {
            const Planner::StageSchedule &schedule = data.schedule.stages[row];
            const Stage *stage = data.roadmap.stage(schedule.stageKey);
            const double top = rowsTop + row * rowHeight;
            const QString label = stage ? stage->title : schedule.stageKey;
            items.append(PrintLayout::text(QRectF(0, top + (rowHeight - labelLine) / 2, labelWidth, labelLine),
                                           PrintLayout::elide(label, labelMetrics, labelWidth), labelFont, Text));
            items.append(PrintLayout::line(QLineF(chartLeft, top + rowHeight, width, top + rowHeight), rule));
            if (!schedule.start.isValid())
                continue;
            // The guide's band: its time for the stage lightly, its expected end strongly.
            const double bandHeight = rowHeight * 0.7;
            const double bandTop = top + (rowHeight - bandHeight) / 2;
            const double start = axis.x(schedule.start);
            const double earliest = axis.x(schedule.guideEarliestEnd);
            const double latest = schedule.guideLatestEnd ? axis.x(*schedule.guideLatestEnd) : width;
            if (latest > start)
                items.append(
                    PrintLayout::rect(QRectF(start, bandTop, latest - start, bandHeight), QPen(Qt::NoPen), GuideLight));
            if (latest > earliest) {
                items.append(PrintLayout::rect(QRectF(earliest, bandTop, latest - earliest, bandHeight),
                                               QPen(Qt::NoPen), GuideStrong));
            }
            items.append(PrintLayout::line(QLineF(earliest, bandTop, earliest, bandTop + bandHeight),
                                           QPen(Grey, setup.mm(0.3))));
            if (schedule.guideLatestEnd)
                items.append(PrintLayout::line(QLineF(latest, bandTop, latest, bandTop + bandHeight),
                                               QPen(Grey, setup.mm(0.3))));
            // The planned bar.
            const double barHeight = rowHeight * 0.36;
            const double end = schedule.end ? axis.x(*schedule.end) : width;
            const QColor color = stageColor(row);
            QPen outline(color.darker(130), setup.mm(0.2));
            if (!schedule.end)
                outline.setStyle(Qt::DashLine);
            items.append(PrintLayout::rect(
                QRectF(start, top + (rowHeight - barHeight) / 2, std::max(end - start, 1.0), barHeight), outline,
                color));
        }
        if (data.today >= first && data.today <= last) {
            const double x = axis.x(data.today);
            QPen pen(TodayColour, setup.mm(0.35));
            pen.setStyle(Qt::DashLine);
            items.append(PrintLayout::line(QLineF(x, rowsTop, x, rowsBottom), pen));
        }

        // The legend.
        const double legendTop = rowsBottom + setup.mm(2);
        double x = 0;
        const double swatch = setup.mm(5);
        const double swatchHeight = labelLine * 0.6;
        const double swatchTop = legendTop + (labelLine - swatchHeight) / 2;
        const auto legend = [&](const QString &text) {
            const double textWidth = std::min(labelMetrics.horizontalAdvance(text) + 1, width - x);
            if (textWidth > 0)
                items.append(PrintLayout::text(QRectF(x, legendTop, textWidth, labelLine),
                                               PrintLayout::elide(text, labelMetrics, textWidth), labelFont, Grey));
            x += textWidth + setup.mm(4);
        };
        const auto fits = [&] { return x + swatch + setup.mm(1) < width; };
        if (fits()) {
            items.append(PrintLayout::rect(QRectF(x, swatchTop, swatch, swatchHeight), QPen(Qt::NoPen), stageColor(0)));
            x += swatch + setup.mm(1);
            legend(tr("your plan"));
        }
        if (fits()) {
            items.append(PrintLayout::rect(QRectF(x, swatchTop, swatch, swatchHeight), QPen(Qt::NoPen), GuideLight));
            x += swatch + setup.mm(1);
            legend(tr("the guide's time for the stage"));
        }
        if (fits()) {
            items.append(PrintLayout::rect(QRectF(x, swatchTop, swatch, swatchHeight), QPen(Qt::NoPen), GuideStrong));
            x += swatch + setup.mm(1);
            legend(tr("when the guide expects it to end"));
        }
        if (fits() && !data.plan.pauses.isEmpty()) {
            const QRectF box(x, swatchTop, swatch, swatchHeight);
            items.append(PrintLayout::rect(box, QPen(Qt::NoPen), QColor(0xf2, 0xf2, 0xf2)));
            items += PrintLayout::hatch(box, setup.mm(1.2), QPen(QColor(0xb0, 0xb0, 0xb0), setup.mm(0.15)));
            x += swatch + setup.mm(1);
            legend(tr("pause"));
        }
        if (fits()) {
            QPen pen(TodayColour, setup.mm(0.35));
            pen.setStyle(Qt::DashLine);
            items.append(PrintLayout::line(QLineF(x + swatch / 2, swatchTop - setup.mm(0.5), x + swatch / 2,
                                                  swatchTop + swatchHeight + setup.mm(0.5)),
                                           pen));
            x += swatch + setup.mm(1);
            legend(tr("today"));
        }
        flow.add(chart);
        flow.skip(setup.mm(6));
    }

    // The stages.
    const double indent = setup.mm(5);
    const double boxSize = bodyLine * 0.7;
    const auto marked = [&](QList<PrintBlock> &blocks, const QString &text, const QFont &font,
                            std::optional<bool> box) {
        const double left = indent + boxSize + setup.mm(1.5);
        QList<PrintBlock> lines = PrintLayout::paragraph(text, font, Text, left, width - left);
        if (lines.isEmpty())
            return;
        const double lineHeight = lines.first().height;
        const QRectF mark(indent, (lineHeight - boxSize) / 2, boxSize, boxSize);
        if (box) {
            lines.first().items.append(PrintLayout::checkBox(mark, *box, ink));
        } else {
            const double dot = boxSize * 0.35;
            lines.first().items.append(PrintLayout::rect(
                QRectF(mark.center().x() - dot / 2, mark.center().y() - dot / 2, dot, dot), QPen(Qt::NoPen), Text));
        }
        blocks += lines;
    };

    for (int index = 0; index < data.roadmap.stages.size(); ++index) {
        const Stage &stage = data.roadmap.stages[index];
        const Planner::StageSchedule *schedule = data.schedule.stage(stage.key);
        const int row = [&] {
            for (int i = 0; i < data.schedule.stages.size(); ++i) {
                if (data.schedule.stages[i].stageKey == stage.key)
                    return i;
            }
            return index;
        }();
        QList<PrintBlock> blocks;

        // The heading, with the stage's colour.
        {
            QList<PrintBlock> lines = PrintLayout::paragraph(tr("Stage %1: %2").arg(stage.key, stage.title),
                                                             headingFont, Text, setup.mm(4), width - setup.mm(4));
            if (!lines.isEmpty()) {
                const double h = lines.first().height;
                lines.first().items.append(
                    PrintLayout::rect(QRectF(0, h * 0.2, setup.mm(2.5), h * 0.6), QPen(Qt::NoPen), stageColor(row)));
            }
            for (PrintBlock &line : lines)
                line.keepWithNext = true;
            blocks += lines;
            space(blocks, setup.mm(1));
        }

        // Its dates: planned, and the guide's range.
        QStringList facts;
        if (schedule && schedule->start.isValid()) {
            if (schedule->end) {
                facts << tr("Planned: %1 to %2 (%n week(s)), %3 h a week, %4 h in all.", nullptr,
                            int(std::lround(schedule->durationDays / 7.0)))
                             .arg(PrintLayout::date(schedule->start), PrintLayout::date(schedule->end->addDays(-1)),
                                  PrintLayout::hours(schedule->weeklyHours), PrintLayout::hours(schedule->effortHours));
            } else {
                facts << tr("Planned: from %1, open-ended, %2 h a week.")
                             .arg(PrintLayout::date(schedule->start), PrintLayout::hours(schedule->weeklyHours));
            }
            if (stage.months.max) {
                facts << tr("The guide: %1 to %2 months, so an end from %3 to %4: %5.")
                             .arg(stage.months.min)
                             .arg(*stage.months.max)
                             .arg(PrintLayout::date(schedule->guideEarliestEnd),
                                  PrintLayout::date(schedule->guideLatestEnd.value_or(schedule->guideEarliestEnd)),
                                  Planner::verdictText(schedule->verdict, schedule->weeksDifference));
            } else {
                facts << tr("The guide: %1 months or more, ongoing.").arg(stage.months.min);
            }
        }
        facts << tr("Logged so far: %1 h; %2 of %3 items done.")
                     .arg(PrintLayout::hours(data.loggedHours.value(stage.key)))
                     .arg(stage.countedDone())
                     .arg(stage.countedItems());
        for (const QString &fact : std::as_const(facts))
            blocks += PrintLayout::paragraph(fact, bodyFont, Text, 0, width);
        if (!stage.summary.isEmpty())
            blocks += PrintLayout::paragraph(stage.summary, bodyFont, Grey, 0, width);

        if (!stage.goals.isEmpty()) {
            space(blocks, setup.mm(2));
            heading(blocks, tr("Goals"), subheadingFont, 0);
            for (const QString &goal : stage.goals)
                marked(blocks, goal, bodyFont, std::nullopt);
        }

        // Resources: the items of the stage's sections (and of the chosen branches), with their links.
        bool resourcesTitled = false;
        for (const Section &section : stage.sections) {
            if (section.kind == ItemKind::Assessment || !stage.counts(section) || section.items.isEmpty())
                continue;
            if (!resourcesTitled) {
                space(blocks, setup.mm(2));
                heading(blocks, tr("Resources"), subheadingFont, 0);
                resourcesTitled = true;
            }
            QString title = section.title;
            const Branch *branch = stage.branch(section.branchKey);
            if (branch && branch->title != section.title)
                title = tr("%1 (%2)", "section (branch)").arg(section.title, branch->title);
            heading(blocks, title, bodyBold, indent);
            for (const Item &item : section.items) {
                QString text = item.title;
                if (item.estimatedHours)
                    text = tr("%1 (about %2 h)").arg(item.title, PrintLayout::hours(*item.estimatedHours));
                marked(blocks, text, bodyFont, item.done);
                if (item.link.isValid()) {
                    const double left = indent + boxSize + setup.mm(1.5);
                    blocks += PrintLayout::paragraph(item.link.toString(), smallFont, LinkColour, left, width - left);
                }
            }
        }

        // The assessment checklist, with its state.
        bool checklistTitled = false;
        for (const Section &section : stage.sections) {
            if (section.kind != ItemKind::Assessment || !stage.counts(section) || section.items.isEmpty())
                continue;
            if (!checklistTitled) {
                space(blocks, setup.mm(2));
                heading(blocks, tr("Checklist"), subheadingFont, 0);
                checklistTitled = true;
            }
            for (const Item &item : section.items)
                marked(blocks, item.title, bodyFont, item.done);
        }
        space(blocks, setup.mm(6));
        flow.addGroup(blocks);
    }

    document.pages = flow.takePages();
    PrintLayout::addHeaderAndFooter(document.pages, setup, tr("Study plan"), data.roadmap.title, data.today);
    return document;
}
