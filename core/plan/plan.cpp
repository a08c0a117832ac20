// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plan.h"

const StagePlan *Plan::stage(const QString &key) const
{
    for (const StagePlan &s : stages) {
        if (s.stageKey == key)
            return &s;
    }
    return nullptr;
}

StagePlan *Plan::stage(const QString &key)
{
    for (StagePlan &s : stages) {
        if (s.stageKey == key)
            return &s;
    }
    return nullptr;
}

QString derivedName(Derived derived)
{
    switch (derived) {
    case Derived::Duration:
        return QStringLiteral("duration");
    case Derived::Effort:
        return QStringLiteral("effort");
    case Derived::WeeklyHours:
        return QStringLiteral("weekly_hours");
    }
    return {};
}

std::optional<Derived> derivedFromName(const QString &name)
{
    for (Derived derived : {Derived::Duration, Derived::Effort, Derived::WeeklyHours}) {
        if (derivedName(derived) == name)
            return derived;
    }
    return std::nullopt;
}
