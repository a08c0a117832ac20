// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planner.h"
#include "roadmap/markdownimporter.h"
#include "testconfig.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

Stage makeStage(const QString &key, int minMonths, std::optional<int> maxMonths)
{
    Stage s;
    s.key = key;
    s.title = QStringLiteral("Stage %1").arg(key);
    s.months.min = minMonths;
    s.months.max = maxMonths;
    s.weeklyHours = {10, 10, true};
    return s;
}

Roadmap makeRoadmap(const QList<Stage> &stages)
{
    Roadmap r;
    r.title = QStringLiteral("Test roadmap");
    r.language = QStringLiteral("en");
    r.stages = stages;
    return r;
}

StagePlan stagePlan(const QString &key, double weekly, double effort, int days, Derived derived, int overlap = 0)
{
    StagePlan s;
    s.stageKey = key;
    s.weeklyHours = weekly;
    s.effortHours = effort;
    s.durationDays = days;
    s.derived = derived;
    s.overlapWeeks = overlap;
    return s;
}

Pause pause(const QDate &first, const QDate &last, double weeklyHours)
{
    Pause p;
    p.first = first;
    p.last = last;
    p.weeklyHours = weeklyHours;
    return p;
}

// Whatever the input, the schedule holds numbers and dates in order, never NaN or infinity.
bool isSane(const Planner::Schedule &schedule, QString *why)
{
    for (const Planner::StageSchedule &s : schedule.stages) {
        if (!std::isfinite(s.weeklyHours) || !std::isfinite(s.effortHours)) {
            *why = QStringLiteral("stage %1: not a number").arg(s.stageKey);
            return false;
        }
        if (s.weeklyHours < 0 || s.effortHours < 0 || s.durationDays < 0) {
            *why = QStringLiteral("stage %1: negative figure").arg(s.stageKey);
            return false;
        }
        if (s.end && s.start.isValid() && *s.end < s.start) {
            *why = QStringLiteral("stage %1: ends before it starts").arg(s.stageKey);
            return false;
        }
        if (s.end && s.start.isValid() && s.start.daysTo(*s.end) != s.durationDays) {
            *why = QStringLiteral("stage %1: duration does not match the dates").arg(s.stageKey);
            return false;
        }
    }
    return true;
}

// Start on a Monday: 1 March 2027.
const QDate Start = QDate(2027, 3, 1);

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guideMonths_data();
    void guideMonths();
    void threeWayFixing_data();
    void threeWayFixing();
    void pauses_data();
    void pauses();
    void overlap_data();
    void overlap();
    void weeklyLoad_data();
    void weeklyLoad();
    void openEndedStage();
    void verdicts_data();
    void verdicts();
    void pathOverSeveralStages();
    void bundledGuideDefaults();
    void itemEstimateHours_data();
    void itemEstimateHours();
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
    void verdictText_data();
    void verdictText();
};

void TestPlanner::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestPlanner::guideMonths_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("minMonths");
    QTest::addColumn<int>("maxMonths");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");

    QTest::newRow("31 Jan 2027 + 1 month: 28 Feb")
        << day(2027, 1, 31) << 1 << 2 << day(2027, 2, 28) << day(2027, 3, 31);
    QTest::newRow("31 Jan 2028 + 1 month: 29 Feb (leap)")
        << day(2028, 1, 31) << 1 << 2 << day(2028, 2, 29) << day(2028, 3, 31);
    QTest::newRow("29 Feb 2028 + 12 months: 28 Feb 2029")
        << day(2028, 2, 29) << 12 << 48 << day(2029, 2, 28) << day(2032, 2, 29);
    QTest::newRow("30 Nov 2026 + 3 months: 28 Feb 2027")
        << day(2026, 11, 30) << 3 << 6 << day(2027, 2, 28) << day(2027, 5, 30);
    QTest::newRow("30 Nov 2027 + 3 months: 29 Feb 2028 (leap)")
        << day(2027, 11, 30) << 3 << 6 << day(2028, 2, 29) << day(2028, 5, 30);
    QTest::newRow("31 Aug 2027 + 6 months: 29 Feb 2028")
        << day(2027, 8, 31) << 6 << 12 << day(2028, 2, 29) << day(2028, 8, 31);
    QTest::newRow("31 Dec 2027 + 2 months across the year")
        << day(2027, 12, 31) << 2 << 3 << day(2028, 2, 29) << day(2028, 3, 31);
    QTest::newRow("31 Mar + 1 month: 30 Apr") << day(2027, 3, 31) << 1 << 2 << day(2027, 4, 30) << day(2027, 5, 31);
    QTest::newRow("15 Mar + 1 month: mid-month unchanged")
        << day(2027, 3, 15) << 1 << 2 << day(2027, 4, 15) << day(2027, 5, 15);
}

void TestPlanner::guideMonths()
{
    QFETCH(QDate, start);
    QFETCH(int, minMonths);
    QFETCH(int, maxMonths);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);

    const Roadmap roadmap = makeRoadmap({makeStage(QStringLiteral("1"), minMonths, maxMonths)});
    Plan plan;
    plan.start = start;
    plan.stages = {stagePlan(QStringLiteral("1"), 10, 10, 0, Derived::Duration)};
    const Planner::Schedule schedule = Planner::compute(plan, roadmap);
    QVERIFY(schedule.isValid());
    QCOMPARE(schedule.stages.size(), 1);
    QCOMPARE(schedule.stages.first().start, start);
    QCOMPARE(schedule.stages.first().guideEarliestEnd, earliest);
    QVERIFY(schedule.stages.first().guideLatestEnd.has_value());
    QCOMPARE(*schedule.stages.first().guideLatestEnd, latest);
    // A one-stage path has the same guide range.
    QCOMPARE(schedule.path.guideEarliestEnd, earliest);
    QCOMPARE(*schedule.path.guideLatestEnd, latest);
}

