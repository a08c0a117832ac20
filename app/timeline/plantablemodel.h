// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <functional>

class PlanDocument;
struct Plan;

// The base of the Timeline view's tables: one row per element of a list of the plan (stages,
// pauses). A plan change with the same number of rows repaints them; another number resets the model.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanTableModel)

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    PlanTableModel(PlanDocument &document, int columns, std::function<int(const Plan &)> rowsOf, QObject *parent);

    PlanDocument &m_document;

private:
    void onChanged();

    const int m_columns;
    const std::function<int(const Plan &)> m_rowsOf;
    int m_rows;
};
