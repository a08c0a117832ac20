// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/settings.h"

#include <QCoreApplication>

namespace {
struct KeyInfo {
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const KeyInfo &info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::RoadmapSplitterState, "roadmap/splitter", QByteArray()},
        {Settings::Key::TimelineSplitterState, "timeline/splitter", QByteArray()},
        {Settings::Key::TimelineZoom, "timeline/pixelsPerDay", 0.0}, // 0: fit the plan
        {Settings::Key::AvailabilityAsked, "week/availabilityAsked", false},
        {Settings::Key::TimerMarksBlockDone, "timer/marksBlockDone", QStringLiteral("ask")},
        {Settings::Key::TickItemsFromHours, "log/tickItemsFromHours", false},
        {Settings::Key::IdleMinutes, "timer/idleMinutes", 10},
        {Settings::Key::FocusMode, "focus/enabled", false},
        {Settings::Key::FocusWorkMinutes, "focus/workMinutes", 25},
        {Settings::Key::FocusBreakMinutes, "focus/breakMinutes", 5},
        {Settings::Key::FocusLongBreakMinutes, "focus/longBreakMinutes", 15},
        {Settings::Key::FocusSessionsBeforeLongBreak, "focus/sessionsBeforeLongBreak", 4},
        {Settings::Key::FocusAutoStart, "focus/autoStart", false},
        {Settings::Key::FocusSessionsDay, "focus/sessionsDay", QString()},
        {Settings::Key::FocusSessionsCount, "focus/sessionsCount", 0},
    };
    for (const KeyInfo &entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent),
      m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                             QCoreApplication::applicationName(), QCoreApplication::applicationName()))
{
}

Settings::Settings(const QString &path, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

QVariant Settings::value(Key key) const
{
    const KeyInfo &entry = info(key);
    return m_settings->value(QLatin1String(entry.name), entry.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    m_settings->setValue(QLatin1String(info(key).name), value);
    Q_EMIT changed(key);
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}
