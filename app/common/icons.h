// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Icons {
// The freedesktop theme icon `name`, or the bundled SVG of the same name where the desktop has no
// icon theme (resources/icons/fallback/).
QIcon themed(const QString &name);
QIcon application();
} // namespace Icons
