// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasehelpers.h"
#include "plan/planner.h"
#include "statistics/progress.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/roadmaprepository.h"
#include "tracking/timelog.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace TestDb;
using Progress::GuideVerdict;

// The Progress view's data from a known study log on a real SQLite file: the weeks, the burn-up,
// each stage against the guide, the checklists and the calendar hold exactly what the log says,
// with entries across midnight, across the spring DST change in Berlin and made in New York.
//
// The plan starts on Monday 1 March 2027: stage 1 at 7 h a week for 14 h (to 15 March), stage 2 at
// 14 h a week for 28 h with a pause from 22 to 28 March (to 5 April), stage 3 open-ended at 7 h a
// week. Today is Wednesday 7 April 2027. The log, by local day (the entry's own offset):
//
//   week of   stage 1                            stage 2                              stage 3   total
//   1 Mar     1st 2, 3rd 1, 4th 1.5 (over midnight)                                             4.5
//   8 Mar     13th 3, 14th 1                                                                    4
//   15 Mar    15th 2, 16th .5, 17th .5, 18th 2,  20th 2                                         8
//             19th 1
//   22 Mar                                       27th 1, 28th 2.5 (over the DST change), 28th .5  4
//   29 Mar                                       30th 2.5, 1st 4, 2nd 1 (New York)    4th .5    8
//   5 Apr                                        6th 1, 7th 1                         5th .5    2.5
//
// Not counted: an entry of another roadmap, one after today, the running timer.

