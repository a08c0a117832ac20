// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/stagecolors.h"

#include <QPalette>

#include <array>
#include <cmath>

namespace {
// Okabe and Ito's colour-blind-safe set, ordered so that neighbouring stages differ most; the yellow is
// darkened on light backgrounds, where the original hardly shows.
constexpr std::array<QRgb, 8> Light = {0x0072b2, 0xe69f00, 0x009e73, 0xd55e00, 0x56b4e9, 0xcc79a7, 0xb8a600, 0x7a7a7a};
constexpr std::array<QRgb, 8> Dark = {0x4aa3e0, 0xf0b03c, 0x2fc79b, 0xf27c3e, 0x7fc9f2, 0xe09ac2, 0xf0e442, 0xa8a8a8};

// Relative luminance (WCAG 2) of an sRGB colour.
double luminance(const QColor &color)
{
    const auto channel = [](float c) {
        return c <= 0.03928f ? double(c) / 12.92 : std::pow((double(c) + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}
} // namespace

int StageColors::count()
{
    return int(Light.size());
}

QColor StageColors::color(int stageIndex, const QPalette &palette)
{
    const int n = count();
    const auto index = size_t(((stageIndex % n) + n) % n);
    return QColor::fromRgb(isDark(palette) ? Dark[index] : Light[index]);
}

QColor StageColors::textOn(const QColor &background)
{
    // The contrast ratios against black and white are equal at a luminance of about 0.18.
    return luminance(background) > 0.18 ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xff, 0xff, 0xff);
}

bool StageColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
