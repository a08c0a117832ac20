// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

// When the learner can study: a weekly template of time windows per weekday, date exceptions (a
// day off, an extra window), and the rules blocks follow (length, break, daily maximum).
//
// Times are local wall-clock times of the learner's time zone: a window "19:30-21:30" is that time on
// every day it applies to, whatever the UTC offset of that date (summer time included).
//
// The one-line text form (command line --availability, tests, scripts):
//   "mon-fri 19:30-21:30, sat 09:00-12:00 14:00-16:00, sun off"
// Comma-separated day groups; a group is a day or a range of days (mon tue wed thu fri sat sun, or
// a range "mon-fri"; Chinese 周一..周日 too) followed by one or more windows "HH:MM-HH:MM" (24 h;
// 24:00 allowed as an end), or "off". A window may not cross midnight. Later groups add to earlier
// ones; overlapping windows of one day merge. Days not named have no window.
struct TimeWindow {
    QTime start;
    QTime end; // exclusive; QTime(23, 59, 59, 999) stands for 24:00

    int minutes() const;
    bool operator==(const TimeWindow &o) const { return start == o.start && end == o.end; }
};

struct DateException {
    QDate date;
    bool dayOff = false;     // no study that day (windows below are then empty)
    QList<TimeWindow> extra; // windows added that day
};

struct Availability {
    QList<TimeWindow> weekly[7]; // index 0 = Monday ... 6 = Sunday, sorted, non-overlapping
    QList<DateException> exceptions;
    int minBlockMinutes = 25;
    int maxBlockMinutes = 90;
    int breakMinutes = 10; // between two blocks of the same day
    int maxMinutesPerDay = 180;

    // The windows of `date` after exceptions, sorted and merged.
    QList<TimeWindow> windowsOn(const QDate &date) const;
    // Hours per week of the weekly template (exceptions not counted).
    double weeklyHours() const;
    // Hours per week that can actually be placed, given the block rules and the daily maximum.
    double placeableWeeklyHours() const;

    // A first weekly template for a learner who wants `weeklyHours` a week: the default block rules,
    // no exceptions, and the smallest template of this growth order whose placeableWeeklyHours() is
    // at least `weeklyHours`. Windows grow in 30-minute steps, one day after the other (round robin):
    //   1. weekday evenings from 19:30, up to 21:30;
    //   2. weekend mornings from 09:00, up to 12:00;
    //   3. weekend afternoons from 14:00, up to 18:00;
    //   4. weekday evenings starting earlier, down to 18:00.
    // A day stops growing once it holds the daily maximum. A target beyond reach (above 21 h with the
    // default rules) gives the fullest template. Deterministic; 0 or less gives an empty template.
    // Example: 12.5 → "mon-fri 19:30-21:30, sat 09:00-11:00, sun 09:00-10:30" (12.5 h placeable).
    static Availability proposal(double weeklyHours);
};

class AvailabilityText final
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityText)

public:
    // Parses the one-line form into the weekly template of `base` (its other fields are kept).
    // On error returns nothing and *error says what and where ("position 12: “19:30-” is not a time
    // window such as 19:30-21:30").
    static std::optional<Availability> parse(const QString &text, QString *error,
                                             const Availability &base = Availability());
    // The weekly template in the one-line form; parse(format(a)) gives a's template back.
    static QString format(const Availability &availability);

    // The windows of one day, "19:30-21:30 14:00-16:00" (empty text: none), sorted and merged; the
    // syntax of a day group's windows ("off" also gives none). Errors name positions in `text`.
    static std::optional<QList<TimeWindow>> parseWindows(const QString &text, QString *error);
    static QString formatWindows(const QList<TimeWindow> &windows);

private:
    static std::optional<Availability> parse(const QString &text, QString *error, const Availability &base,
                                             int hiddenPrefix);
};
