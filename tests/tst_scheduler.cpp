// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/scheduler.h"

#include <QTest>

#include <algorithm>
#include <random>

Q_DECLARE_METATYPE(Scheduler::CatchUpOption::Kind)
Q_DECLARE_METATYPE(Availability)
Q_DECLARE_METATYPE(TimeWindow)
Q_DECLARE_METATYPE(BusyInterval)
Q_DECLARE_METATYPE(Pause)

namespace {

const QDate Monday(2026, 1, 12); // a winter week: no summer-time change

QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

TimeWindow window(int h1, int m1, int h2, int m2)
{
    return {QTime(h1, m1), QTime(h2, m2)};
}

// The same windows every day; rules given.
Availability everyDay(const QList<TimeWindow> &windows, int minBlock, int maxBlock, int breakMinutes, int maxPerDay)
{
    Availability a;
    for (auto &day : a.weekly)
        day = windows;
    a.minBlockMinutes = minBlock;
    a.maxBlockMinutes = maxBlock;
    a.breakMinutes = breakMinutes;
    a.maxMinutesPerDay = maxPerDay;
    return a;
}

Planner::StageSchedule stageSchedule(const QString &key, const QDate &start, const QDate &end, double weekly)
{
    Planner::StageSchedule s;
    s.stageKey = key;
    s.start = start;
    s.end = end;
    s.weeklyHours = weekly;
    return s;
}

Item item(const QString &key, ItemKind kind, std::optional<double> hours, bool done = false)
{
    Item i;
    i.key = key;
    i.kind = kind;
    i.title = key;
    i.estimatedHours = hours;
    i.done = done;
    return i;
}

Stage stage(const QString &key, const QList<Section> &sections = {})
{
    Stage s;
    s.key = key;
    s.title = QStringLiteral("Stage %1").arg(key);
    s.months = {1, 3};
    s.weeklyHours = {5, 10, true};
    s.sections = sections;
    return s;
}

Roadmap roadmapOf(const QList<Stage> &stages)
{
    Roadmap r;
    r.title = QStringLiteral("Test");
    r.stages = stages;
    return r;
}

struct Fixture {
    Plan plan;
    Planner::Schedule schedule;
    Roadmap roadmap;
};

// One stage "1" running for months from Monday - 7 days at `weekly` hours a week.
Fixture oneStage(double weekly, const QList<Section> &sections = {})
{
    Fixture f;
    f.roadmap = roadmapOf({stage(QStringLiteral("1"), sections)});
    f.schedule.stages = {stageSchedule(QStringLiteral("1"), Monday.addDays(-7), Monday.addDays(70), weekly)};
    return f;
}

WeekRequest request(const Availability &availability, const QTimeZone &zone = berlin(), const QDate &monday = Monday)
{
    WeekRequest r;
    r.monday = monday;
    r.zone = zone;
    r.availability = availability;
    return r;
}

QDateTime at(const QDate &date, int h, int m, const QTimeZone &zone = berlin())
{
    return QDateTime(date, QTime(h, m), zone);
}

int totalMinutes(const QList<StudyBlock> &blocks, const QString &stageKey = QString())
{
    int sum = 0;
    for (const StudyBlock &b : blocks) {
        if (stageKey.isEmpty() || b.stageKey == stageKey)
            sum += b.minutes();
    }
    return sum;
}

bool overlaps(const QDateTime &a1, const QDateTime &a2, const QDateTime &b1, const QDateTime &b2)
{
    return a1 < b2 && b1 < a2;
}

// What holds for every result: sorted, no overlap, new blocks inside the rules and windows.
void checkInvariants(const WeekResult &result, const WeekRequest &req)
{
    const Availability &a = req.availability;
    QHash<QDate, int> perDay;
    for (int i = 0; i < result.blocks.size(); ++i) {
        const StudyBlock &b = result.blocks[i];
        QVERIFY(b.start.isValid() && b.end.isValid());
        QVERIFY(b.start < b.end);
        if (i > 0) {
            const StudyBlock &prev = result.blocks[i - 1];
            QVERIFY2(prev.end <= b.start, qPrintable(b.id));
            if (prev.start.toTimeZone(req.zone).date() == b.start.toTimeZone(req.zone).date())
                QVERIFY2(prev.end.secsTo(b.start) >= a.breakMinutes * 60, qPrintable(b.id));
        }
        for (const BusyInterval &busy : req.busy)
            QVERIFY2(!overlaps(b.start, b.end, busy.start, busy.end), qPrintable(b.id));
        const bool isNew = !b.pinned && b.status == StudyBlock::Status::Planned;
        if (!isNew)
            continue;
        QCOMPARE(b.start.timeZone(), req.zone);
        QVERIFY2(b.minutes() >= a.minBlockMinutes && b.minutes() <= a.maxBlockMinutes, qPrintable(b.id));
        const QDate date = b.start.toTimeZone(req.zone).date();
        QVERIFY(date >= req.monday && date < req.monday.addDays(7));
        bool inside = false;
        for (const TimeWindow &w : a.weekly[date.dayOfWeek() - 1]) {
            if (b.start >= QDateTime(date, w.start, req.zone) && b.end <= QDateTime(date, w.end, req.zone))
                inside = true;
        }
        QVERIFY2(inside, qPrintable(b.id));
        perDay[date] += b.minutes();
        QVERIFY(perDay[date] <= a.maxMinutesPerDay);
    }
}

QSet<QDate> daysWithBlocks(const QList<StudyBlock> &blocks, const QTimeZone &zone)
{
    QSet<QDate> days;
    for (const StudyBlock &b : blocks)
        days.insert(b.start.toTimeZone(zone).date());
    return days;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void budgets_data();
    void budgets();
    void busy_data();
    void busy();
    void spreadAcrossDays();
    void blockRules_data();
    void blockRules();
    void summerTime_data();
    void summerTime();
    void pinnedBlocks();
    void overlappingStages_data();
    void overlappingStages();
    void weekBudgets_data();
    void weekBudgets();
    void itemsByEstimate_data();
    void itemsByEstimate();
    void notBefore();
    void exceptions();
    void markMissed_data();
    void markMissed();
    void catchUp_data();
    void catchUp();
    void determinism();
};

void TestScheduler::initTestCase()
{
    QVERIFY(berlin().isValid());
    QVERIFY(QTimeZone(QByteArrayLiteral("America/New_York")).isValid());
}

void TestScheduler::budgets_data()
{
    QTest::addColumn<double>("weekly");
    QTest::addColumn<int>("placedMinutes");
    QTest::addColumn<double>("shortfall");
    QTest::addColumn<int>("days");

    // Availability: 2 h every day = 14 h.
    QTest::newRow("budget equal to availability") << 14.0 << 840 << 0.0 << 7;
    QTest::newRow("budget below availability") << 7.0 << 420 << 0.0 << 7;
    QTest::newRow("small budget") << 1.0 << 60 << 0.0 << 2;
    QTest::newRow("budget above availability") << 21.0 << 840 << 7.0 << 7;
}

void TestScheduler::budgets()
{
    QFETCH(double, weekly);
    QFETCH(int, placedMinutes);
    QFETCH(double, shortfall);
    QFETCH(int, days);

    const Fixture f = oneStage(weekly);
    const WeekRequest req = request(everyDay({window(18, 0, 20, 0)}, 30, 120, 0, 120));
    const WeekResult result = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    checkInvariants(result, req);
    QCOMPARE(totalMinutes(result.blocks), placedMinutes);
    QCOMPARE(result.budgetHours, weekly);
    QCOMPARE(result.freeHours, 14.0);
    QCOMPARE(result.shortfallHours, shortfall);
    QCOMPARE(daysWithBlocks(result.blocks, req.zone).size(), days);
    if (shortfall > 0) {
        const QString expected = QStringLiteral("%1 h of the %2 h budget do not fit: the free time this week is %3 h.")
                                     .arg(QLocale().toString(shortfall, 'f', 1), QLocale().toString(weekly, 'f', 1),
                                          QLocale().toString(14.0, 'f', 1));
        QCOMPARE(result.shortfallReason, expected);
    } else {
        QVERIFY(result.shortfallReason.isEmpty());
    }
}

void TestScheduler::busy_data()
{
    QTest::addColumn<QList<BusyInterval>>("busy");
    QTest::addColumn<double>("shortfall");
    QTest::addColumn<QDate>("freeDay"); // a day left without blocks, or invalid

    const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    QTest::newRow("no busy time") << QList<BusyInterval>{} << 0.0 << QDate();
    QTest::newRow("event cutting a window")
        << QList<BusyInterval>{{at(Monday.addDays(1), 18, 30), at(Monday.addDays(1), 19, 0)}} << 0.5 << QDate();
    QTest::newRow("event covering a whole window")
        << QList<BusyInterval>{{at(Monday.addDays(2), 17, 0), at(Monday.addDays(2), 21, 0)}} << 2.0
        << Monday.addDays(2);
    // 12:00-13:00 in New York is 18:00-19:00 in Berlin in January.
    QTest::newRow("event in New York time")
        << QList<BusyInterval>{{at(Monday.addDays(3), 12, 0, newYork), at(Monday.addDays(3), 13, 0, newYork)}} << 1.0
        << QDate();
    // Saturday 02:00-04:30 in Tokyo is Friday 18:00-20:30 in Berlin.
    QTest::newRow("event in Tokyo time, next date there")
        << QList<BusyInterval>{{at(Monday.addDays(5), 2, 0, tokyo), at(Monday.addDays(5), 4, 30, tokyo)}} << 2.0
        << Monday.addDays(4);
    QTest::newRow("event given in UTC") << QList<BusyInterval>{{QDateTime(Monday.addDays(6), QTime(17, 0), Qt::UTC),
                                                                QDateTime(Monday.addDays(6), QTime(19, 0), Qt::UTC)}}
                                        << 2.0 << Monday.addDays(6);
    QTest::newRow("two events, one window")
        << QList<BusyInterval>{{at(Monday, 18, 0), at(Monday, 18, 20)}, {at(Monday, 19, 40), at(Monday, 20, 0)}}
        << (40.0 / 60) << QDate();
}

void TestScheduler::busy()
{
    QFETCH(QList<BusyInterval>, busy);
    QFETCH(double, shortfall);
    QFETCH(QDate, freeDay);

    const Fixture f = oneStage(14);
    WeekRequest req = request(everyDay({window(18, 0, 20, 0)}, 30, 120, 0, 120));
    req.busy = busy;
    const WeekResult result = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    checkInvariants(result, req);
    QCOMPARE(result.shortfallHours, shortfall);
    QCOMPARE(totalMinutes(result.blocks), int(std::lround((14 - shortfall) * 60)));
    if (freeDay.isValid())
        QVERIFY(!daysWithBlocks(result.blocks, req.zone).contains(freeDay));
}

void TestScheduler::spreadAcrossDays()
{
    // 5 h in long windows: one block a day, not three days of 90 minutes.
    const Fixture f = oneStage(5);
    const WeekRequest req = request(everyDay({window(9, 0, 17, 0)}, 25, 90, 10, 180));
    const WeekResult result = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    checkInvariants(result, req);
    QCOMPARE(result.shortfallHours, 0.0);
    QCOMPARE(totalMinutes(result.blocks), 300);
    QCOMPARE(result.blocks.size(), 7);
    QCOMPARE(daysWithBlocks(result.blocks, req.zone).size(), 7);
    // 300 / 7 rounded up to 5 minutes: six blocks of 45, the rest 30.
    QCOMPARE(result.blocks.first().minutes(), 45);
    QCOMPARE(result.blocks.last().minutes(), 30);
    QCOMPARE(result.blocks.first().start, at(Monday, 9, 0));

    // Days with more free time come first: a busy Monday gets the last block.
    const Fixture small = oneStage(1.5);
    WeekRequest busyMonday = req;
    busyMonday.busy = {{at(Monday, 9, 0), at(Monday, 16, 0)}};
    const WeekResult r2 = Scheduler::scheduleWeek(busyMonday, small.plan, small.schedule, small.roadmap);
    checkInvariants(r2, busyMonday);
    // 90 minutes: three blocks of 30, not four of the minimum 25 with an overshoot.
    QCOMPARE(r2.blocks.size(), 3);
    QCOMPARE(totalMinutes(r2.blocks), 90);
    QCOMPARE(r2.blocks.first().start, at(Monday.addDays(1), 9, 0));
    QCOMPARE(r2.blocks.last().start, at(Monday.addDays(3), 9, 0));
}

void TestScheduler::blockRules_data()
{
    QTest::addColumn<Availability>("availability");
    QTest::addColumn<double>("weekly");
    QTest::addColumn<int>("placedMinutes");
    QTest::addColumn<bool>("rulesReason");

    QTest::newRow("25-50 min, 15 min breaks, 150 min a day")
        << everyDay({window(9, 0, 17, 0)}, 25, 50, 15, 150) << 30.0 << 7 * 150 << true;
    QTest::newRow("60-60 min, no break, 3 h a day")
        << everyDay({window(9, 0, 12, 0), window(14, 0, 15, 0)}, 60, 60, 0, 180) << 30.0 << 7 * 180 << false;
    QTest::newRow("breaks shrink a short window")
        << everyDay({window(18, 0, 19, 0)}, 25, 25, 10, 600) << 20.0 << 7 * 50 << false;
    QTest::newRow("windows shorter than a block")
        << everyDay({window(9, 0, 9, 20), window(10, 0, 10, 20)}, 25, 90, 10, 180) << 2.0 << 0 << true;
    QTest::newRow("daily maximum below the windows")
        << everyDay({window(8, 0, 20, 0)}, 30, 90, 10, 60) << 10.0 << 7 * 60 << true;
    // A 2 h evening holds one 90 min block and an unusable 20 min, or two blocks of 55 min: the
    // scheduler takes the two when the budget needs them.
    QTest::newRow("2 h evenings: two blocks of 55 min each")
        << everyDay({window(19, 30, 21, 30)}, 25, 90, 10, 180) << 14.0 << 7 * 110 << true;
}

void TestScheduler::blockRules()
{
    QFETCH(Availability, availability);
    QFETCH(double, weekly);
    QFETCH(int, placedMinutes);
    QFETCH(bool, rulesReason);

    const Fixture f = oneStage(weekly);
    const WeekRequest req = request(availability);
    const WeekResult result = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    checkInvariants(result, req);
    QCOMPARE(totalMinutes(result.blocks), placedMinutes);
    QCOMPARE(result.shortfallHours, weekly - placedMinutes / 60.0);
    QVERIFY(!result.shortfallReason.isEmpty());
    QCOMPARE(result.shortfallReason.contains(QStringLiteral("leave no room")), rulesReason);
}

void TestScheduler::summerTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("monday");
    QTest::addColumn<int>("weekday"); // 1 = Monday
    QTest::addColumn<TimeWindow>("window");
    QTest::addColumn<QStringList>("expected"); // UTC start / real minutes

