// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/timelog.h"

#include <QTest>

// Totals per day and week (midnight, summer time, running entries, Monday or Sunday weeks), overlaps,
// and the timer's clock checks on both sides of their limits.

namespace {

const QTimeZone Berlin("Europe/Berlin");
const QTimeZone NewYork("America/New_York");

TimeEntry entry(qint64 id, const QDateTime &start, const QDateTime &end)
{
    TimeEntry e;
    e.id = id;
    e.stageKey = QStringLiteral("1");
    e.start = start.toUTC();
    e.end = end.toUTC();
    e.offsetMinutes = start.offsetFromUtc() / 60;
    return e;
}

QDateTime at(const QTimeZone &zone, int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), zone);
}

using Days = QList<QPair<QDate, qint64>>; // only the days with study

Days studied(const QMap<QDate, qint64> &map)
{
    Days days;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.value() != 0)
            days.append({it.key(), it.value()});
    }
    return days;
}

} // namespace

class TestTimeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dailySeconds_data();
    void dailySeconds();
    void weeklySeconds_data();
    void weeklySeconds();
    void overlapping_data();
    void overlapping();
    void check_data();
    void check();
};

void TestTimeLog::dailySeconds_data()
{
    QTest::addColumn<QList<TimeEntry>>("entries");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<Days>("expected");

    const QDateTime later = at(Berlin, 2027, 6, 1, 0);
    QTest::newRow("an evening") << QList<TimeEntry>{entry(1, at(Berlin, 2027, 3, 1, 19, 30),
                                                          at(Berlin, 2027, 3, 1, 21))}
                                << QByteArray("Europe/Berlin") << later << Days{{QDate(2027, 3, 1), 5400}};
    QTest::newRow("across midnight: each day its part")
        << QList<TimeEntry>{entry(1, at(Berlin, 2027, 3, 1, 23, 15), at(Berlin, 2027, 3, 2, 0, 45))}
        << QByteArray("Europe/Berlin") << later << Days{{QDate(2027, 3, 1), 2700}, {QDate(2027, 3, 2), 2700}};
    // 28 March 2027, Berlin: 02:00 → 03:00. 01:00 to 04:00 local is two real hours.
    QTest::newRow("Berlin spring night: 2 real hours")
        << QList<TimeEntry>{entry(1, at(Berlin, 2027, 3, 28, 1), at(Berlin, 2027, 3, 28, 4))}
        << QByteArray("Europe/Berlin") << later << Days{{QDate(2027, 3, 28), 7200}};
    // 31 October 2027, Berlin: 03:00 → 02:00. 01:00 to 04:00 local is four real hours.
    QTest::newRow("Berlin autumn night: 4 real hours")
        << QList<TimeEntry>{entry(1, at(Berlin, 2027, 10, 31, 1), at(Berlin, 2027, 10, 31, 4))}
        << QByteArray("Europe/Berlin") << later << Days{{QDate(2027, 10, 31), 14400}};
    // 14 March 2027, New York: 02:00 → 03:00; across midnight into that day.
    QTest::newRow("New York: across midnight into the spring change")
        << QList<TimeEntry>{entry(1, at(NewYork, 2027, 3, 13, 23), at(NewYork, 2027, 3, 14, 4))}
        << QByteArray("America/New_York") << later << Days{{QDate(2027, 3, 13), 3600}, {QDate(2027, 3, 14), 10800}};
    QTest::newRow("the same instants in another zone")
        << QList<TimeEntry>{entry(1, at(Berlin, 2027, 3, 1, 23, 15), at(Berlin, 2027, 3, 2, 0, 45))}
        << QByteArray("America/New_York") << later << Days{{QDate(2027, 3, 1), 5400}};
    TimeEntry running = entry(1, at(Berlin, 2027, 3, 1, 20), at(Berlin, 2027, 3, 1, 20));
    running.end.reset();
    QTest::newRow("a running entry counts up to now")
        << QList<TimeEntry>{running} << QByteArray("Europe/Berlin") << at(Berlin, 2027, 3, 1, 20, 40)
        << Days{{QDate(2027, 3, 1), 2400}};
    QTest::newRow("outside the range: nothing")
        << QList<TimeEntry>{entry(1, at(Berlin, 2027, 2, 1, 19), at(Berlin, 2027, 2, 1, 20))}
        << QByteArray("Europe/Berlin") << later << Days{};
    QTest::newRow("overlapping entries both count")
        << QList<TimeEntry>{entry(1, at(Berlin, 2027, 3, 3, 19), at(Berlin, 2027, 3, 3, 20)),
                            entry(2, at(Berlin, 2027, 3, 3, 19, 30), at(Berlin, 2027, 3, 3, 20, 30))}
        << QByteArray("Europe/Berlin") << later << Days{{QDate(2027, 3, 3), 7200}};
}

void TestTimeLog::dailySeconds()
{
    QFETCH(QList<TimeEntry>, entries);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, now);
    QFETCH(Days, expected);
    const QMap<QDate, qint64> days =
        TimeLog::dailySeconds(entries, QTimeZone(zone), QDate(2027, 3, 1), QDate(2027, 11, 30), now);
    QCOMPARE(days.size(), QDate(2027, 3, 1).daysTo(QDate(2027, 11, 30)) + 1); // every day present
    QCOMPARE(studied(days), expected);
}

