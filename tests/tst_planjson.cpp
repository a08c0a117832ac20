// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/planjson.h"
#include "plan/planner.h"
#include "roadmap/markdownimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QDate Start(2027, 1, 4);

Roadmap guide()
{
    QString error;
    const std::optional<Roadmap> roadmap =
        MarkdownImporter::parseFile(QStringLiteral(":/guides/llm-learning-path.en.md"), &error);
    if (!roadmap)
        qFatal("the bundled guide cannot be read: %s", qPrintable(error));
    return *roadmap;
}

QStringList keysOf(const QJsonValue &value)
{
    QStringList keys = value.toObject().keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QJsonValue isoOrNull(const std::optional<QDate> &date)
{
    return date && date->isValid() ? QJsonValue(date->toString(QStringLiteral("yyyy-MM-dd")))
                                   : QJsonValue(QJsonValue::Null);
}

using Edit = std::function<void(Plan &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class tst_PlanJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shape();
    void mirrorsSchedule_data();
    void mirrorsSchedule();
};

// Every object has exactly the documented members (README.md, "Exported plan JSON").
void tst_PlanJson::shape()
{
    const Roadmap roadmap = guide();
    Plan plan = Planner::defaultPlan(roadmap, Start);
    plan.stages[1].weeklyHours = 0;
    Pause pause;
    pause.first = QDate(2027, 2, 1);
    pause.last = QDate(2027, 2, 14);
    pause.note = QStringLiteral("春节");
    plan.pauses = {pause};
    const QJsonObject json = PlanJson::toJson(roadmap, plan, Planner::compute(plan, roadmap));

    QCOMPARE(keysOf(json), sorted({QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("roadmap"),
                                   QStringLiteral("language"), QStringLiteral("start"), QStringLiteral("stages"),
                                   QStringLiteral("path"), QStringLiteral("pauses"), QStringLiteral("problems")}));
    QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("studyplanner-plan"));
    QCOMPARE(json[QStringLiteral("formatVersion")].toInt(), 1);
    QCOMPARE(json[QStringLiteral("roadmap")].toString(), roadmap.title);
    QCOMPARE(json[QStringLiteral("start")].toString(), QStringLiteral("2027-01-04"));
    const QJsonValue stage = json[QStringLiteral("stages")][0];
    QCOMPARE(keysOf(stage), sorted({QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("weeklyHours"),
                                    QStringLiteral("effortHours"), QStringLiteral("durationDays"),
                                    QStringLiteral("derived"), QStringLiteral("overlapWeeks"), QStringLiteral("start"),
                                    QStringLiteral("end"), QStringLiteral("lastDay"), QStringLiteral("guide"),
                                    QStringLiteral("verdict"), QStringLiteral("weeksDifference")}));
    QCOMPARE(keysOf(stage[QStringLiteral("guide")]),
             sorted({QStringLiteral("months"), QStringLiteral("earliestEnd"), QStringLiteral("latestEnd")}));
    QCOMPARE(keysOf(stage[QStringLiteral("guide")][QStringLiteral("months")]),
             sorted({QStringLiteral("min"), QStringLiteral("max")}));
    QCOMPARE(keysOf(json[QStringLiteral("path")]),
             sorted({QStringLiteral("end"), QStringLiteral("guideEarliestEnd"), QStringLiteral("guideLatestEnd"),
                     QStringLiteral("verdict"), QStringLiteral("weeksDifference")}));
    QCOMPARE(json[QStringLiteral("pauses")].toArray(),
             QJsonArray({QJsonObject{{QStringLiteral("first"), QStringLiteral("2027-02-01")},
                                     {QStringLiteral("last"), QStringLiteral("2027-02-14")},
                                     {QStringLiteral("weeklyHours"), 0},
                                     {QStringLiteral("note"), QStringLiteral("春节")}}}));
    const QJsonArray problems = json[QStringLiteral("problems")].toArray();
    QVERIFY(!problems.isEmpty());
    QCOMPARE(keysOf(problems[0]), sorted({QStringLiteral("stage"), QStringLiteral("pause"), QStringLiteral("field"),
                                          QStringLiteral("message")}));

    // It survives a trip through text unchanged.
    QCOMPARE(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), json);
}

void tst_PlanJson::mirrorsSchedule_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("verdicts"); // stages 1..5
    QTest::addColumn<QStringList>("derived");
    QTest::addColumn<QStringList>("problemFields");

    const QStringList allDuration(5, QStringLiteral("duration"));
    const QString within = QStringLiteral("within");
    const QString open = QStringLiteral("open-ended");

    QTest::newRow("default plan") << Edit([](Plan &) {}) << QStringList{within, within, within, within, open}
                                  << allDuration << QStringList();
    QTest::newRow("faster and slower than the guide") << Edit([](Plan &plan) {
        plan.stages[0].weeklyHours = 40;
        plan.stages[1].weeklyHours = 5;
    }) << QStringList{QStringLiteral("faster"), QStringLiteral("slower"), within, within, open}
                                                      << allDuration << QStringList();
    QTest::newRow("effort and budget derived, with an overlap")
        << Edit([](Plan &plan) {
               plan.stages[0].derived = Derived::Effort;
               plan.stages[1].derived = Derived::WeeklyHours;
               plan.stages[2].overlapWeeks = 2;
           })
        << QStringList{within, within, within, within, open}
        << QStringList{QStringLiteral("effort"), QStringLiteral("weekly_hours"), QStringLiteral("duration"),
                       QStringLiteral("duration"), QStringLiteral("duration")}
        << QStringList();
    QTest::newRow("refused budget and pause") << Edit([](Plan &plan) {
        plan.stages[1].weeklyHours = 101;
        Pause backwards;
        backwards.first = QDate(2027, 3, 1);
        backwards.last = QDate(2027, 2, 1);
        plan.pauses = {backwards};
    }) << QStringList{within, QStringLiteral("faster"), within, within, open}
                                              << allDuration
                                              << QStringList{QStringLiteral("weeklyHours"), QStringLiteral("pause")};
    QTest::newRow("no start date") << Edit([](Plan &plan) { plan.start = QDate(); })
                                   << QStringList{open, open, open, open, open} << allDuration
                                   << QStringList{QStringLiteral("start")};
}

