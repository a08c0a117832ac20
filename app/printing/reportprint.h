// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/printlayout.h"
#include "tracking/timeentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Session;

// The report of the time studied from one day to another (portrait by default, as many pages as
// needed): the totals, the hours per stage, a bar chart of the hours per week (per month over more
// than a year) with the weekly totals, and every entry (date, time, minutes, stage, item, note).
//
// An entry belongs to the day it started on, in the local time it was made in (as the Log view
// shows it); entries that are still running are left out.
class ReportPrint final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrint)

public:
    struct Data {
        QString roadmapTitle;
        QDate from;
        QDate to;                 // included
        QList<TimeEntry> entries; // closed entries that started from `from` to `to`, by start
        QStringList stageKeys;    // in roadmap order
        QHash<QString, QString> stageTitles;
        QHash<QString, QString> itemTitles;
        QDate today; // the day it is printed
    };

    // The local day an entry belongs to.
    static QDate dayOf(const TimeEntry &entry);

    static std::optional<Data> gather(const Session &session, const QDate &from, const QDate &to, QString *error);
    static PrintDocument layout(const Data &data, const PageSetup &setup);
};