void TestTimeLog::weeklySeconds_data()
{
    QTest::addColumn<int>("firstDay");
    QTest::addColumn<Days>("expected");
    // Sunday 7 March 23:30 to Monday 8 March 00:30, and Saturday 13 March one hour.
    QTest::newRow("weeks from Monday") << int(Qt::Monday)
                                       << Days{{QDate(2027, 3, 1), 1800}, {QDate(2027, 3, 8), 1800 + 3600}};
    QTest::newRow("weeks from Sunday") << int(Qt::Sunday) << Days{{QDate(2027, 3, 7), 3600 + 3600}};
}

void TestTimeLog::weeklySeconds()
{
    QFETCH(int, firstDay);
    QFETCH(Days, expected);
    const QList<TimeEntry> entries = {entry(1, at(Berlin, 2027, 3, 7, 23, 30), at(Berlin, 2027, 3, 8, 0, 30)),
                                      entry(2, at(Berlin, 2027, 3, 13, 10), at(Berlin, 2027, 3, 13, 11))};
    const QMap<QDate, qint64> weeks = TimeLog::weeklySeconds(
        entries, Berlin, Qt::DayOfWeek(firstDay), QDate(2027, 3, 2), QDate(2027, 3, 13), at(Berlin, 2027, 6, 1, 0));
    QCOMPARE(studied(weeks), expected);
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
        QCOMPARE(it.key().dayOfWeek(), firstDay);
}

void TestTimeLog::overlapping_data()
{
    QTest::addColumn<QList<TimeEntry>>("entries");
    QTest::addColumn<QList<qint64>>("expected");
    const auto e = [](qint64 id, int h1, int m1, int h2, int m2) {
        return entry(id, at(Berlin, 2027, 3, 1, h1, m1), at(Berlin, 2027, 3, 1, h2, m2));
    };
    QTest::newRow("apart") << QList<TimeEntry>{e(1, 19, 0, 20, 0), e(2, 20, 30, 21, 0)} << QList<qint64>{};
    QTest::newRow("touching ends do not overlap")
        << QList<TimeEntry>{e(1, 19, 0, 20, 0), e(2, 20, 0, 21, 0)} << QList<qint64>{};
    QTest::newRow("one minute over") << QList<TimeEntry>{e(1, 19, 0, 20, 1), e(2, 20, 0, 21, 0)} << QList<qint64>{1, 2};
    QTest::newRow("one inside a long one, a third apart")
        << QList<TimeEntry>{e(1, 18, 0, 22, 0), e(2, 19, 0, 19, 30), e(3, 22, 30, 23, 0)} << QList<qint64>{1, 2};
    QTest::newRow("the long one overlaps a later one too")
        << QList<TimeEntry>{e(1, 18, 0, 22, 0), e(2, 19, 0, 19, 30), e(3, 21, 0, 23, 0)} << QList<qint64>{1, 2, 3};
}

void TestTimeLog::overlapping()
{
    QFETCH(QList<TimeEntry>, entries);
    QFETCH(QList<qint64>, expected);
    QList<qint64> ids = TimeLog::overlapping(entries).values();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, expected);
}

void TestTimeLog::check_data()
{
    QTest::addColumn<int>("wallSeconds");      // from the last heartbeat to now (negative: back)
    QTest::addColumn<int>("monotonicSeconds"); // real time that passed (-1: not known)
    QTest::addColumn<int>("expected");         // TimeLog::Clock
    QTest::addColumn<bool>("endsNow");

    // Heartbeat every 60 s: up to 180 s without one is still steady.
    QTest::newRow("steady") << 55 << 55 << int(TimeLog::Clock::Steady) << true;
    QTest::newRow("steady at the limit") << 180 << 180 << int(TimeLog::Clock::Steady) << true;
    QTest::newRow("a gap just over the limit") << 181 << 181 << int(TimeLog::Clock::Gap) << false;
    QTest::newRow("slept two hours") << 7200 << 7200 << int(TimeLog::Clock::Gap) << false;
    QTest::newRow("after a crash, real time unknown") << 7200 << -1 << int(TimeLog::Clock::Gap) << false;
    QTest::newRow("clock set forward an hour") << 3660 << 60 << int(TimeLog::Clock::JumpedForwards) << false;
    // 240 s of wall time against 60 s of real time: over the 180 s limit, but under the jump test's
    // slack: a gap, ended at the heartbeat.
    QTest::newRow("clock set forward too little to tell") << 240 << 60 << int(TimeLog::Clock::Gap) << false;
    QTest::newRow("clock set back one second") << -1 << 60 << int(TimeLog::Clock::WentBackwards) << false;
    QTest::newRow("clock at the heartbeat") << 0 << 60 << int(TimeLog::Clock::Steady) << true;
}

void TestTimeLog::check()
{
    QFETCH(int, wallSeconds);
    QFETCH(int, monotonicSeconds);
    QFETCH(int, expected);
    QFETCH(bool, endsNow);
    const QDateTime start = at(Berlin, 2027, 3, 1, 19, 0);
    const QDateTime heartbeat = start.addSecs(600);
    const QDateTime now = heartbeat.addSecs(wallSeconds);
    const TimeLog::Check result = TimeLog::check(start, heartbeat, now, monotonicSeconds);
    QCOMPARE(int(result.clock), expected);
    QCOMPARE(result.suggestedEnd, endsNow ? now : heartbeat);
    QCOMPARE(result.explanation.isEmpty(), result.clock == TimeLog::Clock::Steady);
    QVERIFY(result.suggestedEnd >= start);
}

QTEST_GUILESS_MAIN(TestTimeLog)
#include "tst_timelog.moc"
