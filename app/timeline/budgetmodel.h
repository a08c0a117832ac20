// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/plantablemodel.h"

#include <optional>

// The budget editor's table: one row per stage with its weekly hours, effort, duration and overlap
// (editable), which of the three follows, and the planned dates against the guide's ranges.
class BudgetModel final : public PlanTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetModel)

public:
    enum Column {
        StageColumn,
        WeeklyHoursColumn,
        EffortColumn,
        DurationColumn, // in weeks
        DerivedColumn,  // which of the three follows from the other two
        OverlapColumn,  // in weeks
        StartColumn,
        EndColumn, // the last planned day
        GuideColumn,
        VerdictColumn,
        ColumnCount,
    };
    enum Role {
        DerivedRole = Qt::UserRole + 1, // int(Derived) of the row
        VerdictRole,                    // int(Planner::Verdict) of the row
    };

    explicit BudgetModel(PlanDocument &document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString derivedText(int derived);

    // The hours a week the learner's availability holds in blocks; a budget above it is flagged (a
    // warning icon and the numbers in the tooltip). Nothing: no availability, no flag.
    void setPlaceableHours(std::optional<double> hours);
    static QString overAvailabilityText(double budget, double placeable);

private:
    bool isOpenEnded(int row) const;
    bool isOverAvailability(int row) const;

    std::optional<double> m_placeableHours;
};
