// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLockFile>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLocalServer;

// One running instance per database. The first instance locks "<database>.lock" and listens on a
// local socket named after the database; a later one finds the lock held, asks the first to come to
// the front, and goes away. A lock left behind by a crashed instance is stale and is taken over.
//
// The same socket carries commands from the command line to the running instance (the timer's
// --start-timer, --stop-timer, --timer-status): one line "command <text>" answered by one line.
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

    enum class Holder {
        Window, // listens for hand-overs and commands while it runs
        Brief,  // a command-line run: holds the lock for a moment, without listening
    };
    // A window that finds the lock held by a Brief holder (the lock taken, nobody listening) waits
    // for it to finish, up to a few seconds, instead of handing over to nobody.
    Claim claim(QString *error, Holder holder = Holder::Window);
    QString serverName() const;

    // The primary instance's answer to a command line (its first word says "ok" or "error").
    using CommandHandler = std::function<QByteArray(const QByteArray &command)>;
    void setCommandHandler(const CommandHandler &handler) { m_handler = handler; }

    enum class Delivery {
        NotRunning, // no instance holds the database: the caller does the work itself
        Answered,   // *answer holds the running instance's answer
        Failed,     // an instance runs but did not answer: *answer holds why
    };
    // Sends `command` to the instance running on `databasePath`, if there is one.
    static Delivery send(const QString &databasePath, const QByteArray &command, QByteArray *answer);

Q_SIGNALS:
    void activationRequested();

private:
    Claim becomePrimary(Holder holder);
    void onNewConnection();

    QString m_databasePath;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    CommandHandler m_handler;
};
