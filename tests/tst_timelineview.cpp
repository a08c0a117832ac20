// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebar.h"
#include "mainwindow.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/entryrepository.h"
#include "storage/planrepository.h"
#include "storage/roadmaprepository.h"
#include "support/clock.h"
#include "support/settings.h"
#include "timeline/budgetmodel.h"
#include "timeline/plandocument.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {
class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2027, 1, 4), QTime(9, 0)); }
};
} // namespace

// The Timeline view through its real widgets: the budget editor, the timeline's bars, undo.
class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultPlanFollowsTheGuide();
    void budgetModelPassesTheTester();
    void editingABudgetMovesTheBar();
    void refusedBudgetShowsAMessage_data();
    void refusedBudgetShowsAMessage();
    void draggingABarEndAndUndo();
    void planSurvivesRestart();
    void overlappingStagesAddUp();
    void languageSwitchKeepsThePlanAndItsHistory();
    void studyLogFillsTheBar();
    void itemsTickedWhenTheirHoursAreLogged();

private:
    void start();
    void stop();
    void typeInCell(int row, int column, const QString &text);
    TimelineView *view() const { return m_window->timelineView(); }
    QTableView *table() const { return view()->budgetTable(); }
    TimelineWidget *timeline() const { return view()->timeline(); }
    PlanDocument &plan() const { return m_session->plan(); }

    FixedClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestTimelineView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    start();
}

void TestTimelineView::cleanup()
{
    stop();
    m_dir.reset();
}

void TestTimelineView::start()
{
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<Session>(*m_settings, m_clock);
    m_session->applyLanguage(QStringLiteral("en"));
    QString error;
    QVERIFY2(m_session->open(m_dir->filePath(QStringLiteral("db.sqlite")), &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->resize(1300, 850);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *showTimeline = m_window->findChild<QAction *>(QStringLiteral("view_timelineView"));
    QVERIFY(showTimeline);
    showTimeline->trigger();
    QVERIFY(view()->isVisible());
}

void TestTimelineView::stop()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

void TestTimelineView::typeInCell(int row, int column, const QString &text)
{
    const QModelIndex index = table()->model()->index(row, column);
    table()->setFocus();
    table()->setCurrentIndex(index);
    QTest::keyClick(table(), Qt::Key_F2);
    QPointer<QAbstractSpinBox> editor = qobject_cast<QAbstractSpinBox *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY2(table()->isAncestorOf(editor), editor->metaObject()->className());
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(editor.isNull()); // the delegate commits and closes the editor from the event loop
}

void TestTimelineView::defaultPlanFollowsTheGuide()
{
    QCOMPARE(plan().plan().start, QDate(2027, 1, 4));
    QCOMPARE(timeline()->rows().size(), 5);
    QCOMPARE(timeline()->rows().at(0).title, QStringLiteral("Getting Started Stage"));
    QCOMPARE(timeline()->rows().at(0).start, QDate(2027, 1, 4));
    QVERIFY(!timeline()->rows().at(4).end.has_value());
    QCOMPARE(table()->model()->index(0, BudgetModel::WeeklyHoursColumn).data().toString(), QStringLiteral("12.5"));
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(table()->model()->index(row, BudgetModel::VerdictColumn).data().toString(),
                 QStringLiteral("within the guide's range"));
    }
    // The guide's band: 1-2 months from the start.
    QCOMPARE(timeline()->rows().at(0).guideEarliestEnd, QDate(2027, 2, 4));
    QCOMPARE(*timeline()->rows().at(0).guideLatestEnd, QDate(2027, 3, 4));
}

void TestTimelineView::budgetModelPassesTheTester()
{
    QAbstractItemModelTester tester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(plan().setValue(0, PlanDocument::Field::WeeklyHours, 14));
    QVERIFY(plan().undoStack()->canUndo());
    plan().undoStack()->undo();
}

void TestTimelineView::editingABudgetMovesTheBar()
{
    const QDate endBefore = *timeline()->rows().at(0).end;
    const int widthBefore = timeline()->barRect(0).width();
    const QString endTextBefore = table()->model()->index(0, BudgetModel::EndColumn).data().toString();

    typeInCell(0, BudgetModel::WeeklyHoursColumn, QStringLiteral("25"));

    QCOMPARE(plan().plan().stages.at(0).weeklyHours, 25.0);
    // Effort fixed, budget doubled: the stage takes half as long, and the next one starts earlier.
    const QDate endAfter = *timeline()->rows().at(0).end;
    QVERIFY2(endAfter < endBefore, qPrintable(endAfter.toString(Qt::ISODate)));
    QCOMPARE(timeline()->rows().at(1).start, endAfter);
    QVERIFY(timeline()->barRect(0).width() < widthBefore);
    QVERIFY(table()->model()->index(0, BudgetModel::EndColumn).data().toString() != endTextBefore);
    QCOMPARE(table()->model()->index(0, BudgetModel::VerdictColumn).data().toString().contains(QLatin1String("faster")),
             true);

    // Ctrl+Z through the Edit menu's shortcut restores the bar.
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(*timeline()->rows().at(0).end, endBefore);
    QCOMPARE(plan().plan().stages.at(0).weeklyHours, 12.5);
}

void TestTimelineView::refusedBudgetShowsAMessage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("Getting Started");
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("Getting Started");
    QTest::newRow("absurd") << QStringLiteral("101") << QStringLiteral("100");
}

