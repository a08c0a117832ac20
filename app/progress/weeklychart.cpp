// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/weeklychart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

WeeklyChart::WeeklyChart(QWidget *parent) : ProgressChart(parent)
{
    setObjectName(QStringLiteral("weeklyChart"));
    setData({});
}

void WeeklyChart::setData(const ChartData::Weekly &values)
{
    m_data = values;
    clear();
    chart()->setTitle(tr("Hours per week: planned and studied"));

    m_bars = new QBarSeries;
    m_planned = new QBarSet(tr("Planned"));
    m_actual = new QBarSet(tr("Studied"));
    m_planned->append(values.planned);
    m_actual->append(values.actual);
    m_bars->append(m_planned);
    m_bars->append(m_actual);
    m_bars->setBarWidth(0.8);
    m_budget = new QLineSeries;
    m_budget->setName(tr("Budget"));
    m_budget->append(values.budgetLine);
    chart()->addSeries(m_bars);
    chart()->addSeries(m_budget);

    const qreal n = qreal(values.mondays.size());
    m_weekAxis = labelAxis(values.labels, -0.5, std::max<qreal>(n, 1) - 0.5);
    m_weekAxis->setTitleText(tr("Week starting"));
    m_hoursAxis = valueAxis(0, std::ceil(values.maxHours * 1.1), tr("Hours"));
    chart()->addAxis(m_weekAxis, Qt::AlignBottom);
    chart()->addAxis(m_hoursAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_bars), static_cast<QAbstractSeries *>(m_budget)}) {
        series->attachAxis(m_weekAxis);
        series->attachAxis(m_hoursAxis);
    }

    const auto barHovered = [this](bool status, int index) {
        if (status)
            showToolTip(weekToolTip(index));
        else
            hideToolTip();
    };
    connect(m_planned, &QBarSet::hovered, this, barHovered);
    connect(m_actual, &QBarSet::hovered, this, barHovered);
    connect(m_budget, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state)
            showToolTip(weekToolTip(int(std::lround(point.x()))));
        else
            hideToolTip();
    });
    applyPalette();
}

QString WeeklyChart::weekToolTip(int index) const
{
    if (index < 0 || index >= m_data.mondays.size())
        return {};
    const QLocale locale;
    const QDate monday = m_data.mondays.at(index);
    return tr("%1 to %2\nPlanned: %3\nStudied: %4\nBudget: %5")
        .arg(locale.toString(monday, QLocale::ShortFormat), locale.toString(monday.addDays(6), QLocale::ShortFormat),
             ChartData::hours(m_data.planned.at(index), locale), ChartData::hours(m_data.actual.at(index), locale),
             ChartData::hours(m_data.budget.at(index), locale));
}

void WeeklyChart::colorSeries()
{
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor text = palette().color(QPalette::Text);
    m_planned->setColor(mix(text, 0.3));
    m_planned->setBorderColor(mix(text, 0.3));
    m_actual->setColor(accent);
    m_actual->setBorderColor(accent);
    QPen pen(mix(text, 0.85), 2, Qt::DashLine);
    m_budget->setPen(pen);
}