void TestPlanner::threeWayFixing_data()
{
    QTest::addColumn<Derived>("derived");
    QTest::addColumn<double>("weeklyHours");
    QTest::addColumn<double>("effort");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QList<Pause>>("pauses");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<double>("expectedWeeklyHours");
    QTest::addColumn<double>("expectedEffort");
    QTest::addColumn<int>("expectedDuration");

    const QList<Pause> none;
    // Two weeks from 8 March, nothing or 7 h a week (1 h a day).
    const QList<Pause> fullTwoWeeks{pause(day(2027, 3, 8), day(2027, 3, 21), 0)};
    const QList<Pause> reducedFirstTwoWeeks{pause(day(2027, 3, 1), day(2027, 3, 14), 7)};
    const QList<Pause> generousPause{pause(day(2027, 3, 8), day(2027, 3, 21), 20)};

    // Derived::Duration: 1 h a day for 70 h is 70 days.
    QTest::newRow("duration: 7 h/week, 70 h")
        << Derived::Duration << 7.0 << 70.0 << 0 << none << day(2027, 5, 10) << 7.0 << 70.0 << 70;
    QTest::newRow("duration: effort reached mid-day rounds up")
        << Derived::Duration << 10.0 << 15.0 << 0 << none << day(2027, 3, 12) << 10.0 << 15.0 << 11;
    QTest::newRow("duration: the stored duration is only remembered")
        << Derived::Duration << 7.0 << 70.0 << 3 << none << day(2027, 5, 10) << 7.0 << 70.0 << 70;
    QTest::newRow("duration: full pause of 14 days adds 14 days")
        << Derived::Duration << 7.0 << 70.0 << 0 << fullTwoWeeks << day(2027, 5, 24) << 7.0 << 70.0 << 84;
    // 14 days at 1 h, then 42 h at 2 h a day: 21 days.
    QTest::newRow("duration: reduced pause")
        << Derived::Duration << 14.0 << 56.0 << 0 << reducedFirstTwoWeeks << day(2027, 4, 5) << 14.0 << 56.0 << 35;
    QTest::newRow("duration: pause above the budget changes nothing")
        << Derived::Duration << 7.0 << 70.0 << 0 << generousPause << day(2027, 5, 10) << 7.0 << 70.0 << 70;

    // Derived::Effort
    QTest::newRow("effort: 7 h/week for 70 days")
        << Derived::Effort << 7.0 << 1.0 << 70 << none << day(2027, 5, 10) << 7.0 << 70.0 << 70;
    QTest::newRow("effort: full pause removes 14 h")
        << Derived::Effort << 7.0 << 1.0 << 70 << fullTwoWeeks << day(2027, 5, 10) << 7.0 << 56.0 << 70;
    QTest::newRow("effort: reduced pause")
        << Derived::Effort << 14.0 << 1.0 << 28 << reducedFirstTwoWeeks << day(2027, 3, 29) << 14.0 << 42.0 << 28;
    QTest::newRow("effort: pause above the budget changes nothing")
        << Derived::Effort << 7.0 << 1.0 << 70 << generousPause << day(2027, 5, 10) << 7.0 << 70.0 << 70;

    // Derived::WeeklyHours
    QTest::newRow("budget: 70 h in 70 days")
        << Derived::WeeklyHours << 99.0 << 70.0 << 70 << none << day(2027, 5, 10) << 7.0 << 70.0 << 70;
    QTest::newRow("budget: 56 h in 70 days with a full pause of 14")
        << Derived::WeeklyHours << 1.0 << 56.0 << 70 << fullTwoWeeks << day(2027, 5, 10) << 7.0 << 56.0 << 70;
    // Above the pause's 7 h a week: 14 days at 1 h + 14 days at B/7 = 42 h, so B = 14.
    QTest::newRow("budget: answer above a reduced pause")
        << Derived::WeeklyHours << 1.0 << 42.0 << 28 << reducedFirstTwoWeeks << day(2027, 3, 29) << 14.0 << 42.0 << 28;
    // Below the pause's cap the pause does not bind: 28 h in 28 days is 7 h a week.
    QTest::newRow("budget: answer below a reduced pause")
        << Derived::WeeklyHours << 1.0 << 28.0 << 28 << QList<Pause>{pause(day(2027, 3, 1), day(2027, 3, 14), 14)}
        << day(2027, 3, 29) << 7.0 << 28.0 << 28;
    // Exactly at the cap: 28 days at 7 h a week give 28 h whether or not the cap binds.
    QTest::newRow("budget: answer exactly at the pause's cap")
        << Derived::WeeklyHours << 1.0 << 28.0 << 28 << reducedFirstTwoWeeks << day(2027, 3, 29) << 7.0 << 28.0 << 28;
}

void TestPlanner::threeWayFixing()
{
    QFETCH(Derived, derived);
    QFETCH(double, weeklyHours);
    QFETCH(double, effort);
    QFETCH(int, duration);
    QFETCH(QList<Pause>, pauses);
    QFETCH(QDate, end);
    QFETCH(double, expectedWeeklyHours);
    QFETCH(double, expectedEffort);
    QFETCH(int, expectedDuration);

    const Roadmap roadmap = makeRoadmap({makeStage(QStringLiteral("1"), 1, 12)});
    Plan plan;
    plan.start = Start;
    plan.stages = {stagePlan(QStringLiteral("1"), weeklyHours, effort, duration, derived)};
    plan.pauses = pauses;
    const Planner::Schedule schedule = Planner::compute(plan, roadmap);
    QVERIFY2(schedule.isValid(), qPrintable(schedule.problems.value(0).message));
    const Planner::StageSchedule &s = schedule.stages.first();
    QCOMPARE(s.start, Start);
    QVERIFY(s.end.has_value());
    QCOMPARE(*s.end, end);
    QCOMPARE(s.weeklyHours, expectedWeeklyHours);
    QCOMPARE(s.effortHours, expectedEffort);
    QCOMPARE(s.durationDays, expectedDuration);

    // Fixing the two computed figures and deriving the third gives the same stage back.
    for (Derived other : {Derived::Duration, Derived::Effort, Derived::WeeklyHours}) {
        Plan again = plan;
        again.stages = {stagePlan(QStringLiteral("1"), s.weeklyHours, s.effortHours, s.durationDays, other)};
        const Planner::Schedule round = Planner::compute(again, roadmap);
        QVERIFY(round.isValid());
        QCOMPARE(*round.stages.first().end, end);
        if (other != Derived::Effort) // a duration rounds up to whole days: a derived effort can differ
            QCOMPARE(round.stages.first().effortHours, expectedEffort);
    }
}

