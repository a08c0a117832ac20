// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

// A desktop notification (focus mode's "take a break"), given the best way the desktop allows:
// 1. the tray icon's balloon when there is a tray icon;
// 2. otherwise, where Qt has D-Bus, org.freedesktop.Notifications' Notify when that service runs or
//    can be started (probed once, each call at most half a second); a call that fails falls back to 3;
// 3. otherwise in the window: windowMessageRequested() (the window shows it in its message bar) and
//    QApplication::alert() on the window.
// Every notification is emitted (notified()) and kept (shown(), the last 50), so that tests can see
// what was shown and where. Nothing here blocks for long or fails loudly: a notification is a
// courtesy.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    enum class Channel { Tray, DesktopBus, Window };
    Q_ENUM(Channel)

    struct Notification {
        Channel channel = Channel::Window;
        QString title;
        QString message;
    };

    explicit Notifier(QObject *parent = nullptr);

    void setTrayIcon(QSystemTrayIcon *tray); // nullptr: none
    void setWindow(QWidget *window);         // the window alert() flashes
    // Whether the D-Bus notification service may be used (on by default; tests turn it off so that
    // they do not depend on the desktop they run on).
    void setDesktopBusAllowed(bool allowed);

    // Where the next notification goes (the first call may probe D-Bus).
    Channel channel();
    void notify(const QString &title, const QString &message);
    const QList<Notification> &shown() const { return m_shown; }

Q_SIGNALS:
    void notified(Notifier::Channel channel, const QString &title, const QString &message);
    void windowMessageRequested(const QString &message);

private:
    enum class Bus { Unknown, Present, Missing };

    bool desktopBusAvailable();
    void sendOverDesktopBus(const QString &title, const QString &message);
    void showInWindow(const QString &title, const QString &message);
    void record(Channel channel, const QString &title, const QString &message);

    QPointer<QSystemTrayIcon> m_tray;
    QPointer<QWidget> m_window;
    bool m_busAllowed = true;
    Bus m_bus = Bus::Unknown;
    QList<Notification> m_shown;
};
