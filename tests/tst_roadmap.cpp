// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/roadmap.h"

#include <QTest>

namespace {
Item makeItem(const QString &key, bool done)
{
    Item item;
    item.key = key;
    item.title = QLatin1String("Item ") + key;
    item.done = done;
    return item;
}

Section makeSection(const QString &stageKey, int index, const QString &branchKey, int items, int done)
{
    Section section;
    section.title = QLatin1String("Section ") + QString::number(index);
    section.branchKey = branchKey;
    for (int i = 1; i <= items; ++i)
        section.items.append(makeItem(
            stageKey + QLatin1Char('.') + QString::number(index) + QLatin1Char('.') + QString::number(i), i <= done));
    return section;
}

// Stage "2": its own section (4 items, 2 done), branch 2.b1 (3 items, 1 done), branch 2.b2 (2 items, 2 done).
Stage stageWithBranches(bool firstChosen, bool secondChosen)
{
    Stage stage;
    stage.key = QStringLiteral("2");
    stage.title = QStringLiteral("Foundations");
    stage.branches = {Branch{QStringLiteral("2.b1"), QStringLiteral("Applications"), {}, firstChosen},
                      Branch{QStringLiteral("2.b2"), QStringLiteral("Optimisation"), {}, secondChosen}};
    stage.sections = {makeSection(stage.key, 1, {}, 4, 2), makeSection(stage.key, 2, QStringLiteral("2.b1"), 3, 1),
                      makeSection(stage.key, 3, QStringLiteral("2.b2"), 2, 2)};
    return stage;
}

Roadmap twoStageRoadmap()
{
    Roadmap roadmap;
    Stage first;
    first.key = QStringLiteral("1");
    first.sections = {makeSection(first.key, 1, {}, 2, 0), makeSection(first.key, 2, {}, 1, 1)};
    roadmap.stages = {first, stageWithBranches(true, true)};
    return roadmap;
}
} // namespace

class TestRoadmap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindNames_data();
    void kindNames();
    void unknownKindNames_data();
    void unknownKindNames();
    void progress_data();
    void progress();
    void emptyStage();
    void branchLookup();
    void sectionOfUnknownBranchDoesNotCount();
    void stageLookup_data();
    void stageLookup();
    void itemLookup_data();
    void itemLookup();
    void itemLookupDetachesCopies();
    void itemKeysInDocumentOrder();
};

void TestRoadmap::kindNames_data()
{
    QTest::addColumn<ItemKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("course") << ItemKind::Course << QStringLiteral("course");
    QTest::newRow("book") << ItemKind::Book << QStringLiteral("book");
    QTest::newRow("document") << ItemKind::Document << QStringLiteral("document");
    QTest::newRow("project") << ItemKind::Project << QStringLiteral("project");
    QTest::newRow("assessment") << ItemKind::Assessment << QStringLiteral("assessment");
    QTest::newRow("topic") << ItemKind::Topic << QStringLiteral("topic");
    QTest::newRow("resource") << ItemKind::Resource << QStringLiteral("resource");
    QTest::newRow("activity") << ItemKind::Activity << QStringLiteral("activity");
}

void TestRoadmap::kindNames()
{
    QFETCH(ItemKind, kind);
    QFETCH(QString, name);
    QCOMPARE(itemKindName(kind), name);
    const std::optional<ItemKind> parsed = itemKindFromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, kind);
}

void TestRoadmap::unknownKindNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Course");
    QTest::newRow("padded") << QStringLiteral(" book");
    QTest::newRow("unknown") << QStringLiteral("video");
}

void TestRoadmap::unknownKindNames()
{
    QFETCH(QString, name);
    QVERIFY(!itemKindFromName(name).has_value());
}

void TestRoadmap::progress_data()
{
    QTest::addColumn<bool>("firstChosen");
    QTest::addColumn<bool>("secondChosen");
    QTest::addColumn<int>("counted");
    QTest::addColumn<int>("done");

    QTest::newRow("both branches chosen") << true << true << 9 << 5;
    QTest::newRow("first branch left out") << false << true << 6 << 4;
    QTest::newRow("second branch left out") << true << false << 7 << 3;
    QTest::newRow("no branch chosen") << false << false << 4 << 2;
}

void TestRoadmap::progress()
{
    QFETCH(bool, firstChosen);
    QFETCH(bool, secondChosen);
    QFETCH(int, counted);
    QFETCH(int, done);

    const Stage stage = stageWithBranches(firstChosen, secondChosen);
    QVERIFY(stage.counts(stage.sections.at(0)));
    QCOMPARE(stage.counts(stage.sections.at(1)), firstChosen);
    QCOMPARE(stage.counts(stage.sections.at(2)), secondChosen);
    QCOMPARE(stage.countedItems(), counted);
    QCOMPARE(stage.countedDone(), done);
    QCOMPARE(stage.progress(), double(done) / counted);
}

