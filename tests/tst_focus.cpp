// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebar.h"
#include "common/notifier.h"
#include "mainwindow.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/entryrepository.h"
#include "support/clock.h"
#include "support/settings.h"
#include "tracking/focuscontroller.h"
#include "tracking/focusdialog.h"
#include "tracking/timercontroller.h"
#include "tracking/timerwidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#ifdef STUDYPLANNER_HAVE_DBUS
#include <QDBusConnection>
#endif
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// Focus mode through the main window, on a real database and a clock moved by hand: a work session
// run to its end (the entry of exactly the work length in the log, the notification, the count,
// the break and its end, the next session started by hand or by itself), the long break, a count
// from another day, a stop by hand, focus mode switched off, a clock that jumps, the settings
// dialog, and where the notifier shows a notification. Europe/Berlin, Monday 4 January 2027.
namespace {

const QTimeZone Berlin("Europe/Berlin");
const QDate Monday(2027, 1, 4);

QDateTime at(int hour, int minute = 0, int second = 0)
{
    return QDateTime(Monday, QTime(hour, minute, second), Berlin);
}

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now = at(18);
};

#ifdef STUDYPLANNER_HAVE_DBUS
// A desktop's notification daemon on the session bus: keeps what it was asked to show.
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QStringList bodies;
    QString appName;
    QVariantMap hints;

public Q_SLOTS:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hintMap, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        appName = app;
        hints = hintMap;
        summaries.append(summary);
        bodies.append(body);
        return uint(bodies.size());
    }
};

// A service by that name that does not answer Notify.
class BrokenNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.example.Nothing")
};
#endif

// Runs `answer` on the next modal widget once it is open.
void whenModal(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, [answer] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        answer(modal);
    });
}

} // namespace

class TestFocus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void workSession_data();
    void workSession();
    void breakEnd_data();
    void breakEnd();
    void breakEndNoticedLate();
    void startedDuringTheBreak();
    void stopByHandEndsTheCycle();
    void switchedOff();
    void switchedOnWhileTheTimerRuns();
    void clockJumpedForward_data();
    void clockJumpedForward();
    void clockSetBackInTheBreak();
    void settingsDialog_data();
    void settingsDialog();
    void notifierChannels();
    void notifierDesktopBus();

private:
    void makeWindow();
    void advance(qint64 seconds);
    // Time passes while the timer runs: a heartbeat every minute, focus checked every minute.
    void study(int minutes);
    // Starts a timer on the first item of the first stage.
    void startTimer();
    // Runs the work session that just started to its end (minus `short` seconds).
    void runWorkSession(int workMinutes, int shortBy = 0);
    QList<TimeEntry> storedEntries() const;
    QString label() const;
    QString lastNotification() const;

    TimerController *timer() const { return m_window->timer(); }
    FocusController *focus() const { return m_window->timerWidget()->focus(); }
    Notifier *notifier() const { return m_window->timerWidget()->notifier(); }

    FixedClock m_clock;
    qint64 m_monotonicMs = 0;
    QString m_stageKey;
    QString m_itemKey;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestFocus::init()
{
    m_clock.set(at(18));
    m_monotonicMs = 1000000;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<Session>(*m_settings, m_clock);
    m_session->setTimeZone(Berlin);
    m_session->applyLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QString error;
    QVERIFY2(m_session->open(m_dir->filePath(QStringLiteral("db.sqlite")), &error), qPrintable(error));
    const Stage &stage = m_session->document().roadmap().stages.first();
    m_stageKey = stage.key;
    QVERIFY(!stage.sections.isEmpty() && !stage.sections.first().items.isEmpty());
    m_itemKey = stage.sections.first().items.first().key;
    m_settings->setValue(Settings::Key::AvailabilityAsked, true);
    makeWindow();
    // Whatever the desktop the test runs on: notifications go to the window.
    notifier()->setTrayIcon(nullptr);
    notifier()->setDesktopBusAllowed(false);
    auto *focusMode = m_window->findChild<QAction *>(QStringLiteral("actionFocusMode"));
    QVERIFY(focusMode && focusMode->isCheckable() && !focusMode->isChecked());
    focusMode->trigger();
    QVERIFY(focus()->isEnabled());
    QVERIFY(m_settings->value(Settings::Key::FocusMode).toBool());
}

