// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

// One running instance per database. The first instance locks "<database>.lock" and listens on a
// local socket named after the database; a later one finds the lock held, asks the first to come to
// the front, and goes away. A lock left behind by a crashed instance is stale and is taken over.
class InstanceGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceGuard)

public:
    enum class Claim {
        Primary,    // we hold the lock: open the database
        HandedOver, // another instance has it and was asked to activate its window
        Failed,     // neither: *error says why
    };

    explicit InstanceGuard(const QString &databasePath, QObject *parent = nullptr);
    ~InstanceGuard() override;

    Claim claim(QString *error);
    QString serverName() const;

Q_SIGNALS:
    void activationRequested();

private:
    void onNewConnection();

    QString m_databasePath;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};
