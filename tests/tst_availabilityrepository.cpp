// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasehelpers.h"
#include "schedule/availability.h"
#include "storage/availabilityrepository.h"
#include "storage/database.h"
#include "storage/roadmaprepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestDb;

namespace {

const QDateTime FixedNow(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC);

Availability parsed(const QString &text, const Availability &base = Availability())
{
    QString error;
    const std::optional<Availability> availability = AvailabilityText::parse(text, &error, base);
    if (!availability)
        qFatal("test text does not parse: %s", qPrintable(error));
    return *availability;
}

Availability withRules(const QString &text, int minBlock, int maxBlock, int breakMinutes, int maxPerDay)
{
    Availability base;
    base.minBlockMinutes = minBlock;
    base.maxBlockMinutes = maxBlock;
    base.breakMinutes = breakMinutes;
    base.maxMinutesPerDay = maxPerDay;
    return parsed(text, base);
}

// What is stored of an availability, enough to compare two and to read a failure message.
QString describe(const Availability &a)
{
    QStringList exceptions;
    for (const DateException &e : a.exceptions) {
        exceptions.append(
            e.date.toString(Qt::ISODate)
            + (e.dayOff ? QStringLiteral(" off") : QLatin1Char(' ') + AvailabilityText::formatWindows(e.extra)));
    }
    return QStringLiteral("“%1” blocks %2-%3 min, break %4 min, at most %5 min a day, %6 exceptions%7")
        .arg(AvailabilityText::format(a))
        .arg(a.minBlockMinutes)
        .arg(a.maxBlockMinutes)
        .arg(a.breakMinutes)
        .arg(a.maxMinutesPerDay)
        .arg(a.exceptions.size())
        .arg(exceptions.isEmpty() ? QString() : QStringLiteral(": ") + exceptions.join(QStringLiteral("; ")));
}

} // namespace

Q_DECLARE_METATYPE(Availability)

class tst_AvailabilityRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void noneStoredYet();
    void roundTrip_data();
    void roundTrip();
    void survivesReopen();
    void unchangedSaveEmitsNothing();
    void refusedAvailabilityStoresNothing_data();
    void refusedAvailabilityStoresNothing();
    void readOnlyDatabaseRefuses();

private:
    bool reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock{FixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RoadmapRepository> m_roadmaps;
    std::unique_ptr<AvailabilityRepository> m_availability;
    int m_roadmapId = 0;
};

void tst_AvailabilityRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("studyplanner.sqlite"));
    QVERIFY(reopen());
    QString error;
    m_roadmapId = m_roadmaps->ensureBuiltinGuide(&error);
    QVERIFY2(m_roadmapId > 0, qPrintable(error));
}

void tst_AvailabilityRepository::cleanup()
{
    m_availability.reset();
    m_roadmaps.reset();
    m_database.reset();
    m_dir.reset();
}

