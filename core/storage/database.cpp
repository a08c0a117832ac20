// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "support/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <atomic>
#include <sqlite3.h>

namespace {

constexpr qint64 HeaderSize = 100;
constexpr char SqliteMagic[] = "SQLite format 3"; // followed by a NUL byte in the file

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto byte = [&](int i) { return quint32(quint8(bytes.at(offset + i))); };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

quint32 bigEndian16(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes.at(offset))) << 8) | quint32(quint8(bytes.at(offset + 1)));
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString uniqueConnectionName(const char *purpose)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("studyplanner-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

// Removes a connection once no QSqlDatabase handle to it is left in this scope.
void removeConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// The first column of the first row of `sql`, or an invalid QVariant with *error set.
QVariant scalar(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    if (!query.next()) {
        if (error)
            *error = QStringLiteral("%1 returned no row").arg(sql);
        return {};
    }
    return query.value(0);
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool createSchemaV1(QSqlDatabase &db, QString *error)
{
    // Keys are the structural keys of roadmap.h ("2", "2.b1", "2.3.1"); the Markdown stays the
    // source of truth for everything else, these rows exist for the learner's state and for SQL.
    static const char *const statements[] = {
        "CREATE TABLE roadmap ("
        " id INTEGER PRIMARY KEY,"
        " origin TEXT NOT NULL,"
        " title TEXT NOT NULL,"
        " created_utc TEXT NOT NULL)",

        "CREATE TABLE roadmap_document ("
        " roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,"
        " language TEXT NOT NULL,"
        " markdown TEXT NOT NULL,"
        " PRIMARY KEY (roadmap_id, language))",

        "CREATE TABLE stage ("
        " roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,"
        " key TEXT NOT NULL,"
        " position INTEGER NOT NULL,"
        " month_min INTEGER NOT NULL CHECK (month_min >= 0),"
        " month_max INTEGER CHECK (month_max IS NULL OR month_max >= 0),"
        " hours_min INTEGER NOT NULL CHECK (hours_min >= 0),"
        " hours_max INTEGER NOT NULL CHECK (hours_max >= 0),"
        " PRIMARY KEY (roadmap_id, key))",

        "CREATE TABLE branch ("
        " roadmap_id INTEGER NOT NULL,"
        " key TEXT NOT NULL,"
        " stage_key TEXT NOT NULL,"
        " position INTEGER NOT NULL,"
        " chosen INTEGER NOT NULL DEFAULT 1 CHECK (chosen IN (0, 1)),"
        " changed_utc TEXT,"
        " PRIMARY KEY (roadmap_id, key),"
        " FOREIGN KEY (roadmap_id, stage_key) REFERENCES stage(roadmap_id, key) ON DELETE CASCADE)",
        "CREATE INDEX branch_stage ON branch(roadmap_id, stage_key)",

        "CREATE TABLE item ("
        " roadmap_id INTEGER NOT NULL,"
        " key TEXT NOT NULL,"
        " stage_key TEXT NOT NULL,"
        " branch_key TEXT,"
        " position INTEGER NOT NULL,"
        " kind TEXT NOT NULL,"
        " estimated_hours REAL CHECK (estimated_hours IS NULL OR estimated_hours >= 0),"
        " done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
        " done_changed_utc TEXT,"
        " PRIMARY KEY (roadmap_id, key),"
        " FOREIGN KEY (roadmap_id, stage_key) REFERENCES stage(roadmap_id, key) ON DELETE CASCADE,"
        " FOREIGN KEY (roadmap_id, branch_key) REFERENCES branch(roadmap_id, key) ON DELETE CASCADE)",
        "CREATE INDEX item_stage ON item(roadmap_id, stage_key)",
        "CREATE INDEX item_branch ON item(roadmap_id, branch_key)",

        // "current_roadmap": the id of the roadmap the views show.
        "CREATE TABLE app_state ("
        " key TEXT PRIMARY KEY,"
        " value)",
    };
    for (const char *statement : statements) {
        if (!exec(db, QString::fromLatin1(statement), error))
            return false;
    }
    return true;
}

// The learner's plan per roadmap (plan/plan.h). Dates are ISO yyyy-MM-dd text, so that they sort
// and compare as dates; date(d, '+0 days') normalises, so only a real day in that form equals
// itself ('2027-02-30' becomes '2027-03-02'). `derived` names the field Planner computes.
bool createSchemaV2(QSqlDatabase &db, QString *error)
{
    static const char *const statements[] = {
        "CREATE TABLE plan ("
        " roadmap_id INTEGER PRIMARY KEY REFERENCES roadmap(id) ON DELETE CASCADE,"
        " start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date))",

        "CREATE TABLE stage_plan ("
        " roadmap_id INTEGER NOT NULL,"
        " stage_key TEXT NOT NULL,"
        " weekly_hours REAL NOT NULL CHECK (weekly_hours >= 0),"
        " effort_hours REAL NOT NULL CHECK (effort_hours >= 0),"
        " duration_days INTEGER NOT NULL CHECK (duration_days >= 0),"
        " derived TEXT NOT NULL CHECK (derived IN ('duration', 'effort', 'weekly_hours')),"
        " overlap_weeks INTEGER NOT NULL DEFAULT 0 CHECK (overlap_weeks >= 0),"
        " PRIMARY KEY (roadmap_id, stage_key),"
        " FOREIGN KEY (roadmap_id, stage_key) REFERENCES stage(roadmap_id, key) ON DELETE CASCADE,"
        " FOREIGN KEY (roadmap_id) REFERENCES plan(roadmap_id) ON DELETE CASCADE)",

        "CREATE TABLE pause ("
        " id INTEGER PRIMARY KEY,"
        " roadmap_id INTEGER NOT NULL REFERENCES plan(roadmap_id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " first_date TEXT NOT NULL CHECK (date(first_date, '+0 days') IS first_date),"
        " last_date TEXT NOT NULL CHECK (date(last_date, '+0 days') IS last_date),"
        " weekly_hours REAL NOT NULL DEFAULT 0 CHECK (weekly_hours >= 0),"
        " note TEXT NOT NULL DEFAULT '',"
        " CHECK (last_date >= first_date),"
        " UNIQUE (roadmap_id, position))",
    };
    for (const char *statement : statements) {
        if (!exec(db, QString::fromLatin1(statement), error))
            return false;
    }
    return true;
}

// The learner's availability per roadmap (schedule/availability.h): the weekly template in its
// one-line text form (AvailabilityText) and the block rules. Date exceptions come with schema 4.
bool createSchemaV3(QSqlDatabase &db, QString *error)
{
    return exec(db,
                QStringLiteral("CREATE TABLE availability ("
                               " roadmap_id INTEGER PRIMARY KEY REFERENCES roadmap(id) ON DELETE CASCADE,"
                               " template TEXT NOT NULL,"
                               " min_block_minutes INTEGER NOT NULL CHECK (min_block_minutes > 0),"
                               " max_block_minutes INTEGER NOT NULL CHECK (max_block_minutes >= min_block_minutes),"
                               " break_minutes INTEGER NOT NULL CHECK (break_minutes >= 0),"
                               " max_minutes_per_day INTEGER NOT NULL CHECK (max_minutes_per_day > 0))"),
                error);
}

// Study blocks, date exceptions of the availability, items dropped by a catch-up, and the busy time
// of the learner's imported calendars.
//
// Instants are UTC text "yyyy-MM-ddTHH:mm:ss.zzzZ" (one width, so text order is time order). A block's
// `id` (StudyBlock::id) is stable: the iCalendar UID of its exported event. Busy events are stored as
// occurrences (recurrences expanded at import over a bounded range), per calendar; re-importing a
// calendar (same `source`) replaces its events.
bool createSchemaV4(QSqlDatabase &db, QString *error)
{
    static const char *const statements[] = {
        "CREATE TABLE availability_exception ("
        " roadmap_id INTEGER NOT NULL REFERENCES availability(roadmap_id) ON DELETE CASCADE,"
        " date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),"
        " day_off INTEGER NOT NULL CHECK (day_off IN (0, 1)),"
        " extra TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (roadmap_id, date))",

        "CREATE TABLE study_block ("
        " roadmap_id INTEGER NOT NULL,"
        " id TEXT NOT NULL,"
        " start_utc TEXT NOT NULL CHECK (length(start_utc) = 24),"
        " end_utc TEXT NOT NULL CHECK (length(end_utc) = 24),"
        " stage_key TEXT NOT NULL,"
        " item_key TEXT,"
        " pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),"
        " catch_up INTEGER NOT NULL DEFAULT 0 CHECK (catch_up IN (0, 1)),"
        " status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'skipped', 'missed')),"
        " CHECK (end_utc > start_utc),"
        " PRIMARY KEY (roadmap_id, id),"
        " FOREIGN KEY (roadmap_id, stage_key) REFERENCES stage(roadmap_id, key) ON DELETE CASCADE)",
        "CREATE INDEX study_block_start ON study_block(roadmap_id, start_utc)",

        // The weeks (their Monday) whose blocks were placed by the scheduler: they keep their blocks
        // until the plan, the availability or the busy time change, or the learner asks again.
        "CREATE TABLE scheduled_week ("
        " roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,"
        " monday TEXT NOT NULL CHECK (date(monday, '+0 days') IS monday AND strftime('%w', monday) = '1'),"
        " PRIMARY KEY (roadmap_id, monday))",

        "CREATE TABLE dropped_item ("
        " roadmap_id INTEGER NOT NULL,"
        " item_key TEXT NOT NULL,"
        " PRIMARY KEY (roadmap_id, item_key),"
        " FOREIGN KEY (roadmap_id, item_key) REFERENCES item(roadmap_id, key) ON DELETE CASCADE)",

        "CREATE TABLE busy_calendar ("
        " id INTEGER PRIMARY KEY,"
        " source TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL DEFAULT '',"
        " imported_utc TEXT NOT NULL,"
        " range_start_utc TEXT NOT NULL,"
        " range_end_utc TEXT NOT NULL)",

        "CREATE TABLE busy_event ("
        " calendar_id INTEGER NOT NULL REFERENCES busy_calendar(id) ON DELETE CASCADE,"
        " start_utc TEXT NOT NULL CHECK (length(start_utc) = 24),"
        " end_utc TEXT NOT NULL CHECK (length(end_utc) = 24),"
        " summary TEXT NOT NULL DEFAULT '',"
        " all_day INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),"
        " CHECK (end_utc > start_utc))",
        "CREATE INDEX busy_event_calendar ON busy_event(calendar_id)",
        "CREATE INDEX busy_event_start ON busy_event(start_utc)",
    };
    for (const char *statement : statements) {
        if (!exec(db, QString::fromLatin1(statement), error))
            return false;
    }
    return true;
}

// The time the learner studied (tracking/timeentry.h). An entry without an end is the running timer:
// the partial unique index allows one at most, and no entry ends before it starts. The heartbeat of
// the running timer is written every minute, so that after a crash it can be ended where it stopped.
bool createSchemaV5(QSqlDatabase &db, QString *error)
{
    static const char *const statements[] = {
        // AUTOINCREMENT: an id is never given twice, so an undone deletion and a new entry differ.
        "CREATE TABLE time_entry ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,"
        " stage_key TEXT NOT NULL,"
        " item_key TEXT,"
        " block_id TEXT,"
        " start_utc TEXT NOT NULL CHECK (length(start_utc) = 24),"
        " end_utc TEXT CHECK (end_utc IS NULL OR (length(end_utc) = 24 AND end_utc >= start_utc)),"
        " offset_minutes INTEGER NOT NULL CHECK (offset_minutes BETWEEN -1080 AND 1080),"
        " heartbeat_utc TEXT CHECK (heartbeat_utc IS NULL OR (length(heartbeat_utc) = 24"
        " AND heartbeat_utc >= start_utc)),"
        " note TEXT NOT NULL DEFAULT '',"
        " source TEXT NOT NULL CHECK (source IN ('timer', 'manual', 'import')),"
        " FOREIGN KEY (roadmap_id, stage_key) REFERENCES stage(roadmap_id, key) ON DELETE CASCADE)",
        "CREATE UNIQUE INDEX time_entry_one_open ON time_entry(end_utc IS NULL) WHERE end_utc IS NULL",
        "CREATE INDEX time_entry_start ON time_entry(roadmap_id, start_utc)",
    };
    for (const char *statement : statements) {
        if (!exec(db, QString::fromLatin1(statement), error))
            return false;
    }
    return true;
}

} // namespace

Database::Database(Clock &clock) : m_clock(clock), m_connectionName(uniqueConnectionName("database")) {}

Database::~Database()
{
    close();
}

QList<Database::Migration> Database::migrations()
{
    return {
        {1, createSchemaV1}, {2, createSchemaV2}, {3, createSchemaV3}, {4, createSchemaV4}, {5, createSchemaV5},
    };
}

bool Database::open(const QString &path, QString *error, const QList<Migration> &migrationList)
{
    close();
    QString message;
    const bool ok = openChecked(path, migrationList, &message);
    if (!ok)
        close();
    if (error)
        *error = message;
    return ok;
}

bool Database::openChecked(const QString &path, const QList<Migration> &migrationList, QString *error)
{
    const QString shown = nativePath(path);
    int targetVersion = 0;
    for (const Migration &migration : migrationList) {
        if (migration.version != targetVersion + 1 || !migration.apply) {
            *error = tr("Internal error: the migrations for %1 are not numbered 1, 2, 3...").arg(shown);
            return false;
        }
        targetVersion = migration.version;
    }

    const QFileInfo info(path);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            *error = tr("%1 cannot be created: its folder cannot be created.").arg(shown);
            return false;
        }
        m_path = path;
        QString detail;
        if (!openConnection(false, &detail)) {
            *error = tr("%1 cannot be created: %2").arg(shown, detail);
        } else if (!migrate(0, migrationList, &detail)) {
            *error = tr("%1 cannot be created: %2").arg(shown, detail);
        } else if (!configureConnection(&detail)) {
            *error = detail;
        } else {
            return true;
        }
        // Nothing of value is in a file we just created and could not set up.
        close();
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return false;
    }

    int fileVersion = 0;
    if (!checkExistingFile(path, &fileVersion, error))
        return false;

    m_path = path;
    if (fileVersion > targetVersion) {
        m_readOnly = true;
        QString detail;
        if (!openConnection(true, &detail)) {
            *error = tr("%1 cannot be opened: %2").arg(shown, detail);
            return false;
        }
        if (!configureConnection(error))
            return false;
        *error = tr("%1 was written by a newer Study Planner (schema %2); it is opened read-only.")
                     .arg(shown)
                     .arg(fileVersion);
        return true;
    }

    QString detail;
    if (!openConnection(false, &detail)) {
        *error = tr("%1 cannot be opened: %2").arg(shown, detail);
        return false;
    }
    if (fileVersion < targetVersion) {
        if (!backup(&detail)) {
            *error = tr("%1 was not upgraded because no backup copy could be made: %2").arg(shown, detail);
            return false;
        }
        if (!migrate(fileVersion, migrationList, &detail)) {
            *error = tr("%1 could not be upgraded from schema %2 to %3 and was left as it was: %4")
                         .arg(shown)
                         .arg(fileVersion)
                         .arg(targetVersion)
                         .arg(detail);
            return false;
        }
    }
    return configureConnection(error);
}

