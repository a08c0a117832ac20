// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// One stretch of study: what the timer recorded or the learner entered. Start and end are instants
// (stored in UTC); `offsetMinutes` is the local UTC offset of the place and time it was made in, so
// that it can be shown and counted in the day it was studied in even after a time-zone change.
struct TimeEntry {
    enum class Source { Timer, Manual, Import };

    qint64 id = 0; // 0: not stored yet
    QString stageKey;
    QString itemKey; // may be empty
    QString blockId; // may be empty: the study block the timer was started from
    QDateTime start;
    std::optional<QDateTime> end; // nothing: the timer is running
    int offsetMinutes = 0;
    QString note;
    Source source = Source::Manual;

    bool isOpen() const { return !end.has_value(); }
    // Whole seconds from start to end (0 while open).
    qint64 seconds() const { return end ? start.secsTo(*end) : 0; }

    bool operator==(const TimeEntry &o) const
    {
        return id == o.id && stageKey == o.stageKey && itemKey == o.itemKey && blockId == o.blockId && start == o.start
               && end == o.end && offsetMinutes == o.offsetMinutes && note == o.note && source == o.source;
    }
    bool operator!=(const TimeEntry &o) const { return !(*this == o); }
};
