// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/entryrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <map>
#include <utility>

namespace {

using SqlHelpers::run;
using SqlHelpers::setError;
using SqlHelpers::utcFromText;
using SqlHelpers::utcText;

const QString Columns =
    QStringLiteral("id, stage_key, item_key, block_id, start_utc, end_utc, offset_minutes, note, source, "
                   "heartbeat_utc, roadmap_id");

QString sourceName(TimeEntry::Source source)
{
    switch (source) {
    case TimeEntry::Source::Timer:
        return QStringLiteral("timer");
    case TimeEntry::Source::Manual:
        return QStringLiteral("manual");
    case TimeEntry::Source::Import:
        return QStringLiteral("import");
    }
    return {};
}

TimeEntry::Source sourceFromName(const QString &name)
{
    if (name == QLatin1String("timer"))
        return TimeEntry::Source::Timer;
    if (name == QLatin1String("import"))
        return TimeEntry::Source::Import;
    return TimeEntry::Source::Manual;
}

struct Row {
    TimeEntry entry;
    QDateTime heartbeat;
    int roadmapId = 0;
};

Row readRow(const QSqlQuery &query)
{
    Row row;
    TimeEntry &e = row.entry;
    e.id = query.value(0).toLongLong();
    e.stageKey = query.value(1).toString();
    e.itemKey = query.value(2).toString();
    e.blockId = query.value(3).toString();
    e.start = utcFromText(query.value(4).toString());
    if (!query.value(5).isNull())
        e.end = utcFromText(query.value(5).toString());
    e.offsetMinutes = query.value(6).toInt();
    e.note = query.value(7).toString();
    e.source = sourceFromName(query.value(8).toString());
    row.heartbeat = query.value(9).isNull() ? e.start : utcFromText(query.value(9).toString());
    row.roadmapId = query.value(10).toInt();
    return row;
}

// The WHERE clause of a filter, with its values bound in order by bind().
QString where(const EntryRepository::Filter &filter)
{
    QString sql = QStringLiteral(" WHERE roadmap_id = ? AND end_utc IS NOT NULL");
    if (filter.from.isValid())
        sql += QStringLiteral(" AND end_utc > ?");
    if (filter.to.isValid())
        sql += QStringLiteral(" AND start_utc < ?");
    if (!filter.stageKey.isEmpty())
        sql += QStringLiteral(" AND stage_key = ?");
    if (!filter.text.isEmpty())
        sql += QStringLiteral(" AND instr(lower(note), lower(?)) > 0");
    return sql;
}

void bind(QSqlQuery &query, int roadmapId, const EntryRepository::Filter &filter)
{
    query.addBindValue(roadmapId);
    if (filter.from.isValid())
        query.addBindValue(utcText(filter.from));
    if (filter.to.isValid())
        query.addBindValue(utcText(filter.to));
    if (!filter.stageKey.isEmpty())
        query.addBindValue(filter.stageKey);
    if (!filter.text.isEmpty())
        query.addBindValue(filter.text);
}

QString refusal(const TimeEntry &e, bool mustBeClosed)
{
    if (e.stageKey.isEmpty())
        return EntryRepository::tr("An entry has no stage.");
    if (!e.start.isValid())
        return EntryRepository::tr("An entry has no valid start.");
    if (mustBeClosed && !e.end)
        return EntryRepository::tr("An entry has no end.");
    if (e.end && (!e.end->isValid() || *e.end < e.start))
        return EntryRepository::tr("An entry ends before it starts.");
    if (e.offsetMinutes < -18 * 60 || e.offsetMinutes > 18 * 60)
        return EntryRepository::tr("An entry's UTC offset is out of range.");
    return {};
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Inserts (id 0) or replaces `e`; returns its id, 0 on failure.
qint64 write(QSqlDatabase &db, int roadmapId, const TimeEntry &e, QString *error)
{
    QSqlQuery query(db);
    query.prepare(e.id == 0 ? QStringLiteral("INSERT INTO time_entry (roadmap_id, stage_key, item_key, block_id,"
                                             " start_utc, end_utc, offset_minutes, note, source)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            : QStringLiteral("INSERT OR REPLACE INTO time_entry (id, roadmap_id, stage_key, item_key,"
                                             " block_id, start_utc, end_utc, offset_minutes, note, source)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (e.id != 0)
        query.addBindValue(e.id);
    query.addBindValue(roadmapId);
    query.addBindValue(e.stageKey);
    query.addBindValue(textOrNull(e.itemKey));
    query.addBindValue(textOrNull(e.blockId));
    query.addBindValue(utcText(e.start));
    query.addBindValue(e.end ? QVariant(utcText(*e.end)) : QVariant());
    query.addBindValue(e.offsetMinutes);
    query.addBindValue(e.note.isNull() ? QStringLiteral("") : e.note);
    query.addBindValue(sourceName(e.source));
    if (!run(query, error))
        return 0;
    return e.id != 0 ? e.id : query.lastInsertId().toLongLong();
}

} // namespace

EntryRepository::EntryRepository(Database &database, QObject *parent) : QObject(parent), m_database(database) {}

std::optional<EntryRepository::OpenTimer> EntryRepository::openTimer(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM time_entry WHERE end_utc IS NULL").arg(Columns));
    QString detail;
    if (!run(query, &detail)) {
        setError(error, tr("The running timer cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    setError(error, QString());
    if (!query.next())
        return std::nullopt;
    const Row row = readRow(query);
    return OpenTimer{row.roadmapId, row.entry, row.heartbeat};
}

std::optional<TimeEntry> EntryRepository::startTimer(int roadmapId, const TimeEntry &entry, QString *error)
{
    TimeEntry started = entry;
    started.id = 0;
    started.end.reset();
    started.source = TimeEntry::Source::Timer;
    if (const QString why = refusal(started, false); !why.isEmpty()) {
        setError(error, tr("The timer was not started: %1").arg(why));
        return std::nullopt;
    }
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QSqlQuery open(db);
            QString detail;
            if (!open.exec(QStringLiteral("SELECT 1 FROM time_entry WHERE end_utc IS NULL")) || open.next()) {
                *e = tr("The timer was not started: a timer is already running.");
                return false;
            }
            started.id = write(db, roadmapId, started, &detail);
            if (started.id == 0) {
                *e = tr("The timer was not started: %1").arg(detail);
                return false;
            }
            return true;
        },
        error);
    if (!committed)
        return std::nullopt;
    Q_EMIT timerChanged();
    Q_EMIT entriesChanged(roadmapId);
    return started;
}

bool EntryRepository::heartbeat(qint64 id, const QDateTime &at, QString *error)
{
    return m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QSqlQuery query(db);
            // Never before the start (a clock set back): the check constraint would refuse it.
            query.prepare(QStringLiteral("UPDATE time_entry SET heartbeat_utc = max(start_utc, ?)"
                                         " WHERE id = ? AND end_utc IS NULL"));
            query.addBindValue(utcText(at));
            query.addBindValue(id);
            QString detail;
            if (!run(query, &detail)) {
                *e = tr("The timer's heartbeat was not saved: %1").arg(detail);
                return false;
            }
            return true;
        },
        error);
}

std::optional<TimeEntry> EntryRepository::stopTimer(qint64 id, const QDateTime &end, QString *error)
{
    std::optional<TimeEntry> stopped;
    int roadmapId = 0;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT %1 FROM time_entry WHERE id = ? AND end_utc IS NULL").arg(Columns));
            query.addBindValue(id);
            QString detail;
            if (!run(query, &detail) || !query.next()) {
                *e = detail.isEmpty() ? tr("The timer was not stopped: it is not running.")
                                      : tr("The timer was not stopped: %1").arg(detail);
                return false;
            }
            Row row = readRow(query);
            query.finish();
            if (!end.isValid() || end < row.entry.start) {
                *e = tr("The timer was not stopped: it cannot end before it started.");
                return false;
            }
            row.entry.end = end;
            if (row.entry.start.secsTo(end) < 1) {
                // A timer that ran no time (its idle time discarded from the start) leaves nothing.
                query.prepare(QStringLiteral("DELETE FROM time_entry WHERE id = ?"));
            } else {
                query.prepare(QStringLiteral("UPDATE time_entry SET end_utc = ?, heartbeat_utc = NULL WHERE id = ?"));
                query.addBindValue(utcText(end));
            }
            query.addBindValue(id);
            if (!run(query, &detail)) {
                *e = tr("The timer was not stopped: %1").arg(detail);
                return false;
            }
            stopped = row.entry;
            roadmapId = row.roadmapId;
            return true;
        },
        error);
    if (!committed)
        return std::nullopt;
    Q_EMIT timerChanged();
    Q_EMIT entriesChanged(roadmapId);
    return stopped;
}

std::optional<TimeEntry> EntryRepository::entry(qint64 id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM time_entry WHERE id = ?").arg(Columns));
    query.addBindValue(id);
    QString detail;
    if (!run(query, &detail)) {
        setError(error, tr("The study log cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    setError(error, QString());
    if (!query.next())
        return std::nullopt;
    return readRow(query).entry;
}

std::optional<QList<TimeEntry>> EntryRepository::entries(int roadmapId, const Filter &filter, int offset, int limit,
                                                         Order order, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString direction = order == Order::Ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    query.prepare(QStringLiteral("SELECT %1 FROM time_entry%2 ORDER BY start_utc %3, id %3 LIMIT ? OFFSET ?")
                      .arg(Columns, where(filter), direction));
    bind(query, roadmapId, filter);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QString detail;
    if (!run(query, &detail)) {
        setError(error, tr("The study log cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    QList<TimeEntry> result;
    while (query.next())
        result.append(readRow(query).entry);
    setError(error, QString());
    return result;
}

std::optional<int> EntryRepository::count(int roadmapId, const Filter &filter, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM time_entry%1").arg(where(filter)));
    bind(query, roadmapId, filter);
    QString detail;
    if (!run(query, &detail) || !query.next()) {
        setError(error, tr("The study log cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    setError(error, QString());
    return query.value(0).toInt();
}

std::optional<qint64> EntryRepository::totalSeconds(int roadmapId, const Filter &filter, QString *error) const
{
    QSqlQuery query(m_database.connection());
    // Whole entries in the filter: the seconds between their instants (unixepoch() is SQLite 3.38+,
    // strftime('%s') works everywhere and ignores the milliseconds, which entries do not have).
    query.prepare(QStringLiteral("SELECT coalesce(sum(strftime('%s', end_utc) - strftime('%s', start_utc)), 0)"
                                 " FROM time_entry%1")
                      .arg(where(filter)));
    bind(query, roadmapId, filter);
    QString detail;
    if (!run(query, &detail) || !query.next()) {
        setError(error, tr("The study log cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    setError(error, QString());
    return query.value(0).toLongLong();
}

QString EntryRepository::weeklyHoursStatement()
{
    // The local start date (UTC shifted by the entry's own offset), moved back to its Monday:
    // 'weekday 0' goes forward to the Sunday (or stays on it), six days before is the Monday.
    return QStringLiteral("SELECT date(start_utc, offset_minutes || ' minutes', 'weekday 0', '-6 days') AS monday,"
                          " sum(strftime('%s', end_utc) - strftime('%s', start_utc)) FROM time_entry"
                          " WHERE roadmap_id = ? AND end_utc IS NOT NULL AND (? = '' OR stage_key = ?)"
                          " GROUP BY monday ORDER BY monday");
}

std::optional<QList<QPair<QDate, double>>> EntryRepository::weeklyHours(int roadmapId, const QString &stageKey,
                                                                        QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(weeklyHoursStatement());
    query.addBindValue(roadmapId);
    query.addBindValue(stageKey.isNull() ? QStringLiteral("") : stageKey);
    query.addBindValue(stageKey.isNull() ? QStringLiteral("") : stageKey);
    QString detail;
    if (!run(query, &detail)) {
        setError(error, tr("The study log cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    QList<QPair<QDate, double>> weeks;
    while (query.next())
        weeks.append({QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toDouble() / 3600});
    setError(error, QString());
    return weeks;
}

std::optional<QList<EntryRepository::DayHours>> EntryRepository::dailyHours(int roadmapId, const QDate &from,
                                                                            const QDate &to, QString *error) const
{
    return daily(false, roadmapId, from, to, error);
}

std::optional<QList<EntryRepository::DayHours>> EntryRepository::dailyStageHours(int roadmapId, const QDate &from,
                                                                                 const QDate &to, QString *error) const
{
    return daily(true, roadmapId, from, to, error);
}

std::optional<QList<EntryRepository::DayHours>> EntryRepository::daily(bool perStage, int roadmapId, const QDate &from,
                                                                       const QDate &to, QString *error) const
{
    // An entry's local time is its UTC instant shifted by its own offset: s and t below, in seconds
    // since 1970-01-01 (Julian day 2440588) of that local time (unixepoch(), SQLite 3.38 and later:
    // a third faster than julianday() arithmetic, which is three times faster than strftime('%s');
    // the inner query with LIMIT -1 is computed once per row, not flattened into each use). The entries are added
    // up by the local day of their start (d0) and of their last second (d1), shifted by Shift days
    // so that the integer division is a floor before 1970 too: the sums of s and t give the part of
    // the first and of the last day, the count the whole days in between (an entry over midnight).
    constexpr qint64 UnixJulianDay = 2440588;
    constexpr qint64 Shift = 1000000;
    constexpr qint64 Day = 86400;
    QString where = QStringLiteral("+roadmap_id = ? AND end_utc > start_utc");
    if (from.isValid())
        where += QStringLiteral(" AND end_utc > ?");
    if (to.isValid())
        where += QStringLiteral(" AND start_utc < ?");
    const QString statement =
        QStringLiteral("SELECT (s + %1) / 86400, (t - 1 + %1) / 86400, %2, sum(s), sum(t), count(*) FROM ("
                       " SELECT stage_key AS stage,"
                       "  unixepoch(start_utc) + 60 * offset_minutes AS s,"
                       "  unixepoch(end_utc) + 60 * offset_minutes AS t"
                       " FROM time_entry WHERE %3 LIMIT -1)"
                       " GROUP BY 1, 2, 3")
            .arg(QString::number(Shift * Day), perStage ? QStringLiteral("stage") : QStringLiteral("''"), where);
    // An offset is at most 18 hours: the UTC bounds take every entry that can touch a day in range.
    constexpr qint64 MaxOffset = 18 * 3600;
    const qint64 firstDay = from.isValid() ? from.toJulianDay() - UnixJulianDay : std::numeric_limits<qint64>::min();
    const qint64 lastDay = to.isValid() ? to.toJulianDay() - UnixJulianDay : std::numeric_limits<qint64>::max();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    query.addBindValue(roadmapId);
    if (from.isValid())
        query.addBindValue(utcText(QDateTime(from, QTime(0, 0), Qt::UTC).addSecs(-MaxOffset)));
    if (to.isValid())
        query.addBindValue(utcText(QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).addSecs(MaxOffset)));
    QString detail;
    if (!run(query, &detail)) {
        setError(error, tr("The study log cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    // Seconds per (day, stage), the stages numbered as they come.
    QStringList stages;
    QHash<QString, int> stageIds;
    std::map<std::pair<qint64, int>, qint64> seconds;
    const auto add = [&](qint64 day, int stage, qint64 s) {
        if (s > 0 && day >= firstDay && day <= lastDay)
            seconds[{day, stage}] += s;
    };
    while (query.next()) {
        const qint64 d0 = query.value(0).toLongLong() - Shift;
        const qint64 d1 = query.value(1).toLongLong() - Shift;
        const QString stage = query.value(2).toString();
        const qint64 starts = query.value(3).toLongLong();
        const qint64 ends = query.value(4).toLongLong();
        const qint64 count = query.value(5).toLongLong();
        auto id = stageIds.constFind(stage);
        if (id == stageIds.cend()) {
            id = stageIds.insert(stage, int(stages.size()));
            stages.append(stage);
        }
        if (d1 == d0) {
            add(d0, *id, ends - starts);
            continue;
        }
        add(d0, *id, count * (d0 + 1) * Day - starts);
        add(d1, *id, ends - count * d1 * Day);
        for (qint64 day = std::max(d0 + 1, firstDay); day < d1 && day <= lastDay; ++day)
            add(day, *id, count * Day);
    }
    QList<DayHours> days;
    days.reserve(qsizetype(seconds.size()));
    for (const auto &[key, s] : seconds)
        days.append({QDate::fromJulianDay(key.first + UnixJulianDay), stages.at(key.second), double(s) / 3600});
    // By day, then stage.
    std::stable_sort(days.begin(), days.end(), [](const DayHours &a, const DayHours &b) {
        return a.date < b.date || (a.date == b.date && a.stageKey < b.stageKey);
    });
    setError(error, QString());
    return days;
}

std::optional<QHash<QString, double>> EntryRepository::itemHours(int roadmapId, QString *error) const
{
    return hoursBy(QStringLiteral("item_key"), roadmapId, error);
}

std::optional<QHash<QString, double>> EntryRepository::stageHours(int roadmapId, QString *error) const
{
    return hoursBy(QStringLiteral("stage_key"), roadmapId, error);
}

std::optional<QHash<QString, double>> EntryRepository::hoursBy(const QString &column, int roadmapId,
                                                               QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, sum(strftime('%s', end_utc) - strftime('%s', start_utc))"
                                 " FROM time_entry WHERE roadmap_id = ? AND end_utc IS NOT NULL AND %1 IS NOT NULL"
                                 " GROUP BY %1")
                      .arg(column));
    query.addBindValue(roadmapId);
    QString detail;
    if (!run(query, &detail)) {
        setError(error, tr("The study log cannot be read: %1").arg(detail));
        return std::nullopt;
    }
    QHash<QString, double> hours;
    while (query.next())
        hours.insert(query.value(0).toString(), query.value(1).toDouble() / 3600);
    setError(error, QString());
    return hours;
}

std::optional<QList<qint64>> EntryRepository::change(int roadmapId, const QList<qint64> &remove,
                                                     const QList<TimeEntry> &put, QString *error)
{
    for (const TimeEntry &e : put) {
        if (const QString why = refusal(e, true); !why.isEmpty()) {
            setError(error, tr("The study log was not changed: %1").arg(why));
            return std::nullopt;
        }
    }
    QList<qint64> ids;
    const bool committed = m_database.write(
        [&](QSqlDatabase &db, QString *e) {
            QString detail;
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM time_entry WHERE id = ? AND roadmap_id = ?"));
            for (const qint64 id : remove) {
                query.addBindValue(id);
                query.addBindValue(roadmapId);
                if (!run(query, &detail)) {
                    *e = tr("The study log was not changed: %1").arg(detail);
                    return false;
                }
            }
            for (const TimeEntry &entry : put) {
                const qint64 id = write(db, roadmapId, entry, &detail);
                if (id == 0) {
                    *e = tr("The study log was not changed: %1").arg(detail);
                    return false;
                }
                ids.append(id);
            }
            return true;
        },
        error);
    if (!committed)
        return std::nullopt;
    Q_EMIT entriesChanged(roadmapId);
    return ids;
}
