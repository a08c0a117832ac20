// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/chartdata.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// A date format split into fields ("yyyy", "MMMM", "d", "dddd") and the literal text between them.
struct Token {
    QString text;
    QChar field; // null for literal text
};

QList<Token> tokenize(const QString &format)
{
    QList<Token> tokens;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        qsizetype j = i + 1;
        if (c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) {
            while (j < format.size() && format.at(j) == c)
                ++j;
            tokens.append({format.mid(i, j - i), c});
            i = j;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            while (j < format.size() && format.at(j) != QLatin1Char('\''))
                ++j;
            j = std::min(j + 1, format.size());
        }
        if (!tokens.isEmpty() && tokens.constLast().field.isNull())
            tokens.last().text += format.mid(i, j - i);
        else
            tokens.append({format.mid(i, j - i), QChar()});
        i = j;
    }
    return tokens;
}

// Drops the fields `drop` says so of, each with the literal text after it (at the end: with the
// punctuation before it): "dddd, MMMM d, yyyy" without days is "MMMM yyyy", "M/d/yy" without years
// is "M/d", "yyyy年M月d日dddd" without days is "yyyy年M月".
template <typename Drop>
QString withoutFields(const QString &format, Drop drop)
{
    QList<Token> tokens = tokenize(format);
    for (qsizetype i = 0; i < tokens.size();) {
        if (tokens.at(i).field.isNull() || !drop(tokens.at(i))) {
            ++i;
            continue;
        }
        if (i + 1 < tokens.size() && tokens.at(i + 1).field.isNull())
            tokens.remove(i, 2);
        else if (i > 0 && i + 1 == tokens.size() && tokens.at(i - 1).field.isNull()
                 && std::none_of(tokens.at(i - 1).text.cbegin(), tokens.at(i - 1).text.cend(),
                                 [](QChar c) { return c.isLetter(); }))
            tokens.remove(--i, 2);
        else
            tokens.remove(i);
    }
    QString result;
    for (const Token &token : std::as_const(tokens))
        result += token.text;
    return result.trimmed();
}

qreal maxOf(const QList<QPointF> &points, qreal start)
{
    for (const QPointF &point : points)
        start = std::max(start, point.y());
    return start;
}

QList<QPointF> pointsOf(const QList<Progress::CumulativePoint> &points)
{
    QList<QPointF> result;
    result.reserve(points.size());
    for (const Progress::CumulativePoint &point : points)
        result.append({ChartData::x(point.date), point.hours});
    return result;
}

// The long date format without the weekday: "3 March 2027", "2027年3月3日".
QString dayFormat(const QLocale &locale)
{
    return withoutFields(locale.dateFormat(QLocale::LongFormat),
                         [](const Token &token) { return token.field == QLatin1Char('d') && token.text.size() >= 3; });
}

} // namespace

qreal ChartData::x(const QDate &date)
{
    return qreal(date.toJulianDay());
}

QDate ChartData::date(qreal x)
{
    return QDate::fromJulianDay(qint64(std::floor(x + 1e-6)));
}

QString ChartData::yearMonthFormat(const QLocale &locale)
{
    QString format = withoutFields(locale.dateFormat(QLocale::LongFormat),
                                   [](const Token &token) { return token.field == QLatin1Char('d'); });
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    return format;
}

QString ChartData::monthDayFormat(const QLocale &locale)
{
    return withoutFields(locale.dateFormat(QLocale::ShortFormat),
                         [](const Token &token) { return token.field == QLatin1Char('y'); });
}

QString ChartData::hours(double hours, const QLocale &locale)
{
    return tr("%1 h", "hours").arg(locale.toString(hours, 'f', 1));
}