void TestPlanner::pauses_data()
{
    QTest::addColumn<QList<Pause>>("pauses");
    QTest::addColumn<QDate>("end");

    // 1 h a day from 1 March: 70 h end on 10 May without a pause.
    QTest::newRow("no pause") << QList<Pause>{} << day(2027, 5, 10);
    QTest::newRow("full pause pushes the end by its length")
        << QList<Pause>{pause(day(2027, 3, 8), day(2027, 3, 21), 0)} << day(2027, 5, 24);
    QTest::newRow("one-day pause") << QList<Pause>{pause(day(2027, 4, 1), day(2027, 4, 1), 0)} << day(2027, 5, 11);
    QTest::newRow("reduced pause: half the budget for 14 days costs 7 days")
        << QList<Pause>{pause(day(2027, 3, 8), day(2027, 3, 21), 3.5)} << day(2027, 5, 17);
    // 8-14 March at 0.5 h a day, 15-28 March nothing: 10.5 h by 28 March, 59.5 h more from 29 March.
    QTest::newRow("overlapping pauses: the smaller cap wins")
        << QList<Pause>{pause(day(2027, 3, 8), day(2027, 3, 28), 3.5), pause(day(2027, 3, 15), day(2027, 3, 28), 0)}
        << day(2027, 5, 28);
    QTest::newRow("overlapping pauses in the other order")
        << QList<Pause>{pause(day(2027, 3, 15), day(2027, 3, 28), 0), pause(day(2027, 3, 8), day(2027, 3, 28), 3.5)}
        << day(2027, 5, 28);
    QTest::newRow("nested pause with a larger cap does not lift the smaller one")
        << QList<Pause>{pause(day(2027, 3, 8), day(2027, 3, 21), 0), pause(day(2027, 3, 10), day(2027, 3, 12), 5)}
        << day(2027, 5, 24);
    QTest::newRow("pause before the stage")
        << QList<Pause>{pause(day(2027, 2, 1), day(2027, 2, 20), 0)} << day(2027, 5, 10);
    QTest::newRow("pause after the stage")
        << QList<Pause>{pause(day(2027, 6, 1), day(2027, 6, 30), 0)} << day(2027, 5, 10);
    QTest::newRow("pause starting on the stage's end day")
        << QList<Pause>{pause(day(2027, 5, 10), day(2027, 5, 20), 0)} << day(2027, 5, 10);
    QTest::newRow("pause ending on the stage's first day")
        << QList<Pause>{pause(day(2027, 2, 20), day(2027, 3, 1), 0)} << day(2027, 5, 11);
    // 61 h by 30 April, nothing in May, 9 h from 1 June.
    QTest::newRow("pause across the planned end")
        << QList<Pause>{pause(day(2027, 5, 1), day(2027, 5, 31), 0)} << day(2027, 6, 10);
    QTest::newRow("pause above the budget")
        << QList<Pause>{pause(day(2027, 3, 8), day(2027, 3, 21), 20)} << day(2027, 5, 10);
}

void TestPlanner::pauses()
{
    QFETCH(QList<Pause>, pauses);
    QFETCH(QDate, end);

    const Roadmap roadmap = makeRoadmap({makeStage(QStringLiteral("1"), 1, 12)});
    Plan plan;
    plan.start = Start;
    plan.stages = {stagePlan(QStringLiteral("1"), 7, 70, 0, Derived::Duration)};
    plan.pauses = pauses;
    const Planner::Schedule schedule = Planner::compute(plan, roadmap);
    QVERIFY(schedule.isValid());
    QCOMPARE(*schedule.stages.first().end, end);
    QCOMPARE(schedule.stages.first().durationDays, int(Start.daysTo(end)));

    // The same stage with its duration fixed gives back the 70 h.
    plan.stages = {stagePlan(QStringLiteral("1"), 7, 0, int(Start.daysTo(end)), Derived::Effort)};
    const Planner::Schedule effort = Planner::compute(plan, roadmap);
    QVERIFY(effort.isValid());
    QVERIFY(effort.stages.first().effortHours >= 70);
    QVERIFY(effort.stages.first().effortHours < 71);
}

void TestPlanner::overlap_data()
{
    QTest::addColumn<int>("overlapWeeks");
    QTest::addColumn<QDate>("secondStart");
    QTest::addColumn<QDate>("secondEnd");
    QTest::addColumn<bool>("valid");

    // Stage 1 runs 1 March to 10 May (70 days, 10 weeks); stage 2 lasts 35 days.
    QTest::newRow("no overlap: starts when the first ends") << 0 << day(2027, 5, 10) << day(2027, 6, 14) << true;
    QTest::newRow("2 weeks overlap: starts 14 days earlier") << 2 << day(2027, 4, 26) << day(2027, 5, 31) << true;
    QTest::newRow("overlap as long as the previous stage: same start")
        << 10 << day(2027, 3, 1) << day(2027, 4, 5) << true;
    QTest::newRow("overlap longer than the previous stage: refused")
        << 11 << day(2027, 3, 1) << day(2027, 4, 5) << false;
    QTest::newRow("negative overlap: refused") << -1 << day(2027, 5, 10) << day(2027, 6, 14) << false;
}

