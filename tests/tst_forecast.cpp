// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/forecast.h"

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

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forecast_data();
    void forecast();
    void stalledGivesNoEnd();
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

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
