// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/instanceguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace {
const QByteArray ActivateMessage = QByteArrayLiteral("activate\n");
const QByteArray CommandPrefix = QByteArrayLiteral("command ");
constexpr int HandOverTimeoutMs = 3000;
constexpr int BriefHolderWaitMs = 10000; // a command-line import of a large file may take a few seconds

QString canonicalDatabasePath(const QString &path)
{
    const QFileInfo info(path);
    const QString dir = info.absoluteDir().canonicalPath();
    return (dir.isEmpty() ? info.absolutePath() : dir) + QLatin1Char('/') + info.fileName();
}
} // namespace

InstanceGuard::InstanceGuard(const QString &databasePath, QObject *parent)
    : QObject(parent), m_databasePath(canonicalDatabasePath(databasePath)),
      m_lock(m_databasePath + QStringLiteral(".lock"))
{
    // A lock only goes stale when its process is gone; a live instance keeps it however long it runs.
    m_lock.setStaleLockTime(0);
}

InstanceGuard::~InstanceGuard() = default;

InstanceGuard::Claim InstanceGuard::becomePrimary(Holder holder)
{
    if (holder == Holder::Brief)
        return Claim::Primary;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(serverName()); // a socket left by a crash
    if (!m_server->listen(serverName())) {
        // Still the only instance: go on without the hand-over channel.
        qWarning("Study Planner: cannot listen on %s: %s", qPrintable(serverName()),
                 qPrintable(m_server->errorString()));
    }
    connect(m_server, &QLocalServer::newConnection, this, &InstanceGuard::onNewConnection);
    return Claim::Primary;
}

QString InstanceGuard::serverName() const
{
    // Per database, short enough for the Unix socket path limit. Other users cannot connect
    // (UserAccessOption), and their lock would already be refused on the same file.
    const QByteArray key = m_databasePath.toUtf8();
    return QStringLiteral("studyplanner-")
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

InstanceGuard::Claim InstanceGuard::claim(QString *error, Holder holder)
{
    if (m_lock.tryLock(0))
        return becomePrimary(holder);

    if (m_lock.error() == QLockFile::LockFailedError) {
        QLocalSocket socket;
        socket.connectToServer(serverName());
        if (socket.waitForConnected(HandOverTimeoutMs)) {
            socket.write(ActivateMessage);
            if (socket.waitForBytesWritten(HandOverTimeoutMs)) {
                socket.disconnectFromServer();
                return Claim::HandedOver;
            }
        }
        // Nobody listens: a command-line run holds the database for a moment, or a window is just
        // starting. Wait for the lock rather than hand over to nobody.
        if (holder == Holder::Window && m_lock.tryLock(BriefHolderWaitMs))
            return becomePrimary(holder);
        if (error) {
            *error = tr("Study Planner is already running on %1, but it does not answer.")
                         .arg(QDir::toNativeSeparators(m_databasePath));
        }
        return Claim::Failed;
    }

    if (error) {
        *error =
            tr("Cannot create the lock file %1 next to the database.").arg(QDir::toNativeSeparators(m_lock.fileName()));
    }
    return Claim::Failed;
}

void InstanceGuard::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine();
                if (line == ActivateMessage) {
                    Q_EMIT activationRequested();
                } else if (line.startsWith(CommandPrefix)) {
                    QByteArray answer = m_handler ? m_handler(line.mid(CommandPrefix.size()).trimmed())
                                                  : QByteArrayLiteral("error no command handler");
                    answer.replace('\n', ' ');
                    socket->write(answer + '\n');
                    socket->flush();
                }
            }
        });
    }
}

InstanceGuard::Delivery InstanceGuard::send(const QString &databasePath, const QByteArray &command, QByteArray *answer)
{
    InstanceGuard probe(databasePath);
    // The lock is free: nobody runs on this database (the probe lets go of it when it goes).
    if (probe.m_lock.tryLock(0))
        return Delivery::NotRunning;
    QLocalSocket socket;
    socket.connectToServer(probe.serverName());
    if (socket.waitForConnected(HandOverTimeoutMs)) {
        socket.write(CommandPrefix + command + '\n');
        if (socket.waitForBytesWritten(HandOverTimeoutMs)) {
            while (!socket.canReadLine() && socket.waitForReadyRead(HandOverTimeoutMs)) {
            }
            if (socket.canReadLine()) {
                *answer = socket.readLine().trimmed();
                return Delivery::Answered;
            }
        }
    }
    *answer = tr("Study Planner is running on %1, but it does not answer.")
                  .arg(QDir::toNativeSeparators(probe.m_databasePath))
                  .toUtf8();
    return Delivery::Failed;
}
