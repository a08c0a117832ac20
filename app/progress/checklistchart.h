// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progresschart.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

// Checklist completion per stage: one horizontal bar per stage in percent of its assessment items
// ticked, in the stage's colour (one QBarSet per stage, whose only non-zero value is at the stage's
// row), the first stage at the top. Hovering a bar shows the counts.
class ChecklistChart final : public ProgressChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistChart)

public:
    explicit ChecklistChart(QWidget *parent = nullptr);

    void setData(const QList<Progress::Checklist> &checklists);

    QHorizontalStackedBarSeries *bars() const { return m_bars; }
    // The bar set of the stage at `index` (plan order); its value at row count − 1 − index.
    QBarSet *stageSet(int index) const;
    QBarCategoryAxis *stageAxis() const { return m_stageAxis; }
    QValueAxis *percentAxis() const { return m_percentAxis; }
    QString stageToolTip(int index) const;

protected:
    void colorSeries() override;

private:
    QList<Progress::Checklist> m_checklists;
    QList<QBarSet *> m_sets;
    QHorizontalStackedBarSeries *m_bars = nullptr;
    QBarCategoryAxis *m_stageAxis = nullptr;
    QValueAxis *m_percentAxis = nullptr;
};