void TestPlanner::overlap()
{
    QFETCH(int, overlapWeeks);
    QFETCH(QDate, secondStart);
    QFETCH(QDate, secondEnd);
    QFETCH(bool, valid);

    const Roadmap roadmap = makeRoadmap({makeStage(QStringLiteral("1"), 2, 3), makeStage(QStringLiteral("2"), 1, 2)});
    Plan plan;
    plan.start = Start;
    plan.stages = {stagePlan(QStringLiteral("1"), 7, 70, 0, Derived::Duration),
                   stagePlan(QStringLiteral("2"), 14, 70, 0, Derived::Duration, overlapWeeks)};
    const Planner::Schedule schedule = Planner::compute(plan, roadmap);
    QCOMPARE(schedule.isValid(), valid);
    QCOMPARE(Planner::validate(plan, roadmap).size(), valid ? 0 : 1);
    if (!valid) {
        const Planner::Problem &p = schedule.problems.first();
        QCOMPARE(p.field, Planner::Problem::Field::Overlap);
        QCOMPARE(p.stageKey, QStringLiteral("2"));
        QVERIFY2(p.message.contains(QStringLiteral("Stage 2")), qPrintable(p.message));
        QVERIFY2(p.message.contains(QString::number(overlapWeeks)), qPrintable(p.message));
    }
    QCOMPARE(*schedule.stages.at(0).end, day(2027, 5, 10));
    QCOMPARE(schedule.stages.at(1).start, secondStart);
    QCOMPARE(*schedule.stages.at(1).end, secondEnd);
    // The guide's range of the second stage runs from its own start.
    QCOMPARE(schedule.stages.at(1).guideEarliestEnd, secondStart.addMonths(1));
    // The path ends with the later of the two ends.
    QCOMPARE(schedule.path.end, std::max(day(2027, 5, 10), secondEnd));
}

void TestPlanner::weeklyLoad_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("load");

    // Stage 1 at 7 h: 1 March - 9 May; stage 2 at 14 h: 26 April - 30 May; a 3 h pause 3-9 May.
    QTest::newRow("before the plan") << day(2027, 2, 28) << 0.0;
    QTest::newRow("first stage alone") << day(2027, 3, 1) << 7.0;
    QTest::newRow("overlap: budgets add up") << day(2027, 4, 26) << 21.0;
    QTest::newRow("overlap, last day of the first stage") << day(2027, 5, 9) << 3.0 + 3.0;
    QTest::newRow("overlap in a pause: each capped") << day(2027, 5, 5) << 6.0;
    QTest::newRow("second stage alone") << day(2027, 5, 10) << 14.0;
    QTest::newRow("after the plan: the open-ended stage") << day(2027, 6, 1) << 5.0;
    QTest::newRow("invalid date") << QDate() << 0.0;
}

void TestPlanner::weeklyLoad()
{
    QFETCH(QDate, date);
    QFETCH(double, load);

    const Roadmap roadmap = makeRoadmap({makeStage(QStringLiteral("1"), 2, 3), makeStage(QStringLiteral("2"), 1, 2),
                                         makeStage(QStringLiteral("3"), 0, std::nullopt)});
    Plan plan;
    plan.start = Start;
    plan.stages = {stagePlan(QStringLiteral("1"), 7, 70, 70, Derived::Effort),
                   stagePlan(QStringLiteral("2"), 14, 0, 35, Derived::Effort, 2),
                   stagePlan(QStringLiteral("3"), 5, 0, 0, Derived::Duration)};
    plan.pauses = {pause(day(2027, 5, 3), day(2027, 5, 9), 3)};
    const Planner::Schedule schedule = Planner::compute(plan, roadmap);
    QVERIFY(schedule.isValid());
    QCOMPARE(schedule.stages.at(1).start, day(2027, 4, 26));
    QCOMPARE(Planner::weeklyLoad(schedule, plan, date), load);
}