void TestTimelineView::refusedBudgetShowsAMessage()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const Plan before = plan().plan();
    typeInCell(0, BudgetModel::WeeklyHoursColumn, typed);
    QCOMPARE(plan().plan(), before); // nothing changed, nothing clamped
    QVERIFY(!plan().undoStack()->canUndo());
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->type(), MessageBar::Type::Error);
    QVERIFY2(m_window->messageBar()->text().contains(message), qPrintable(m_window->messageBar()->text()));
}

void TestTimelineView::draggingABarEndAndUndo()
{
    const QDate endBefore = *timeline()->rows().at(1).end;
    const double hoursBefore = plan().plan().stages.at(1).weeklyHours;
    timeline()->scrollToDate(endBefore);
    const QRect bar = timeline()->barRect(1);
    QVERIFY(bar.isValid());
    QSignalSpy dragged(timeline(), &TimelineWidget::endDragged);
    const QPoint handle(bar.right(), bar.center().y());
    QTest::mousePress(timeline()->viewport(), Qt::LeftButton, {}, handle);
    QTest::mouseMove(timeline()->viewport(), handle + QPoint(60, 0));
    QTest::mouseRelease(timeline()->viewport(), Qt::LeftButton, {}, handle + QPoint(60, 0));
    QCOMPARE(dragged.count(), 1);

    // A longer duration with the effort kept: the stage's weekly hours follow, and drop.
    const QDate endAfter = *timeline()->rows().at(1).end;
    QVERIFY2(endAfter > endBefore, qPrintable(endAfter.toString(Qt::ISODate)));
    QCOMPARE(endAfter, dragged.at(0).at(1).toDate());
    QVERIFY(plan().plan().stages.at(1).weeklyHours < hoursBefore);
    QCOMPARE(plan().plan().stages.at(1).derived, Derived::WeeklyHours);

    plan().undoStack()->undo();
    QCOMPARE(*timeline()->rows().at(1).end, endBefore);
    QCOMPARE(plan().plan().stages.at(1).weeklyHours, hoursBefore);
    plan().undoStack()->redo();
    QCOMPARE(*timeline()->rows().at(1).end, endAfter);
}

void TestTimelineView::planSurvivesRestart()
{
    typeInCell(1, BudgetModel::WeeklyHoursColumn, QStringLiteral("20"));
    QVERIFY(plan().addPause({QDate(2027, 2, 1), QDate(2027, 2, 14), 0, QStringLiteral("exams")}));
    typeInCell(2, BudgetModel::WeeklyHoursColumn, QStringLiteral("10"));
    QCOMPARE(plan().undoStack()->count(), 3);
    const Plan afterAll = plan().plan();

    // Undo all three steps back to the guide's plan, and redo them: each step is restored exactly.
    QUndoStack *stack = plan().undoStack();
    stack->undo();
    QCOMPARE(plan().plan().stages.at(2).weeklyHours, 17.5);
    stack->undo();
    QVERIFY(plan().plan().pauses.isEmpty());
    stack->undo();
    QCOMPARE(plan().plan().stages.at(1).weeklyHours, 17.5);
    QVERIFY(!stack->canUndo());
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(plan().plan(), afterAll);

    stack->undo(); // the last edit is undone before quitting
    const Plan expected = plan().plan();

    stop();
    start();
    QCOMPARE(plan().plan(), expected);
    QCOMPARE(plan().plan().stages.at(1).weeklyHours, 20.0);
    QCOMPARE(plan().plan().pauses.size(), 1);
    QCOMPARE(plan().plan().pauses.at(0).note, QStringLiteral("exams"));
    QCOMPARE(timeline()->rows().at(1).start, plan().schedule().stages.at(1).start);
}

