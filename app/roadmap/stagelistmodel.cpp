// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/stagelistmodel.h"

#include "roadmap/roadmapdocument.h"

#include <QLocale>

StageListModel::StageListModel(RoadmapDocument &document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(&m_document, &RoadmapDocument::aboutToReset, this, &StageListModel::beginResetModel);
    connect(&m_document, &RoadmapDocument::reset, this, &StageListModel::endResetModel);
    connect(&m_document, &RoadmapDocument::itemChanged, this, &StageListModel::onStageChanged);
    connect(&m_document, &RoadmapDocument::branchChanged, this, &StageListModel::onStageChanged);
}

int StageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.roadmap().stages.size());
}

QString StageListModel::durationText(const Stage &stage)
{
    if (stage.months.isOpenEnded())
        return tr("ongoing");
    if (stage.months.min == *stage.months.max)
        return tr("%n month(s)", nullptr, stage.months.min);
    return tr("%1–%2 months").arg(stage.months.min).arg(*stage.months.max);
}

QString StageListModel::weeklyHoursText(const Stage &stage)
{
    if (stage.weeklyHours.min == stage.weeklyHours.max)
        return tr("%1 h/week").arg(stage.weeklyHours.min);
    return tr("%1–%2 h/week").arg(stage.weeklyHours.min).arg(stage.weeklyHours.max);
}

void StageListModel::setHours(const QHash<QString, double> &actual, const QHash<QString, double> &planned)
{
    if (actual == m_actualHours && planned == m_plannedHours)
        return;
    m_actualHours = actual;
    m_plannedHours = planned;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::ToolTipRole, ActualHoursRole, PlannedHoursRole, HoursTextRole});
}

QString StageListModel::hoursText(const Stage &stage) const
{
    const QLocale locale;
    const QString actual = locale.toString(m_actualHours.value(stage.key), 'f', 1);
    const double planned = m_plannedHours.value(stage.key);
    if (planned <= 0)
        return tr("%1 h studied").arg(actual);
    return tr("%1 of %2 h studied").arg(actual, locale.toString(planned, 'f', 0));
}

QVariant StageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stage &stage = m_document.roadmap().stages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return stage.title;
    case Qt::ToolTipRole:
        return tr("%1\nGuide estimate: %2, %3\n%4 of %5 items done\n%6")
            .arg(stage.title, durationText(stage), weeklyHoursText(stage))
            .arg(stage.countedDone())
            .arg(stage.countedItems())
            .arg(hoursText(stage));
    case Qt::AccessibleDescriptionRole:
        return tr("%1 percent done").arg(qRound(stage.progress() * 100));
    case KeyRole:
        return stage.key;
    case ProgressRole:
        return stage.progress();
    case DoneCountRole:
        return stage.countedDone();
    case CountedRole:
        return stage.countedItems();
    case DurationTextRole:
        return durationText(stage);
    case WeeklyHoursTextRole:
        return weeklyHoursText(stage);
    case ActualHoursRole:
        return m_actualHours.value(stage.key);
    case PlannedHoursRole:
        return m_plannedHours.value(stage.key) > 0 ? QVariant(m_plannedHours.value(stage.key)) : QVariant();
    case HoursTextRole:
        return hoursText(stage);
    default:
        return {};
    }
}

QHash<int, QByteArray> StageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(ProgressRole, "progress");
    names.insert(DoneCountRole, "doneCount");
    names.insert(CountedRole, "counted");
    names.insert(DurationTextRole, "durationText");
    names.insert(WeeklyHoursTextRole, "weeklyHoursText");
    names.insert(ActualHoursRole, "actualHours");
    names.insert(PlannedHoursRole, "plannedHours");
    names.insert(HoursTextRole, "hoursText");
    return names;
}

void StageListModel::onStageChanged(int stage)
{
    const QModelIndex changed = index(stage);
    Q_EMIT dataChanged(changed, changed);
}
