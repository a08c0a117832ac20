// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/availability.h"

#include <QRegularExpression>
#include <QTest>

namespace {

// A day's windows as "HH:mm-HH:mm HH:mm-HH:mm", written independently of AvailabilityText::format.
QString render(const QList<TimeWindow> &windows)
{
    QStringList parts;
    for (const TimeWindow &w : windows) {
        const QString end =
            w.end == QTime(23, 59, 59, 999) ? QStringLiteral("24:00") : w.end.toString(QStringLiteral("HH:mm"));
        parts.append(w.start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + end);
    }
    return parts.join(QLatin1Char(' '));
}

QStringList renderWeek(const Availability &a)
{
    QStringList days;
    for (const QList<TimeWindow> &day : a.weekly) {
        days.append(render(day));
    }
    return days;
}

Availability parsed(const QString &text)
{
    QString error;
    const std::optional<Availability> a = AvailabilityText::parse(text, &error);
    if (!a) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return *a;
}

TimeWindow window(int h1, int m1, int h2, int m2)
{
    return {QTime(h1, m1), h2 == 24 ? QTime(23, 59, 59, 999) : QTime(h2, m2)};
}

// Week days: mon, tue, wed, thu, fri, sat, sun.
QStringList week(const QString &mon, const QString &tue, const QString &wed, const QString &thu, const QString &fri,
                 const QString &sat, const QString &sun)
{
    return {mon, tue, wed, thu, fri, sat, sun};
}

} // namespace

class TestAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void windowMinutes_data();
    void windowMinutes();
    void parseValid_data();
    void parseValid();
    void parseKeepsOtherFields();
    void parseEndOfDay();
    void parseRefused_data();
    void parseRefused();
    void format_data();
    void format();
    void formatRoundTripOfHandMadeTemplate();
    void windowsOn_data();
    void windowsOn();
    void weeklyHours_data();
    void weeklyHours();
    void placeableWeeklyHours_data();
    void placeableWeeklyHours();
    void proposal_data();
    void proposal();
    void proposalAcrossTargets();
};