void TestPlanner::openEndedStage()
{
    const Roadmap roadmap =
        makeRoadmap({makeStage(QStringLiteral("1"), 1, 2), makeStage(QStringLiteral("2"), 0, std::nullopt)});
    for (Derived derived : {Derived::Duration, Derived::Effort, Derived::WeeklyHours}) {
        Plan plan;
        plan.start = Start;
        // Effort and duration mean nothing for the open-ended stage, whatever `derived` says.
        plan.stages = {stagePlan(QStringLiteral("1"), 7, 42, 0, Derived::Duration),
                       stagePlan(QStringLiteral("2"), 12, 0, 0, derived)};
        const Planner::Schedule schedule = Planner::compute(plan, roadmap);
        QVERIFY2(schedule.isValid(), qPrintable(schedule.problems.value(0).message));
        const Planner::StageSchedule &open = schedule.stages.at(1);
        QCOMPARE(open.start, day(2027, 4, 12));
        QVERIFY(!open.end.has_value());
        QCOMPARE(open.weeklyHours, 12.0);
        QCOMPARE(open.effortHours, 0.0);
        QCOMPARE(open.durationDays, 0);
        QCOMPARE(open.verdict, Planner::Verdict::OpenEnded);
        QCOMPARE(open.weeksDifference, 0);
        QVERIFY(!open.guideLatestEnd.has_value());
        QCOMPARE(open.guideEarliestEnd, open.start);
        // The path ends where the open-ended stage starts, against the first stage's 1-2 months.
        QCOMPARE(schedule.path.end, day(2027, 4, 12));
        QCOMPARE(schedule.path.guideEarliestEnd, day(2027, 4, 1));
        QCOMPARE(*schedule.path.guideLatestEnd, day(2027, 5, 1));
        QCOMPARE(schedule.path.verdict, Planner::Verdict::Within);
    }

    // Its budget is still checked.
    Plan plan;
    plan.start = Start;
    plan.stages = {stagePlan(QStringLiteral("1"), 7, 42, 0, Derived::Duration),
                   stagePlan(QStringLiteral("2"), 0, 0, 0, Derived::Duration)};
    const QList<Planner::Problem> problems = Planner::validate(plan, roadmap);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().stageKey, QStringLiteral("2"));
    QCOMPARE(problems.first().field, Planner::Problem::Field::WeeklyHours);

    // Only the last stage may be open-ended: nothing after it could ever start.
    const Roadmap middle =
        makeRoadmap({makeStage(QStringLiteral("1"), 0, std::nullopt), makeStage(QStringLiteral("2"), 1, 2)});
    plan.stages = {stagePlan(QStringLiteral("1"), 5, 0, 0, Derived::Duration),
                   stagePlan(QStringLiteral("2"), 7, 42, 0, Derived::Duration)};
    const Planner::Schedule schedule = Planner::compute(plan, middle);
    QCOMPARE(schedule.problems.size(), 1);
    QCOMPARE(schedule.problems.first().stageKey, QStringLiteral("2"));
    QCOMPARE(schedule.problems.first().field, Planner::Problem::Field::Overlap);
    QVERIFY(schedule.problems.first().message.contains(QStringLiteral("Stage 1")));
    QCOMPARE(schedule.stages.size(), 2);
    QCOMPARE(schedule.path.end, Start);
}

void TestPlanner::verdicts_data()
{
    QTest::addColumn<int>("offsetFromEarliest"); // the planned end relative to the guide's earliest end
    QTest::addColumn<int>("offsetFromLatest");   // or its latest end; one of both is used
    QTest::addColumn<Planner::Verdict>("verdict");
    QTest::addColumn<int>("weeks");

    const int unused = std::numeric_limits<int>::min();
    QTest::newRow("8 days before the earliest end: 2 weeks faster") << -8 << unused << Planner::Verdict::Faster << 2;
    QTest::newRow("7 days before the earliest end: 1 week faster") << -7 << unused << Planner::Verdict::Faster << 1;
    QTest::newRow("1 day before the earliest end: 1 week faster") << -1 << unused << Planner::Verdict::Faster << 1;
    QTest::newRow("exactly at the earliest end: within") << 0 << unused << Planner::Verdict::Within << 0;
    QTest::newRow("1 day after the earliest end: within") << 1 << unused << Planner::Verdict::Within << 0;
    QTest::newRow("1 day before the latest end: within") << unused << -1 << Planner::Verdict::Within << 0;
    QTest::newRow("exactly at the latest end: within") << unused << 0 << Planner::Verdict::Within << 0;
    QTest::newRow("1 day after the latest end: 1 week slower") << unused << 1 << Planner::Verdict::Slower << 1;
    QTest::newRow("7 days after the latest end: 1 week slower") << unused << 7 << Planner::Verdict::Slower << 1;
    QTest::newRow("8 days after the latest end: 2 weeks slower") << unused << 8 << Planner::Verdict::Slower << 2;
}

void TestPlanner::verdicts()
{
    QFETCH(int, offsetFromEarliest);
    QFETCH(int, offsetFromLatest);
    QFETCH(Planner::Verdict, verdict);
    QFETCH(int, weeks);

    // 2-3 months from 31 January 2027: 31 March to 30 April.
    const QDate start = day(2027, 1, 31);
    const QDate earliest = day(2027, 3, 31);
    const QDate latest = day(2027, 4, 30);
    const QDate end = offsetFromLatest == std::numeric_limits<int>::min() ? earliest.addDays(offsetFromEarliest)
                                                                          : latest.addDays(offsetFromLatest);
    const Roadmap roadmap =
        makeRoadmap({makeStage(QStringLiteral("1"), 2, 3), makeStage(QStringLiteral("2"), 0, std::nullopt)});
    Plan plan;
    plan.start = start;
    plan.stages = {stagePlan(QStringLiteral("1"), 7, 0, int(start.daysTo(end)), Derived::Effort),
                   stagePlan(QStringLiteral("2"), 10, 0, 0, Derived::Duration)};
    const Planner::Schedule schedule = Planner::compute(plan, roadmap);
    QVERIFY(schedule.isValid());
    const Planner::StageSchedule &s = schedule.stages.first();
    QCOMPARE(*s.end, end);
    QCOMPARE(s.guideEarliestEnd, earliest);
    QCOMPARE(*s.guideLatestEnd, latest);
    QCOMPARE(s.verdict, verdict);
    QCOMPARE(s.weeksDifference, weeks);
    // The path to the open-ended stage is the first stage: the same verdict.
    QCOMPARE(schedule.path.end, end);
    QCOMPARE(schedule.path.verdict, verdict);
    QCOMPARE(schedule.path.weeksDifference, weeks);
}