// Looks at the file without changing a byte of it: first its header as plain bytes, then, through
// a read-only connection, its integrity and schema version.
bool Database::checkExistingFile(const QString &path, int *fileVersion, QString *error) const
{
    const QString shown = nativePath(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1 is a folder, not a Study Planner database.").arg(shown);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(shown, file.errorString());
        return false;
    }
    const qint64 size = file.size();
    const QByteArray header = file.read(HeaderSize);
    file.close();
    if (size == 0) {
        *error = tr("%1 is empty: it is not a Study Planner database.").arg(shown);
        return false;
    }
    const QByteArray magic(SqliteMagic, sizeof(SqliteMagic)); // with the terminating NUL
    if (!magic.startsWith(header.left(magic.size()))) {
        *error = tr("%1 is not an SQLite database, so it is not a Study Planner database.").arg(shown);
        return false;
    }
    if (size < HeaderSize) {
        *error = tr("%1 is truncated: it is shorter than an SQLite header.").arg(shown);
        return false;
    }
    const quint32 rawPageSize = bigEndian16(header, 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        *error = tr("%1 is damaged: its header names an impossible page size.").arg(shown);
        return false;
    }

    // A write-ahead log left by a crash holds committed pages that the main file does not have
    // yet, header included; then only SQLite itself can tell the size and the application id.
    const QFileInfo wal(path + QLatin1String("-wal"));
    const bool walPresent = wal.exists();
    if (!walPresent || wal.size() == 0) {
        const quint32 pageCount = bigEndian32(header, 28);
        const bool pageCountValid = pageCount > 0 && bigEndian32(header, 92) == bigEndian32(header, 24);
        if (size % pageSize != 0 || (pageCountValid && size < pageSize * pageCount)) {
            *error = tr("%1 is truncated: it is shorter than the database its header describes.").arg(shown);
            return false;
        }
        if (bigEndian32(header, 68) != quint32(ApplicationId)) {
            *error = tr("%1 is an SQLite database of another application, not a Study Planner database.").arg(shown);
            return false;
        }
    }

    // Even root, for whom permissions do not block writes, gets a file someone marked read-only
    // left alone.
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & anyWrite)) {
        *error = tr("%1 is read-only: Study Planner needs to write to its database.").arg(shown);
        return false;
    }

    const QString checkName = uniqueConnectionName("check");
    const bool ok = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
        if (walPresent) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            // immutable: no locks, no -wal or -shm files created next to a file we may refuse.
            QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            url.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            *error = tr("%1 cannot be opened: %2").arg(shown, db.lastError().text());
            return false;
        }
        QString detail;
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
            *error = tr("%1 is damaged: %2").arg(shown, check.lastError().text());
            return false;
        }
        const QString firstLine = check.next() ? check.value(0).toString() : QString();
        check.finish();
        if (firstLine != QLatin1String("ok")) {
            *error = tr("%1 is damaged: %2").arg(shown, firstLine);
            return false;
        }
        const QVariant applicationId = scalar(db, QStringLiteral("PRAGMA application_id"), &detail);
        if (!applicationId.isValid()) {
            *error = tr("%1 is damaged: %2").arg(shown, detail);
            return false;
        }
        if (applicationId.toInt() != ApplicationId) {
            *error = tr("%1 is an SQLite database of another application, not a Study Planner database.").arg(shown);
            return false;
        }
        const QVariant version = scalar(db, QStringLiteral("PRAGMA user_version"), &detail);
        if (!version.isValid()) {
            *error = tr("%1 is damaged: %2").arg(shown, detail);
            return false;
        }
        *fileVersion = version.toInt();
        return true;
    }();
    removeConnection(checkName);
    return ok;
}

