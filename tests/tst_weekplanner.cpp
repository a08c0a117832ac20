// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasehelpers.h"
#include "plan/planner.h"
#include "schedule/weekplanner.h"
#include "storage/availabilityrepository.h"
#include "storage/blockrepository.h"
#include "storage/busyrepository.h"
#include "storage/database.h"
#include "storage/roadmaprepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestDb;

// The scheduler on stored weeks: placed once, kept while nothing changes, missed blocks marked,
// placed again on request, busy time respected. Real SQLite file, the bundled guide, Berlin time.

namespace {

const QTimeZone Berlin("Europe/Berlin");
const QDate PlanStart(2027, 3, 1); // a Monday
const QDate Monday(2027, 3, 8);

QDateTime at(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), Berlin);
}

QString describe(const QList<StudyBlock> &blocks)
{
    static const char *const status[] = {"planned", "done", "skipped", "missed"};
    QStringList lines;
    for (const StudyBlock &b : blocks) {
        lines << QStringLiteral("%1-%2 %3 %4%5")
                     .arg(b.start.toTimeZone(Berlin).toString(QStringLiteral("ddd HH:mm")),
                          b.end.toTimeZone(Berlin).toString(QStringLiteral("HH:mm")), b.stageKey,
                          QLatin1String(status[int(b.status)]), b.pinned ? QStringLiteral(" pinned") : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

int minutes(const QList<StudyBlock> &blocks)
{
    int total = 0;
    for (const StudyBlock &b : blocks)
        total += b.minutes();
    return total;
}

} // namespace

class tst_WeekPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void withoutAvailabilityNothingIsPlaced();
    void placedOnceAndKept();
    void endedBlocksBecomeMissed();
    void forceKeepsWhatTheLearnerDidAndWhatIsUnderWay();
    void invalidatePlacesAgainAroundBusyTime();
    void pastWeekIsNotPlaced();
    void refreshRangeGivesTheDays();

private:
    WeekPlanner::Context context(const QDateTime &now) const;
    void setAvailability(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RoadmapRepository> m_roadmaps;
    std::unique_ptr<AvailabilityRepository> m_availabilities;
    std::unique_ptr<BlockRepository> m_blocks;
    std::unique_ptr<BusyRepository> m_busy;
    std::unique_ptr<WeekPlanner> m_planner;
    int m_roadmapId = 0;
    Roadmap m_roadmap;
    Plan m_plan;
    Planner::Schedule m_schedule;
};

void tst_WeekPlanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(m_clock);
    QString error;
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("studyplanner.sqlite")), &error), qPrintable(error));
    m_roadmaps = std::make_unique<RoadmapRepository>(*m_database, m_clock);
    m_availabilities = std::make_unique<AvailabilityRepository>(*m_database);
    m_blocks = std::make_unique<BlockRepository>(*m_database);
    m_busy = std::make_unique<BusyRepository>(*m_database);
    m_planner = std::make_unique<WeekPlanner>(*m_blocks, *m_availabilities, *m_busy);
    m_roadmapId = m_roadmaps->ensureBuiltinGuide(&error);
    QVERIFY2(m_roadmapId > 0, qPrintable(error));
    const std::optional<Roadmap> roadmap = m_roadmaps->load(m_roadmapId, QStringLiteral("en"), &error);
    QVERIFY2(roadmap, qPrintable(error));
    m_roadmap = *roadmap;
    m_plan = Planner::defaultPlan(m_roadmap, PlanStart); // stage 1: 12.5 h a week
    m_schedule = Planner::compute(m_plan, m_roadmap);
    QVERIFY(m_schedule.isValid());
}

void tst_WeekPlanner::cleanup()
{
    m_planner.reset();
    m_busy.reset();
    m_blocks.reset();
    m_availabilities.reset();
    m_roadmaps.reset();
    m_database.reset();
    m_dir.reset();
}

WeekPlanner::Context tst_WeekPlanner::context(const QDateTime &now) const
{
    WeekPlanner::Context c;
    c.roadmapId = m_roadmapId;
    c.roadmap = &m_roadmap;
    c.plan = &m_plan;
    c.schedule = &m_schedule;
    c.zone = Berlin;
    c.now = now;
    return c;
}

void tst_WeekPlanner::setAvailability(const QString &text)
{
    QString error;
    const std::optional<Availability> availability = AvailabilityText::parse(text, &error);
    QVERIFY2(availability, qPrintable(error));
    QVERIFY2(m_availabilities->save(m_roadmapId, *availability, &error), qPrintable(error));
}

void tst_WeekPlanner::withoutAvailabilityNothingIsPlaced()
{
    QString error;
    const std::optional<WeekPlanner::Week> week =
        m_planner->refresh(context(at(QDate(2027, 3, 7), 12)), Monday, &error);
    QVERIFY2(week, qPrintable(error));
    QVERIFY(!week->availability);
    QVERIFY(week->blocks.isEmpty());
    QCOMPARE(week->budgetHours, 12.5);
    QCOMPARE(week->shortfallHours, 12.5);
    QVERIFY2(week->shortfallReason.contains(QLatin1String("availability")), qPrintable(week->shortfallReason));
    QVERIFY(!*m_blocks->isScheduled(m_roadmapId, Monday, &error));
}

