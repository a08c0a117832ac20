// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/forecast.h"
#include "statistics/progress.h"

#include <QTest>

#include <cmath>
#include <utility>

using Forecast::Status;
using Forecast::WeekActual;
using Weeks = QList<WeekActual>;

namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// The weeks of 2027 around today (Wednesday 10 March): Mondays from 4 January.
QDate monday(int weeksBeforeThisWeek)
{
    return day(2027, 3, 8).addDays(-7 * weeksBeforeThisWeek);
}

Weeks weeks(std::initializer_list<std::pair<int, double>> hoursByWeeksAgo)
{
    Weeks list;
    for (const auto &[ago, hours] : hoursByWeeksAgo)
        list.append({monday(ago), hours});
    return list;
}

const QDate Today = QDate(2027, 3, 10);

using Days = QList<Progress::Day>;
using Progress::GuideVerdict;

// Hours on the Monday of each week before this one (1: last week).
Days mondays(std::initializer_list<std::pair<int, double>> hoursByWeeksAgo)
{
    Days list;
    for (const auto &[ago, hours] : hoursByWeeksAgo)
        list.append({monday(ago), hours});
    return list;
}

// Stage "a" (2 to 3 months), "b" (1 to 2 months), "c" (open-ended), planned from 4 January.
Roadmap guide()
{
    Roadmap roadmap;
    const auto add = [&](const char *key, int min, std::optional<int> max) {
        Stage stage;
        stage.key = QString::fromLatin1(key);
        stage.months = {min, max};
        roadmap.stages.append(stage);
    };
    add("a", 2, 3);
    add("b", 1, 2);
    add("c", 1, std::nullopt);
    return roadmap;
}

Planner::Schedule schedule(double effortA, double effortB)
{
    Planner::Schedule schedule;
    Planner::StageSchedule a;
    a.stageKey = QStringLiteral("a");
    a.start = day(2027, 1, 4);
    a.end = day(2027, 3, 1);
    a.effortHours = effortA;
    Planner::StageSchedule b;
    b.stageKey = QStringLiteral("b");
    b.start = day(2027, 3, 1);
    b.end = day(2027, 4, 1);
    b.effortHours = effortB;
    Planner::StageSchedule c;
    c.stageKey = QStringLiteral("c");
    c.start = day(2027, 4, 1);
    schedule.stages = {a, b, c};
    return schedule;
}

std::optional<QDate> optionalDate(const QDate &date)
{
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forecast_data();
    void forecast();
    void stalledGivesNoEnd();

    void pace_data();
    void pace();
    void reach_data();
    void reach();
    void progressPace_data();
    void progressPace();
    void historyForecast_data();
    void historyForecast();
    void verdictBoundaries_data();
    void verdictBoundaries();
    void stagesRunInPlanOrder();
    void doneAndUnstudiedStages();
    void stalledProgressGivesNoDate();
};