void TestTimelineView::overlappingStagesAddUp()
{
    auto *summary = view()->findChild<QLabel *>(QStringLiteral("planSummary"));
    QVERIFY(summary);
    QVERIFY(!summary->text().contains(QLatin1String("overlapping")));
    typeInCell(1, BudgetModel::OverlapColumn, QStringLiteral("2"));
    QCOMPARE(plan().plan().stages.at(1).overlapWeeks, 2);
    // Stage 2 starts two weeks before stage 1 ends: 12.5 + 17.5 hours a week meanwhile.
    QCOMPARE(timeline()->rows().at(1).start, timeline()->rows().at(0).end->addDays(-14));
    QVERIFY2(summary->text().contains(QLatin1String("up to 30 h/week")), qPrintable(summary->text()));
}

void TestTimelineView::languageSwitchKeepsThePlanAndItsHistory()
{
    typeInCell(0, BudgetModel::WeeklyHoursColumn, QStringLiteral("15"));
    const Plan edited = plan().plan();
    m_session->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(timeline()->rows().at(0).title, QStringLiteral("入门阶段"));
    QCOMPARE(plan().plan(), edited);
    QVERIFY(plan().undoStack()->canUndo());
    plan().undoStack()->undo();
    QCOMPARE(plan().plan().stages.at(0).weeklyHours, 12.5);
}

// Hours in the study log fill the stage's bar in proportion to its effort, and the tooltip says so.
void TestTimelineView::studyLogFillsTheBar()
{
    QVERIFY(!timeline()->rows().at(0).progress.has_value());
    const double effort = plan().schedule().stages.constFirst().effortHours;
    QList<TimeEntry> entries;
    for (int day = 0; day < 4; ++day) {
        TimeEntry e;
        e.stageKey = QStringLiteral("1");
        e.start = QDateTime(QDate(2027, 1, 4).addDays(day), QTime(18, 0), Qt::UTC);
        e.end = e.start.addSecs(90 * 60);
        entries.append(e);
    }
    QString error;
    QVERIFY2(m_session->entries().change(m_session->document().roadmapId(), {}, entries, &error), qPrintable(error));
    const std::optional<double> progress = timeline()->rows().at(0).progress;
    QVERIFY(progress.has_value());
    QCOMPARE(*progress, 6.0 / effort);
    QVERIFY2(timeline()->rows().at(0).toolTip.contains(QLatin1String("Studied: 6.0 h")),
             qPrintable(timeline()->rows().at(0).toolTip));
    QVERIFY(!timeline()->rows().at(1).progress.has_value()); // nothing logged for stage 2
}

// Settings → Tick Items When Their Estimated Hours Are Logged: 1.1.1 is estimated at 3 h.
void TestTimelineView::itemsTickedWhenTheirHoursAreLogged()
{
    const auto done = [this] { return m_session->document().roadmap().item(QStringLiteral("1.1.1"))->done; };
    QCOMPARE(*m_session->document().roadmap().item(QStringLiteral("1.1.1"))->estimatedHours, 3.0);
    const auto log = [this](int day, int minutes) {
        TimeEntry e;
        e.stageKey = QStringLiteral("1");
        e.itemKey = QStringLiteral("1.1.1");
        e.start = QDateTime(QDate(2027, 1, 4).addDays(day), QTime(18, 0), Qt::UTC);
        e.end = e.start.addSecs(60 * minutes);
        QString error;
        QVERIFY2(m_session->entries().change(m_session->document().roadmapId(), {}, {e}, &error), qPrintable(error));
    };
    log(0, 120);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionTickItemsFromHours"));
    QVERIFY(action && !action->isChecked());
    log(1, 60); // 3 h logged, but the learner has not opted in
    QVERIFY(!done());
    action->trigger(); // opting in ticks what is already due
    QVERIFY(done());
    QVERIFY(m_settings->value(Settings::Key::TickItemsFromHours).toBool());

    // Unticked by hand, it stays unticked until the study log changes, and is ticked again then.
    QString error;
    QVERIFY(
        m_session->roadmaps().setItemDone(m_session->document().roadmapId(), QStringLiteral("1.1.1"), false, &error));
    QVERIFY(!done());
    log(2, 30);
    QVERIFY(done());
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
