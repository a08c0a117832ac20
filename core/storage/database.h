// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// The one SQLite file that holds everything the learner does.
//
// open() checks the file before anything writes to it: a file that is not ours (empty, foreign,
// truncated, corrupt) or a read-only file is refused with a message naming the file and is left
// byte for byte as it was; one from a newer schema is opened read-only, also unchanged. A missing
// file is created. An older schema is copied aside with SQLite's backup API and then migrated in
// one transaction; if that fails, the file is left as it was.
//
// Every connection runs with foreign_keys=ON, journal_mode=WAL and synchronous=FULL. Writes go
// through write(), one BEGIN IMMEDIATE transaction per user change. The migration list holds
// versions 1..N in order; the schema version written is the last one's.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int SchemaVersion = 5;
    static constexpr int ApplicationId = 0x53545059; // "STPY"

    // A migration brings the schema from `version - 1` to `version`.
    struct Migration {
        int version;
        std::function<bool(QSqlDatabase &db, QString *error)> apply;
    };
    static QList<Migration> migrations();

    // `clock` names the backup copies made before a migration.
    explicit Database(Clock &clock = Clock::system());
    ~Database();

    // `migrationList` is for tests; the application uses migrations(). Opening a newer file
    // read-only returns true and explains it in *error.
    bool open(const QString &path, QString *error, const QList<Migration> &migrationList = migrations());
    void close();

    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    QString backupPath() const; // the copy made before the last migration, empty if none
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Runs `work` in a BEGIN IMMEDIATE transaction: commits if it returns true, rolls back
    // otherwise (or when the commit fails). Returns whether the change was committed. Called from
    // inside another write()'s `work`, it runs in a savepoint of that transaction: several
    // repositories' writes then commit or roll back together.
    bool write(const std::function<bool(QSqlDatabase &db, QString *error)> &work, QString *error);

    // The platform's application data location (QStandardPaths::AppDataLocation)/studyplanner.sqlite.
    static QString defaultPath();

private:
    bool openChecked(const QString &path, const QList<Migration> &migrationList, QString *error);
    bool checkExistingFile(const QString &path, int *fileVersion, QString *error) const;
    bool openConnection(bool readOnly, QString *error);
    bool configureConnection(QString *error);
    bool migrate(int fromVersion, const QList<Migration> &migrationList, QString *error);
    bool backup(QString *error);

    Clock &m_clock;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    bool m_readOnly = false;
    int m_writeDepth = 0;
};