namespace {

const QDate Today(2027, 4, 7);
const QDateTime Now(Today, QTime(10, 0), Qt::UTC);

QDate day(int month, int d)
{
    return QDate(2027, month, d);
}

TimeEntry entry(const char *stage, const QDate &date, const QTime &localStart, int minutes, int offsetMinutes)
{
    TimeEntry e;
    e.stageKey = QString::fromLatin1(stage);
    e.start = QDateTime(date, localStart, Qt::OffsetFromUTC, offsetMinutes * 60).toUTC();
    e.end = e.start.addSecs(60 * qint64(minutes));
    e.offsetMinutes = offsetMinutes;
    return e;
}

constexpr int Cet = 60;
constexpr int Cest = 120;
constexpr int NewYorkSummer = -240;

QList<TimeEntry> log()
{
    return {
        entry("1", day(3, 1), QTime(19, 0), 120, Cet),
        entry("1", day(3, 3), QTime(23, 0), 150, Cet), // 1 h on the 3rd, 1.5 h on the 4th
        entry("1", day(3, 13), QTime(10, 0), 180, Cet), entry("1", day(3, 14), QTime(10, 0), 60, Cet),
        entry("1", day(3, 15), QTime(19, 0), 120, Cet), entry("1", day(3, 16), QTime(19, 0), 30, Cet),
        entry("1", day(3, 17), QTime(19, 0), 30, Cet), entry("1", day(3, 18), QTime(19, 0), 120, Cet),
        entry("1", day(3, 19), QTime(19, 0), 60, Cet), entry("2", day(3, 20), QTime(9, 0), 120, Cet),
        // 23:00 CET to 03:30 CEST: 3.5 real hours, 1 on the 27th and 2.5 on the 28th.
        entry("2", day(3, 27), QTime(23, 0), 210, Cet), entry("2", day(3, 28), QTime(20, 0), 30, Cest),
        entry("2", day(3, 30), QTime(19, 0), 150, Cest), entry("2", day(4, 1), QTime(18, 0), 240, Cest),
        // 22:00 in New York is 04:00 on the 3rd in Berlin: the entry's own offset puts it on the 2nd.
        entry("2", day(4, 2), QTime(22, 0), 60, NewYorkSummer),
        entry("3", day(4, 4), QTime(23, 30), 60, Cest), // over midnight and into the next week
        entry("2", day(4, 6), QTime(18, 0), 60, Cest), entry("2", day(4, 7), QTime(7, 0), 60, Cest),
        entry("2", day(4, 8), QTime(18, 0), 60, Cest), // after today
    };
}

Section section(const QString &title, ItemKind kind, const QList<std::pair<const char *, bool>> &items,
                const QString &branchKey = QString())
{
    Section s;
    s.title = title;
    s.kind = kind;
    s.branchKey = branchKey;
    for (const auto &[itemTitle, done] : items) {
        Item item;
        item.kind = kind;
        item.title = QString::fromUtf8(itemTitle);
        item.done = done;
        s.items.append(item);
    }
    return s;
}

Roadmap roadmap()
{
    Roadmap r;
    Stage s1;
    s1.key = QStringLiteral("1");
    s1.title = QStringLiteral("Basics");
    s1.months = {1, 2};
    s1.sections = {
        section(QStringLiteral("Courses"), ItemKind::Course, {{"A course", false}}),
        section(QStringLiteral("Assessment"), ItemKind::Assessment, {{"Quiz one", true}, {"Quiz two", false}})};
    Stage s2;
    s2.key = QStringLiteral("2");
    s2.title = QStringLiteral("Foundations");
    s2.months = {1, 3};
    Branch branch;
    branch.key = QStringLiteral("2.b1");
    branch.chosen = false;
    s2.branches = {branch};
    s2.sections = {
        section(QStringLiteral("Assessment"), ItemKind::Assessment,
                {{"Project review", true}, {"Written test", false}}),
        section(QStringLiteral("Branch assessment"), ItemKind::Assessment, {{"Branch exam", false}}, branch.key)};
    Stage s3;
    s3.key = QStringLiteral("3");
    s3.title = QStringLiteral("Research");
    s3.months = {1, std::nullopt};
    s3.sections = {section(QStringLiteral("Assessment"), ItemKind::Assessment, {{"论文", true}})};
    r.stages = {s1, s2, s3};
    for (int i = 0; i < r.stages.size(); ++i) {
        for (int j = 0; j < r.stages[i].sections.size(); ++j) {
            for (int k = 0; k < r.stages[i].sections[j].items.size(); ++k)
                r.stages[i].sections[j].items[k].key = QStringLiteral("%1.%2.%3").arg(i + 1).arg(j + 1).arg(k + 1);
        }
    }
    return r;
}

Plan plan()
{
    Plan p;
    p.start = day(3, 1);
    StagePlan s1;
    s1.stageKey = QStringLiteral("1");
    s1.weeklyHours = 7;
    s1.effortHours = 14;
    StagePlan s2;
    s2.stageKey = QStringLiteral("2");
    s2.weeklyHours = 14;
    s2.effortHours = 28;
    StagePlan s3;
    s3.stageKey = QStringLiteral("3");
    s3.weeklyHours = 7;
    p.stages = {s1, s2, s3};
    Pause pause;
    pause.first = day(3, 22);
    pause.last = day(3, 28);
    pause.weeklyHours = 0;
    p.pauses = {pause};
    return p;
}

using Points = QList<Progress::CumulativePoint>;
using Dates = QList<QDate>;

std::optional<QDate> some(const QDate &date)
{
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

Points points(std::initializer_list<std::pair<QDate, double>> list)
{
    Points result;
    for (const auto &[date, hours] : list)
        result.append({date, hours});
    return result;
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void dailyHours_data();
    void dailyHours();
    void dailyHoursWithinBounds_data();
    void dailyHoursWithinBounds();
    void dailyHoursAgreeWithTimeLog();
    void weeks_data();
    void weeks();
    void burnUp_data();
    void burnUp();
    void forecasts();
    void ranges_data();
    void ranges();
    void checklists_data();
    void checklists();
    void calendarOfTheLog();
    void calendar_data();
    void calendar();
    void emptyLog();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{Now};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RoadmapRepository> m_roadmaps;
    std::unique_ptr<EntryRepository> m_entries;
    int m_roadmapId = 0;
    int m_otherRoadmapId = 0;
    Roadmap m_roadmap;
    Plan m_plan;
    Planner::Schedule m_schedule;
    Progress::Data m_data;
};

void TestProgress::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(m_clock);
    QString error;
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("studyplanner.sqlite")), &error), qPrintable(error));
    m_roadmaps = std::make_unique<RoadmapRepository>(*m_database, m_clock);
    m_entries = std::make_unique<EntryRepository>(*m_database);
    m_roadmapId = m_roadmaps->ensureBuiltinGuide(&error);
    QVERIFY2(m_roadmapId > 0, qPrintable(error));
    m_otherRoadmapId =
        m_roadmaps->importMarkdown(fileBytes(QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/guides/foreign-guide.en.md")),
                                   QStringLiteral("x.md"), &error);
    QVERIFY2(m_otherRoadmapId > 0, qPrintable(error));

    QVERIFY2(m_entries->change(m_roadmapId, {}, log(), &error), qPrintable(error));
    QVERIFY2(m_entries->change(m_otherRoadmapId, {}, {entry("1", day(4, 6), QTime(10, 0), 300, Cest)}, &error),
             qPrintable(error));
    TimeEntry running;
    running.stageKey = QStringLiteral("3");
    running.start = QDateTime(Today, QTime(7, 30), Qt::UTC);
    running.offsetMinutes = Cest;
    QVERIFY2(m_entries->startTimer(m_roadmapId, running, &error), qPrintable(error));

    m_roadmap = roadmap();
    m_plan = plan();
    m_schedule = Planner::compute(m_plan, m_roadmap);
    QVERIFY(m_schedule.isValid());
    QCOMPARE(m_schedule.stages.at(1).end, std::optional<QDate>(day(4, 5)));
    const std::optional<Progress::Data> data =
        Progress::compute(*m_entries, m_roadmapId, m_roadmap, m_plan, m_schedule, Today, &error);
    QVERIFY2(data, qPrintable(error));
    m_data = *data;
}

