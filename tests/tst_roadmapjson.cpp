// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/roadmapjson.h"

#include <QJsonArray>
#include <QTest>

class TestRoadmapJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthRange_data();
    void monthRange();
    void itemsCarryStateAndLinks();
    void unchosenBranchesDoNotCount();
};

namespace {
Roadmap sampleRoadmap()
{
    Stage stage;
    stage.key = QStringLiteral("1");
    stage.title = QStringLiteral("Getting Started Stage");
    stage.months = {1, 2};
    stage.weeklyHours = {10, 15, true};
    stage.goals = {QStringLiteral("Understand transformers")};
    stage.branches = {{QStringLiteral("1.b1"), QStringLiteral("Applications"), QStringLiteral("APIs"), true},
                      {QStringLiteral("1.b2"), QStringLiteral("Research"), QString(), false}};
    Section courses{QStringLiteral("Courses"), ItemKind::Course, QString(), {}};
    courses.items.append({QStringLiteral("1.1.1"),
                          ItemKind::Course,
                          QStringLiteral("Prompt engineering"),
                          {QStringLiteral("Content: prompts")},
                          QUrl(QStringLiteral("https://example.org/course")),
                          3.0,
                          true});
    courses.items.append({QStringLiteral("1.1.2"), ItemKind::Book, QStringLiteral("A book"), {}, QUrl(), {}, false});
    Section research{QStringLiteral("Research"), ItemKind::Topic, QStringLiteral("1.b2"), {}};
    research.items.append({QStringLiteral("1.2.1"), ItemKind::Topic, QStringLiteral("Papers"), {}, QUrl(), {}, true});
    stage.sections = {courses, research};

    Roadmap roadmap;
    roadmap.title = QStringLiteral("Guide");
    roadmap.language = QStringLiteral("en");
    roadmap.stages = {stage};
    return roadmap;
}
} // namespace

void TestRoadmapJson::monthRange_data()
{
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max"); // -1: open-ended
    QTest::newRow("one to two months") << 1 << 2;
    QTest::newRow("six to twelve months") << 6 << 12;
    QTest::newRow("open-ended") << 6 << -1;
}

void TestRoadmapJson::monthRange()
{
    QFETCH(int, min);
    QFETCH(int, max);
    Roadmap roadmap = sampleRoadmap();
    roadmap.stages[0].months.min = min;
    roadmap.stages[0].months.max = max < 0 ? std::nullopt : std::optional<int>(max);

    const QJsonObject json = RoadmapJson::toJson(roadmap);
    const QJsonObject months = json[QStringLiteral("stages")][0][QStringLiteral("months")].toObject();
    QCOMPARE(months[QStringLiteral("min")].toInt(), min);
    if (max < 0)
        QVERIFY(months[QStringLiteral("max")].isNull());
    else
        QCOMPARE(months[QStringLiteral("max")].toInt(), max);
}

void TestRoadmapJson::itemsCarryStateAndLinks()
{
    const QJsonObject json = RoadmapJson::toJson(sampleRoadmap());
    QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("studyplanner-roadmap"));
    QCOMPARE(json[QStringLiteral("title")].toString(), QStringLiteral("Guide"));
    const QJsonObject stage = json[QStringLiteral("stages")][0].toObject();
    QCOMPARE(stage[QStringLiteral("title")].toString(), QStringLiteral("Getting Started Stage"));
    QCOMPARE(stage[QStringLiteral("weeklyHours")][QStringLiteral("min")].toInt(), 10);
    QCOMPARE(stage[QStringLiteral("weeklyHours")][QStringLiteral("max")].toInt(), 15);
    QCOMPARE(stage[QStringLiteral("goals")].toArray().size(), 1);

    const QJsonArray items = stage[QStringLiteral("sections")][0][QStringLiteral("items")].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0][QStringLiteral("kind")].toString(), QStringLiteral("course"));
    QCOMPARE(items[0][QStringLiteral("title")].toString(), QStringLiteral("Prompt engineering"));
    QCOMPARE(items[0][QStringLiteral("link")].toString(), QStringLiteral("https://example.org/course"));
    QCOMPARE(items[0][QStringLiteral("estimatedHours")].toDouble(), 3.0);
    QCOMPARE(items[0][QStringLiteral("done")].toBool(), true);
    QCOMPARE(items[1][QStringLiteral("kind")].toString(), QStringLiteral("book"));
    QVERIFY(items[1][QStringLiteral("link")].isNull());
    QVERIFY(items[1][QStringLiteral("estimatedHours")].isNull());
    QCOMPARE(items[1][QStringLiteral("done")].toBool(), false);
}

void TestRoadmapJson::unchosenBranchesDoNotCount()
{
    const QJsonObject stage = RoadmapJson::toJson(sampleRoadmap())[QStringLiteral("stages")][0].toObject();
    const QJsonArray branches = stage[QStringLiteral("branches")].toArray();
    QCOMPARE(branches.size(), 2);
    QCOMPARE(branches[1][QStringLiteral("chosen")].toBool(), false);
    const QJsonArray sections = stage[QStringLiteral("sections")].toArray();
    QCOMPARE(sections[1][QStringLiteral("branch")].toString(), QStringLiteral("1.b2"));
    QCOMPARE(sections[1][QStringLiteral("counts")].toBool(), false);
    // The done topic of the unchosen branch is not counted: 1 of 2 course items.
    QCOMPARE(stage[QStringLiteral("progress")][QStringLiteral("done")].toInt(), 1);
    QCOMPARE(stage[QStringLiteral("progress")][QStringLiteral("total")].toInt(), 2);
}

QTEST_GUILESS_MAIN(TestRoadmapJson)
#include "tst_roadmapjson.moc"
