// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracking/idletracker.h"

#include <QObject>

#include <memory>

class IdleMonitor;
class QAction;
class QActionGroup;
class QMenu;
class QTimer;
class QWidget;
class Session;
class TimerController;

// Idle detection for the running timer (the setting IdleMinutes: minutes without input, 0 = off).
//
// While a timer runs and the setting is not 0, polls the desktop's idle time (IdleMonitor) every
// PollSeconds — every AwayPollSeconds while the learner is away, so that the question comes soon
// after they return — and feeds an IdleTracker with the timer's trusted time. When the learner
// comes back, asks in a QMessageBox ("idleBox": keepIdle, discardIdle, discardIdleAndStop) and
// answers with TimerController::discardIdle(), unless the timer stopped or changed meanwhile.
// Nothing is polled while the question is open or the timer has a clock problem to ask about.
//
// Owns the Timer menu's "Idle Detection" submenu: Off / 5 / 10 / 15 / 30 minutes, or one disabled
// entry when the desktop reports no idle time. The desktop is probed at the first need (the submenu
// shown, a timer started), not at startup; tests give their own source with setMonitor().
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    static constexpr int PollSeconds = 15;
    static constexpr int AwayPollSeconds = 2;

    // `parent` also parents the submenu and the question.
    IdleWatcher(TimerController &timer, Session &session, QWidget *parent);
    ~IdleWatcher() override;

    QMenu *menu() const { return m_menu; }
    // The desktop's source, probed now if it was not yet.
    IdleMonitor &monitor();
    void setMonitor(std::unique_ptr<IdleMonitor> monitor);

    int thresholdMinutes() const { return m_tracker.thresholdMinutes(); }
    const IdleTracker &tracker() const { return m_tracker; }
    bool isPolling() const;

    // One sample: what the poll timer does.
    void poll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void applySetting();
    void updateMenu();
    void updatePolling();
    void onStarted();
    void onStopped();
    void ask(const IdleTracker::Result &away);

    TimerController &m_timer;
    Session &m_session;
    QWidget *m_parent;
    std::unique_ptr<IdleMonitor> m_monitor;
    IdleTracker m_tracker;
    QTimer *m_pollTimer;
    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_unavailable;
    bool m_asking = false;
};