void TestAvailability::init()
{
    // parsed() warns when a text meant to be valid is refused.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestAvailability::windowMinutes_data()
{
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<int>("minutes");

    QTest::newRow("two hours") << QTime(19, 30) << QTime(21, 30) << 120;
    QTest::newRow("ends at 24:00") << QTime(22, 0) << QTime(23, 59, 59, 999) << 120;
    QTest::newRow("whole day") << QTime(0, 0) << QTime(23, 59, 59, 999) << 1440;
    QTest::newRow("empty") << QTime(10, 0) << QTime(10, 0) << 0;
    QTest::newRow("reversed") << QTime(11, 0) << QTime(10, 0) << 0;
    QTest::newRow("invalid") << QTime() << QTime(10, 0) << 0;
}

void TestAvailability::windowMinutes()
{
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(int, minutes);
    QCOMPARE((TimeWindow{start, end}.minutes()), minutes);
}

void TestAvailability::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString evening = QStringLiteral("19:30-21:30");
    const QString none;
    QTest::newRow("header example") << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00 14:00-16:00, sun off")
                                    << week(evening, evening, evening, evening, evening,
                                            QStringLiteral("09:00-12:00 14:00-16:00"), none);
    QTest::newRow("single day") << QStringLiteral("wed 07:00-08:00")
                                << week(none, none, QStringLiteral("07:00-08:00"), none, none, none, none);
    QTest::newRow("range") << QStringLiteral("tue-thu 07:00-08:00")
                           << week(none, QStringLiteral("07:00-08:00"), QStringLiteral("07:00-08:00"),
                                   QStringLiteral("07:00-08:00"), none, none, none);
    const QString early = QStringLiteral("08:00-09:00");
    QTest::newRow("wrapping range fri-mon")
        << QStringLiteral("fri-mon 08:00-09:00") << week(early, none, none, none, early, early, early);
    QTest::newRow("one-day range") << QStringLiteral("sat-sat 08:00-09:00")
                                   << week(none, none, none, none, none, early, none);
    QTest::newRow("full English names") << QStringLiteral("monday-wednesday 08:00-09:00, sunday 08:00-09:00")
                                        << week(early, early, early, none, none, none, early);
    QTest::newRow("uppercase") << QStringLiteral("MON-FRI 19:30-21:30, Saturday 08:00-09:00, SUN OFF")
                               << week(evening, evening, evening, evening, evening, early, none);
    QTest::newRow("Chinese 周 names") << QStringLiteral("周一-周五 19:30-21:30, 周六 08:00-09:00")
                                      << week(evening, evening, evening, evening, evening, early, none);
    QTest::newRow("Chinese 星期 names") << QStringLiteral("星期六-星期日 08:00-09:00, 星期三 19:30-21:30")
                                        << week(none, none, evening, none, none, early, early);
    QTest::newRow("Chinese 周天 and 星期天")
        << QStringLiteral("周天 08:00-09:00, 星期天 19:30-21:30")
        << week(none, none, none, none, none, none, QStringLiteral("08:00-09:00 19:30-21:30"));
    QTest::newRow("full-width comma and en dash") << QStringLiteral("mon\u2013tue 19:30-21:30\uFF0Csat 08:00-09:00")
                                                  << week(evening, evening, none, none, none, early, none);
    QTest::newRow("several windows, unsorted")
        << QStringLiteral("tue 14:00-16:00 09:00-10:00 11:00-12:00")
        << week(none, QStringLiteral("09:00-10:00 11:00-12:00 14:00-16:00"), none, none, none, none, none);
    QTest::newRow("overlapping windows merge")
        << QStringLiteral("wed 09:00-11:00 10:00-12:00")
        << week(none, none, QStringLiteral("09:00-12:00"), none, none, none, none);
    QTest::newRow("touching windows merge") << QStringLiteral("wed 09:00-10:00 10:00-11:00")
                                            << week(none, none, QStringLiteral("09:00-11:00"), none, none, none, none);
    QTest::newRow("contained window merges") << QStringLiteral("wed 09:00-12:00 10:00-11:00")
                                             << week(none, none, QStringLiteral("09:00-12:00"), none, none, none, none);
    QTest::newRow("later group adds and merges")
        << QStringLiteral("mon-fri 09:00-10:00, wed 09:30-11:00, thu 15:00-16:00")
        << week(QStringLiteral("09:00-10:00"), QStringLiteral("09:00-10:00"), QStringLiteral("09:00-11:00"),
                QStringLiteral("09:00-10:00 15:00-16:00"), QStringLiteral("09:00-10:00"), none, none);
    QTest::newRow("off clears earlier groups")
        << QStringLiteral("mon-sun 08:00-09:00, wed off") << week(early, early, none, early, early, early, early);
    QTest::newRow("off then windows again")
        << QStringLiteral("mon off, mon 08:00-09:00") << week(early, none, none, none, none, none, none);
    QTest::newRow("24:00 as end") << QStringLiteral("sat 22:00-24:00, sun 00:00-24:00")
                                  << week(none, none, none, none, none, QStringLiteral("22:00-24:00"),
                                          QStringLiteral("00:00-24:00"));
    QTest::newRow("single-digit hour") << QStringLiteral("mon 7:30-9:00")
                                       << week(QStringLiteral("07:30-09:00"), none, none, none, none, none, none);
    QTest::newRow("extra spaces") << QStringLiteral("   mon  -  fri   19:30 -  21:30 ,sat    08:00-09:00   ")
                                  << week(evening, evening, evening, evening, evening, early, none);
    QTest::newRow("no spaces") << QStringLiteral("mon-fri19:30-21:30,sat08:00-09:00")
                               << week(evening, evening, evening, evening, evening, early, none);
    QTest::newRow("empty text: no availability") << QString() << week(none, none, none, none, none, none, none);
    QTest::newRow("only spaces: no availability")
        << QStringLiteral("   ") << week(none, none, none, none, none, none, none);
}

void TestAvailability::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QString error;
    const std::optional<Availability> a = AvailabilityText::parse(text, &error);
    QVERIFY2(a.has_value(), qPrintable(error));
    QCOMPARE(renderWeek(*a), expected);
    QVERIFY(a->exceptions.isEmpty());
}