void TestPlanner::pathOverSeveralStages()
{
    // 1-2 + 2-3 months from 31 January 2027: the path's range is 30 April to 30 June, in calendar
    // months from the plan's start (not the sum of the stages' own ranges).
    const Roadmap roadmap = makeRoadmap({makeStage(QStringLiteral("1"), 1, 2), makeStage(QStringLiteral("2"), 2, 3),
                                         makeStage(QStringLiteral("3"), 0, std::nullopt)});
    Plan plan;
    plan.start = day(2027, 1, 31);
    // Stage 1 ends fast (20 days), stage 2 takes 150 days (slower): the path is slower.
    plan.stages = {stagePlan(QStringLiteral("1"), 7, 0, 20, Derived::Effort),
                   stagePlan(QStringLiteral("2"), 7, 0, 150, Derived::Effort),
                   stagePlan(QStringLiteral("3"), 7, 0, 0, Derived::Duration)};
    const Planner::Schedule schedule = Planner::compute(plan, roadmap);
    QVERIFY(schedule.isValid());
    QCOMPARE(schedule.stages.at(0).verdict, Planner::Verdict::Faster);
    QCOMPARE(schedule.stages.at(0).weeksDifference, 2); // 20 Feb to 28 Feb: 8 days
    QCOMPARE(schedule.stages.at(1).start, day(2027, 2, 20));
    QCOMPARE(schedule.stages.at(1).verdict, Planner::Verdict::Slower);
    QCOMPARE(schedule.path.end, day(2027, 7, 20));
    QCOMPARE(schedule.path.guideEarliestEnd, day(2027, 4, 30));
    QCOMPARE(*schedule.path.guideLatestEnd, day(2027, 6, 30));
    QCOMPARE(schedule.path.verdict, Planner::Verdict::Slower);
    QCOMPARE(schedule.path.weeksDifference, 3); // 20 days
}

void TestPlanner::bundledGuideDefaults()
{
    QString error;
    const std::optional<Roadmap> roadmap = MarkdownImporter::parseFile(
        QStringLiteral(STUDYPLANNER_SOURCE_DIR "/resources/guides/llm-learning-path.en.md"), &error);
    QVERIFY2(roadmap, qPrintable(error));
    QCOMPARE(roadmap->stages.size(), 5);

    for (const QDate &start : {day(2027, 1, 31), day(2028, 2, 29), day(2026, 9, 1)}) {
        const Plan plan = Planner::defaultPlan(*roadmap, start);
        QCOMPARE(plan.start, start);
        QCOMPARE(plan.stages.size(), 5);
        const QList<double> budgets{12.5, 17.5, 17.5, 17.5, 17.5};
        const QList<double> months{1.5, 2.5, 4.5, 9, 0};
        // The middle of the month range in days, rounded up to the day the effort is reached.
        const QList<int> durations{46, 77, 137, 274, 0};
        for (int i = 0; i < 5; ++i) {
            const StagePlan &sp = plan.stages.at(i);
            QCOMPARE(sp.stageKey, roadmap->stages.at(i).key);
            QCOMPARE(sp.weeklyHours, budgets.at(i));
            QCOMPARE(sp.derived, Derived::Duration);
            QCOMPARE(sp.overlapWeeks, 0);
            QCOMPARE(sp.effortHours, months.at(i) * Planner::DaysPerMonth / 7 * budgets.at(i));
            QCOMPARE(sp.durationDays, durations.at(i));
        }

        const Planner::Schedule schedule = Planner::compute(plan, *roadmap);
        QVERIFY2(schedule.isValid(), qPrintable(schedule.problems.value(0).message));
        QCOMPARE(schedule.stages.size(), 5);
        QDate expectedStart = start;
        for (int i = 0; i < 4; ++i) {
            const Planner::StageSchedule &s = schedule.stages.at(i);
            QCOMPARE(s.start, expectedStart);
            QCOMPARE(*s.end, expectedStart.addDays(durations.at(i)));
            QCOMPARE(s.verdict, Planner::Verdict::Within);
            QCOMPARE(s.weeksDifference, 0);
            expectedStart = *s.end;
        }
        QCOMPARE(schedule.stages.at(4).start, expectedStart);
        QVERIFY(!schedule.stages.at(4).end);
        QCOMPARE(schedule.stages.at(4).verdict, Planner::Verdict::OpenEnded);
        QCOMPARE(schedule.stages.at(4).weeklyHours, 17.5);
        // 12 to 23 months for the four stages with an end.
        QCOMPARE(schedule.path.end, expectedStart);
        QCOMPARE(schedule.path.guideEarliestEnd, start.addMonths(12));
        QCOMPARE(*schedule.path.guideLatestEnd, start.addMonths(23));
        QCOMPARE(schedule.path.verdict, Planner::Verdict::Within);
    }
}

void TestPlanner::itemEstimateHours_data()
{
    QTest::addColumn<bool>("branchChosen");
    QTest::addColumn<double>("hours");

    QTest::newRow("branch chosen: its items count") << true << 3.0 + 10.0 + 20.0 + 5.5;
    QTest::newRow("branch not chosen: its items do not count") << false << 3.0 + 10.0 + 20.0;
}

void TestPlanner::itemEstimateHours()
{
    QFETCH(bool, branchChosen);
    QFETCH(double, hours);

    Stage stage = makeStage(QStringLiteral("2"), 2, 3);
    Branch branch;
    branch.key = QStringLiteral("2.b1");
    branch.chosen = branchChosen;
    stage.branches = {branch};
    auto item = [](double h) {
        Item i;
        if (h > 0)
            i.estimatedHours = h;
        return i;
    };
    Section courses;
    courses.items = {item(3), item(10), item(0)}; // the last one without an estimate
    Section projects;
    projects.items = {item(20)};
    Section branchSection;
    branchSection.branchKey = branch.key;
    branchSection.items = {item(5.5)};
    stage.sections = {courses, projects, branchSection};
    QCOMPARE(Planner::itemEstimateHours(stage), hours);
    QCOMPARE(Planner::itemEstimateHours(makeStage(QStringLiteral("1"), 1, 2)), 0.0);
}

