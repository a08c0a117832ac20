// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/timerwidget.h"

#include "common/icons.h"
#include "common/notifier.h"
#include "roadmap/roadmapdocument.h"
#include "roadmap/roadmapview.h"
#include "session.h"
#include "storage/database.h"
#include "support/settings.h"
#include "timeline/plandocument.h"
#include "tracking/focuscontroller.h"
#include "tracking/focusdialog.h"
#include "tracking/idlewatcher.h"
#include "tracking/timercontroller.h"
#include "week/weekdocument.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace {

QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TimerWidget::TimerWidget(TimerController &timer, Session &session, RoadmapView *roadmapView, QWidget *parent)
    : QWidget(parent), m_timer(timer), m_session(session), m_roadmapView(roadmapView), m_label(new QLabel(this)),
      m_menu(new QMenu(this)), m_markDoneMenu(new QMenu(m_menu)),
      m_startAction(new QAction(Icons::themed(QStringLiteral("media-playback-start")), QString(), this)),
      m_stopAction(new QAction(Icons::themed(QStringLiteral("media-playback-stop")), QString(), this)),
      m_toggleAction(new QAction(this)), m_markDoneGroup(new QActionGroup(this)),
      m_markAsk(new QAction(m_markDoneGroup)), m_markAlways(new QAction(m_markDoneGroup)),
      m_markNever(new QAction(m_markDoneGroup))
{
    setObjectName(QStringLiteral("timerWidget"));
    m_label->setObjectName(QStringLiteral("timerStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_label);

    m_menu->setObjectName(QStringLiteral("menuTimer"));
    m_markDoneMenu->setObjectName(QStringLiteral("menuTimerMarksDone"));
    m_startAction->setObjectName(QStringLiteral("actionStartTimer"));
    m_stopAction->setObjectName(QStringLiteral("actionStopTimer"));
    m_toggleAction->setObjectName(QStringLiteral("actionToggleTimer"));
    m_toggleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_markAsk->setObjectName(QStringLiteral("actionMarkDoneAsk"));
    m_markAlways->setObjectName(QStringLiteral("actionMarkDoneAlways"));
    m_markNever->setObjectName(QStringLiteral("actionMarkDoneNever"));
    m_markAsk->setData(TimerController::markDoneValue(TimerController::MarkDone::Ask));
    m_markAlways->setData(TimerController::markDoneValue(TimerController::MarkDone::Always));
    m_markNever->setData(TimerController::markDoneValue(TimerController::MarkDone::Never));
    const QString mode = TimerController::markDoneValue(
        TimerController::markDoneSetting(session.settings().value(Settings::Key::TimerMarksBlockDone)));
    for (QAction *action : m_markDoneGroup->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == mode);
    }
    connect(m_markDoneGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        m_session.settings().setValue(Settings::Key::TimerMarksBlockDone, action->data());
        m_session.settings().sync();
    });

    m_menu->addAction(m_startAction);
    m_menu->addAction(m_stopAction);
    m_menu->addSeparator();
    m_menu->addMenu(m_markDoneMenu);
    m_markDoneMenu->addActions(m_markDoneGroup->actions());
    m_menu->addMenu((new IdleWatcher(m_timer, m_session, this))->menu());
    m_focusModeAction = new QAction(this);
    m_focusModeAction->setObjectName(QStringLiteral("actionFocusMode"));
    m_focusModeAction->setCheckable(true);
    m_focusSettingsAction = new QAction(this);
    m_focusSettingsAction->setObjectName(QStringLiteral("actionFocusSettings"));
    m_menu->addSeparator();
    m_menu->addAction(m_focusModeAction);
    m_menu->addAction(m_focusSettingsAction);

    connect(m_startAction, &QAction::triggered, this, &TimerWidget::startFromToolbar);
    connect(m_stopAction, &QAction::triggered, &m_timer, &TimerController::stop);
    connect(m_toggleAction, &QAction::triggered, this, [this] {
        if (m_timer.isRunning())
            m_timer.stop();
        else
            startFromToolbar();
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::application(), this);
        m_tray->setObjectName(QStringLiteral("timerTrayIcon"));
        m_trayMenu = new QMenu(this);
        m_showAction = new QAction(this);
        m_showAction->setObjectName(QStringLiteral("actionShowWindow"));
        connect(m_showAction, &QAction::triggered, this, &TimerWidget::showWindowRequested);
        m_trayMenu->addAction(m_startAction);
        m_trayMenu->addAction(m_stopAction);
        m_trayMenu->addSeparator();
        m_trayMenu->addAction(m_showAction);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                Q_EMIT showWindowRequested();
        });
        m_tray->show();
    }

    m_notifier = new Notifier(this);
    m_notifier->setTrayIcon(m_tray);
    m_notifier->setWindow(this);
    connect(m_notifier, &Notifier::windowMessageRequested, this, &TimerWidget::noticeGiven);
    m_focus = new FocusController(m_timer, m_session, *m_notifier, this);
    m_focusModeAction->setChecked(m_focus->isEnabled());
    connect(m_focusModeAction, &QAction::toggled, m_focus, &FocusController::setEnabled);
    connect(m_focusSettingsAction, &QAction::triggered, this, &TimerWidget::editFocusSettings);
    connect(m_focus, &FocusController::changed, this, &TimerWidget::update);

    connect(&m_timer, &TimerController::started, this, &TimerWidget::update);
    connect(&m_timer, &TimerController::stopped, this, &TimerWidget::onStopped);
    connect(&m_timer, &TimerController::tick, this, &TimerWidget::update);
    connect(&m_timer, &TimerController::errorOccurred, this, &TimerWidget::errorOccurred);
    connect(&m_timer, &TimerController::markBlockDoneAsked, this, &TimerWidget::askMarkDone);
    connect(&m_timer, &TimerController::clockProblem, this,
            [this](const TimeLog::Check &check) { askAboutClock(check.explanation, check.suggestedEnd); });
    if (parent)
        parent->window()->installEventFilter(this);

    retranslate();
}

void TimerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool TimerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show || event->type() == QEvent::Hide)
        updateTicking();
    return QWidget::eventFilter(watched, event);
}

void TimerWidget::updateTicking()
{
    // The elapsed time is shown in the window and in the tray's tooltip; nobody else needs a tick.
    m_timer.setTicking(window()->isVisible() || m_tray);
}

void TimerWidget::retranslate()
{
    m_menu->setTitle(tr("&Timer"));
    m_markDoneMenu->setTitle(tr("When a Timer Started from a Block Stops"));
    m_markAsk->setText(tr("&Ask Whether to Mark the Block Done"));
    m_markAlways->setText(tr("Al&ways Mark the Block Done"));
    m_markNever->setText(tr("&Never Mark the Block Done"));
    m_startAction->setText(tr("&Start Timer"));
    m_startAction->setStatusTip(
        tr("Time your study of the item selected in the Roadmap view, or of the stage the plan has today"));
    m_stopAction->setText(tr("S&top Timer"));
    m_stopAction->setStatusTip(tr("Stop the timer and record the time in the study log"));
    if (m_showAction)
        m_showAction->setText(tr("S&how Study Planner"));
    m_focusModeAction->setText(tr("&Focus Mode"));
    m_focusModeAction->setStatusTip(
        tr("Time your study in work sessions with breaks between them, with a notification at the end of each"));
    m_focusSettingsAction->setText(tr("Focus Mode Setti&ngs…"));
    m_focusSettingsAction->setStatusTip(tr("The lengths of the work sessions and the breaks"));
    update();
}

void TimerWidget::update()
{
    const bool running = m_timer.isRunning();
    const bool writable = !m_session.database().isReadOnly();
    m_startAction->setEnabled(writable && !running);
    m_stopAction->setEnabled(running);
    m_toggleAction->setEnabled(writable || running);
    m_toggleAction->setIcon(running ? m_stopAction->icon() : m_startAction->icon());
    m_toggleAction->setText(running ? tr("Stop Timer") : tr("Start Timer"));
    m_toggleAction->setToolTip((running ? tr("Stop the timer (%1)") : tr("Start a timer (%1)"))
                                   .arg(m_toggleAction->shortcut().toString(QKeySequence::NativeText)));
    QString text;
    if (running && m_focus && m_focus->isWorking()) {
        text = tr("%1 · %2", "focus status · what is timed").arg(m_focus->statusText(), m_timer.subject());
    } else if (running) {
        text =
            tr("%1 · %2", "elapsed time · what is timed").arg(clockText(m_timer.elapsedSeconds()), m_timer.subject());
    } else if (m_focus && m_focus->isActive()) {
        text = m_focus->statusText(); // a focus break
    }
    m_label->setText(text);
    setVisible(!text.isEmpty());
    if (m_tray) {
        m_tray->setToolTip(text.isEmpty() ? tr("Study Planner: no timer running") : tr("Study Planner: %1").arg(text));
        m_tray->setIcon(running ? m_stopAction->icon() : Icons::application());
    }
    updateTicking();
}