void TestRoadmap::emptyStage()
{
    Stage stage;
    stage.key = QStringLiteral("1");
    QCOMPARE(stage.countedItems(), 0);
    QCOMPARE(stage.countedDone(), 0);
    QCOMPARE(stage.progress(), 0.0);

    // Only unchosen branches: nothing counts, and progress stays 0 rather than dividing by zero.
    stage = stageWithBranches(false, false);
    stage.sections.removeFirst();
    QCOMPARE(stage.countedItems(), 0);
    QCOMPARE(stage.progress(), 0.0);
}

void TestRoadmap::branchLookup()
{
    const Stage stage = stageWithBranches(true, false);
    const Branch *branch = stage.branch(QStringLiteral("2.b2"));
    QVERIFY(branch);
    QCOMPARE(branch->title, QStringLiteral("Optimisation"));
    QVERIFY(!branch->chosen);
    QVERIFY(!stage.branch(QStringLiteral("2.b3")));
    QVERIFY(!stage.branch(QString()));
}

void TestRoadmap::sectionOfUnknownBranchDoesNotCount()
{
    Stage stage = stageWithBranches(true, true);
    stage.sections.append(makeSection(stage.key, 4, QStringLiteral("2.b9"), 5, 5));
    QVERIFY(!stage.counts(stage.sections.last()));
    QCOMPARE(stage.countedItems(), 9);
}

void TestRoadmap::stageLookup_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("found");
    QTest::newRow("first") << QStringLiteral("1") << true;
    QTest::newRow("second") << QStringLiteral("2") << true;
    QTest::newRow("missing") << QStringLiteral("3") << false;
    QTest::newRow("item key is not a stage key") << QStringLiteral("1.1.1") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRoadmap::stageLookup()
{
    QFETCH(QString, key);
    QFETCH(bool, found);
    Roadmap roadmap = twoStageRoadmap();
    const Roadmap &constRoadmap = roadmap;
    QCOMPARE(roadmap.stage(key) != nullptr, found);
    QCOMPARE(constRoadmap.stage(key) != nullptr, found);
    if (found) {
        QCOMPARE(roadmap.stage(key)->key, key);
        QCOMPARE(constRoadmap.stage(key)->key, key);
    }
}

void TestRoadmap::itemLookup_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("found");
    QTest::addColumn<bool>("done");
    QTest::newRow("first item") << QStringLiteral("1.1.1") << true << false;
    QTest::newRow("second section of stage 1") << QStringLiteral("1.2.1") << true << true;
    QTest::newRow("branch item") << QStringLiteral("2.2.3") << true << false;
    QTest::newRow("past the last item") << QStringLiteral("2.3.3") << false << false;
    QTest::newRow("stage key") << QStringLiteral("1") << false << false;
}

void TestRoadmap::itemLookup()
{
    QFETCH(QString, key);
    QFETCH(bool, found);
    QFETCH(bool, done);
    const Roadmap roadmap = twoStageRoadmap();
    const Item *item = roadmap.item(key);
    QCOMPARE(item != nullptr, found);
    if (found) {
        QCOMPARE(item->key, key);
        QCOMPARE(item->done, done);
    }
}

void TestRoadmap::itemLookupDetachesCopies()
{
    Roadmap roadmap = twoStageRoadmap();
    const Roadmap copy = roadmap;
    Item *item = roadmap.item(QStringLiteral("2.1.4"));
    QVERIFY(item);
    QVERIFY(!item->done);
    item->done = true;
    QVERIFY(roadmap.item(QStringLiteral("2.1.4"))->done);
    QVERIFY(!copy.item(QStringLiteral("2.1.4"))->done);

    Stage *stage = roadmap.stage(QStringLiteral("1"));
    QVERIFY(stage);
    stage->title = QStringLiteral("Renamed");
    QCOMPARE(roadmap.stages.first().title, QStringLiteral("Renamed"));
    QVERIFY(copy.stages.first().title.isEmpty());
}

void TestRoadmap::itemKeysInDocumentOrder()
{
    const Roadmap roadmap = twoStageRoadmap();
    const QStringList expected{
        QStringLiteral("1.1.1"), QStringLiteral("1.1.2"), QStringLiteral("1.2.1"), QStringLiteral("2.1.1"),
        QStringLiteral("2.1.2"), QStringLiteral("2.1.3"), QStringLiteral("2.1.4"), QStringLiteral("2.2.1"),
        QStringLiteral("2.2.2"), QStringLiteral("2.2.3"), QStringLiteral("2.3.1"), QStringLiteral("2.3.2"),
    };
    QCOMPARE(roadmap.itemKeys(), expected);
    QVERIFY(Roadmap{}.itemKeys().isEmpty());
}

QTEST_GUILESS_MAIN(TestRoadmap)
#include "tst_roadmap.moc"