void TestForecast::forecast_data()
{
    QTest::addColumn<double>("effort");
    QTest::addColumn<QDate>("stageStart");
    QTest::addColumn<Weeks>("actuals");
    QTest::addColumn<Status>("status");
    QTest::addColumn<double>("done");
    QTest::addColumn<double>("pace");
    QTest::addColumn<QDate>("end"); // invalid: no forecast

    const QDate fiveWeeksAgo = monday(5);
    // 10 h a week for five weeks: 50 h done, 50 h left at 10 h a week: 35 days.
    QTest::newRow("steady pace") << 100.0 << fiveWeeksAgo << weeks({{5, 10}, {4, 10}, {3, 10}, {2, 10}, {1, 10}})
                                 << Status::Forecast << 50.0 << 10.0 << day(2027, 4, 14);
    // The 6 h of this week are done but the week is not over: the pace stays 10 h; 44 h left: 30.8 days.
    QTest::newRow("current week counts in done, not in the pace")
        << 100.0 << fiveWeeksAgo << weeks({{5, 10}, {4, 10}, {3, 10}, {2, 10}, {1, 10}, {0, 6}}) << Status::Forecast
        << 56.0 << 10.0 << day(2027, 4, 10);
    // The last four weeks: 4, 6, 8, 10: 7 h a week; 70 h left: 70 days.
    QTest::newRow("accelerating") << 100.0 << fiveWeeksAgo << weeks({{5, 2}, {4, 4}, {3, 6}, {2, 8}, {1, 10}})
                                  << Status::Forecast << 30.0 << 7.0 << day(2027, 5, 19);
    // Slowing down: 10, 8, 4, 2 a week: 6 h a week; 66 h left: 77 days.
    QTest::newRow("slowing down") << 100.0 << fiveWeeksAgo << weeks({{5, 10}, {4, 10}, {3, 8}, {2, 4}, {1, 2}})
                                  << Status::Forecast << 34.0 << 6.0 << day(2027, 5, 26);
    // Missing weeks count as nothing: (0 + 9 + 0 + 3) / 4 = 3 h a week; 36 h left: 84 days.
    QTest::newRow("irregular, missing weeks count as 0") << 60.0 << fiveWeeksAgo << weeks({{5, 12}, {3, 9}, {1, 3}})
                                                         << Status::Forecast << 24.0 << 3.0 << day(2027, 6, 2);
    QTest::newRow("weeks given by any of their days, in any order")
        << 100.0 << fiveWeeksAgo
        << Weeks{{day(2027, 3, 3), 10},
                 {day(2027, 2, 7), 10},
                 {day(2027, 2, 10), 10},
                 {day(2027, 2, 25), 10},
                 {day(2027, 2, 19), 10}}
        << Status::Forecast << 50.0 << 10.0 << day(2027, 4, 14);
    QTest::newRow("two entries for one week add up")
        << 100.0 << fiveWeeksAgo << weeks({{5, 10}, {4, 10}, {3, 10}, {2, 4}, {2, 6}, {1, 10}}) << Status::Forecast
        << 50.0 << 10.0 << day(2027, 4, 14);
    // Heavy weeks long ago count toward what is done but not toward the pace: 50 h left at 5 h a week.
    QTest::newRow("older weeks count in done, not in the pace")
        << 150.0 << monday(9) << weeks({{9, 40}, {8, 40}, {4, 5}, {3, 5}, {2, 5}, {1, 5}}) << Status::Forecast << 100.0
        << 5.0 << day(2027, 5, 19);
    // Started two weeks ago: the pace is over those two weeks, (6 + 8) / 2 = 7; 21 h left: 21 days.
    QTest::newRow("stage started two weeks ago: pace over two weeks")
        << 35.0 << monday(2) << weeks({{2, 6}, {1, 8}}) << Status::Forecast << 14.0 << 7.0 << day(2027, 3, 31);
    QTest::newRow("stage started mid-week: its week counts") << 35.0 << monday(2).addDays(2) << weeks({{2, 6}, {1, 8}})
                                                             << Status::Forecast << 14.0 << 7.0 << day(2027, 3, 31);
    // Hours tracked before the planned start: the learner began early, and the pace counts from then.
    QTest::newRow("began before the planned start")
        << 35.0 << monday(1) << weeks({{3, 6}, {2, 6}, {1, 6}}) << Status::Forecast << 18.0 << 6.0 << day(2027, 3, 30);
    QTest::newRow("stage started this week: no whole week yet")
        << 35.0 << monday(0) << weeks({{0, 5}}) << Status::NoHistory << 5.0 << 0.0 << QDate();
    QTest::newRow("stalled: the last four weeks empty")
        << 100.0 << monday(8) << weeks({{8, 10}, {7, 10}, {6, 10}, {5, 10}}) << Status::Stalled << 40.0 << 0.0
        << QDate();
    QTest::newRow("stalled: below 0.05 h a week")
        << 100.0 << monday(8) << weeks({{8, 20}, {2, 0.1}}) << Status::Stalled << 20.1 << 0.025 << QDate();
    QTest::newRow("stalled: hours this week do not make a pace")
        << 100.0 << monday(8) << weeks({{8, 20}, {0, 3}}) << Status::Stalled << 23.0 << 0.0 << QDate();
    QTest::newRow("empty history") << 100.0 << fiveWeeksAgo << Weeks{} << Status::NoHistory << 0.0 << 0.0 << QDate();
    QTest::newRow("only empty weeks") << 100.0 << fiveWeeksAgo << weeks({{2, 0}, {1, 0}}) << Status::NoHistory << 0.0
                                      << 0.0 << QDate();
    QTest::newRow("done: more than the effort")
        << 40.0 << fiveWeeksAgo << weeks({{3, 20}, {2, 20}, {1, 10}}) << Status::Done << 50.0 << 12.5 << QDate();
    QTest::newRow("done: exactly the effort")
        << 50.0 << fiveWeeksAgo << weeks({{3, 20}, {2, 20}, {1, 10}}) << Status::Done << 50.0 << 12.5 << QDate();
    QTest::newRow("weeks after today are not counted")
        << 100.0 << fiveWeeksAgo << weeks({{5, 10}, {4, 10}, {3, 10}, {2, 10}, {1, 10}, {-1, 100}}) << Status::Forecast
        << 50.0 << 10.0 << day(2027, 4, 14);
    QTest::newRow("invalid entries are skipped") << 100.0 << fiveWeeksAgo
                                                 << (weeks({{5, 10}, {4, 10}, {3, 10}, {2, 10}, {1, 10}})
                                                     << WeekActual{QDate(), 30} << WeekActual{monday(1), std::nan("")})
                                                 << Status::Forecast << 50.0 << 10.0 << day(2027, 4, 14);
}

