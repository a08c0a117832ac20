// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

class RoadmapDocument;

// The specialisation branches of one stage, checkable: a checked branch is one the learner follows.
class BranchListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BranchListModel)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        DescriptionRole,
    };

    explicit BranchListModel(RoadmapDocument &document, QObject *parent = nullptr);

    void setStage(int stage);
    int stage() const { return m_stage; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void onBranchChanged(int stage, int branch);

    RoadmapDocument &m_document;
    int m_stage = -1;
};
