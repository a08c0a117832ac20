// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roadmap/roadmap.h"

#include <QJsonObject>

// The JSON form of a roadmap with the learner's state, as written by --export-roadmap.
// Its shape is documented in README.md ("Exported roadmap JSON").
namespace RoadmapJson {
QJsonObject toJson(const Roadmap &roadmap);
}
