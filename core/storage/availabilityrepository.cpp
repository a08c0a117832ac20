// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/availabilityrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

using SqlHelpers::run;
using SqlHelpers::setError;

// What is stored: the template in its one-line form and the block rules.
struct StoredAvailability {
    QString weeklyTemplate;
    int minBlockMinutes = 0;
    int maxBlockMinutes = 0;
    int breakMinutes = 0;
    int maxMinutesPerDay = 0;

    bool operator==(const StoredAvailability &o) const
    {
        return weeklyTemplate == o.weeklyTemplate && minBlockMinutes == o.minBlockMinutes
               && maxBlockMinutes == o.maxBlockMinutes && breakMinutes == o.breakMinutes
               && maxMinutesPerDay == o.maxMinutesPerDay;
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
    return run(query, error);
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
