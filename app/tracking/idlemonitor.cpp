// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/idlemonitor.h"

#include <QGuiApplication>

#ifdef STUDYPLANNER_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariant>
#endif

#ifdef STUDYPLANNER_HAVE_XSS
#include <QtGui/qguiapplication_platform.h>
// Xlib defines macros (None, Bool, Status…) that clash with Qt: it comes after every Qt header.
#include <X11/extensions/scrnsaver.h>
#include <X11/Xlib.h>
#endif

namespace {

class UnavailableIdleMonitor final : public IdleMonitor
{
public:
    bool isAvailable() const override { return false; }
    QString backendName() const override { return QString(); }
    std::optional<qint64> idleMilliseconds() override { return std::nullopt; }
};

#ifdef STUDYPLANNER_HAVE_XSS
class X11IdleMonitor final : public IdleMonitor
{
public:
    X11IdleMonitor(Display *display, XScreenSaverInfo *info) : m_display(display), m_info(info) {}
    ~X11IdleMonitor() override { XFree(m_info); }
    Q_DISABLE_COPY_MOVE(X11IdleMonitor)

    static std::unique_ptr<IdleMonitor> probe()
    {
        auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
        Display *display = x11 ? x11->display() : nullptr;
        if (!display)
            return nullptr;
        int eventBase = 0;
        int errorBase = 0;
        if (!XScreenSaverQueryExtension(display, &eventBase, &errorBase))
            return nullptr;
        XScreenSaverInfo *info = XScreenSaverAllocInfo();
        if (!info)
            return nullptr;
        auto monitor = std::make_unique<X11IdleMonitor>(display, info);
        if (!monitor->idleMilliseconds())
            return nullptr;
        return monitor;
    }

    bool isAvailable() const override { return true; }
    QString backendName() const override { return QStringLiteral("X11 MIT-SCREEN-SAVER"); }
    std::optional<qint64> idleMilliseconds() override
    {
        if (!XScreenSaverQueryInfo(m_display, XDefaultRootWindow(m_display), m_info))
            return std::nullopt;
        return qint64(m_info->idle);
    }

private:
    Display *m_display;
    XScreenSaverInfo *m_info;
};
#endif

#ifdef STUDYPLANNER_HAVE_DBUS
// One method without arguments that answers the idle time in milliseconds.
class DBusIdleMonitor final : public IdleMonitor
{
public:
    DBusIdleMonitor(const QString &service, const QString &path, const QString &interface, const QString &method)
        : m_service(service), m_path(path), m_interface(interface), m_method(method)
    {
    }

    static std::unique_ptr<IdleMonitor> probe(const QString &service, const QString &path, const QString &interface,
                                              const QString &method)
    {
        auto monitor = std::make_unique<DBusIdleMonitor>(service, path, interface, method);
        if (!monitor->idleMilliseconds())
            return nullptr;
        return monitor;
    }

    bool isAvailable() const override { return true; }
    QString backendName() const override
    {
        return m_interface + QLatin1Char('.') + m_method + QStringLiteral(" (D-Bus)");
    }
    std::optional<qint64> idleMilliseconds() override
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            return std::nullopt;
        const QDBusMessage reply = bus.call(QDBusMessage::createMethodCall(m_service, m_path, m_interface, m_method),
                                            QDBus::Block, DBusTimeoutMs);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 milliseconds = reply.arguments().constFirst().toLongLong(&ok);
        if (!ok || milliseconds < 0)
            return std::nullopt;
        return milliseconds;
    }

private:
    QString m_service;
    QString m_path;
    QString m_interface;
    QString m_method;
};
#endif

} // namespace

std::unique_ptr<IdleMonitor> IdleMonitor::create()
{
#ifdef STUDYPLANNER_HAVE_XSS
    if (QGuiApplication::platformName() == QLatin1String("xcb")) {
        if (std::unique_ptr<IdleMonitor> x11 = X11IdleMonitor::probe())
            return x11;
    }
#endif
#ifdef STUDYPLANNER_HAVE_DBUS
    if (std::unique_ptr<IdleMonitor> kde = DBusIdleMonitor::probe(
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("GetSessionIdleTime")))
        return kde;
    if (std::unique_ptr<IdleMonitor> gnome = DBusIdleMonitor::probe(
            QStringLiteral("org.gnome.Mutter.IdleMonitor"), QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"),
            QStringLiteral("org.gnome.Mutter.IdleMonitor"), QStringLiteral("GetIdletime")))
        return gnome;
#endif
    return std::make_unique<UnavailableIdleMonitor>();
}
