// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "roadmap/roadmapdocument.h"
#include "roadmap/roadmapview.h"
#include "roadmap/stagelistmodel.h"
#include "session.h"
#include "storage/availabilityrepository.h"
#include "storage/blockrepository.h"
#include "storage/entryrepository.h"
#include "support/clock.h"
#include "support/settings.h"
#include "timeline/plandocument.h"
#include "tracking/timercontroller.h"
#include "tracking/timerwidget.h"
#include "week/weekdocument.h"
#include "week/weekview.h"
#include "week/weekwidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// The study timer through the main window, on a real database: started from a week block's
// context menu and stopped, the entry and the block checked in the database; one timer at a time;
// an open entry left by a crash recovered; a system clock set back or forward, or a sleep, never
// giving a negative or absurd entry. Time moves by hand: a settable wall clock and a settable
// monotonic clock. Europe/Berlin, a week starting on Monday 4 January 2027.
namespace {

const QTimeZone Berlin("Europe/Berlin");
const QDate Monday(2027, 1, 4);

QDateTime at(int dayOffset, int hour, int minute = 0)
{
    return QDateTime(Monday.addDays(dayOffset), QTime(hour, minute), Berlin);
}

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now = at(0, 18);
};

// Runs `answer` on the next modal widget once it is open.
void whenModal(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, [answer] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        answer(modal);
    });
}

void clickChild(QWidget *parent, const QString &name)
{
    auto *button = parent->findChild<QAbstractButton *>(name);
    QVERIFY2(button, qPrintable(name));
    button->click();
}

} // namespace

class TestTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startFromBlockAndStop_data();
    void startFromBlockAndStop();
    void onlyOneTimerRuns();
    void toolbarStartsTheRoadmapSelection();
    void stageListShowsHoursStudied();
    void trayIconFollowsTheTimer();
    void recovery_data();
    void recovery();
    void clockProblems_data();
    void clockProblems();

private:
    void makeWindow();
    // Moves the wall clock and the monotonic clock together.
    void advance(qint64 seconds);
    // Time passes while the timer runs: a heartbeat every minute.
    void study(int minutes);
    QList<TimeEntry> storedEntries() const;
    StudyBlock storedBlock(const QString &id) const;
    StudyBlock firstBlockOn(int dayOffset) const;
    TimerController *timer() const { return m_window->timer(); }

    FixedClock m_clock;
    qint64 m_monotonicMs = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestTimer::init()
{
    m_clock.set(at(0, 18));
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
    const std::optional<Availability> availability =
        AvailabilityText::parse(QStringLiteral("mon-sun 18:00-22:00"), &error);
    QVERIFY2(availability, qPrintable(error));
    QVERIFY2(m_session->availabilities().save(m_session->document().roadmapId(), *availability, &error),
             qPrintable(error));
    makeWindow();
}

void TestTimer::makeWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->timer()->setMonotonicSource([this] { return m_monotonicMs; });
    m_window->resize(1300, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    // Without a window manager (the tray run on Xvfb) no window becomes active: shown is enough there.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    else
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTimer::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestTimer::advance(qint64 seconds)
{
    m_clock.set(m_clock.now().addSecs(seconds));
    m_monotonicMs += seconds * 1000;
}

void TestTimer::study(int minutes)
{
    for (int i = 0; i < minutes; ++i) {
        advance(60);
        timer()->beat();
    }
}

QList<TimeEntry> TestTimer::storedEntries() const
{
    QString error;
    return m_session->entries()
        .entries(m_session->document().roadmapId(), EntryRepository::Filter(), 0, 100,
                 EntryRepository::Order::Ascending, &error)
        .value_or(QList<TimeEntry>());
}

StudyBlock TestTimer::storedBlock(const QString &id) const
{
    QString error;
    return m_session->blocks().block(m_session->document().roadmapId(), id, &error).value_or(StudyBlock());
}

StudyBlock TestTimer::firstBlockOn(int dayOffset) const
{
    QString error;
    const QList<StudyBlock> week = m_session->blocks()
                                       .blocks(m_session->document().roadmapId(), at(0, 0), at(7, 0), &error)
                                       .value_or(QList<StudyBlock>());
    for (const StudyBlock &b : week) {
        if (b.start.toTimeZone(Berlin).date() == Monday.addDays(dayOffset))
            return b;
    }
    return {};
}

void TestTimer::startFromBlockAndStop_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<bool>("answerYes"); // when asked
    QTest::addColumn<bool>("done");

    QTest::newRow("always") << QStringLiteral("always") << false << true;
    QTest::newRow("never") << QStringLiteral("never") << false << false;
    QTest::newRow("ask, yes") << QStringLiteral("ask") << true << true;
    QTest::newRow("ask, no") << QStringLiteral("ask") << false << false;
}