void TestProgress::cleanupTestCase()
{
    m_entries.reset();
    m_roadmaps.reset();
    m_database.reset();
    m_dir.reset();
}

void TestProgress::dailyHours_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<double>("hours");

    const QList<std::tuple<QDate, const char *, double>> rows{
        {day(3, 1), "1", 2},   {day(3, 3), "1", 1},    {day(3, 4), "1", 1.5},  {day(3, 13), "1", 3},
        {day(3, 14), "1", 1},  {day(3, 15), "1", 2},   {day(3, 16), "1", 0.5}, {day(3, 17), "1", 0.5},
        {day(3, 18), "1", 2},  {day(3, 19), "1", 1},   {day(3, 20), "2", 2},   {day(3, 27), "2", 1},
        {day(3, 28), "2", 3},  {day(3, 30), "2", 2.5}, {day(4, 1), "2", 4},    {day(4, 2), "2", 1},
        {day(4, 4), "3", 0.5}, {day(4, 5), "3", 0.5},  {day(4, 6), "2", 1},    {day(4, 7), "2", 1},
        {day(4, 8), "2", 1},
    };
    for (const auto &[date, stage, hours] : rows)
        QTest::addRow("%s stage %s", qPrintable(date.toString(Qt::ISODate)), stage)
            << date << QString::fromLatin1(stage) << hours;
}

