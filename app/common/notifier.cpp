// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/notifier.h"

#include "common/icons.h"

#include <QApplication>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QWidget>

#ifdef STUDYPLANNER_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>
#endif

namespace {

constexpr int TrayMilliseconds = 10000;
constexpr int MaxShown = 50;

#ifdef STUDYPLANNER_HAVE_DBUS
constexpr int BusTimeoutMilliseconds = 500;

QString notificationsService()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

QDBusMessage busDaemonCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                          QStringLiteral("/org/freedesktop/DBus"),
                                          QStringLiteral("org.freedesktop.DBus"), method);
}
#endif

} // namespace

Notifier::Notifier(QObject *parent) : QObject(parent) {}

void Notifier::setTrayIcon(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

void Notifier::setWindow(QWidget *window)
{
    m_window = window;
}

void Notifier::setDesktopBusAllowed(bool allowed)
{
    m_busAllowed = allowed;
}

Notifier::Channel Notifier::channel()
{
    if (m_tray)
        return Channel::Tray;
    if (desktopBusAvailable())
        return Channel::DesktopBus;
    return Channel::Window;
}

void Notifier::notify(const QString &title, const QString &message)
{
    switch (channel()) {
    case Channel::Tray:
        m_tray->showMessage(title, message, Icons::application(), TrayMilliseconds);
        record(Channel::Tray, title, message);
        return;
    case Channel::DesktopBus:
        sendOverDesktopBus(title, message);
        return;
    case Channel::Window:
        break;
    }
    showInWindow(title, message);
}

bool Notifier::desktopBusAvailable()
{
#ifdef STUDYPLANNER_HAVE_DBUS
    if (!m_busAllowed)
        return false;
    if (m_bus == Bus::Unknown) {
        m_bus = Bus::Missing;
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (bus.isConnected()) {
            // Running now, or started on the first call (most notification daemons are).
            QDBusMessage hasOwner = busDaemonCall(QStringLiteral("NameHasOwner"));
            hasOwner << notificationsService();
            const QDBusMessage owned = bus.call(hasOwner, QDBus::Block, BusTimeoutMilliseconds);
            if (owned.type() == QDBusMessage::ReplyMessage && owned.arguments().value(0).toBool()) {
                m_bus = Bus::Present;
            } else {
                const QDBusMessage activatable = bus.call(busDaemonCall(QStringLiteral("ListActivatableNames")),
                                                          QDBus::Block, BusTimeoutMilliseconds);
                if (activatable.type() == QDBusMessage::ReplyMessage
                    && activatable.arguments().value(0).toStringList().contains(notificationsService()))
                    m_bus = Bus::Present;
            }
        }
    }
    return m_bus == Bus::Present;
#else
    return false;
#endif
}

void Notifier::sendOverDesktopBus(const QString &title, const QString &message)
{
#ifdef STUDYPLANNER_HAVE_DBUS
    QDBusMessage call =
        QDBusMessage::createMethodCall(notificationsService(), QStringLiteral("/org/freedesktop/Notifications"),
                                       notificationsService(), QStringLiteral("Notify"));
    const QString desktopEntry = QGuiApplication::desktopFileName();
    QVariantMap hints;
    if (!desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), desktopEntry);
    call << tr("Study Planner") << 0U << desktopEntry << title << message << QStringList() << hints << -1;
    record(Channel::DesktopBus, title, message);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, BusTimeoutMilliseconds * 4), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, title, message](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        if (!w->isError())
            return;
        // The service went away: from now on, and for this one, the window.
        m_bus = Bus::Missing;
        showInWindow(title, message);
    });
#else
    showInWindow(title, message);
#endif
}

void Notifier::showInWindow(const QString &title, const QString &message)
{
    record(Channel::Window, title, message);
    Q_EMIT windowMessageRequested(message);
    if (m_window)
        QApplication::alert(m_window->window());
}

void Notifier::record(Channel channel, const QString &title, const QString &message)
{
    m_shown.append({channel, title, message});
    if (m_shown.size() > MaxShown)
        m_shown.removeFirst();
    Q_EMIT notified(channel, title, message);
}
