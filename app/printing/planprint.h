// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "plan/planner.h"
#include "printing/printlayout.h"
#include "roadmap/roadmap.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

class Session;

// The whole plan, over as many pages as it needs (portrait by default): a summary against the
// guide, the timeline of the stages drawn against the guide's bands, then per stage its dates
// (planned and the guide's range), goals, resources (with their links) and assessment checklist,
// each item with its state. Every page has a header (title, roadmap) and a footer ("Page N of M").
// A stage that does not fit in what is left of a page starts on the next one; text wraps.
class PlanPrint final
{
    Q_DECLARE_TR_FUNCTIONS(PlanPrint)

public:
    struct Data {
        Roadmap roadmap;
        Plan plan;
        Planner::Schedule schedule;
        QHash<QString, double> loggedHours; // stage key → hours in the study log
        QDate today;
    };

    static std::optional<Data> gather(const Session &session, QString *error);
    static PrintDocument layout(const Data &data, const PageSetup &setup);
};
