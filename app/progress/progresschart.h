// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/chartdata.h"

#include <QChartView>

class QCategoryAxis;
class QValueAxis;

// The base of the Progress view's charts: a QChartView whose chart follows the widget's palette (the
// dark chart theme when the window is dark; background, text and grid in the palette's colours; the
// application's locale for numbers) and shows tooltips with exact values.
//
// Contract for subclasses: setData() builds the series and axes (after clear()) and ends with
// applyPalette(); colorSeries() gives the series their colours, and runs again after each palette
// change, since a chart theme resets them.
class ProgressChart : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressChart)

public:
    explicit ProgressChart(QWidget *parent = nullptr);

    // The palette is dark when its window colour is.
    static bool isDark(const QPalette &palette);
    // What the last hover showed (empty once it left): the tooltip's text.
    QString toolTipText() const { return m_toolTip; }

protected:
    void changeEvent(QEvent *event) override;
    void applyPalette();
    virtual void colorSeries() = 0;
    // Removes every series and axis.
    void clear();
    // An axis over [min, max] with `labels` on their values, and grid lines there.
    QCategoryAxis *labelAxis(const QList<ChartData::Label> &labels, qreal min, qreal max);
    QValueAxis *valueAxis(qreal min, qreal max, const QString &title);
    void showToolTip(const QString &text);
    void hideToolTip();
    // A colour between the palette's base (0) and `color` (1).
    QColor mix(const QColor &color, qreal amount) const;

private:
    QString m_toolTip;
};