    const QByteArray berlinId("Europe/Berlin");
    const QByteArray newYorkId("America/New_York");
    // Europe/Berlin: 29 March 2026 02:00 CET -> 03:00 CEST; 25 October 2026 03:00 CEST -> 02:00 CET.
    QTest::newRow("Berlin spring: Monday before, CET") << berlinId << QDate(2026, 3, 23) << 1 << window(19, 0, 21, 0)
                                                       << QStringList{QStringLiteral("2026-03-23T18:00:00Z/120")};
    QTest::newRow("Berlin spring: Sunday evening, CEST") << berlinId << QDate(2026, 3, 23) << 7 << window(19, 0, 21, 0)
                                                         << QStringList{QStringLiteral("2026-03-29T17:00:00Z/120")};
    QTest::newRow("Berlin spring: window across the gap is 60 real minutes")
        << berlinId << QDate(2026, 3, 23) << 7 << window(1, 30, 3, 30)
        << QStringList{QStringLiteral("2026-03-29T00:30:00Z/60")};
    QTest::newRow("Berlin spring: window inside the gap is skipped")
        << berlinId << QDate(2026, 3, 23) << 7 << window(2, 0, 3, 0) << QStringList{};
    QTest::newRow("Berlin spring: window ending in the gap is shortened")
        << berlinId << QDate(2026, 3, 23) << 7 << window(1, 0, 2, 30)
        << QStringList{QStringLiteral("2026-03-29T00:00:00Z/60")};
    QTest::newRow("Berlin autumn: window across the repeated hour is 240 real minutes")
        << berlinId << QDate(2026, 10, 19) << 7 << window(1, 0, 4, 0)
        << QStringList{QStringLiteral("2026-10-24T23:00:00Z/240")};
    QTest::newRow("Berlin autumn: Sunday evening, CET") << berlinId << QDate(2026, 10, 19) << 7 << window(19, 0, 21, 0)
                                                        << QStringList{QStringLiteral("2026-10-25T18:00:00Z/120")};
    QTest::newRow("Berlin autumn: Saturday evening, CEST")
        << berlinId << QDate(2026, 10, 19) << 6 << window(19, 0, 21, 0)
        << QStringList{QStringLiteral("2026-10-24T17:00:00Z/120")};
    // America/New_York: 8 March 2026 02:00 EST -> 03:00 EDT; 1 November 2026 02:00 EDT -> 01:00 EST.
    QTest::newRow("New York spring: window across the gap is 120 real minutes")
        << newYorkId << QDate(2026, 3, 2) << 7 << window(1, 0, 4, 0)
        << QStringList{QStringLiteral("2026-03-08T06:00:00Z/120")};
    QTest::newRow("New York spring: window inside the gap is skipped")
        << newYorkId << QDate(2026, 3, 2) << 7 << window(2, 0, 3, 0) << QStringList{};
    QTest::newRow("New York spring: Saturday evening, EST")
        << newYorkId << QDate(2026, 3, 2) << 6 << window(19, 0, 21, 0)
        << QStringList{QStringLiteral("2026-03-08T00:00:00Z/120")};
    QTest::newRow("New York spring: Sunday evening, EDT") << newYorkId << QDate(2026, 3, 2) << 7 << window(19, 0, 21, 0)
                                                          << QStringList{QStringLiteral("2026-03-08T23:00:00Z/120")};
    QTest::newRow("New York autumn: window across the repeated hour is 210 real minutes")
        << newYorkId << QDate(2026, 10, 26) << 7 << window(0, 30, 3, 0)
        << QStringList{QStringLiteral("2026-11-01T04:30:00Z/210")};
    QTest::newRow("New York autumn: Sunday evening, EST")
        << newYorkId << QDate(2026, 10, 26) << 7 << window(19, 0, 21, 0)
        << QStringList{QStringLiteral("2026-11-02T00:00:00Z/120")};
}

