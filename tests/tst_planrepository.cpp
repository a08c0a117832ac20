// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasehelpers.h"
#include "plan/plan.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/roadmaprepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestDb;

namespace {

const QDateTime FixedNow(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC);

StagePlan stagePlan(const char *key, double weeklyHours, double effortHours, int durationDays, Derived derived,
                    int overlapWeeks = 0)
{
    StagePlan stage;
    stage.stageKey = QLatin1String(key);
    stage.weeklyHours = weeklyHours;
    stage.effortHours = effortHours;
    stage.durationDays = durationDays;
    stage.derived = derived;
    stage.overlapWeeks = overlapWeeks;
    return stage;
}

Pause pause(const QDate &first, const QDate &last, double weeklyHours = 0, const QString &note = QString())
{
    Pause p;
    p.first = first;
    p.last = last;
    p.weeklyHours = weeklyHours;
    p.note = note;
    return p;
}

// Every field set, every Derived value, awkward doubles, pauses not in date order.
Plan fullPlan()
{
    Plan plan;
    plan.start = QDate(2027, 1, 4);
    plan.stages = {
        stagePlan("1", 12.5, 75, 42, Derived::Duration),
        stagePlan("2", 0.1 + 0.2, 260.75, 91, Derived::Effort, 1),
        stagePlan("3", 1.0 / 3, 1000.0 / 7, 365, Derived::WeeklyHours, 2),
        stagePlan("4", 17.5, 1400, 560, Derived::Duration, 3),
        stagePlan("5", 17.5, 0, 0, Derived::Duration),
    };
    plan.pauses = {
        pause(QDate(2027, 6, 1), QDate(2027, 6, 20), 4.5, QStringLiteral("Exams")),
        pause(QDate(2027, 2, 1), QDate(2027, 2, 14), 0, QStringLiteral("春节 “Spring Festival”, 's")),
        pause(QDate(2028, 2, 29), QDate(2028, 2, 29)),
    };
    return plan;
}

// A few sums, enough to tell plans apart in a failure message.
QString describe(const Plan &plan)
{
    QStringList parts{QStringLiteral("start ") + plan.start.toString(Qt::ISODate)};
    for (const StagePlan &s : plan.stages)
        parts << QStringLiteral("%1: %2 h/w, %3 h, %4 d, derived %5, overlap %6")
                     .arg(s.stageKey)
                     .arg(s.weeklyHours, 0, 'g', 17)
                     .arg(s.effortHours, 0, 'g', 17)
                     .arg(s.durationDays)
                     .arg(int(s.derived))
                     .arg(s.overlapWeeks);
    for (const Pause &p : plan.pauses)
        parts << QStringLiteral("pause %1..%2 %3 h/w “%4”")
                     .arg(p.first.toString(Qt::ISODate), p.last.toString(Qt::ISODate))
                     .arg(p.weeklyHours)
                     .arg(p.note);
    return parts.join(QLatin1String("; "));
}

QMap<QString, int> planRowCounts(const QSqlDatabase &db)
{
    QMap<QString, int> counts;
    for (const char *table : {"plan", "stage_plan", "pause"})
        counts.insert(QLatin1String(table), rowCount(db, QLatin1String(table)));
    return counts;
}

} // namespace

Q_DECLARE_METATYPE(Plan)

// QCOMPARE prints this when two plans differ.
char *toString(const Plan &plan)
{
    return qstrdup(describe(plan).toUtf8().constData());
}

class tst_PlanRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void noPlanYet();
    void roundTrip_data();
    void roundTrip();
    void survivesReopen();
    void secondSaveReplaces();
    void unchangedSaveWritesNothing();
    void refusedPlanStoresNothing_data();
    void refusedPlanStoresNothing();
    void plansOfTwoRoadmapsAreSeparate();
    void readOnlyDatabaseRefuses();
    void signalFollowsCommit();

private:
    bool reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock{FixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RoadmapRepository> m_roadmaps;
    std::unique_ptr<PlanRepository> m_plans;
    int m_roadmapId = 0;
};

void tst_PlanRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("studyplanner.sqlite"));
    QVERIFY(reopen());
    QString error;
    m_roadmapId = m_roadmaps->ensureBuiltinGuide(&error);
    QVERIFY2(m_roadmapId > 0, qPrintable(error));
}