void TestProgress::dailyHours()
{
    QFETCH(QDate, date);
    QFETCH(QString, stage);
    QFETCH(double, hours);

    QString error;
    const std::optional<QList<EntryRepository::DayHours>> perStage =
        m_entries->dailyStageHours(m_roadmapId, QDate(), QDate(), &error);
    QVERIFY2(perStage, qPrintable(error));
    QCOMPARE(perStage->size(), 21);
    int found = 0;
    for (const EntryRepository::DayHours &row : *perStage) {
        if (row.date == date) {
            QCOMPARE(row.stageKey, stage);
            QCOMPARE(row.hours, hours);
            ++found;
        }
    }
    QCOMPARE(found, 1); // one stage a day in this log
    // The day's total, every stage together.
    const std::optional<QList<EntryRepository::DayHours>> totals =
        m_entries->dailyHours(m_roadmapId, QDate(), QDate(), &error);
    QVERIFY2(totals, qPrintable(error));
    QCOMPARE(totals->size(), 21);
    QVERIFY(
        std::is_sorted(totals->cbegin(), totals->cend(), [](const auto &a, const auto &b) { return a.date < b.date; }));
    QVERIFY(totals->contains(EntryRepository::DayHours{date, QString(), hours}));
}

void TestProgress::dailyHoursWithinBounds_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<Dates>("dates");
    QTest::addColumn<double>("hours");

    // Only the part of an entry over midnight that falls in the range.
    QTest::newRow("the second day of an entry over midnight") << day(3, 4) << day(3, 4) << Dates{day(3, 4)} << 1.5;
    QTest::newRow("the first day of an entry over midnight") << day(3, 2) << day(3, 3) << Dates{day(3, 3)} << 1.0;
    QTest::newRow("the DST night") << day(3, 28) << day(3, 29) << Dates{day(3, 28)} << 3.0;
    QTest::newRow("the New York entry on its own day") << day(4, 2) << day(4, 3) << Dates{day(4, 2)} << 1.0;
    QTest::newRow("a week") << day(3, 29) << day(4, 4) << Dates{day(3, 30), day(4, 1), day(4, 2), day(4, 4)} << 8.0;
    QTest::newRow("from a day on") << day(4, 6) << QDate() << Dates{day(4, 6), day(4, 7), day(4, 8)} << 3.0;
    QTest::newRow("up to a day") << QDate() << day(3, 3) << Dates{day(3, 1), day(3, 3)} << 3.0;
    QTest::newRow("a day without study") << day(3, 2) << day(3, 2) << Dates{} << 0.0;
    QTest::newRow("before the log") << day(1, 1) << day(2, 28) << Dates{} << 0.0;
}

void TestProgress::dailyHoursWithinBounds()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(Dates, dates);
    QFETCH(double, hours);

    QString error;
    const std::optional<QList<EntryRepository::DayHours>> days = m_entries->dailyHours(m_roadmapId, from, to, &error);
    QVERIFY2(days, qPrintable(error));
    Dates got;
    double sum = 0;
    for (const EntryRepository::DayHours &d : *days) {
        got.append(d.date);
        sum += d.hours;
    }
    QCOMPARE(got, dates);
    QCOMPARE(sum, hours);
}

void TestProgress::dailyHoursAgreeWithTimeLog()
{
    // For entries made in Berlin, the SQL split by the entry's own offset is the one TimeLog makes
    // in the zone: the same seconds on the same days, the DST night included.
    QList<TimeEntry> berlin;
    for (const TimeEntry &e : log()) {
        if (e.offsetMinutes != NewYorkSummer)
            berlin.append(e);
    }
    const QMap<QDate, qint64> expected =
        TimeLog::dailySeconds(berlin, QTimeZone(QByteArrayLiteral("Europe/Berlin")), day(2, 1), day(4, 30), Now);
    QString error;
    const std::optional<QList<EntryRepository::DayHours>> days =
        m_entries->dailyHours(m_roadmapId, day(2, 1), day(4, 30), &error);
    QVERIFY2(days, qPrintable(error));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        double hours = 0;
        for (const EntryRepository::DayHours &d : *days) {
            if (d.date == it.key())
                hours = d.hours;
        }
        // The New York hour is on 2 April for the log, on the 3rd in Berlin.
        if (it.key() == day(4, 2))
            hours -= 1;
        QVERIFY2(qFuzzyCompare(1 + hours, 1 + double(it.value()) / 3600), qPrintable(it.key().toString(Qt::ISODate)));
    }
}