void TestAvailability::parseKeepsOtherFields()
{
    Availability base;
    base.weekly[0] = {window(6, 0, 7, 0)};
    base.weekly[6] = {window(6, 0, 7, 0)};
    base.minBlockMinutes = 30;
    base.maxBlockMinutes = 60;
    base.breakMinutes = 15;
    base.maxMinutesPerDay = 120;
    DateException off;
    off.date = QDate(2026, 12, 24);
    off.dayOff = true;
    base.exceptions = {off};

    QString error;
    const std::optional<Availability> a = AvailabilityText::parse(QStringLiteral("tue 10:00-11:00"), &error, base);
    QVERIFY2(a.has_value(), qPrintable(error));
    // The template is replaced, not added to.
    QCOMPARE(renderWeek(*a), week({}, QStringLiteral("10:00-11:00"), {}, {}, {}, {}, {}));
    QCOMPARE(a->minBlockMinutes, 30);
    QCOMPARE(a->maxBlockMinutes, 60);
    QCOMPARE(a->breakMinutes, 15);
    QCOMPARE(a->maxMinutesPerDay, 120);
    QCOMPARE(a->exceptions.size(), 1);
    QCOMPARE(a->exceptions.first().date, QDate(2026, 12, 24));
    QVERIFY(a->exceptions.first().dayOff);
}

void TestAvailability::parseEndOfDay()
{
    const Availability a = parsed(QStringLiteral("fri 23:00-24:00"));
    QCOMPARE(a.weekly[4].size(), 1);
    QCOMPARE(a.weekly[4].first().start, QTime(23, 0));
    QCOMPARE(a.weekly[4].first().end, QTime(23, 59, 59, 999));
    QCOMPARE(a.weekly[4].first().minutes(), 60);
}

void TestAvailability::parseRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedError");

    // Positions count characters from 1.
    QTest::newRow("unfinished window (header example)")
        << QStringLiteral("mon-fri 19:30-, sat 09:00-12:00")
        << QStringLiteral("position 9: “19:30-” is not a time window such as 19:30-21:30");
    QTest::newRow("start without end") << QStringLiteral("mon 10:00 11:00")
                                       << QStringLiteral("position 5: “10:00” is not a time window");
    QTest::newRow("unknown day") << QStringLiteral("mon 19:30-21:30, xyz 10:00-11:00")
                                 << QStringLiteral("position 18: “xyz” is not a day");
    QTest::newRow("unknown range end") << QStringLiteral("mon-fry 10:00-11:00")
                                       << QStringLiteral("position 5: “fry” is not a day");
    QTest::newRow("unknown Chinese day") << QStringLiteral("周八 10:00-11:00")
                                         << QStringLiteral("position 1: “周八” is not a day");
    QTest::newRow("range without end") << QStringLiteral("mon- 10:00-11:00")
                                       << QStringLiteral("position 1: “mon- 10:00” is not a range of days");
    QTest::newRow("group starts with a time")
        << QStringLiteral("10:00-11:00") << QStringLiteral("position 1: “10:00” is not a day");
    QTest::newRow("end before start") << QStringLiteral("mon 10:00-09:00")
                                      << QStringLiteral("position 5: “10:00-09:00” ends before it starts");
    QTest::newRow("end equals start") << QStringLiteral("mon 10:00-10:00")
                                      << QStringLiteral("position 5: “10:00-10:00” ends when it starts");
    QTest::newRow("crossing midnight") << QStringLiteral("fri 18:00-20:00 22:00-01:00")
                                       << QStringLiteral("position 17: “22:00-01:00” ends before it starts; a "
                                                         "window cannot cross midnight");
    QTest::newRow("hour 25") << QStringLiteral("mon 25:00-26:00")
                             << QStringLiteral("position 5: “25:00” is not a time of day");
    QTest::newRow("one-digit minutes") << QStringLiteral("mon 7:5-9:00")
                                       << QStringLiteral("position 5: “7:5” is not a time of day");
    QTest::newRow("minute 60") << QStringLiteral("mon 09:00-10:60")
                               << QStringLiteral("position 11: “10:60” is not a time of day");
    QTest::newRow("past 24:00") << QStringLiteral("mon 09:00-24:30")
                                << QStringLiteral("position 11: “24:30” is not a time of day");
    QTest::newRow("starts at 24:00") << QStringLiteral("mon 24:00-24:00")
                                     << QStringLiteral("position 5: “24:00-24:00” starts at 24:00");
    QTest::newRow("group without windows")
        << QStringLiteral("mon, tue 10:00-11:00") << QStringLiteral("position 1: “mon” has no time window");
    QTest::newRow("last group without windows")
        << QStringLiteral("mon 10:00-11:00, sat-sun") << QStringLiteral("position 18: “sat-sun” has no time window");
    QTest::newRow("trailing comma") << QStringLiteral("mon 10:00-11:00,")
                                    << QStringLiteral("position 16: nothing follows the last “,”");
    QTest::newRow("trailing comma and spaces")
        << QStringLiteral("mon 10:00-11:00 ,  ") << QStringLiteral("position 17: nothing follows the last “,”");
    QTest::newRow("empty group") << QStringLiteral("mon 10:00-11:00,, tue 10:00-11:00")
                                 << QStringLiteral("position 17: a day group is missing before “,”");
    QTest::newRow("leading comma") << QStringLiteral(", mon 10:00-11:00")
                                   << QStringLiteral("position 1: a day group is missing before “,”");
    QTest::newRow("off with windows") << QStringLiteral("mon off 10:00-11:00")
                                      << QStringLiteral("position 9: “mon off 10:00” mixes “off” with time windows");
    QTest::newRow("windows then off") << QStringLiteral("mon 10:00-11:00 off")
                                      << QStringLiteral("position 17: “mon 10:00-11:00 off” mixes “off”");
    QTest::newRow("two days without comma")
        << QStringLiteral("mon tue 10:00-11:00") << QStringLiteral("position 5: “tue” is a day, but a time window");
    QTest::newRow("stray character") << QStringLiteral("mon 10:00-11:00; tue 10:00-11:00")
                                     << QStringLiteral("position 16: “;” is not a time window");
    QTest::newRow("stray word") << QStringLiteral("mon evening")
                                << QStringLiteral("position 5: “evening” is not a time window");
    QTest::newRow("percent sign kept as typed")
        << QStringLiteral("mon %1") << QStringLiteral("position 5: “%1” is not a time window");
}

