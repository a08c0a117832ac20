// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasehelpers.h"
#include "plan/planner.h"
#include "roadmap/markdownimporter.h"
#include "schedule/weekplanner.h"
#include "storage/availabilityrepository.h"
#include "storage/blockrepository.h"
#include "storage/busyrepository.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/planrepository.h"
#include "storage/roadmaprepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestDb;

namespace {

const QStringList Tables = {QStringLiteral("roadmap"), QStringLiteral("roadmap_document"),
                            QStringLiteral("stage"),   QStringLiteral("branch"),
                            QStringLiteral("item"),    QStringLiteral("app_state")};

// The learner's state stored in tests/data/schemas/schema_v*.sqlite (see the README there).
const QStringList FixtureDoneItems = {QStringLiteral("1.1.1"), QStringLiteral("1.3.2"), QStringLiteral("3.5.1")};
const QStringList FixtureUnchosenBranches = {QStringLiteral("2.b3"), QStringLiteral("3.b2")};
// From schema 2 on, the fixtures also hold a plan: the default plan from this start with stage 2 at
// 20 hours a week, and one pause without study.
const QDate FixturePlanStart(2027, 1, 4);
const QList<double> FixtureWeeklyHours = {12.5, 20, 17.5, 17.5, 17.5};
const QDate FixturePauseFirst(2027, 2, 1);
const QDate FixturePauseLast(2027, 2, 14);
const QString FixturePauseNote = QStringLiteral("春节");
// From schema 3 on, also an availability with the default block rules.
const QString FixtureAvailability = QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00");
// From schema 4: a day off, the blocks of one week (the first one done), a dropped item, a calendar.
const QDate FixtureDayOff(2027, 2, 6);
const QDate FixtureBlockWeek(2027, 1, 11);
const QString FixtureDroppedItem = QStringLiteral("1.1.2");
const QString FixtureCalendarSource = QStringLiteral("/home/learner/work.ics");
const QTimeZone FixtureZone("Europe/Berlin");
// From schema 5: one study log entry, for the block that is done.
const QString FixtureEntryNote = QStringLiteral("第一次：Transformer 概览");

const QDateTime FixedNow(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC);

QByteArray guideFile(const QString &name)
{
    return fileBytes(QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/guides/") + name);
}

QMap<QString, int> rowCounts(const Database &db)
{
    QMap<QString, int> counts;
    for (const QString &table : Tables)
        counts.insert(table, rowCount(db.connection(), table));
    return counts;
}

const Branch *findBranch(const Roadmap &roadmap, const QString &key)
{
    for (const Stage &stage : roadmap.stages) {
        if (const Branch *branch = stage.branch(key))
            return branch;
    }
    return nullptr;
}

int itemsOfBranch(const Stage &stage, const QString &branchKey)
{
    int count = 0;
    for (const Section &section : stage.sections) {
        if (section.branchKey == branchKey)
            count += int(section.items.size());
    }
    return count;
}

} // namespace

class tst_RoadmapRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void builtinGuideStoredOnce();
    void builtinGuideUpdateKeepsTicks();
    void tickSurvivesReopen_data();
    void tickSurvivesReopen();
    void branchChoicePersistedAndExcludedFromProgress();
    void importGuide_data();
    void importGuide();
    void malformedImportStoresNothing_data();
    void malformedImportStoresNothing();
    void signalsFollowCommit();
    void readOnlyDatabaseRefusesChanges();
    void schemaFixturesKeepTheirTicks_data();
    void schemaFixturesKeepTheirTicks();
    void writeSchemaFixture();

private:
    bool reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock{FixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RoadmapRepository> m_repository;
};

void tst_RoadmapRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("studyplanner.sqlite"));
    QVERIFY(reopen());
}

