// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/icons.h"

namespace {
// Without a desktop icon theme (none, or only the hicolor fallback, which holds application icons and
// no action icons), a theme lookup scans the icon directories at start and finds nothing: the bundled
// set is used directly then.
bool desktopHasIconTheme()
{
    static const bool hasTheme = !QIcon::themeName().isEmpty() && QIcon::themeName() != QLatin1String("hicolor");
    return hasTheme;
}
} // namespace

QIcon Icons::themed(const QString &name)
{
    const QIcon bundled(QStringLiteral(":/icons/fallback/%1.svg").arg(name));
    return desktopHasIconTheme() ? QIcon::fromTheme(name, bundled) : bundled;
}

QIcon Icons::application()
{
    const QIcon bundled(QStringLiteral(":/icons/studyplanner.svg"));
    return desktopHasIconTheme() ? QIcon::fromTheme(QStringLiteral(STUDYPLANNER_APP_ID), bundled) : bundled;
}