void TestPlanner::refusesInvalidInput_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<Planner::Problem::Field>("field");
    QTest::addColumn<QString>("stageKey");
    QTest::addColumn<int>("pauseIndex");
    QTest::addColumn<QStringList>("mentions"); // what the message must name

    using Field = Planner::Problem::Field;
    const QString a = QStringLiteral("A");
    const QString b = QStringLiteral("B");
    const QString stageB = QStringLiteral("Stage B");
    Plan valid;
    valid.start = Start;
    valid.stages = {stagePlan(a, 10, 50, 0, Derived::Duration), stagePlan(b, 10, 50, 0, Derived::Duration),
                    stagePlan(QStringLiteral("C"), 10, 0, 0, Derived::Duration)};
    auto with = [&](auto change) {
        Plan p = valid;
        change(p);
        return p;
    };
    const QLocale locale;

    QTest::newRow("budget 0") << with([&](Plan &p) { p.stages[1].weeklyHours = 0; }) << Field::WeeklyHours << b << -1
                              << QStringList{stageB, locale.toString(0.0)};
    QTest::newRow("budget -5") << with([&](Plan &p) { p.stages[1].weeklyHours = -5; }) << Field::WeeklyHours << b << -1
                               << QStringList{stageB, locale.toString(-5.0)};
    QTest::newRow("budget 101") << with([&](Plan &p) { p.stages[1].weeklyHours = 101; }) << Field::WeeklyHours << b
                                << -1 << QStringList{stageB, locale.toString(101.0), locale.toString(100.0)};
    QTest::newRow("budget 101 on the open-ended stage")
        << with([&](Plan &p) { p.stages[2].weeklyHours = 101; }) << Field::WeeklyHours << QStringLiteral("C") << -1
        << QStringList{QStringLiteral("Stage C"), locale.toString(101.0)};
    QTest::newRow("budget 101 with the effort derived")
        << with([&](Plan &p) { p.stages[1] = stagePlan(b, 101, 0, 30, Derived::Effort); }) << Field::WeeklyHours << b
        << -1 << QStringList{stageB, locale.toString(101.0)};
    QTest::newRow("budget not a number") << with([&](Plan &p) {
        p.stages[1].weeklyHours = std::numeric_limits<double>::quiet_NaN();
    }) << Field::WeeklyHours << b << -1 << QStringList{stageB};
    QTest::newRow("effort 0 when fixed") << with([&](Plan &p) { p.stages[1].effortHours = 0; }) << Field::Effort << b
                                         << -1 << QStringList{stageB, locale.toString(0.0)};
    QTest::newRow("effort -3 when fixed") << with([&](Plan &p) { p.stages[1].effortHours = -3; }) << Field::Effort << b
                                          << -1 << QStringList{stageB, locale.toString(-3.0)};
    QTest::newRow("duration 0 when fixed")
        << with([&](Plan &p) { p.stages[1] = stagePlan(b, 10, 0, 0, Derived::Effort); }) << Field::Duration << b << -1
        << QStringList{stageB, QStringLiteral("0")};
    QTest::newRow("duration over 100 years")
        << with([&](Plan &p) { p.stages[1] = stagePlan(b, 10, 0, 40000, Derived::Effort); }) << Field::Duration << b
        << -1 << QStringList{stageB, QStringLiteral("40000"), QStringLiteral("100")};
    // 1000 h in 28 days: 250 h a week.
    QTest::newRow("effort unreachable in a fixed duration")
        << with([&](Plan &p) { p.stages[1] = stagePlan(b, 10, 1000, 28, Derived::WeeklyHours); }) << Field::WeeklyHours
        << b << -1
        << QStringList{stageB, locale.toString(1000.0), locale.toString(250.0, 'f', 1), QStringLiteral("28")};
    // Stage B runs 4 weeks from 5 April; a pause takes all of it (and none of stage A).
    QTest::newRow("effort unreachable: every day paused") << with([&](Plan &p) {
        p.stages[1] = stagePlan(b, 10, 10, 28, Derived::WeeklyHours);
        p.pauses = {pause(day(2027, 4, 5), day(2027, 5, 31), 0)};
    }) << Field::WeeklyHours << b << -1 << QStringList{stageB, locale.toString(10.0)};
    QTest::newRow("effort beyond 100 years at this budget")
        << with([&](Plan &p) { p.stages[1] = stagePlan(b, 0.5, 10000, 0, Derived::Duration); }) << Field::WeeklyHours
        << b << -1 << QStringList{stageB, locale.toString(0.5), locale.toString(10000.0)};
    QTest::newRow("start invalid") << with([&](Plan &p) { p.start = QDate(); }) << Field::Start << QString() << -1
                                   << QStringList{};
    QTest::newRow("pause first after last")
        << with([&](Plan &p) { p.pauses = {pause(day(2027, 4, 10), day(2027, 4, 1), 0)}; }) << Field::Pause << QString()
        << 0
        << QStringList{locale.toString(day(2027, 4, 10), QLocale::ShortFormat),
                       locale.toString(day(2027, 4, 1), QLocale::ShortFormat)};
    QTest::newRow("pause with negative hours") << with([&](Plan &p) {
        p.pauses = {pause(day(2027, 6, 1), day(2027, 6, 2), 0), pause(day(2027, 4, 1), day(2027, 4, 10), -2)};
    }) << Field::Pause << QString() << 1 << QStringList{locale.toString(-2.0)};
    QTest::newRow("pause without dates") << with([&](Plan &p) { p.pauses = {pause(QDate(), day(2027, 4, 1), 0)}; })
                                         << Field::Pause << QString() << 0 << QStringList{QStringLiteral("1")};
    QTest::newRow("missing stage") << with([&](Plan &p) { p.stages.removeAt(1); }) << Field::WeeklyHours << b << -1
                                   << QStringList{stageB};
    QTest::newRow("unknown stage") << with([&](Plan &p) {
        p.stages.append(stagePlan(QStringLiteral("Z"), 10, 10, 0, Derived::Duration));
    }) << Field::WeeklyHours << QStringLiteral("Z")
                                   << -1 << QStringList{QStringLiteral("Z")};
    QTest::newRow("stage planned twice") << with([&](Plan &p) {
        p.stages.append(stagePlan(b, 10, 10, 0, Derived::Duration));
    }) << Field::WeeklyHours << b << -1 << QStringList{stageB};
    QTest::newRow("overlap on the first stage") << with([&](Plan &p) { p.stages[0].overlapWeeks = 1; })
                                                << Field::Overlap << a << -1 << QStringList{QStringLiteral("Stage A")};
    // Stage A lasts 35 days: 5 weeks of overlap fit, 6 do not.
    QTest::newRow("overlap longer than the previous stage")
        << with([&](Plan &p) { p.stages[1].overlapWeeks = 6; }) << Field::Overlap << b << -1
        << QStringList{stageB, QStringLiteral("6"), QStringLiteral("Stage A"), QStringLiteral("35")};
}

