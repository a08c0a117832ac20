// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/busyrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

using SqlHelpers::run;
using SqlHelpers::setError;
using SqlHelpers::utcFromText;
using SqlHelpers::utcText;

} // namespace

BusyRepository::BusyRepository(Database &database, QObject *parent) : QObject(parent), m_database(database) {}

std::optional<QList<BusyRepository::Calendar>> BusyRepository::calendars(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT c.id, c.source, c.name, c.imported_utc, c.range_start_utc, c.range_end_utc,"
                                 " (SELECT count(*) FROM busy_event e WHERE e.calendar_id = c.id)"
                                 " FROM busy_calendar c ORDER BY c.name, c.source"));
    QString detail;
    if (!run(query, &detail)) {
        setError(error, tr("The imported calendars cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    QList<Calendar> result;
    while (query.next()) {
        Calendar c;
        c.id = query.value(0).toInt();
        c.source = query.value(1).toString();
        c.name = query.value(2).toString();
        c.imported = utcFromText(query.value(3).toString());
        c.rangeStart = utcFromText(query.value(4).toString());
        c.rangeEnd = utcFromText(query.value(5).toString());
        c.eventCount = query.value(6).toInt();
        result.append(c);
    }
    setError(error, QString());
    return result;
}

int BusyRepository::replaceCalendar(const QString &source, const QString &name, const QDateTime &rangeStart,
                                    const QDateTime &rangeEnd, const QDateTime &imported,
                                    const QList<BusyEvent> &events, QString *error)
{
    for (const BusyEvent &e : events) {
        if (!e.start.isValid() || !e.end.isValid() || e.end <= e.start) {
            setError(error, tr("The calendar was not imported: an event does not end after it starts."));
            return 0;
        }
    }
    int id = 0;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QString detail;
            QSqlQuery query(db);
            // Deleting the calendar deletes its events (ON DELETE CASCADE).
            query.prepare(QStringLiteral("DELETE FROM busy_calendar WHERE source = ?"));
            query.addBindValue(source);
            if (!run(query, &detail)) {
                *e = tr("The calendar was not imported: %1").arg(detail);
                return false;
            }
            query.prepare(QStringLiteral("INSERT INTO busy_calendar (source, name, imported_utc, range_start_utc,"
                                         " range_end_utc) VALUES (?, ?, ?, ?, ?)"));
            query.addBindValue(source);
            query.addBindValue(name.isNull() ? QStringLiteral("") : name);
            query.addBindValue(utcText(imported));
            query.addBindValue(utcText(rangeStart));
            query.addBindValue(utcText(rangeEnd));
            if (!run(query, &detail)) {
                *e = tr("The calendar was not imported: %1").arg(detail);
                return false;
            }
            id = query.lastInsertId().toInt();
            query.prepare(QStringLiteral(
                "INSERT INTO busy_event (calendar_id, start_utc, end_utc, summary, all_day) VALUES (?, ?, ?, ?, ?)"));
            for (const BusyEvent &event : events) {
                query.addBindValue(id);
                query.addBindValue(utcText(event.start));
                query.addBindValue(utcText(event.end));
                query.addBindValue(event.summary.isNull() ? QStringLiteral("") : event.summary);
                query.addBindValue(event.allDay ? 1 : 0);
                if (!run(query, &detail)) {
                    *e = tr("The calendar was not imported: %1").arg(detail);
                    return false;
                }
            }
            return true;
        },
        error);
    if (!committed)
        return 0;
    Q_EMIT busyChanged();
    return id;
}

bool BusyRepository::removeCalendar(int id, QString *error)
{
    bool changed = false;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM busy_calendar WHERE id = ?"));
            query.addBindValue(id);
            QString detail;
            if (!run(query, &detail)) {
                *e = tr("The calendar was not removed: %1").arg(detail);
                return false;
            }
            changed = query.numRowsAffected() > 0;
            return true;
        },
        error);
    if (committed && changed)
        Q_EMIT busyChanged();
    return committed;
}

std::optional<QList<BusyEvent>> BusyRepository::events(const QDateTime &from, const QDateTime &to, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT start_utc, end_utc, summary, all_day FROM busy_event"
                                 " WHERE start_utc < ? AND end_utc > ? ORDER BY start_utc, end_utc"));
    query.addBindValue(utcText(to));
    query.addBindValue(utcText(from));
    QString detail;
    if (!run(query, &detail)) {
        setError(error, tr("The busy time cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    QList<BusyEvent> result;
    while (query.next()) {
        BusyEvent e;
        e.start = utcFromText(query.value(0).toString());
        e.end = utcFromText(query.value(1).toString());
        e.summary = query.value(2).toString();
        e.allDay = query.value(3).toBool();
        result.append(e);
    }
    setError(error, QString());
    return result;
}
