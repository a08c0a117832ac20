// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/focuscycle.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <limits>

// Focus mode's settings (each range on both sides of both ends, clamping) and its cycle: the phase,
// its end, the time left and the count on both sides of each boundary, the long break after every
// n-th session, a wall clock before the start or far after it, a session across summer time, and
// today's count on a new day.

namespace {

const QTimeZone Berlin("Europe/Berlin");
const QDateTime Start(QDate(2027, 1, 4), QTime(18, 0), Berlin);

FocusSettings settings(int work, int shortBreak, int longBreak, int sessions)
{
    FocusSettings s;
    s.workMinutes = work;
    s.breakMinutes = shortBreak;
    s.longBreakMinutes = longBreak;
    s.sessionsBeforeLongBreak = sessions;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(FocusSettings)
Q_DECLARE_METATYPE(FocusCycle::Phase)

class TestFocusCycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void validation_data();
    void validation();
    void bounded_data();
    void bounded();
    void phases_data();
    void phases();
    void acrossSummerTime();
    void sessionsToday_data();
    void sessionsToday();
};

void TestFocusCycle::defaults()
{
    const FocusSettings s;
    QCOMPARE(s.workMinutes, 25);
    QCOMPARE(s.breakMinutes, 5);
    QCOMPARE(s.longBreakMinutes, 15);
    QCOMPARE(s.sessionsBeforeLongBreak, 4);
    QVERIFY(s.isValid());
}

void TestFocusCycle::validation_data()
{
    QTest::addColumn<FocusSettings>("settings");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("error"); // a part of the message

    QTest::newRow("work 0") << settings(0, 5, 15, 4) << false << QStringLiteral("work session lasts from 1 to 240");
    QTest::newRow("work 1") << settings(1, 5, 15, 4) << true << QString();
    QTest::newRow("work 240") << settings(240, 5, 15, 4) << true << QString();
    QTest::newRow("work 241") << settings(241, 5, 15, 4) << false << QStringLiteral("not 241");
    QTest::newRow("break 0") << settings(25, 0, 15, 4) << false << QStringLiteral("A break lasts from 1 to 60");
    QTest::newRow("break 1") << settings(25, 1, 15, 4) << true << QString();
    QTest::newRow("break 60") << settings(25, 60, 15, 4) << true << QString();
    QTest::newRow("break 61") << settings(25, 61, 15, 4) << false << QStringLiteral("not 61");
    QTest::newRow("long break 0") << settings(25, 5, 0, 4) << false
                                  << QStringLiteral("A long break lasts from 1 to 120");
    QTest::newRow("long break 1") << settings(25, 5, 1, 4) << true << QString();
    QTest::newRow("long break 120") << settings(25, 5, 120, 4) << true << QString();
    QTest::newRow("long break 121") << settings(25, 5, 121, 4) << false << QStringLiteral("not 121");
    QTest::newRow("sessions 0") << settings(25, 5, 15, 0) << false
                                << QStringLiteral("comes after 1 to 12 sessions, not 0");
    QTest::newRow("sessions 1") << settings(25, 5, 15, 1) << true << QString();
    QTest::newRow("sessions 12") << settings(25, 5, 15, 12) << true << QString();
    QTest::newRow("sessions 13") << settings(25, 5, 15, 13) << false << QStringLiteral("not 13");
    QTest::newRow("negative work") << settings(-25, 5, 15, 4) << false << QStringLiteral("not -25");
}

void TestFocusCycle::validation()
{
    QFETCH(FocusSettings, settings);
    QFETCH(bool, valid);
    QFETCH(QString, error);

    QString message;
    QCOMPARE(settings.isValid(&message), valid);
    QCOMPARE(settings.isValid(), valid);
    if (valid) {
        QVERIFY(message.isEmpty());
        QCOMPARE(settings.bounded(), settings);
    } else {
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY(settings.bounded().isValid());
    }
}

void TestFocusCycle::bounded_data()
{
    QTest::addColumn<FocusSettings>("settings");
    QTest::addColumn<FocusSettings>("expected");

    QTest::newRow("in range") << settings(50, 10, 30, 3) << settings(50, 10, 30, 3);
    QTest::newRow("below") << settings(0, -1, 0, 0) << settings(1, 1, 1, 1);
    QTest::newRow("above") << settings(1000, 61, 121, 13) << settings(240, 60, 120, 12);
}

void TestFocusCycle::bounded()
{
    QFETCH(FocusSettings, settings);
    QFETCH(FocusSettings, expected);
    QCOMPARE(settings.bounded(), expected);
    // A cycle takes its settings bounded.
    QCOMPARE(FocusCycle(settings, Start, 0).settings(), expected);
}

void TestFocusCycle::phases_data()
{
    QTest::addColumn<FocusSettings>("settings");
    QTest::addColumn<int>("completedBefore");
    QTest::addColumn<qint64>("at"); // seconds after the start; a huge negative: an invalid time
    QTest::addColumn<FocusCycle::Phase>("phase");
    QTest::addColumn<int>("completed");
    QTest::addColumn<qint64>("end"); // seconds after the start
    QTest::addColumn<qint64>("secondsLeft");

    using P = FocusCycle::Phase;
    const FocusSettings standard;
    // Session 1 (0 before): work 0–1500 s, short break to 1800 s.
    QTest::newRow("clock before the start: the start")
        << standard << 0 << qint64(-3600) << P::Work << 0 << qint64(1500) << qint64(1500);
    QTest::newRow("start -1 s") << standard << 0 << qint64(-1) << P::Work << 0 << qint64(1500) << qint64(1500);
    QTest::newRow("invalid time: the start")
        << standard << 0 << std::numeric_limits<qint64>::min() << P::Work << 0 << qint64(1500) << qint64(1500);
    QTest::newRow("start") << standard << 0 << qint64(0) << P::Work << 0 << qint64(1500) << qint64(1500);
    QTest::newRow("start +1 s") << standard << 0 << qint64(1) << P::Work << 0 << qint64(1500) << qint64(1499);
    QTest::newRow("work end -1 s") << standard << 0 << qint64(1499) << P::Work << 0 << qint64(1500) << qint64(1);
    QTest::newRow("work end") << standard << 0 << qint64(1500) << P::ShortBreak << 1 << qint64(1800) << qint64(300);
    QTest::newRow("work end +1 s") << standard << 0 << qint64(1501) << P::ShortBreak << 1 << qint64(1800)
                                   << qint64(299);
    QTest::newRow("break end -1 s") << standard << 0 << qint64(1799) << P::ShortBreak << 1 << qint64(1800) << qint64(1);
    QTest::newRow("break end") << standard << 0 << qint64(1800) << P::Finished << 1 << qint64(1800) << qint64(0);
    QTest::newRow("break end +1 s") << standard << 0 << qint64(1801) << P::Finished << 1 << qint64(1800) << qint64(0);
    QTest::newRow("clock a day forward") << standard << 0 << qint64(86400) << P::Finished << 1 << qint64(1800)
                                         << qint64(0);

    // The long break after every 4th session: session 3 short, 4 long, 5 short, 8 long.
    QTest::newRow("session 3: short break")
        << standard << 2 << qint64(1500) << P::ShortBreak << 3 << qint64(1800) << qint64(300);
    QTest::newRow("session 4, work end -1 s")
        << standard << 3 << qint64(1499) << P::Work << 3 << qint64(1500) << qint64(1);
    QTest::newRow("session 4, work end: long break")
        << standard << 3 << qint64(1500) << P::LongBreak << 4 << qint64(2400) << qint64(900);
    QTest::newRow("session 4, long break end -1 s")
        << standard << 3 << qint64(2399) << P::LongBreak << 4 << qint64(2400) << qint64(1);
    QTest::newRow("session 4, long break end")
        << standard << 3 << qint64(2400) << P::Finished << 4 << qint64(2400) << qint64(0);
    QTest::newRow("session 5: short break again")
        << standard << 4 << qint64(1500) << P::ShortBreak << 5 << qint64(1800) << qint64(300);
    QTest::newRow("session 8: long break")
        << standard << 7 << qint64(1500) << P::LongBreak << 8 << qint64(2400) << qint64(900);
    QTest::newRow("negative count: session 1")
        << standard << -3 << qint64(1500) << P::ShortBreak << 1 << qint64(1800) << qint64(300);

    // Other lengths; a long break after every session.
    const FocusSettings custom = settings(50, 10, 30, 1);
    QTest::newRow("50 min, end -1 s") << custom << 0 << qint64(2999) << P::Work << 0 << qint64(3000) << qint64(1);
    QTest::newRow("50 min, end: long break every time")
        << custom << 0 << qint64(3000) << P::LongBreak << 1 << qint64(4800) << qint64(1800);
    QTest::newRow("50 min, break end") << custom << 5 << qint64(4800) << P::Finished << 6 << qint64(4800) << qint64(0);
}

void TestFocusCycle::phases()
{
    QFETCH(FocusSettings, settings);
    QFETCH(int, completedBefore);
    QFETCH(qint64, at);
    QFETCH(FocusCycle::Phase, phase);
    QFETCH(int, completed);
    QFETCH(qint64, end);
    QFETCH(qint64, secondsLeft);

    const FocusCycle cycle(settings, Start, completedBefore);
    QCOMPARE(cycle.session(), std::max(0, completedBefore) + 1);
    const QDateTime t = at == std::numeric_limits<qint64>::min() ? QDateTime() : Start.addSecs(at);
    const FocusCycle::State state = cycle.at(t);
    QCOMPARE(state.phase, phase);
    QCOMPARE(state.completed, completed);
    QCOMPARE(state.end, Start.addSecs(end));
    QCOMPARE(state.secondsLeft, secondsLeft);
    QVERIFY(state.secondsLeft >= 0);
    if (phase == FocusCycle::Phase::Work)
        QCOMPARE(state.end, cycle.workEnd());
    else
        QCOMPARE(state.end, cycle.breakEnd());
}

void TestFocusCycle::acrossSummerTime()
{
    // 28 March 2027, Berlin: 02:00 → 03:00. 25 minutes from 01:50 end at 03:15 local.
    const QDateTime start(QDate(2027, 3, 28), QTime(1, 50), Berlin);
    const FocusCycle cycle(FocusSettings(), start, 0);
    QCOMPARE(cycle.workEnd().toTimeZone(Berlin).time(), QTime(3, 15));
    QCOMPARE(start.secsTo(cycle.workEnd()), 1500);
    const FocusCycle::State state = cycle.at(QDateTime(QDate(2027, 3, 28), QTime(3, 5), Berlin));
    QCOMPARE(state.phase, FocusCycle::Phase::Work);
    QCOMPARE(state.secondsLeft, 600);
}

void TestFocusCycle::sessionsToday_data()
{
    QTest::addColumn<QDate>("countedDay");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("expected");

    const QDate day(2027, 1, 4);
    QTest::newRow("same day") << day << 3 << day << 3;
    QTest::newRow("the day after: reset") << day << 3 << day.addDays(1) << 0;
    QTest::newRow("the clock went back a day: reset") << day << 3 << day.addDays(-1) << 0;
    QTest::newRow("never counted") << QDate() << 3 << day << 0;
    QTest::newRow("negative count") << day << -2 << day << 0;
}

void TestFocusCycle::sessionsToday()
{
    QFETCH(QDate, countedDay);
    QFETCH(int, count);
    QFETCH(QDate, today);
    QFETCH(int, expected);
    QCOMPARE(FocusCycle::sessionsToday(countedDay, count, today), expected);
}

QTEST_GUILESS_MAIN(TestFocusCycle)
#include "tst_focuscycle.moc"