void TestForecast::forecast()
{
    QFETCH(double, effort);
    QFETCH(QDate, stageStart);
    QFETCH(Weeks, actuals);
    QFETCH(Status, status);
    QFETCH(double, done);
    QFETCH(double, pace);
    QFETCH(QDate, end);

    const Forecast::Result result = Forecast::forecast(effort, stageStart, actuals, Today);
    QCOMPARE(result.status, status);
    QCOMPARE(result.doneHours, done);
    QCOMPARE(result.weeklyPace, pace);
    QCOMPARE(result.end.has_value(), end.isValid());
    if (end.isValid())
        QCOMPARE(*result.end, end);
}

void TestForecast::stalledGivesNoEnd()
{
    // Whatever is left, a pace of nothing is "no forecast", never a date far away or an overflow.
    for (double effort : {1.0e3, 1.0e9, 1.0e300}) {
        const Forecast::Result result = Forecast::forecast(effort, monday(6), weeks({{6, 1}}), Today);
        QCOMPARE(result.status, Status::Stalled);
        QVERIFY(!result.end);
        QVERIFY(std::isfinite(result.weeklyPace));
    }
    // A pace so small that the end would lie centuries away is no forecast either.
    const Forecast::Result far = Forecast::forecast(1.0e6, monday(4), weeks({{4, 1}, {3, 1}, {2, 1}, {1, 1}}), Today);
    QCOMPARE(far.status, Status::Stalled);
    QVERIFY(!far.end);
    // An invalid today gives nothing.
    QCOMPARE(Forecast::forecast(10, monday(4), weeks({{1, 5}}), QDate()).status, Status::NoHistory);
}

void TestForecast::pace_data()
{
    QTest::addColumn<Weeks>("actuals");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("spread");
    QTest::addColumn<int>("weeks");

    QTest::newRow("steady") << weeks({{6, 7}, {5, 7}, {4, 7}, {3, 7}, {2, 7}, {1, 7}}) << QDate() << 7.0 << 0.0 << 4;
    // 3, 9, 3, 9: mean 6, every week 3 from it.
    QTest::newRow("irregular") << weeks({{4, 3}, {3, 9}, {2, 3}, {1, 9}}) << QDate() << 6.0 << 3.0 << 4;
    QTest::newRow("missing weeks count as 0") << weeks({{4, 4}, {1, 4}}) << QDate() << 2.0 << 2.0 << 4;
    QTest::newRow("two weeks of history") << weeks({{2, 5}, {1, 9}}) << QDate() << 7.0 << 2.0 << 2;
    QTest::newRow("since an earlier start") << weeks({{1, 8}}) << monday(2) << 4.0 << 4.0 << 2;
    QTest::newRow("this week is not whole") << weeks({{1, 4}, {0, 40}}) << QDate() << 4.0 << 0.0 << 1;
    QTest::newRow("only this week") << weeks({{0, 5}}) << QDate() << 0.0 << 0.0 << 0;
    QTest::newRow("stalled") << weeks({{6, 10}, {5, 10}}) << QDate() << 0.0 << 0.0 << 4;
    QTest::newRow("empty") << Weeks{} << QDate() << 0.0 << 0.0 << 0;
}