void TestScheduler::summerTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, monday);
    QFETCH(int, weekday);
    QFETCH(TimeWindow, window);
    QFETCH(QStringList, expected);

    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    Availability a;
    a.weekly[weekday - 1] = {window};
    a.minBlockMinutes = 15;
    a.maxBlockMinutes = 240;
    a.breakMinutes = 0;
    a.maxMinutesPerDay = 600;
    Fixture f;
    f.roadmap = roadmapOf({stage(QStringLiteral("1"))});
    f.schedule.stages = {stageSchedule(QStringLiteral("1"), monday, monday.addDays(70), 20)};
    const WeekRequest req = request(a, tz, monday);
    const WeekResult result = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);

    QStringList actual;
    for (const StudyBlock &b : result.blocks) {
        QVERIFY(b.start.isValid() && b.end.isValid());
        QCOMPARE(b.start.timeZone(), tz);
        actual << b.start.toUTC().toString(Qt::ISODate) + QLatin1Char('/') + QString::number(b.minutes());
    }
    QCOMPARE(actual, expected);
    QCOMPARE(result.shortfallHours, 20 - totalMinutes(result.blocks) / 60.0);
}

void TestScheduler::pinnedBlocks()
{
    const Fixture f = oneStage(7);
    WeekRequest req = request(everyDay({window(18, 0, 20, 0)}, 30, 120, 10, 120));
    StudyBlock pinned;
    pinned.start = at(Monday.addDays(2), 18, 30);
    pinned.end = at(Monday.addDays(2), 19, 30);
    pinned.stageKey = QStringLiteral("1");
    pinned.itemKey = QStringLiteral("1.1.1");
    pinned.pinned = true;
    pinned.id = StudyBlock::makeId(pinned.start, pinned.stageKey);
    StudyBlock outside = pinned; // outside availability: kept all the same
    outside.start = at(Monday.addDays(4), 10, 0);
    outside.end = at(Monday.addDays(4), 11, 0);
    outside.id = StudyBlock::makeId(outside.start, outside.stageKey);
    StudyBlock done = pinned; // done, not pinned: a fact, kept
    done.pinned = false;
    done.status = StudyBlock::Status::Done;
    done.start = at(Monday, 18, 0);
    done.end = at(Monday, 18, 30);
    done.id = StudyBlock::makeId(done.start, done.stageKey);
    StudyBlock planned = done; // planned, not pinned: placed again
    planned.status = StudyBlock::Status::Planned;
    planned.start = at(Monday.addDays(1), 19, 0);
    planned.end = at(Monday.addDays(1), 19, 45);
    planned.id = StudyBlock::makeId(planned.start, planned.stageKey);
    StudyBlock lastWeek = pinned; // pinned, but another week: not this week's
    lastWeek.start = at(Monday.addDays(-1), 18, 0);
    lastWeek.end = at(Monday.addDays(-1), 19, 0);
    req.existing = {planned, pinned, outside, done, lastWeek};

    const WeekResult result = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    checkInvariants(result, req);
    QVERIFY(result.blocks.contains(pinned));
    QVERIFY(result.blocks.contains(outside));
    QVERIFY(result.blocks.contains(done));
    QVERIFY(!result.blocks.contains(planned));
    QVERIFY(!result.blocks.contains(lastWeek));
    // Kept blocks count: 7 h in all, 2.5 h of them kept.
    QCOMPARE(totalMinutes(result.blocks), 420);
    QCOMPARE(result.shortfallHours, 0.0);
    // The Wednesday: 18:00-20:00 less the pinned 18:30-19:30 and its breaks leaves 19:40-20:00, too short.
    int wednesday = 0;
    for (const StudyBlock &b : result.blocks) {
        if (b.start.date() == Monday.addDays(2))
            ++wednesday;
    }
    QCOMPARE(wednesday, 1);
}

