// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasehelpers.h"
#include "exchange/icsimport.h"
#include "schedule/scheduler.h"
#include "storage/blockrepository.h"
#include "storage/busyrepository.h"
#include "storage/database.h"
#include "storage/roadmaprepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestDb;

// Study blocks, dropped items and imported busy time against a real SQLite file (schema 4).

namespace {

const QDateTime FixedNow(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC);
const QTimeZone Berlin("Europe/Berlin");

QDateTime berlin(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2027, month, day), QTime(hour, minute), Berlin);
}

StudyBlock block(const QDateTime &start, int minutes, const QString &stage = QStringLiteral("1"),
                 const QString &item = QString())
{
    StudyBlock b;
    b.start = start;
    b.end = start.addSecs(60 * minutes);
    b.stageKey = stage;
    b.itemKey = item;
    b.id = StudyBlock::makeId(start, stage);
    return b;
}

// What a block is, as instants: enough to compare stored and expected and to read a failure.
QString describe(const QList<StudyBlock> &blocks)
{
    static const char *const status[] = {"planned", "done", "skipped", "missed"};
    QStringList lines;
    for (const StudyBlock &b : blocks) {
        lines << QStringLiteral("%1 %2..%3 stage %4 item %5%6%7 %8")
                     .arg(b.id, b.start.toUTC().toString(Qt::ISODate), b.end.toUTC().toString(Qt::ISODate), b.stageKey,
                          b.itemKey.isEmpty() ? QStringLiteral("-") : b.itemKey,
                          b.pinned ? QStringLiteral(" pinned") : QString(),
                          b.catchUp ? QStringLiteral(" catch-up") : QString(), QLatin1String(status[int(b.status)]));
    }
    return lines.join(QLatin1Char('\n'));
}

BusyEvent busy(const QDateTime &start, int minutes, const QString &summary)
{
    BusyEvent e;
    e.start = start.toUTC();
    e.end = start.addSecs(60 * minutes).toUTC();
    e.summary = summary;
    return e;
}

} // namespace

class tst_BlockRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void rangeIsHalfOpen();
    void moveKeepsTheId();
    void replaceRangeWritesTheDifference();
    void refusedChangeStoresNothing_data();
    void refusedChangeStoresNothing();
    void droppedItems();
    void busyCalendarReplacedOnReimport();
    void busyEventsOverlappingARange();
    void refusedBusyImportKeepsTheOldEvents();

private:
    bool reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock{FixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RoadmapRepository> m_roadmaps;
    std::unique_ptr<BlockRepository> m_blocks;
    std::unique_ptr<BusyRepository> m_busy;
    int m_roadmapId = 0;
};

void tst_BlockRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("studyplanner.sqlite"));
    QVERIFY(reopen());
    QString error;
    m_roadmapId = m_roadmaps->ensureBuiltinGuide(&error);
    QVERIFY2(m_roadmapId > 0, qPrintable(error));
}

void tst_BlockRepository::cleanup()
{
    m_busy.reset();
    m_blocks.reset();
    m_roadmaps.reset();
    m_database.reset();
    m_dir.reset();
}