bool Database::openConnection(bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    if (!sqliteHandle(db)) {
        *error = tr("the SQLite driver does not expose its handle");
        return false;
    }
    return true;
}

bool Database::configureConnection(QString *error)
{
    const QString shown = nativePath(m_path);
    QSqlDatabase db = connection();
    QString detail;
    bool ok = exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &detail)
              && exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &detail)
              && exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"), &detail);
    // A read-only connection cannot change the journal mode; it reads whatever the file uses.
    const QVariant journalMode = scalar(
        db, m_readOnly ? QStringLiteral("PRAGMA journal_mode") : QStringLiteral("PRAGMA journal_mode = WAL"), &detail);
    ok = ok && journalMode.isValid();
    if (!ok) {
        *error = tr("%1 cannot be set up: %2").arg(shown, detail);
        return false;
    }
    if (!m_readOnly && journalMode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = tr("%1 cannot use write-ahead logging (is it on a network drive?); its journal mode is %2.")
                     .arg(shown, journalMode.toString());
        return false;
    }
    if (scalar(db, QStringLiteral("PRAGMA foreign_keys"), &detail).toInt() != 1
        || scalar(db, QStringLiteral("PRAGMA synchronous"), &detail).toInt() != 2) {
        *error = tr("%1 cannot be set up: SQLite ignored a setting.").arg(shown);
        return false;
    }
    return true;
}