void TestProgress::weeks_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QDate>("monday");
    QTest::addColumn<double>("planned");
    QTest::addColumn<double>("actual");

    QTest::newRow("1 March: stage 1") << 0 << day(3, 1) << 7.0 << 4.5;
    QTest::newRow("8 March") << 1 << day(3, 8) << 7.0 << 4.0;
    QTest::newRow("15 March: stage 2") << 2 << day(3, 15) << 14.0 << 8.0;
    QTest::newRow("22 March: the pause") << 3 << day(3, 22) << 0.0 << 4.0;
    QTest::newRow("29 March") << 4 << day(3, 29) << 14.0 << 8.0;
    QTest::newRow("5 April: stage 3, this week") << 5 << day(4, 5) << 7.0 << 2.5;
}

void TestProgress::weeks()
{
    QFETCH(int, index);
    QFETCH(QDate, monday);
    QFETCH(double, planned);
    QFETCH(double, actual);

    QCOMPARE(m_data.weeks.size(), 6);
    const Progress::Week &week = m_data.weeks.at(index);
    QCOMPARE(week.monday, monday);
    QCOMPARE(week.plannedHours, planned);
    QCOMPARE(week.actualHours, actual);
}

void TestProgress::burnUp_data()
{
    QTest::addColumn<Points>("got");
    QTest::addColumn<Points>("expected");

    const Progress::BurnUp &b = m_data.burnUp;
    // Stage 1 at 1 h a day, stage 2 at 2 h a day except in the pause; the path ends on 4 April.
    QTest::newRow("planned") << b.planned
                             << points({{day(2, 28), 0},
                                        {day(3, 7), 7},
                                        {day(3, 14), 14},
                                        {day(3, 21), 28},
                                        {day(3, 28), 28},
                                        {day(4, 4), 42}});
    QTest::newRow("actual") << b.actual
                            << points({{day(2, 28), 0},
                                       {day(3, 7), 4.5},
                                       {day(3, 14), 8.5},
                                       {day(3, 21), 16.5},
                                       {day(3, 28), 20.5},
                                       {day(4, 4), 28.5},
                                       {Today, 31}});
    // 12.5 h left of stage 2 from the 31 h logged: at 6 h a week to 21 April (the plan ends on the 22nd).
    QTest::newRow("forecast")
        << b.forecast
        << points({{Today, 31}, {day(4, 11), 31 + 6.0 / 7 * 4}, {day(4, 18), 31 + 6.0 / 7 * 11}, {day(4, 21), 43.5}});
    QTest::newRow("earliest, at 8 h a week")
        << b.forecastEarliest << points({{Today, 31}, {day(4, 11), 31 + 8.0 / 7 * 4}, {day(4, 17), 43.5}});
    QTest::newRow("latest, at 4 h a week") << b.forecastLatest
                                           << points({{Today, 31},
                                                      {day(4, 11), 31 + 4.0 / 7 * 4},
                                                      {day(4, 18), 31 + 4.0 / 7 * 11},
                                                      {day(4, 25), 31 + 4.0 / 7 * 18},
                                                      {day(4, 28), 43.5}});
}

void TestProgress::burnUp()
{
    QFETCH(Points, got);
    QFETCH(Points, expected);

    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i) {
        QCOMPARE(got.at(i).date, expected.at(i).date);
        QCOMPARE(got.at(i).hours, expected.at(i).hours);
    }
}