void tst_PlanJson::mirrorsSchedule()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, verdicts);
    QFETCH(QStringList, derived);
    QFETCH(QStringList, problemFields);

    const Roadmap roadmap = guide();
    Plan plan = Planner::defaultPlan(roadmap, Start);
    edit(plan);
    const Planner::Schedule schedule = Planner::compute(plan, roadmap);
    const QJsonObject json = PlanJson::toJson(roadmap, plan, schedule);

    QCOMPARE(json[QStringLiteral("start")], isoOrNull(plan.start));
    const QJsonArray stages = json[QStringLiteral("stages")].toArray();
    QCOMPARE(stages.size(), schedule.stages.size());
    QStringList actualVerdicts;
    QStringList actualDerived;
    for (int i = 0; i < stages.size(); ++i) {
        const Planner::StageSchedule &s = schedule.stages.at(i);
        const QJsonObject stage = stages[i].toObject();
        const QJsonObject guideRange = stage[QStringLiteral("guide")].toObject();
        actualVerdicts << stage[QStringLiteral("verdict")].toString();
        actualDerived << stage[QStringLiteral("derived")].toString();
        QCOMPARE(stage[QStringLiteral("key")].toString(), s.stageKey);
        QCOMPARE(stage[QStringLiteral("title")].toString(), roadmap.stages.at(i).title);
        QCOMPARE(stage[QStringLiteral("weeklyHours")].toDouble(), s.weeklyHours);
        QCOMPARE(stage[QStringLiteral("effortHours")].toDouble(), s.effortHours);
        QCOMPARE(stage[QStringLiteral("durationDays")].toInt(), s.durationDays);
        QCOMPARE(stage[QStringLiteral("overlapWeeks")].toInt(), plan.stages.at(i).overlapWeeks);
        QCOMPARE(stage[QStringLiteral("start")], isoOrNull(s.start));
        QCOMPARE(stage[QStringLiteral("end")], isoOrNull(s.end));
        QCOMPARE(stage[QStringLiteral("lastDay")],
                 isoOrNull(s.end && s.end->isValid() ? std::optional<QDate>(s.end->addDays(-1)) : std::nullopt));
        QCOMPARE(guideRange[QStringLiteral("earliestEnd")], isoOrNull(s.guideEarliestEnd));
        QCOMPARE(guideRange[QStringLiteral("latestEnd")], isoOrNull(s.guideLatestEnd));
        QCOMPARE(guideRange[QStringLiteral("months")][QStringLiteral("min")].toInt(), roadmap.stages.at(i).months.min);
        QCOMPARE(stage[QStringLiteral("weeksDifference")].toInt(), s.weeksDifference);
        if (s.verdict == Planner::Verdict::Faster || s.verdict == Planner::Verdict::Slower)
            QVERIFY(s.weeksDifference > 0);
    }
    QCOMPARE(actualVerdicts, verdicts);
    QCOMPARE(actualDerived, derived);

    const QJsonObject path = json[QStringLiteral("path")].toObject();
    QCOMPARE(path[QStringLiteral("end")], isoOrNull(schedule.path.end));
    QCOMPARE(path[QStringLiteral("guideEarliestEnd")], isoOrNull(schedule.path.guideEarliestEnd));
    QCOMPARE(path[QStringLiteral("guideLatestEnd")], isoOrNull(schedule.path.guideLatestEnd));
    QCOMPARE(path[QStringLiteral("weeksDifference")].toInt(), schedule.path.weeksDifference);

    const QJsonArray problems = json[QStringLiteral("problems")].toArray();
    QStringList fields;
    for (int i = 0; i < problems.size(); ++i) {
        const Planner::Problem &problem = schedule.problems.at(i);
        fields << problems[i][QStringLiteral("field")].toString();
        QCOMPARE(problems[i][QStringLiteral("message")].toString(), problem.message);
        QVERIFY(!problem.message.isEmpty());
        QCOMPARE(problems[i][QStringLiteral("stage")],
                 problem.stageKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem.stageKey));
        QCOMPARE(problems[i][QStringLiteral("pause")],
                 problem.pauseIndex >= 0 ? QJsonValue(problem.pauseIndex) : QJsonValue(QJsonValue::Null));
    }
    QCOMPARE(fields, problemFields);
}

QTEST_GUILESS_MAIN(tst_PlanJson)
#include "tst_planjson.moc"
