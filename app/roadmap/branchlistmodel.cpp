// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/branchlistmodel.h"

#include "roadmap/roadmapdocument.h"

BranchListModel::BranchListModel(RoadmapDocument &document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(&m_document, &RoadmapDocument::aboutToReset, this, &BranchListModel::beginResetModel);
    connect(&m_document, &RoadmapDocument::reset, this, [this] {
        if (m_stage >= m_document.roadmap().stages.size())
            m_stage = -1;
        endResetModel();
    });
    connect(&m_document, &RoadmapDocument::branchChanged, this, &BranchListModel::onBranchChanged);
}

void BranchListModel::setStage(int stage)
{
    beginResetModel();
    m_stage = (stage >= 0 && stage < m_document.roadmap().stages.size()) ? stage : -1;
    endResetModel();
}

int BranchListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_stage < 0)
        return 0;
    return int(m_document.roadmap().stages.at(m_stage).branches.size());
}

QVariant BranchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Branch &branch = m_document.roadmap().stages.at(m_stage).branches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return branch.description.isEmpty() ? branch.title : tr("%1 — %2").arg(branch.title, branch.description);
    case Qt::ToolTipRole:
        return branch.chosen ? tr("You follow this branch: its items count toward the stage's progress.")
                             : tr("You do not follow this branch: its items do not count toward progress.");
    case Qt::CheckStateRole:
        return branch.chosen ? Qt::Checked : Qt::Unchecked;
    case KeyRole:
        return branch.key;
    case DescriptionRole:
        return branch.description;
    default:
        return {};
    }
}

bool BranchListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Branch &branch = m_document.roadmap().stages.at(m_stage).branches.at(index.row());
    QString error;
    const bool chosen = value.value<Qt::CheckState>() == Qt::Checked;
    if (!m_document.setBranchChosen(branch.key, chosen, &error)) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    return true; // dataChanged follows from the document's branchChanged
}

Qt::ItemFlags BranchListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document.isReadOnly())
        result |= Qt::ItemIsUserCheckable;
    return result;
}

void BranchListModel::onBranchChanged(int stage, int branch)
{
    if (stage != m_stage)
        return;
    const QModelIndex changed = index(branch);
    Q_EMIT dataChanged(changed, changed, {Qt::CheckStateRole, Qt::ToolTipRole});
}
