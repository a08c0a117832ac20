// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/timercommands.h"

#include "roadmap/roadmap.h"
#include "storage/entryrepository.h"

#include <QLocale>

namespace {

QString what(const Roadmap &roadmap, const TimeEntry &entry)
{
    const Stage *stage = roadmap.stage(entry.stageKey);
    const Item *item = roadmap.item(entry.itemKey);
    const QString stageTitle = stage ? stage->title : entry.stageKey;
    return item ? TimerCommands::tr("%1 / %2").arg(stageTitle, item->title) : stageTitle;
}

QString duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    return TimerCommands::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TimerCommands::Result TimerCommands::run(const QByteArray &command, int roadmapId, const Roadmap &roadmap,
                                         EntryRepository &entries, const QDateTime &clockNow, const QTimeZone &zone)
{
    // Entries start and end on whole seconds.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(clockNow.toSecsSinceEpoch(), QTimeZone::utc());
    const QLocale locale;
    const auto timeText = [&](const QDateTime &t) { return locale.toString(t.toTimeZone(zone), QLocale::ShortFormat); };
    QString error;
    const std::optional<EntryRepository::OpenTimer> open = entries.openTimer(&error);
    if (!error.isEmpty())
        return {false, error};

    if (command == "timer-status") {
        if (!open)
            return {true, tr("No timer is running.")};
        return {true, tr("A timer has been running for %1 since %2 (%3).")
                          .arg(what(roadmap, open->entry), timeText(open->entry.start),
                               duration(std::max<qint64>(0, open->entry.start.secsTo(now))))};
    }

    if (command == "stop-timer") {
        if (!open)
            return {false, tr("No timer is running.")};
        const qint64 seconds = open->entry.start.secsTo(now);
        if (seconds < 0)
            return {false, tr("The timer was not stopped: the clock says %1, before it started at %2. Stop it in "
                              "the window, which lets you choose the end.")
                               .arg(timeText(now), timeText(open->entry.start))};
        if (seconds > qint64(MaxHours) * 3600)
            return {false, tr("The timer was not stopped: it has run for %1, more than %2 hours. Stop it in the "
                              "window, which lets you choose the end.")
                               .arg(duration(seconds))
                               .arg(MaxHours)};
        const std::optional<TimeEntry> stopped = entries.stopTimer(open->entry.id, now, &error);
        if (!stopped)
            return {false, error};
        return {true, tr("Stopped the timer for %1: %2.").arg(what(roadmap, *stopped), duration(stopped->seconds()))};
    }

    if (command.startsWith("start-timer ")) {
        const QString target = QString::fromUtf8(command.mid(12)).trimmed();
        const QString stageKey = target.section(QLatin1Char('/'), 0, 0);
        const QString itemKey = target.section(QLatin1Char('/'), 1);
        const Stage *stage = roadmap.stage(stageKey);
        if (!stage)
            return {false, tr("There is no stage “%1” in “%2”.").arg(stageKey, roadmap.title)};
        if (!itemKey.isEmpty()) {
            const Item *item = roadmap.item(itemKey);
            bool inStage = false;
            for (const Section &section : stage->sections) {
                for (const Item &i : section.items)
                    inStage = inStage || i.key == itemKey;
            }
            if (!item || !inStage)
                return {false, tr("There is no item “%1” in the stage “%2”.").arg(itemKey, stage->title)};
        }
        if (open)
            return {false, tr("A timer has been running for %1 since %2; stop it first.")
                               .arg(what(roadmap, open->entry), timeText(open->entry.start))};
        TimeEntry entry;
        entry.stageKey = stageKey;
        entry.itemKey = itemKey;
        entry.start = now.toUTC();
        entry.offsetMinutes = zone.offsetFromUtc(now) / 60;
        const std::optional<TimeEntry> started = entries.startTimer(roadmapId, entry, &error);
        if (!started)
            return {false, error};
        return {true, tr("Started the timer for %1 at %2.").arg(what(roadmap, *started), timeText(now))};
    }
    return {false, tr("Unknown timer command “%1”.").arg(QString::fromUtf8(command))};
}

QByteArray TimerCommands::encode(const Result &result)
{
    return (result.ok ? QByteArrayLiteral("ok ") : QByteArrayLiteral("error ")) + result.message.toUtf8();
}

TimerCommands::Result TimerCommands::decode(const QByteArray &answer)
{
    if (answer.startsWith("ok "))
        return {true, QString::fromUtf8(answer.mid(3))};
    if (answer.startsWith("error "))
        return {false, QString::fromUtf8(answer.mid(6))};
    return {false, QString::fromUtf8(answer)};
}
