// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class FocusController;
class Notifier;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSystemTrayIcon;
class RoadmapView;
class Session;
class TimerController;
struct TimeEntry;

// The timer's face in the main window: Start/Stop actions (the Timer menu, a toolbar toggle), the
// status-bar label with the elapsed time and what is timed, the setting "mark the block done", the
// questions the controller asks (a jumped clock, mark the block done), and a tray icon where the
// desktop has a tray (tooltip with the elapsed time; Start, Stop, Show). The window works without one.
//
// Started from the toolbar, the timer times the item (or stage) selected in the Roadmap view when
// that view is shown, otherwise the stage the plan has today.
//
// It owns the IdleWatcher (the Timer menu's Idle Detection submenu and the question about idle time).
//
// It owns focus mode too: the FocusController, the Notifier it notifies through (the tray icon, the
// desktop, or the window's message bar through noticeGiven()), the Timer menu's Focus Mode and Focus
// Mode Settings… (FocusDialog); while a focus cycle runs, the label shows its phase and time left,
// breaks included.
class TimerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimerWidget)

public:
    TimerWidget(TimerController &timer, Session &session, RoadmapView *roadmapView, QWidget *parent);

    QMenu *menu() const { return m_menu; }
    QAction *toggleAction() const { return m_toggleAction; }
    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    QSystemTrayIcon *trayIcon() const { return m_tray; } // nullptr without a tray
    FocusController *focus() const { return m_focus; }
    Notifier *notifier() const { return m_notifier; }
    // Timer → Focus Mode Settings…: the dialog; what it gives is stored.
    void editFocusSettings();

    // What the toolbar starts: {stage key, item key}; the stage is empty when there is none.
    QPair<QString, QString> toolbarTarget() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void noticeGiven(const QString &message);
    void showWindowRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void update();
    void startFromToolbar();
    void onStopped(const TimeEntry &entry);
    void askAboutClock(const QString &explanation, const QDateTime &suggestedEnd);
    void askMarkDone(const QString &blockId);
    void updateTicking();

    TimerController &m_timer;
    Session &m_session;
    RoadmapView *m_roadmapView;
    QLabel *m_label;
    QMenu *m_menu;
    QMenu *m_markDoneMenu;
    QAction *m_startAction;
    QAction *m_stopAction;
    QAction *m_toggleAction;
    QActionGroup *m_markDoneGroup;
    QAction *m_markAsk;
    QAction *m_markAlways;
    QAction *m_markNever;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QAction *m_showAction = nullptr;
    Notifier *m_notifier = nullptr;
    FocusController *m_focus = nullptr;
    QAction *m_focusModeAction = nullptr;
    QAction *m_focusSettingsAction = nullptr;
};