void TestScheduler::overlappingStages_data()
{
    QTest::addColumn<Availability>("availability");
    QTest::addColumn<int>("minutes1");
    QTest::addColumn<int>("minutes2");
    QTest::addColumn<double>("shortfall");

    Availability threeDays = everyDay({}, 30, 120, 0, 120);
    for (int d = 0; d < 3; ++d)
        threeDays.weekly[d] = {window(18, 0, 20, 0)};
    QTest::newRow("enough time: both budgets")
        << everyDay({window(18, 0, 20, 0)}, 30, 120, 0, 120) << 360 << 180 << 0.0;
    QTest::newRow("6 h for 9 h: split 2:1") << threeDays << 240 << 120 << 3.0;
}

void TestScheduler::overlappingStages()
{
    QFETCH(Availability, availability);
    QFETCH(int, minutes1);
    QFETCH(int, minutes2);
    QFETCH(double, shortfall);

    Fixture f;
    f.roadmap = roadmapOf({stage(QStringLiteral("1")), stage(QStringLiteral("2"))});
    f.schedule.stages = {stageSchedule(QStringLiteral("1"), Monday.addDays(-70), Monday.addDays(14), 6),
                         stageSchedule(QStringLiteral("2"), Monday.addDays(-7), Monday.addDays(70), 3)};
    const WeekRequest req = request(availability);
    const WeekResult result = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    checkInvariants(result, req);
    QCOMPARE(result.budgetHours, 9.0);
    QCOMPARE(totalMinutes(result.blocks, QStringLiteral("1")), minutes1);
    QCOMPARE(totalMinutes(result.blocks, QStringLiteral("2")), minutes2);
    QCOMPARE(result.shortfallHours, shortfall);
}

