// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a busy calendar: 5,000 events, 200 of them weekly for a year (each with two EXDATEs and
// one moved instance), in three zones (an embedded VTIMEZONE, Europe/Berlin and America/New_York by
// name). Reads the file with IcsImport::readFile over one year, 15 times; prints the median and the
// minimum in ms and the number of occurrences. Goal: under 1 s. Run it on a Release build.
#include "exchange/icsimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

constexpr int EventCount = 5000;
constexpr int RecurringCount = 200;
constexpr int Runs = 15;

const char *const Zones[] = {"W. Europe Standard Time", "Europe/Berlin", "America/New_York"};

QByteArray stamp(const QDate &date, int hour, int minute)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + 'T'
           + QByteArray::number(hour * 10000 + minute * 100).rightJustified(6, '0');
}

QByteArray syntheticCalendar()
{
    QByteArray out;
    out += "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Study Planner//Benchmark//EN\r\n"
           "X-WR-CALNAME:Benchmark\r\n"
           "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
           "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
           "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
           "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
           "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
    const QDate first(2026, 1, 5); // a Monday
    for (int i = 0; i < EventCount; ++i) {
        const QByteArray zone = Zones[i % 3];
        const QByteArray uid = "event-" + QByteArray::number(i) + "@bench";
        const int hour = 7 + i % 12;
        const int minute = (i % 4) * 15;
        const bool recurring = i < RecurringCount;
        const QDate day = recurring ? first.addDays(i % 7) : first.addDays((i * 37) % 360);
        const auto event = [&](const QByteArray &extra, const QDate &date, int h) {
            out += "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\n";
            out += "DTSTART;TZID=" + zone + ':' + stamp(date, h, minute) + "\r\n";
            out += "DTEND;TZID=" + zone + ':' + stamp(date, h + 1, minute) + "\r\n";
            out += "SUMMARY:Busy " + QByteArray::number(i) + " 忙\r\n" + extra + "END:VEVENT\r\n";
        };
        if (!recurring) {
            event(QByteArray(), day, hour);
            continue;
        }
        QByteArray extra = "RRULE:FREQ=WEEKLY;COUNT=52\r\n";
        for (const int week : {3 + i % 10, 20 + i % 10})
            extra += "EXDATE;TZID=" + zone + ':' + stamp(day.addDays(7 * week), hour, minute) + "\r\n";
        event(extra, day, hour);
        // One moved instance: week 30 two hours later.
        const QDate moved = day.addDays(7 * 30);
        event("RECURRENCE-ID;TZID=" + zone + ':' + stamp(moved, hour, minute) + "\r\n", moved, hour + 2);
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = dir.filePath(QStringLiteral("busy.ics"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(syntheticCalendar()) < 0)
        return 1;
    file.close();

    IcsImport::Options options;
    options.localZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    options.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), options.localZone);
    options.to = QDateTime(QDate(2027, 1, 1), QTime(0, 0), options.localZone);

    std::vector<double> ms;
    qsizetype occurrences = 0;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::optional<IcsImport::Result> result = IcsImport::readFile(path, options, &error);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!result) {
            out << "refused: " << error << Qt::endl;
            return 1;
        }
        occurrences = result->events.size();
    }
    std::sort(ms.begin(), ms.end());
    out << "IcsImport::readFile, " << EventCount << " events (" << RecurringCount << " weekly for a year), "
        << QFileInfo(path).size() / 1024 << " KiB, one-year window, " << Runs << " runs" << Qt::endl;
    out << "  occurrences: " << occurrences << Qt::endl;
    out << "  median: " << QString::number(ms[ms.size() / 2], 'f', 1)
        << " ms, min: " << QString::number(ms.front(), 'f', 1) << " ms (goal: under 1000 ms)" << Qt::endl;
    return 0;
}