void tst_RoadmapRepository::cleanup()
{
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

// Closes the file and opens it again with a fresh Database and repository, as a restart would.
bool tst_RoadmapRepository::reopen()
{
    m_repository.reset();
    m_database = std::make_unique<Database>(m_clock);
    QString error;
    if (!m_database->open(m_path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_repository = std::make_unique<RoadmapRepository>(*m_database, m_clock);
    return true;
}

void tst_RoadmapRepository::builtinGuideStoredOnce()
{
    QSignalSpy added(m_repository.get(), &RoadmapRepository::roadmapAdded);
    QSignalSpy current(m_repository.get(), &RoadmapRepository::currentRoadmapChanged);
    QCOMPARE(m_repository->currentRoadmapId(), 0);

    QString error;
    const int id = m_repository->ensureBuiltinGuide(&error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toInt(), id);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).toInt(), id);
    QCOMPARE(m_repository->currentRoadmapId(), id);

    QCOMPARE(m_repository->ensureBuiltinGuide(&error), id);
    QVERIFY(reopen());
    QCOMPARE(m_repository->ensureBuiltinGuide(&error), id);
    QCOMPARE(added.count(), 1);
    QCOMPARE(current.count(), 1);

    const QList<RoadmapRepository::Summary> roadmaps = m_repository->roadmaps();
    QCOMPARE(roadmaps.size(), 1);
    QCOMPARE(roadmaps.at(0).id, id);
    QCOMPARE(roadmaps.at(0).origin, QLatin1String(RoadmapRepository::BuiltinGuideOrigin));
    QCOMPARE(roadmaps.at(0).languages, QStringList({QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(m_repository->currentRoadmapId(), id);

    const std::optional<Roadmap> zh =
        MarkdownImporter::parseFile(QStringLiteral(":/guides/llm-learning-path.zh_CN.md"), &error);
    QVERIFY2(zh, qPrintable(error));
    QCOMPARE(roadmaps.at(0).title, zh->title);
    QCOMPARE(rowCount(m_database->connection(), QStringLiteral("stage")), int(zh->stages.size()));
    QCOMPARE(rowCount(m_database->connection(), QStringLiteral("item")), int(zh->itemKeys().size()));
    QCOMPARE(RawConnection::scalar(m_database->connection(), QStringLiteral("SELECT created_utc FROM roadmap")),
             QVariant(QStringLiteral("2026-01-05T09:30:00.000Z")));
}

void tst_RoadmapRepository::builtinGuideUpdateKeepsTicks()
{
    QString error;
    const int id = m_repository->ensureBuiltinGuide(&error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY2(m_repository->setItemDone(id, QStringLiteral("1.1.1"), true, &error), qPrintable(error));
    QVERIFY2(m_repository->setBranchChosen(id, QStringLiteral("2.b1"), false, &error), qPrintable(error));

    // What an older version of the app would have stored: other text, and no row for the
    // items and the branch that the bundled guide has since gained.
    QVERIFY(m_database->write(
        [](QSqlDatabase &db, QString *) {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("UPDATE roadmap_document SET markdown = '# Old text'"))
                   && query.exec(QStringLiteral("DELETE FROM item WHERE key IN ('1.3.2', '3.4.1')"))
                   && query.exec(QStringLiteral("DELETE FROM branch WHERE key = '2.b3'"));
        },
        &error));
    const QMap<QString, int> before = rowCounts(*m_database);

    QVERIFY(reopen());
    QSignalSpy added(m_repository.get(), &RoadmapRepository::roadmapAdded);
    QCOMPARE(m_repository->ensureBuiltinGuide(&error), id);
    QCOMPARE(added.count(), 0);
    QCOMPARE(m_repository->roadmaps().size(), 1);

    const QMap<QString, int> after = rowCounts(*m_database);
    QCOMPARE(after.value(QStringLiteral("item")), before.value(QStringLiteral("item")) + 2);
    QCOMPARE(after.value(QStringLiteral("branch")), before.value(QStringLiteral("branch")) + 1);
    QCOMPARE(RawConnection::scalar(m_database->connection(),
                                   QStringLiteral("SELECT markdown FROM roadmap_document WHERE language = 'en'"))
                 .toString()
                 .toUtf8(),
             fileBytes(QStringLiteral(":/guides/llm-learning-path.en.md")));

    const std::optional<Roadmap> roadmap = m_repository->load(id, QStringLiteral("zh_CN"), &error);
    QVERIFY2(roadmap, qPrintable(error));
    QVERIFY(roadmap->item(QStringLiteral("1.1.1"))->done);
    QVERIFY(!roadmap->item(QStringLiteral("1.3.2"))->done);
    QVERIFY(!findBranch(*roadmap, QStringLiteral("2.b1"))->chosen);
    QVERIFY(findBranch(*roadmap, QStringLiteral("2.b3"))->chosen);
    QVERIFY2(m_repository->setItemDone(id, QStringLiteral("3.4.1"), true, &error), qPrintable(error));
}

void tst_RoadmapRepository::tickSurvivesReopen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedLanguage");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("English (United States) falls back to English") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("German falls back to a stored language") << QStringLiteral("de") << QStringLiteral("en");
}

void tst_RoadmapRepository::tickSurvivesReopen()
{
    QFETCH(QString, language);
    QFETCH(QString, expectedLanguage);

    QString error;
    const int id = m_repository->ensureBuiltinGuide(&error);
    QVERIFY2(id > 0, qPrintable(error));
    const QString key = QStringLiteral("2.3.1");
    QVERIFY2(m_repository->setItemDone(id, key, true, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    QVERIFY(reopen());
    const std::optional<Roadmap> roadmap = m_repository->load(id, language, &error);
    QVERIFY2(roadmap, qPrintable(error));
    QCOMPARE(roadmap->language, expectedLanguage);
    QVERIFY(roadmap->item(key));
    QVERIFY(roadmap->item(key)->done);
    QCOMPARE(roadmap->stage(QStringLiteral("2"))->countedDone(), 1);
    int done = 0;
    for (const QString &k : roadmap->itemKeys())
        done += roadmap->item(k)->done ? 1 : 0;
    QCOMPARE(done, 1);
    QCOMPARE(RawConnection::scalar(m_database->connection(),
                                   QStringLiteral("SELECT done_changed_utc FROM item WHERE key = '2.3.1'")),
             QVariant(QStringLiteral("2026-01-05T09:30:00.000Z")));
}

void tst_RoadmapRepository::branchChoicePersistedAndExcludedFromProgress()
{
    QString error;
    const int id = m_repository->ensureBuiltinGuide(&error);
    QVERIFY2(id > 0, qPrintable(error));
    const QString stageKey = QStringLiteral("3");
    const QString branchKey = QStringLiteral("3.b2");

    std::optional<Roadmap> roadmap = m_repository->load(id, QStringLiteral("zh_CN"), &error);
    QVERIFY2(roadmap, qPrintable(error));
    const Stage *stage = roadmap->stage(stageKey);
    QVERIFY(stage);
    const int branchItems = itemsOfBranch(*stage, branchKey);
    QVERIFY(branchItems > 0);
    const int countedBefore = stage->countedItems();
    QString branchItem;
    for (const Section &section : stage->sections) {
        if (section.branchKey == branchKey && !section.items.isEmpty())
            branchItem = section.items.first().key;
    }
    QVERIFY2(m_repository->setItemDone(id, branchItem, true, &error), qPrintable(error));
    QVERIFY2(m_repository->setBranchChosen(id, branchKey, false, &error), qPrintable(error));

    QVERIFY(reopen());
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        roadmap = m_repository->load(id, language, &error);
        QVERIFY2(roadmap, qPrintable(error));
        stage = roadmap->stage(stageKey);
        QVERIFY(stage);
        QVERIFY(!stage->branch(branchKey)->chosen);
        QCOMPARE(stage->countedItems(), countedBefore - branchItems);
        QVERIFY(roadmap->item(branchItem)->done); // the tick is kept, it just does not count
        QCOMPARE(stage->countedDone(), 0);
    }

    QVERIFY2(m_repository->setBranchChosen(id, branchKey, true, &error), qPrintable(error));
    roadmap = m_repository->load(id, QStringLiteral("en"), &error);
    QVERIFY2(roadmap, qPrintable(error));
    QCOMPARE(roadmap->stage(stageKey)->countedItems(), countedBefore);
    QCOMPARE(roadmap->stage(stageKey)->countedDone(), 1);
}

void tst_RoadmapRepository::importGuide_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("English guide") << QStringLiteral("foreign-guide.en.md") << QStringLiteral("en")
                                   << QStringLiteral("A Learning Path for Rust Systems Programming");
    QTest::newRow("Chinese guide") << QStringLiteral("foreign-guide.zh_CN.md") << QStringLiteral("zh_CN")
                                   << QStringLiteral("数据库系统学习路径指南");
}

void tst_RoadmapRepository::importGuide()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(QString, title);

    QString error;
    const int builtin = m_repository->ensureBuiltinGuide(&error);
    QVERIFY2(builtin > 0, qPrintable(error));
    QSignalSpy added(m_repository.get(), &RoadmapRepository::roadmapAdded);
    QSignalSpy current(m_repository.get(), &RoadmapRepository::currentRoadmapChanged);

    const QString origin = QStringLiteral("/home/learner/") + file;
    const int id = m_repository->importMarkdown(guideFile(file), origin, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(id != builtin);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toInt(), id);
    QCOMPARE(current.count(), 0);
    QCOMPARE(m_repository->currentRoadmapId(), builtin);

    const QList<RoadmapRepository::Summary> roadmaps = m_repository->roadmaps();
    QCOMPARE(roadmaps.size(), 2);
    QCOMPARE(roadmaps.at(1).id, id);
    QCOMPARE(roadmaps.at(1).title, title);
    QCOMPARE(roadmaps.at(1).origin, origin);
    QCOMPARE(roadmaps.at(1).languages, QStringList(language));

    QVERIFY2(m_repository->setCurrentRoadmap(id, &error), qPrintable(error));
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).toInt(), id);
    QVERIFY(m_repository->setCurrentRoadmap(id, &error));
    QCOMPARE(current.count(), 1); // no change, no signal
    QVERIFY(!m_repository->setCurrentRoadmap(id + 100, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(current.count(), 1);

    QVERIFY(reopen());
    QCOMPARE(m_repository->currentRoadmapId(), id);
    QCOMPARE(m_repository->ensureBuiltinGuide(&error), builtin); // does not take "current" back
    QCOMPARE(m_repository->currentRoadmapId(), id);
    const std::optional<Roadmap> roadmap = m_repository->load(id, QStringLiteral("de"), &error);
    QVERIFY2(roadmap, qPrintable(error));
    QCOMPARE(roadmap->title, title);
    QCOMPARE(roadmap->language, language);
    const QString firstItem = roadmap->itemKeys().value(0);
    QVERIFY(!firstItem.isEmpty());
    QVERIFY2(m_repository->setItemDone(id, firstItem, true, &error), qPrintable(error));
    // The two roadmaps keep separate ticks even where their keys are the same.
    QVERIFY(!m_repository->load(builtin, QStringLiteral("en"), &error)->item(firstItem)->done);
}

void tst_RoadmapRepository::malformedImportStoresNothing_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::newRow("empty file") << guideFile(QStringLiteral("empty.md"));
    QTest::newRow("no stages") << guideFile(QStringLiteral("no-stages.md"));
    QTest::newRow("stage without duration") << guideFile(QStringLiteral("stage-without-duration.md"));
    QTest::newRow("binary junk") << guideFile(QStringLiteral("binary-junk.md"));
    QTest::newRow("plain text") << QByteArrayLiteral("Just a shopping list.\n\n- milk\n- bread\n");
}

void tst_RoadmapRepository::malformedImportStoresNothing()
{
    QFETCH(QByteArray, markdown);

    QString error;
    QVERIFY2(m_repository->ensureBuiltinGuide(&error) > 0, qPrintable(error));
    const QMap<QString, int> before = rowCounts(*m_database);
    QSignalSpy added(m_repository.get(), &RoadmapRepository::roadmapAdded);

    QCOMPARE(m_repository->importMarkdown(markdown, QStringLiteral("/home/learner/bad.md"), &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(added.count(), 0);
    QCOMPARE(rowCounts(*m_database), before);
    QCOMPARE(m_repository->roadmaps().size(), 1);
}

void tst_RoadmapRepository::signalsFollowCommit()
{
    QString error;
    const int id = m_repository->ensureBuiltinGuide(&error);
    QVERIFY2(id > 0, qPrintable(error));

    // A second connection sees only committed data: what it reads in the slot proves the order.
    RawConnection observer(m_path, true);
    QVERIFY(observer.isOpen());
    QStringList seen;
    connect(m_repository.get(), &RoadmapRepository::itemDoneChanged, this, [&](int, const QString &key, bool) {
        seen << QStringLiteral("item %1 done=%2")
                    .arg(key,
                         observer.scalar(QStringLiteral("SELECT done FROM item WHERE key = '%1'").arg(key)).toString());
    });
    connect(m_repository.get(), &RoadmapRepository::branchChosenChanged, this, [&](int, const QString &key, bool) {
        seen << QStringLiteral("branch %1 chosen=%2")
                    .arg(key, observer.scalar(QStringLiteral("SELECT chosen FROM branch WHERE key = '%1'").arg(key))
                                  .toString());
    });
    QSignalSpy itemSpy(m_repository.get(), &RoadmapRepository::itemDoneChanged);
    QSignalSpy branchSpy(m_repository.get(), &RoadmapRepository::branchChosenChanged);

    QVERIFY2(m_repository->setItemDone(id, QStringLiteral("1.2.1"), true, &error), qPrintable(error));
    QVERIFY2(m_repository->setItemDone(id, QStringLiteral("1.2.1"), true, &error), qPrintable(error)); // unchanged
    QVERIFY2(m_repository->setBranchChosen(id, QStringLiteral("4.b4"), false, &error), qPrintable(error));
    QVERIFY2(m_repository->setBranchChosen(id, QStringLiteral("4.b4"), false, &error), qPrintable(error));

    QCOMPARE(itemSpy.count(), 1);
    QCOMPARE(itemSpy.at(0), QVariantList({id, QStringLiteral("1.2.1"), true}));
    QCOMPARE(branchSpy.count(), 1);
    QCOMPARE(branchSpy.at(0), QVariantList({id, QStringLiteral("4.b4"), false}));
    QCOMPARE(seen, QStringList({QStringLiteral("item 1.2.1 done=1"), QStringLiteral("branch 4.b4 chosen=0")}));

    // Failures change nothing and say nothing.
    const QMap<QString, int> before = rowCounts(*m_database);
    QVERIFY(!m_repository->setItemDone(id, QStringLiteral("9.9.9"), true, &error));
    QVERIFY2(error.contains(QLatin1String("9.9.9")), qPrintable(error));
    QVERIFY(!m_repository->setBranchChosen(id, QStringLiteral("9.b9"), false, &error));
    QVERIFY2(error.contains(QLatin1String("9.b9")), qPrintable(error));
    QVERIFY(!m_repository->setItemDone(id + 100, QStringLiteral("1.2.1"), false, &error));
    QVERIFY(!m_repository->setBranchChosen(id, QStringLiteral("1.2.1"), false, &error)); // an item, not a branch
    QCOMPARE(itemSpy.count(), 1);
    QCOMPARE(branchSpy.count(), 1);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(rowCounts(*m_database), before);
}

void tst_RoadmapRepository::readOnlyDatabaseRefusesChanges()
{
    QString error;
    const int id = m_repository->ensureBuiltinGuide(&error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY2(m_repository->setItemDone(id, QStringLiteral("1.1.2"), true, &error), qPrintable(error));
    m_repository.reset();
    m_database.reset();
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
    }
    QVERIFY(reopen());
    QVERIFY(m_database->isReadOnly());

    QSignalSpy itemSpy(m_repository.get(), &RoadmapRepository::itemDoneChanged);
    QSignalSpy added(m_repository.get(), &RoadmapRepository::roadmapAdded);
    QCOMPARE(m_repository->ensureBuiltinGuide(&error), id);
    const std::optional<Roadmap> roadmap = m_repository->load(id, QStringLiteral("en"), &error);
    QVERIFY2(roadmap, qPrintable(error));
    QVERIFY(roadmap->item(QStringLiteral("1.1.2"))->done);

    QVERIFY(!m_repository->setItemDone(id, QStringLiteral("1.1.2"), false, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(
        m_repository->importMarkdown(guideFile(QStringLiteral("foreign-guide.en.md")), QStringLiteral("x.md"), &error),
        0);
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(itemSpy.count(), 0);
    QCOMPARE(added.count(), 0);
}

void tst_RoadmapRepository::schemaFixturesKeepTheirTicks_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("hasPlan");
    QTest::addColumn<bool>("hasAvailability");
    QTest::addColumn<bool>("hasBlocks");
    QTest::addColumn<bool>("hasEntries");
    const QList<Fixture> fixtures = schemaFixtures();
    for (const Fixture &fixture : fixtures)
        QTest::addRow("schema_v%d", fixture.version) << fixture.path << (fixture.version >= 2) << (fixture.version >= 3)
                                                     << (fixture.version >= 4) << (fixture.version >= 5);
    if (fixtures.isEmpty())
        QTest::newRow("no fixture") << QString() << false << false << false << false;
}

void tst_RoadmapRepository::schemaFixturesKeepTheirTicks()
{
    QFETCH(QString, fixture);
    QFETCH(bool, hasPlan);
    QFETCH(bool, hasAvailability);
    QFETCH(bool, hasBlocks);
    QFETCH(bool, hasEntries);

    QVERIFY2(QFileInfo::exists(fixture), "no fixture in tests/data/schemas");
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("studyplanner.sqlite"));
    QVERIFY(copyFile(fixture, m_path));
    QVERIFY(reopen());
    QCOMPARE(m_database->schemaVersion(), Database::SchemaVersion);

    QString error;
    const int id = m_repository->ensureBuiltinGuide(&error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(m_repository->roadmaps().size(), 1);
    QCOMPARE(m_repository->currentRoadmapId(), id);
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const std::optional<Roadmap> roadmap = m_repository->load(id, language, &error);
        QVERIFY2(roadmap, qPrintable(error));
        QStringList done;
        for (const QString &key : roadmap->itemKeys()) {
            if (roadmap->item(key)->done)
                done << key;
        }
        QCOMPARE(done, FixtureDoneItems);
        QStringList unchosen;
        for (const Stage &stage : roadmap->stages) {
            for (const Branch &branch : stage.branches) {
                if (!branch.chosen)
                    unchosen << branch.key;
            }
        }
        QCOMPARE(unchosen, FixtureUnchosenBranches);
    }

    // The plan: none before schema 2 (the learner starts from the default), the stored one after.
    PlanRepository plans(*m_database);
    error = QStringLiteral("left over");
    const std::optional<Plan> plan = plans.load(id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(plan.has_value(), hasPlan);
    const std::optional<Roadmap> roadmap = m_repository->load(id, QStringLiteral("en"), &error);
    QVERIFY2(roadmap, qPrintable(error));
    Plan edited = Planner::defaultPlan(*roadmap, QDate(2027, 9, 6));
    if (plan) {
        QCOMPARE(plan->start, FixturePlanStart);
        QStringList keys;
        QList<double> weeklyHours;
        for (const StagePlan &stage : plan->stages) {
            keys << stage.stageKey;
            weeklyHours << stage.weeklyHours;
            QCOMPARE(stage.derived, Derived::Duration);
            QCOMPARE(stage.overlapWeeks, 0);
        }
        QCOMPARE(keys, QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                    QStringLiteral("5")}));
        QCOMPARE(weeklyHours, FixtureWeeklyHours);
        QCOMPARE(plan->pauses.size(), 1);
        QCOMPARE(plan->pauses.at(0).first, FixturePauseFirst);
        QCOMPARE(plan->pauses.at(0).last, FixturePauseLast);
        QCOMPARE(plan->pauses.at(0).weeklyHours, 0.0);
        QCOMPARE(plan->pauses.at(0).note, FixturePauseNote);
        const Planner::Schedule schedule = Planner::compute(*plan, *roadmap);
        QVERIFY(schedule.isValid());
        QVERIFY(schedule.stage(QStringLiteral("2"))->end.has_value());
        edited = *plan;
        edited.pauses.clear();
    }

    // The availability: none before schema 3 (the learner is asked for it), the stored one after.
    AvailabilityRepository availabilities(*m_database);
    error = QStringLiteral("left over");
    const std::optional<Availability> availability = availabilities.load(id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(availability.has_value(), hasAvailability);
    if (availability) {
        const Availability defaults;
        QCOMPARE(AvailabilityText::format(*availability), FixtureAvailability);
        QCOMPARE(availability->minBlockMinutes, defaults.minBlockMinutes);
        QCOMPARE(availability->maxBlockMinutes, defaults.maxBlockMinutes);
        QCOMPARE(availability->breakMinutes, defaults.breakMinutes);
        QCOMPARE(availability->maxMinutesPerDay, defaults.maxMinutesPerDay);
        QCOMPARE(availability->exceptions.size(), hasBlocks ? 1 : 0);
        if (hasBlocks) {
            QCOMPARE(availability->exceptions.at(0).date, FixtureDayOff);
            QVERIFY(availability->exceptions.at(0).dayOff);
        }
    }

    // Blocks, dropped items and busy time: none before schema 4, the stored ones after.
    BlockRepository blocks(*m_database);
    BusyRepository busy(*m_database);
    const QList<StudyBlock> stored = *blocks.blocks(id, {}, {}, &error);
    QCOMPARE(stored.isEmpty(), !hasBlocks);
    QCOMPARE(*blocks.droppedItems(id, &error), hasBlocks ? QStringList{FixtureDroppedItem} : QStringList());
    QCOMPARE(*blocks.isScheduled(id, FixtureBlockWeek, &error), hasBlocks);
    QCOMPARE(busy.calendars(&error)->size(), hasBlocks ? 1 : 0);
    if (hasBlocks) {
        QCOMPARE(stored.size(), 11); // 12 h of the 12.5 h budget: two blocks an evening but Tuesday's, two on Saturday
        QCOMPARE(stored.constFirst().status, StudyBlock::Status::Done);
        for (const StudyBlock &b : stored) {
            QCOMPARE(WeekPlanner::mondayOf(b.start.toTimeZone(FixtureZone).date()), FixtureBlockWeek);
            QCOMPARE(b.stageKey, QStringLiteral("1"));
        }
        const BusyRepository::Calendar calendar = busy.calendars(&error)->constFirst();
        QCOMPARE(calendar.source, FixtureCalendarSource);
        QCOMPARE(calendar.eventCount, 1);
    }

    // The study log: empty before schema 5, the stored entry after; no timer runs.
    EntryRepository entries(*m_database);
    const QList<TimeEntry> logged = *entries.entries(id, {}, 0, 100, EntryRepository::Order::Ascending, &error);
    QCOMPARE(logged.size(), hasEntries ? 1 : 0);
    QVERIFY(!entries.openTimer(&error).has_value());
    if (hasEntries) {
        QCOMPARE(logged.constFirst().note, FixtureEntryNote);
        QCOMPARE(logged.constFirst().start, stored.constFirst().start);
        QCOMPARE(logged.constFirst().blockId, stored.constFirst().id);
        QCOMPARE(logged.constFirst().offsetMinutes, 60);
    }
    const std::optional<Availability> editedAvailability =
        AvailabilityText::parse(QStringLiteral("sat-sun 09:00-12:00"), &error);
    QVERIFY2(editedAvailability, qPrintable(error));

    // The migrated file takes a new plan and availability like a new file would.
    QVERIFY2(plans.save(id, edited, &error), qPrintable(error));
    QVERIFY2(availabilities.save(id, *editedAvailability, &error), qPrintable(error));
    QVERIFY(reopen());
    PlanRepository reopened(*m_database);
    QCOMPARE(reopened.load(id, &error), std::optional<Plan>(edited));
    const std::optional<Availability> reloaded = AvailabilityRepository(*m_database).load(id, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(AvailabilityText::format(*reloaded), QStringLiteral("sat-sun 09:00-12:00"));
}

// Not a check: writes tests/data/schemas/schema_v<SchemaVersion>.sqlite when asked to, see the
// README in that folder.
void tst_RoadmapRepository::writeSchemaFixture()
{
    const QString targetDir = qEnvironmentVariable("STUDYPLANNER_WRITE_SCHEMA_FIXTURE");
    if (targetDir.isEmpty())
        QSKIP("set STUDYPLANNER_WRITE_SCHEMA_FIXTURE to a folder to write the fixture of the current schema");

    const QString target = QDir(targetDir).filePath(QStringLiteral("schema_v%1.sqlite").arg(Database::SchemaVersion));
    QVERIFY(!QFileInfo::exists(target));
    m_path = target;
    QVERIFY(reopen());
    QString error;
    const int id = m_repository->ensureBuiltinGuide(&error);
    QVERIFY2(id > 0, qPrintable(error));
    for (const QString &key : FixtureDoneItems)
        QVERIFY2(m_repository->setItemDone(id, key, true, &error), qPrintable(error));
    for (const QString &key : FixtureUnchosenBranches)
        QVERIFY2(m_repository->setBranchChosen(id, key, false, &error), qPrintable(error));
    if (Database::SchemaVersion >= 2) {
        const std::optional<Roadmap> roadmap = m_repository->load(id, QStringLiteral("zh_CN"), &error);
        QVERIFY2(roadmap, qPrintable(error));
        Plan plan = Planner::defaultPlan(*roadmap, FixturePlanStart);
        plan.stage(QStringLiteral("2"))->weeklyHours = 20;
        Pause pause;
        pause.first = FixturePauseFirst;
        pause.last = FixturePauseLast;
        pause.weeklyHours = 0;
        pause.note = FixturePauseNote;
        plan.pauses.append(pause);
        // The stored duration remembers what the planner derives from the new budget and the pause.
        const Planner::Schedule schedule = Planner::compute(plan, *roadmap);
        QVERIFY(schedule.isValid());
        for (StagePlan &stage : plan.stages)
            stage.durationDays = schedule.stage(stage.stageKey)->durationDays;
        QCOMPARE(plan.stages.size(), FixtureWeeklyHours.size());
        for (int i = 0; i < plan.stages.size(); ++i)
            QCOMPARE(plan.stages.at(i).weeklyHours, FixtureWeeklyHours.at(i));
        PlanRepository plans(*m_database);
        QVERIFY2(plans.save(id, plan, &error), qPrintable(error));
    }
    if (Database::SchemaVersion >= 3) {
        const std::optional<Availability> availability = AvailabilityText::parse(FixtureAvailability, &error);
        QVERIFY2(availability, qPrintable(error));
        Availability withDayOff = *availability;
        if (Database::SchemaVersion >= 4) {
            DateException dayOff;
            dayOff.date = FixtureDayOff;
            dayOff.dayOff = true;
            withDayOff.exceptions.append(dayOff);
        }
        AvailabilityRepository availabilities(*m_database);
        QVERIFY2(availabilities.save(id, withDayOff, &error), qPrintable(error));
    }
    if (Database::SchemaVersion >= 4) {
        const std::optional<Roadmap> roadmap = m_repository->load(id, QStringLiteral("zh_CN"), &error);
        QVERIFY2(roadmap, qPrintable(error));
        const std::optional<Plan> plan = PlanRepository(*m_database).load(id, &error);
        QVERIFY2(plan, qPrintable(error));
        const Planner::Schedule schedule = Planner::compute(*plan, *roadmap);
        AvailabilityRepository availabilities(*m_database);
        BlockRepository blocks(*m_database);
        BusyRepository busy(*m_database);
        BusyEvent meeting;
        meeting.start = QDateTime(FixtureBlockWeek.addDays(1), QTime(19, 30), FixtureZone).toUTC();
        meeting.end = meeting.start.addSecs(3600);
        meeting.summary = QStringLiteral("Meeting");
        QVERIFY(busy.replaceCalendar(FixtureCalendarSource, QStringLiteral("Work"),
                                     QDateTime(FixturePlanStart, QTime(0, 0), FixtureZone),
                                     QDateTime(FixturePlanStart.addYears(1), QTime(0, 0), FixtureZone), FixedNow,
                                     {meeting}, &error)
                > 0);
        WeekPlanner planner(blocks, availabilities, busy);
        WeekPlanner::Context context;
        context.roadmapId = id;
        context.roadmap = &*roadmap;
        context.plan = &*plan;
        context.schedule = &schedule;
        context.zone = FixtureZone;
        context.now = QDateTime(FixtureBlockWeek.addDays(-1), QTime(12, 0), FixtureZone);
        const std::optional<WeekPlanner::Week> week = planner.refresh(context, FixtureBlockWeek, &error);
        QVERIFY2(week && !week->blocks.isEmpty(), qPrintable(error));
        StudyBlock first = week->blocks.constFirst();
        first.status = StudyBlock::Status::Done;
        QVERIFY2(blocks.update(id, {}, {first}, &error), qPrintable(error));
        QVERIFY2(blocks.setDroppedItems(id, {FixtureDroppedItem}, &error), qPrintable(error));
        if (Database::SchemaVersion >= 5) {
            TimeEntry entry;
            entry.stageKey = first.stageKey;
            entry.itemKey = first.itemKey;
            entry.blockId = first.id;
            entry.start = first.start;
            entry.end = first.end;
            entry.offsetMinutes = 60;
            entry.note = FixtureEntryNote;
            entry.source = TimeEntry::Source::Timer;
            EntryRepository entries(*m_database);
            QVERIFY2(entries.change(id, {}, {entry}, &error), qPrintable(error));
        }
    }
    m_repository.reset();
    m_database.reset(); // the last connection checkpoints the WAL into the file and removes it
    QVERIFY(!QFileInfo::exists(target + QLatin1String("-wal")));
    qInfo("wrote %s", qPrintable(target));
}

QTEST_GUILESS_MAIN(tst_RoadmapRepository)
#include "tst_roadmaprepository.moc"
