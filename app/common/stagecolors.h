// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

// A stage's colour, shared by every view that tells stages apart by colour (the Week view's blocks,
// later the timeline and the statistics).
//
// Contract: a small fixed palette (Okabe–Ito, distinguishable with the common colour-vision
// deficiencies) indexed by the stage's position in the plan, wrapping around after count() stages,
// so a stage keeps its colour as long as it keeps its position. For dark palettes (a dark Base) the
// same hues come lighter, so that they keep their contrast against the background.
namespace StageColors {
int count();
QColor color(int stageIndex, const QPalette &palette);
// Black or white, whichever reads better on `background` (text and marks on a full-colour fill).
QColor textOn(const QColor &background);
bool isDark(const QPalette &palette);
} // namespace StageColors