void tst_PlanRepository::cleanup()
{
    m_plans.reset();
    m_roadmaps.reset();
    m_database.reset();
    m_dir.reset();
}

// Closes the file and opens it again with a fresh Database and repositories, as a restart would.
bool tst_PlanRepository::reopen()
{
    m_plans.reset();
    m_roadmaps.reset();
    m_database = std::make_unique<Database>(m_clock);
    QString error;
    if (!m_database->open(m_path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_roadmaps = std::make_unique<RoadmapRepository>(*m_database, m_clock);
    m_plans = std::make_unique<PlanRepository>(*m_database);
    return true;
}

void tst_PlanRepository::noPlanYet()
{
    QString error = QStringLiteral("left over");
    QVERIFY(!m_plans->load(m_roadmapId, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = QStringLiteral("left over");
    QVERIFY(!m_plans->load(m_roadmapId + 100, &error)); // no such roadmap: no plan either
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_PlanRepository::roundTrip_data()
{
    QTest::addColumn<Plan>("plan");

    QTest::newRow("every field, every derived field, pauses out of date order") << fullPlan();
    Plan noPauses = fullPlan();
    noPauses.pauses.clear();
    QTest::newRow("no pauses") << noPauses;
    Plan fewStages = fullPlan();
    fewStages.stages = {fewStages.stages.at(0), fewStages.stages.at(2)};
    QTest::newRow("some stages only") << fewStages;
    Plan empty;
    empty.start = QDate(2028, 2, 29);
    QTest::newRow("start only, on a leap day") << empty;
}

void tst_PlanRepository::roundTrip()
{
    QFETCH(Plan, plan);

    QString error;
    QVERIFY2(m_plans->save(m_roadmapId, plan, &error), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const std::optional<Plan> loaded = m_plans->load(m_roadmapId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, plan);

    // What the file holds: ISO dates, the derived field by name, pauses numbered in plan order.
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(RawConnection::scalar(db, QStringLiteral("SELECT start_date FROM plan")).toString(),
             plan.start.toString(QStringLiteral("yyyy-MM-dd")));
    QCOMPARE(rowCount(db, QStringLiteral("stage_plan")), int(plan.stages.size()));
    for (const StagePlan &stage : plan.stages) {
        static const char *const names[] = {"duration", "effort", "weekly_hours"};
        QCOMPARE(RawConnection::scalar(
                     db, QStringLiteral("SELECT derived FROM stage_plan WHERE stage_key = '%1'").arg(stage.stageKey))
                     .toString(),
                 QLatin1String(names[int(stage.derived)]));
    }
    QStringList pauses;
    for (const Pause &p : plan.pauses)
        pauses << p.first.toString(Qt::ISODate) + QLatin1String("..") + p.last.toString(Qt::ISODate);
    QCOMPARE(RawConnection::scalar(db, QStringLiteral("SELECT group_concat(first_date || '..' || last_date, ',')"
                                                      " FROM (SELECT * FROM pause ORDER BY position)"))
                 .toString(),
             pauses.join(QLatin1Char(',')));
}

void tst_PlanRepository::survivesReopen()
{
    const Plan plan = fullPlan();
    QString error;
    QVERIFY2(m_plans->save(m_roadmapId, plan, &error), qPrintable(error));

    QVERIFY(reopen());
    const std::optional<Plan> loaded = m_plans->load(m_roadmapId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, plan);
}

void tst_PlanRepository::secondSaveReplaces()
{
    QString error;
    QVERIFY2(m_plans->save(m_roadmapId, fullPlan(), &error), qPrintable(error));

    Plan second = fullPlan();
    second.start = QDate(2027, 3, 1);
    second.pauses.removeAt(1);
    second.stages[1].weeklyHours = 20;
    second.stages[1].derived = Derived::Duration;
    second.stages.removeLast();
    QVERIFY2(m_plans->save(m_roadmapId, second, &error), qPrintable(error));

    QVERIFY(reopen());
    const std::optional<Plan> loaded = m_plans->load(m_roadmapId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, second);
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(planRowCounts(db),
             (QMap<QString, int>{
                 {QStringLiteral("plan"), 1}, {QStringLiteral("stage_plan"), 4}, {QStringLiteral("pause"), 2}}));
    QCOMPARE(RawConnection::scalar(db, QStringLiteral("SELECT count(*) FROM pause WHERE note LIKE '%Spring%'")).toInt(),
             0);
}

void tst_PlanRepository::unchangedSaveWritesNothing()
{
    QSignalSpy changed(m_plans.get(), &PlanRepository::planChanged);
    QString error;
    QVERIFY2(m_plans->save(m_roadmapId, fullPlan(), &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);

    // Another connection sees every commit as a new data_version; an unchanged save makes none.
    RawConnection observer(m_path, true);
    QVERIFY(observer.isOpen());
    const int versionBefore = observer.scalar(QStringLiteral("PRAGMA data_version")).toInt();
    const QByteArray walBefore = sha256(m_path + QLatin1String("-wal"));

    QVERIFY2(m_plans->save(m_roadmapId, fullPlan(), &error), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(observer.scalar(QStringLiteral("PRAGMA data_version")).toInt(), versionBefore);
    QCOMPARE(sha256(m_path + QLatin1String("-wal")), walBefore);

    // The check itself works: a real change is seen.
    Plan changedPlan = fullPlan();
    changedPlan.pauses[0].note = QStringLiteral("Exams, part 1");
    QVERIFY2(m_plans->save(m_roadmapId, changedPlan, &error), qPrintable(error));
    QCOMPARE(changed.count(), 2);
    QVERIFY(observer.scalar(QStringLiteral("PRAGMA data_version")).toInt() != versionBefore);
}

void tst_PlanRepository::refusedPlanStoresNothing_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("roadmapOffset"); // added to the guide's id
    QTest::addColumn<QString>("message");

    Plan unknownStage = fullPlan();
    unknownStage.stages.append(stagePlan("9", 10, 100, 70, Derived::Duration));
    QTest::newRow("unknown stage key") << unknownStage << 0 << QStringLiteral("stage 9");
    Plan branchKey = fullPlan();
    branchKey.stages[0].stageKey = QStringLiteral("2.b1");
    QTest::newRow("a branch key, not a stage key") << branchKey << 0 << QStringLiteral("stage 2.b1");
    Plan twice = fullPlan();
    twice.stages.append(twice.stages.at(0));
    QTest::newRow("stage listed twice") << twice << 0 << QStringLiteral("twice");
    Plan noStart = fullPlan();
    noStart.start = QDate();
    QTest::newRow("no start date") << noStart << 0 << QStringLiteral("start date");
    Plan backwards = fullPlan();
    backwards.pauses[1].last = QDate(2027, 1, 31);
    QTest::newRow("pause ending before it begins") << backwards << 0 << QStringLiteral("2027-02-01");
    Plan negativeBudget = fullPlan();
    negativeBudget.stages[2].weeklyHours = -1;
    QTest::newRow("negative weekly hours") << negativeBudget << 0 << QStringLiteral("weekly_hours");
    Plan negativeOverlap = fullPlan();
    negativeOverlap.stages[3].overlapWeeks = -2;
    QTest::newRow("negative overlap") << negativeOverlap << 0 << QStringLiteral("overlap_weeks");
    Plan negativePause = fullPlan();
    negativePause.pauses[0].weeklyHours = -4;
    QTest::newRow("negative pause hours") << negativePause << 0 << QStringLiteral("weekly_hours");
    QTest::newRow("unknown roadmap") << fullPlan() << 100 << QStringLiteral("no roadmap");
}

void tst_PlanRepository::refusedPlanStoresNothing()
{
    QFETCH(Plan, plan);
    QFETCH(int, roadmapOffset);
    QFETCH(QString, message);

    Plan previous = fullPlan();
    previous.pauses.removeLast();
    QString error;
    QVERIFY2(m_plans->save(m_roadmapId, previous, &error), qPrintable(error));
    const QStringList before = dump(m_path);
    QSignalSpy changed(m_plans.get(), &PlanRepository::planChanged);

    QVERIFY(!m_plans->save(m_roadmapId + roadmapOffset, plan, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(dump(m_path), before);
    const std::optional<Plan> loaded = m_plans->load(m_roadmapId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, previous);
}

void tst_PlanRepository::plansOfTwoRoadmapsAreSeparate()
{
    QString error;
    const int other =
        m_roadmaps->importMarkdown(fileBytes(QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/guides/foreign-guide.en.md")),
                                   QStringLiteral("/home/learner/foreign-guide.en.md"), &error);
    QVERIFY2(other > 0, qPrintable(error));

    Plan otherPlan;
    otherPlan.start = QDate(2026, 9, 1);
    otherPlan.stages = {stagePlan("1", 6, 60, 70, Derived::Duration), stagePlan("3", 8, 0, 0, Derived::Duration)};
    otherPlan.pauses = {pause(QDate(2026, 12, 24), QDate(2027, 1, 1), 1, QStringLiteral("Holidays"))};
    QVERIFY2(m_plans->save(m_roadmapId, fullPlan(), &error), qPrintable(error));
    QVERIFY2(m_plans->save(other, otherPlan, &error), qPrintable(error));

    QCOMPARE(m_plans->load(m_roadmapId, &error), std::optional<Plan>(fullPlan()));
    QCOMPARE(m_plans->load(other, &error), std::optional<Plan>(otherPlan));

    // Replacing one leaves the other as it was.
    Plan shorter = fullPlan();
    shorter.pauses.clear();
    QVERIFY2(m_plans->save(m_roadmapId, shorter, &error), qPrintable(error));
    QCOMPARE(m_plans->load(other, &error), std::optional<Plan>(otherPlan));
    QCOMPARE(m_plans->load(m_roadmapId, &error), std::optional<Plan>(shorter));
}

void tst_PlanRepository::readOnlyDatabaseRefuses()
{
    const Plan plan = fullPlan();
    QString error;
    QVERIFY2(m_plans->save(m_roadmapId, plan, &error), qPrintable(error));
    m_plans.reset();
    m_roadmaps.reset();
    m_database.reset();
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
    }
    QVERIFY(reopen());
    QVERIFY(m_database->isReadOnly());
    QSignalSpy changed(m_plans.get(), &PlanRepository::planChanged);

    std::optional<Plan> loaded = m_plans->load(m_roadmapId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, plan);

    Plan edited = plan;
    edited.stages[0].weeklyHours = 6;
    QVERIFY(!m_plans->save(m_roadmapId, edited, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    loaded = m_plans->load(m_roadmapId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, plan);
}

void tst_PlanRepository::signalFollowsCommit()
{
    // A second connection sees only committed data: what it reads in the slot proves the order.
    RawConnection observer(m_path, true);
    QVERIFY(observer.isOpen());
    QStringList seen;
    connect(m_plans.get(), &PlanRepository::planChanged, this, [&](int roadmapId) {
        seen << QStringLiteral("%1 starts %2, %3 pauses")
                    .arg(roadmapId)
                    .arg(observer
                             .scalar(QStringLiteral("SELECT start_date FROM plan WHERE roadmap_id = %1").arg(roadmapId))
                             .toString())
                    .arg(observer
                             .scalar(QStringLiteral("SELECT count(*) FROM pause WHERE roadmap_id = %1").arg(roadmapId))
                             .toInt());
    });
    QSignalSpy changed(m_plans.get(), &PlanRepository::planChanged);

    QString error;
    QVERIFY2(m_plans->save(m_roadmapId, fullPlan(), &error), qPrintable(error));
    Plan later = fullPlan();
    later.start = QDate(2027, 2, 1);
    later.pauses.removeFirst();
    QVERIFY2(m_plans->save(m_roadmapId, later, &error), qPrintable(error));

    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0), QVariantList{m_roadmapId});
    QCOMPARE(changed.at(1), QVariantList{m_roadmapId});
    QCOMPARE(seen, QStringList({QStringLiteral("%1 starts 2027-01-04, 3 pauses").arg(m_roadmapId),
                                QStringLiteral("%1 starts 2027-02-01, 2 pauses").arg(m_roadmapId)}));
}

QTEST_GUILESS_MAIN(tst_PlanRepository)
#include "tst_planrepository.moc"
