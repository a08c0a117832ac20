// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/availabilityrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QLocale>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

namespace {

using SqlHelpers::run;
using SqlHelpers::setError;

const QString IsoDate = QStringLiteral("yyyy-MM-dd");

struct StoredException {
    QString date;
    bool dayOff = false;
    QString extra;
    bool operator==(const StoredException &o) const { return date == o.date && dayOff == o.dayOff && extra == o.extra; }
};

// What is stored: the template in its one-line form, the block rules and the date exceptions (in
// date order, one per date).
struct StoredAvailability {
    QString weeklyTemplate;
    int minBlockMinutes = 0;
    int maxBlockMinutes = 0;
    int breakMinutes = 0;
    int maxMinutesPerDay = 0;
    QList<StoredException> exceptions;

    bool operator==(const StoredAvailability &o) const
    {
        return weeklyTemplate == o.weeklyTemplate && minBlockMinutes == o.minBlockMinutes
               && maxBlockMinutes == o.maxBlockMinutes && breakMinutes == o.breakMinutes
               && maxMinutesPerDay == o.maxMinutesPerDay && exceptions == o.exceptions;
    }
};

StoredAvailability stored(const Availability &availability)
{
    StoredAvailability row;
    row.weeklyTemplate = AvailabilityText::format(availability);
    row.minBlockMinutes = availability.minBlockMinutes;
    row.maxBlockMinutes = availability.maxBlockMinutes;
    row.breakMinutes = availability.breakMinutes;
    row.maxMinutesPerDay = availability.maxMinutesPerDay;
    // One exception per date: later ones of the same date add their windows, a day off wins.
    QMap<QDate, DateException> byDate;
    for (const DateException &e : availability.exceptions) {
        DateException &merged = byDate[e.date];
        merged.date = e.date;
        merged.dayOff = merged.dayOff || e.dayOff;
        merged.extra.append(e.extra);
    }
    for (const DateException &e : std::as_const(byDate)) {
        const QString extra = e.dayOff ? QString() : AvailabilityText::formatWindows(e.extra);
        row.exceptions.append({e.date.toString(IsoDate), e.dayOff, extra.isNull() ? QStringLiteral("") : extra});
    }
    return row;
}

// Reads the row of `roadmapId`; returns false on an error, leaves *row empty when none is stored.
bool readRow(QSqlDatabase &db, int roadmapId, std::optional<StoredAvailability> *row, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT template, min_block_minutes, max_block_minutes, break_minutes,"
                                 " max_minutes_per_day FROM availability WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!run(query, error))
        return false;
    if (!query.next())
        return true;
    StoredAvailability result;
    result.weeklyTemplate = query.value(0).toString();
    result.minBlockMinutes = query.value(1).toInt();
    result.maxBlockMinutes = query.value(2).toInt();
    result.breakMinutes = query.value(3).toInt();
    result.maxMinutesPerDay = query.value(4).toInt();
    query.prepare(QStringLiteral("SELECT date, day_off, extra FROM availability_exception WHERE roadmap_id = ?"
                                 " ORDER BY date"));
    query.addBindValue(roadmapId);
    if (!run(query, error))
        return false;
    while (query.next())
        result.exceptions.append({query.value(0).toString(), query.value(1).toBool(), query.value(2).toString()});
    *row = result;
    return true;
}

// What the schema's constraints would refuse too, and windows format() would silently drop, said in
// the learner's words; empty when the availability can be stored.
QString refusal(const Availability &availability)
{
    for (const QList<TimeWindow> &day : availability.weekly) {
        for (const TimeWindow &window : day) {
            if (!window.start.isValid() || !window.end.isValid() || window.end <= window.start)
                return AvailabilityRepository::tr("A time window does not end after it starts.");
        }
    }
    if (availability.minBlockMinutes <= 0)
        return AvailabilityRepository::tr("The shortest block must be longer than 0 minutes.");
    if (availability.maxBlockMinutes < availability.minBlockMinutes)
        return AvailabilityRepository::tr("The longest block (%1 min) is shorter than the shortest block (%2 min).")
            .arg(availability.maxBlockMinutes)
            .arg(availability.minBlockMinutes);
    if (availability.breakMinutes < 0)
        return AvailabilityRepository::tr("The break between blocks cannot be negative.");
    if (availability.maxMinutesPerDay <= 0)
        return AvailabilityRepository::tr("The daily maximum must be more than 0 minutes.");
    for (const DateException &e : availability.exceptions) {
        if (!e.date.isValid())
            return AvailabilityRepository::tr("A date exception has no valid date.");
        for (const TimeWindow &window : e.extra) {
            if (!window.start.isValid() || !window.end.isValid() || window.end <= window.start)
                return AvailabilityRepository::tr("A time window of %1 does not end after it starts.")
                    .arg(QLocale().toString(e.date, QLocale::ShortFormat));
        }
    }
    return {};
}

bool writeRow(QSqlDatabase &db, int roadmapId, const StoredAvailability &row, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO availability (roadmap_id, template, min_block_minutes, max_block_minutes, break_minutes,"
        " max_minutes_per_day) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (roadmap_id) DO UPDATE SET template = excluded.template,"
        " min_block_minutes = excluded.min_block_minutes, max_block_minutes = excluded.max_block_minutes,"
        " break_minutes = excluded.break_minutes, max_minutes_per_day = excluded.max_minutes_per_day"));
    query.addBindValue(roadmapId);
    // A null QString binds NULL; a template without any window is the empty text.
    query.addBindValue(row.weeklyTemplate.isNull() ? QStringLiteral("") : row.weeklyTemplate);
    query.addBindValue(row.minBlockMinutes);
    query.addBindValue(row.maxBlockMinutes);
    query.addBindValue(row.breakMinutes);
    query.addBindValue(row.maxMinutesPerDay);
    if (!run(query, error))
        return false;
    query.prepare(QStringLiteral("DELETE FROM availability_exception WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!run(query, error))
        return false;
    query.prepare(QStringLiteral("INSERT INTO availability_exception (roadmap_id, date, day_off, extra)"
                                 " VALUES (?, ?, ?, ?)"));
    for (const StoredException &e : row.exceptions) {
        query.addBindValue(roadmapId);
        query.addBindValue(e.date);
        query.addBindValue(e.dayOff ? 1 : 0);
        query.addBindValue(e.extra);
        if (!run(query, error))
            return false;
    }
    return true;
}

} // namespace

AvailabilityRepository::AvailabilityRepository(Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

std::optional<Availability> AvailabilityRepository::load(int roadmapId, QString *error) const
{
    QSqlDatabase db = m_database.connection();
    std::optional<StoredAvailability> row;
    QString detail;
    if (!readRow(db, roadmapId, &row, &detail)) {
        setError(error, tr("The availability of roadmap %1 cannot be read: %2").arg(roadmapId).arg(detail));
        return std::nullopt;
    }
    if (!row) {
        setError(error, QString());
        return std::nullopt;
    }
    Availability base;
    base.minBlockMinutes = row->minBlockMinutes;
    base.maxBlockMinutes = row->maxBlockMinutes;
    base.breakMinutes = row->breakMinutes;
    base.maxMinutesPerDay = row->maxMinutesPerDay;
    std::optional<Availability> availability = AvailabilityText::parse(row->weeklyTemplate, &detail, base);
    if (!availability) {
        setError(error, tr("The availability of roadmap %1 cannot be read: %2").arg(roadmapId).arg(detail));
        return std::nullopt;
    }
    for (const StoredException &stored : std::as_const(row->exceptions)) {
        DateException e;
        e.date = QDate::fromString(stored.date, IsoDate);
        e.dayOff = stored.dayOff;
        const std::optional<QList<TimeWindow>> extra = AvailabilityText::parseWindows(stored.extra, &detail);
        if (!e.date.isValid() || !extra) {
            setError(error, tr("The availability of roadmap %1 cannot be read: the exception of %2 is damaged.")
                                .arg(roadmapId)
                                .arg(stored.date));
            return std::nullopt;
        }
        e.extra = *extra;
        availability->exceptions.append(e);
    }
    setError(error, QString());
    return availability;
}

bool AvailabilityRepository::save(int roadmapId, const Availability &availability, QString *error)
{
    if (const QString why = refusal(availability); !why.isEmpty()) {
        setError(error, tr("The availability was not saved: %1").arg(why));
        return false;
    }
    const StoredAvailability row = stored(availability);
    bool changed = false;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QString detail;
            std::optional<StoredAvailability> current;
            if (!readRow(db, roadmapId, &current, &detail)) {
                *e = tr("The availability of roadmap %1 cannot be read: %2").arg(roadmapId).arg(detail);
                return false;
            }
            if (current == row)
                return true;
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT 1 FROM roadmap WHERE id = ?"));
            query.addBindValue(roadmapId);
            if (!run(query, &detail) || !query.next()) {
                *e = tr("The availability was not saved: %1")
                         .arg(detail.isEmpty() ? tr("There is no roadmap %1.").arg(roadmapId) : detail);
                return false;
            }
            if (!writeRow(db, roadmapId, row, &detail)) {
                *e = tr("The availability was not saved: %1").arg(detail);
                return false;
            }
            changed = true;
            return true;
        },
        error);
    if (committed && changed)
        Q_EMIT availabilityChanged(roadmapId);
    return committed;
}