void TestFocus::makeWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->timer()->setMonotonicSource([this] { return m_monotonicMs; });
    m_window->resize(1300, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFocus::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestFocus::advance(qint64 seconds)
{
    m_clock.set(m_clock.now().addSecs(seconds));
    m_monotonicMs += seconds * 1000;
}

void TestFocus::study(int minutes)
{
    for (int i = 0; i < minutes; ++i) {
        advance(60);
        timer()->beat();
        focus()->check();
    }
}

void TestFocus::startTimer()
{
    QVERIFY(timer()->start(m_stageKey, m_itemKey));
    QVERIFY(focus()->isWorking());
}

void TestFocus::runWorkSession(int workMinutes, int shortBy)
{
    study(workMinutes - 1);
    advance(60 - shortBy);
    focus()->check();
}

QList<TimeEntry> TestFocus::storedEntries() const
{
    QString error;
    return m_session->entries()
        .entries(m_session->document().roadmapId(), EntryRepository::Filter(), 0, 100,
                 EntryRepository::Order::Ascending, &error)
        .value_or(QList<TimeEntry>());
}

QString TestFocus::label() const
{
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("timerStatus"));
    return status && status->isVisibleTo(m_window.get()) ? status->text() : QString();
}

QString TestFocus::lastNotification() const
{
    return notifier()->shown().isEmpty() ? QString() : notifier()->shown().constLast().message;
}

void TestFocus::workSession_data()
{
    QTest::addColumn<int>("countedDay"); // days before today the stored count was made; -1: none
    QTest::addColumn<int>("storedCount");
    QTest::addColumn<int>("session");      // the number of the session run
    QTest::addColumn<int>("breakMinutes"); // the break after it
    QTest::addColumn<QString>("notification");
    QTest::addColumn<QString>("breakLabel"); // its start (the plural follows the translation)

    QTest::newRow("first session") << -1 << 0 << 1 << 5 << QStringLiteral("Session 1 done: take a 5-minute break.")
                                   << QStringLiteral("Break · 4:30 left · 1 session");
    QTest::newRow("third session") << 0 << 2 << 3 << 5 << QStringLiteral("Session 3 done: take a 5-minute break.")
                                   << QStringLiteral("Break · 4:30 left · 3 session");
    QTest::newRow("fourth session: the long break")
        << 0 << 3 << 4 << 15 << QStringLiteral("Session 4 done: take a 15-minute long break.")
        << QStringLiteral("Long break · 14:30 left · 4 session");
    QTest::newRow("yesterday's count starts again")
        << 1 << 3 << 1 << 5 << QStringLiteral("Session 1 done: take a 5-minute break.")
        << QStringLiteral("Break · 4:30 left · 1 session");
}

void TestFocus::workSession()
{
    QFETCH(int, countedDay);
    QFETCH(int, storedCount);
    QFETCH(int, session);
    QFETCH(int, breakMinutes);
    QFETCH(QString, notification);
    QFETCH(QString, breakLabel);

    if (countedDay >= 0) {
        m_settings->setValue(Settings::Key::FocusSessionsDay, Monday.addDays(-countedDay).toString(Qt::ISODate));
        m_settings->setValue(Settings::Key::FocusSessionsCount, storedCount);
    }
    QCOMPARE(focus()->sessionsToday(), countedDay == 0 ? storedCount : 0);
    QSignalSpy completed(focus(), &FocusController::sessionCompleted);

    startTimer();
    QVERIFY2(label().startsWith(QStringLiteral("Focus · 25:00 left · session %1 · ").arg(session)),
             qPrintable(label()));
    runWorkSession(25, 1);
    QVERIFY(timer()->isRunning());
    QVERIFY2(label().startsWith(QStringLiteral("Focus · 0:01 left")), qPrintable(label()));
    QCOMPARE(completed.count(), 0);
    QVERIFY(notifier()->shown().isEmpty());

    // Noticed half a minute late: the entry is still the work session, to the second.
    advance(31);
    focus()->check();
    QVERIFY(!timer()->isRunning());
    const QList<TimeEntry> entries = storedEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().start, at(18).toUTC());
    QCOMPARE(entries.first().seconds(), 25 * 60);
    QCOMPARE(entries.first().stageKey, m_stageKey);
    QCOMPARE(entries.first().itemKey, m_itemKey);
    QString error;
    QVERIFY(!m_session->entries().openTimer(&error));

    // Counted, for today.
    QCOMPARE(completed.count(), 1);
    QCOMPARE(completed.first().first().toInt(), session);
    QCOMPARE(focus()->sessionsToday(), session);
    QCOMPARE(m_settings->value(Settings::Key::FocusSessionsCount).toInt(), session);
    QCOMPARE(m_settings->value(Settings::Key::FocusSessionsDay).toString(), QStringLiteral("2027-01-04"));

    // Notified, in the window (no tray, no desktop bus here).
    QCOMPARE(notifier()->shown().size(), 1);
    QCOMPARE(notifier()->shown().first().channel, Notifier::Channel::Window);
    QCOMPARE(lastNotification(), notification);
    QCOMPARE(m_window->messageBar()->text(), notification);

    // The break, in the status bar while no timer runs.
    QVERIFY(focus()->isActive() && !focus()->isWorking());
    const FocusCycle::Phase phase = breakMinutes == 15 ? FocusCycle::Phase::LongBreak : FocusCycle::Phase::ShortBreak;
    QCOMPARE(focus()->state()->phase, phase);
    QCOMPARE(focus()->state()->secondsLeft, breakMinutes * 60 - 30);
    QVERIFY2(label().startsWith(breakLabel), qPrintable(label()));
}

