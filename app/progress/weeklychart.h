// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progresschart.h"

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;

// Planned against actual hours per week as bars (two QBarSets of one QBarSeries, bar i is week i on a
// QCategoryAxis labelled with dates), the plan's budget as a step line over them. Hovering a bar or
// the line shows the week's exact figures.
class WeeklyChart final : public ProgressChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyChart)

public:
    explicit WeeklyChart(QWidget *parent = nullptr);

    void setData(const ChartData::Weekly &values);
    const ChartData::Weekly &data() const { return m_data; }

    QBarSeries *bars() const { return m_bars; }
    QBarSet *plannedSet() const { return m_planned; }
    QBarSet *actualSet() const { return m_actual; }
    QLineSeries *budgetSeries() const { return m_budget; }
    QCategoryAxis *weekAxis() const { return m_weekAxis; }
    QValueAxis *hoursAxis() const { return m_hoursAxis; }

    // The tooltip of week `index`: its dates and the three figures.
    QString weekToolTip(int index) const;

protected:
    void colorSeries() override;

private:
    ChartData::Weekly m_data;
    QBarSeries *m_bars = nullptr;
    QBarSet *m_planned = nullptr;
    QBarSet *m_actual = nullptr;
    QLineSeries *m_budget = nullptr;
    QCategoryAxis *m_weekAxis = nullptr;
    QValueAxis *m_hoursAxis = nullptr;
};
