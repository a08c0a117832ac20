// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/icsexport.h"
#include "exchange/icsimport.h"
#include "schedule/scheduler.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString fixtures = QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/ics/");
const QString python = QStringLiteral("/usr/bin/python3");
const QString script = QStringLiteral(STUDYPLANNER_SOURCE_DIR "/tests/tools/ics_crosscheck.py");

QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

QDateTime at(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), berlin());
}

StudyBlock block(const QDateTime &start, int minutes, const QString &stage, const QString &item,
                 StudyBlock::Status status = StudyBlock::Status::Planned)
{
    StudyBlock b;
    b.start = start;
    b.end = start.addSecs(minutes * 60);
    b.stageKey = stage;
    b.itemKey = item;
    b.id = StudyBlock::makeId(start, stage);
    b.status = status;
    return b;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

const QString longChinese =
    QStringLiteral("机器学习基础：线性代数、概率论与统计、微积分复习以及配套练习题（第一部分）");

QList<IcsExport::Entry> sampleEntries()
{
    return {
        {block(at(2026, 3, 10, 19, 30), 60, QStringLiteral("1"), QStringLiteral("1.1.1")), QStringLiteral("数学基础"),
         longChinese, QStringLiteral("https://example.org/course?id=1&lang=zh")},
        {block(at(2026, 3, 11, 20, 0), 45, QStringLiteral("1"), QString()), QStringLiteral("数学基础"), QString(),
         QString()},
        {block(at(2026, 3, 30, 19, 0), 90, QStringLiteral("2"), QStringLiteral("2.1.1"), StudyBlock::Status::Done),
         QStringLiteral("Programming, part 2; \"basics\""), QStringLiteral("Python \\ tutorial"), QString()},
        {block(at(2026, 3, 31, 19, 0), 30, QStringLiteral("2"), QStringLiteral("2.1.2"), StudyBlock::Status::Skipped),
         QStringLiteral("Programming"), QStringLiteral("Skipped one"), QString()},
    };
}

QString expectedSummary(const IcsExport::Entry &e)
{
    return e.itemTitle.isEmpty() ? QStringLiteral("Study: %1").arg(e.stageTitle)
                                 : QStringLiteral("Study: %1 (%2)").arg(e.itemTitle, e.stageTitle);
}

// Runs the cross-check script; skips the test (returning nothing) when python3 or a module is missing.
struct ScriptRun {
    int exitCode = -1;
    QJsonDocument json;
    QString stderrText;
};

std::optional<ScriptRun> runScript(const QStringList &arguments, QString *skipReason)
{
    if (!QFile::exists(python)) {
        *skipReason = QStringLiteral("%1 is missing (packaging/install-deps.sh installs it)").arg(python);
        return std::nullopt;
    }
    QProcess process;
    process.start(python, QStringList{script} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        *skipReason = QString();
        return ScriptRun{-1, {}, QString::fromUtf8(process.readAllStandardError())};
    }
    ScriptRun run;
    run.exitCode = process.exitCode();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput());
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    if (run.exitCode == 3) {
        *skipReason = QStringLiteral("python3-icalendar or python3-recurring-ical-events is missing (%1); "
                                     "packaging/install-deps.sh installs them")
                          .arg(run.json.object().value(QStringLiteral("error")).toString());
        return std::nullopt;
    }
    return run;
}

Stage stage(const QString &key, const QString &title, const QList<Item> &items)
{
    Stage s;
    s.key = key;
    s.title = title;
    s.months = {1, 3};
    s.weeklyHours = {5, 10, true};
    Section section;
    section.title = QStringLiteral("课程");
    section.kind = ItemKind::Course;
    section.items = items;
    s.sections = {section};
    return s;
}

Item item(const QString &key, const QString &title, double hours)
{
    Item i;
    i.key = key;
    i.kind = ItemKind::Course;
    i.title = title;
    i.estimatedHours = hours;
    i.link = QUrl(QStringLiteral("https://example.org/") + key);
    return i;
}

} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format();
    void roundTripThroughImport();
    void writeFile();
    void crossCheckWithPython();
    void scheduleAroundImportedBusyTime();
};

