// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QIcon>
#include <QList>
#include <QMainWindow>

#include <functional>

class MessageBar;
class PrintActions;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class RoadmapView;
class TimelineView;
class TimerController;
class TimerWidget;
class Session;
class WeekView;

// The application shell: a navigation bar on the left switches between views (one QAction each,
// Ctrl+1...), the menus, a message bar for non-modal errors, and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    RoadmapView *roadmapView() const { return m_roadmapView; }
    TimelineView *timelineView(); // made when first asked for
    WeekView *weekView();         // made when first asked for
    MessageBar *messageBar() const { return m_messageBar; }
    void showError(const QString &message);
    void showNotice(const QString &message);
    // What File → Import Roadmap does once a file is chosen; errors go to the message bar.
    bool importRoadmapFile(const QString &path);
    // What File → Import Busy Calendar and File → Export Study Blocks do once the file is chosen.
    bool importBusyFile(const QString &path);
    bool exportIcsFile(const QString &path, const QDate &first, const QDate &last);
    // Settings → Availability: the availability dialog; the result is stored.
    bool editAvailability();
    // On the first start with a roadmap that has no availability: the first-run step (once; "Skip"
    // is remembered). Returns whether the dialog was shown.
    bool askForAvailability();

    // The study timer, and its actions, status-bar label and tray icon.
    TimerController *timer() const { return m_timer; }
    TimerWidget *timerWidget() const { return m_timerWidget; }
    // File → Print Week…, Print Plan…, Print Report… and Export as PDF.
    PrintActions *printActions() const { return m_printActions; }
    // At start: when the database holds an open timer (a crash, a kill), asks whether to end it at
    // its last sign of life, at a given time, or to keep it running. Returns whether it asked.
    bool recoverTimer();

    // Brings the window to the front (a second instance asked for it).
    void activate();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct View {
        QWidget *widget; // nullptr until first shown
        std::function<QWidget *()> create;
        QAction *action;
        const char *title; // untranslated, QT_TR_NOOP
        QString icon;
    };

    void addView(const QString &name, const char *title, const QString &icon, const std::function<QWidget *()> &create);
    QWidget *view(int index);
    void createActions();
    void createMenus();
    void retranslate();
    void readSettings();
    void writeSettings();
    void updateStatus();
    void updateRoadmapMenu();

    void importRoadmap();
    void exportRoadmap();
    void importBusy();
    void exportIcs();
    void updatePlaceableHours();
    void updateBusyMenu();
    void updateActuals();
    void updateStageHours();
    void tickItemsFromHours();
    double currentBudget() const;
    void setLanguage(const QString &language);
    void about();

    Session &m_session;
    QStackedWidget *m_stack;
    MessageBar *m_messageBar;
    QToolBar *m_navigation;
    QActionGroup *m_viewGroup;
    QList<View> m_views;
    RoadmapView *m_roadmapView;
    TimelineView *m_timelineView = nullptr;
    WeekView *m_weekView = nullptr;
    QLabel *m_progressLabel;
    TimerController *m_timer = nullptr;
    TimerWidget *m_timerWidget = nullptr;
    PrintActions *m_printActions = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_roadmapMenu = nullptr;
    QMenu *m_busyMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importBusyAction = nullptr;
    QAction *m_exportIcsAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_transcribeAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_availabilityAction = nullptr;
    QAction *m_tickItemsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_roadmapGroup = nullptr;
};