void TestFocus::breakEnd_data()
{
    QTest::addColumn<bool>("autoStart");
    QTest::newRow("the learner starts the next session") << false;
    QTest::newRow("the next session starts by itself") << true;
}

void TestFocus::breakEnd()
{
    QFETCH(bool, autoStart);
    focus()->setAutoStart(autoStart);
    QCOMPARE(m_settings->value(Settings::Key::FocusAutoStart).toBool(), autoStart);
    QSignalSpy ended(focus(), &FocusController::breakEnded);

    startTimer();
    runWorkSession(25);
    QVERIFY(!timer()->isRunning());
    const QDateTime breakStart = m_clock.now();
    QCOMPARE(breakStart, at(18, 25));

    // One second before the break's end, and at it.
    advance(5 * 60 - 1);
    focus()->check();
    QCOMPARE(focus()->state()->secondsLeft, 1);
    QVERIFY2(label().startsWith(QStringLiteral("Break · 0:01 left · 1 session")), qPrintable(label()));
    QCOMPARE(ended.count(), 0);
    QCOMPARE(notifier()->shown().size(), 1);
    advance(1);
    focus()->check();
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().first().toBool(), autoStart);
    QCOMPARE(notifier()->shown().size(), 2);

    if (!autoStart) {
        QCOMPARE(lastNotification(), QStringLiteral("Break over: start the timer for session 2."));
        QVERIFY(!timer()->isRunning());
        QVERIFY(!focus()->isActive());
        QVERIFY(label().isEmpty());
        // The learner comes back later and starts it.
        advance(10 * 60);
        startTimer();
    } else {
        QCOMPARE(lastNotification(), QStringLiteral("Break over: session 2 has started."));
        QVERIFY(timer()->isRunning());
        QVERIFY(focus()->isWorking());
        QCOMPARE(timer()->entry().stageKey, m_stageKey);
        QCOMPARE(timer()->entry().itemKey, m_itemKey);
        QCOMPARE(timer()->entry().start, at(18, 30).toUTC());
    }
    QVERIFY2(label().startsWith(QStringLiteral("Focus · 25:00 left · session 2 · ")), qPrintable(label()));

    // The second session ends like the first.
    const QDateTime secondStart = timer()->entry().start;
    runWorkSession(25);
    const QList<TimeEntry> entries = storedEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).start, secondStart);
    QCOMPARE(entries.at(1).seconds(), 25 * 60);
    QCOMPARE(focus()->sessionsToday(), 2);
    QCOMPARE(lastNotification(), QStringLiteral("Session 2 done: take a 5-minute break."));
}

void TestFocus::breakEndNoticedLate()
{
    // A sleep through the break: nobody is there for a session to start by itself.
    focus()->setAutoStart(true);
    startTimer();
    runWorkSession(25);
    advance(5 * 60 + 61);
    focus()->check();
    QVERIFY(!timer()->isRunning());
    QVERIFY(!focus()->isActive());
    QCOMPARE(lastNotification(), QStringLiteral("Break over: start the timer for session 2."));
}

