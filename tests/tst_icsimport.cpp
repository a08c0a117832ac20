// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/icsimport.h"
#include "testconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString fixtures = QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/ics/");

QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    return t.toUTC();
}

IcsImport::Options options(const char *from, const char *to, int maxOccurrences = 100000)
{
    IcsImport::Options o;
    o.from = utc(from);
    o.to = utc(to);
    o.localZone = berlin();
    o.maxOccurrences = maxOccurrences;
    return o;
}

// "start/end" in UTC ISO form, " all-day" appended for all-day events.
QStringList render(const QList<BusyEvent> &events)
{
    QStringList out;
    for (const BusyEvent &e : events) {
        QString s = e.start.toUTC().toString(Qt::ISODate) + QLatin1Char('/') + e.end.toUTC().toString(Qt::ISODate);
        if (e.allDay)
            s += QStringLiteral(" all-day");
        out.append(s);
    }
    return out;
}

} // namespace

class TestIcsImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void occurrences_data();
    void occurrences();
    void summariesAndName();
    void skippedEventsWarn();
    void refusals_data();
    void refusals();
    void tooManyOccurrences();
    void oversizedFileRefusedUnread();
    void missingFile();
    void eventsOutsideWindowIgnored();
};

void TestIcsImport::occurrences_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("cancelled");
    QTest::addColumn<int>("free");
    QTest::addColumn<QStringList>("warnings"); // each must be a substring of one warning, in order

    // VTIMEZONE in the file (an Outlook name, a zone known only from its VTIMEZONE), IANA TZID
    // without VTIMEZONE, DURATION, UTC, floating (Berlin here).
    QTest::newRow("time zones") << QStringLiteral("timezones.ics") << QStringLiteral("2026-03-01T00:00:00Z")
                                << QStringLiteral("2026-08-01T00:00:00Z")
                                << QStringList{
                                       QStringLiteral("2026-03-10T06:30:00Z/2026-03-10T07:30:00Z"),
                                       QStringLiteral("2026-03-10T08:00:00Z/2026-03-10T09:30:00Z"),
                                       QStringLiteral("2026-03-10T12:00:00Z/2026-03-10T13:30:00Z"),
                                       QStringLiteral("2026-03-10T13:00:00Z/2026-03-10T14:00:00Z"),
                                       QStringLiteral("2026-03-11T12:00:00Z/2026-03-11T13:00:00Z"),
                                       QStringLiteral("2026-03-11T17:00:00Z/2026-03-11T18:00:00Z"),
                                       QStringLiteral("2026-07-10T07:00:00Z/2026-07-10T08:30:00Z"),
                                   } << 0 << 0
                                << QStringList();
    // P1DT1H is one day of wall-clock time (23 real hours over the spring change) and one hour;
    // PT25H is exact. A date without end lasts one day; a date-time without end is an instant.
    QTest::newRow("durations") << QStringLiteral("durations.ics") << QStringLiteral("2026-03-01T00:00:00Z")
                               << QStringLiteral("2026-04-01T00:00:00Z")
                               << QStringList{
                                      QStringLiteral("2026-03-11T23:00:00Z/2026-03-12T23:00:00Z all-day"),
                                      QStringLiteral("2026-03-28T11:00:00Z/2026-03-29T11:00:00Z"),
                                      QStringLiteral("2026-03-28T11:00:00Z/2026-03-29T12:00:00Z"),
                                  } << 0 << 0
                               << QStringList{QStringLiteral("1 events have no end and take no time")};
    // Local midnight to local midnight in Berlin, the spring change included (Mar 29: 23 hours).
    QTest::newRow("all-day") << QStringLiteral("allday.ics") << QStringLiteral("2026-03-01T00:00:00Z")
                             << QStringLiteral("2026-04-01T00:00:00Z")
                             << QStringList{
                                    QStringLiteral("2026-03-01T23:00:00Z/2026-03-02T23:00:00Z all-day"),
                                    QStringLiteral("2026-03-08T23:00:00Z/2026-03-09T23:00:00Z all-day"),
                                    QStringLiteral("2026-03-12T23:00:00Z/2026-03-13T23:00:00Z all-day"),
                                    QStringLiteral("2026-03-26T23:00:00Z/2026-03-29T22:00:00Z all-day"),
                                } << 0 << 0
                             << QStringList();
    // DAILY COUNT, WEEKLY BYDAY UNTIL with an EXDATE, MONTHLY (two of three before the window),
    // RDATE date-times and a period, an override that moves one instance and a cancelled one, a
    // cancelled master and a transparent event.
    QTest::newRow("recurring") << QStringLiteral("recurring.ics") << QStringLiteral("2026-03-01T00:00:00Z")
                               << QStringLiteral("2026-04-01T00:00:00Z")
                               << QStringList{
                                      QStringLiteral("2026-03-02T06:00:00Z/2026-03-02T06:30:00Z"),
                                      QStringLiteral("2026-03-02T09:00:00Z/2026-03-02T10:00:00Z"),
                                      QStringLiteral("2026-03-03T06:00:00Z/2026-03-03T06:30:00Z"),
                                      QStringLiteral("2026-03-03T08:00:00Z/2026-03-03T08:30:00Z"),
                                      QStringLiteral("2026-03-04T06:00:00Z/2026-03-04T06:30:00Z"),
                                      QStringLiteral("2026-03-05T14:00:00Z/2026-03-05T15:00:00Z"),
                                      QStringLiteral("2026-03-06T14:00:00Z/2026-03-06T15:00:00Z"),
                                      QStringLiteral("2026-03-07T15:00:00Z/2026-03-07T16:00:00Z"),
                                      QStringLiteral("2026-03-08T08:00:00Z/2026-03-08T10:00:00Z"),
                                      QStringLiteral("2026-03-09T09:00:00Z/2026-03-09T10:00:00Z"),
                                      QStringLiteral("2026-03-10T13:00:00Z/2026-03-10T13:30:00Z"),
                                      QStringLiteral("2026-03-11T09:00:00Z/2026-03-11T10:00:00Z"),
                                      QStringLiteral("2026-03-15T12:00:00Z/2026-03-15T13:00:00Z"),
                                      QStringLiteral("2026-03-16T09:00:00Z/2026-03-16T10:00:00Z"),
                                      QStringLiteral("2026-03-18T09:00:00Z/2026-03-18T10:00:00Z"),
                                      QStringLiteral("2026-03-24T08:00:00Z/2026-03-24T08:30:00Z"),
                                  } << 2 << 1
                               << QStringList();
    // Wall-clock times kept across the changes: Berlin spring (Mar 29), New York spring (Mar 8),
    // Berlin autumn (Oct 25).
    QTest::newRow("summer time") << QStringLiteral("dst.ics") << QStringLiteral("2026-03-01T00:00:00Z")
                                 << QStringLiteral("2026-11-01T00:00:00Z")
                                 << QStringList{
                                        QStringLiteral("2026-03-02T14:00:00Z/2026-03-02T15:00:00Z"),
                                        QStringLiteral("2026-03-09T13:00:00Z/2026-03-09T14:00:00Z"),
                                        QStringLiteral("2026-03-16T13:00:00Z/2026-03-16T14:00:00Z"),
                                        QStringLiteral("2026-03-19T17:00:00Z/2026-03-19T18:00:00Z"),
                                        QStringLiteral("2026-03-26T17:00:00Z/2026-03-26T18:00:00Z"),
                                        QStringLiteral("2026-04-02T16:00:00Z/2026-04-02T17:00:00Z"),
                                        QStringLiteral("2026-10-24T07:00:00Z/2026-10-24T08:00:00Z"),
                                        QStringLiteral("2026-10-25T08:00:00Z/2026-10-25T09:00:00Z"),
                                        QStringLiteral("2026-10-26T08:00:00Z/2026-10-26T09:00:00Z"),
                                    } << 0 << 0
                                 << QStringList();
    // A window cutting the series: only what overlaps it.
    QTest::newRow("window cuts") << QStringLiteral("dst.ics") << QStringLiteral("2026-03-09T13:30:00Z")
                                 << QStringLiteral("2026-03-26T17:00:00Z")
                                 << QStringList{
                                        QStringLiteral("2026-03-09T13:00:00Z/2026-03-09T14:00:00Z"),
                                        QStringLiteral("2026-03-16T13:00:00Z/2026-03-16T14:00:00Z"),
                                        QStringLiteral("2026-03-19T17:00:00Z/2026-03-19T18:00:00Z"),
                                    } << 0 << 0
                                 << QStringList();
    // No COUNT or UNTIL: expanded up to the end of the window, with a warning.
    QTest::newRow("unbounded") << QStringLiteral("unbounded.ics") << QStringLiteral("2026-03-01T00:00:00Z")
                               << QStringLiteral("2026-03-04T00:00:00Z")
                               << QStringList{
                                      QStringLiteral("2026-03-01T08:00:00Z/2026-03-01T09:00:00Z"),
                                      QStringLiteral("2026-03-02T08:00:00Z/2026-03-02T09:00:00Z"),
                                      QStringLiteral("2026-03-03T08:00:00Z/2026-03-03T09:00:00Z"),
                                  } << 0 << 0
                               << QStringList{QStringLiteral("1 recurring events never end: taken until 2026-03-04")};
    // Years of a frequent rule before the window are skipped, not stepped through.
    QTest::newRow("half-hourly since 2020")
        << QStringLiteral("minutely.ics") << QStringLiteral("2026-03-02T00:00:00Z")
        << QStringLiteral("2026-03-02T02:00:00Z")
        << QStringList{
               QStringLiteral("2026-03-02T00:00:00Z/2026-03-02T00:01:00Z"),
               QStringLiteral("2026-03-02T00:30:00Z/2026-03-02T00:31:00Z"),
               QStringLiteral("2026-03-02T01:00:00Z/2026-03-02T01:01:00Z"),
               QStringLiteral("2026-03-02T01:30:00Z/2026-03-02T01:31:00Z"),
           } << 0 << 0
        << QStringList{QStringLiteral("1 recurring events never end: taken until 2026-03-02")};
}

