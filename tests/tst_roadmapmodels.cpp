// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/branchlistmodel.h"
#include "roadmap/itemtreemodel.h"
#include "roadmap/roadmapdocument.h"
#include "roadmap/stagelistmodel.h"
#include "session.h"
#include "storage/roadmaprepository.h"
#include "support/settings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestRoadmapModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelsPassTheTester_data();
    void modelsPassTheTester();
    void stageRowsFollowTheGuide();
    void tickingAnItemUpdatesBothModels();
    void unchoosingABranchChangesProgress();
    void languageReloadResetsModels();

private:
    QModelIndex findItem(const ItemTreeModel &model, const QString &key) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
};

void TestRoadmapModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<Session>(*m_settings);
    m_session->applyLanguage(QStringLiteral("en"));
    QString error;
    QVERIFY2(m_session->open(m_dir->filePath(QStringLiteral("db.sqlite")), &error), qPrintable(error));
}

void TestRoadmapModels::cleanup()
{
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

QModelIndex TestRoadmapModels::findItem(const ItemTreeModel &model, const QString &key) const
{
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex section = model.index(s, 0);
        for (int i = 0; i < model.rowCount(section); ++i) {
            const QModelIndex item = model.index(i, 0, section);
            if (item.data(ItemTreeModel::KeyRole).toString() == key)
                return item;
        }
    }
    return {};
}

void TestRoadmapModels::modelsPassTheTester_data()
{
    QTest::addColumn<int>("stage");
    for (int stage = 0; stage < 5; ++stage)
        QTest::addRow("stage %d", stage + 1) << stage;
}

void TestRoadmapModels::modelsPassTheTester()
{
    QFETCH(int, stage);
    RoadmapDocument &document = m_session->document();
    StageListModel stages(document);
    ItemTreeModel items(document);
    BranchListModel branches(document);
    QAbstractItemModelTester stagesTester(&stages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester itemsTester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester branchesTester(&branches, QAbstractItemModelTester::FailureReportingMode::QtTest);
    items.setStage(stage);
    branches.setStage(stage);
    QVERIFY(items.rowCount() > 0);

    // Exercise the change paths under the tester's eye.
    const QModelIndex first = items.index(0, 0, items.index(0, 0));
    QVERIFY(items.setData(first, Qt::Checked, Qt::CheckStateRole));
    if (branches.rowCount() > 0)
        QVERIFY(branches.setData(branches.index(0), Qt::Unchecked, Qt::CheckStateRole));
    QString error;
    QVERIFY(document.setLanguage(QStringLiteral("zh_CN"), &error));
}

void TestRoadmapModels::stageRowsFollowTheGuide()
{
    StageListModel stages(m_session->document());
    QCOMPARE(stages.rowCount(), 5);
    QCOMPARE(stages.index(0).data().toString(), QStringLiteral("Getting Started Stage"));
    QCOMPARE(stages.index(0).data(StageListModel::KeyRole).toString(), QStringLiteral("1"));
    QCOMPARE(stages.index(0).data(StageListModel::DoneCountRole).toInt(), 0);
    QVERIFY(stages.index(0).data(StageListModel::CountedRole).toInt() > 0);
    QCOMPARE(stages.index(4).data(StageListModel::DurationTextRole).toString(), QStringLiteral("ongoing"));
}

void TestRoadmapModels::tickingAnItemUpdatesBothModels()
{
    RoadmapDocument &document = m_session->document();
    StageListModel stages(document);
    ItemTreeModel items(document);
    items.setStage(0);
    const QModelIndex item = items.index(0, 0, items.index(0, 0));
    const int counted = stages.index(0).data(StageListModel::CountedRole).toInt();

    QSignalSpy itemSpy(&items, &QAbstractItemModel::dataChanged);
    QSignalSpy stageSpy(&stages, &QAbstractItemModel::dataChanged);
    QVERIFY(items.setData(item, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(itemSpy.count(), 1);
    QCOMPARE(itemSpy.at(0).at(0).toModelIndex(), item);
    QCOMPARE(stageSpy.count(), 1);
    QCOMPARE(item.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(stages.index(0).data(StageListModel::DoneCountRole).toInt(), 1);
    QCOMPARE(stages.index(0).data(StageListModel::ProgressRole).toDouble(), 1.0 / counted);

    // The tick is in the database, not only in the model.
    QString error;
    const std::optional<Roadmap> stored =
        m_session->roadmaps().load(document.roadmapId(), QStringLiteral("en"), &error);
    QVERIFY2(stored, qPrintable(error));
    QVERIFY(stored->item(item.data(ItemTreeModel::KeyRole).toString())->done);
}

void TestRoadmapModels::unchoosingABranchChangesProgress()
{
    RoadmapDocument &document = m_session->document();
    StageListModel stages(document);
    ItemTreeModel items(document);
    BranchListModel branches(document);
    // Stage 4 (specialisation) has four expert tracks with their own items.
    items.setStage(3);
    branches.setStage(3);
    QCOMPARE(branches.rowCount(), 4);
    const int countedBefore = stages.index(3).data(StageListModel::CountedRole).toInt();

    QSignalSpy branchSpy(&branches, &QAbstractItemModel::dataChanged);
    QVERIFY(branches.setData(branches.index(0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(branchSpy.count(), 1);
    QCOMPARE(branches.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    int branchItems = 0;
    const QString branchKey = branches.index(0).data(BranchListModel::KeyRole).toString();
    for (const Section &section : document.roadmap().stages.at(3).sections) {
        if (section.branchKey == branchKey)
            branchItems += int(section.items.size());
    }
    QVERIFY(branchItems > 0);
    QCOMPARE(stages.index(3).data(StageListModel::CountedRole).toInt(), countedBefore - branchItems);
}

void TestRoadmapModels::languageReloadResetsModels()
{
    RoadmapDocument &document = m_session->document();
    StageListModel stages(document);
    QSignalSpy resetSpy(&stages, &QAbstractItemModel::modelReset);
    QString error;
    QVERIFY(document.setLanguage(QStringLiteral("zh_CN"), &error));
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(stages.index(0).data().toString(), QStringLiteral("入门阶段"));
    QCOMPARE(stages.index(1).data().toString(), QStringLiteral("基础夯实阶段"));
}

QTEST_MAIN(TestRoadmapModels)
#include "tst_roadmapmodels.moc"