void TestScheduler::weekBudgets_data()
{
    QTest::addColumn<QList<Pause>>("pauses");
    QTest::addColumn<double>("hours1");
    QTest::addColumn<double>("hours2");

    Pause holiday;
    holiday.first = Monday.addDays(5);
    holiday.last = Monday.addDays(20);
    holiday.weeklyHours = 0;
    Pause light = holiday;
    light.weeklyHours = 3.5;
    // Stage 1 ends Thursday (exclusive), stage 2 starts Thursday.
    QTest::newRow("stages meeting mid-week") << QList<Pause>{} << 3.0 << 4.0;
    QTest::newRow("holiday from Saturday") << QList<Pause>{holiday} << 3.0 << 2.0;
    QTest::newRow("reduced hours from Saturday") << QList<Pause>{light} << 3.0 << 3.0;
}

void TestScheduler::weekBudgets()
{
    QFETCH(QList<Pause>, pauses);
    QFETCH(double, hours1);
    QFETCH(double, hours2);

    Plan plan;
    plan.pauses = pauses;
    Planner::Schedule schedule;
    schedule.stages = {stageSchedule(QStringLiteral("1"), Monday.addDays(-70), Monday.addDays(3), 7),
                       stageSchedule(QStringLiteral("2"), Monday.addDays(3), Monday.addDays(70), 7)};
    const auto budgets = Scheduler::weekBudgets(Monday, plan, schedule);
    QCOMPARE(budgets.size(), 2);
    QCOMPARE(budgets[0].first, QStringLiteral("1"));
    QCOMPARE(budgets[0].second, hours1);
    QCOMPARE(budgets[1].first, QStringLiteral("2"));
    QCOMPARE(budgets[1].second, hours2);
}

void TestScheduler::itemsByEstimate_data()
{
    QTest::addColumn<int>("historyMinutes"); // given to item A in earlier weeks
    QTest::addColumn<QStringList>("items");  // of the week's seven 60-minute blocks, in time order

    const QString a = QStringLiteral("1.1.1"), b = QStringLiteral("1.1.2"), d = QStringLiteral("1.2.2");
    QTest::newRow("from the start") << 0 << QStringList{a, a, b, d, d, d, QString()};
    QTest::newRow("A half done earlier") << 60 << QStringList{a, b, d, d, d, QString(), QString()};
    QTest::newRow("A covered earlier") << 120 << QStringList{b, d, d, d, QString(), QString(), QString()};
}

