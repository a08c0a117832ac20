// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progresschart.h"

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;

// The burn-up: cumulative hours planned, studied and forecast at the learner's pace (QLineSeries on
// a date axis), the forecast's range as a QAreaSeries between its earliest and latest line. Hovering
// a line shows the date and the hours of its nearest point.
class BurnUpChart final : public ProgressChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BurnUpChart)

public:
    explicit BurnUpChart(QWidget *parent = nullptr);

    void setData(const ChartData::BurnUp &values);

    QLineSeries *plannedSeries() const { return m_planned; }
    QLineSeries *actualSeries() const { return m_actual; }
    QLineSeries *forecastSeries() const { return m_forecast; }
    QAreaSeries *rangeSeries() const { return m_range; } // its upper and lower series hold the range
    QCategoryAxis *dateAxis() const { return m_dateAxis; }
    QValueAxis *hoursAxis() const { return m_hoursAxis; }

    // The tooltip for a point of `series` nearest to `x`.
    QString pointToolTip(const QLineSeries *series, qreal x) const;

protected:
    void colorSeries() override;

private:
    QLineSeries *m_planned = nullptr;
    QLineSeries *m_actual = nullptr;
    QLineSeries *m_forecast = nullptr;
    QAreaSeries *m_range = nullptr;
    QCategoryAxis *m_dateAxis = nullptr;
    QValueAxis *m_hoursAxis = nullptr;
};
