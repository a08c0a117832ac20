// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/availabilityrepository.h"
#include "storage/blockrepository.h"
#include "storage/entryrepository.h"
#include "support/clock.h"
#include "support/settings.h"
#include "tracking/idlemonitor.h"
#include "tracking/idlewatcher.h"
#include "tracking/timercontroller.h"
#include "week/weekdocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef STUDYPLANNER_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

#include <functional>
#include <memory>

// Idle detection through the main window, on a real database: a timer started from a week block,
// the learner away past the threshold and back, each of the three answers checked in the database
// (the entries, the block, whether the timer still runs); no question when the timer stopped
// meanwhile; the Idle Detection submenu with a desktop that reports idle time and one that does
// not. Time moves by hand (wall clock, monotonic clock, the desktop's idle counter). Europe/Berlin,
// Monday 4 January 2027.
namespace {

const QTimeZone Berlin("Europe/Berlin");
const QDate Monday(2027, 1, 4);

QDateTime at(int hour, int minute, int second = 0)
{
    return QDateTime(Monday, QTime(hour, minute, second), Berlin);
}

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now = at(18, 0);
};

// The desktop's idle counter, set by the test.
class FakeIdleMonitor final : public IdleMonitor
{
public:
    FakeIdleMonitor(bool available, const qint64 *idleMilliseconds)
        : m_available(available), m_idleMilliseconds(idleMilliseconds)
    {
    }
    bool isAvailable() const override { return m_available; }
    QString backendName() const override { return m_available ? QStringLiteral("fake") : QString(); }
    std::optional<qint64> idleMilliseconds() override
    {
        ++polls;
        if (!m_available)
            return std::nullopt;
        return *m_idleMilliseconds;
    }

    int polls = 0;

private:
    bool m_available;
    const qint64 *m_idleMilliseconds;
};

#ifdef STUDYPLANNER_HAVE_DBUS
// What KDE's screen locker offers on the session bus.
class KdeScreenSaver final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public Q_SLOTS:
    uint GetSessionIdleTime() { return 4242; }
};

// What GNOME's Mutter offers on the session bus.
class MutterIdleMonitor final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")

public Q_SLOTS:
    qulonglong GetIdletime() { return 31337; }
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

class TestIdle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void awayAndBack_data();
    void awayAndBack();
    void noQuestionWhenTheTimerStopped();
    void menuChoosesTheThreshold();
    void unavailableDesktop();
    void desktopBackends();

private:
    // Moves the wall clock and the monotonic clock together.
    void advance(qint64 seconds);
    // One minute passes: a heartbeat, and a poll of the idle counter (`idleSeconds`).
    void minute(qint64 idleSeconds);
    QList<TimeEntry> finishedEntries() const;
    StudyBlock storedBlock(const QString &id) const;
    StudyBlock firstBlockToday() const;
    FakeIdleMonitor *useFakeMonitor(bool available);
    TimerController *timer() const { return m_window->timer(); }
    IdleWatcher *watcher() const { return m_window->findChild<IdleWatcher *>(QStringLiteral("idleWatcher")); }

    FixedClock m_clock;
    qint64 m_monotonicMs = 0;
    qint64 m_idleMs = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestIdle::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "desktopBackends") == 0)
        return; // no window: it talks to the desktop alone
    m_clock.set(at(18, 0));
    m_monotonicMs = 1000000;
    m_idleMs = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setValue(Settings::Key::TimerMarksBlockDone, QStringLiteral("always"));
    m_session = std::make_unique<Session>(*m_settings, m_clock);
    m_session->setTimeZone(Berlin);
    m_session->applyLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QString error;
    QVERIFY2(m_session->open(m_dir->filePath(QStringLiteral("db.sqlite")), &error), qPrintable(error));
    const std::optional<Availability> availability =
        AvailabilityText::parse(QStringLiteral("mon-sun 18:00-22:00"), &error);
    QVERIFY2(availability, qPrintable(error));
    QVERIFY2(m_session->availabilities().save(m_session->document().roadmapId(), *availability, &error),
             qPrintable(error));

    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->timer()->setMonotonicSource([this] { return m_monotonicMs; });
    m_window->resize(1300, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(watcher());
}

void TestIdle::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestIdle::advance(qint64 seconds)
{
    m_clock.set(m_clock.now().addSecs(seconds));
    m_monotonicMs += seconds * 1000;
}

void TestIdle::minute(qint64 idleSeconds)
{
    advance(60);
    timer()->beat();
    m_idleMs = idleSeconds * 1000;
    watcher()->poll();
}