void TestForecast::pace()
{
    QFETCH(Weeks, actuals);
    QFETCH(QDate, since);
    QFETCH(double, mean);
    QFETCH(double, spread);
    QFETCH(int, weeks);

    const Forecast::Pace pace = Forecast::pace(actuals, Today, since);
    QCOMPARE(pace.weeklyHours, mean);
    QCOMPARE(pace.spread, spread);
    QCOMPARE(pace.weeks, weeks);
}

void TestForecast::reach_data()
{
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("pace");
    QTest::addColumn<QDate>("end"); // invalid: none

    QTest::newRow("nothing left") << 0.0 << 7.0 << Today;
    QTest::newRow("one day") << 1.0 << 7.0 << Today.addDays(1);
    QTest::newRow("a little more than a day") << 1.01 << 7.0 << Today.addDays(2);
    QTest::newRow("whole days up to rounding") << 0.1 * 3 * 10 << 7.0 << Today.addDays(3);
    QTest::newRow("five weeks") << 50.0 << 10.0 << day(2027, 4, 14);
    QTest::newRow("at the stalled pace") << 1.0 << Forecast::StalledPace << Today.addDays(140);
    QTest::newRow("below the stalled pace") << 1.0 << 0.049 << QDate();
    QTest::newRow("no pace") << 1.0 << 0.0 << QDate();
    QTest::newRow("more than 100 years") << 1.0e6 << 1.0 << QDate();
    QTest::newRow("not a number") << std::nan("") << 7.0 << QDate();
}

void TestForecast::reach()
{
    QFETCH(double, hours);
    QFETCH(double, pace);
    QFETCH(QDate, end);
    QCOMPARE(Forecast::reach(Today, hours, pace), optionalDate(end));
}

void TestForecast::progressPace_data()
{
    QTest::addColumn<Weeks>("actuals");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("spread");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<bool>("stalled");

    QTest::newRow("steady") << weeks({{4, 7}, {3, 7}, {2, 7}, {1, 7}}) << 7.0 << 0.0 << 4 << false;
    QTest::newRow("irregular") << weeks({{4, 3}, {3, 9}, {2, 3}, {1, 9}}) << 6.0 << 3.0 << 4 << false;
    QTest::newRow("stalled: nothing in the last four weeks")
        << weeks({{6, 10}, {5, 10}, {0, 2}}) << 0.0 << 0.0 << 4 << true;
    QTest::newRow("stalled: below 0.05 h a week") << weeks({{4, 0.1}}) << 0.025 << std::sqrt(0.001875) << 4 << true;
    QTest::newRow("not stalled at 0.05 h a week") << weeks({{4, 0.2}}) << 0.05 << std::sqrt(0.0075) << 4 << false;
    QTest::newRow("no history: only this week") << weeks({{0, 3}}) << 0.0 << 0.0 << 0 << false;
    QTest::newRow("no history: empty") << Weeks{} << 0.0 << 0.0 << 0 << false;
}

void TestForecast::progressPace()
{
    QFETCH(Weeks, actuals);
    QFETCH(double, mean);
    QFETCH(double, spread);
    QFETCH(int, weeks);
    QFETCH(bool, stalled);

    const Progress::Pace pace = Progress::pace(actuals, Today);
    QCOMPARE(pace.weeklyHours, mean);
    QCOMPARE(pace.spread, spread);
    QCOMPARE(pace.weeks, weeks);
    QCOMPARE(pace.stalled, stalled);
}