void TestAvailability::parseRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedError);
    QString error;
    const std::optional<Availability> a = AvailabilityText::parse(text, &error);
    QVERIFY(!a.has_value());
    QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    // A null error pointer is allowed.
    QVERIFY(!AvailabilityText::parse(text, nullptr).has_value());
}

void TestAvailability::format_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00")
                           << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00");
    QTest::newRow("header example") << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00 14:00-16:00, sun off")
                                    << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00 14:00-16:00");
    QTest::newRow("wrapping range split at the week's start")
        << QStringLiteral("fri-mon 08:00-09:00") << QStringLiteral("mon 08:00-09:00, fri-sun 08:00-09:00");
    QTest::newRow("gap between equal days")
        << QStringLiteral("mon 09:00-10:00, wed 09:00-10:00") << QStringLiteral("mon 09:00-10:00, wed 09:00-10:00");
    QTest::newRow("two-day range") << QStringLiteral("sat 10:00-11:00, sun 10:00-11:00")
                                   << QStringLiteral("sat-sun 10:00-11:00");
    QTest::newRow("whole week") << QStringLiteral("mon-sun 06:00-07:00") << QStringLiteral("mon-sun 06:00-07:00");
    QTest::newRow("different days not grouped")
        << QStringLiteral("mon 09:00-10:00, tue 09:00-10:30, wed 09:00-10:30 14:00-15:00")
        << QStringLiteral("mon 09:00-10:00, tue 09:00-10:30, wed 09:00-10:30 14:00-15:00");
    QTest::newRow("24:00") << QStringLiteral("sat 22:00-24:00") << QStringLiteral("sat 22:00-24:00");
    QTest::newRow("merged windows") << QStringLiteral("周一 09:00-10:00 09:30-11:00")
                                    << QStringLiteral("mon 09:00-11:00");
    QTest::newRow("empty") << QString() << QString();
}

void TestAvailability::format()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Availability a = parsed(text);
    const QString formatted = AvailabilityText::format(a);
    QCOMPARE(formatted, expected);

    QString error;
    const std::optional<Availability> back = AvailabilityText::parse(formatted, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(renderWeek(*back), renderWeek(a));
}