QList<TimeEntry> TestIdle::finishedEntries() const
{
    QString error;
    return m_session->entries()
        .entries(m_session->document().roadmapId(), EntryRepository::Filter(), 0, 100,
                 EntryRepository::Order::Ascending, &error)
        .value_or(QList<TimeEntry>());
}

StudyBlock TestIdle::storedBlock(const QString &id) const
{
    QString error;
    return m_session->blocks().block(m_session->document().roadmapId(), id, &error).value_or(StudyBlock());
}

StudyBlock TestIdle::firstBlockToday() const
{
    QString error;
    const QList<StudyBlock> blocks = m_session->blocks()
                                         .blocks(m_session->document().roadmapId(), at(0, 0),
                                                 QDateTime(Monday.addDays(1), QTime(0, 0), Berlin), &error)
                                         .value_or(QList<StudyBlock>());
    return blocks.isEmpty() ? StudyBlock() : blocks.constFirst();
}

FakeIdleMonitor *TestIdle::useFakeMonitor(bool available)
{
    auto monitor = std::make_unique<FakeIdleMonitor>(available, &m_idleMs);
    FakeIdleMonitor *fake = monitor.get();
    watcher()->setMonitor(std::move(monitor));
    return fake;
}

void TestIdle::awayAndBack_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("running");

    QTest::newRow("keep") << QStringLiteral("keepIdle") << true;
    QTest::newRow("discard") << QStringLiteral("discardIdle") << true;
    QTest::newRow("discard and stop") << QStringLiteral("discardIdleAndStop") << false;
}

void TestIdle::awayAndBack()
{
    QFETCH(QString, answer);
    QFETCH(bool, running);

    FakeIdleMonitor *fake = useFakeMonitor(true);
    QCOMPARE(watcher()->thresholdMinutes(), 10); // the default
    auto *ten = m_window->findChild<QAction *>(QStringLiteral("actionIdle10"));
    QVERIFY(ten && ten->isChecked());

    m_window->findChild<QAction *>(QStringLiteral("view_weekView"))->trigger();
    const StudyBlock block = firstBlockToday();
    QVERIFY(!block.id.isEmpty());
    QCOMPARE(block.status, StudyBlock::Status::Planned);
    QVERIFY(!watcher()->isPolling());
    QVERIFY(timer()->start(block.stageKey, QString(), block.id));
    QVERIFY(watcher()->isPolling());
    const qint64 firstId = timer()->entry().id;

    // Five minutes of study (input every few seconds), then away from 18:05.
    for (int i = 0; i < 5; ++i)
        minute(3);
    QCOMPARE(fake->polls, 5);
    for (int away = 1; away <= 9; ++away)
        minute(away * 60);
    QVERIFY(!watcher()->tracker().isIdle()); // 9 minutes
    minute(10 * 60);
    QVERIFY(watcher()->tracker().isIdle()); // 10 minutes: the threshold
    QCOMPARE(watcher()->tracker().idleSince(), at(18, 5).toUTC());
    for (int away = 11; away <= 27; ++away)
        minute(away * 60);
    QVERIFY(timer()->isRunning());
    QCOMPARE(m_clock.now(), at(18, 32));

    // Back at 18:32, seen by the poll 5 s later.
    advance(5);
    m_idleMs = 5000;
    QString text;
    whenModal([answer, &text](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("idleBox"));
        text = box->text();
        auto *button = box->findChild<QAbstractButton *>(answer);
        QVERIFY2(button, qPrintable(answer));
        for (const QString &name :
             {QStringLiteral("keepIdle"), QStringLiteral("discardIdle"), QStringLiteral("discardIdleAndStop")})
            QVERIFY2(box->findChild<QAbstractButton *>(name), qPrintable(name));
        button->click();
    });
    watcher()->poll();
    // "(%n minute(s))" reads "(27 minutes)" once the English translation has its plural forms.
    QVERIFY2(text.startsWith(QStringLiteral("You were away from 18:05 to 18:32 (27 minute")), qPrintable(text));
    QCOMPARE(timer()->isRunning(), running);
    QVERIFY(!watcher()->tracker().isIdle());

    QString error;
    const QList<TimeEntry> finished = finishedEntries();
    const std::optional<EntryRepository::OpenTimer> open = m_session->entries().openTimer(&error);
    QVERIFY(error.isEmpty());
    if (answer == QLatin1String("keepIdle")) {
        // Nothing changed: the same entry runs on from 18:00.
        QVERIFY(finished.isEmpty());
        QVERIFY(open);
        QCOMPARE(open->entry.id, firstId);
        QCOMPARE(open->entry.start, at(18, 0).toUTC());
        QCOMPARE(storedBlock(block.id).status, StudyBlock::Status::Planned);
        QVERIFY(watcher()->isPolling());
        return;
    }
    // The entry ends where the idle time began.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().id, firstId);
    QCOMPARE(finished.first().start, at(18, 0).toUTC());
    QCOMPARE(finished.first().end, std::optional<QDateTime>(at(18, 5).toUTC()));
    QCOMPARE(finished.first().blockId, block.id);
    if (running) {
        // A new entry for the same block from now; the block's study goes on, not marked done.
        QVERIFY(open);
        QVERIFY(open->entry.id != firstId);
        QCOMPARE(open->entry.start, at(18, 32, 5).toUTC());
        QCOMPARE(open->entry.stageKey, block.stageKey);
        QCOMPARE(open->entry.blockId, block.id);
        QCOMPARE(timer()->entry().id, open->entry.id);
        QCOMPARE(storedBlock(block.id).status, StudyBlock::Status::Planned);
        QVERIFY(watcher()->isPolling());
        // Idle is watched afresh on the new entry.
        minute(0);
        QVERIFY(!watcher()->tracker().isIdle());
        QVERIFY(timer()->stop());
        QCOMPARE(finishedEntries().size(), 2);
        QCOMPARE(finishedEntries().at(1).seconds(), 60);
        QCOMPARE(storedBlock(block.id).status, StudyBlock::Status::Done);
    } else {
        // Stopped as Stop does: the block is marked done (the setting says always).
        QVERIFY(!open);
        QCOMPARE(storedBlock(block.id).status, StudyBlock::Status::Done);
        QVERIFY(!watcher()->isPolling());
    }
}