void TestScheduler::itemsByEstimate()
{
    QFETCH(int, historyMinutes);
    QFETCH(QStringList, items);

    Section s1;
    s1.title = QStringLiteral("Courses");
    s1.items = {item(QStringLiteral("1.1.1"), ItemKind::Course, 2.0),
                item(QStringLiteral("1.1.2"), ItemKind::Document, std::nullopt)};
    Section s2;
    s2.title = QStringLiteral("Projects");
    s2.items = {item(QStringLiteral("1.2.1"), ItemKind::Project, 1.0, true),
                item(QStringLiteral("1.2.2"), ItemKind::Project, 3.0)};
    Section branch;
    branch.title = QStringLiteral("Branch");
    branch.branchKey = QStringLiteral("1.b1");
    branch.items = {item(QStringLiteral("1.3.1"), ItemKind::Project, 1.0)};
    Fixture f = oneStage(7, {s1, s2, branch});
    f.roadmap.stages[0].branches = {{QStringLiteral("1.b1"), QStringLiteral("B"), QString(), false}};

    WeekRequest req = request(everyDay({window(18, 0, 19, 0)}, 30, 60, 0, 60));
    if (historyMinutes > 0) {
        StudyBlock earlier;
        earlier.stageKey = QStringLiteral("1");
        earlier.itemKey = QStringLiteral("1.1.1");
        earlier.status = StudyBlock::Status::Done;
        earlier.start = at(Monday.addDays(-3), 18, 0);
        earlier.end = earlier.start.addSecs(historyMinutes * 60);
        StudyBlock missed = earlier; // missed minutes do not count
        missed.status = StudyBlock::Status::Missed;
        missed.start = at(Monday.addDays(-2), 18, 0);
        missed.end = missed.start.addSecs(3600);
        req.history = {earlier, missed};
    }
    const WeekResult result = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    checkInvariants(result, req);
    QStringList actual;
    for (const StudyBlock &b : result.blocks)
        actual << b.itemKey;
    QCOMPARE(actual, items);

    // A dropped item is passed over.
    req.droppedItemKeys = {QStringLiteral("1.1.2")};
    const WeekResult withDropped = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    for (const StudyBlock &b : withDropped.blocks)
        QVERIFY(b.itemKey != QStringLiteral("1.1.2"));
}

void TestScheduler::notBefore()
{
    const Fixture f = oneStage(14);
    WeekRequest req = request(everyDay({window(18, 0, 20, 0)}, 30, 120, 0, 120));
    req.notBefore = at(Monday.addDays(3), 19, 0); // Thursday 19:00
    const WeekResult result = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    checkInvariants(result, req);
    for (const StudyBlock &b : result.blocks)
        QVERIFY(b.start >= req.notBefore);
    QCOMPARE(totalMinutes(result.blocks), 60 + 3 * 120);
    QCOMPARE(result.shortfallHours, 14 - 7.0);
}

void TestScheduler::exceptions()
{
    const Fixture f = oneStage(14);
    WeekRequest req = request(everyDay({window(18, 0, 20, 0)}, 30, 120, 0, 120));
    DateException off;
    off.date = Monday.addDays(1);
    off.dayOff = true;
    DateException extra;
    extra.date = Monday.addDays(5);
    extra.extra = {window(9, 0, 10, 0)};
    req.availability.exceptions = {off, extra};
    const WeekResult result = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    QVERIFY(!daysWithBlocks(result.blocks, req.zone).contains(Monday.addDays(1)));
    QCOMPARE(result.freeHours, 13.0);
    // Saturday: the extra window and the evening, within the daily maximum.
    int saturday = 0;
    for (const StudyBlock &b : result.blocks) {
        if (b.start.date() == Monday.addDays(5))
            saturday += b.minutes();
    }
    QCOMPARE(saturday, 120);
    QCOMPARE(result.shortfallHours, 2.0);
}

void TestScheduler::markMissed_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expected");

    const int planned = int(StudyBlock::Status::Planned), done = int(StudyBlock::Status::Done),
              skipped = int(StudyBlock::Status::Skipped), missed = int(StudyBlock::Status::Missed);
    // now: Monday 19:00; blocks last one hour.
    QTest::newRow("planned, ended yesterday") << at(Monday.addDays(-1), 18, 0) << planned << missed;
    QTest::newRow("planned, ended just now") << at(Monday, 18, 0) << planned << missed;
    QTest::newRow("planned, running") << at(Monday, 18, 30) << planned << planned;
    QTest::newRow("planned, tomorrow") << at(Monday.addDays(1), 18, 0) << planned << planned;
    QTest::newRow("done, yesterday") << at(Monday.addDays(-1), 18, 0) << done << done;
    QTest::newRow("skipped, yesterday") << at(Monday.addDays(-1), 18, 0) << skipped << skipped;
}

void TestScheduler::markMissed()
{
    QFETCH(QDateTime, start);
    QFETCH(int, status);
    QFETCH(int, expected);

    StudyBlock b;
    b.start = start;
    b.end = start.addSecs(3600);
    b.stageKey = QStringLiteral("1");
    b.status = StudyBlock::Status(status);
    const QDateTime now = at(Monday, 19, 0).toUTC(); // the zone of "now" does not matter
    const QList<StudyBlock> out = Scheduler::markMissed({b}, now);
    QCOMPARE(out.size(), 1);
    QCOMPARE(int(out.first().status), expected);
    QCOMPARE(out.first().start, b.start);
}