QString ChartData::duration(double hours)
{
    const qint64 minutes = std::llround(hours * 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QList<ChartData::Label> ChartData::monthLabels(const QDate &from, const QDate &to, const QLocale &locale)
{
    QList<Label> labels;
    if (!from.isValid() || !to.isValid() || to < from)
        return labels;
    QDate first(from.year(), from.month(), 1);
    if (first < from)
        first = first.addMonths(1);
    const int months = (to.year() - first.year()) * 12 + to.month() - first.month() + 1;
    static constexpr std::array<int, 8> Steps = {1, 2, 3, 6, 12, 24, 60, 120};
    int step = Steps.back();
    for (const int candidate : Steps) {
        if ((months + candidate - 1) / candidate <= MaxLabels) {
            step = candidate;
            break;
        }
    }
    // Quarters, halves and years start in January; steps of years fall on round years.
    const int alignMonths = std::min(step, 12);
    while ((first.month() - 1) % alignMonths != 0)
        first = first.addMonths(1);
    if (step > 12) {
        while (first.year() % (step / 12) != 0)
            first = first.addYears(1);
    }
    const QString format = step >= 12 ? QStringLiteral("yyyy") : yearMonthFormat(locale);
    for (QDate month = first; month <= to; month = month.addMonths(step))
        labels.append({x(month), locale.toString(month, format)});
    return labels;
}

qreal ChartData::weeklyBudget(const Planner::Schedule &schedule, const QDate &monday)
{
    qreal total = 0;
    for (int day = 0; day < 7; ++day) {
        const QDate date = monday.addDays(day);
        for (const Planner::StageSchedule &stage : schedule.stages) {
            if (stage.start.isValid() && stage.start <= date && (!stage.end || date < *stage.end))
                total += stage.weeklyHours;
        }
    }
    return total / 7;
}

ChartData::Weekly ChartData::weekly(const QList<Progress::Week> &weeks, const Planner::Schedule &schedule,
                                    const QLocale &locale)
{
    Weekly result;
    const qsizetype first = std::max<qsizetype>(0, weeks.size() - WeeksShown);
    const QString format = monthDayFormat(locale);
    const qsizetype n = weeks.size() - first;
    const qsizetype step = std::max<qsizetype>(1, (n + MaxLabels - 1) / MaxLabels);
    for (qsizetype i = first; i < weeks.size(); ++i) {
        const Progress::Week &week = weeks.at(i);
        const qsizetype index = i - first;
        const qreal budget = weeklyBudget(schedule, week.monday);
        result.mondays.append(week.monday);
        result.planned.append(week.plannedHours);
        result.actual.append(week.actualHours);
        result.budget.append(budget);
        result.budgetLine.append({qreal(index) - 0.5, budget});
        result.budgetLine.append({qreal(index) + 0.5, budget});
        result.maxHours = std::max({result.maxHours, qreal(week.plannedHours), qreal(week.actualHours), budget});
        // Anchored on the latest week, which always has its label.
        if ((n - 1 - index) % step == 0)
            result.labels.append({qreal(index), locale.toString(week.monday, format)});
    }
    return result;
}

ChartData::BurnUp ChartData::burnUp(const Progress::BurnUp &burnUp, const QLocale &locale)
{
    BurnUp result;
    result.planned = pointsOf(burnUp.planned);
    result.actual = pointsOf(burnUp.actual);
    result.forecast = pointsOf(burnUp.forecast);
    const QList<QPointF> earliest = pointsOf(burnUp.forecastEarliest);
    const QList<QPointF> latest = pointsOf(burnUp.forecastLatest);

    bool any = false;
    const std::array<const QList<QPointF> *, 5> all = {&result.planned, &result.actual, &result.forecast, &earliest,
                                                       &latest};
    for (const QList<QPointF> *points : all) {
        for (const QPointF &point : *points) {
            result.minX = any ? std::min(result.minX, point.x()) : point.x();
            result.maxX = any ? std::max(result.maxX, point.x()) : point.x();
            any = true;
        }
        result.maxHours = maxOf(*points, result.maxHours);
    }
    if (!any)
        return result;

    // The range: the earliest forecast above, the latest below; the one that reaches the total first
    // stays there, so that the area closes where the later one ends. Without a latest forecast (no
    // upper bound) the lower edge stays at today's hours to the end of the chart.
    if (!earliest.isEmpty()) {
        result.rangeUpper = earliest;
        if (!latest.isEmpty())
            result.rangeLower = latest;
        else
            result.rangeLower = {earliest.constFirst(), QPointF(result.maxX, earliest.constFirst().y())};
        const qreal end = std::max(result.rangeUpper.constLast().x(), result.rangeLower.constLast().x());
        if (result.rangeUpper.constLast().x() < end)
            result.rangeUpper.append({end, result.rangeUpper.constLast().y()});
        if (result.rangeLower.constLast().x() < end)
            result.rangeLower.append({end, result.rangeLower.constLast().y()});
    }
    result.labels = monthLabels(date(result.minX), date(result.maxX), locale);
    return result;
}

ChartData::Ranges ChartData::ranges(const QList<Progress::StageRange> &ranges, const QDate &today,
                                    const QLocale &locale)
{
    Ranges result;
    if (ranges.isEmpty())
        return result;
    QDate first;
    QDate last;
    const auto include = [&](const std::optional<QDate> &date) {
        if (date && date->isValid()) {
            first = first.isValid() ? std::min(first, *date) : *date;
            last = last.isValid() ? std::max(last, *date) : *date;
        }
    };
    include(today);
    for (const Progress::StageRange &range : ranges) {
        include(range.plannedStart);
        include(range.plannedEnd);
        include(range.guideEarliestEnd);
        include(range.guideLatestEnd);
        include(range.firstStudied);
        if (range.lastStudied)
            include(range.lastStudied->addDays(1));
        include(range.forecastEnd);
    }
    if (!first.isValid())
        return result;
    // Room after the last date for what has no end (the open-ended stage, a guide without maximum).
    last = last.addDays(std::max<qint64>(14, first.daysTo(last) / 20));
    result.minX = x(first);
    result.maxX = x(last);
    if (today.isValid())
        result.today = x(today);
    result.labels = monthLabels(first, last, locale);
    // A date the data lacks (a stage without dates) is drawn at the start of the axis.
    const auto xOf = [&result](const QDate &date) { return date.isValid() ? x(date) : result.minX; };

    const qsizetype n = ranges.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Progress::StageRange &range = ranges.at(i);
        StageRow row;
        row.stageKey = range.stageKey;
        row.title = range.title;
        row.row = qreal(n - 1 - i);
        row.guide = {xOf(range.guideEarliestEnd), range.guideLatestEnd ? xOf(*range.guideLatestEnd) : result.maxX};
        row.planned = {xOf(range.plannedStart), range.plannedEnd ? xOf(*range.plannedEnd) : result.maxX};
        if (range.firstStudied && range.lastStudied)
            row.studied = Span{x(*range.firstStudied), x(range.lastStudied->addDays(1))};
        if (range.forecastEnd)
            row.forecast = x(*range.forecastEnd);
        result.stages.append(row);
    }
    return result;
}

QString ChartData::rangeToolTip(const Progress::StageRange &range, const QLocale &locale)
{
    const QString format = dayFormat(locale);
    const auto day = [&](const QDate &date) { return locale.toString(date, format); };
    QStringList lines{range.title};
    if (range.guideLatestEnd)
        lines.append(
            tr("The guide: ends between %1 and %2").arg(day(range.guideEarliestEnd), day(*range.guideLatestEnd)));
    else
        lines.append(tr("The guide: ends after %1, no latest end").arg(day(range.guideEarliestEnd)));
    if (range.plannedEnd)
        lines.append(tr("Planned: %1 to %2").arg(day(range.plannedStart), day(range.plannedEnd->addDays(-1))));
    else
        lines.append(tr("Planned: from %1, ongoing").arg(day(range.plannedStart)));
    if (range.firstStudied && range.lastStudied)
        lines.append(tr("Studied: %1 to %2, %3")
                         .arg(day(*range.firstStudied), day(*range.lastStudied), hours(range.hours, locale)));
    else
        lines.append(tr("Studied: not yet"));
    if (range.forecastEnd)
        lines.append(tr("Forecast end: %1").arg(day(*range.forecastEnd)));
    else
        lines.append(tr("Forecast end: no forecast yet"));
    return lines.join(QLatin1Char('\n'));
}

QList<qreal> ChartData::checklistPercent(const QList<Progress::Checklist> &checklists)
{
    QList<qreal> percent;
    percent.reserve(checklists.size());
    for (const Progress::Checklist &checklist : checklists)
        percent.append(checklist.total > 0 ? 100.0 * checklist.ticked / checklist.total : 0.0);
    return percent;
}

QStringList ChartData::missingText(const QList<Progress::Checklist> &checklists, const QLocale &locale)
{
    QStringList lines;
    for (const Progress::Checklist &checklist : checklists) {
        if (checklist.completed)
            continue;
        if (checklist.total == 0)
            lines.append(tr("%1: the guide gives this stage no assessment to tick.").arg(checklist.title));
        else if (checklist.hoursSpent)
            lines.append(tr("%1: hours spent, checklist not ticked. Missing: %2.")
                             .arg(checklist.title, locale.createSeparatedList(checklist.missing)));
        else
            lines.append(tr("%1: %2 of %3 assessment items ticked. Missing: %4.")
                             .arg(checklist.title)
                             .arg(checklist.ticked)
                             .arg(checklist.total)
                             .arg(locale.createSeparatedList(checklist.missing)));
    }
    return lines;
}

int ChartData::heatLevel(double hours, double maxHours)
{
    if (hours <= 0 || maxHours <= 0)
        return 0;
    return std::clamp(int(std::ceil(4 * hours / maxHours - 1e-9)), 1, HeatLevels - 1);
}

ChartData::HeatMap ChartData::heatMap(const Progress::Calendar &calendar, const QLocale &locale)
{
    HeatMap result;
    if (!calendar.from.isValid() || !calendar.to.isValid() || calendar.to < calendar.from)
        return result;
    result.columns = int(calendar.from.daysTo(calendar.to) / 7) + 1;
    QHash<qint64, double> hoursOf;
    for (const Progress::Day &day : calendar.days)
        hoursOf.insert(day.date.toJulianDay(), day.hours);
    int lastLabelled = -3;
    for (QDate date = calendar.from; date <= calendar.to; date = date.addDays(1)) {
        const qint64 offset = calendar.from.daysTo(date);
        const double h = hoursOf.value(date.toJulianDay());
        result.cells.append({date, h, int(offset / 7), int(offset % 7), heatLevel(h, calendar.maxHours)});
        // A month's name over the first column that holds its first day, unless it would touch the last.
        const int column = int(offset / 7);
        if (date.day() == 1 && column - lastLabelled >= 3) {
            result.months.append({qreal(column), locale.standaloneMonthName(date.month(), QLocale::ShortFormat)});
            lastLabelled = column;
        }
    }
    return result;
}

QString ChartData::dayToolTip(const QDate &date, double hours, const QLocale &locale)
{
    const QString day = locale.toString(date, locale.dateFormat(QLocale::LongFormat));
    return hours > 0 ? tr("%1: %2 studied", "date: time").arg(day, duration(hours))
                     : tr("%1: no study", "date").arg(day);
}

QString ChartData::streakText(const Progress::Calendar &calendar)
{
    return tr("Current streak: %n day(s).", nullptr, calendar.streak) + QLatin1Char(' ')
           + tr("Longest streak: %n day(s).", nullptr, calendar.longestStreak);
}

QString ChartData::summary(const Progress::Forecasts &forecasts, const QLocale &locale)
{
    const Progress::Pace &pace = forecasts.pace;
    QString text;
    if (pace.weeks == 0)
        text = tr("No study logged yet.");
    else if (pace.stalled)
        text = tr("No study in the last %n week(s).", nullptr, Forecast::PaceWeeks);
    else
        text = tr("Your pace: %1 a week (± %2) over the last %n week(s).", nullptr, pace.weeks)
                   .arg(hours(pace.weeklyHours, locale), hours(pace.spread, locale));
    text += QLatin1Char(' ');
    if (!forecasts.planEnd) {
        text += tr("The end of the plan: no forecast yet.");
        return text;
    }
    const QString format = dayFormat(locale);
    const QString end = locale.toString(*forecasts.planEnd, format);
    const QString verdict = Progress::verdictText(forecasts.planVerdict, forecasts.planWeeks);
    if (forecasts.planEarliest && forecasts.planLatest)
        text += tr("At this pace the plan ends around %1 (between %2 and %3): %4.")
                    .arg(end, locale.toString(*forecasts.planEarliest, format),
                         locale.toString(*forecasts.planLatest, format), verdict);
    else if (forecasts.planEarliest)
        text += tr("At this pace the plan ends around %1 (%2 at the earliest): %3.")
                    .arg(end, locale.toString(*forecasts.planEarliest, format), verdict);
    else
        text += tr("At this pace the plan ends around %1: %2.").arg(end, verdict);
    return text;
}
