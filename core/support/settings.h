// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

// The learner's preferences (not their data: that lives in the database). One typed facade over
// QSettings, passed to whoever needs it; tests give it a throw-away file.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        Language, // "" follows the system locale; otherwise "zh_CN" or "en"
        WindowGeometry,
        WindowState,
        RoadmapSplitterState,
        TimelineSplitterState,
        TimelineZoom,
        AvailabilityAsked,   // the first-run availability step was shown (and maybe skipped)
        TimerMarksBlockDone, // "ask", "always" or "never": stopping a timer started from a block marks it done
        TickItemsFromHours,  // an item is ticked once the hours logged for it reach its estimate
        IdleMinutes,         // minutes without input before a running timer asks about the idle time; 0: off

        // Focus (pomodoro) mode, see FocusController and FocusSettings.
        FocusMode,                    // on: the timer runs in work sessions and breaks
        FocusWorkMinutes,             // the length of a work session
        FocusBreakMinutes,            // the short break after a work session
        FocusLongBreakMinutes,        // the long break after every FocusSessionsBeforeLongBreak sessions
        FocusSessionsBeforeLongBreak, // a long break after every this many sessions
        FocusAutoStart,               // the next work session starts by itself when a break ends
        FocusSessionsDay,             // the local day (ISO date) FocusSessionsCount counts for
        FocusSessionsCount,           // work sessions completed on FocusSessionsDay
    };

    // The platform's settings location: ~/.config/<application name>/<application name>.conf on Linux.
    explicit Settings(QObject *parent = nullptr);
    // An INI file at `path`, for tests and for --config style overrides.
    explicit Settings(const QString &path, QObject *parent = nullptr);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    bool sync(); // false if the settings could not be written

    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &language) { setValue(Key::Language, language); }

Q_SIGNALS:
    void changed(Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};
