// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/availability.h"

#include <QObject>
#include <QString>

#include <optional>

class Database;

// The learner's availability per roadmap: the weekly template and the block rules (schema version
// 3), and the date exceptions (schema version 4; one per date: exceptions of the same date are merged
// when saved, a day off winning over extra windows).
class AvailabilityRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityRepository)

public:
    explicit AvailabilityRepository(Database &database, QObject *parent = nullptr);

    // The stored availability of `roadmapId`; std::nullopt with *error empty when none was stored
    // yet, with *error set on a storage error.
    std::optional<Availability> load(int roadmapId, QString *error) const;

    // Replaces the stored availability of `roadmapId` in one transaction. Refuses a template with an
    // empty or reversed window and block rules the scheduler cannot follow. Emits
    // availabilityChanged after the commit, and only when something changed.
    bool save(int roadmapId, const Availability &availability, QString *error);

Q_SIGNALS:
    void availabilityChanged(int roadmapId);

private:
    Database &m_database;
};
