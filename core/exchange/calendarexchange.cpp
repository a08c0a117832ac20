// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/calendarexchange.h"

#include "exchange/icsexport.h"
#include "exchange/icsimport.h"
#include "storage/busyrepository.h"

#include <QDir>
#include <QFileInfo>

QString CalendarExchange::ImportReport::text() const
{
    QString message = tr("Imported %n busy time(s) from “%1”.", nullptr, events).arg(name);
    if (skippedCancelled > 0)
        message += QLatin1Char(' ') + tr("%n cancelled event(s) left out.", nullptr, skippedCancelled);
    if (skippedFree > 0)
        message += QLatin1Char(' ') + tr("%n event(s) marked free left out.", nullptr, skippedFree);
    for (const QString &warning : warnings)
        message += QLatin1Char(' ') + warning;
    return message;
}

std::optional<CalendarExchange::ImportReport> CalendarExchange::importBusy(BusyRepository &busy, const QString &path,
                                                                           const QDateTime &now, const QTimeZone &zone,
                                                                           QString *error)
{
    IcsImport::Options options;
    options.localZone = zone;
    const QDate today = now.toTimeZone(zone).date();
    options.from = QDateTime(today.addDays(-7), QTime(0, 0), zone);
    options.to = QDateTime(today.addMonths(ImportMonths), QTime(0, 0), zone);
    const std::optional<IcsImport::Result> result = IcsImport::readFile(path, options, error);
    if (!result)
        return std::nullopt;
    const QFileInfo info(path);
    ImportReport report;
    report.name = result->calendarName.isEmpty() ? info.fileName() : result->calendarName;
    report.events = int(result->events.size());
    report.skippedCancelled = result->skippedCancelled;
    report.skippedFree = result->skippedFree;
    report.warnings = result->warnings;
    if (busy.replaceCalendar(info.absoluteFilePath(), report.name, options.from, options.to, now.toUTC(),
                             result->events, error)
        == 0)
        return std::nullopt;
    return report;
}

std::optional<int> CalendarExchange::exportBlocks(WeekPlanner &planner, const WeekPlanner::Context &context,
                                                  const QDate &first, const QDate &last, const QString &path,
                                                  QString *error)
{
    if (!first.isValid() || !last.isValid() || last < first) {
        *error = tr("The export range must end on or after its first day.");
        return std::nullopt;
    }
    if (first.daysTo(last) >= MaxExportDays) {
        *error = tr("The export range is longer than %n day(s); export it in parts.", nullptr, MaxExportDays);
        return std::nullopt;
    }
    const std::optional<QList<StudyBlock>> blocks = planner.refreshRange(context, first, last, error);
    if (!blocks)
        return std::nullopt;
    QList<IcsExport::Entry> entries;
    for (const StudyBlock &b : *blocks) {
        IcsExport::Entry entry;
        entry.block = b;
        const Stage *stage = context.roadmap->stage(b.stageKey);
        entry.stageTitle = stage ? stage->title : b.stageKey;
        if (const Item *item = context.roadmap->item(b.itemKey)) {
            entry.itemTitle = item->title;
            entry.itemLink = item->link.toString();
        }
        entries.append(entry);
    }
    if (!IcsExport::writeFile(path, entries, context.now.toUTC(), error))
        return std::nullopt;
    return int(entries.size());
}
