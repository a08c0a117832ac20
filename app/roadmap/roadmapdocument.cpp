// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/roadmapdocument.h"

#include "storage/roadmaprepository.h"

RoadmapDocument::RoadmapDocument(RoadmapRepository &repository, QObject *parent)
    : QObject(parent), m_repository(repository)
{
    connect(&m_repository, &RoadmapRepository::itemDoneChanged, this, &RoadmapDocument::onItemDoneChanged);
    connect(&m_repository, &RoadmapRepository::branchChosenChanged, this, &RoadmapDocument::onBranchChosenChanged);
    connect(&m_repository, &RoadmapRepository::currentRoadmapChanged, this, &RoadmapDocument::onCurrentRoadmapChanged);
}

bool RoadmapDocument::load(int roadmapId, const QString &language, QString *error)
{
    std::optional<Roadmap> loaded = m_repository.load(roadmapId, language, error);
    if (!loaded)
        return false;
    Q_EMIT aboutToReset();
    m_roadmap = std::move(*loaded);
    m_roadmapId = roadmapId;
    m_language = language;
    Q_EMIT reset();
    return true;
}

bool RoadmapDocument::setLanguage(const QString &language, QString *error)
{
    if (language == m_language)
        return true;
    return load(m_roadmapId, language, error);
}

bool RoadmapDocument::setItemDone(const QString &itemKey, bool done, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("This database is open read-only; the change was not saved.");
        return false;
    }
    return m_repository.setItemDone(m_roadmapId, itemKey, done, error);
}

bool RoadmapDocument::setBranchChosen(const QString &branchKey, bool chosen, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("This database is open read-only; the change was not saved.");
        return false;
    }
    return m_repository.setBranchChosen(m_roadmapId, branchKey, chosen, error);
}

std::optional<RoadmapDocument::ItemPosition> RoadmapDocument::findItem(const QString &itemKey) const
{
    for (int s = 0; s < m_roadmap.stages.size(); ++s) {
        const Stage &stage = m_roadmap.stages.at(s);
        for (int c = 0; c < stage.sections.size(); ++c) {
            const QList<Item> &items = stage.sections.at(c).items;
            for (int i = 0; i < items.size(); ++i) {
                if (items.at(i).key == itemKey)
                    return ItemPosition{s, c, i};
            }
        }
    }
    return std::nullopt;
}

void RoadmapDocument::onItemDoneChanged(int roadmapId, const QString &itemKey, bool done)
{
    if (roadmapId != m_roadmapId)
        return;
    const std::optional<ItemPosition> pos = findItem(itemKey);
    if (!pos)
        return;
    m_roadmap.stages[pos->stage].sections[pos->section].items[pos->item].done = done;
    Q_EMIT itemChanged(pos->stage, pos->section, pos->item);
}

void RoadmapDocument::onBranchChosenChanged(int roadmapId, const QString &branchKey, bool chosen)
{
    if (roadmapId != m_roadmapId)
        return;
    for (int s = 0; s < m_roadmap.stages.size(); ++s) {
        QList<Branch> &branches = m_roadmap.stages[s].branches;
        for (int b = 0; b < branches.size(); ++b) {
            if (branches.at(b).key == branchKey) {
                branches[b].chosen = chosen;
                Q_EMIT branchChanged(s, b);
                return;
            }
        }
    }
}

void RoadmapDocument::onCurrentRoadmapChanged(int roadmapId)
{
    if (roadmapId != m_roadmapId)
        load(roadmapId, m_language, nullptr);
}
