// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planner.h"
#include "statistics/progress.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

// What the Progress view's charts show, turned from Progress::Data into plain numbers and texts: the
// charts copy these into their series and axes, and the tests check them here, without pixels.
//
// Conventions: a date on a time axis is its Julian day number (ChartData::x: one unit a day, whatever
// the time zone's changes). Time axes are QCategoryAxis whose labels are made here, in the QLocale
// given (the application's default in the view), so that they and every text can be checked.
class ChartData final
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)

public:
    // The weekly bars show the last WeeksShown weeks (a year): enough to see a trend, few enough to read.
    static constexpr int WeeksShown = 52;
    // Each axis has at most about this many labels.
    static constexpr int MaxLabels = 8;

    // A label of a QCategoryAxis at `value` (its labels sit on their values).
    struct Label {
        qreal value = 0;
        QString text;
    };

    static qreal x(const QDate &date);
    static QDate date(qreal x);

    // 1. Planned against actual hours per week (bars), with the plan's budget as a step line.
    struct Weekly {
        QList<QDate> mondays; // the weeks shown, oldest first; bar i is week i
        QList<qreal> planned; // the plan's hours that week (pauses lower them)
        QList<qreal> actual;
        QList<qreal> budget;       // the plan's weekly budget, pauses not counted
        QList<QPointF> budgetLine; // (i − 0.5, budget), (i + 0.5, budget) for each week
        QList<Label> labels;       // on week indexes
        qreal maxHours = 0;        // the largest value of the three
    };
    static Weekly weekly(const QList<Progress::Week> &weeks, const Planner::Schedule &schedule, const QLocale &locale);
    // The hours the stages running that week ask for (overlapping stages add up; pauses not counted):
    // the mean over its seven days of the weekly budgets of the stages running on each day.
    static qreal weeklyBudget(const Planner::Schedule &schedule, const QDate &monday);

    // 2. The burn-up: cumulative hours planned, studied and forecast, with the forecast's range as the
    // area between its earliest (upper) and latest (lower) line.
    struct BurnUp {
        QList<QPointF> planned;
        QList<QPointF> actual;
        QList<QPointF> forecast;
        QList<QPointF> rangeUpper; // empty: no range
        QList<QPointF> rangeLower; // without a latest forecast (no upper bound): flat at today's hours
        qreal minX = 0;
        qreal maxX = 0;
        qreal maxHours = 0;
        QList<Label> labels; // dates, on x values
    };
    static BurnUp burnUp(const Progress::BurnUp &burnUp, const QLocale &locale);

    // 3. Each stage on a row against the guide: the guide's range for its end as a band, the planned
    // span, the days studied, the forecast end. Row 0 is the bottom one: the first stage is at the top.
    struct Span {
        qreal from = 0;
        qreal to = 0;
    };
    struct StageRow {
        QString stageKey;
        QString title;
        qreal row = 0;
        Span guide;                  // ends at maxX when the guide gives no maximum
        Span planned;                // ends at maxX for the open-ended stage
        std::optional<Span> studied; // from the first to the end of the last day studied
        std::optional<qreal> forecast;
    };
    struct Ranges {
        QList<StageRow> stages; // in plan order
        qreal minX = 0;
        qreal maxX = 0;
        std::optional<qreal> today;
        QList<Label> labels;
    };
    static Ranges ranges(const QList<Progress::StageRange> &ranges, const QDate &today, const QLocale &locale);
    static QString rangeToolTip(const Progress::StageRange &range, const QLocale &locale);

    // 4. Checklist completion per stage, in percent of the assessment items ticked (0 without items).
    static QList<qreal> checklistPercent(const QList<Progress::Checklist> &checklists);
    // What keeps each stage that is not completed from being completed, one line per stage; empty
    // when every stage is completed.
    static QStringList missingText(const QList<Progress::Checklist> &checklists, const QLocale &locale);

    // 5. The calendar heat map: one column per week, one row per weekday (row 0 the weekday of
    // Calendar::from), one of five levels per day.
    static constexpr int HeatLevels = 5;
    struct HeatCell {
        QDate date;
        double hours = 0;
        int column = 0;
        int row = 0;
        int level = 0; // 0: no study; 1–4: up to a quarter, half, three quarters, all of the largest day
    };
    struct HeatMap {
        QList<HeatCell> cells; // every day, in date order
        int columns = 0;
        QList<Label> months; // month names on the column where each month starts
    };
    static HeatMap heatMap(const Progress::Calendar &calendar, const QLocale &locale);
    static int heatLevel(double hours, double maxHours);
    static QString dayToolTip(const QDate &date, double hours, const QLocale &locale);
    static QString streakText(const Progress::Calendar &calendar);

    // The summary at the top of the view, in words: the pace, the plan's forecast end and its verdict.
    static QString summary(const Progress::Forecasts &forecasts, const QLocale &locale);

    // "12.5 h"; "2 h 05 min" for durations of a day.
    static QString hours(double hours, const QLocale &locale);
    static QString duration(double hours);
    // Localized short formats without the day ("Mar 2027", "2027年3月") and without the year ("3/14").
    static QString yearMonthFormat(const QLocale &locale);
    static QString monthDayFormat(const QLocale &locale);

    // Labels at the starts of months (every 1, 2, 3, 6 or 12 months, whichever gives at most
    // MaxLabels) between `from` and `to`.
    static QList<Label> monthLabels(const QDate &from, const QDate &to, const QLocale &locale);
};