void Database::close()
{
    removeConnection(m_connectionName);
    m_path.clear();
    m_backupPath.clear();
    m_readOnly = false;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

bool Database::isReadOnly() const
{
    return m_readOnly;
}

QString Database::path() const
{
    return m_path;
}

QString Database::backupPath() const
{
    return m_backupPath;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (!isOpen())
        return 0;
    QSqlDatabase db = connection();
    return scalar(db, QStringLiteral("PRAGMA user_version"), nullptr).toInt();
}

bool Database::write(const std::function<bool(QSqlDatabase &, QString *)> &work, QString *error)
{
    QString message;
    const bool ok = [&] {
        if (!isOpen()) {
            message = tr("No database is open.");
            return false;
        }
        const QString shown = nativePath(m_path);
        if (m_readOnly) {
            message = tr("%1 is opened read-only: the change was not saved.").arg(shown);
            return false;
        }
        QSqlDatabase db = connection();
        QString detail;
        // Inside another write() a savepoint: the outer transaction commits or rolls back the whole.
        const bool nested = m_writeDepth > 0;
        const QString savepoint = QStringLiteral("write%1").arg(m_writeDepth);
        const QString begin = nested ? QStringLiteral("SAVEPOINT ") + savepoint : QStringLiteral("BEGIN IMMEDIATE");
        const QString commit = nested ? QStringLiteral("RELEASE ") + savepoint : QStringLiteral("COMMIT");
        const auto rollback = [&] {
            if (nested) {
                exec(db, QStringLiteral("ROLLBACK TO ") + savepoint, nullptr);
                exec(db, QStringLiteral("RELEASE ") + savepoint, nullptr);
            } else {
                exec(db, QStringLiteral("ROLLBACK"), nullptr);
            }
        };
        if (!exec(db, begin, &detail)) {
            message = tr("The change cannot be saved to %1: %2").arg(shown, detail);
            return false;
        }
        ++m_writeDepth;
        const bool worked = work(db, &detail);
        --m_writeDepth;
        if (!worked) {
            rollback();
            message = detail.isEmpty() ? tr("The change was not saved to %1.").arg(shown) : detail;
            return false;
        }
        if (!exec(db, commit, &detail)) {
            rollback();
            message = tr("The change cannot be saved to %1: %2").arg(shown, detail);
            return false;
        }
        return true;
    }();
    if (error)
        *error = ok ? QString() : message;
    return ok;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/studyplanner.sqlite");
}

// Applies every migration after `fromVersion` in one transaction. Foreign keys are off while the
// schema changes (SQLite's recommended way to rebuild tables) and checked as a whole at the end.
bool Database::migrate(int fromVersion, const QList<Migration> &migrationList, QString *error)
{
    QSqlDatabase db = connection();
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"), error)
        || !exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;

    const bool ok = [&] {
        int version = fromVersion;
        for (const Migration &migration : migrationList) {
            if (migration.version <= fromVersion)
                continue;
            QString detail;
            if (!migration.apply(db, &detail)) {
                *error = tr("schema %1: %2").arg(migration.version).arg(detail);
                return false;
            }
            version = migration.version;
        }
        QSqlQuery foreignKeys(db);
        if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            *error = foreignKeys.lastError().text();
            return false;
        }
        if (foreignKeys.next()) {
            *error = tr("a row of table %1 refers to a missing row of table %2")
                         .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString());
            return false;
        }
        foreignKeys.finish();
        return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error)
               && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error)
               && exec(db, QStringLiteral("COMMIT"), error);
    }();
    if (!ok)
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
    return exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), ok ? error : nullptr) && ok;
}