void TestPlanner::refusesInvalidInput()
{
    QFETCH(Plan, plan);
    QFETCH(Planner::Problem::Field, field);
    QFETCH(QString, stageKey);
    QFETCH(int, pauseIndex);
    QFETCH(QStringList, mentions);

    const Roadmap roadmap = makeRoadmap({makeStage(QStringLiteral("A"), 1, 2), makeStage(QStringLiteral("B"), 1, 2),
                                         makeStage(QStringLiteral("C"), 0, std::nullopt)});
    const QList<Planner::Problem> problems = Planner::validate(plan, roadmap);
    QCOMPARE(problems.size(), 1);
    const Planner::Problem &p = problems.first();
    QCOMPARE(p.field, field);
    QCOMPARE(p.stageKey, stageKey);
    QCOMPARE(p.pauseIndex, pauseIndex);
    QVERIFY(!p.message.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(p.message.contains(mention), qPrintable(QStringLiteral("'%1' not in: %2").arg(mention, p.message)));

    // compute() reports the same problem and still gives a schedule without nonsense in it.
    const Planner::Schedule schedule = Planner::compute(plan, roadmap);
    QVERIFY(!schedule.isValid());
    QCOMPARE(schedule.problems.size(), 1);
    QCOMPARE(schedule.problems.first().message, p.message);
    QString why;
    QVERIFY2(isSane(schedule, &why), qPrintable(why));
    if (!plan.start.isValid()) {
        // Nothing has a date, but the figures are derived.
        QCOMPARE(schedule.stages.size(), 3);
        for (const Planner::StageSchedule &s : schedule.stages) {
            QVERIFY(!s.start.isValid());
            QVERIFY(!s.end);
        }
        QCOMPARE(schedule.stages.first().durationDays, 35);
    }
}

void TestPlanner::garbageNeverCrashes_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("days");

    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 1;
    QTest::newRow("infinity") << inf << std::numeric_limits<int>::max();
    QTest::newRow("minus infinity") << -inf << std::numeric_limits<int>::min();
    QTest::newRow("largest double") << std::numeric_limits<double>::max() << 36525;
    QTest::newRow("smallest positive double") << std::numeric_limits<double>::denorm_min() << 1;
    QTest::newRow("zero") << 0.0 << 0;
    QTest::newRow("negative") << -1.0 << -1;
}

void TestPlanner::garbageNeverCrashes()
{
    QFETCH(double, value);
    QFETCH(int, days);

    const Roadmap roadmap = makeRoadmap({makeStage(QStringLiteral("1"), 1, 2), makeStage(QStringLiteral("2"), 1, 2),
                                         makeStage(QStringLiteral("3"), 0, std::nullopt)});
    for (Derived derived : {Derived::Duration, Derived::Effort, Derived::WeeklyHours}) {
        for (int field = 0; field < 3; ++field) {
            Plan plan;
            plan.start = Start;
            plan.stages = {stagePlan(QStringLiteral("1"), 10, 50, 30, derived),
                           stagePlan(QStringLiteral("2"), 10, 50, 30, derived, days),
                           stagePlan(QStringLiteral("3"), value, value, days, derived, days)};
            StagePlan &sp = plan.stages[1];
            (field == 0 ? sp.weeklyHours : field == 1 ? sp.effortHours : sp.weeklyHours) = value;
            sp.durationDays = field == 2 ? days : sp.durationDays;
            plan.pauses = {pause(Start, Start.addDays(days > 0 ? std::min(days, 100000) : 3), value)};
            const Planner::Schedule schedule = Planner::compute(plan, roadmap);
            QString why;
            QVERIFY2(isSane(schedule, &why), qPrintable(why));
            QCOMPARE(schedule.stages.size(), 3);
            QVERIFY(schedule.path.end.isValid());
            QVERIFY(std::isfinite(Planner::weeklyLoad(schedule, plan, Start.addDays(10))));
        }
    }
}

void TestPlanner::verdictText_data()
{
    QTest::addColumn<Planner::Verdict>("verdict");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QString>("contains");

    QTest::newRow("faster") << Planner::Verdict::Faster << 3 << QStringLiteral("3 week");
    QTest::newRow("within") << Planner::Verdict::Within << 0 << QStringLiteral("within");
    QTest::newRow("slower") << Planner::Verdict::Slower << 12 << QStringLiteral("12 week");
    QTest::newRow("open-ended") << Planner::Verdict::OpenEnded << 0 << QStringLiteral("open-ended");
}

void TestPlanner::verdictText()
{
    QFETCH(Planner::Verdict, verdict);
    QFETCH(int, weeks);
    QFETCH(QString, contains);
    const QString text = Planner::verdictText(verdict, weeks);
    QVERIFY2(text.contains(contains), qPrintable(text));
    QCOMPARE(text.contains(QLatin1String("faster")), verdict == Planner::Verdict::Faster);
    QCOMPARE(text.contains(QLatin1String("slower")), verdict == Planner::Verdict::Slower);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
