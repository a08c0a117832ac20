// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasehelpers.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/roadmaprepository.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestDb;

// The study log on a real SQLite file: the schema's own guarantees (one running timer, no entry
// ending before it starts), the timer, changes all or nothing, filters and totals, and a process
// killed with SIGKILL mid-timer and mid-burst losing nothing it committed.

namespace {

const QDateTime FixedNow(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC);

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2027, month, day), QTime(hour, minute), Qt::UTC);
}

TimeEntry closed(const QDateTime &start, int minutes, const QString &note = QString(),
                 const QString &stage = QStringLiteral("1"))
{
    TimeEntry e;
    e.stageKey = stage;
    e.start = start;
    e.end = start.addSecs(60 * minutes);
    e.offsetMinutes = 60;
    e.note = note;
    return e;
}

} // namespace

class TestEntryRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void schemaAllowsOneRunningTimer();
    void schemaRefusesEntriesEndingBeforeTheyStart();
    void timerStartsHeartbeatsAndStops();
    void changeIsAllOrNothing_data();
    void changeIsAllOrNothing();
    void filtersPagesAndTotals();
    void weeklyHoursPerStage();
    void hoursPerStageAndItem();
    void timerStoppedAtItsStartLeavesNothing();
    void killedMidTimerKeepsTheOpenEntry();
    void killedMidBurstKeepsEveryCommittedEntry();

private:
    bool reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock{FixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RoadmapRepository> m_roadmaps;
    std::unique_ptr<EntryRepository> m_entries;
    int m_roadmapId = 0;
};

void TestEntryRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("studyplanner.sqlite"));
    QVERIFY(reopen());
    QString error;
    m_roadmapId = m_roadmaps->ensureBuiltinGuide(&error);
    QVERIFY2(m_roadmapId > 0, qPrintable(error));
}

void TestEntryRepository::cleanup()
{
    m_entries.reset();
    m_roadmaps.reset();
    m_database.reset();
    m_dir.reset();
}