void TestProgress::forecasts()
{
    const Progress::Forecasts &f = m_data.forecasts;
    // The last four whole weeks: 4, 8, 4, 8.
    QCOMPARE(f.pace.weeklyHours, 6.0);
    QCOMPARE(f.pace.spread, 2.0);
    QCOMPARE(f.pace.weeks, 4);
    QVERIFY(!f.pace.stalled);
    QCOMPARE(f.stages.size(), 3);

    // Stage 1: 14 h reached on 19 March (10.5 h by the 15th, then .5, .5, 2, 1), 12 days before 1 April.
    const Progress::StageForecast &s1 = f.stages.at(0);
    QCOMPARE(s1.doneHours, 14.5);
    QCOMPARE(s1.effortHours, 14.0);
    QCOMPARE(s1.doneOn, std::optional<QDate>(day(3, 19)));
    QVERIFY(!s1.end);
    QCOMPARE(s1.start, day(3, 1));
    QCOMPARE(s1.verdict, GuideVerdict::Ahead);
    QCOMPARE(s1.weeks, 2);

    // Stage 2: 15.5 of 28 h; 12.5 h left at 6 ± 2 h a week: 15, 11 and 22 days.
    const Progress::StageForecast &s2 = f.stages.at(1);
    QCOMPARE(s2.doneHours, 15.5);
    QCOMPARE(s2.start, day(3, 20));
    QCOMPARE(s2.end, std::optional<QDate>(day(4, 22)));
    QCOMPARE(s2.earliest, std::optional<QDate>(day(4, 18)));
    QCOMPARE(s2.latest, std::optional<QDate>(day(4, 29)));
    QCOMPARE(s2.guideEarliestEnd, day(4, 20));
    QCOMPARE(s2.guideLatestEnd, std::optional<QDate>(day(6, 20)));
    QCOMPARE(s2.verdict, GuideVerdict::Within);
    QCOMPARE(s2.weeks, 0);

    const Progress::StageForecast &s3 = f.stages.at(2);
    QCOMPARE(s3.verdict, GuideVerdict::OpenEnded);
    QCOMPARE(s3.doneHours, 1.0);
    QCOMPARE(s3.start, day(4, 4));
    QCOMPARE(s3.guideEarliestEnd, day(5, 4));
    QVERIFY(!s3.guideLatestEnd);
    QVERIFY(!s3.end);

    // The path (stages 1 and 2): from 1 March, 2 to 5 months; it ends 9 days before 1 May.
    QCOMPARE(f.planEnd, std::optional<QDate>(day(4, 22)));
    QCOMPARE(f.planEarliest, std::optional<QDate>(day(4, 18)));
    QCOMPARE(f.planLatest, std::optional<QDate>(day(4, 29)));
    QCOMPARE(f.planStart, day(3, 1));
    QCOMPARE(f.planGuideEarliestEnd, day(5, 1));
    QCOMPARE(f.planGuideLatestEnd, std::optional<QDate>(day(8, 1)));
    QCOMPARE(f.planVerdict, GuideVerdict::Ahead);
    QCOMPARE(f.planWeeks, 2);
}

void TestProgress::ranges_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("plannedStart");
    QTest::addColumn<QDate>("plannedEnd");
    QTest::addColumn<QDate>("guideStart");
    QTest::addColumn<QDate>("guideEarliestEnd");
    QTest::addColumn<QDate>("guideLatestEnd");
    QTest::addColumn<QDate>("firstStudied");
    QTest::addColumn<QDate>("lastStudied");
    QTest::addColumn<double>("hours");
    QTest::addColumn<QDate>("forecastEnd");

    QTest::newRow("stage 1, done") << 0 << QStringLiteral("Basics") << day(3, 1) << day(3, 15) << day(3, 1) << day(4, 1)
                                   << day(5, 1) << day(3, 1) << day(3, 19) << 14.5 << QDate();
    QTest::newRow("stage 2, ongoing") << 1 << QStringLiteral("Foundations") << day(3, 15) << day(4, 5) << day(3, 20)
                                      << day(4, 20) << day(6, 20) << day(3, 20) << day(4, 7) << 15.5 << day(4, 22);
    QTest::newRow("stage 3, open-ended") << 2 << QStringLiteral("Research") << day(4, 5) << QDate() << day(4, 4)
                                         << day(5, 4) << QDate() << day(4, 4) << day(4, 5) << 1.0 << QDate();
}

