// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/idlewatcher.h"

#include "session.h"
#include "support/settings.h"
#include "tracking/idlemonitor.h"
#include "tracking/timercontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int Choices[] = {0, 5, 10, 15, 30}; // minutes; 0: off

} // namespace

IdleWatcher::IdleWatcher(TimerController &timer, Session &session, QWidget *parent)
    : QObject(parent), m_timer(timer), m_session(session), m_parent(parent), m_pollTimer(new QTimer(this)),
      m_menu(new QMenu(parent)), m_group(new QActionGroup(m_menu)), m_unavailable(new QAction(m_menu))
{
    setObjectName(QStringLiteral("idleWatcher"));
    m_menu->setObjectName(QStringLiteral("menuIdleDetection"));
    m_unavailable->setObjectName(QStringLiteral("actionIdleUnavailable"));
    m_unavailable->setEnabled(false);
    m_unavailable->setVisible(false);
    for (const int minutes : Choices) {
        auto *action = new QAction(m_group);
        action->setObjectName(minutes == 0 ? QStringLiteral("actionIdleOff")
                                           : QStringLiteral("actionIdle%1").arg(minutes));
        action->setData(minutes);
        action->setCheckable(true);
        m_menu->addAction(action);
    }
    m_menu->addAction(m_unavailable);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        m_session.settings().setValue(Settings::Key::IdleMinutes, action->data());
        m_session.settings().sync();
    });
    // The desktop is asked the first time the learner looks.
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        monitor();
        updateMenu();
    });
    m_menu->installEventFilter(this);

    m_pollTimer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_pollTimer, &QTimer::timeout, this, &IdleWatcher::poll);
    connect(&m_session.settings(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::IdleMinutes)
            applySetting();
    });
    connect(&m_timer, &TimerController::started, this, &IdleWatcher::onStarted);
    connect(&m_timer, &TimerController::stopped, this, &IdleWatcher::onStopped);

    applySetting();
    if (m_timer.isRunning())
        onStarted();
    retranslate();
}

IdleWatcher::~IdleWatcher() = default;

IdleMonitor &IdleWatcher::monitor()
{
    if (!m_monitor) {
        m_monitor = IdleMonitor::create();
        updateMenu();
    }
    return *m_monitor;
}

void IdleWatcher::setMonitor(std::unique_ptr<IdleMonitor> monitor)
{
    m_monitor = std::move(monitor);
    updateMenu();
    updatePolling();
}

bool IdleWatcher::isPolling() const
{
    return m_pollTimer->isActive();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::retranslate()
{
    m_menu->setTitle(tr("&Idle Detection"));
    m_menu->menuAction()->setStatusTip(
        tr("When you come back after this long without using the keyboard or mouse while a timer runs, choose "
           "whether to keep the time away"));
    m_unavailable->setText(tr("Idle detection is unavailable on this desktop"));
    for (QAction *action : m_group->actions()) {
        const int minutes = action->data().toInt();
        action->setText(minutes == 0 ? tr("&Off") : tr("After %n Minute(s)", "idle detection", minutes));
    }
}

void IdleWatcher::applySetting()
{
    const int minutes = std::max(0, m_session.settings().value(Settings::Key::IdleMinutes).toInt());
    if (minutes != m_tracker.thresholdMinutes())
        m_tracker.setThresholdMinutes(minutes);
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toInt() == minutes);
    updatePolling();
}

void IdleWatcher::updateMenu()
{
    // Before the probe the choices are shown; the submenu's aboutToShow probes.
    const bool available = !m_monitor || m_monitor->isAvailable();
    for (QAction *action : m_group->actions())
        action->setVisible(available);
    m_unavailable->setVisible(!available);
    if (m_monitor && available)
        m_menu->setToolTip(m_monitor->backendName());
}

void IdleWatcher::updatePolling()
{
    const bool on = !m_asking && m_timer.isRunning() && m_tracker.thresholdMinutes() > 0 && monitor().isAvailable();
    if (!on) {
        m_pollTimer->stop();
        return;
    }
    const int interval = (m_tracker.isIdle() ? AwayPollSeconds : PollSeconds) * 1000;
    if (!m_pollTimer->isActive() || m_pollTimer->interval() != interval)
        m_pollTimer->start(interval);
}

void IdleWatcher::onStarted()
{
    m_tracker.start(m_timer.entry().start);
    updatePolling();
}

void IdleWatcher::onStopped()
{
    m_tracker.stop();
    updatePolling();
}

void IdleWatcher::poll()
{
    if (m_asking || !m_timer.isRunning() || m_timer.hasClockProblem() || m_tracker.thresholdMinutes() == 0
        || !monitor().isAvailable())
        return;
    const std::optional<qint64> milliseconds = monitor().idleMilliseconds();
    if (!milliseconds)
        return;
    const IdleTracker::Result result = m_tracker.feed(m_timer.now(), *milliseconds / 1000);
    updatePolling();
    if (result.change == IdleTracker::Change::CameBack)
        ask(result);
}

void IdleWatcher::ask(const IdleTracker::Result &away)
{
    const qint64 entryId = m_timer.entry().id;
    const QTimeZone zone = m_session.timeZone();
    const QDateTime from = away.idleSince.toTimeZone(zone);
    const QDateTime to = away.returnedAt.toTimeZone(zone);
    const QLocale locale;
    const bool sameDay = from.date() == to.date();
    const QString fromText =
        sameDay ? locale.toString(from.time(), QLocale::ShortFormat) : locale.toString(from, QLocale::ShortFormat);
    const QString toText =
        sameDay ? locale.toString(to.time(), QLocale::ShortFormat) : locale.toString(to, QLocale::ShortFormat);
    const int minutes = int((away.seconds() + 30) / 60);

    m_asking = true;
    updatePolling();
    QMessageBox box(QMessageBox::Question, tr("Timer"),
                    tr("You were away from %1 to %2 (%n minute(s)).", nullptr, minutes).arg(fromText, toText),
                    QMessageBox::NoButton, m_parent ? m_parent->window() : nullptr);
    box.setObjectName(QStringLiteral("idleBox"));
    box.setInformativeText(tr("Keep the time away in the study log, or discard it?"));
    QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepIdle"));
    QPushButton *discard = box.addButton(tr("&Discard the Idle Time"), QMessageBox::AcceptRole);
    discard->setObjectName(QStringLiteral("discardIdle"));
    QPushButton *discardAndStop = box.addButton(tr("Discard and &Stop"), QMessageBox::DestructiveRole);
    discardAndStop->setObjectName(QStringLiteral("discardIdleAndStop"));
    // Keys pressed by someone just back at the keyboard never throw study time away.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    if (m_parent)
        QApplication::alert(m_parent->window());
    box.exec();
    m_asking = false;

    // Answered elsewhere meanwhile (stopped, switched, a clock problem ended it): nothing to do.
    if (m_timer.isRunning() && m_timer.entry().id == entryId) {
        if (box.clickedButton() == discard)
            m_timer.discardIdle(away.idleSince, TimerController::AfterIdle::GoOn);
        else if (box.clickedButton() == discardAndStop)
            m_timer.discardIdle(away.idleSince, TimerController::AfterIdle::Stop);
    }
    updatePolling();
}
