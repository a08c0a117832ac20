// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/burnupchart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

BurnUpChart::BurnUpChart(QWidget *parent) : ProgressChart(parent)
{
    setObjectName(QStringLiteral("burnUpChart"));
    setData({});
}

void BurnUpChart::setData(const ChartData::BurnUp &values)
{
    clear();
    chart()->setTitle(tr("Total hours: planned, studied and forecast"));

    m_range = new QAreaSeries;
    m_range->setName(tr("Forecast range"));
    auto *upper = new QLineSeries(m_range);
    auto *lower = new QLineSeries(m_range);
    upper->append(values.rangeUpper);
    lower->append(values.rangeLower);
    m_range->setUpperSeries(upper);
    m_range->setLowerSeries(lower);
    m_planned = new QLineSeries;
    m_planned->setName(tr("Planned"));
    m_planned->append(values.planned);
    m_actual = new QLineSeries;
    m_actual->setName(tr("Studied"));
    m_actual->append(values.actual);
    m_forecast = new QLineSeries;
    m_forecast->setName(tr("Forecast"));
    m_forecast->append(values.forecast);
    // The range below the lines; an empty range has no legend entry.
    chart()->addSeries(m_range);
    chart()->addSeries(m_planned);
    chart()->addSeries(m_actual);
    chart()->addSeries(m_forecast);
    if (values.rangeUpper.isEmpty()) {
        for (QLegendMarker *marker : chart()->legend()->markers(m_range))
            marker->setVisible(false);
    }

    const qreal minX = values.maxX > values.minX ? values.minX : values.minX - 1;
    m_dateAxis = labelAxis(values.labels, minX, values.maxX);
    m_hoursAxis = valueAxis(0, std::ceil(values.maxHours * 1.05), tr("Hours"));
    chart()->addAxis(m_dateAxis, Qt::AlignBottom);
    chart()->addAxis(m_hoursAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_hoursAxis);
    }

    for (QLineSeries *series : {m_planned, m_actual, m_forecast}) {
        connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &point, bool state) {
            if (state)
                showToolTip(pointToolTip(series, point.x()));
            else
                hideToolTip();
        });
    }
    connect(m_range, &QAreaSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            hideToolTip();
            return;
        }
        const QString early = pointToolTip(m_range->upperSeries(), point.x());
        const QString late = pointToolTip(m_range->lowerSeries(), point.x());
        showToolTip(tr("Range of the forecast\nAt a faster pace: %1\nAt a slower pace: %2").arg(early, late));
    });
    applyPalette();
}

QString BurnUpChart::pointToolTip(const QLineSeries *series, qreal x) const
{
    if (!series || series->count() == 0)
        return {};
    const QList<QPointF> points = series->points();
    const auto nearest = std::min_element(points.cbegin(), points.cend(), [x](const QPointF &a, const QPointF &b) {
        return std::abs(a.x() - x) < std::abs(b.x() - x);
    });
    const QLocale locale;
    const QString date = locale.toString(ChartData::date(nearest->x()), QLocale::ShortFormat);
    const QString hours = ChartData::hours(nearest->y(), locale);
    if (series == m_planned)
        return tr("Planned by %1: %2").arg(date, hours);
    if (series == m_actual)
        return tr("Studied by %1: %2").arg(date, hours);
    if (series == m_forecast)
        return tr("Forecast by %1: %2").arg(date, hours);
    return tr("%1: %2", "date: hours").arg(date, hours);
}

void BurnUpChart::colorSeries()
{
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor text = palette().color(QPalette::Text);
    m_planned->setPen(QPen(mix(text, 0.55), 2));
    m_actual->setPen(QPen(accent, 3));
    m_forecast->setPen(QPen(accent, 2, Qt::DashLine));
    m_range->setBrush(mix(accent, 0.25));
    m_range->setPen(Qt::NoPen);
}
