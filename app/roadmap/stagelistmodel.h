// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

class RoadmapDocument;
struct Stage;

// The stages of the roadmap on screen, one row each, with their progress.
class StageListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageListModel)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ProgressRole,  // double 0..1 of the items that count
        DoneCountRole, // int
        CountedRole,   // int: items that count (unchosen branches excluded)
        DurationTextRole,
        WeeklyHoursTextRole,
    };

    explicit StageListModel(RoadmapDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString durationText(const Stage &stage);
    static QString weeklyHoursText(const Stage &stage);

private:
    void onStageChanged(int stage);

    RoadmapDocument &m_document;
};