// Copies the open database page by page with SQLite's online backup API to
// "<path>.backup-v<version>-<local time>". The handle comes from Qt's driver and is used with the
// SQLite we link: both must be the same library, as on Debian, where Qt's driver uses the system
// SQLite. A Qt with its own copy of SQLite (the Windows and macOS installers) needs VACUUM INTO here.
bool Database::backup(QString *error)
{
    QSqlDatabase db = connection();
    sqlite3 *source = sqliteHandle(db);
    if (!source) {
        *error = tr("the SQLite driver does not expose its handle");
        return false;
    }
    const int version = scalar(db, QStringLiteral("PRAGMA user_version"), error).toInt();
    const QString stem = m_path
                         + QStringLiteral(".backup-v%1-%2")
                               .arg(version)
                               .arg(m_clock.now().toLocalTime().toString(QStringLiteral("yyyyMMddHHmmss")));
    QString target = stem;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + QStringLiteral("-%1").arg(n);

    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *copy = sqlite3_backup_init(destination, "main", source, "main");
        if (copy) {
            for (int attempt = 0; attempt < 50; ++attempt) {
                rc = sqlite3_backup_step(copy, -1);
                if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                    break;
                sqlite3_sleep(100);
            }
            rc = sqlite3_backup_finish(copy);
        } else {
            rc = sqlite3_errcode(destination);
        }
    }
    const QString detail =
        destination ? QString::fromUtf8(sqlite3_errmsg(destination)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        *error = tr("%1: %2").arg(nativePath(target), detail);
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(target + QLatin1String(suffix));
        return false;
    }
    m_backupPath = target;
    return true;
}
