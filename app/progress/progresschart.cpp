// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progresschart.h"

#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

ProgressChart::ProgressChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    chart()->setLocalizeNumbers(true);
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setAnimationOptions(QChart::NoAnimation);
}

bool ProgressChart::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ProgressChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void ProgressChart::applyPalette()
{
    const QPalette &pal = palette();
    const QChart::ChartTheme theme = isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme)
        chart()->setTheme(theme);
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = mix(text, 0.18);
    chart()->setLocale(QLocale());
    chart()->setBackgroundBrush(pal.color(QPalette::Base));
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->setPlotAreaBackgroundVisible(false);
    chart()->setTitleBrush(text);
    QFont title = font();
    title.setBold(true);
    chart()->setTitleFont(title);
    chart()->legend()->setLabelColor(text);
    chart()->legend()->setFont(font());
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setTitleFont(font());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(mix(text, 0.45));
        axis->setShadesVisible(false);
    }
    setBackgroundBrush(pal.color(QPalette::Base));
    colorSeries();
}

void ProgressChart::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

QCategoryAxis *ProgressChart::labelAxis(const QList<ChartData::Label> &labels, qreal min, qreal max)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(min);
    for (const ChartData::Label &label : labels) {
        // A category axis keys its labels by their text: a repeated one is left out.
        if (label.value >= min && label.value <= max && !axis->categoriesLabels().contains(label.text))
            axis->append(label.text, label.value);
    }
    axis->setRange(min, max);
    return axis;
}

QValueAxis *ProgressChart::valueAxis(qreal min, qreal max, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max > min ? max : min + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    return axis;
}

void ProgressChart::showToolTip(const QString &text)
{
    m_toolTip = text;
    QToolTip::showText(QCursor::pos(), text, this);
}

void ProgressChart::hideToolTip()
{
    m_toolTip.clear();
    QToolTip::hideText();
}

QColor ProgressChart::mix(const QColor &color, qreal amount) const
{
    const QColor base = palette().color(QPalette::Base);
    const auto channel = [amount](float from, float to) { return from + (to - from) * float(amount); };
    return QColor::fromRgbF(channel(base.redF(), color.redF()), channel(base.greenF(), color.greenF()),
                            channel(base.blueF(), color.blueF()));
}
