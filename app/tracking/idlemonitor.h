// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <optional>

// Where the desktop's idle time (since the last keyboard or mouse input) comes from.
//
// create() probes once and picks the first backend the desktop has: the X11 screen-saver extension
// (libXss, when Qt runs on xcb), then over D-Bus org.freedesktop.ScreenSaver GetSessionIdleTime
// (KDE) and org.gnome.Mutter.IdleMonitor GetIdletime (GNOME, on Wayland too); otherwise one that is
// not available. A D-Bus call waits at most DBusTimeoutMs, so a missing or hung service never blocks
// the window for long. Call from the GUI thread. Tests give IdleWatcher a source of their own.
class IdleMonitor
{
public:
    static constexpr int DBusTimeoutMs = 500;

    IdleMonitor() = default;
    virtual ~IdleMonitor() = default;
    Q_DISABLE_COPY_MOVE(IdleMonitor)

    virtual bool isAvailable() const = 0;
    // The backend's technical name ("X11 MIT-SCREEN-SAVER", a D-Bus service), empty when unavailable.
    virtual QString backendName() const = 0;
    // Milliseconds since the last input; nothing when the desktop did not answer this time.
    virtual std::optional<qint64> idleMilliseconds() = 0;

    static std::unique_ptr<IdleMonitor> create();
};
