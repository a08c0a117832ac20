// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/icons.h"

QIcon Icons::themed(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/fallback/%1.svg").arg(name)));
}

QIcon Icons::application()
{
    return QIcon::fromTheme(QStringLiteral(STUDYPLANNER_APP_ID), QIcon(QStringLiteral(":/icons/studyplanner.svg")));
}
