// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// One occurrence of a busy event of the learner's calendar, as instants.
struct BusyEvent {
    QDateTime start; // UTC
    QDateTime end;   // UTC, exclusive, > start
    QString summary;
    bool allDay = false;

    bool operator==(const BusyEvent &o) const
    {
        return start == o.start && end == o.end && summary == o.summary && allDay == o.allDay;
    }
};

// Reads the busy time of an iCalendar file (RFC 5545): the occurrences of its VEVENTs that overlap a
// window. Parsing, time zones and recurrence rules are libical's; this class decides what is busy.
//
// Times:
// - DTSTART/DTEND with a TZID: the VTIMEZONE of that TZID in the file if there is one, else the IANA
//   (or Windows) zone of that name (QTimeZone), else libical's builtin zone of that name; an unknown
//   TZID skips the event. "Z" times are UTC; floating times are wall-clock times of Options.localZone.
// - All-day events (VALUE=DATE) are busy from local midnight to local midnight of Options.localZone,
//   whatever zone the file was written in; without DTEND or DURATION they last one day.
// - DURATION instead of DTEND: weeks and days are nominal (same wall-clock time N days later), hours,
//   minutes and seconds exact. A DTEND gives every occurrence the exact length of the first one.
// - A date-time DTSTART without DTEND or DURATION is an instant (RFC 5545): it takes no time and is
//   skipped, with one warning that counts such events.
// Recurrence: RRULE, RDATE (dates, date-times and periods) and EXDATE expanded by libical's
// icalrecur_iterator, in wall-clock time of the event's zone (so 10:00 stays 10:00 across a summer
// time change); DTSTART is an occurrence when libical's iterator yields it (RFC 5545 leaves a DTSTART
// out of step with the rule undefined). Components with a RECURRENCE-ID replace the occurrence of that
// instant (whether or not either lies in the window); a cancelled one removes it. A rule without COUNT
// or UNTIL is expanded up to Options.to, and one warning counts such events.
// Skipped and counted: STATUS:CANCELLED events and overrides (skippedCancelled; a cancelled master
// takes its overrides with it), TRANSP:TRANSPARENT ones (skippedFree).
//
// What is refused (nullopt, *error translated, naming the file and, where it can, the event and the
// line of its BEGIN:VEVENT): a file over MaxFileBytes (before reading it), an empty file, a file
// with NUL bytes, data libical cannot make a VCALENDAR of (not iCalendar, or truncated), more than
// Options.maxOccurrences occurrences in the window in all, a recurrence rule that needs more than
// MaxRecurrenceSteps iterator steps (e.g. FREQ=SECONDLY from years before the window), a window that
// is invalid or empty, and a file whose events are all broken (there is nothing left to trust).
// A broken event is skipped with a warning and the rest imported: no DTSTART, an invalid date
// (20270230), DTEND before DTSTART, a negative DURATION, an unknown TZID, or a libical parse error
// (X-LIC-ERROR) in one of its time properties. libical's other parse errors (X-LIC-ERROR elsewhere)
// only give warnings. Skipping rather than refusing keeps one odd event from hiding a whole calendar;
// the warnings tell the learner which busy time is missing.
class IcsImport final
{
    Q_DECLARE_TR_FUNCTIONS(IcsImport)

public:
    static constexpr qint64 MaxFileBytes = 50 * 1024 * 1024; // larger files are refused unread
    static constexpr qint64 MaxRecurrenceSteps = 1'000'000;  // in all, before and in the window

    struct Options {
        QDateTime from, to;          // occurrences overlapping [from, to) are kept; recurrences expanded only there
        QTimeZone localZone;         // for floating times and all-day dates (the learner's zone)
        int maxOccurrences = 100000; // in all; more → refused with a message
    };
    struct Result {
        QString calendarName;     // X-WR-CALNAME, else empty
        QList<BusyEvent> events;  // sorted by start, then end
        int skippedCancelled = 0; // STATUS:CANCELLED events and cancelled overrides
        int skippedFree = 0;      // TRANSP:TRANSPARENT
        QStringList warnings;     // translated: e.g. "3 recurring events never end: taken until <date>"
    };

    // nullopt + *error (translated, names the file / line or event where possible) when refused.
    static std::optional<Result> readFile(const QString &path, const Options &options, QString *error);
    static std::optional<Result> parse(const QByteArray &data, const Options &options, QString *error);
};