void TestTimer::startFromBlockAndStop()
{
    QFETCH(QString, setting);
    QFETCH(bool, answerYes);
    QFETCH(bool, done);

    auto *mode =
        m_window->findChild<QAction *>(QStringLiteral("actionMarkDone") + setting.at(0).toUpper() + setting.mid(1));
    QVERIFY(mode);
    mode->trigger();
    QCOMPARE(m_settings->value(Settings::Key::TimerMarksBlockDone).toString(), setting);

    m_window->findChild<QAction *>(QStringLiteral("view_weekView"))->trigger();
    const StudyBlock block = firstBlockOn(0);
    QVERIFY(!block.id.isEmpty());
    QCOMPARE(block.status, StudyBlock::Status::Planned);

    // The block's context menu → Start Timer.
    QTimer::singleShot(0, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("blockMenu"));
        auto *start = menu->findChild<QAction *>(QStringLiteral("startTimer"));
        QVERIFY(start && start->isEnabled());
        menu->setActiveAction(start);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    Q_EMIT m_window->weekView()->weekWidget()->contextMenuRequested(block.id, m_window->mapToGlobal(QPoint(400, 400)));
    QVERIFY(timer()->isRunning());
    QCOMPARE(timer()->entry().blockId, block.id);

    // Stored at once, open, with the local offset.
    QString error;
    const std::optional<EntryRepository::OpenTimer> open = m_session->entries().openTimer(&error);
    QVERIFY2(open, qPrintable(error));
    QCOMPARE(open->entry.blockId, block.id);
    QCOMPARE(open->entry.stageKey, block.stageKey);
    QCOMPARE(open->entry.offsetMinutes, 60);

    study(25);
    QCOMPARE(timer()->elapsedSeconds(), 25 * 60);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("timerStatus"));
    QVERIFY(label);
    QVERIFY2(label->text().startsWith(QStringLiteral("0:25:00")), qPrintable(label->text()));

    if (setting == QLatin1String("ask")) {
        whenModal([answerYes](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("markDoneBox"));
            box->button(answerYes ? QMessageBox::Yes : QMessageBox::No)->click();
        });
    }
    auto *stop = m_window->findChild<QAction *>(QStringLiteral("actionStopTimer"));
    QVERIFY(stop && stop->isEnabled());
    stop->trigger();
    QVERIFY(!timer()->isRunning());

    const QList<TimeEntry> entries = storedEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().blockId, block.id);
    QCOMPARE(entries.first().source, TimeEntry::Source::Timer);
    QCOMPARE(entries.first().start, at(0, 18).toUTC());
    QCOMPARE(entries.first().seconds(), 25 * 60);
    QVERIFY(!m_session->entries().openTimer(&error));
    QCOMPARE(storedBlock(block.id).status == StudyBlock::Status::Done, done);
}

