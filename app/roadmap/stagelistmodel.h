// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>

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
        ActualHoursRole,  // double: hours logged for the stage
        PlannedHoursRole, // double: the plan's effort for the stage; invalid when it has none (open-ended)
        HoursTextRole,    // "12.5 of 80 h studied"
    };

    explicit StageListModel(RoadmapDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The hours logged per stage and the plan's effort per stage (stage key → hours); rows of stages
    // missing from `actual` show 0 h.
    void setHours(const QHash<QString, double> &actual, const QHash<QString, double> &planned);

    static QString durationText(const Stage &stage);
    static QString weeklyHoursText(const Stage &stage);

private:
    void onStageChanged(int stage);

    QString hoursText(const Stage &stage) const;

    RoadmapDocument &m_document;
    QHash<QString, double> m_actualHours;
    QHash<QString, double> m_plannedHours;
};