void TestAvailability::formatRoundTripOfHandMadeTemplate()
{
    Availability a;
    a.weekly[0] = {window(6, 15, 7, 0), window(20, 0, 24, 0)};
    a.weekly[1] = {window(6, 15, 7, 0), window(20, 0, 24, 0)};
    a.weekly[3] = {window(0, 0, 24, 0)};
    a.weekly[5] = {window(9, 0, 12, 0)};
    const QString formatted = AvailabilityText::format(a);
    QCOMPARE(formatted, QStringLiteral("mon-tue 06:15-07:00 20:00-24:00, thu 00:00-24:00, sat 09:00-12:00"));

    QString error;
    const std::optional<Availability> back = AvailabilityText::parse(formatted, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    for (int d = 0; d < 7; ++d) {
        QCOMPARE(back->weekly[d], a.weekly[d]);
    }
}

void TestAvailability::windowsOn_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("exceptionDate");
    QTest::addColumn<bool>("dayOff");
    QTest::addColumn<QString>("extra"); // windows in the one-line form of one day, e.g. "21:00-22:00"
    QTest::addColumn<QString>("expected");

    const QDate monday(2026, 11, 30);
    const QDate saturday(2026, 12, 5);
    const QDate sunday(2026, 12, 6);
    const QDate none;
    QTest::newRow("template Monday") << monday << none << false << QString() << QStringLiteral("19:30-21:30");
    QTest::newRow("template Saturday") << saturday << none << false << QString() << QStringLiteral("09:00-12:00");
    QTest::newRow("Monday a week later") << monday.addDays(7) << none << false << QString()
                                         << QStringLiteral("19:30-21:30");
    QTest::newRow("Sunday has nothing") << sunday << none << false << QString() << QString();
    QTest::newRow("day off") << monday << monday << true << QString() << QString();
    QTest::newRow("day off wins over an extra window")
        << monday << monday << true << QStringLiteral("10:00-11:00") << QString();
    QTest::newRow("day off on another date")
        << monday << monday.addDays(7) << true << QString() << QStringLiteral("19:30-21:30");
    QTest::newRow("extra overlapping the template merges")
        << monday << monday << false << QStringLiteral("21:00-22:00") << QStringLiteral("19:30-22:00");
    QTest::newRow("extra touching the template merges")
        << monday << monday << false << QStringLiteral("18:00-19:30") << QStringLiteral("18:00-21:30");
    QTest::newRow("extra before the template, sorted")
        << saturday << saturday << false << QStringLiteral("07:00-08:00") << QStringLiteral("07:00-08:00 09:00-12:00");
    QTest::newRow("extra on an empty day") << sunday << sunday << false << QStringLiteral("10:00-11:00 14:00-24:00")
                                           << QStringLiteral("10:00-11:00 14:00-24:00");
    QTest::newRow("extra on another date") << sunday << saturday << false << QStringLiteral("10:00-11:00") << QString();
    QTest::newRow("invalid date") << QDate() << none << false << QString() << QString();
}

void TestAvailability::windowsOn()
{
    QFETCH(QDate, date);
    QFETCH(QDate, exceptionDate);
    QFETCH(bool, dayOff);
    QFETCH(QString, extra);
    QFETCH(QString, expected);

    Availability a = parsed(QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00"));
    if (exceptionDate.isValid()) {
        DateException e;
        e.date = exceptionDate;
        e.dayOff = dayOff;
        if (!extra.isEmpty()) {
            e.extra = parsed(QStringLiteral("mon ") + extra).weekly[0];
            QVERIFY(!e.extra.isEmpty());
        }
        a.exceptions.append(e);
    }
    QCOMPARE(render(a.windowsOn(date)), expected);
}

void TestAvailability::weeklyHours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("hours");

    QTest::newRow("nothing") << QString() << 0.0;
    QTest::newRow("weekday evenings and Saturday") << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00") << 13.0;
    QTest::newRow("header example") << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00 14:00-16:00, sun off")
                                    << 15.0;
    QTest::newRow("overlaps counted once") << QStringLiteral("mon 09:00-11:00 10:00-12:00") << 3.0;
    QTest::newRow("quarter hours") << QStringLiteral("mon 09:00-09:15, tue 09:00-09:30") << 0.75;
    QTest::newRow("whole week of whole days") << QStringLiteral("mon-sun 00:00-24:00") << 168.0;
}