void TestScheduler::catchUp_data()
{
    QTest::addColumn<Scheduler::CatchUpOption::Kind>("kind");
    QTest::addColumn<double>("cap"); // 0: the guide's upper figure (10 h)
    QTest::addColumn<int>("movedMinutes");
    QTest::addColumn<int>("endShiftDays");
    QTest::addColumn<QStringList>("dropped");
    QTest::addColumn<bool>("branch"); // the "More" section is a chosen branch's, of courses and books

    using Kind = Scheduler::CatchUpOption::Kind;
    // Budget 7 h a week, 3 h missed; the guide's maximum 10 h leaves 3 h a week.
    QTest::newRow("move into free time, under the guide's maximum")
        << Kind::MoveToFreeTime << 0.0 << 180 << 0 << QStringList{} << false;
    // A cap of 8 h leaves 1 h a week: 2 h in two weeks, 1 h extends the stage by a day.
    QTest::newRow("move into free time, cap 8 h") << Kind::MoveToFreeTime << 8.0 << 120 << 1 << QStringList{} << false;
    QTest::newRow("extend the stage") << Kind::ExtendStage << 0.0 << 0 << 3 << QStringList{} << false;
    // From the last item back: the resource (no estimate: 1 h), the topic (2 h); the project is kept.
    QTest::newRow("drop optional items") << Kind::DropOptionalItems << 0.0 << 0 << 0
                                         << QStringList{QStringLiteral("1.2.2"), QStringLiteral("1.2.1")} << false;
    // A specialisation branch's course and book are optional too (its self-assessment is not).
    QTest::newRow("drop a branch's items") << Kind::DropOptionalItems << 0.0 << 0 << 0
                                           << QStringList{QStringLiteral("1.2.2"), QStringLiteral("1.2.1")} << true;
    // Without optional items nothing is dropped and the missed hours extend the stage.
    QTest::newRow("nothing optional to drop") << Kind::DropOptionalItems << 0.0 << 0 << 3 << QStringList{} << false;
}

void TestScheduler::catchUp()
{
    QFETCH(Scheduler::CatchUpOption::Kind, kind);
    QFETCH(double, cap);
    QFETCH(int, movedMinutes);
    QFETCH(int, endShiftDays);
    QFETCH(QStringList, dropped);
    QFETCH(bool, branch);

    Section projects;
    projects.title = QStringLiteral("Projects");
    projects.items = {item(QStringLiteral("1.1.1"), ItemKind::Project, 10.0)};
    Section more;
    more.title = QStringLiteral("More");
    more.items = {item(QStringLiteral("1.2.1"), ItemKind::Topic, 2.0),
                  item(QStringLiteral("1.2.2"), ItemKind::Resource, std::nullopt),
                  item(QStringLiteral("1.2.3"), ItemKind::Activity, 1.0, true)};
    Stage first = stage(QStringLiteral("1"), {projects, more});
    if (branch) {
        Branch chosen;
        chosen.key = QStringLiteral("1.b1");
        chosen.title = QStringLiteral("Branch");
        first.branches = {chosen};
        first.sections[1].branchKey = chosen.key;
        first.sections[1].items = {item(QStringLiteral("1.2.1"), ItemKind::Course, 2.0),
                                   item(QStringLiteral("1.2.2"), ItemKind::Book, std::nullopt),
                                   item(QStringLiteral("1.2.3"), ItemKind::Assessment, 1.0)};
    } else if (QByteArray(QTest::currentDataTag()) == "nothing optional to drop") {
        first.sections.removeLast();
    }
    const Roadmap roadmap = roadmapOf({first});
    Plan plan;
    plan.start = QDate(2026, 1, 5);
    StagePlan sp;
    sp.stageKey = QStringLiteral("1");
    sp.weeklyHours = 7;
    sp.effortHours = 70;
    sp.durationDays = 70;
    sp.derived = Derived::Duration;
    plan.stages = {sp};
    const Planner::Schedule before = Planner::compute(plan, roadmap);
    QVERIFY(before.isValid());
    const QDate endBefore = *before.stage(QStringLiteral("1"))->end;
    QCOMPARE(endBefore, QDate(2026, 3, 16));

    // Two 90-minute blocks missed last week; now is Monday morning.
    QList<StudyBlock> blocks;
    for (const QDate &date : {Monday.addDays(1), Monday.addDays(3)}) {
        StudyBlock b;
        b.start = at(date, 18, 0);
        b.end = at(date, 19, 30);
        b.stageKey = QStringLiteral("1");
        b.itemKey = QStringLiteral("1.1.1");
        b.id = StudyBlock::makeId(b.start, b.stageKey);
        blocks << b;
    }
    const QDateTime now = at(Monday.addDays(7), 8, 0);
    blocks = Scheduler::markMissed(blocks, now);
    QCOMPARE(int(blocks[0].status), int(StudyBlock::Status::Missed));

    Scheduler::CatchUpRequest req;
    req.stageKey = QStringLiteral("1");
    req.now = now;
    req.zone = berlin();
    req.availability = everyDay({window(18, 0, 20, 0)}, 30, 120, 10, 120);
    req.busy = {{at(Monday.addDays(7), 17, 0), at(Monday.addDays(8), 23, 0)}}; // Monday and Tuesday are busy
    req.blocks = blocks;
    if (cap > 0)
        req.weeklyCapHours = cap;
    const QList<Scheduler::CatchUpOption> options = Scheduler::catchUpOptions(req, plan, roadmap);
    QCOMPARE(options.size(), 3);
    const auto it = std::find_if(options.cbegin(), options.cend(),
                                 [kind](const Scheduler::CatchUpOption &o) { return o.kind == kind; });
    QVERIFY(it != options.cend());
    const Scheduler::CatchUpOption &option = *it;
    QCOMPARE(option.missedHours, 3.0);
    QCOMPARE(option.endBefore, std::optional<QDate>(endBefore));
    QCOMPARE(option.endAfter, std::optional<QDate>(endBefore.addDays(endShiftDays)));
    QVERIFY(!option.summary.isEmpty());
    QCOMPARE(option.droppedItemKeys, dropped);

    int moved = 0;
    for (const Scheduler::Move &m : option.moves) {
        moved += m.minutes;
        QVERIFY(m.fromBlockId == blocks[0].id || m.fromBlockId == blocks[1].id);
        QVERIFY(m.to.start >= now);
        QVERIFY(m.to.pinned && m.to.catchUp);
        QCOMPARE(m.to.itemKey, QStringLiteral("1.1.1"));
        for (const BusyInterval &busy : req.busy)
            QVERIFY(!overlaps(m.to.start, m.to.end, busy.start, busy.end));
    }
    QCOMPARE(moved, movedMinutes);

    const Scheduler::Applied applied = Scheduler::applyCatchUp(option, blocks, plan, {});
    QCOMPARE(Planner::compute(applied.plan, roadmap).stage(QStringLiteral("1"))->end, option.endAfter);
    QCOMPARE(applied.droppedItemKeys, dropped);
    int skipped = 0;
    for (const StudyBlock &b : applied.blocks) {
        if (b.status == StudyBlock::Status::Skipped)
            ++skipped;
        QVERIFY(b.status != StudyBlock::Status::Missed);
    }
    QCOMPARE(skipped, 2);
    QCOMPARE(totalMinutes(applied.blocks) - 180, movedMinutes);
    // Once dealt with, nothing is left to catch up.
    req.blocks = applied.blocks;
    QVERIFY(Scheduler::catchUpOptions(req, applied.plan, roadmap).isEmpty());

    // The next scheduled week keeps the catch-up blocks on top of its budget.
    if (kind == Scheduler::CatchUpOption::Kind::MoveToFreeTime) {
        WeekRequest week = request(req.availability, berlin(), Monday.addDays(7));
        week.existing = applied.blocks;
        week.busy = req.busy;
        week.notBefore = now;
        const Planner::Schedule schedule = Planner::compute(applied.plan, roadmap);
        const WeekResult result = Scheduler::scheduleWeek(week, applied.plan, schedule, roadmap);
        checkInvariants(result, week);
        int catchUpMinutes = 0;
        for (const StudyBlock &b : result.blocks) {
            if (b.catchUp)
                catchUpMinutes += b.minutes();
        }
        QVERIFY(catchUpMinutes > 0);
        QCOMPARE(totalMinutes(result.blocks) - catchUpMinutes, 420 - int(std::lround(result.shortfallHours * 60)));
    }
}

