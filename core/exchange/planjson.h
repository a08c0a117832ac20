// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "plan/planner.h"
#include "roadmap/roadmap.h"

#include <QJsonObject>

// The JSON written by --export-plan; its shape is documented in README.md ("Exported plan JSON").
namespace PlanJson {
QJsonObject toJson(const Roadmap &roadmap, const Plan &plan, const Planner::Schedule &schedule);
}
