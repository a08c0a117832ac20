// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/idletracker.h"

#include <QTest>

// Idle detection from samples of the idle counter: going idle and coming back on both sides of the
// threshold and of the previous sample, late samples, a counter reset by a suspend, idle that began
// before the timer, and a wall clock that jumps either way (never an inverted interval).

namespace {

const QDateTime TimerStart(QDate(2027, 1, 4), QTime(18, 0), Qt::UTC);

QDateTime at(qint64 seconds)
{
    return TimerStart.addSecs(seconds);
}

// A sample: the wall clock, in seconds after the timer's start, and the idle counter in seconds.
struct Sample {
    qint64 at;
    qint64 idle;
};
using Samples = QList<Sample>;

// What a sample (by its index) reports; seconds after the timer's start, returnedAt -1 for WentIdle.
struct Event {
    int sample;
    IdleTracker::Change change;
    qint64 since;
    qint64 returnedAt;

    bool operator==(const Event &o) const
    {
        return sample == o.sample && change == o.change && since == o.since && returnedAt == o.returnedAt;
    }
};
using Events = QList<Event>;

Event idle(int sample, qint64 since)
{
    return {sample, IdleTracker::Change::WentIdle, since, -1};
}

Event back(int sample, qint64 since, qint64 returnedAt)
{
    return {sample, IdleTracker::Change::CameBack, since, returnedAt};
}

// "#2 back 400-1061" for a failure message.
QString describe(const Events &events)
{
    QStringList parts;
    for (const Event &e : events) {
        parts.append(e.change == IdleTracker::Change::WentIdle
                         ? QStringLiteral("#%1 idle %2").arg(e.sample).arg(e.since)
                         : QStringLiteral("#%1 back %2-%3").arg(e.sample).arg(e.since).arg(e.returnedAt));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

Q_DECLARE_METATYPE(Samples)
Q_DECLARE_METATYPE(Events)

class TestIdleTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feed_data();
    void feed();
    void switchedOff();
    void notWatching();
    void restartForgetsIdle();
    void invalidNow();
    void severalSpells();
};

void TestIdleTracker::feed_data()
{
    QTest::addColumn<int>("threshold"); // minutes
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<Events>("expected");
    QTest::addColumn<bool>("idleAtEnd");

    // Going idle: the threshold (10 minutes) on both sides.
    QTest::newRow("idle 599 s: not idle") << 10 << Samples{{1000, 599}} << Events{} << false;
    QTest::newRow("idle 600 s: idle") << 10 << Samples{{1000, 600}} << Events{idle(0, 400)} << true;
    QTest::newRow("idle 601 s: idle") << 10 << Samples{{1000, 601}} << Events{idle(0, 399)} << true;
    QTest::newRow("1 minute: 59 s") << 1 << Samples{{100, 59}} << Events{} << false;
    QTest::newRow("1 minute: 60 s") << 1 << Samples{{100, 60}} << Events{idle(0, 40)} << true;
    QTest::newRow("reported once") << 10 << Samples{{1000, 600}, {1015, 615}, {1030, 630}} << Events{idle(0, 400)}
                                   << true;
    QTest::newRow("active samples") << 10 << Samples{{15, 3}, {30, 0}, {45, 14}, {60, 1}} << Events{} << false;
    QTest::newRow("negative counter: 0") << 10 << Samples{{1000, -5}} << Events{} << false;

    // Coming back: the previous sample on both sides.
    QTest::newRow("counter back to 0: back")
        << 10 << Samples{{1000, 600}, {1060, 660}, {1061, 0}} << Events{idle(0, 400), back(2, 400, 1061)} << false;
    QTest::newRow("back, then active: reported once")
        << 10 << Samples{{1000, 600}, {1060, 60}, {1120, 60}} << Events{idle(0, 400), back(1, 400, 1000)} << false;
    QTest::newRow("counter one under the last: back")
        << 10 << Samples{{1000, 600}, {1060, 599}} << Events{idle(0, 400), back(1, 400, 461)} << false;
    QTest::newRow("counter equal to the last: still idle, then back")
        << 10 << Samples{{1000, 600}, {1060, 600}, {1070, 2}} << Events{idle(0, 400), back(2, 400, 1068)} << false;
    QTest::newRow("counter one over the last: still idle")
        << 10 << Samples{{1000, 600}, {1060, 601}} << Events{idle(0, 400)} << true;

    // A drop, the new idle time on both sides of the threshold: still under it is a return.
    QTest::newRow("dropped to threshold - 1 s: back")
        << 10 << Samples{{1000, 600}, {2000, 1600}, {3000, 599}} << Events{idle(0, 400), back(2, 400, 2401)} << false;
    QTest::newRow("dropped to exactly the threshold: still away")
        << 10 << Samples{{1000, 600}, {2000, 1600}, {3000, 600}, {3010, 5}} << Events{idle(0, 400), back(3, 400, 3005)}
        << false;
    QTest::newRow("dropped to threshold + 1 s: still away")
        << 10 << Samples{{1000, 600}, {2000, 1600}, {3000, 601}} << Events{idle(0, 400)} << true;

    // Samples taken late, or missing.
    QTest::newRow("late sample: idle since the last input")
        << 10 << Samples{{1000, 30}, {2500, 1400}} << Events{idle(1, 1100)} << true;
    QTest::newRow("late sample: back at the first input")
        << 10 << Samples{{1000, 600}, {3000, 120}} << Events{idle(0, 400), back(1, 400, 2880)} << false;

    // A suspend resets the counter: at the resume the learner is back (the computer was woken),
    // unless by the next sample they have been away for the threshold again.
    QTest::newRow("suspend: reset, back at the resume")
        << 10 << Samples{{1000, 600}, {1500, 1100}, {9000, 3}} << Events{idle(0, 400), back(2, 400, 8997)} << false;
    QTest::newRow("suspend: reset, still away") << 10 << Samples{{1000, 600}, {1500, 1100}, {9000, 700}, {9100, 0}}
                                                << Events{idle(0, 400), back(3, 400, 9100)} << false;

    // Idle that began before the timer: counted from the start, the threshold on both sides.
    QTest::newRow("idle before the start: 599 s into the timer") << 10 << Samples{{599, 1199}} << Events{} << false;
    QTest::newRow("idle before the start: 600 s into the timer")
        << 10 << Samples{{600, 1200}, {900, 0}} << Events{idle(0, 0), back(1, 0, 900)} << false;
    QTest::newRow("idle before the start: 601 s into the timer")
        << 10 << Samples{{601, 1201}} << Events{idle(0, 0)} << true;

    // The wall clock jumps.
    QTest::newRow("clock forward while idle: since kept")
        << 10 << Samples{{1000, 600}, {4660, 660}, {4720, 0}} << Events{idle(0, 400), back(2, 400, 4720)} << false;
    QTest::newRow("clock back a little while idle: not inverted")
        << 10 << Samples{{1000, 600}, {760, 660}, {900, 0}} << Events{idle(0, 400), back(2, 400, 900)} << false;
    QTest::newRow("clock back, return before the idle start: nothing")
        << 10 << Samples{{1000, 600}, {560, 660}, {620, 300}} << Events{idle(0, 400)} << false;
    QTest::newRow("clock back an hour, return before the idle start: nothing")
        << 10 << Samples{{1000, 600}, {-2540, 660}, {-2480, 0}} << Events{idle(0, 400)} << false;
    QTest::newRow("clock back an hour, then idle again")
        << 10 << Samples{{1000, 600}, {-2540, 660}, {-2480, 0}, {1500, 600}, {1600, 0}}
        << Events{idle(0, 400), idle(3, 900), back(4, 900, 1600)} << false;
    QTest::newRow("clock before the start: not idle") << 10 << Samples{{-100, 900}} << Events{} << false;

    QTest::newRow("off") << 0 << Samples{{1000, 5000}, {1100, 0}} << Events{} << false;
}

void TestIdleTracker::feed()
{
    QFETCH(int, threshold);
    QFETCH(Samples, samples);
    QFETCH(Events, expected);
    QFETCH(bool, idleAtEnd);

    IdleTracker tracker(threshold);
    tracker.start(TimerStart);
    Events events;
    for (int i = 0; i < samples.size(); ++i) {
        const QDateTime now = at(samples.at(i).at);
        const IdleTracker::Result result = tracker.feed(now, samples.at(i).idle);
        switch (result.change) {
        case IdleTracker::Change::None:
            break;
        case IdleTracker::Change::WentIdle:
            QVERIFY(result.idleSince >= TimerStart);
            QVERIFY(result.idleSince <= now);
            QCOMPARE(tracker.idleSince(), result.idleSince);
            events.append(idle(i, TimerStart.secsTo(result.idleSince)));
            break;
        case IdleTracker::Change::CameBack:
            // Never inverted, never before the start, never after the sample.
            QVERIFY(result.idleSince >= TimerStart);
            QVERIFY(result.idleSince < result.returnedAt);
            QVERIFY(result.returnedAt <= now);
            QVERIFY(result.seconds() > 0);
            events.append(back(i, TimerStart.secsTo(result.idleSince), TimerStart.secsTo(result.returnedAt)));
            break;
        }
        QCOMPARE(tracker.isIdle(), tracker.idleSince().isValid());
    }
    QCOMPARE(describe(events), describe(expected));
    QVERIFY(events == expected);
    QCOMPARE(tracker.isIdle(), idleAtEnd);
}

void TestIdleTracker::switchedOff()
{
    IdleTracker tracker(10);
    tracker.start(TimerStart);
    QCOMPARE(tracker.feed(at(1000), 600).change, IdleTracker::Change::WentIdle);
    tracker.setThresholdMinutes(0);
    QVERIFY(!tracker.isIdle());
    QCOMPARE(tracker.feed(at(1100), 0).change, IdleTracker::Change::None);
    QCOMPARE(tracker.feed(at(2000), 900).change, IdleTracker::Change::None);

    tracker.setThresholdMinutes(-3);
    QCOMPARE(tracker.thresholdMinutes(), 0);
    // Back on: a spell is seen afresh.
    tracker.setThresholdMinutes(5);
    QCOMPARE(tracker.thresholdMinutes(), 5);
    const IdleTracker::Result result = tracker.feed(at(2000), 300);
    QCOMPARE(result.change, IdleTracker::Change::WentIdle);
    QCOMPARE(result.idleSince, at(1700));
}

void TestIdleTracker::notWatching()
{
    IdleTracker tracker(10);
    QVERIFY(!tracker.isWatching());
    QCOMPARE(tracker.feed(at(1000), 900).change, IdleTracker::Change::None);
    tracker.start(TimerStart);
    QVERIFY(tracker.isWatching());
    QCOMPARE(tracker.feed(at(1000), 600).change, IdleTracker::Change::WentIdle);
    tracker.stop();
    QVERIFY(!tracker.isWatching());
    QVERIFY(!tracker.isIdle());
    QCOMPARE(tracker.feed(at(1100), 0).change, IdleTracker::Change::None);
}

void TestIdleTracker::restartForgetsIdle()
{
    IdleTracker tracker(10);
    tracker.start(TimerStart);
    QCOMPARE(tracker.feed(at(1000), 600).change, IdleTracker::Change::WentIdle);
    // A new timer (discarded idle time, a switch): nothing idle, idle counted from the new start.
    tracker.start(at(1100));
    QVERIFY(!tracker.isIdle());
    QCOMPARE(tracker.feed(at(1200), 0).change, IdleTracker::Change::None);
    QCOMPARE(tracker.feed(at(1699), 1299).change, IdleTracker::Change::None);
    const IdleTracker::Result result = tracker.feed(at(1700), 1300);
    QCOMPARE(result.change, IdleTracker::Change::WentIdle);
    QCOMPARE(result.idleSince, at(1100));
}

void TestIdleTracker::invalidNow()
{
    IdleTracker tracker(10);
    tracker.start(TimerStart);
    QCOMPARE(tracker.feed(QDateTime(), 5000).change, IdleTracker::Change::None);
    QVERIFY(!tracker.isIdle());
    QCOMPARE(tracker.feed(at(1000), 600).change, IdleTracker::Change::WentIdle);
    QCOMPARE(tracker.feed(QDateTime(), 0).change, IdleTracker::Change::None);
    QVERIFY(tracker.isIdle());
}

void TestIdleTracker::severalSpells()
{
    IdleTracker tracker(5);
    tracker.start(TimerStart);
    qint64 t = 0;
    for (int spell = 0; spell < 3; ++spell) {
        t += 600; // 10 minutes of study, then 6 minutes away
        QCOMPARE(tracker.feed(at(t + 299), 299).change, IdleTracker::Change::None);
        QCOMPARE(tracker.feed(at(t + 300), 300).change, IdleTracker::Change::WentIdle);
        t += 360;
        const IdleTracker::Result result = tracker.feed(at(t + 10), 10);
        QCOMPARE(result.change, IdleTracker::Change::CameBack);
        QCOMPARE(result.idleSince, at(t - 360));
        QCOMPARE(result.returnedAt, at(t));
        QCOMPARE(result.seconds(), 360);
    }
}

QTEST_GUILESS_MAIN(TestIdleTracker)
#include "tst_idletracker.moc"
