// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/chartdata.h"

#include <QWidget>

#include <optional>

// A calendar heat map of daily study time (Qt Charts has none): one column per week, one row per
// weekday, each day a square in one of ChartData::HeatLevels shades between the palette's window and
// highlight colours; month names above, weekday names on the left. Its tooltip gives the day's date
// and exact time.
class HeatMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatMap)

public:
    explicit HeatMap(QWidget *parent = nullptr);

    void setCalendar(const Progress::Calendar &calendar);
    const ChartData::HeatMap &data() const { return m_data; }

    // The cell of the day at `pos`, or none; and the square of a day.
    std::optional<ChartData::HeatCell> cellAt(const QPoint &pos) const;
    QRect cellRect(const ChartData::HeatCell &cell) const;
    // The shade of each level, for this palette.
    QColor levelColor(int level) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateMetrics();

    ChartData::HeatMap m_data;
    int m_cell = 12;
    int m_gap = 3;
    int m_left = 0;
    int m_top = 0;
};