bool TestEntryRepository::reopen()
{
    m_entries.reset();
    m_roadmaps.reset();
    m_database = std::make_unique<Database>(m_clock);
    QString error;
    if (!m_database->open(m_path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_roadmaps = std::make_unique<RoadmapRepository>(*m_database, m_clock);
    m_entries = std::make_unique<EntryRepository>(*m_database);
    return true;
}

void TestEntryRepository::schemaAllowsOneRunningTimer()
{
    RawConnection raw(m_path);
    QVERIFY(raw.isOpen());
    const QString insert =
        QStringLiteral("INSERT INTO time_entry (roadmap_id, stage_key, start_utc, offset_minutes, source)"
                       " VALUES (%1, '1', '2027-03-01T19:00:00.000Z', 60, 'timer')")
            .arg(m_roadmapId);
    QVERIFY(raw.exec(insert));
    QVERIFY(!raw.exec(insert)); // a second open entry: refused by the schema itself
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM time_entry")).toInt(), 1);
}

void TestEntryRepository::schemaRefusesEntriesEndingBeforeTheyStart()
{
    RawConnection raw(m_path);
    QVERIFY(!raw.exec(QStringLiteral("INSERT INTO time_entry (roadmap_id, stage_key, start_utc, end_utc,"
                                     " offset_minutes, source) VALUES (%1, '1', '2027-03-01T19:00:00.000Z',"
                                     " '2027-03-01T18:59:00.000Z', 60, 'manual')")
                          .arg(m_roadmapId)));
    QString error;
    TimeEntry reversed = closed(utc(3, 1, 19), 30);
    std::swap(reversed.start, *reversed.end);
    QVERIFY(!m_entries->change(m_roadmapId, {}, {reversed}, &error));
    QVERIFY2(error.contains(QLatin1String("ends before it starts")), qPrintable(error));
    QCOMPARE(*m_entries->count(m_roadmapId, {}, &error), 0);
}

void TestEntryRepository::timerStartsHeartbeatsAndStops()
{
    QSignalSpy timerChanged(m_entries.get(), &EntryRepository::timerChanged);
    TimeEntry entry;
    entry.stageKey = QStringLiteral("1");
    entry.itemKey = QStringLiteral("1.1.1");
    entry.blockId = QStringLiteral("20270301T180000Z-1");
    entry.start = utc(3, 1, 19);
    entry.offsetMinutes = 60;
    QString error;
    const std::optional<TimeEntry> started = m_entries->startTimer(m_roadmapId, entry, &error);
    QVERIFY2(started, qPrintable(error));
    QVERIFY(started->id > 0);
    QCOMPARE(started->source, TimeEntry::Source::Timer);
    QCOMPARE(timerChanged.count(), 1);
    QVERIFY(!m_entries->startTimer(m_roadmapId, entry, &error)); // one at a time
    QVERIFY2(error.contains(QLatin1String("already running")), qPrintable(error));

    QVERIFY2(m_entries->heartbeat(started->id, utc(3, 1, 19, 30), &error), qPrintable(error));
    QVERIFY(reopen());
    std::optional<EntryRepository::OpenTimer> open = m_entries->openTimer(&error);
    QVERIFY2(open, qPrintable(error));
    QCOMPARE(open->roadmapId, m_roadmapId);
    QCOMPARE(open->entry.id, started->id);
    QCOMPARE(open->entry.blockId, entry.blockId);
    QCOMPARE(open->heartbeat, utc(3, 1, 19, 30));
    // A heartbeat from a clock set back before the start is kept at the start.
    QVERIFY2(m_entries->heartbeat(started->id, utc(3, 1, 18), &error), qPrintable(error));
    QCOMPARE(m_entries->openTimer(&error)->heartbeat, utc(3, 1, 19));

    QVERIFY(!m_entries->stopTimer(started->id, utc(3, 1, 18, 59), &error)); // before its start
    QVERIFY(m_entries->openTimer(&error).has_value());
    const std::optional<TimeEntry> stopped = m_entries->stopTimer(started->id, utc(3, 1, 20, 15), &error);
    QVERIFY2(stopped, qPrintable(error));
    QCOMPARE(stopped->seconds(), 75 * 60);
    QVERIFY(!m_entries->openTimer(&error).has_value());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(*m_entries->totalSeconds(m_roadmapId, {}, &error), 75 * 60);
    QVERIFY(!m_entries->stopTimer(started->id, utc(3, 1, 21), &error)); // not running any more
}

void TestEntryRepository::changeIsAllOrNothing_data()
{
    QTest::addColumn<QList<TimeEntry>>("put");
    QTest::addColumn<QString>("message");
    QTest::newRow("all good") << QList<TimeEntry>{closed(utc(3, 2, 19), 30), closed(utc(3, 3, 19), 45)} << QString();
    TimeEntry open = closed(utc(3, 3, 19), 45);
    open.end.reset();
    QTest::newRow("an open entry") << QList<TimeEntry>{closed(utc(3, 2, 19), 30), open} << QStringLiteral("has no end");
    QTest::newRow("an unknown stage") << QList<TimeEntry>{closed(utc(3, 2, 19), 30),
                                                          closed(utc(3, 3, 19), 45, QString(), QStringLiteral("9"))}
                                      << QStringLiteral("FOREIGN KEY");
}

void TestEntryRepository::changeIsAllOrNothing()
{
    QFETCH(QList<TimeEntry>, put);
    QFETCH(QString, message);
    QString error;
    const std::optional<QList<qint64>> first = m_entries->change(m_roadmapId, {}, {closed(utc(3, 1, 19), 60)}, &error);
    QVERIFY2(first, qPrintable(error));
    const std::optional<QList<qint64>> ids = m_entries->change(m_roadmapId, {first->constFirst()}, put, &error);
    QCOMPARE(ids.has_value(), message.isEmpty());
    if (!message.isEmpty()) {
        QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(*m_entries->count(m_roadmapId, {}, &error), 1); // the first entry is still there
        QCOMPARE(m_entries->entry(first->constFirst(), &error)->seconds(), 3600);
        return;
    }
    QCOMPARE(ids->size(), 2);
    QCOMPARE(*m_entries->count(m_roadmapId, {}, &error), 2);
    QVERIFY(!m_entries->entry(first->constFirst(), &error).has_value());
    // Replacing an entry by id keeps its id (an edit, or its undo).
    TimeEntry edited = *m_entries->entry(ids->at(0), &error);
    edited.note = QStringLiteral("读了第三章, \"quoted\"");
    QVERIFY(m_entries->change(m_roadmapId, {}, {edited}, &error));
    QCOMPARE(*m_entries->entry(ids->at(0), &error), edited);
}

void TestEntryRepository::filtersPagesAndTotals()
{
    QList<TimeEntry> put;
    for (int day = 1; day <= 20; ++day)
        put.append(closed(utc(3, day, 19), 30 + day, day % 5 == 0 ? QStringLiteral("复习 Transformer") : QString(),
                          day % 2 ? QStringLiteral("1") : QStringLiteral("2")));
    QString error;
    QVERIFY2(m_entries->change(m_roadmapId, {}, put, &error), qPrintable(error));

    EntryRepository::Filter all;
    QCOMPARE(*m_entries->count(m_roadmapId, all, &error), 20);
    const QList<TimeEntry> page =
        *m_entries->entries(m_roadmapId, all, 5, 5, EntryRepository::Order::Descending, &error);
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.constFirst().start, utc(3, 15, 19)); // the 6th newest
    EntryRepository::Filter range;
    range.from = utc(3, 10, 0);
    range.to = utc(3, 12, 0);
    QCOMPARE(*m_entries->count(m_roadmapId, range, &error), 2);
    QCOMPARE(*m_entries->totalSeconds(m_roadmapId, range, &error), qint64(40 + 41) * 60);
    EntryRepository::Filter stage;
    stage.stageKey = QStringLiteral("2");
    QCOMPARE(*m_entries->count(m_roadmapId, stage, &error), 10);
    EntryRepository::Filter text;
    text.text = QStringLiteral("transformer");
    QCOMPARE(*m_entries->count(m_roadmapId, text, &error), 4);
    QCOMPARE(*m_entries->count(m_roadmapId + 1, all, &error), 0);
}

void TestEntryRepository::weeklyHoursPerStage()
{
    // Sunday 7 March 23:30 Berlin (22:30 UTC) belongs to the week of Monday 1 March; Monday 8 March
    // 00:30 Berlin (Sunday 23:30 UTC) to the week of 8 March: the entry's own offset decides.
    TimeEntry sunday = closed(utc(3, 7, 22, 30), 60);
    TimeEntry monday = closed(utc(3, 7, 23, 30), 30);
    TimeEntry other = closed(utc(3, 9, 18), 90, QString(), QStringLiteral("2"));
    QString error;
    QVERIFY2(m_entries->change(m_roadmapId, {}, {sunday, monday, other}, &error), qPrintable(error));
    const QList<QPair<QDate, double>> stage1 = *m_entries->weeklyHours(m_roadmapId, QStringLiteral("1"), &error);
    QCOMPARE(stage1, (QList<QPair<QDate, double>>{{QDate(2027, 3, 1), 1.0}, {QDate(2027, 3, 8), 0.5}}));
    const QList<QPair<QDate, double>> all = *m_entries->weeklyHours(m_roadmapId, QString(), &error);
    QCOMPARE(all, (QList<QPair<QDate, double>>{{QDate(2027, 3, 1), 1.0}, {QDate(2027, 3, 8), 2.0}}));
}

void TestEntryRepository::hoursPerStageAndItem()
{
    TimeEntry item = closed(utc(3, 1, 19), 90);
    item.itemKey = QStringLiteral("1.1.1");
    TimeEntry stageOnly = closed(utc(3, 2, 19), 30);
    TimeEntry other = closed(utc(3, 3, 19), 45, QString(), QStringLiteral("2"));
    QString error;
    QVERIFY2(m_entries->change(m_roadmapId, {}, {item, stageOnly, other}, &error), qPrintable(error));
    TimeEntry running;
    running.stageKey = QStringLiteral("1");
    running.itemKey = QStringLiteral("1.1.1");
    running.start = utc(3, 4, 19);
    QVERIFY2(m_entries->startTimer(m_roadmapId, running, &error), qPrintable(error)); // open: not counted yet

    const QHash<QString, double> stages = *m_entries->stageHours(m_roadmapId, &error);
    QCOMPARE(stages, (QHash<QString, double>{{QStringLiteral("1"), 2.0}, {QStringLiteral("2"), 0.75}}));
    const QHash<QString, double> items = *m_entries->itemHours(m_roadmapId, &error);
    QCOMPARE(items, (QHash<QString, double>{{QStringLiteral("1.1.1"), 1.5}}));
    QVERIFY(m_entries->stageHours(m_roadmapId + 1, &error)->isEmpty());
}

void TestEntryRepository::timerStoppedAtItsStartLeavesNothing()
{
    TimeEntry entry;
    entry.stageKey = QStringLiteral("1");
    entry.start = utc(3, 1, 19);
    QString error;
    const std::optional<TimeEntry> started = m_entries->startTimer(m_roadmapId, entry, &error);
    QVERIFY2(started, qPrintable(error));
    const std::optional<TimeEntry> stopped = m_entries->stopTimer(started->id, entry.start, &error);
    QVERIFY2(stopped, qPrintable(error));
    QCOMPARE(stopped->seconds(), 0);
    QCOMPARE(*m_entries->count(m_roadmapId, {}, &error), 0);
    QVERIFY(!m_entries->openTimer(&error).has_value());
    // One second is an entry.
    const std::optional<TimeEntry> again = m_entries->startTimer(m_roadmapId, entry, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(m_entries->stopTimer(again->id, entry.start.addSecs(1), &error)->seconds(), 1);
    QCOMPARE(*m_entries->count(m_roadmapId, {}, &error), 1);
}

void TestEntryRepository::killedMidTimerKeepsTheOpenEntry()
{
    m_entries.reset();
    m_roadmaps.reset();
    m_database.reset();
    QProcess child;
    child.start(QStringLiteral(TIMERCHILD_EXE), {m_path, QStringLiteral("timer")});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    while (out.count('\n') < 5 && child.waitForReadyRead(20000))
        out += child.readAllStandardOutput();
    QVERIFY2(out.count('\n') >= 5, child.readAllStandardError().constData());
    child.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(child.waitForFinished());
    out += child.readAllStandardOutput();
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const QDateTime lastReported = QDateTime::fromString(QString::fromLatin1(lines.last().mid(10)), Qt::ISODate);

    QVERIFY(reopen());
    QString error;
    const std::optional<EntryRepository::OpenTimer> open = m_entries->openTimer(&error);
    QVERIFY2(open, qPrintable(error));
    QCOMPARE(open->entry.note, QStringLiteral("killed mid-timer"));
    QVERIFY(open->heartbeat >= lastReported); // every reported heartbeat was committed
    QCOMPARE(RawConnection::scalar(m_database->connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    // The learner ends it at its last heartbeat.
    QVERIFY2(m_entries->stopTimer(open->entry.id, open->heartbeat, &error), qPrintable(error));
    QCOMPARE(*m_entries->totalSeconds(open->roadmapId, {}, &error), open->entry.start.secsTo(open->heartbeat));
}

void TestEntryRepository::killedMidBurstKeepsEveryCommittedEntry()
{
    m_entries.reset();
    m_roadmaps.reset();
    m_database.reset();
    QProcess child;
    child.start(QStringLiteral(TIMERCHILD_EXE), {m_path, QStringLiteral("burst")});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    while (out.count('\n') < 30 && child.waitForReadyRead(20000))
        out += child.readAllStandardOutput();
    child.kill();
    QVERIFY(child.waitForFinished());
    out += child.readAllStandardOutput();
    QList<qint64> committed;
    for (const QByteArray &line : out.trimmed().split('\n')) {
        if (line.startsWith("committed "))
            committed.append(line.mid(10).toLongLong());
    }
    QVERIFY(committed.size() >= 30);

    QVERIFY(reopen());
    QString error;
    for (const qint64 id : std::as_const(committed))
        QVERIFY2(m_entries->entry(id, &error).has_value(), qPrintable(QString::number(id)));
    QVERIFY(*m_entries->count(m_roadmapId, {}, &error) >= committed.size());
    QCOMPARE(RawConnection::scalar(m_database->connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestEntryRepository)
#include "tst_entryrepository.moc"
