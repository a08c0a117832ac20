// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progresschart.h"

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;

// Each stage on a row of a date axis, against the guide: the guide's range for the stage's end as a
// light band (QAreaSeries), the planned span as a thin bar and the days studied as a thick one
// (QLineSeries), the forecast end as a marker (QScatterSeries), today as a dashed line. Stage
// colours come from StageColors (the stage's position in the plan). Hovering a stage's marks shows
// its dates.
class StageRangeChart final : public ProgressChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageRangeChart)

public:
    struct StageSeries {
        QAreaSeries *guide = nullptr;
        QLineSeries *planned = nullptr;
        QLineSeries *studied = nullptr;
    };

    explicit StageRangeChart(QWidget *parent = nullptr);

    void setData(const QList<Progress::StageRange> &ranges, const QDate &today);

    const ChartData::Ranges &rows() const { return m_rows; }
    const QList<StageSeries> &stageSeries() const { return m_series; }
    QScatterSeries *forecastSeries() const { return m_forecast; }
    QLineSeries *todaySeries() const { return m_today; }
    QCategoryAxis *dateAxis() const { return m_dateAxis; }
    QCategoryAxis *stageAxis() const { return m_stageAxis; }
    // The tooltip of the stage at `index` (plan order).
    QString stageToolTip(int index) const;

protected:
    void colorSeries() override;

private:
    QList<Progress::StageRange> m_ranges;
    ChartData::Ranges m_rows;
    QList<StageSeries> m_series;
    QScatterSeries *m_forecast = nullptr;
    QLineSeries *m_today = nullptr;
    QCategoryAxis *m_dateAxis = nullptr;
    QCategoryAxis *m_stageAxis = nullptr;
};
