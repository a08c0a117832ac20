// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logstatus.h"

#include "roadmap/roadmapdocument.h"
#include "schedule/scheduler.h"
#include "session.h"
#include "storage/entryrepository.h"
#include "timeline/plandocument.h"
#include "tracking/timelog.h"
#include "week/weekdocument.h"

#include <QEvent>
#include <QLocale>

namespace {

QString hours(qint64 seconds)
{
    return QLocale().toString(double(seconds) / 3600.0, 'f', 1);
}

} // namespace

LogStatus::LogStatus(Session &session, QWidget *parent) : QLabel(parent), m_session(session)
{
    setObjectName(QStringLiteral("logStatusLabel"));
    connect(&session.entries(), &EntryRepository::entriesChanged, this, &LogStatus::refresh);
    connect(&session.entries(), &EntryRepository::timerChanged, this, &LogStatus::refresh);
    connect(&session.week(), &WeekDocument::changed, this, &LogStatus::refresh);
    connect(&session.document(), &RoadmapDocument::reset, this, &LogStatus::refresh);
    refresh();
}

void LogStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void LogStatus::refresh()
{
    const QTimeZone zone = m_session.timeZone();
    const QDateTime now = m_session.clock().now();
    const QDate today = now.toTimeZone(zone).date();
    // The scheduler's week runs from Monday, as the budget does.
    const QDate monday = TimeLog::weekStart(today, Qt::Monday);
    const int roadmapId = m_session.document().roadmapId();
    EntryRepository::Filter week;
    week.from = QDateTime(monday, QTime(0, 0), zone);
    week.to = QDateTime(monday.addDays(7), QTime(0, 0), zone);
    QString error;
    QList<TimeEntry> entries = m_session.entries()
                                   .entries(roadmapId, week, 0, 100000, EntryRepository::Order::Ascending, &error)
                                   .value_or(QList<TimeEntry>());
    if (const std::optional<EntryRepository::OpenTimer> open = m_session.entries().openTimer(&error);
        open && open->roadmapId == roadmapId)
        entries.append(open->entry);
    const QMap<QDate, qint64> days = TimeLog::dailySeconds(entries, zone, monday, monday.addDays(6), now);
    qint64 weekSeconds = 0;
    for (const qint64 seconds : days)
        weekSeconds += seconds;
    // This week's budget, whichever week the Week view shows.
    double budget = 0;
    for (const auto &[stageKey, stageHours] :
         Scheduler::weekBudgets(monday, m_session.plan().plan(), m_session.plan().schedule()))
        budget += stageHours;
    const QString todayText = tr("Today %1 h").arg(hours(days.value(today)));
    const QString weekText =
        budget > 0 ? tr("this week %1 of %2 h").arg(hours(weekSeconds), QLocale().toString(budget, 'f', 1))
                   : tr("this week %1 h").arg(hours(weekSeconds));
    setText(tr("%1 · %2").arg(todayText, weekText));
}