void TestAvailability::weeklyHours()
{
    QFETCH(QString, text);
    QFETCH(double, hours);
    Availability a = parsed(text);
    DateException extra; // exceptions are not part of the weekly figure
    extra.date = QDate(2026, 12, 1);
    extra.extra = {window(6, 0, 8, 0)};
    a.exceptions.append(extra);
    QCOMPARE(a.weeklyHours(), hours);
}

void TestAvailability::placeableWeeklyHours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minBlock");
    QTest::addColumn<int>("maxBlock");
    QTest::addColumn<int>("breakMinutes");
    QTest::addColumn<int>("dayMaximum");
    QTest::addColumn<int>("minutes"); // expected placeable minutes per week

    // 120 min with 25-90 min blocks and 10 min breaks: one block holds 90; two blocks hold
    // 120 - 10 = 110 (e.g. 55 + 55 or 85 + 25).
    QTest::newRow("2 h window, 25-90 min blocks, 10 min break")
        << QStringLiteral("mon 19:30-21:30") << 25 << 90 << 10 << 180 << 110;
    QTest::newRow("2 h window on five days") << QStringLiteral("mon-fri 19:30-21:30") << 25 << 90 << 10 << 180 << 550;
    QTest::newRow("window shorter than a block holds nothing")
        << QStringLiteral("mon 10:00-10:20") << 25 << 90 << 10 << 180 << 0;
    QTest::newRow("window exactly one minimum block")
        << QStringLiteral("mon 10:00-10:25") << 25 << 90 << 10 << 180 << 25;
    QTest::newRow("window one block long") << QStringLiteral("mon 10:00-11:30") << 25 << 90 << 10 << 180 << 90;
    QTest::newRow("gap too short for a second block")
        << QStringLiteral("mon 10:00-11:00") << 40 << 40 << 10 << 180 << 40;
    QTest::newRow("daily maximum caps a long day") << QStringLiteral("mon 08:00-20:00") << 25 << 90 << 10 << 180 << 180;
    QTest::newRow("daily maximum per day, not per week")
        << QStringLiteral("mon-wed 08:00-20:00") << 25 << 90 << 10 << 120 << 360;
    QTest::newRow("daily maximum below one block") << QStringLiteral("mon 08:00-20:00") << 25 << 90 << 10 << 20 << 0;
    QTest::newRow("fixed 60 min blocks under a 100 min maximum")
        << QStringLiteral("mon 10:00-13:20") << 60 << 60 << 10 << 100 << 60;
    QTest::newRow("two short windows add up")
        << QStringLiteral("mon 09:00-09:30 10:00-10:30") << 25 << 90 << 10 << 180 << 60;
    QTest::newRow("two short windows under a 50 min maximum")
        << QStringLiteral("mon 09:00-09:30 10:00-10:30") << 25 << 90 << 10 << 50 << 50;
    QTest::newRow("two short windows under a 40 min maximum")
        << QStringLiteral("mon 09:00-09:30 10:00-10:30") << 25 << 90 << 10 << 40 << 30;
    // 1440 min: 15 blocks need 14 breaks and hold 1440 - 140 = 1300; 14 blocks hold at most 14 × 90.
    QTest::newRow("whole day, no real maximum") << QStringLiteral("sun 00:00-24:00") << 25 << 90 << 10 << 1440 << 1300;
    QTest::newRow("no break") << QStringLiteral("mon 10:00-13:00") << 25 << 90 << 0 << 180 << 180;
    QTest::newRow("maximum block below minimum") << QStringLiteral("mon 10:00-13:00") << 60 << 30 << 10 << 180 << 0;
    QTest::newRow("no availability") << QString() << 25 << 90 << 10 << 180 << 0;
}

void TestAvailability::placeableWeeklyHours()
{
    QFETCH(QString, text);
    QFETCH(int, minBlock);
    QFETCH(int, maxBlock);
    QFETCH(int, breakMinutes);
    QFETCH(int, dayMaximum);
    QFETCH(int, minutes);

    Availability a = parsed(text);
    a.minBlockMinutes = minBlock;
    a.maxBlockMinutes = maxBlock;
    a.breakMinutes = breakMinutes;
    a.maxMinutesPerDay = dayMaximum;
    const double hours = a.placeableWeeklyHours();
    QCOMPARE(qRound(hours * 60), minutes);
    QVERIFY(hours <= a.weeklyHours());
}