void TestProgress::ranges()
{
    QFETCH(int, index);
    QFETCH(QString, title);
    QFETCH(QDate, plannedStart);
    QFETCH(QDate, plannedEnd);
    QFETCH(QDate, guideStart);
    QFETCH(QDate, guideEarliestEnd);
    QFETCH(QDate, guideLatestEnd);
    QFETCH(QDate, firstStudied);
    QFETCH(QDate, lastStudied);
    QFETCH(double, hours);
    QFETCH(QDate, forecastEnd);

    QCOMPARE(m_data.ranges.size(), 3);
    const Progress::StageRange &r = m_data.ranges.at(index);
    QCOMPARE(r.stageKey, QString::number(index + 1));
    QCOMPARE(r.title, title);
    QCOMPARE(r.plannedStart, plannedStart);
    QCOMPARE(r.plannedEnd, some(plannedEnd));
    QCOMPARE(r.guideStart, guideStart);
    QCOMPARE(r.guideEarliestEnd, guideEarliestEnd);
    QCOMPARE(r.guideLatestEnd, some(guideLatestEnd));
    QCOMPARE(r.firstStudied, some(firstStudied));
    QCOMPARE(r.lastStudied, some(lastStudied));
    QCOMPARE(r.hours, hours);
    QCOMPARE(r.forecastEnd, some(forecastEnd));
}

void TestProgress::checklists_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("ticked");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("hoursSpent");
    QTest::addColumn<bool>("completed");
    QTest::addColumn<QStringList>("missing");

    // Its hours are spent, but one assessment is not ticked: not completed.
    QTest::newRow("stage 1: hours spent, checklist not ticked")
        << 0 << 1 << 2 << true << false << QStringList{QStringLiteral("Quiz two")};
    // The branch not chosen does not count.
    QTest::newRow("stage 2: the unchosen branch does not count")
        << 1 << 1 << 2 << false << false << QStringList{QStringLiteral("Written test")};
    QTest::newRow("stage 3: ticked, whatever the hours") << 2 << 1 << 1 << false << true << QStringList{};
}

void TestProgress::checklists()
{
    QFETCH(int, index);
    QFETCH(int, ticked);
    QFETCH(int, total);
    QFETCH(bool, hoursSpent);
    QFETCH(bool, completed);
    QFETCH(QStringList, missing);

    QCOMPARE(m_data.checklists.size(), 3);
    const Progress::Checklist &c = m_data.checklists.at(index);
    QCOMPARE(c.stageKey, QString::number(index + 1));
    QCOMPARE(c.title, m_roadmap.stages.at(index).title);
    QCOMPARE(c.ticked, ticked);
    QCOMPARE(c.total, total);
    QCOMPARE(c.hoursSpent, hoursSpent);
    QCOMPARE(c.completed, completed);
    QCOMPARE(c.missing, missing);
}

void TestProgress::calendarOfTheLog()
{
    const Progress::Calendar &c = m_data.calendar;
    QCOMPARE(c.to, Today);
    QCOMPARE(c.from, QDate(2026, 4, 6)); // the Monday of 7 April 2026
    QCOMPARE(c.days.size(), 367);
    QCOMPARE(c.days.constFirst().date, c.from);
    QCOMPARE(c.days.constLast().date, Today);
    double sum = 0;
    int studied = 0;
    for (int i = 0; i < c.days.size(); ++i) {
        QCOMPARE(c.days.at(i).date, c.from.addDays(i));
        sum += c.days.at(i).hours;
        if (c.days.at(i).hours > 0)
            ++studied;
    }
    QCOMPARE(sum, 31.0); // not the entry after today
    QCOMPARE(studied, 20);
    QCOMPARE(c.days.at(int(c.from.daysTo(day(4, 1)))).hours, 4.0);
    QCOMPARE(c.maxHours, 4.0);
    // 4 to 7 April (the New York hour is on the 2nd, not the 3rd); the longest from 13 to 20 March.
    QCOMPARE(c.streak, 4);
    QCOMPARE(c.longestStreak, 8);
}