void TestScheduler::determinism()
{
    Fixture f;
    f.roadmap = roadmapOf({stage(QStringLiteral("1")), stage(QStringLiteral("2"))});
    f.schedule.stages = {stageSchedule(QStringLiteral("1"), Monday.addDays(-70), Monday.addDays(14), 8),
                         stageSchedule(QStringLiteral("2"), Monday.addDays(-7), Monday.addDays(70), 5)};
    WeekRequest req =
        request(everyDay({window(7, 0, 9, 0), window(12, 0, 13, 30), window(18, 0, 22, 0)}, 25, 90, 10, 180));
    // Twenty busy events of different lengths across the week.
    for (int i = 0; i < 20; ++i) {
        const QDateTime start = at(Monday.addDays(i % 7), 7 + (i * 5) % 15, (i * 17) % 60);
        req.busy.push_back({start, start.addSecs(60 * (20 + (i * 37) % 100))});
    }
    StudyBlock pinned;
    pinned.start = at(Monday.addDays(2), 20, 0);
    pinned.end = at(Monday.addDays(2), 21, 0);
    pinned.stageKey = QStringLiteral("2");
    pinned.pinned = true;
    pinned.id = StudyBlock::makeId(pinned.start, pinned.stageKey);
    req.existing = {pinned};

    const WeekResult first = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    checkInvariants(first, req);
    QVERIFY(first.blocks.size() > 5);
    const WeekResult second = Scheduler::scheduleWeek(req, f.plan, f.schedule, f.roadmap);
    QCOMPARE(second.blocks, first.blocks);
    QCOMPARE(second.shortfallHours, first.shortfallHours);

    std::mt19937 random(42);
    for (int round = 0; round < 5; ++round) {
        WeekRequest shuffled = req;
        std::shuffle(shuffled.busy.begin(), shuffled.busy.end(), random);
        const WeekResult other = Scheduler::scheduleWeek(shuffled, f.plan, f.schedule, f.roadmap);
        QCOMPARE(other.blocks, first.blocks);
        QCOMPARE(other.shortfallReason, first.shortfallReason);
    }
    QSet<QString> ids;
    for (const StudyBlock &b : first.blocks)
        ids.insert(b.id);
    QCOMPARE(ids.size(), first.blocks.size());
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
