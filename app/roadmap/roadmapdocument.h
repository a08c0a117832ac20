// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roadmap/roadmap.h"

#include <QObject>
#include <QString>

#include <optional>

class RoadmapRepository;

// The roadmap on screen: the current roadmap loaded in the interface language, kept in step with
// the repository's signals. Edits go to the repository (one transaction each); the document only
// mirrors what was committed.
class RoadmapDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoadmapDocument)

public:
    struct ItemPosition {
        int stage = -1;
        int section = -1;
        int item = -1;
    };

    explicit RoadmapDocument(RoadmapRepository &repository, QObject *parent = nullptr);

    bool load(int roadmapId, const QString &language, QString *error);
    bool setLanguage(const QString &language, QString *error);

    int roadmapId() const { return m_roadmapId; }
    QString language() const { return m_language; }
    const Roadmap &roadmap() const { return m_roadmap; }
    RoadmapRepository &repository() const { return m_repository; }

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    bool setItemDone(const QString &itemKey, bool done, QString *error);
    bool setBranchChosen(const QString &branchKey, bool chosen, QString *error);

    std::optional<ItemPosition> findItem(const QString &itemKey) const;

Q_SIGNALS:
    void aboutToReset();
    void reset();
    void itemChanged(int stage, int section, int item);
    void branchChanged(int stage, int branch);

private:
    void onItemDoneChanged(int roadmapId, const QString &itemKey, bool done);
    void onBranchChosenChanged(int roadmapId, const QString &branchKey, bool chosen);
    void onCurrentRoadmapChanged(int roadmapId);

    RoadmapRepository &m_repository;
    Roadmap m_roadmap;
    int m_roadmapId = 0;
    QString m_language;
    bool m_readOnly = false;
};