void TestFocus::startedDuringTheBreak()
{
    startTimer();
    runWorkSession(25);
    advance(2 * 60);
    focus()->check();
    startTimer(); // the break cut short: session 2 from now
    QCOMPARE(timer()->entry().start, at(18, 27).toUTC());
    QVERIFY2(label().startsWith(QStringLiteral("Focus · 25:00 left · session 2 · ")), qPrintable(label()));
    advance(5 * 60);
    focus()->check(); // where the old break would have ended: nothing happens
    QVERIFY(timer()->isRunning());
    QCOMPARE(notifier()->shown().size(), 1);
}

void TestFocus::stopByHandEndsTheCycle()
{
    startTimer();
    study(10);
    auto *stop = m_window->findChild<QAction *>(QStringLiteral("actionStopTimer"));
    QVERIFY(stop && stop->isEnabled());
    stop->trigger();
    QVERIFY(!timer()->isRunning());
    QVERIFY(!focus()->isActive());
    QVERIFY(label().isEmpty());
    // Not counted, nothing notified, and nothing happens when the session would have ended.
    study(20);
    QCOMPARE(focus()->sessionsToday(), 0);
    QVERIFY(notifier()->shown().isEmpty());
    const QList<TimeEntry> entries = storedEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().seconds(), 10 * 60);
}

void TestFocus::switchedOff()
{
    startTimer();
    study(10);
    auto *focusMode = m_window->findChild<QAction *>(QStringLiteral("actionFocusMode"));
    focusMode->trigger();
    QVERIFY(!focusMode->isChecked());
    QVERIFY(!m_settings->value(Settings::Key::FocusMode).toBool());
    QVERIFY(!focus()->isActive());
    // A plain timer again: it runs past the work length.
    QVERIFY2(label().startsWith(QStringLiteral("0:10:00 · ")), qPrintable(label()));
    study(20);
    QVERIFY(timer()->isRunning());
    QCOMPARE(timer()->elapsedSeconds(), 30 * 60);
    QVERIFY(notifier()->shown().isEmpty());

    // Switched on again now that the timer ran past a work session: it stays a plain timer.
    focusMode->trigger();
    QVERIFY(focus()->isEnabled());
    QVERIFY(!focus()->isActive());
    QVERIFY(timer()->isRunning());
}

void TestFocus::switchedOnWhileTheTimerRuns()
{
    auto *focusMode = m_window->findChild<QAction *>(QStringLiteral("actionFocusMode"));
    focusMode->trigger(); // off
    QVERIFY(timer()->start(m_stageKey, m_itemKey));
    QVERIFY(!focus()->isActive());
    study(10);
    // On again within the work length: the session counts from the timer's start.
    focusMode->trigger();
    QVERIFY(focus()->isWorking());
    QVERIFY2(label().startsWith(QStringLiteral("Focus · 15:00 left · session 1 · ")), qPrintable(label()));
    study(15);
    QVERIFY(!timer()->isRunning());
    QCOMPARE(storedEntries().first().seconds(), 25 * 60);
    QCOMPARE(focus()->sessionsToday(), 1);
}

void TestFocus::clockJumpedForward_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<qint64>("expectedSeconds");
    QTest::addColumn<int>("counted");

    QTest::newRow("keep running: the session ends at its length")
        << QStringLiteral("keepRunning") << qint64(25 * 60) << 1;
    QTest::newRow("end where it stopped counting: no session")
        << QStringLiteral("endAtSuggested") << qint64(24 * 60) << 0;
}

void TestFocus::clockJumpedForward()
{
    QFETCH(QString, answer);
    QFETCH(qint64, expectedSeconds);
    QFETCH(int, counted);

    startTimer();
    study(24);
    // The system clock jumps three hours forward while one real minute passes.
    m_clock.set(m_clock.now().addSecs(3 * 3600));
    m_monotonicMs += 60 * 1000;
    whenModal([answer](QWidget *modal) {
        QCOMPARE(modal->objectName(), QStringLiteral("clockProblemBox"));
        auto *button = modal->findChild<QAbstractButton *>(answer);
        QVERIFY(button);
        button->click();
    });
    focus()->check(); // the timer is asked to check its clocks before the session ends
    QVERIFY(!timer()->isRunning());
    const QList<TimeEntry> entries = storedEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().seconds(), expectedSeconds);
    QCOMPARE(focus()->sessionsToday(), counted);
    if (counted) {
        // The learner took the clock as it is: three hours later, the break is long over too.
        QCOMPARE(notifier()->shown().size(), 2);
        QCOMPARE(notifier()->shown().at(0).message, QStringLiteral("Session 1 done: take a 5-minute break."));
        QCOMPARE(lastNotification(), QStringLiteral("Break over: start the timer for session 2."));
    } else {
        QVERIFY(notifier()->shown().isEmpty());
    }
    QVERIFY(!focus()->isActive());
}