void TestTimer::onlyOneTimerRuns()
{
    const QList<Stage> &stages = m_session->document().roadmap().stages;
    QVERIFY(stages.size() >= 2);
    QSignalSpy stopped(timer(), &TimerController::stopped);
    QVERIFY(timer()->start(stages.at(0).key));
    const qint64 first = timer()->entry().id;
    study(10);
    // The same again: nothing changes.
    QVERIFY(timer()->start(stages.at(0).key));
    QCOMPARE(timer()->entry().id, first);
    QCOMPARE(stopped.count(), 0);

    // Another stage: the running timer is stopped, then the new one starts.
    QVERIFY(timer()->start(stages.at(1).key));
    QCOMPARE(stopped.count(), 1);
    QVERIFY(timer()->entry().id != first);
    const QList<TimeEntry> entries = storedEntries(); // the finished ones
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).id, first);
    QCOMPARE(entries.at(0).seconds(), 10 * 60);
    QString error;
    const std::optional<EntryRepository::OpenTimer> open = m_session->entries().openTimer(&error);
    QVERIFY2(open, qPrintable(error));
    QCOMPARE(open->entry.id, timer()->entry().id);
    QCOMPARE(open->entry.stageKey, stages.at(1).key);

    // A timer stopped behind the window's back (the command line) is followed.
    QVERIFY(m_session->entries().stopTimer(timer()->entry().id, m_clock.now(), &error));
    QVERIFY(!timer()->isRunning());
}

void TestTimer::toolbarStartsTheRoadmapSelection()
{
    const QList<Stage> &stages = m_session->document().roadmap().stages;
    m_window->roadmapView()->setCurrentStage(1);
    QCOMPARE(m_window->timerWidget()->toolbarTarget().first, stages.at(1).key);
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("actionToggleTimer"));
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(timer()->isRunning());
    QCOMPARE(timer()->entry().stageKey, stages.at(1).key);
    QVERIFY(timer()->entry().blockId.isEmpty());
    advance(30);
    toggle->trigger();
    QVERIFY(!timer()->isRunning());
    QCOMPARE(storedEntries().size(), 1);
    QCOMPARE(storedEntries().first().seconds(), 30);
}

void TestTimer::stageListShowsHoursStudied()
{
    auto *list = m_window->roadmapView()->findChild<QListView *>(QStringLiteral("stageList"));
    QVERIFY(list);
    const QModelIndex second = list->model()->index(1, 0);
    QCOMPARE(second.data(StageListModel::ActualHoursRole).toDouble(), 0.0);
    double effort = 0;
    for (const Planner::StageSchedule &stage : m_session->plan().schedule().stages) {
        if (stage.stageKey == second.data(StageListModel::KeyRole).toString())
            effort = stage.effortHours;
    }
    QVERIFY(effort > 0);
    QCOMPARE(second.data(StageListModel::PlannedHoursRole).toDouble(), effort);

    m_window->roadmapView()->setCurrentStage(1);
    m_window->findChild<QAction *>(QStringLiteral("actionToggleTimer"))->trigger();
    study(90);
    QCOMPARE(second.data(StageListModel::ActualHoursRole).toDouble(), 0.0); // a running timer is not logged yet
    m_window->findChild<QAction *>(QStringLiteral("actionStopTimer"))->trigger();
    QCOMPARE(second.data(StageListModel::ActualHoursRole).toDouble(), 1.5);
    QVERIFY2(second.data(StageListModel::HoursTextRole).toString().startsWith(QLatin1String("1.5 of ")),
             qPrintable(second.data(StageListModel::HoursTextRole).toString()));
    QVERIFY(second.data(Qt::ToolTipRole).toString().contains(QLatin1String("1.5 of ")));
    QCOMPARE(list->model()->index(0, 0).data(StageListModel::ActualHoursRole).toDouble(), 0.0);

    // An entry deleted from the log takes its hours with it.
    QString error;
    QVERIFY(m_session->entries().change(m_session->document().roadmapId(), {storedEntries().first().id}, {}, &error));
    QCOMPARE(second.data(StageListModel::ActualHoursRole).toDouble(), 0.0);
}