void TestIdle::noQuestionWhenTheTimerStopped()
{
    FakeIdleMonitor *fake = useFakeMonitor(true);
    const QString stageKey = m_session->document().roadmap().stages.first().key;
    QVERIFY(timer()->start(stageKey));
    for (int away = 1; away <= 15; ++away)
        minute(away * 60);
    QVERIFY(watcher()->tracker().isIdle());

    // Stopped by the command line while the learner is away: nothing left to ask about.
    QString error;
    QVERIFY2(m_session->entries().stopTimer(timer()->entry().id, m_clock.now(), &error), qPrintable(error));
    QVERIFY(!timer()->isRunning());
    QVERIFY(!watcher()->isPolling());
    QVERIFY(!watcher()->tracker().isIdle());
    const int polls = fake->polls;
    advance(5);
    m_idleMs = 0;
    watcher()->poll(); // a modal question here would never return
    QCOMPARE(fake->polls, polls);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestIdle::menuChoosesTheThreshold()
{
    useFakeMonitor(true);
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuIdleDetection"));
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("&Idle Detection"));
    auto *timerMenu = m_window->findChild<QMenu *>(QStringLiteral("menuTimer"));
    QVERIFY(timerMenu && timerMenu->actions().contains(menu->menuAction()));

    QStringList visible;
    for (QAction *action : menu->actions()) {
        if (action->isVisible()) {
            QVERIFY(action->isEnabled());
            QVERIFY(action->isCheckable());
            visible.append(action->objectName());
        }
    }
    QCOMPARE(visible, (QStringList{QStringLiteral("actionIdleOff"), QStringLiteral("actionIdle5"),
                                   QStringLiteral("actionIdle10"), QStringLiteral("actionIdle15"),
                                   QStringLiteral("actionIdle30")}));
    const QString fifteen = m_window->findChild<QAction *>(QStringLiteral("actionIdle15"))->text();
    QVERIFY2(fifteen.startsWith(QStringLiteral("After 15 Minute")), qPrintable(fifteen));

    m_window->findChild<QAction *>(QStringLiteral("actionIdle5"))->trigger();
    QCOMPARE(m_settings->value(Settings::Key::IdleMinutes).toInt(), 5);
    QCOMPARE(watcher()->thresholdMinutes(), 5);

    // 5 minutes away now counts.
    const QString stageKey = m_session->document().roadmap().stages.first().key;
    QVERIFY(timer()->start(stageKey));
    QVERIFY(watcher()->isPolling());
    for (int away = 1; away <= 4; ++away)
        minute(away * 60);
    QVERIFY(!watcher()->tracker().isIdle());
    minute(5 * 60);
    QVERIFY(watcher()->tracker().isIdle());

    // Off: no polling, nothing idle, even with a timer running.
    auto *off = m_window->findChild<QAction *>(QStringLiteral("actionIdleOff"));
    off->trigger();
    QVERIFY(off->isChecked());
    QCOMPARE(m_settings->value(Settings::Key::IdleMinutes).toInt(), 0);
    QVERIFY(timer()->isRunning());
    QVERIFY(!watcher()->isPolling());
    QVERIFY(!watcher()->tracker().isIdle());
    m_idleMs = 0;
    watcher()->poll();
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(timer()->isRunning());
}