void TestFocus::clockSetBackInTheBreak()
{
    startTimer();
    runWorkSession(25);
    advance(2 * 60);
    focus()->check();
    QCOMPARE(focus()->state()->secondsLeft, 3 * 60);
    // Set back an hour: the break does not grow, nor does it end.
    m_clock.set(m_clock.now().addSecs(-3600));
    focus()->check();
    QVERIFY(focus()->isActive());
    QCOMPARE(focus()->state()->secondsLeft, 3 * 60);
    QCOMPARE(notifier()->shown().size(), 1);
}

void TestFocus::settingsDialog_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("OK") << true;
    QTest::newRow("Cancel") << false;
}

void TestFocus::settingsDialog()
{
    QFETCH(bool, accept);

    whenModal([accept](QWidget *modal) {
        QCOMPARE(modal->objectName(), QStringLiteral("focusDialog"));
        const auto spin = [modal](const char *name) { return modal->findChild<QSpinBox *>(QLatin1String(name)); };
        QVERIFY(spin("focusWorkMinutes") && spin("focusBreakMinutes") && spin("focusLongBreakMinutes")
                && spin("focusSessionsBeforeLongBreak"));
        // What is stored is what it shows.
        QCOMPARE(spin("focusWorkMinutes")->value(), 25);
        QCOMPARE(spin("focusWorkMinutes")->suffix(), QStringLiteral(" min"));
        QCOMPARE(spin("focusWorkMinutes")->maximum(), FocusSettings::MaxWorkMinutes);
        spin("focusWorkMinutes")->setValue(50);
        spin("focusBreakMinutes")->setValue(10);
        spin("focusLongBreakMinutes")->setValue(30);
        spin("focusSessionsBeforeLongBreak")->setValue(1);
        // Out of range is not possible.
        spin("focusBreakMinutes")->setValue(500);
        QCOMPARE(spin("focusBreakMinutes")->value(), FocusSettings::MaxBreakMinutes);
        spin("focusBreakMinutes")->setValue(10);
        auto *autoStart = modal->findChild<QCheckBox *>(QStringLiteral("focusAutoStart"));
        QVERIFY(autoStart && !autoStart->isChecked());
        autoStart->setChecked(true);
        auto *buttons = modal->findChild<QDialogButtonBox *>();
        buttons->button(accept ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)->click();
    });
    auto *settingsAction = m_window->findChild<QAction *>(QStringLiteral("actionFocusSettings"));
    QVERIFY(settingsAction && settingsAction->isEnabled());
    settingsAction->trigger();

    const int work = accept ? 50 : 25;
    QCOMPARE(m_settings->value(Settings::Key::FocusWorkMinutes).toInt(), work);
    QCOMPARE(m_settings->value(Settings::Key::FocusBreakMinutes).toInt(), accept ? 10 : 5);
    QCOMPARE(m_settings->value(Settings::Key::FocusLongBreakMinutes).toInt(), accept ? 30 : 15);
    QCOMPARE(m_settings->value(Settings::Key::FocusSessionsBeforeLongBreak).toInt(), accept ? 1 : 4);
    QCOMPARE(focus()->autoStart(), accept);

    // The next session has the new length (and, after every session, the long break).
    startTimer();
    runWorkSession(work, 1);
    QVERIFY(timer()->isRunning());
    advance(1);
    focus()->check();
    QVERIFY(!timer()->isRunning());
    QCOMPARE(storedEntries().first().seconds(), work * 60);
    QCOMPARE(lastNotification(), accept ? QStringLiteral("Session 1 done: take a 30-minute long break.")
                                        : QStringLiteral("Session 1 done: take a 5-minute break."));
}