void TestIcsExport::format()
{
    const QDateTime stamp(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const QList<IcsExport::Entry> entries = sampleEntries();
    const QByteArray data = IcsExport::write(entries, stamp);
    QCOMPARE(IcsExport::write(entries, stamp), data); // deterministic

    QVERIFY(data.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(data.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(data.contains("\r\nPRODID:-//Study Planner//Study Planner//EN\r\n"));
    QVERIFY(data.contains("\r\nVERSION:2.0\r\n"));
    QCOMPARE(data.count("BEGIN:VEVENT"), entries.size());
    QVERIFY(data.contains("\r\nDTSTAMP:20260301T120000Z\r\n"));
    // Berlin 19:30 in March (CET) is 18:30 UTC; the blocks' ids make the UIDs.
    QVERIFY(data.contains("\r\nDTSTART:20260310T183000Z\r\n"));
    QVERIFY(data.contains("\r\nDTEND:20260310T193000Z\r\n"));
    QVERIFY(data.contains(QByteArray(QByteArray("\r\nUID:") + entries[0].block.id.toUtf8() + "@studyplanner\r\n")));
    // Summer time from Mar 29: 19:00 is 17:00 UTC.
    QVERIFY(data.contains("\r\nDTSTART:20260330T170000Z\r\n"));
    QCOMPARE(data.count("STATUS:CANCELLED"), 1);
    QCOMPARE(data.count("STATUS:CONFIRMED"), 3);
    QVERIFY(data.contains("\r\nX-STUDYPLANNER-STAGE:1\r\n"));
    QVERIFY(data.contains("\r\nX-STUDYPLANNER-ITEM:1.1.1\r\n"));
    QVERIFY(data.contains("\r\nCATEGORIES:Study Planner\r\n"));
    QVERIFY(data.contains("\r\nURL:https://example.org/course?id=1&lang=zh\r\n"));

    // Lines of at most 75 octets, never cut inside a UTF-8 sequence; unfolded, the text is whole.
    const QList<QByteArray> lines = data.split('\n');
    for (const QByteArray &line : lines) {
        QVERIFY2(line.size() <= 76, line.constData()); // with its CR
        QVERIFY2(QString::fromUtf8(line).toUtf8() == line, line.constData());
    }
    QByteArray unfolded = data;
    unfolded.replace("\r\n ", "");
    QVERIFY(QString::fromUtf8(unfolded).contains(QStringLiteral("SUMMARY:Study: %1 (数学基础)").arg(longChinese)));
    QVERIFY(QString::fromUtf8(unfolded).contains(QStringLiteral("DESCRIPTION:Stage: 数学基础\\nItem: %1\\nLink: "
                                                                "https://example.org/course?id=1&lang=zh\\nStatus: "
                                                                "planned")
                                                     .arg(longChinese)));
    // Text escaping (RFC 5545: backslash, semicolon, comma).
    QVERIFY(unfolded.contains("SUMMARY:Study: Python \\\\ tutorial (Programming\\, part 2\\; \"basics\")"));
}

void TestIcsExport::roundTripThroughImport()
{
    const QList<IcsExport::Entry> entries = sampleEntries();
    const QByteArray data = IcsExport::write(entries, QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    IcsImport::Options options;
    options.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    options.to = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
    options.localZone = berlin();
    QString error;
    const std::optional<IcsImport::Result> result = IcsImport::parse(data, options, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result->calendarName, QStringLiteral("Study blocks"));
    QCOMPARE(result->skippedCancelled, 1); // the skipped block
    QCOMPARE(result->events.size(), entries.size() - 1);
    for (int i = 0; i < result->events.size(); ++i) {
        const BusyEvent &e = result->events[i];
        QCOMPARE(e.start, entries[i].block.start.toUTC());
        QCOMPARE(e.end, entries[i].block.end.toUTC());
        QCOMPARE(e.summary, expectedSummary(entries[i]));
        QVERIFY(!e.allDay);
    }
}

void TestIcsExport::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("blocks.ics"));
    const QDateTime stamp(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QString error;
    QVERIFY2(IcsExport::writeFile(path, sampleEntries(), stamp, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), IcsExport::write(sampleEntries(), stamp));

    const QString bad = dir.filePath(QStringLiteral("no-such-dir/blocks.ics"));
    QVERIFY(!IcsExport::writeFile(bad, sampleEntries(), stamp, &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-dir")), qPrintable(error));
    QVERIFY(!QFile::exists(bad));
}

// python3-icalendar reads the file as we meant it.
void TestIcsExport::crossCheckWithPython()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("blocks.ics"));
    const QList<IcsExport::Entry> entries = sampleEntries();
    QString error;
    QVERIFY2(IcsExport::writeFile(path, entries, QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC), &error),
             qPrintable(error));

    QString skip;
    const std::optional<ScriptRun> run = runScript({QStringLiteral("events"), path}, &skip);
    if (!run)
        QSKIP(qPrintable(skip));
    QVERIFY2(run->exitCode == 0, qPrintable(run->stderrText));
    const QJsonArray events = run->json.array();
    QCOMPARE(events.size(), entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = events[i].toObject();
        QCOMPARE(e.value(QStringLiteral("uid")).toString(), IcsExport::uid(entries[i].block));
        QCOMPARE(e.value(QStringLiteral("start")).toString(), iso(entries[i].block.start));
        QCOMPARE(e.value(QStringLiteral("end")).toString(), iso(entries[i].block.end));
        QCOMPARE(e.value(QStringLiteral("summary")).toString(), expectedSummary(entries[i]));
        const bool skipped = entries[i].block.status == StudyBlock::Status::Skipped;
        QCOMPARE(e.value(QStringLiteral("status")).toString(),
                 skipped ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
    }
}

// A busy calendar with recurring events in two zones, across the spring change, read by IcsImport;
// four weeks scheduled around it and exported; python3's recurring_ical_events expands the busy
// calendar on its own and finds no busy occurrence under a block, having seen the same occurrences.
void TestIcsExport::scheduleAroundImportedBusyTime()
{
    const QTimeZone zone = berlin();
    const QDate firstMonday(2026, 3, 16); // the change is on Sunday, Mar 29
    const int weeks = 4;
    IcsImport::Options options;
    options.from = QDateTime(firstMonday, QTime(0, 0), zone).toUTC();
    options.to = QDateTime(firstMonday.addDays(7 * weeks), QTime(0, 0), zone).toUTC();
    options.localZone = zone;
    QString error;
    const std::optional<IcsImport::Result> busy =
        IcsImport::readFile(fixtures + QStringLiteral("busy_dst_weeks.ics"), options, &error);
    QVERIFY2(busy, qPrintable(error));
    QCOMPARE(busy->skippedCancelled, 1);
    QCOMPARE(busy->skippedFree, 1);
    QCOMPARE(busy->warnings.size(), 1); // the gym never ends
    QList<BusyInterval> intervals;
    QStringList busyRendered;
    for (const BusyEvent &e : busy->events) {
        intervals.append({e.start, e.end});
        busyRendered.append(iso(e.start) + QLatin1Char('/') + iso(e.end));
    }

    Roadmap roadmap;
    roadmap.title = QStringLiteral("测试路线");
    roadmap.stages = {stage(QStringLiteral("1"), QStringLiteral("阶段一：数学基础"),
                            {item(QStringLiteral("1.1.1"), QStringLiteral("线性代数"), 6),
                             item(QStringLiteral("1.1.2"), QStringLiteral("概率论与统计"), 8),
                             item(QStringLiteral("1.1.3"), QStringLiteral("微积分"), 40)})};
    Planner::StageSchedule s;
    s.stageKey = QStringLiteral("1");
    s.start = firstMonday.addDays(-7);
    s.end = firstMonday.addDays(7 * (weeks + 4));
    s.weeklyHours = 12;
    Planner::Schedule schedule;
    schedule.stages = {s};
    const Plan plan;

    Availability availability;
    for (auto &day : availability.weekly)
        day = {{QTime(7, 0), QTime(22, 0)}};
    availability.minBlockMinutes = 30;
    availability.maxBlockMinutes = 90;
    availability.breakMinutes = 10;
    availability.maxMinutesPerDay = 180;

    QList<StudyBlock> all;
    for (int w = 0; w < weeks; ++w) {
        WeekRequest request;
        request.monday = firstMonday.addDays(7 * w);
        request.zone = zone;
        request.availability = availability;
        request.busy = intervals;
        request.history = all;
        const WeekResult result = Scheduler::scheduleWeek(request, plan, schedule, roadmap);
        QCOMPARE(result.shortfallHours, 0.0); // the busy time leaves room for the whole budget
        QVERIFY(!result.blocks.isEmpty());
        all += result.blocks;
    }
    QList<IcsExport::Entry> entries;
    for (const StudyBlock &b : qAsConst(all)) {
        const Item *i = roadmap.item(b.itemKey);
        entries.append({b, roadmap.stages[0].title, i ? i->title : QString(), i ? i->link.toString() : QString()});
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString blocksPath = dir.filePath(QStringLiteral("blocks.ics"));
    QVERIFY2(IcsExport::writeFile(blocksPath, entries, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC), &error),
             qPrintable(error));

    const QStringList common{QStringLiteral("--from"), iso(options.from),        QStringLiteral("--to"),
                             iso(options.to),          QStringLiteral("--zone"), QStringLiteral("Europe/Berlin")};
    QString skip;
    const std::optional<ScriptRun> run =
        runScript(QStringList{QStringLiteral("overlaps"), QStringLiteral("--busy"),
                              fixtures + QStringLiteral("busy_dst_weeks.ics"), QStringLiteral("--blocks"), blocksPath}
                      + common,
                  &skip);
    if (!run)
        QSKIP(qPrintable(skip));
    const QJsonObject report = run->json.object();
    QVERIFY2(run->exitCode == 0, qPrintable(run->stderrText + QString::fromUtf8(run->json.toJson())));
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("blocks")).toInt(), int(all.size()));
    QCOMPARE(report.value(QStringLiteral("busy_occurrences")).toInt(), int(busy->events.size()));
    QStringList seen;
    for (const QJsonValue &v : report.value(QStringLiteral("busy")).toArray())
        seen.append(v.toString());
    QCOMPARE(seen.join(QLatin1Char('\n')), busyRendered.join(QLatin1Char('\n')));

    // The check is not vacuous: the busy calendar against itself overlaps.
    const std::optional<ScriptRun> control =
        runScript(QStringList{QStringLiteral("overlaps"), QStringLiteral("--busy"),
                              fixtures + QStringLiteral("busy_dst_weeks.ics"), QStringLiteral("--blocks"),
                              fixtures + QStringLiteral("busy_dst_weeks.ics")}
                      + common,
                  &skip);
    QVERIFY(control);
    QCOMPARE(control->exitCode, 1);
    QCOMPARE(control->json.object().value(QStringLiteral("ok")).toBool(), false);
}

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
