// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/planjson.h"

#include <QJsonArray>

namespace {

QJsonValue isoDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue isoDate(const std::optional<QDate> &date)
{
    return date ? isoDate(*date) : QJsonValue(QJsonValue::Null);
}

QString verdictName(Planner::Verdict verdict)
{
    switch (verdict) {
    case Planner::Verdict::Faster:
        return QStringLiteral("faster");
    case Planner::Verdict::Within:
        return QStringLiteral("within");
    case Planner::Verdict::Slower:
        return QStringLiteral("slower");
    case Planner::Verdict::OpenEnded:
        break;
    }
    return QStringLiteral("open-ended");
}

QString fieldName(Planner::Problem::Field field)
{
    using Field = Planner::Problem::Field;
    switch (field) {
    case Field::Start:
        return QStringLiteral("start");
    case Field::WeeklyHours:
        return QStringLiteral("weeklyHours");
    case Field::Effort:
        return QStringLiteral("effort");
    case Field::Duration:
        return QStringLiteral("duration");
    case Field::Overlap:
        return QStringLiteral("overlap");
    case Field::Pause:
        break;
    }
    return QStringLiteral("pause");
}

QJsonObject stageToJson(const Stage *stage, const StagePlan *stagePlan, const Planner::StageSchedule &s)
{
    std::optional<QDate> lastDay;
    if (s.end && s.end->isValid())
        lastDay = s.end->addDays(-1);
    QJsonObject months{{QStringLiteral("min"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("max"), QJsonValue(QJsonValue::Null)}};
    if (stage) {
        months[QStringLiteral("min")] = stage->months.min;
        if (stage->months.max)
            months[QStringLiteral("max")] = *stage->months.max;
    }
    return {
        {QStringLiteral("key"), s.stageKey},
        {QStringLiteral("title"), stage ? stage->title : QString()},
        {QStringLiteral("weeklyHours"), s.weeklyHours},
        {QStringLiteral("effortHours"), s.effortHours},
        {QStringLiteral("durationDays"), s.durationDays},
        {QStringLiteral("derived"), stagePlan ? derivedName(stagePlan->derived) : derivedName(Derived::Duration)},
        {QStringLiteral("overlapWeeks"), stagePlan ? stagePlan->overlapWeeks : 0},
        {QStringLiteral("start"), isoDate(s.start)},
        {QStringLiteral("end"), isoDate(s.end)},
        {QStringLiteral("lastDay"), isoDate(lastDay)},
        {QStringLiteral("guide"), QJsonObject{{QStringLiteral("months"), months},
                                              {QStringLiteral("earliestEnd"), isoDate(s.guideEarliestEnd)},
                                              {QStringLiteral("latestEnd"), isoDate(s.guideLatestEnd)}}},
        {QStringLiteral("verdict"), verdictName(s.verdict)},
        {QStringLiteral("weeksDifference"), s.weeksDifference},
    };
}

} // namespace

QJsonObject PlanJson::toJson(const Roadmap &roadmap, const Plan &plan, const Planner::Schedule &schedule)
{
    QJsonArray stages;
    for (const Planner::StageSchedule &s : schedule.stages)
        stages.append(stageToJson(roadmap.stage(s.stageKey), plan.stage(s.stageKey), s));

    const Planner::PathComparison &path = schedule.path;
    const QJsonObject pathJson{
        {QStringLiteral("end"), isoDate(path.end)},
        {QStringLiteral("guideEarliestEnd"), isoDate(path.guideEarliestEnd)},
        {QStringLiteral("guideLatestEnd"), isoDate(path.guideLatestEnd)},
        {QStringLiteral("verdict"), verdictName(path.verdict)},
        {QStringLiteral("weeksDifference"), path.weeksDifference},
    };

    QJsonArray pauses;
    for (const Pause &pause : plan.pauses) {
        pauses.append(QJsonObject{
            {QStringLiteral("first"), isoDate(pause.first)},
            {QStringLiteral("last"), isoDate(pause.last)},
            {QStringLiteral("weeklyHours"), pause.weeklyHours},
            {QStringLiteral("note"), pause.note},
        });
    }

    QJsonArray problems;
    for (const Planner::Problem &problem : schedule.problems) {
        problems.append(QJsonObject{
            {QStringLiteral("stage"),
             problem.stageKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem.stageKey)},
            {QStringLiteral("pause"),
             problem.pauseIndex >= 0 ? QJsonValue(problem.pauseIndex) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("field"), fieldName(problem.field)},
            {QStringLiteral("message"), problem.message},
        });
    }

    return {
        {QStringLiteral("format"), QStringLiteral("studyplanner-plan")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("roadmap"), roadmap.title},
        {QStringLiteral("language"), roadmap.language},
        {QStringLiteral("start"), isoDate(plan.start)},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("path"), pathJson},
        {QStringLiteral("pauses"), pauses},
        {QStringLiteral("problems"), problems},
    };
}
