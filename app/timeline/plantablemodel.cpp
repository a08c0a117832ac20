// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/plantablemodel.h"

#include "timeline/plandocument.h"

PlanTableModel::PlanTableModel(PlanDocument &document, int columns, std::function<int(const Plan &)> rowsOf,
                               QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_columns(columns), m_rowsOf(std::move(rowsOf)),
      m_rows(m_rowsOf(document.plan()))
{
    connect(&m_document, &PlanDocument::changed, this, &PlanTableModel::onChanged);
}

void PlanTableModel::onChanged()
{
    const int rows = m_rowsOf(m_document.plan());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, m_columns - 1));
    }
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}