// Needs a desktop with a tray: CTest runs it again as tst_timer_tray under Xvfb with trayer
// (tests/withtray.sh), which sets STUDYPLANNER_EXPECT_TRAY so that a missing tray fails there.
void TestTimer::trayIconFollowsTheTimer()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        if (qEnvironmentVariableIsSet("STUDYPLANNER_EXPECT_TRAY"))
            QFAIL("no system tray although tests/withtray.sh started one");
        QSKIP("this desktop has no system tray");
    }
    QSystemTrayIcon *tray = m_window->timerWidget()->trayIcon();
    QVERIFY(tray);
    QVERIFY(tray->isVisible());
    QCOMPARE(tray->toolTip(), QStringLiteral("Study Planner: no timer running"));
    QMenu *menu = tray->contextMenu();
    QVERIFY(menu);
    auto actionNamed = [menu](const QString &name) -> QAction * {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == name)
                return action;
        }
        return nullptr;
    };
    QAction *start = actionNamed(QStringLiteral("actionStartTimer"));
    QAction *stop = actionNamed(QStringLiteral("actionStopTimer"));
    QVERIFY(start && stop);
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());

    m_window->hide(); // the tray works with the window closed to it
    start->trigger();
    QVERIFY(timer()->isRunning());
    study(25);
    QTRY_VERIFY2(tray->toolTip().contains(QLatin1String("0:25:")), qPrintable(tray->toolTip()));
    QVERIFY(tray->toolTip().contains(timer()->subject()));
    QVERIFY(!start->isEnabled());
    QVERIFY(stop->isEnabled());
    stop->trigger();
    QVERIFY(!timer()->isRunning());
    QCOMPARE(tray->toolTip(), QStringLiteral("Study Planner: no timer running"));
    QCOMPARE(storedEntries().size(), 1);
    QCOMPARE(storedEntries().first().seconds(), 25 * 60);

    // Show Study Planner brings the window back.
    QAction *show = actionNamed(QStringLiteral("actionShowWindow"));
    QVERIFY(show);
    show->trigger();
    QTRY_VERIFY(m_window->isVisible());
}

void TestTimer::recovery_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QDateTime>("end"); // invalid: still running

    QTest::newRow("last sign of life") << QStringLiteral("endAtHeartbeat") << at(0, 17, 40);
    QTest::newRow("given time") << QStringLiteral("endAt") << at(0, 18, 15);
    QTest::newRow("keep running") << QStringLiteral("keepRunning") << QDateTime();
}

