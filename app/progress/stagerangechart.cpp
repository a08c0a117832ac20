// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/stagerangechart.h"

#include "common/stagecolors.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>

#include <cmath>

namespace {
constexpr qreal BandHalfHeight = 0.32;
constexpr qreal PlannedOffset = 0.14;
constexpr qreal StudiedOffset = -0.1;
} // namespace

StageRangeChart::StageRangeChart(QWidget *parent) : ProgressChart(parent)
{
    setObjectName(QStringLiteral("stageRangeChart"));
    chart()->legend()->hide();
    setData({}, QDate());
}

void StageRangeChart::setData(const QList<Progress::StageRange> &ranges, const QDate &today)
{
    const QLocale locale;
    m_ranges = ranges;
    m_rows = ChartData::ranges(ranges, today, locale);
    m_series.clear();
    clear();
    chart()->setTitle(tr("Stages against the guide"));

    const auto showStage = [this](int index) {
        return [this, index](const QPointF &, bool state) {
            if (state)
                showToolTip(stageToolTip(index));
            else
                hideToolTip();
        };
    };
    for (int i = 0; i < m_rows.stages.size(); ++i) {
        const ChartData::StageRow &row = m_rows.stages.at(i);
        StageSeries series;
        series.guide = new QAreaSeries;
        auto *upper = new QLineSeries(series.guide);
        auto *lower = new QLineSeries(series.guide);
        upper->append({{row.guide.from, row.row + BandHalfHeight}, {row.guide.to, row.row + BandHalfHeight}});
        lower->append({{row.guide.from, row.row - BandHalfHeight}, {row.guide.to, row.row - BandHalfHeight}});
        series.guide->setUpperSeries(upper);
        series.guide->setLowerSeries(lower);
        series.planned = new QLineSeries;
        series.planned->append(
            {{row.planned.from, row.row + PlannedOffset}, {row.planned.to, row.row + PlannedOffset}});
        series.studied = new QLineSeries;
        if (row.studied)
            series.studied->append(
                {{row.studied->from, row.row + StudiedOffset}, {row.studied->to, row.row + StudiedOffset}});
        chart()->addSeries(series.guide);
        chart()->addSeries(series.planned);
        chart()->addSeries(series.studied);
        connect(series.guide, &QAreaSeries::hovered, this, showStage(i));
        connect(series.planned, &QLineSeries::hovered, this, showStage(i));
        connect(series.studied, &QLineSeries::hovered, this, showStage(i));
        m_series.append(series);
    }
    m_forecast = new QScatterSeries;
    m_forecast->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_forecast->setMarkerSize(13);
    for (const ChartData::StageRow &row : std::as_const(m_rows.stages)) {
        if (row.forecast)
            m_forecast->append(*row.forecast, row.row + StudiedOffset);
    }
    connect(m_forecast, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        for (int i = 0; state && i < m_rows.stages.size(); ++i) {
            if (std::abs(m_rows.stages.at(i).row + StudiedOffset - point.y()) < 1e-6) {
                showToolTip(stageToolTip(i));
                return;
            }
        }
        hideToolTip();
    });
    m_today = new QLineSeries;
    const qreal rows = qreal(m_rows.stages.size());
    if (!m_rows.stages.isEmpty() && m_rows.today)
        m_today->append({{*m_rows.today, -0.5}, {*m_rows.today, rows - 0.5}});
    connect(m_today, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state)
            showToolTip(tr("Today, %1").arg(QLocale().toString(ChartData::date(point.x()), QLocale::LongFormat)));
        else
            hideToolTip();
    });
    chart()->addSeries(m_forecast);
    chart()->addSeries(m_today);

    m_dateAxis = labelAxis(m_rows.labels, m_rows.minX, m_rows.maxX > m_rows.minX ? m_rows.maxX : m_rows.minX + 1);
    // The stages' titles in the middle of their rows, the first stage at the top.
    m_stageAxis = new QCategoryAxis;
    m_stageAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_stageAxis->setStartValue(-0.5);
    for (int i = int(m_rows.stages.size()) - 1; i >= 0; --i) {
        const ChartData::StageRow &row = m_rows.stages.at(i);
        QString label = row.title;
        if (m_stageAxis->categoriesLabels().contains(label))
            label = QStringLiteral("%1 (%2)").arg(row.title, row.stageKey);
        m_stageAxis->append(label, row.row + 0.5);
    }
    m_stageAxis->setRange(-0.5, std::max<qreal>(rows, 1) - 0.5);
    m_stageAxis->setGridLineVisible(false);
    chart()->addAxis(m_dateAxis, Qt::AlignBottom);
    chart()->addAxis(m_stageAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_stageAxis);
    }
    setMinimumHeight(std::max(280, 120 + 48 * int(m_rows.stages.size())));
    applyPalette();
}

QString StageRangeChart::stageToolTip(int index) const
{
    if (index < 0 || index >= m_ranges.size())
        return {};
    return ChartData::rangeToolTip(m_ranges.at(index), QLocale());
}

void StageRangeChart::colorSeries()
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    for (int i = 0; i < m_series.size(); ++i) {
        const QColor color = StageColors::color(i, pal);
        const StageSeries &series = m_series.at(i);
        series.guide->setBrush(mix(color, 0.28));
        series.guide->setPen(QPen(mix(color, 0.6), 1));
        series.planned->setPen(QPen(mix(color, 0.75), 4, Qt::SolidLine, Qt::FlatCap));
        series.studied->setPen(QPen(color, 9, Qt::SolidLine, Qt::FlatCap));
    }
    m_forecast->setColor(text);
    m_forecast->setBorderColor(pal.color(QPalette::Base));
    m_today->setPen(QPen(mix(text, 0.7), 1.5, Qt::DashLine));
}
