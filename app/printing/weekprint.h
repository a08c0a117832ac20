// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/icsimport.h"
#include "printing/printlayout.h"
#include "schedule/availability.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

class WeekDocument;
struct Roadmap;

// The week's sheet, to pin up and fill in by hand: one page (landscape by default) with the grid of
// the seven days shown in the Week view, their study blocks and the busy time (hatched), each block
// with its time, stage and item, an empty box to tick and a blank box for the minutes actually
// studied; the week's budget and availability in the header.
//
// The hours of the grid run from the earliest block or availability window to the latest; hours
// without a block are drawn lower, so that the blocks have room for their text.
class WeekPrint final
{
    Q_DECLARE_TR_FUNCTIONS(WeekPrint)

public:
    struct Data {
        QString roadmapTitle;
        QDate firstDay; // the grid's first day: the locale's first day of the week
        int weekNumber = 0;
        QTimeZone zone;
        QList<StudyBlock> blocks;
        QList<BusyEvent> busy;
        std::optional<Availability> availability;
        double budgetHours = 0;
        double plannedHours = 0;
        QHash<QString, QString> stageTitles;
        QHash<QString, int> stageIndexes; // for the stage colours
        QHash<QString, QString> itemTitles;
    };

    // The week `document` shows.
    static Data gather(const WeekDocument &document, const Roadmap &roadmap);
    static PrintDocument layout(const Data &data, const PageSetup &setup);
};