void TestForecast::historyForecast_data()
{
    QTest::addColumn<Days>("days");
    QTest::addColumn<double>("effort");
    QTest::addColumn<double>("pace");
    QTest::addColumn<double>("spread");
    QTest::addColumn<GuideVerdict>("verdict");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");

    // Stage "a" studied from 8 February: its guide range ends between 8 April and 8 May.
    // 7 h a week, 28 h done, 36 h left: 36 days.
    QTest::newRow("steady") << mondays({{4, 7}, {3, 7}, {2, 7}, {1, 7}}) << 64.0 << 7.0 << 0.0 << GuideVerdict::Within
                            << day(2027, 2, 8) << day(2027, 4, 15) << day(2027, 4, 15) << day(2027, 4, 15);
    // 6 ± 3 h a week, 24 h done, 36 h left: 42 days, 28 at 9 h, 84 at 3 h.
    QTest::newRow("irregular") << mondays({{4, 3}, {3, 9}, {2, 3}, {1, 9}}) << 60.0 << 6.0 << 3.0
                               << GuideVerdict::Within << day(2027, 2, 8) << day(2027, 4, 21) << day(2027, 4, 7)
                               << day(2027, 6, 2);
    // 2 ± 2 h a week: no upper bound; 36 h left: 126 days, 63 at 4 h.
    QTest::newRow("pace - spread = 0: no latest end")
        << mondays({{4, 4}, {1, 4}}) << 44.0 << 2.0 << 2.0 << GuideVerdict::Behind << day(2027, 2, 8)
        << day(2027, 7, 14) << day(2027, 5, 12) << QDate();
    QTest::newRow("pace - spread < 0: no latest end")
        << mondays({{4, 8}}) << 44.0 << 2.0 << std::sqrt(12.0) << GuideVerdict::Behind << day(2027, 2, 8)
        << day(2027, 7, 14) << day(2027, 4, 26) << QDate();
    // Nothing in the last four weeks: no forecast, counted from the real start.
    QTest::newRow("stalled") << mondays({{9, 10}, {8, 10}}) << 64.0 << 0.0 << 0.0 << GuideVerdict::NoForecast
                             << day(2027, 1, 4) << QDate() << QDate() << QDate();
    QTest::newRow("only this week") << mondays({{0, 5}}) << 64.0 << 0.0 << 0.0 << GuideVerdict::NoForecast << monday(0)
                                    << QDate() << QDate() << QDate();
    // No history: the planned start.
    QTest::newRow("empty") << Days{} << 64.0 << 0.0 << 0.0 << GuideVerdict::NoForecast << day(2027, 1, 4) << QDate()
                           << QDate() << QDate();
}

void TestForecast::historyForecast()
{
    QFETCH(Days, days);
    QFETCH(double, effort);
    QFETCH(double, pace);
    QFETCH(double, spread);
    QFETCH(GuideVerdict, verdict);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);

    const Progress::Forecasts f =
        Progress::forecasts(guide(), schedule(effort, 14), {{QStringLiteral("a"), days}}, Today);
    QCOMPARE(f.pace.weeklyHours, pace);
    QCOMPARE(f.pace.spread, spread);
    QCOMPARE(f.stages.size(), 3);
    const Progress::StageForecast &a = f.stages.at(0);
    QCOMPARE(a.stageKey, QStringLiteral("a"));
    QCOMPARE(a.verdict, verdict);
    QCOMPARE(a.start, start);
    QCOMPARE(a.guideEarliestEnd, start.addMonths(2));
    QCOMPARE(a.guideLatestEnd, optionalDate(start.addMonths(3)));
    QCOMPARE(a.end, optionalDate(end));
    QCOMPARE(a.earliest, optionalDate(earliest));
    QCOMPARE(a.latest, optionalDate(latest));
    QVERIFY(!a.doneOn);
    // Without a forecast for "a", none for the stages after it nor for the plan: never a date far away.
    QCOMPARE(f.stages.at(1).end.has_value(), end.isValid());
    QCOMPARE(f.planEnd.has_value(), end.isValid());
    QCOMPARE(f.planLatest.has_value(), latest.isValid());
    if (!end.isValid()) {
        QCOMPARE(f.planVerdict, GuideVerdict::NoForecast);
        QCOMPARE(f.stages.at(1).verdict, GuideVerdict::NoForecast);
        QCOMPARE(f.stages.at(1).start, day(2027, 3, 1)); // planned
    }
    QCOMPARE(f.stages.at(2).verdict, GuideVerdict::OpenEnded);
    QVERIFY(!f.stages.at(2).end);
}

