// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/pausemodel.h"

#include "timeline/plandocument.h"

#include <QLocale>

PauseModel::PauseModel(PlanDocument &document, QObject *parent)
    : PlanTableModel(
        document, ColumnCount, [](const Plan &plan) { return int(plan.pauses.size()); }, parent)
{
}

QVariant PauseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pause &pause = m_document.plan().pauses.at(index.row());
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case FirstColumn:
            return pause.first;
        case LastColumn:
            return pause.last;
        case WeeklyHoursColumn:
            return pause.weeklyHours;
        case NoteColumn:
            return pause.note;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FirstColumn:
            return QLocale().toString(pause.first, QLocale::ShortFormat);
        case LastColumn:
            return QLocale().toString(pause.last, QLocale::ShortFormat);
        case WeeklyHoursColumn:
            return pause.weeklyHours > 0 ? tr("%1 h/week").arg(QLocale().toString(pause.weeklyHours)) : tr("none");
        case NoteColumn:
            return pause.note;
        }
    }
    return {};
}

bool PauseModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Pause pause = m_document.plan().pauses.at(index.row());
    switch (index.column()) {
    case FirstColumn:
        pause.first = value.toDate();
        break;
    case LastColumn:
        pause.last = value.toDate();
        break;
    case WeeklyHoursColumn:
        pause.weeklyHours = value.toDouble();
        break;
    case NoteColumn:
        pause.note = value.toString();
        break;
    default:
        return false;
    }
    return m_document.setPause(index.row(), pause);
}

Qt::ItemFlags PauseModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return m_document.isReadOnly() ? result : result | Qt::ItemIsEditable;
}

QVariant PauseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FirstColumn:
        return tr("From");
    case LastColumn:
        return tr("To");
    case WeeklyHoursColumn:
        return tr("Study");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