bool tst_BlockRepository::reopen()
{
    m_busy.reset();
    m_blocks.reset();
    m_roadmaps.reset();
    m_database = std::make_unique<Database>(m_clock);
    QString error;
    if (!m_database->open(m_path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_roadmaps = std::make_unique<RoadmapRepository>(*m_database, m_clock);
    m_blocks = std::make_unique<BlockRepository>(*m_database);
    m_busy = std::make_unique<BusyRepository>(*m_database);
    return true;
}

void tst_BlockRepository::roundTrip_data()
{
    QTest::addColumn<QList<StudyBlock>>("blocks");

    QTest::newRow("one planned block") << QList<StudyBlock>{block(berlin(3, 1, 19, 30), 60)};

    StudyBlock done = block(berlin(3, 2, 19, 30), 90, QStringLiteral("1"), QStringLiteral("1.1.1"));
    done.status = StudyBlock::Status::Done;
    StudyBlock pinned = block(berlin(3, 3, 20, 0), 45, QStringLiteral("2"), QStringLiteral("2.1.1"));
    pinned.pinned = true;
    StudyBlock catchUp = block(berlin(3, 6, 9, 0), 30);
    catchUp.pinned = true;
    catchUp.catchUp = true;
    StudyBlock missed = block(berlin(3, 4, 19, 30), 25);
    missed.status = StudyBlock::Status::Missed;
    StudyBlock skipped = block(berlin(3, 5, 19, 30), 25);
    skipped.status = StudyBlock::Status::Skipped;
    QTest::newRow("every status and flag") << QList<StudyBlock>{done, pinned, missed, skipped, catchUp};

    // 2027-03-28 is Berlin's change to summer time: 01:30 local is 00:30 UTC, 03:30 is 01:30 UTC.
    QTest::newRow("across the summer time change") << QList<StudyBlock>{block(berlin(3, 28, 1, 30), 120)};
}

void tst_BlockRepository::roundTrip()
{
    QFETCH(QList<StudyBlock>, blocks);
    QSignalSpy changed(m_blocks.get(), &BlockRepository::blocksChanged);
    QString error;
    QVERIFY2(m_blocks->update(m_roadmapId, {}, blocks, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QVERIFY(reopen());

    std::optional<QList<StudyBlock>> loaded = m_blocks->blocks(m_roadmapId, {}, {}, &error);
    QVERIFY2(loaded, qPrintable(error));
    QList<StudyBlock> expected = blocks;
    std::sort(expected.begin(), expected.end(),
              [](const StudyBlock &a, const StudyBlock &b) { return a.start < b.start; });
    QCOMPARE(describe(*loaded), describe(expected));
    for (const StudyBlock &b : std::as_const(*loaded)) {
        QCOMPARE(b.start.timeSpec(), Qt::TimeZone); // read back as UTC instants
        QCOMPARE(b.minutes(), b.start.secsTo(b.end) / 60);
        QCOMPARE(describe({*m_blocks->block(m_roadmapId, b.id, &error)}), describe({b}));
    }

    // Writing the same blocks again changes nothing and says nothing.
    QSignalSpy again(m_blocks.get(), &BlockRepository::blocksChanged);
    QVERIFY2(m_blocks->update(m_roadmapId, {}, blocks, &error), qPrintable(error));
    QCOMPARE(again.count(), 0);
}

void tst_BlockRepository::rangeIsHalfOpen()
{
    const QList<StudyBlock> blocks = {block(berlin(3, 1, 0, 0), 30), block(berlin(3, 7, 23, 30), 30),
                                      block(berlin(3, 8, 0, 0), 30)};
    QString error;
    QVERIFY2(m_blocks->update(m_roadmapId, {}, blocks, &error), qPrintable(error));
    const std::optional<QList<StudyBlock>> week =
        m_blocks->blocks(m_roadmapId, berlin(3, 1, 0), berlin(3, 8, 0), &error);
    QVERIFY2(week, qPrintable(error));
    QCOMPARE(describe(*week), describe(blocks.mid(0, 2)));
    QCOMPARE(m_blocks->blocks(m_roadmapId, berlin(3, 8, 0), {}, &error)->size(), 1);
    QCOMPARE(m_blocks->blocks(m_roadmapId, {}, berlin(3, 1, 0), &error)->size(), 0);
    QCOMPARE(m_blocks->blocks(m_roadmapId + 1, {}, {}, &error)->size(), 0);
}

void tst_BlockRepository::moveKeepsTheId()
{
    const StudyBlock original = block(berlin(3, 1, 19, 30), 60, QStringLiteral("1"), QStringLiteral("1.1.1"));
    QString error;
    QVERIFY2(m_blocks->update(m_roadmapId, {}, {original}, &error), qPrintable(error));
    StudyBlock moved = original;
    moved.start = berlin(3, 3, 20, 0);
    moved.end = berlin(3, 3, 21, 15);
    moved.pinned = true;
    QVERIFY2(m_blocks->update(m_roadmapId, {original.id}, {moved}, &error), qPrintable(error));
    const QList<StudyBlock> stored = *m_blocks->blocks(m_roadmapId, {}, {}, &error);
    QCOMPARE(describe(stored), describe({moved}));
    QCOMPARE(stored.constFirst().id, original.id);

    // Removing it (what undoing its creation does) leaves nothing.
    QVERIFY2(m_blocks->update(m_roadmapId, {original.id}, {}, &error), qPrintable(error));
    QCOMPARE(m_blocks->blocks(m_roadmapId, {}, {}, &error)->size(), 0);
}

void tst_BlockRepository::replaceRangeWritesTheDifference()
{
    const StudyBlock a = block(berlin(3, 1, 19, 30), 60);
    const StudyBlock b = block(berlin(3, 2, 19, 30), 60);
    const StudyBlock outside = block(berlin(3, 9, 19, 30), 60);
    QString error;
    QVERIFY2(m_blocks->update(m_roadmapId, {}, {a, b, outside}, &error), qPrintable(error));

    const StudyBlock c = block(berlin(3, 4, 19, 30), 45);
    QSignalSpy changed(m_blocks.get(), &BlockRepository::blocksChanged);
    QVERIFY2(m_blocks->replaceRange(m_roadmapId, berlin(3, 1, 0), berlin(3, 8, 0), {a, c}, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(describe(*m_blocks->blocks(m_roadmapId, {}, {}, &error)), describe({a, c, outside}));

    QVERIFY2(m_blocks->replaceRange(m_roadmapId, berlin(3, 1, 0), berlin(3, 8, 0), {a, c}, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1); // the same week again: nothing written

    // A block outside the range is refused, and nothing changes.
    QVERIFY(!m_blocks->replaceRange(m_roadmapId, berlin(3, 1, 0), berlin(3, 8, 0), {a, outside}, &error));
    QVERIFY2(error.contains(outside.id), qPrintable(error));
    QCOMPARE(describe(*m_blocks->blocks(m_roadmapId, {}, {}, &error)), describe({a, c, outside}));
}

void tst_BlockRepository::refusedChangeStoresNothing_data()
{
    QTest::addColumn<QList<StudyBlock>>("blocks");
    QTest::addColumn<QString>("message");

    const StudyBlock good = block(berlin(3, 1, 19, 30), 60);
    StudyBlock reversed = block(berlin(3, 2, 19, 30), 60);
    std::swap(reversed.start, reversed.end);
    QTest::newRow("ends before it starts")
        << QList<StudyBlock>{good, reversed} << QStringLiteral("does not end after it starts");
    StudyBlock empty = block(berlin(3, 2, 19, 30), 0);
    QTest::newRow("no length") << QList<StudyBlock>{good, empty} << QStringLiteral("does not end after it starts");
    // The stage check runs inside the transaction, after the good block was written: the rollback
    // takes that one back too.
    QTest::newRow("unknown stage") << QList<StudyBlock>{good, block(berlin(3, 3, 19, 30), 60, QStringLiteral("9"))}
                                   << QStringLiteral("stage 9, which is not in the roadmap");
    StudyBlock noId = good;
    noId.id.clear();
    QTest::newRow("no id") << QList<StudyBlock>{noId} << QStringLiteral("no id");
}

void tst_BlockRepository::refusedChangeStoresNothing()
{
    QFETCH(QList<StudyBlock>, blocks);
    QFETCH(QString, message);
    const StudyBlock before = block(berlin(2, 1, 19, 30), 60);
    QString error;
    QVERIFY2(m_blocks->update(m_roadmapId, {}, {before}, &error), qPrintable(error));
    QSignalSpy changed(m_blocks.get(), &BlockRepository::blocksChanged);
    QVERIFY(!m_blocks->update(m_roadmapId, {before.id}, blocks, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(describe(*m_blocks->blocks(m_roadmapId, {}, {}, &error)), describe({before}));
}

void tst_BlockRepository::droppedItems()
{
    QString error;
    QCOMPARE(*m_blocks->droppedItems(m_roadmapId, &error), QStringList());
    QVERIFY2(m_blocks->setDroppedItems(m_roadmapId, {QStringLiteral("1.3.2"), QStringLiteral("1.1.1")}, &error),
             qPrintable(error));
    QVERIFY(reopen());
    QCOMPARE(*m_blocks->droppedItems(m_roadmapId, &error),
             QStringList({QStringLiteral("1.1.1"), QStringLiteral("1.3.2")}));
    // An item the roadmap does not have is refused (foreign key), and the stored list stays.
    QVERIFY(!m_blocks->setDroppedItems(m_roadmapId, {QStringLiteral("9.9.9")}, &error));
    QCOMPARE(m_blocks->droppedItems(m_roadmapId, &error)->size(), 2);
}

void tst_BlockRepository::busyCalendarReplacedOnReimport()
{
    const QString source = QStringLiteral("/home/learner/work.ics");
    QString error;
    QSignalSpy changed(m_busy.get(), &BusyRepository::busyChanged);
    const int first =
        m_busy->replaceCalendar(source, QStringLiteral("Work"), berlin(1, 1, 0), berlin(12, 31, 0), FixedNow,
                                {busy(berlin(3, 1, 9, 0), 480, QStringLiteral("Office")),
                                 busy(berlin(3, 2, 9, 0), 480, QStringLiteral("Office"))},
                                &error);
    QVERIFY2(first > 0, qPrintable(error));
    const int other = m_busy->replaceCalendar(QStringLiteral("/home/learner/family.ics"), QStringLiteral("家庭"),
                                              berlin(1, 1, 0), berlin(12, 31, 0), FixedNow,
                                              {busy(berlin(3, 6, 18, 0), 120, QStringLiteral("晚饭"))}, &error);
    QVERIFY2(other > 0, qPrintable(error));
    QCOMPARE(changed.count(), 2);

    // The same source again: its events are replaced, the other calendar's stay.
    const int again =
        m_busy->replaceCalendar(source, QStringLiteral("Work"), berlin(1, 1, 0), berlin(12, 31, 0), FixedNow,
                                {busy(berlin(3, 3, 9, 0), 240, QStringLiteral("Half day"))}, &error);
    QVERIFY2(again > 0, qPrintable(error));
    QVERIFY(reopen());
    const QList<BusyRepository::Calendar> calendars = *m_busy->calendars(&error);
    QCOMPARE(calendars.size(), 2);
    QCOMPARE(calendars.at(0).name, QStringLiteral("Work"));
    QCOMPARE(calendars.at(0).eventCount, 1);
    QCOMPARE(calendars.at(1).name, QStringLiteral("家庭"));
    QCOMPARE(calendars.at(1).eventCount, 1);
    const QList<BusyEvent> events = *m_busy->events(berlin(1, 1, 0), berlin(12, 31, 0), &error);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).summary, QStringLiteral("Half day"));
    QCOMPARE(events.at(0).start, berlin(3, 3, 9, 0));
    QCOMPARE(events.at(1).summary, QStringLiteral("晚饭"));

    QVERIFY2(m_busy->removeCalendar(calendars.at(1).id, &error), qPrintable(error));
    QCOMPARE(m_busy->events(berlin(1, 1, 0), berlin(12, 31, 0), &error)->size(), 1);
}

void tst_BlockRepository::busyEventsOverlappingARange()
{
    QString error;
    QVERIFY(m_busy->replaceCalendar(QStringLiteral("/a.ics"), QString(), berlin(1, 1, 0), berlin(12, 31, 0), FixedNow,
                                    {busy(berlin(3, 1, 9, 0), 60, QStringLiteral("before")),
                                     busy(berlin(3, 1, 9, 30), 60, QStringLiteral("across the start")),
                                     busy(berlin(3, 1, 11, 0), 60, QStringLiteral("inside")),
                                     busy(berlin(3, 1, 11, 30), 60, QStringLiteral("across the end")),
                                     busy(berlin(3, 1, 12, 0), 60, QStringLiteral("after"))},
                                    &error)
            > 0);
    const QList<BusyEvent> events = *m_busy->events(berlin(3, 1, 10, 0), berlin(3, 1, 12, 0), &error);
    QStringList summaries;
    for (const BusyEvent &e : events)
        summaries << e.summary;
    QCOMPARE(summaries, QStringList({QStringLiteral("across the start"), QStringLiteral("inside"),
                                     QStringLiteral("across the end")}));
}

void tst_BlockRepository::refusedBusyImportKeepsTheOldEvents()
{
    const QString source = QStringLiteral("/home/learner/work.ics");
    QString error;
    QVERIFY(m_busy->replaceCalendar(source, QStringLiteral("Work"), berlin(1, 1, 0), berlin(12, 31, 0), FixedNow,
                                    {busy(berlin(3, 1, 9, 0), 60, QStringLiteral("kept"))}, &error)
            > 0);
    BusyEvent reversed = busy(berlin(3, 2, 9, 0), 60, QStringLiteral("reversed"));
    std::swap(reversed.start, reversed.end);
    QSignalSpy changed(m_busy.get(), &BusyRepository::busyChanged);
    QCOMPARE(m_busy->replaceCalendar(source, QStringLiteral("Work"), berlin(1, 1, 0), berlin(12, 31, 0), FixedNow,
                                     {busy(berlin(3, 3, 9, 0), 60, QStringLiteral("new")), reversed}, &error),
             0);
    QVERIFY2(error.contains(QLatin1String("does not end after it starts")), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    const QList<BusyEvent> events = *m_busy->events(berlin(1, 1, 0), berlin(12, 31, 0), &error);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).summary, QStringLiteral("kept"));
}

QTEST_GUILESS_MAIN(tst_BlockRepository)
#include "tst_blockrepository.moc"