void TestForecast::verdictBoundaries_data()
{
    QTest::addColumn<int>("daysLeft"); // at 1 h a day from today, 10 March
    QTest::addColumn<GuideVerdict>("verdict");
    QTest::addColumn<int>("weeks");

    // Stage "a" started on 8 February: the guide's range ends between 8 April and 8 May.
    QTest::newRow("ahead by two weeks (9 days)") << 20 << GuideVerdict::Ahead << 2;
    QTest::newRow("ahead by one week (7 days)") << 22 << GuideVerdict::Ahead << 1;
    QTest::newRow("ahead: a day before the earliest end") << 28 << GuideVerdict::Ahead << 1;
    QTest::newRow("within: the earliest end") << 29 << GuideVerdict::Within << 0;
    QTest::newRow("within: a day after the earliest end") << 30 << GuideVerdict::Within << 0;
    QTest::newRow("within: a day before the latest end") << 58 << GuideVerdict::Within << 0;
    QTest::newRow("within: the latest end") << 59 << GuideVerdict::Within << 0;
    QTest::newRow("behind: a day after the latest end") << 60 << GuideVerdict::Behind << 1;
    QTest::newRow("behind by one week (7 days)") << 66 << GuideVerdict::Behind << 1;
    QTest::newRow("behind by two weeks (8 days)") << 67 << GuideVerdict::Behind << 2;
}

void TestForecast::verdictBoundaries()
{
    QFETCH(int, daysLeft);
    QFETCH(GuideVerdict, verdict);
    QFETCH(int, weeks);

    // 7 h a week (1 h a day), 28 h done.
    const Progress::Forecasts f =
        Progress::forecasts(guide(), schedule(28 + daysLeft, 14),
                            {{QStringLiteral("a"), mondays({{4, 7}, {3, 7}, {2, 7}, {1, 7}})}}, Today);
    const Progress::StageForecast &a = f.stages.at(0);
    QCOMPARE(a.end, std::optional<QDate>(Today.addDays(daysLeft)));
    QCOMPARE(a.guideEarliestEnd, day(2027, 4, 8));
    QCOMPARE(a.guideLatestEnd, std::optional<QDate>(day(2027, 5, 8)));
    QCOMPARE(a.verdict, verdict);
    QCOMPARE(a.weeks, weeks);
    QCOMPARE(Progress::verdictText(a.verdict, a.weeks).isEmpty(), false);
}