void TestIcsImport::occurrences()
{
    QFETCH(QString, fixture);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    QFETCH(int, cancelled);
    QFETCH(int, free);
    QFETCH(QStringList, warnings);

    IcsImport::Options o = options(qPrintable(from), qPrintable(to));
    QString error;
    const std::optional<IcsImport::Result> result = IcsImport::readFile(fixtures + fixture, o, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(render(result->events).join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
    for (const BusyEvent &e : result->events) {
        QCOMPARE(e.start.timeSpec(), Qt::UTC);
        QCOMPARE(e.end.timeSpec(), Qt::UTC);
    }
    QCOMPARE(result->skippedCancelled, cancelled);
    QCOMPARE(result->skippedFree, free);
    QCOMPARE(result->warnings.size(), warnings.size());
    for (int i = 0; i < warnings.size(); ++i)
        QVERIFY2(result->warnings[i].contains(warnings[i]), qPrintable(result->warnings[i]));
}

void TestIcsImport::summariesAndName()
{
    QString error;
    const auto result = IcsImport::readFile(fixtures + QStringLiteral("timezones.ics"),
                                            options("2026-03-10T12:00:00Z", "2026-03-10T12:30:00Z"), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->calendarName, QStringLiteral("Work, shared"));
    QCOMPARE(result->events.size(), 1);
    QCOMPARE(result->events[0].summary, QStringLiteral("上海 晚课"));
    QVERIFY(!result->events[0].allDay);

    const auto moved = IcsImport::readFile(fixtures + QStringLiteral("recurring.ics"),
                                           options("2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z"), &error);
    QVERIFY2(moved, qPrintable(error));
    QCOMPARE(moved->events.size(), 1);
    QCOMPARE(moved->events[0].summary, QStringLiteral("Standup (moved)"));
    QVERIFY(moved->calendarName.isEmpty());
}

// Broken events are skipped, each with a warning naming its line; the good one is kept.
void TestIcsImport::skippedEventsWarn()
{
    QString error;
    const auto result = IcsImport::readFile(fixtures + QStringLiteral("broken_events.ics"),
                                            options("2026-03-01T00:00:00Z", "2027-04-01T00:00:00Z"), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(render(result->events), QStringList{QStringLiteral("2026-03-05T14:00:00Z/2026-03-05T15:00:00Z")});
    const QStringList expected{
        QStringLiteral("line 11: event “No start” skipped: it has no start (DTSTART)"),
        QStringLiteral("line 17: event “Backwards” skipped: it ends (DTEND) before it starts (DTSTART)"),
        QStringLiteral("line 24: event “February 30” skipped: 20270230 is not a valid date or time"),
        QStringLiteral("line 30: event “Unknown zone” skipped: unknown time zone “Mars/Olympus_Mons”"),
        QStringLiteral("line 37: event “Bad rule” skipped: libical could not read it (Can't parse as RECUR value in "
                       "RRULE property. Removing entire property: FREQ=FORTNIGHTLY)"),
    };
    QCOMPARE(result->warnings, expected);
}

void TestIcsImport::refusals_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message"); // a part of the error

    QTest::newRow("not iCalendar") << QStringLiteral("not_ical.ics")
                                   << QStringLiteral("not_ical.ics: This is not an iCalendar file: it has no "
                                                     "BEGIN:VCALENDAR.");
    QTest::newRow("empty") << QStringLiteral("empty.ics") << QStringLiteral("empty.ics: The file is empty.");
    QTest::newRow("truncated") << QStringLiteral("truncated.ics")
                               << QStringLiteral("truncated.ics: The iCalendar data is incomplete or damaged");
    QTest::newRow("all events broken")
        << QStringLiteral("all_broken.ics")
        << QStringLiteral("all_broken.ics: No event of the file could be read; the first problem: line 4: event "
                          "“No start” skipped: it has no start (DTSTART)");
    QTest::newRow("every second, no end")
        << QStringLiteral("secondly.ics")
        << QStringLiteral("secondly.ics: line 4: event “Every second” makes more than 100000 occurrences between "
                          "2026-03-01T00:00:00Z and 2026-03-08T00:00:00Z in all: refused");
    QTest::newRow("every second since 2020")
        << QStringLiteral("secondly_count.ics")
        << QStringLiteral("secondly_count.ics: line 4: event “Every second since 2020” repeats too often "
                          "(RRULE:FREQ=SECONDLY;COUNT=1000000000): more than 1000000 repetitions to expand; refused");
}

void TestIcsImport::refusals()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    QString error;
    const auto result =
        IcsImport::readFile(fixtures + fixture, options("2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z"), &error);
    QVERIFY(!result);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestIcsImport::tooManyOccurrences()
{
    QString error;
    QVERIFY(IcsImport::readFile(fixtures + QStringLiteral("recurring.ics"),
                                options("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 16), &error));
    const auto result = IcsImport::readFile(fixtures + QStringLiteral("recurring.ics"),
                                            options("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 15), &error);
    QVERIFY(!result);
    QVERIFY2(error.contains(QStringLiteral("makes more than 15 occurrences")), qPrintable(error));

    const auto empty = IcsImport::readFile(fixtures + QStringLiteral("recurring.ics"),
                                           options("2026-04-01T00:00:00Z", "2026-03-01T00:00:00Z"), &error);
    QVERIFY(!empty);
    QVERIFY2(error.contains(QStringLiteral("The import period is empty or invalid.")), qPrintable(error));
}

// A file over the limit is refused from its size: its content (all NUL bytes here, which would be
// refused as binary data if read) is never looked at.
void TestIcsImport::oversizedFileRefusedUnread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(IcsImport::MaxFileBytes + 1)); // sparse: no data written
    file.close();
    QString error;
    const auto result = IcsImport::readFile(path, options("2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z"), &error);
    QVERIFY(!result);
    QVERIFY2(error.contains(QStringLiteral("files over 50 MB are refused")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("huge.ics")), qPrintable(error));

    // Exactly at the limit it is read, and then refused for what it holds.
    QVERIFY(file.resize(IcsImport::MaxFileBytes));
    QVERIFY(!IcsImport::readFile(path, options("2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z"), &error));
    QVERIFY2(error.contains(QStringLiteral("binary data")), qPrintable(error));
}

void TestIcsImport::missingFile()
{
    QString error;
    QVERIFY(!IcsImport::readFile(fixtures + QStringLiteral("no-such.ics"),
                                 options("2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z"), &error));
    QVERIFY2(error.contains(QStringLiteral("no-such.ics: no such file")), qPrintable(error));
}

void TestIcsImport::eventsOutsideWindowIgnored()
{
    QString error;
    const auto result =
        IcsImport::parse(QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                                           "DTSTART:20250101T100000Z\r\nDTEND:20250101T110000Z\r\nEND:VEVENT\r\n"
                                           "END:VCALENDAR\r\n"),
                         options("2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z"), &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(result->events.isEmpty());
    QVERIFY(result->warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestIcsImport)
#include "tst_icsimport.moc"
