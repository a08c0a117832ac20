// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/planrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString IsoDate = QStringLiteral("yyyy-MM-dd");

using SqlHelpers::run;
using SqlHelpers::setError;

QString dateText(const QDate &date)
{
    return date.toString(IsoDate);
}

QDate dateFromText(const QVariant &value)
{
    return QDate::fromString(value.toString(), IsoDate);
}

// Reads the plan of `roadmapId` through `db` (inside a transaction or not). Returns false on an
// error (*error says what); *plan stays empty when no plan is stored.
bool readPlan(QSqlDatabase &db, int roadmapId, std::optional<Plan> *plan, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT start_date FROM plan WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!run(query, error))
        return false;
    if (!query.next())
        return true;

    Plan result;
    result.start = dateFromText(query.value(0));
    if (!result.start.isValid()) {
        setError(error, PlanRepository::tr("its start date “%1” is not a date").arg(query.value(0).toString()));
        return false;
    }

    // Stages in roadmap order: the order of the stage rows, not of the plan's rows.
    query.prepare(QStringLiteral("SELECT p.stage_key, p.weekly_hours, p.effort_hours, p.duration_days, p.derived,"
                                 " p.overlap_weeks FROM stage_plan p"
                                 " JOIN stage s ON s.roadmap_id = p.roadmap_id AND s.key = p.stage_key"
                                 " WHERE p.roadmap_id = ? ORDER BY s.position, p.stage_key"));
    query.addBindValue(roadmapId);
    if (!run(query, error))
        return false;
    while (query.next()) {
        StagePlan stage;
        stage.stageKey = query.value(0).toString();
        stage.weeklyHours = query.value(1).toDouble();
        stage.effortHours = query.value(2).toDouble();
        stage.durationDays = query.value(3).toInt();
        const std::optional<Derived> derived = derivedFromName(query.value(4).toString());
        if (!derived) {
            setError(error, PlanRepository::tr("stage %1 derives the unknown field “%2”")
                                .arg(stage.stageKey, query.value(4).toString()));
            return false;
        }
        stage.derived = *derived;
        stage.overlapWeeks = query.value(5).toInt();
        result.stages.append(stage);
    }

    query.prepare(QStringLiteral("SELECT first_date, last_date, weekly_hours, note FROM pause"
                                 " WHERE roadmap_id = ? ORDER BY position"));
    query.addBindValue(roadmapId);
    if (!run(query, error))
        return false;
    while (query.next()) {
        Pause pause;
        pause.first = dateFromText(query.value(0));
        pause.last = dateFromText(query.value(1));
        if (!pause.first.isValid() || !pause.last.isValid()) {
            setError(error, PlanRepository::tr("a pause from “%1” to “%2” does not have valid dates")
                                .arg(query.value(0).toString(), query.value(1).toString()));
            return false;
        }
        pause.weeklyHours = query.value(2).toDouble();
        pause.note = query.value(3).toString();
        result.pauses.append(pause);
    }
    *plan = result;
    return true;
}

// What the schema's constraints would refuse too, said in the learner's words before trying; empty
// when the plan can be stored.
QString refusal(QSqlDatabase &db, int roadmapId, const Plan &plan)
{
    if (!plan.start.isValid())
        return PlanRepository::tr("The plan has no valid start date.");

    QSet<QString> stageKeys;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT key FROM stage WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    QString detail;
    if (!run(query, &detail))
        return detail;
    while (query.next())
        stageKeys.insert(query.value(0).toString());
    if (stageKeys.isEmpty())
        return PlanRepository::tr("There is no roadmap %1.").arg(roadmapId);

    QSet<QString> seen;
    for (const StagePlan &stage : plan.stages) {
        if (!stageKeys.contains(stage.stageKey))
            return PlanRepository::tr("Roadmap %1 has no stage %2.").arg(roadmapId).arg(stage.stageKey);
        if (seen.contains(stage.stageKey))
            return PlanRepository::tr("The plan lists stage %1 twice.").arg(stage.stageKey);
        seen.insert(stage.stageKey);
    }
    for (const Pause &pause : plan.pauses) {
        if (!pause.first.isValid() || !pause.last.isValid() || pause.last < pause.first)
            return PlanRepository::tr("The pause from %1 to %2 does not have valid dates.")
                .arg(dateText(pause.first), dateText(pause.last));
    }
    return {};
}

bool writePlan(QSqlDatabase &db, int roadmapId, const Plan &plan, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM pause WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!run(query, error))
        return false;
    query.prepare(QStringLiteral("DELETE FROM stage_plan WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!run(query, error))
        return false;
    query.prepare(QStringLiteral("INSERT INTO plan (roadmap_id, start_date) VALUES (?, ?)"
                                 " ON CONFLICT (roadmap_id) DO UPDATE SET start_date = excluded.start_date"));
    query.addBindValue(roadmapId);
    query.addBindValue(dateText(plan.start));
    if (!run(query, error))
        return false;

    query.prepare(QStringLiteral("INSERT INTO stage_plan (roadmap_id, stage_key, weekly_hours, effort_hours,"
                                 " duration_days, derived, overlap_weeks) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const StagePlan &stage : plan.stages) {
        query.addBindValue(roadmapId);
        query.addBindValue(stage.stageKey);
        query.addBindValue(stage.weeklyHours);
        query.addBindValue(stage.effortHours);
        query.addBindValue(stage.durationDays);
        query.addBindValue(derivedName(stage.derived));
        query.addBindValue(stage.overlapWeeks);
        if (!run(query, error))
            return false;
    }

    query.prepare(QStringLiteral("INSERT INTO pause (roadmap_id, position, first_date, last_date, weekly_hours, note)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < plan.pauses.size(); ++i) {
        const Pause &pause = plan.pauses.at(i);
        query.addBindValue(roadmapId);
        query.addBindValue(i);
        query.addBindValue(dateText(pause.first));
        query.addBindValue(dateText(pause.last));
        query.addBindValue(pause.weeklyHours);
        query.addBindValue(pause.note.isNull() ? QStringLiteral("") : pause.note); // a null QString binds NULL
        if (!run(query, error))
            return false;
    }
    return true;
}

} // namespace

PlanRepository::PlanRepository(Database &database, QObject *parent) : QObject(parent), m_database(database) {}

std::optional<Plan> PlanRepository::load(int roadmapId, QString *error) const
{
    QSqlDatabase db = m_database.connection();
    std::optional<Plan> plan;
    QString detail;
    if (!readPlan(db, roadmapId, &plan, &detail)) {
        setError(error, tr("The plan of roadmap %1 cannot be read: %2").arg(roadmapId).arg(detail));
        return std::nullopt;
    }
    setError(error, QString());
    return plan;
}

bool PlanRepository::save(int roadmapId, const Plan &plan, QString *error)
{
    bool changed = false;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QString detail;
            std::optional<Plan> stored;
            if (!readPlan(db, roadmapId, &stored, &detail)) {
                *e = tr("The plan of roadmap %1 cannot be read: %2").arg(roadmapId).arg(detail);
                return false;
            }
            if (stored == plan)
                return true;
            if (const QString why = refusal(db, roadmapId, plan); !why.isEmpty()) {
                *e = tr("The plan was not saved: %1").arg(why);
                return false;
            }
            if (!writePlan(db, roadmapId, plan, &detail)) {
                *e = tr("The plan was not saved: %1").arg(detail);
                return false;
            }
            changed = true;
            return true;
        },
        error);
    if (committed && changed)
        Q_EMIT planChanged(roadmapId);
    return committed;
}