void TestProgress::calendar_data()
{
    QTest::addColumn<QList<Progress::Day>>("studied");
    QTest::addColumn<int>("streak");
    QTest::addColumn<int>("longest");
    QTest::addColumn<double>("maxHours");

    using Days = QList<Progress::Day>;
    QTest::newRow("today and the two days before")
        << Days{{day(4, 5), 1}, {day(4, 6), 2}, {day(4, 7), 1}} << 3 << 3 << 2.0;
    QTest::newRow("up to yesterday: today has none yet") << Days{{day(4, 5), 1}, {day(4, 6), 2}} << 2 << 2 << 2.0;
    QTest::newRow("broken the day before yesterday") << Days{{day(4, 4), 1}, {day(4, 5), 1}} << 0 << 2 << 1.0;
    QTest::newRow("the longest long ago")
        << Days{{QDate(2020, 1, 1), 5}, {QDate(2020, 1, 2), 1}, {QDate(2020, 1, 3), 1}, {day(4, 7), 0.5}} << 1 << 3
        << 0.5;
    QTest::newRow("several entries a day, in any order")
        << Days{{day(4, 7), 0.5}, {day(4, 6), 1}, {day(4, 7), 0.25}} << 2 << 2 << 1.0;
    QTest::newRow("days without time and after today do not count")
        << Days{{day(4, 6), 0}, {day(4, 7), 1}, {day(4, 8), 1}} << 1 << 1 << 1.0;
    QTest::newRow("nothing") << Days{} << 0 << 0 << 0.0;
}

void TestProgress::calendar()
{
    QFETCH(QList<Progress::Day>, studied);
    QFETCH(int, streak);
    QFETCH(int, longest);
    QFETCH(double, maxHours);

    const Progress::Calendar c = Progress::calendar(studied, Today);
    QCOMPARE(c.streak, streak);
    QCOMPARE(c.longestStreak, longest);
    QCOMPARE(c.maxHours, maxHours);
    QCOMPARE(c.days.size(), 367);
}

void TestProgress::emptyLog()
{
    // Another roadmap's view before any study: planned weeks from the plan's start, nothing actual,
    // no forecast yet.
    Plan p = m_plan;
    p.start = day(3, 29);
    const Planner::Schedule schedule = Planner::compute(p, m_roadmap);
    QString error;
    const int otherWithoutLog =
        m_roadmaps->importMarkdown(fileBytes(QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/guides/foreign-guide.en.md")),
                                   QStringLiteral("y.md"), &error);
    QVERIFY2(otherWithoutLog > 0, qPrintable(error));
    const std::optional<Progress::Data> data =
        Progress::compute(*m_entries, otherWithoutLog, m_roadmap, p, schedule, Today, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->weeks.size(), 2);
    QCOMPARE(data->weeks.at(0).monday, day(3, 29));
    QCOMPARE(data->weeks.at(0).plannedHours, 7.0);
    QCOMPARE(data->weeks.at(1).actualHours, 0.0);
    QCOMPARE(data->forecasts.pace.weeks, 0);
    QCOMPARE(data->forecasts.planVerdict, GuideVerdict::NoForecast);
    QVERIFY(!data->forecasts.planEnd);
    for (const Progress::StageForecast &s : data->forecasts.stages) {
        QVERIFY(!s.end);
        QVERIFY(s.verdict == GuideVerdict::NoForecast || s.verdict == GuideVerdict::OpenEnded);
    }
    QCOMPARE(data->forecasts.stages.at(0).start, day(3, 29)); // planned
    QVERIFY(data->burnUp.forecast.isEmpty());
    QCOMPARE(data->burnUp.actual.constLast().hours, 0.0);
    QCOMPARE(data->calendar.streak, 0);
    QCOMPARE(data->calendar.maxHours, 0.0);
    QCOMPARE(Progress::verdictText(data->forecasts.planVerdict, 0).isEmpty(), false);
}

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