void TestAvailability::proposal_data()
{
    QTest::addColumn<double>("weeklyHours");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("placeable");

    // The default rules: 25-90 min blocks, 10 min breaks, at most 3 h a day. A 2 h evening holds
    // 110 min, a 3 h morning 170 min, half an hour 30 min; 7 days × 3 h = 21 h is the most any template can give.
    QTest::newRow("nothing") << 0.0 << QString() << 0.0;
    QTest::newRow("negative") << -3.0 << QString() << 0.0;
    QTest::newRow("5 h: evenings of an hour") << 5.0 << QStringLiteral("mon-fri 19:30-20:30") << 5.0;
    QTest::newRow("10 h: full evenings, a little weekend")
        << 10.0 << QStringLiteral("mon-fri 19:30-21:30, sat-sun 09:00-09:30") << 10.0 + 10.0 / 60;
    // The guide's first stage asks for 10-15 h a week.
    QTest::newRow("12.5 h: the guide's first stage")
        << 12.5 << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-11:00, sun 09:00-10:30") << 12.5;
    QTest::newRow("15 h: a Saturday afternoon")
        << 15.0 << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00 14:00-14:30, sun 09:00-12:00") << 15.0;
    QTest::newRow("17.5 h: evenings from 19:00")
        << 17.5 << QStringLiteral("mon-fri 19:00-21:30, sat-sun 09:00-12:00 14:00-14:30") << 17.0 + 40.0 / 60;
    QTest::newRow("20 h: evenings from 18:30")
        << 20.0 << QStringLiteral("mon-fri 18:30-21:30, sat-sun 09:00-12:00 14:00-14:30") << 20.0 + 10.0 / 60;
    QTest::newRow("40 h: beyond reach, every day full")
        << 40.0 << QStringLiteral("mon-fri 18:00-21:30, sat-sun 09:00-12:00 14:00-14:30") << 21.0;
}

void TestAvailability::proposal()
{
    QFETCH(double, weeklyHours);
    QFETCH(QString, text);
    QFETCH(double, placeable);

    const Availability a = Availability::proposal(weeklyHours);
    QCOMPARE(AvailabilityText::format(a), text);
    QCOMPARE(qRound(a.placeableWeeklyHours() * 60), qRound(placeable * 60));
    const Availability defaults;
    QCOMPARE(a.minBlockMinutes, defaults.minBlockMinutes);
    QCOMPARE(a.maxBlockMinutes, defaults.maxBlockMinutes);
    QCOMPARE(a.breakMinutes, defaults.breakMinutes);
    QCOMPARE(a.maxMinutesPerDay, defaults.maxMinutesPerDay);
    QVERIFY(a.exceptions.isEmpty());
}

// Every quarter hour from 0 to 25 h: enough placeable time when 21 h can do, not much more, windows
// on half hours, the same answer twice, and a larger target never gives less of any day.
void TestAvailability::proposalAcrossTargets()
{
    const double reachable = 7 * Availability().maxMinutesPerDay / 60.0;
    Availability previous;
    for (int quarters = 0; quarters <= 100; ++quarters) {
        const double target = quarters / 4.0;
        const Availability a = Availability::proposal(target);
        const double placeable = a.placeableWeeklyHours();
        const QByteArray what = QByteArray::number(target) + " h: " + AvailabilityText::format(a).toUtf8();
        QVERIFY2(placeable >= std::min(target, reachable) - 1e-9, what.constData());
        QVERIFY2(placeable <= target + 2.5 || target > reachable, what.constData());
        QCOMPARE(AvailabilityText::format(Availability::proposal(target)), AvailabilityText::format(a));
        for (int d = 0; d < 7; ++d) {
            for (const TimeWindow &w : a.weekly[d]) {
                QVERIFY2(w.start.minute() % 30 == 0 && w.end.minute() % 30 == 0 && w.start.second() == 0
                             && w.end.second() == 0,
                         what.constData());
            }
            for (const TimeWindow &w : std::as_const(previous.weekly[d])) {
                const bool covered = std::any_of(a.weekly[d].cbegin(), a.weekly[d].cend(), [&w](const TimeWindow &v) {
                    return v.start <= w.start && w.end <= v.end;
                });
                QVERIFY2(covered, what.constData());
            }
        }
        QVERIFY(a.weeklyHours() >= previous.weeklyHours());
        previous = a;
    }
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