void tst_WeekPlanner::placedOnceAndKept()
{
    setAvailability(QStringLiteral("mon-fri 19:00-22:00, sat-sun 09:00-12:00"));
    QString error;
    const std::optional<WeekPlanner::Week> first =
        m_planner->refresh(context(at(QDate(2027, 3, 7), 12)), Monday, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(minutes(first->blocks), 750); // the 12.5 h budget, in full
    QCOMPARE(first->shortfallHours, 0.0);
    QCOMPARE(first->plannedHours, 12.5);
    QVERIFY(*m_blocks->isScheduled(m_roadmapId, Monday, &error));
    QCOMPARE(describe(*m_blocks->blocks(m_roadmapId, first->start, first->end, &error)), describe(first->blocks));
    // Spread: no day without a block.
    QSet<int> days;
    for (const StudyBlock &b : first->blocks)
        days.insert(b.start.toTimeZone(Berlin).date().dayOfWeek());
    QCOMPARE(days.size(), 7);

    // Tuesday noon: the blocks of Monday evening are missed, the rest stays exactly where it was.
    const std::optional<WeekPlanner::Week> later =
        m_planner->refresh(context(at(QDate(2027, 3, 9), 12)), Monday, &error);
    QVERIFY2(later, qPrintable(error));
    QCOMPARE(later->blocks.size(), first->blocks.size());
    for (qsizetype i = 0; i < later->blocks.size(); ++i) {
        QCOMPARE(later->blocks.at(i).id, first->blocks.at(i).id);
        QCOMPARE(later->blocks.at(i).start, first->blocks.at(i).start);
    }
}

void tst_WeekPlanner::endedBlocksBecomeMissed()
{
    setAvailability(QStringLiteral("mon-sun 19:00-21:00"));
    QString error;
    QVERIFY(m_planner->refresh(context(at(QDate(2027, 3, 7), 12)), Monday, &error));
    StudyBlock done = m_blocks->blocks(m_roadmapId, at(Monday, 0), at(Monday.addDays(1), 0), &error)->constFirst();
    done.status = StudyBlock::Status::Done;
    QVERIFY2(m_blocks->update(m_roadmapId, {}, {done}, &error), qPrintable(error));

    // Wednesday 20:00: Monday's first block is done, every other block that has ended is missed, the
    // ones under way or ahead are planned.
    const QDateTime now = at(QDate(2027, 3, 10), 20);
    const std::optional<WeekPlanner::Week> week = m_planner->refresh(context(now), Monday, &error);
    QVERIFY2(week, qPrintable(error));
    int missed = 0;
    int planned = 0;
    for (const StudyBlock &b : week->blocks) {
        if (b.id == done.id)
            QCOMPARE(b.status, StudyBlock::Status::Done);
        else if (b.end <= now)
            QCOMPARE(b.status, StudyBlock::Status::Missed);
        else
            QCOMPARE(b.status, StudyBlock::Status::Planned);
        missed += b.status == StudyBlock::Status::Missed;
        planned += b.status == StudyBlock::Status::Planned;
    }
    QVERIFY(missed >= 2);  // Monday's second block and Tuesday's
    QVERIFY(planned >= 4); // Wednesday's second block and Thursday to Sunday
    // Stored, not only returned.
    const QList<StudyBlock> stored = *m_blocks->blocks(m_roadmapId, week->start, week->end, &error);
    QCOMPARE(describe(stored), describe(week->blocks));
}

void tst_WeekPlanner::forceKeepsWhatTheLearnerDidAndWhatIsUnderWay()
{
    setAvailability(QStringLiteral("mon-sun 19:00-21:00"));
    QString error;
    const QList<StudyBlock> placed = m_planner->refresh(context(at(QDate(2027, 3, 7), 12)), Monday, &error)->blocks;
    QVERIFY(placed.size() >= 7);
    // The learner moves Friday's block to 20:15 (pinned).
    StudyBlock moved;
    for (const StudyBlock &b : placed) {
        if (b.start.toTimeZone(Berlin).date() == QDate(2027, 3, 12))
            moved = b;
    }
    QVERIFY(!moved.id.isEmpty());
    const int length = moved.minutes();
    moved.start = at(QDate(2027, 3, 12), 20, 15);
    moved.end = moved.start.addSecs(60 * std::min(length, 45));
    moved.pinned = true;
    QVERIFY2(m_blocks->update(m_roadmapId, {moved.id}, {moved}, &error), qPrintable(error));

    // Availability changes on Wednesday at 19:30, while Wednesday's block runs.
    setAvailability(QStringLiteral("mon-sun 18:00-21:00"));
    const QDateTime now = at(QDate(2027, 3, 10), 19, 30);
    const std::optional<WeekPlanner::Week> week = m_planner->refresh(context(now), Monday, &error, true);
    QVERIFY2(week, qPrintable(error));
    bool foundMoved = false;
    bool foundRunning = false;
    for (const StudyBlock &b : week->blocks) {
        if (b.id == moved.id) {
            foundMoved = true;
            QCOMPARE(b.start, moved.start.toUTC());
            QVERIFY(b.pinned);
        }
        if (b.start <= now && b.end > now) {
            foundRunning = true;
            QVERIFY(!b.pinned); // pinned for the scheduler only
            QCOMPARE(b.start.toTimeZone(Berlin).time(), QTime(19, 0));
        }
        if (b.start > now)
            QVERIFY(b.start.toTimeZone(Berlin).time() >= QTime(18, 0));
    }
    QVERIFY(foundMoved);
    QVERIFY(foundRunning);
}

void tst_WeekPlanner::invalidatePlacesAgainAroundBusyTime()
{
    setAvailability(QStringLiteral("mon-sun 19:00-21:00"));
    QString error;
    const QDateTime now = at(QDate(2027, 3, 7), 12);
    QVERIFY(m_planner->refresh(context(now), Monday, &error));
    // A calendar takes every evening from 19:00 to 20:00.
    QList<BusyEvent> events;
    for (int d = 0; d < 7; ++d) {
        BusyEvent e;
        e.start = at(Monday.addDays(d), 19).toUTC();
        e.end = at(Monday.addDays(d), 20).toUTC();
        e.summary = QStringLiteral("Dinner");
        events.append(e);
    }
    QVERIFY(m_busy->replaceCalendar(QStringLiteral("/dinner.ics"), QString(), at(Monday, 0), at(Monday.addDays(7), 0),
                                    now, events, &error)
            > 0);
    // Not yet invalidated: the week stays as it was placed.
    const QList<StudyBlock> before = m_planner->refresh(context(now), Monday, &error)->blocks;
    QVERIFY(std::any_of(before.cbegin(), before.cend(),
                        [](const StudyBlock &b) { return b.start.toTimeZone(Berlin).time() == QTime(19, 0); }));

    QVERIFY2(m_planner->invalidate(context(now), &error), qPrintable(error));
    const std::optional<WeekPlanner::Week> week = m_planner->refresh(context(now), Monday, &error);
    QVERIFY2(week, qPrintable(error));
    QVERIFY(!week->blocks.isEmpty());
    for (const StudyBlock &b : week->blocks) {
        for (const BusyEvent &e : events)
            QVERIFY2(b.end <= e.start || b.start >= e.end, qPrintable(describe({b})));
    }
    QCOMPARE(week->busy.size(), 7);
    // 7 evenings of one free hour: 7 h of the 12.5 h budget, the shortfall explained.
    QCOMPARE(minutes(week->blocks), 420);
    QCOMPARE(week->shortfallHours, 5.5);
    QVERIFY(!week->shortfallReason.isEmpty());
    QCOMPARE(week->freeHours, 7.0);

    // Shown again, the week keeps its blocks and tells the same figures (the free time before its
    // blocks, not what they leave).
    const std::optional<WeekPlanner::Week> again = m_planner->refresh(context(now), Monday, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(describe(again->blocks), describe(week->blocks));
    QCOMPARE(again->freeHours, 7.0);
    QCOMPARE(again->shortfallHours, 5.5);
    QCOMPARE(again->shortfallReason, week->shortfallReason);
}

void tst_WeekPlanner::pastWeekIsNotPlaced()
{
    setAvailability(QStringLiteral("mon-sun 19:00-21:00"));
    QString error;
    const std::optional<WeekPlanner::Week> week =
        m_planner->refresh(context(at(QDate(2027, 3, 20), 12)), PlanStart, &error);
    QVERIFY2(week, qPrintable(error));
    QVERIFY(week->blocks.isEmpty());
    QVERIFY(!*m_blocks->isScheduled(m_roadmapId, PlanStart, &error));
}

void tst_WeekPlanner::refreshRangeGivesTheDays()
{
    setAvailability(QStringLiteral("mon-sun 19:00-21:00"));
    QString error;
    const std::optional<QList<StudyBlock>> blocks =
        m_planner->refreshRange(context(at(QDate(2027, 3, 7), 12)), QDate(2027, 3, 10), QDate(2027, 3, 16), &error);
    QVERIFY2(blocks, qPrintable(error));
    QVERIFY(!blocks->isEmpty());
    for (const StudyBlock &b : *blocks) {
        const QDate day = b.start.toTimeZone(Berlin).date();
        QVERIFY(day >= QDate(2027, 3, 10) && day <= QDate(2027, 3, 16));
    }
    QVERIFY(*m_blocks->isScheduled(m_roadmapId, QDate(2027, 3, 8), &error));
    QVERIFY(*m_blocks->isScheduled(m_roadmapId, QDate(2027, 3, 15), &error));
}

QTEST_GUILESS_MAIN(tst_WeekPlanner)
#include "tst_weekplanner.moc"