void TestFocus::notifierChannels()
{
    Notifier notifier;
    QWidget window;
    notifier.setWindow(&window);
    notifier.setDesktopBusAllowed(false);
    QSignalSpy notified(&notifier, &Notifier::notified);
    QSignalSpy inWindow(&notifier, &Notifier::windowMessageRequested);

    // Without a tray and without the desktop bus: the window.
    QCOMPARE(notifier.channel(), Notifier::Channel::Window);
    notifier.notify(QStringLiteral("Focus Mode"), QStringLiteral("one"));
    QCOMPARE(inWindow.count(), 1);
    QCOMPARE(inWindow.first().first().toString(), QStringLiteral("one"));

    // With a tray icon: its balloon, and nothing in the window.
    QSystemTrayIcon tray;
    notifier.setTrayIcon(&tray);
    QCOMPARE(notifier.channel(), Notifier::Channel::Tray);
    notifier.notify(QStringLiteral("Focus Mode"), QStringLiteral("two"));
    QCOMPARE(inWindow.count(), 1);

    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(0).value<Notifier::Channel>(), Notifier::Channel::Tray);
    QCOMPARE(notifier.shown().size(), 2);
    QCOMPARE(notifier.shown().at(0).channel, Notifier::Channel::Window);
    QCOMPARE(notifier.shown().at(0).title, QStringLiteral("Focus Mode"));
    QCOMPARE(notifier.shown().at(1).channel, Notifier::Channel::Tray);
    QCOMPARE(notifier.shown().at(1).message, QStringLiteral("two"));
}

void TestFocus::notifierDesktopBus()
{
#ifdef STUDYPLANNER_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QSKIP("No session bus (run under dbus-run-session)");
    const QString service = QStringLiteral("org.freedesktop.Notifications");
    const QString path = QStringLiteral("/org/freedesktop/Notifications");
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.studyplanner.Test"));

    // No notification service: the window.
    {
        Notifier notifier;
        QCOMPARE(notifier.channel(), Notifier::Channel::Window);
    }

    // A notification daemon: Notify over the bus, nothing in the window.
    FakeNotifications daemon;
    QVERIFY(bus.registerObject(path, &daemon, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(service));
    {
        Notifier notifier;
        QSignalSpy inWindow(&notifier, &Notifier::windowMessageRequested);
        QCOMPARE(notifier.channel(), Notifier::Channel::DesktopBus);
        notifier.notify(QStringLiteral("Focus Mode"), QStringLiteral("Session 1 done: take a 5-minute break."));
        QTRY_COMPARE(daemon.bodies.size(), 1);
        QCOMPARE(daemon.bodies.first(), QStringLiteral("Session 1 done: take a 5-minute break."));
        QCOMPARE(daemon.summaries.first(), QStringLiteral("Focus Mode"));
        QCOMPARE(daemon.appName, QStringLiteral("Study Planner"));
        QCOMPARE(daemon.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.studyplanner.Test"));
        QCOMPARE(notifier.shown().size(), 1);
        QCOMPARE(notifier.shown().first().channel, Notifier::Channel::DesktopBus);
        QCOMPARE(inWindow.count(), 0);
        // Turned off (as the other tests do): the window.
        notifier.setDesktopBusAllowed(false);
        QCOMPARE(notifier.channel(), Notifier::Channel::Window);
    }
    bus.unregisterObject(path);

    // The service there but failing: that notification, and the next ones, in the window.
    BrokenNotifications broken;
    QVERIFY(bus.registerObject(path, &broken, QDBusConnection::ExportAllSlots));
    {
        Notifier notifier;
        QSignalSpy inWindow(&notifier, &Notifier::windowMessageRequested);
        QCOMPARE(notifier.channel(), Notifier::Channel::DesktopBus);
        notifier.notify(QStringLiteral("Focus Mode"), QStringLiteral("lost?"));
        QTRY_COMPARE(inWindow.count(), 1);
        QCOMPARE(inWindow.first().first().toString(), QStringLiteral("lost?"));
        QCOMPARE(notifier.channel(), Notifier::Channel::Window);
        QCOMPARE(notifier.shown().constLast().channel, Notifier::Channel::Window);
    }
    QVERIFY(bus.unregisterService(service));
    bus.unregisterObject(path);
    QGuiApplication::setDesktopFileName(QString());
#else
    QSKIP("Built without D-Bus");
#endif
}

QTEST_MAIN(TestFocus)
#include "tst_focus.moc"