void TestForecast::stagesRunInPlanOrder()
{
    // "a": 28 h done at 7 h a week, 8 h left; "b" not started, 14 h: it starts when "a" ends (18
    // March) and ends 14 days later; the plan ends with "b".
    const Progress::Forecasts f = Progress::forecasts(
        guide(), schedule(36, 14), {{QStringLiteral("a"), mondays({{4, 7}, {3, 7}, {2, 7}, {1, 7}})}}, Today);
    const Progress::StageForecast &a = f.stages.at(0);
    const Progress::StageForecast &b = f.stages.at(1);
    QCOMPARE(a.end, std::optional<QDate>(day(2027, 3, 18)));
    QCOMPARE(b.start, day(2027, 3, 18));
    QCOMPARE(b.doneHours, 0.0);
    QCOMPARE(b.end, std::optional<QDate>(day(2027, 4, 1)));
    // 1 to 2 months from 18 March.
    QCOMPARE(b.guideEarliestEnd, day(2027, 4, 18));
    QCOMPARE(b.guideLatestEnd, std::optional<QDate>(day(2027, 5, 18)));
    QCOMPARE(b.verdict, GuideVerdict::Ahead);
    QCOMPARE(b.weeks, 3); // 17 days
    // The open-ended stage starts when the path ends.
    QCOMPARE(f.stages.at(2).start, day(2027, 4, 1));
    QCOMPARE(f.stages.at(2).guideEarliestEnd, day(2027, 5, 1));
    // The path: from 8 February, 3 to 5 months.
    QCOMPARE(f.planStart, day(2027, 2, 8));
    QCOMPARE(f.planEnd, std::optional<QDate>(day(2027, 4, 1)));
    QCOMPARE(f.planEarliest, std::optional<QDate>(day(2027, 4, 1)));
    QCOMPARE(f.planLatest, std::optional<QDate>(day(2027, 4, 1)));
    QCOMPARE(f.planGuideEarliestEnd, day(2027, 5, 8));
    QCOMPARE(f.planGuideLatestEnd, std::optional<QDate>(day(2027, 7, 8)));
    QCOMPARE(f.planVerdict, GuideVerdict::Ahead);
    QCOMPARE(f.planWeeks, 6); // 37 days

    // Studying "b" already: its real start counts for the guide, its hours are done, and it still
    // comes after "a" in the forecast.
    const Progress::Forecasts both = Progress::forecasts(
        guide(), schedule(36, 14),
        {{QStringLiteral("a"), mondays({{4, 7}, {3, 7}, {2, 7}, {1, 5}})}, {QStringLiteral("b"), mondays({{1, 2}})}},
        Today);
    QCOMPARE(both.pace.weeklyHours, 7.0);
    QCOMPARE(both.stages.at(0).end, std::optional<QDate>(day(2027, 3, 20))); // 10 h left
    QCOMPARE(both.stages.at(1).start, monday(1));
    QCOMPARE(both.stages.at(1).doneHours, 2.0);
    QCOMPARE(both.stages.at(1).end, std::optional<QDate>(day(2027, 4, 1))); // 12 h more
}

void TestForecast::doneAndUnstudiedStages()
{
    // "a" reached its 20 h on 15 February (7 + 13): it ends the day after, 51 days (8 weeks, rounded
    // up) before the guide's earliest end, 8 April. "b" then runs from today.
    const Days days{{day(2027, 2, 8), 7}, {day(2027, 2, 15), 13}, {day(2027, 2, 22), 7}, {day(2027, 3, 1), 1}};
    const Progress::Forecasts f = Progress::forecasts(guide(), schedule(20, 14), {{QStringLiteral("a"), days}}, Today);
    const Progress::StageForecast &a = f.stages.at(0);
    QCOMPARE(a.doneHours, 28.0);
    QCOMPARE(a.doneOn, std::optional<QDate>(day(2027, 2, 15)));
    QVERIFY(!a.end);
    QCOMPARE(a.verdict, GuideVerdict::Ahead);
    QCOMPARE(a.weeks, 8);
    // 7 h a week: 14 h in 14 days from today.
    QCOMPARE(f.stages.at(1).start, Today);
    QCOMPARE(f.stages.at(1).end, std::optional<QDate>(day(2027, 3, 24)));
    QCOMPARE(f.planEnd, std::optional<QDate>(day(2027, 3, 24)));
}

void TestForecast::stalledProgressGivesNoDate()
{
    // However much is left and however small the pace, no forecast is a date far away.
    for (double effort : {1.0e3, 1.0e9, 1.0e300}) {
        const Progress::Forecasts f =
            Progress::forecasts(guide(), schedule(effort, 14), {{QStringLiteral("a"), mondays({{1, 0.06}})}}, Today);
        for (const Progress::StageForecast &stage : f.stages) {
            QVERIFY(!stage.end || stage.end->year() < 2200);
            QVERIFY(!stage.latest || stage.latest->year() < 2200);
        }
        QVERIFY(!f.planEnd || f.planEnd->year() < 2200);
    }
    // No schedule, no roadmap: nothing, and nothing invalid.
    const Progress::Forecasts none = Progress::forecasts(Roadmap(), Planner::Schedule(), {}, Today);
    QVERIFY(none.stages.isEmpty());
    QCOMPARE(none.planVerdict, GuideVerdict::OpenEnded);
    QVERIFY(!none.planEnd);
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
