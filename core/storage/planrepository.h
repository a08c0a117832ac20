// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <optional>

class Database;

// The learner's plan per roadmap: start date, per-stage budgets, pauses (schema version 2).
class PlanRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanRepository)

public:
    explicit PlanRepository(Database &database, QObject *parent = nullptr);

    // The stored plan of `roadmapId`; std::nullopt with *error empty when none was stored yet (the
    // caller starts from Planner::defaultPlan), with *error set on a storage error.
    std::optional<Plan> load(int roadmapId, QString *error) const;

    // Replaces the stored plan of `roadmapId` in one transaction. Stage keys must exist in the
    // roadmap. Emits planChanged after the commit, and only when something changed.
    bool save(int roadmapId, const Plan &plan, QString *error);

Q_SIGNALS:
    void planChanged(int roadmapId);

private:
    Database &m_database;
};