// Closes the file and opens it again with a fresh Database and repositories, as a restart would.
bool tst_AvailabilityRepository::reopen()
{
    m_availability.reset();
    m_roadmaps.reset();
    m_database = std::make_unique<Database>(m_clock);
    QString error;
    if (!m_database->open(m_path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_roadmaps = std::make_unique<RoadmapRepository>(*m_database, m_clock);
    m_availability = std::make_unique<AvailabilityRepository>(*m_database);
    return true;
}

void tst_AvailabilityRepository::noneStoredYet()
{
    QString error = QStringLiteral("left over");
    QVERIFY(!m_availability->load(m_roadmapId, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = QStringLiteral("left over");
    QVERIFY(!m_availability->load(m_roadmapId + 100, &error)); // no such roadmap: nothing either
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_AvailabilityRepository::roundTrip_data()
{
    QTest::addColumn<Availability>("availability");
    QTest::addColumn<QString>("expected"); // describe() of what load() gives back

    QTest::newRow("evenings and saturday, default rules")
        << parsed(QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00"))
        << QStringLiteral("“mon-fri 19:30-21:30, sat 09:00-12:00” blocks 25-90 min, break 10 min, at most 180 min "
                          "a day, 0 exceptions");
    QTest::newRow("chinese days, two windows, until midnight, own rules")
        << withRules(QStringLiteral("周一 06:00-07:00 22:00-24:00, 周日 off"), 15, 45, 0, 120)
        << QStringLiteral("“mon 06:00-07:00 22:00-24:00” blocks 15-45 min, break 0 min, at most 120 min a day, 0 "
                          "exceptions");
    QTest::newRow("no window at all") << withRules(QString(), 30, 30, 5, 60)
                                      << QStringLiteral(
                                             "“” blocks 30-30 min, break 5 min, at most 60 min a day, 0 exceptions");

    // Date exceptions (schema 4): kept in date order; two of one date merge, a day off winning.
    Availability withException = parsed(QStringLiteral("sat-sun 10:00-12:00"));
    DateException dayOff;
    dayOff.date = QDate(2027, 2, 6);
    dayOff.dayOff = true;
    DateException extra;
    extra.date = QDate(2027, 1, 27);
    extra.extra = {{QTime(14, 0), QTime(16, 0)}, {QTime(9, 0), QTime(10, 30)}};
    withException.exceptions = {dayOff, extra};
    QTest::newRow("a day off and an extra day")
        << withException
        << QStringLiteral("“sat-sun 10:00-12:00” blocks 25-90 min, break 10 min, at most 180 min a day, 2 exceptions: "
                          "2027-01-27 09:00-10:30 14:00-16:00; 2027-02-06 off");
    Availability sameDate = parsed(QStringLiteral("mon 19:00-20:00"));
    DateException morning;
    morning.date = QDate(2027, 3, 1);
    morning.extra = {{QTime(8, 0), QTime(9, 0)}};
    DateException evening = morning;
    evening.extra = {{QTime(8, 30), QTime(10, 0)}, {QTime(21, 0), QTime(23, 59, 59, 999)}};
    DateException off = morning;
    off.dayOff = true;
    off.extra.clear();
    sameDate.exceptions = {morning, evening};
    QTest::newRow("two exceptions of one date merge")
        << sameDate
        << QStringLiteral("“mon 19:00-20:00” blocks 25-90 min, break 10 min, at most 180 min a day, 1 exceptions: "
                          "2027-03-01 08:00-10:00 21:00-24:00");
    sameDate.exceptions.append(off);
    QTest::newRow("a day off wins over windows of its date")
        << sameDate
        << QStringLiteral("“mon 19:00-20:00” blocks 25-90 min, break 10 min, at most 180 min a day, 1 exceptions: "
                          "2027-03-01 off");
}

void tst_AvailabilityRepository::roundTrip()
{
    QFETCH(Availability, availability);
    QFETCH(QString, expected);

    QSignalSpy changed(m_availability.get(), &AvailabilityRepository::availabilityChanged);
    QString error;
    QVERIFY2(m_availability->save(m_roadmapId, availability, &error), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), m_roadmapId);

    const std::optional<Availability> loaded = m_availability->load(m_roadmapId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(describe(*loaded), expected);
    for (int day = 0; day < 7; ++day)
        QCOMPARE(loaded->weekly[day], parsed(AvailabilityText::format(availability)).weekly[day]);
    QCOMPARE(rowCount(m_database->connection(), QStringLiteral("availability")), 1);
}

void tst_AvailabilityRepository::survivesReopen()
{
    const Availability availability = withRules(QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00"), 20, 60, 5, 150);
    QString error;
    QVERIFY2(m_availability->save(m_roadmapId, availability, &error), qPrintable(error));
    QVERIFY(reopen());
    const std::optional<Availability> loaded = m_availability->load(m_roadmapId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(describe(*loaded), describe(availability));
    QCOMPARE(loaded->weeklyHours(), 13.0);
    QCOMPARE(loaded->placeableWeeklyHours(), availability.placeableWeeklyHours());

    // A second save replaces the first.
    const Availability edited = withRules(QStringLiteral("sun 08:00-10:00"), 20, 60, 5, 150);
    QVERIFY2(m_availability->save(m_roadmapId, edited, &error), qPrintable(error));
    QVERIFY(reopen());
    QCOMPARE(describe(*m_availability->load(m_roadmapId, &error)), describe(edited));
    QCOMPARE(rowCount(m_database->connection(), QStringLiteral("availability")), 1);
}

void tst_AvailabilityRepository::unchangedSaveEmitsNothing()
{
    const Availability availability = parsed(QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00"));
    QSignalSpy changed(m_availability.get(), &AvailabilityRepository::availabilityChanged);
    QString error;
    QVERIFY2(m_availability->save(m_roadmapId, availability, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);

    // Another connection sees every commit as a new data_version; an unchanged save makes none.
    RawConnection observer(m_path, true);
    QVERIFY(observer.isOpen());
    const int versionBefore = observer.scalar(QStringLiteral("PRAGMA data_version")).toInt();

    // The same template written differently is the same availability.
    QVERIFY2(m_availability->save(m_roadmapId,
                                  parsed(QStringLiteral("mon-fri 19:30-20:30 20:30-21:30, sat 09:00-12:00")), &error),
             qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(observer.scalar(QStringLiteral("PRAGMA data_version")).toInt(), versionBefore);

    // The check itself works: a change of a block rule alone is seen.
    Availability longerBreak = availability;
    longerBreak.breakMinutes = 15;
    QVERIFY2(m_availability->save(m_roadmapId, longerBreak, &error), qPrintable(error));
    QCOMPARE(changed.count(), 2);
    QVERIFY(observer.scalar(QStringLiteral("PRAGMA data_version")).toInt() != versionBefore);
}

void tst_AvailabilityRepository::refusedAvailabilityStoresNothing_data()
{
    QTest::addColumn<Availability>("availability");
    QTest::addColumn<int>("roadmapOffset"); // added to the guide's id
    QTest::addColumn<QString>("message");

    const Availability good = parsed(QStringLiteral("mon-fri 19:30-21:30"));
    Availability reversed = good;
    reversed.weekly[2].append({QTime(21, 0), QTime(20, 0)});
    QTest::newRow("window ends before it starts") << reversed << 0 << QStringLiteral("does not end after it starts");
    Availability invalidTime = good;
    invalidTime.weekly[5].append({QTime(), QTime(10, 0)});
    QTest::newRow("window without a start") << invalidTime << 0 << QStringLiteral("does not end after it starts");
    Availability zeroBlock = good;
    zeroBlock.minBlockMinutes = 0;
    QTest::newRow("shortest block 0 min") << zeroBlock << 0 << QStringLiteral("shortest block");
    Availability maxBelowMin = good;
    maxBelowMin.minBlockMinutes = 60;
    maxBelowMin.maxBlockMinutes = 45;
    QTest::newRow("longest block below shortest") << maxBelowMin << 0 << QStringLiteral("(45 min)");
    Availability negativeBreak = good;
    negativeBreak.breakMinutes = -5;
    QTest::newRow("negative break") << negativeBreak << 0 << QStringLiteral("break");
    Availability noDay = good;
    noDay.maxMinutesPerDay = 0;
    QTest::newRow("daily maximum 0") << noDay << 0 << QStringLiteral("daily maximum");
    QTest::newRow("no such roadmap") << good << 100 << QStringLiteral("no roadmap");
}

void tst_AvailabilityRepository::refusedAvailabilityStoresNothing()
{
    QFETCH(Availability, availability);
    QFETCH(int, roadmapOffset);
    QFETCH(QString, message);

    QSignalSpy changed(m_availability.get(), &AvailabilityRepository::availabilityChanged);
    QString error;
    QVERIFY(!m_availability->save(m_roadmapId + roadmapOffset, availability, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("not saved")), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rowCount(m_database->connection(), QStringLiteral("availability")), 0);
    QVERIFY(reopen());
    QVERIFY(!m_availability->load(m_roadmapId + roadmapOffset, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_AvailabilityRepository::readOnlyDatabaseRefuses()
{
    const Availability availability = parsed(QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00"));
    QString error;
    QVERIFY2(m_availability->save(m_roadmapId, availability, &error), qPrintable(error));
    m_availability.reset();
    m_roadmaps.reset();
    m_database.reset();
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
    }
    QVERIFY(reopen());
    QVERIFY(m_database->isReadOnly());
    QSignalSpy changed(m_availability.get(), &AvailabilityRepository::availabilityChanged);

    std::optional<Availability> loaded = m_availability->load(m_roadmapId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(describe(*loaded), describe(availability));

    const Availability edited = parsed(QStringLiteral("sat-sun 09:00-12:00"));
    QVERIFY(!m_availability->save(m_roadmapId, edited, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    loaded = m_availability->load(m_roadmapId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(describe(*loaded), describe(availability));
}

QTEST_GUILESS_MAIN(tst_AvailabilityRepository)
#include "tst_availabilityrepository.moc"
