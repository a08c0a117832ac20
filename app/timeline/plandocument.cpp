// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/plandocument.h"

#include "roadmap/roadmapdocument.h"
#include "storage/planrepository.h"
#include "support/clock.h"
#include "timeline/plancommands.h"

#include <QUndoStack>

#include <cmath>

namespace {
// Editing the figure that used to follow from the other two fixes it; another one follows then.
// The effort (the work to do) is kept wherever it can be: a new budget or duration moves the other.
Derived derivedAfterEditing(PlanDocument::Field field, Derived derived)
{
    switch (field) {
    case PlanDocument::Field::WeeklyHours:
        return derived == Derived::WeeklyHours ? Derived::Duration : derived;
    case PlanDocument::Field::Effort:
        return derived == Derived::Effort ? Derived::Duration : derived;
    case PlanDocument::Field::Duration:
        return derived == Derived::Duration ? Derived::WeeklyHours : derived;
    }
    return derived;
}
} // namespace

PlanDocument::PlanDocument(RoadmapDocument &roadmap, PlanRepository &plans, Clock &clock, QObject *parent)
    : QObject(parent), m_roadmap(roadmap), m_plans(plans), m_clock(clock), m_undoStack(new QUndoStack(this))
{
    connect(&m_roadmap, &RoadmapDocument::reset, this, &PlanDocument::reload);
    // Branch choices change which items count, and so the item estimates: recompute.
    connect(&m_roadmap, &RoadmapDocument::branchChanged, this, [this] {
        Q_EMIT aboutToChange();
        m_schedule = Planner::compute(m_plan, this->roadmap());
        Q_EMIT changed();
    });
    reload();
}

PlanDocument::~PlanDocument() = default;

const Roadmap &PlanDocument::roadmap() const
{
    return m_roadmap.roadmap();
}

QDate PlanDocument::today() const
{
    return m_clock.now().toLocalTime().date();
}

bool PlanDocument::isReadOnly() const
{
    return m_roadmap.isReadOnly();
}

void PlanDocument::reload()
{
    Q_EMIT aboutToChange();
    if (m_roadmap.roadmapId() == m_roadmapId) {
        // The same roadmap in another language: same plan, same history; only the titles changed.
        m_schedule = Planner::compute(m_plan, roadmap());
        Q_EMIT changed();
        return;
    }
    // Another roadmap: the undo history belonged to the plan that was shown.
    m_roadmapId = m_roadmap.roadmapId();
    m_undoStack->clear();
    QString error;
    std::optional<Plan> stored = m_plans.load(m_roadmap.roadmapId(), &error);
    if (!error.isEmpty())
        Q_EMIT refused(error);
    const QDate start = stored && stored->start.isValid() ? stored->start : today();
    Plan plan = Planner::defaultPlan(roadmap(), start);
    if (stored) {
        // A roadmap whose stages changed since the plan was stored (an updated guide): new stages
        // keep the guide's defaults, stages that are gone are dropped.
        for (StagePlan &stage : plan.stages) {
            if (const StagePlan *known = stored->stage(stage.stageKey))
                stage = *known;
        }
        plan.pauses = stored->pauses;
    }
    m_plan = normalized(plan, &m_schedule);
    Q_EMIT changed();
}

Plan PlanDocument::normalized(Plan plan, Planner::Schedule *schedule) const
{
    // The stored plan remembers the derived figures too, as computed.
    *schedule = Planner::compute(plan, roadmap());
    if (!schedule->isValid())
        return plan;
    for (StagePlan &stage : plan.stages) {
        const Planner::StageSchedule *computed = schedule->stage(stage.stageKey);
        if (!computed || !computed->end)
            continue;
        stage.weeklyHours = computed->weeklyHours;
        stage.effortHours = computed->effortHours;
        stage.durationDays = computed->durationDays;
    }
    return plan;
}

bool PlanDocument::apply(const Plan &plan, QString *error)
{
    Planner::Schedule schedule;
    const Plan stored = normalized(plan, &schedule);
    if (!schedule.isValid()) {
        *error = schedule.problems.constFirst().message;
        Q_EMIT refused(*error);
        return false;
    }
    if (!isReadOnly() && !m_plans.save(m_roadmap.roadmapId(), stored, error)) {
        Q_EMIT refused(*error);
        return false;
    }
    Q_EMIT aboutToChange();
    m_plan = stored;
    m_schedule = schedule;
    m_applied = true;
    Q_EMIT changed();
    return true;
}

bool PlanDocument::edit(Plan plan, const QString &text)
{
    if (isReadOnly()) {
        Q_EMIT refused(tr("This database is open read-only; the plan cannot be changed."));
        return false;
    }
    if (plan == m_plan)
        return true;
    const QList<Planner::Problem> problems = Planner::validate(plan, roadmap());
    if (!problems.isEmpty()) {
        Q_EMIT refused(problems.constFirst().message);
        return false;
    }
    // push() runs the command's redo(), that is apply(); a command whose redo failed is made
    // obsolete and dropped by the stack.
    m_applied = false;
    m_undoStack->push(new PlanEditCommand(*this, m_plan, plan, text));
    return m_applied;
}

bool PlanDocument::setStart(const QDate &start)
{
    Plan plan = m_plan;
    plan.start = start;
    return edit(plan, tr("Change the start date"));
}

bool PlanDocument::setValue(int stage, Field field, double value)
{
    if (stage < 0 || stage >= m_plan.stages.size())
        return false;
    Plan plan = m_plan;
    StagePlan &s = plan.stages[stage];
    QString text;
    switch (field) {
    case Field::WeeklyHours:
        s.weeklyHours = value;
        text = tr("Change the weekly hours");
        break;
    case Field::Effort:
        s.effortHours = value;
        text = tr("Change the effort");
        break;
    case Field::Duration:
        s.durationDays = int(std::lround(value));
        text = tr("Change the duration");
        break;
    }
    s.derived = derivedAfterEditing(field, s.derived);
    return edit(plan, text);
}

bool PlanDocument::setDerived(int stage, Derived derived)
{
    if (stage < 0 || stage >= m_plan.stages.size())
        return false;
    Plan plan = m_plan;
    plan.stages[stage].derived = derived;
    return edit(plan, tr("Change what follows"));
}

bool PlanDocument::setOverlapWeeks(int stage, int weeks)
{
    if (stage < 0 || stage >= m_plan.stages.size())
        return false;
    Plan plan = m_plan;
    plan.stages[stage].overlapWeeks = weeks;
    return edit(plan, tr("Change the overlap"));
}

bool PlanDocument::setEnd(int stage, const QDate &end)
{
    const Planner::StageSchedule *computed =
        stage >= 0 && stage < m_plan.stages.size() ? m_schedule.stage(m_plan.stages.at(stage).stageKey) : nullptr;
    if (!computed || !computed->end)
        return false;
    return setValue(stage, Field::Duration, double(computed->start.daysTo(end)));
}

bool PlanDocument::addPause(const Pause &pause)
{
    Plan plan = m_plan;
    plan.pauses.append(pause);
    return edit(plan, tr("Add a pause"));
}

bool PlanDocument::setPause(int index, const Pause &pause)
{
    if (index < 0 || index >= m_plan.pauses.size())
        return false;
    Plan plan = m_plan;
    plan.pauses[index] = pause;
    return edit(plan, tr("Change a pause"));
}

bool PlanDocument::removePause(int index)
{
    if (index < 0 || index >= m_plan.pauses.size())
        return false;
    Plan plan = m_plan;
    plan.pauses.removeAt(index);
    return edit(plan, tr("Remove a pause"));
}
