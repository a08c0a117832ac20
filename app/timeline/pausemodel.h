// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/plantablemodel.h"

// The plan's pauses (holidays, exam periods), editable in place.
class PauseModel final : public PlanTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseModel)

public:
    enum Column {
        FirstColumn,
        LastColumn,
        WeeklyHoursColumn, // hours a week still available; 0: no study
        NoteColumn,
        ColumnCount,
    };

    explicit PauseModel(PlanDocument &document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