QPair<QString, QString> TimerWidget::toolbarTarget() const
{
    if (m_roadmapView && m_roadmapView->isVisible() && !m_roadmapView->currentStageKey().isEmpty())
        return {m_roadmapView->currentStageKey(), m_roadmapView->currentItemKey()};
    // The first stage the plan runs today (or the first one, before the plan starts or after it ends).
    const QDate today = m_session.week().today();
    const PlanDocument &plan = m_session.plan();
    for (const Planner::StageSchedule &stage : plan.schedule().stages) {
        if (stage.start.isValid() && stage.start <= today && (!stage.end || today < *stage.end))
            return {stage.stageKey, QString()};
    }
    const QList<Stage> &stages = m_session.document().roadmap().stages;
    return {stages.isEmpty() ? QString() : stages.constFirst().key, QString()};
}

void TimerWidget::startFromToolbar()
{
    const QPair<QString, QString> target = toolbarTarget();
    if (target.first.isEmpty()) {
        Q_EMIT errorOccurred(tr("The roadmap has no stage to time."));
        return;
    }
    m_timer.start(target.first, target.second);
}

void TimerWidget::onStopped(const TimeEntry &entry)
{
    update();
    if (entry.seconds() == 0) {
        Q_EMIT noticeGiven(tr("The timer stopped without any time to record."));
        return;
    }
    const qint64 minutes = (entry.seconds() + 30) / 60;
    Q_EMIT noticeGiven(tr("Recorded %n minute(s) of study in the log.", nullptr, int(minutes)));
}

void TimerWidget::askAboutClock(const QString &explanation, const QDateTime &suggestedEnd)
{
    QMessageBox box(QMessageBox::Question, tr("Timer"), explanation, QMessageBox::NoButton, window());
    box.setObjectName(QStringLiteral("clockProblemBox"));
    box.setInformativeText(tr("End the timer there, or keep it running?"));
    QPushButton *end = box.addButton(
        tr("&End at %1")
            .arg(QLocale().toString(suggestedEnd.toTimeZone(m_session.timeZone()).time(), QLocale::ShortFormat)),
        QMessageBox::AcceptRole);
    end->setObjectName(QStringLiteral("endAtSuggested"));
    QPushButton *keep = box.addButton(tr("&Keep Running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunning"));
    box.setDefaultButton(end);
    box.exec();
    if (!m_timer.isRunning())
        return;
    if (box.clickedButton() == keep)
        m_timer.keepRunning();
    else
        m_timer.endAt(suggestedEnd);
}

void TimerWidget::askMarkDone(const QString &blockId)
{
    QMessageBox box(QMessageBox::Question, tr("Timer"), tr("Mark the study block you timed done?"),
                    QMessageBox::Yes | QMessageBox::No, window());
    box.setObjectName(QStringLiteral("markDoneBox"));
    auto *remember = new QCheckBox(tr("&Do the same from now on"), &box);
    remember->setObjectName(QStringLiteral("rememberMarkDone"));
    box.setCheckBox(remember);
    const bool yes = box.exec() == QMessageBox::Yes;
    if (remember->isChecked()) {
        QAction *chosen = yes ? m_markAlways : m_markNever;
        chosen->setChecked(true);
        m_session.settings().setValue(Settings::Key::TimerMarksBlockDone, chosen->data());
        m_session.settings().sync();
    }
    if (yes && !m_timer.markBlockDone(blockId))
        Q_EMIT errorOccurred(tr("The study block is no longer in the week: it was not marked done."));
}

void TimerWidget::editFocusSettings()
{
    FocusDialog dialog(window());
    dialog.setFocusSettings(m_focus->focusSettings());
    dialog.setAutoStart(m_focus->autoStart());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_focus->setFocusSettings(dialog.focusSettings());
    m_focus->setAutoStart(dialog.autoStart());
}
