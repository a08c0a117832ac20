// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/roadmapjson.h"

#include <QJsonArray>

namespace {
QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemToJson(const Item &item)
{
    return {
        {QStringLiteral("key"), item.key},
        {QStringLiteral("kind"), itemKindName(item.kind)},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("details"), QJsonArray::fromStringList(item.details)},
        {QStringLiteral("link"), item.link.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.link.toString())},
        {QStringLiteral("estimatedHours"), optionalNumber(item.estimatedHours)},
        {QStringLiteral("done"), item.done},
    };
}

QJsonObject stageToJson(const Stage &stage)
{
    QJsonArray branches;
    for (const Branch &branch : stage.branches) {
        branches.append(QJsonObject{
            {QStringLiteral("key"), branch.key},
            {QStringLiteral("title"), branch.title},
            {QStringLiteral("description"), branch.description},
            {QStringLiteral("chosen"), branch.chosen},
        });
    }
    QJsonArray sections;
    for (const Section &section : stage.sections) {
        QJsonArray items;
        for (const Item &item : section.items)
            items.append(itemToJson(item));
        sections.append(QJsonObject{
            {QStringLiteral("title"), section.title},
            {QStringLiteral("kind"), itemKindName(section.kind)},
            {QStringLiteral("branch"),
             section.branchKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(section.branchKey)},
            {QStringLiteral("counts"), stage.counts(section)},
            {QStringLiteral("items"), items},
        });
    }
    const QJsonValue monthMax = stage.months.max ? QJsonValue(*stage.months.max) : QJsonValue(QJsonValue::Null);
    return {
        {QStringLiteral("key"), stage.key},
        {QStringLiteral("title"), stage.title},
        {QStringLiteral("summary"), stage.summary},
        {QStringLiteral("months"),
         QJsonObject{{QStringLiteral("min"), stage.months.min}, {QStringLiteral("max"), monthMax}}},
        {QStringLiteral("weeklyHours"), QJsonObject{{QStringLiteral("min"), stage.weeklyHours.min},
                                                    {QStringLiteral("max"), stage.weeklyHours.max},
                                                    {QStringLiteral("fromGuide"), stage.weeklyHours.fromGuide}}},
        {QStringLiteral("goals"), QJsonArray::fromStringList(stage.goals)},
        {QStringLiteral("branches"), branches},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("progress"),
         QJsonObject{{QStringLiteral("done"), stage.countedDone()}, {QStringLiteral("total"), stage.countedItems()}}},
    };
}
} // namespace

QJsonObject RoadmapJson::toJson(const Roadmap &roadmap)
{
    QJsonArray stages;
    for (const Stage &stage : roadmap.stages)
        stages.append(stageToJson(stage));
    QJsonArray references;
    for (const ReferencePage &page : roadmap.references)
        references.append(
            QJsonObject{{QStringLiteral("title"), page.title}, {QStringLiteral("markdown"), page.markdown}});
    return {
        {QStringLiteral("format"), QStringLiteral("studyplanner-roadmap")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("title"), roadmap.title},
        {QStringLiteral("language"), roadmap.language},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("references"), references},
    };
}