void TestIdle::unavailableDesktop()
{
    FakeIdleMonitor *fake = useFakeMonitor(false);
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuIdleDetection"));
    QVERIFY(menu);
    QList<QAction *> visible;
    for (QAction *action : menu->actions()) {
        if (action->isVisible())
            visible.append(action);
    }
    QCOMPARE(visible.size(), 1);
    QCOMPARE(visible.first()->objectName(), QStringLiteral("actionIdleUnavailable"));
    QVERIFY(!visible.first()->isEnabled());
    QCOMPARE(visible.first()->text(), QStringLiteral("Idle detection is unavailable on this desktop"));

    // A timer runs without asking the desktop.
    const QString stageKey = m_session->document().roadmap().stages.first().key;
    QVERIFY(timer()->start(stageKey));
    QVERIFY(!watcher()->isPolling());
    minute(30 * 60);
    QVERIFY(!watcher()->tracker().isIdle());
    QVERIFY(timer()->isRunning());

    QCOMPARE(fake->polls, 0); // the unavailable source is never asked

    // The desktop found after all (another backend): the choices are back.
    useFakeMonitor(true);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionIdleUnavailable"))->isVisible());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionIdle10"))->isVisible());
    QVERIFY(watcher()->isPolling());
}

// The real backends: the X11 extension when the test runs on xcb (Xvfb has MIT-SCREEN-SAVER:
// tst_idle_x11), otherwise the D-Bus ones, served by this process on a private session bus
// (tst_idle_dbus); skipped without either.
void TestIdle::desktopBackends()
{
    if (QGuiApplication::platformName() == QLatin1String("xcb")) {
#ifdef STUDYPLANNER_HAVE_XSS
        const std::unique_ptr<IdleMonitor> monitor = IdleMonitor::create();
        QVERIFY(monitor->isAvailable());
        QCOMPARE(monitor->backendName(), QStringLiteral("X11 MIT-SCREEN-SAVER"));
        const std::optional<qint64> idle = monitor->idleMilliseconds();
        QVERIFY(idle && *idle >= 0);
        return;
#endif
    }
#ifdef STUDYPLANNER_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QSKIP("No session bus (run under dbus-run-session)");
    QVERIFY(!IdleMonitor::create()->isAvailable());

    MutterIdleMonitor mutter;
    QVERIFY(bus.registerObject(QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"), &mutter,
                               QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QStringLiteral("org.gnome.Mutter.IdleMonitor")));
    std::unique_ptr<IdleMonitor> monitor = IdleMonitor::create();
    QVERIFY(monitor->isAvailable());
    QVERIFY2(monitor->backendName().contains(QStringLiteral("org.gnome.Mutter.IdleMonitor")),
             qPrintable(monitor->backendName()));
    QCOMPARE(monitor->idleMilliseconds(), std::optional<qint64>(31337));

    // KDE's comes first when both are there.
    KdeScreenSaver kde;
    QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &kde, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
    monitor = IdleMonitor::create();
    QVERIFY(monitor->isAvailable());
    QVERIFY2(monitor->backendName().contains(QStringLiteral("org.freedesktop.ScreenSaver")),
             qPrintable(monitor->backendName()));
    QCOMPARE(monitor->idleMilliseconds(), std::optional<qint64>(4242));

    // The service gone: that sample is missing, not 0.
    QVERIFY(bus.unregisterService(QStringLiteral("org.freedesktop.ScreenSaver")));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/ScreenSaver"));
    QCOMPARE(monitor->idleMilliseconds(), std::optional<qint64>());
    QVERIFY(bus.unregisterService(QStringLiteral("org.gnome.Mutter.IdleMonitor")));
    bus.unregisterObject(QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"));
    QVERIFY(!IdleMonitor::create()->isAvailable());
#else
    QSKIP("Built without D-Bus");
#endif
}

QTEST_MAIN(TestIdle)
#include "tst_idle.moc"