void TestTimer::recovery()
{
    QFETCH(QString, choice);
    QFETCH(QDateTime, end);

    // What a killed process leaves: an open entry with its last heartbeat.
    m_window.reset();
    const QString stageKey = m_session->document().roadmap().stages.first().key;
    TimeEntry entry;
    entry.stageKey = stageKey;
    entry.start = at(0, 17).toUTC();
    entry.offsetMinutes = 60;
    entry.source = TimeEntry::Source::Timer;
    QString error;
    const std::optional<TimeEntry> open =
        m_session->entries().startTimer(m_session->document().roadmapId(), entry, &error);
    QVERIFY2(open, qPrintable(error));
    QVERIFY2(m_session->entries().heartbeat(open->id, at(0, 17, 40), &error), qPrintable(error));
    m_clock.set(at(0, 19));

    makeWindow();
    QVERIFY(!timer()->isRunning());
    whenModal([choice](QWidget *modal) {
        QCOMPARE(modal->objectName(), QStringLiteral("recoveryDialog"));
        QVERIFY(modal->findChild<QLabel *>(QStringLiteral("recoveryText"))->text().contains(QStringLiteral("17:40")));
        clickChild(modal, choice);
        if (choice == QLatin1String("endAt")) {
            auto *time = modal->findChild<QDateTimeEdit *>(QStringLiteral("endAtTime"));
            QVERIFY(time && time->isEnabled());
            time->setDateTime(QDateTime(Monday, QTime(18, 15), Qt::LocalTime));
        }
        modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(m_window->recoverTimer());

    const std::optional<TimeEntry> stored = m_session->entries().entry(open->id, &error);
    QVERIFY2(stored, qPrintable(error));
    if (end.isValid()) {
        QVERIFY(!timer()->isRunning());
        QCOMPARE(stored->end, std::optional<QDateTime>(end.toUTC()));
        QVERIFY(!m_session->entries().openTimer(&error));
    } else {
        QVERIFY(stored->isOpen());
        QVERIFY(timer()->isRunning());
        QCOMPARE(timer()->entry().id, open->id);
        QCOMPARE(m_session->entries().openTimer(&error)->heartbeat, at(0, 19).toUTC());
        study(5);
        QVERIFY(timer()->stop());
        QCOMPARE(m_session->entries().entry(open->id, &error)->end, std::optional<QDateTime>(at(0, 19, 5).toUTC()));
    }
    // Nothing left to ask at the next start.
    QVERIFY(!m_window->recoverTimer());
}

void TestTimer::clockProblems_data()
{
    QTest::addColumn<qint64>("wallSeconds"); // how the system clock moves after 30 minutes of study
    QTest::addColumn<qint64>("realSeconds"); // how much time really passes meanwhile
    QTest::addColumn<int>("clock");          // TimeLog::Clock, or -1: the timer is stopped without a heartbeat
    QTest::addColumn<QString>("answer");     // endAtSuggested, keepRunning
    QTest::addColumn<qint64>("expectedSeconds");

    // After keepRunning, 5 more minutes of study follow.
    QTest::newRow("set back, end") << qint64(-3600) << qint64(60) << int(TimeLog::Clock::WentBackwards)
                                   << QStringLiteral("endAtSuggested") << qint64(30 * 60);
    QTest::newRow("set back, keep running") << qint64(-3600) << qint64(60) << int(TimeLog::Clock::WentBackwards)
                                            << QStringLiteral("keepRunning") << qint64(36 * 60);
    QTest::newRow("set back before the start, stopped at once")
        << qint64(-7200) << qint64(60) << -1 << QString() << qint64(31 * 60);
    QTest::newRow("jumped forward, end") << qint64(3 * 3600) << qint64(60) << int(TimeLog::Clock::JumpedForwards)
                                         << QStringLiteral("endAtSuggested") << qint64(30 * 60);
    QTest::newRow("jumped forward, keep running")
        << qint64(3 * 3600) << qint64(60) << int(TimeLog::Clock::JumpedForwards) << QStringLiteral("keepRunning")
        << qint64(30 * 60 + 3 * 3600 + 5 * 60);
    QTest::newRow("slept, end") << qint64(2 * 3600) << qint64(2 * 3600) << int(TimeLog::Clock::Gap)
                                << QStringLiteral("endAtSuggested") << qint64(30 * 60);
    QTest::newRow("slept, stopped at once: cut")
        << qint64(2 * 3600) << qint64(2 * 3600) << -1 << QString() << qint64(30 * 60);
}

void TestTimer::clockProblems()
{
    QFETCH(qint64, wallSeconds);
    QFETCH(qint64, realSeconds);
    QFETCH(int, clock);
    QFETCH(QString, answer);
    QFETCH(qint64, expectedSeconds);

    const QString stageKey = m_session->document().roadmap().stages.first().key;
    QVERIFY(timer()->start(stageKey));
    const qint64 id = timer()->entry().id;
    study(30);
    QSignalSpy problems(timer(), &TimerController::clockProblem);
    m_clock.set(m_clock.now().addSecs(wallSeconds));
    m_monotonicMs += realSeconds * 1000;
    QVERIFY(timer()->elapsedSeconds() >= 0);

    if (clock < 0) {
        QVERIFY(timer()->stop());
    } else {
        whenModal([answer](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("clockProblemBox"));
            clickChild(modal, answer);
        });
        timer()->beat();
        QCOMPARE(problems.count(), 1);
        QCOMPARE(int(problems.first().first().value<TimeLog::Check>().clock), clock);
        if (answer == QLatin1String("keepRunning")) {
            QVERIFY(timer()->isRunning());
            study(5);
            QCOMPARE(problems.count(), 1); // asked once
            QVERIFY(timer()->stop());
        }
    }
    QVERIFY(!timer()->isRunning());
    QString error;
    const std::optional<TimeEntry> stored = m_session->entries().entry(id, &error);
    QVERIFY2(stored, qPrintable(error));
    QVERIFY(stored->end);
    QVERIFY(*stored->end >= stored->start);
    QCOMPARE(stored->seconds(), expectedSeconds);
}

QTEST_MAIN(TestTimer)
#include "tst_timer.moc"
