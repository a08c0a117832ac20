// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/weekplanner.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class BusyRepository;

// The learner's calendar in and out, as the File menu and the command line offer it: an .ics file
// imported as busy time, and the study blocks of a date range exported as an .ics file.
class CalendarExchange final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExchange)

public:
    // Busy time is read from a week before `now` to ImportMonths months after it.
    static constexpr int ImportMonths = 18;
    // The longest range exported at once.
    static constexpr int MaxExportDays = 731;

    struct ImportReport {
        QString name; // the calendar's name, else its file name
        int events = 0;
        int skippedCancelled = 0;
        int skippedFree = 0;
        QStringList warnings;
        QString text() const; // translated, one paragraph
    };

    // Imports `path` as busy time: the calendar of that file (by absolute path) is replaced in one
    // transaction. Nothing is stored when the file is refused (*error says why).
    static std::optional<ImportReport> importBusy(BusyRepository &busy, const QString &path, const QDateTime &now,
                                                  const QTimeZone &zone, QString *error);

    // Places the weeks of [first, last] where needed (WeekPlanner) and writes their blocks to `path`
    // (stage and item titles from the context's roadmap). Returns the number of blocks written, or
    // nothing with *error set.
    static std::optional<int> exportBlocks(WeekPlanner &planner, const WeekPlanner::Context &context,
                                           const QDate &first, const QDate &last, const QString &path, QString *error);
};
