// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "plan/planner.h"

#include <QDate>
#include <QObject>
#include <QString>

class Clock;
class PlanRepository;
class QUndoStack;
class RoadmapDocument;
struct Roadmap;

// The plan of the roadmap on screen, and its schedule. It is loaded from the repository (or made
// from the guide's defaults, starting today), recomputed after every change, and edited only through
// undoable commands, each of which stores the whole plan in one transaction.
//
// An edit that the planner refuses (a budget of 0 or over 100 hours, an effort that cannot be reached)
// changes nothing and reports why through refused().
class PlanDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDocument)

public:
    enum class Field { WeeklyHours, Effort, Duration };

    PlanDocument(RoadmapDocument &roadmap, PlanRepository &plans, Clock &clock, QObject *parent = nullptr);
    ~PlanDocument() override;

    const Plan &plan() const { return m_plan; }
    const Planner::Schedule &schedule() const { return m_schedule; }
    const Roadmap &roadmap() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    QDate today() const;

    bool isReadOnly() const;

    // The edits the views offer. Each is one undo step; false (and refused()) when refused.
    bool setStart(const QDate &start);
    bool setValue(int stage, Field field, double value); // hours, or days for Duration
    bool setDerived(int stage, Derived derived);
    bool setOverlapWeeks(int stage, int weeks);
    bool setEnd(int stage, const QDate &end); // a dragged bar: the duration changes
    bool addPause(const Pause &pause);
    bool setPause(int index, const Pause &pause);
    bool removePause(int index);

    // Stores `plan` (already checked) and recomputes; used by the undo commands.
    bool apply(const Plan &plan, QString *error);

Q_SIGNALS:
    void aboutToChange();
    void changed();
    void refused(const QString &message);

private:
    bool edit(Plan plan, const QString &text);
    void reload();
    Plan normalized(Plan plan, Planner::Schedule *schedule) const;

    RoadmapDocument &m_roadmap;
    PlanRepository &m_plans;
    Clock &m_clock;
    QUndoStack *m_undoStack;
    Plan m_plan;
    Planner::Schedule m_schedule;
    int m_roadmapId = 0;    // the roadmap whose plan is loaded
    bool m_applied = false; // whether the last apply() succeeded
};
