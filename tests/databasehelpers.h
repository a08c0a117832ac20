// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the storage tests: raw SQLite connections that bypass Database, file hashes,
// logical dumps and the committed schema fixtures.

#include "support/clock.h"
#include "testconfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace TestDb {

class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &now) : m_now(now) {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

// A connection of its own, independent of Database, removed when it goes out of scope.
class RawConnection
{
    Q_DISABLE_COPY_MOVE(RawConnection)

public:
    explicit RawConnection(const QString &path, bool readOnly = false) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }
    QVariant scalar(const QString &sql) const { return scalar(db(), sql); }

    static QVariant scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Copies a file (a fixture) so that the copy is writable whatever the source tree's permissions.
inline bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to)
           && QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther);
}

// application_id, user_version, the schema and every row of every table, in a stable order.
inline QStringList dump(const QString &path)
{
    RawConnection connection(path, true);
    if (!connection.isOpen())
        return {QStringLiteral("cannot open")};
    QStringList lines;
    lines << QStringLiteral("application_id=") + connection.scalar(QStringLiteral("PRAGMA application_id")).toString()
          << QStringLiteral("user_version=") + connection.scalar(QStringLiteral("PRAGMA user_version")).toString();
    QStringList tables;
    QSqlQuery schema(connection.db());
    schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (schema.next()) {
        lines << schema.value(0).toString() + QLatin1Char(' ') + schema.value(1).toString() + QLatin1String(": ")
                     + schema.value(2).toString();
        if (schema.value(0).toString() == QLatin1String("table"))
            tables << schema.value(1).toString();
    }
    schema.finish();
    for (const QString &table : tables) {
        QStringList rows;
        QSqlQuery query(connection.db());
        query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << table + QLatin1String(": ") + values.join(QLatin1Char('|'));
        }
        rows.sort();
        lines << rows;
    }
    return lines;
}

inline int rowCount(const QSqlDatabase &db, const QString &table)
{
    return RawConnection::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toInt();
}

struct Fixture {
    int version;
    QString path;
};

// tests/data/schemas/schema_v<N>.sqlite, in version order.
inline QList<Fixture> schemaFixtures()
{
    const QDir dir(QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/schemas"));
    const QRegularExpression pattern(QStringLiteral("^schema_v(\\d+)\\.sqlite$"));
    QList<Fixture> fixtures;
    for (const QString &name : dir.entryList({QStringLiteral("schema_v*.sqlite")}, QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            fixtures.append({match.captured(1).toInt(), dir.filePath(name)});
    }
    std::sort(fixtures.begin(), fixtures.end(),
              [](const Fixture &a, const Fixture &b) { return a.version < b.version; });
    return fixtures;
}

} // namespace TestDb
