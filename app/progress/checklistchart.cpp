// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/checklistchart.h"

#include "common/stagecolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

ChecklistChart::ChecklistChart(QWidget *parent) : ProgressChart(parent)
{
    setObjectName(QStringLiteral("checklistChart"));
    chart()->legend()->hide();
    setData({});
}

void ChecklistChart::setData(const QList<Progress::Checklist> &checklists)
{
    m_checklists = checklists;
    m_sets.clear();
    clear();
    chart()->setTitle(tr("Assessment checklists ticked"));

    const QList<qreal> percent = ChartData::checklistPercent(checklists);
    const int n = int(checklists.size());
    m_bars = new QHorizontalStackedBarSeries;
    m_bars->setBarWidth(0.6);
    QStringList categories;
    for (int i = n - 1; i >= 0; --i) {
        QString title = checklists.at(i).title;
        if (categories.contains(title))
            title = QStringLiteral("%1 (%2)").arg(title, checklists.at(i).stageKey);
        categories.append(title);
    }
    for (int i = 0; i < n; ++i) {
        auto *set = new QBarSet(checklists.at(i).title);
        QList<qreal> values(n, 0.0);
        values[n - 1 - i] = percent.at(i);
        set->append(values);
        connect(set, &QBarSet::hovered, this, [this, i](bool status, int) {
            if (status)
                showToolTip(stageToolTip(i));
            else
                hideToolTip();
        });
        m_bars->append(set);
        m_sets.append(set);
    }
    chart()->addSeries(m_bars);
    m_stageAxis = new QBarCategoryAxis;
    m_stageAxis->append(categories);
    m_stageAxis->setGridLineVisible(false);
    m_percentAxis = new QValueAxis;
    m_percentAxis->setRange(0, 100);
    m_percentAxis->setTickCount(6);
    m_percentAxis->setLabelFormat(QStringLiteral("%.0f %"));
    chart()->addAxis(m_stageAxis, Qt::AlignLeft);
    chart()->addAxis(m_percentAxis, Qt::AlignBottom);
    m_bars->attachAxis(m_stageAxis);
    m_bars->attachAxis(m_percentAxis);
    setMinimumHeight(std::max(220, 100 + 40 * n));
    applyPalette();
}

QBarSet *ChecklistChart::stageSet(int index) const
{
    return index >= 0 && index < m_sets.size() ? m_sets.at(index) : nullptr;
}

QString ChecklistChart::stageToolTip(int index) const
{
    if (index < 0 || index >= m_checklists.size())
        return {};
    const Progress::Checklist &checklist = m_checklists.at(index);
    if (checklist.total == 0)
        return tr("%1: no assessment items").arg(checklist.title);
    const QString percent =
        QLocale().toString(ChartData::checklistPercent({checklist}).constFirst(), 'f', 0) + QLatin1String(" %");
    QString text = tr("%1: %2 of %3 assessment items ticked (%4)")
                       .arg(checklist.title)
                       .arg(checklist.ticked)
                       .arg(checklist.total)
                       .arg(percent);
    if (checklist.completed)
        text += QLatin1Char('\n') + tr("Completed");
    return text;
}

void ChecklistChart::colorSeries()
{
    for (int i = 0; i < m_sets.size(); ++i) {
        const QColor color = StageColors::color(i, palette());
        m_sets.at(i)->setColor(color);
        m_sets.at(i)->setBorderColor(color);
    }
}
