// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/stagecolors.h"
#include "week/weekwidget.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QImage>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>

#include <memory>

namespace {
const QTimeZone &berlin()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    return zone;
}

const QDate Monday(2027, 5, 10);

QDateTime at(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), berlin());
}

QDateTime on(int day, int hour, int minute = 0)
{
    return at(Monday.addDays(day), hour, minute);
}

Availability sampleAvailability()
{
    QString error;
    const std::optional<Availability> availability = AvailabilityText::parse(
        QStringLiteral("mon-fri 18:00-22:00, sat 09:00-12:00 14:00-18:00, sun 01:00-04:00"), &error);
    Q_ASSERT(availability);
    return *availability;
}

StudyBlock block(const QString &id, const QDateTime &start, int minutes, const QString &stage,
                 StudyBlock::Status status = StudyBlock::Status::Planned, bool pinned = false)
{
    StudyBlock b;
    b.id = id;
    b.start = start;
    b.end = start.addSecs(minutes * 60);
    b.stageKey = stage;
    b.itemKey = id == QLatin1String("b1") ? QStringLiteral("item-1") : QString();
    b.status = status;
    b.pinned = pinned;
    return b;
}

// In time order: b1 Mon 18:00-19:30, b2 Tue 20:00-21:00 (Done), b3 Wed 18:30-19:30 (Missed, pinned),
// b4 Thu 20:00-21:30 (Skipped), b5 Sat 09:30-11:00.
QList<StudyBlock> sampleBlocks()
{
    return {
        block(QStringLiteral("b4"), on(3, 20), 90, QStringLiteral("s2"), StudyBlock::Status::Skipped),
        block(QStringLiteral("b1"), on(0, 18), 90, QStringLiteral("s1")),
        block(QStringLiteral("b3"), on(2, 18, 30), 60, QStringLiteral("s1"), StudyBlock::Status::Missed, true),
        block(QStringLiteral("b2"), on(1, 20), 60, QStringLiteral("s2"), StudyBlock::Status::Done),
        block(QStringLiteral("b5"), on(5, 9, 30), 90, QStringLiteral("s1")),
    };
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    return palette;
}

// QTest::mouseMove sends no button state: moves with the left button held are sent by hand.
void send(QWidget *viewport, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

void press(QWidget *viewport, const QPoint &pos)
{
    send(viewport, QEvent::MouseButtonPress, pos, Qt::LeftButton);
}

void moveTo(QWidget *viewport, const QPoint &pos)
{
    QMouseEvent event(QEvent::MouseMove, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), Qt::NoButton,
                      Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

void release(QWidget *viewport, const QPoint &pos)
{
    send(viewport, QEvent::MouseButtonRelease, pos, Qt::NoButton);
}

void hover(QWidget *viewport, const QPoint &pos)
{
    QMouseEvent event(QEvent::MouseMove, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

void drag(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    press(viewport, from);
    moveTo(viewport, from + (to - from) / 2);
    moveTo(viewport, to);
    release(viewport, to);
}
} // namespace

class TestWeekWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void geometry();
    void dstDayKeepsWallClock();
    void blockAcrossMidnight();
    void initialScroll();

    void placement_data();
    void placement();

    void dragMoves_data();
    void dragMoves();
    void dragResizes_data();
    void dragResizes();
    void refusedDrops_data();
    void refusedDrops();
    void dropOutsideAvailabilityAsks();
    void dragInDstWeek();
    void escapeCancelsDrag();
    void scrollingDuringDrag();
    void shortestBlock();
    void clickSelectsWithoutMoving();
    void edgeShowsResizeCursor();

    void keyboardSelection();
    void tabLeavesAfterLastBlock();
    void keyboardMoves_data();
    void keyboardMoves();
    void keysEmit_data();
    void keysEmit();
    void doubleClick();
    void rightClick();
    void selectionSurvivesSetBlocks();
    void toolTips();

    void renders_data();
    void renders();
    void stageColors();

private:
    QWidget *viewport() const { return m_week->viewport(); }
    QPoint centreOf(const QString &id) const { return m_week->blockRect(id).center(); }

    std::unique_ptr<WeekWidget> m_week;
};

void TestWeekWidget::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_week = std::make_unique<WeekWidget>();
    m_week->setZone(berlin());
    m_week->setFirstDay(Monday);
    m_week->setNow(on(2, 10, 30));
    m_week->setAvailability(sampleAvailability());
    m_week->setBusy({{on(1, 19), on(1, 20)}, {on(3, 12), on(3, 13)}},
                    {QStringLiteral("Dentist"), QStringLiteral("Lunch")});
    m_week->setStageStyles({{QStringLiteral("s1"), {QStringLiteral("Foundations"), QColor(0x00, 0x72, 0xb2)}},
                            {QStringLiteral("s2"), {QStringLiteral("Transformers"), QColor(0xe6, 0x9f, 0x00)}}});
    m_week->setItemTitles({{QStringLiteral("item-1"), QStringLiteral("Backpropagation")}});
    m_week->setBlocks(sampleBlocks());
    // The whole day on screen: no scrolling in the middle of a drag.
    m_week->resize(1000, 24 * m_week->hourHeight() + 160);
    m_week->show();
    m_week->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_week.get()));
    QCOMPARE(m_week->verticalScrollBar()->maximum(), 0);
}

void TestWeekWidget::cleanup()
{
    m_week.reset();
    QToolTip::hideText();
    QLocale::setDefault(QLocale::c());
}

void TestWeekWidget::geometry()
{
    const QDateTime start = on(0, 18);
    const QRect rect = m_week->blockRect(QStringLiteral("b1"));
    QVERIFY(!rect.isNull());
    QVERIFY(std::abs(rect.top() - m_week->pointFor(start).y()) <= 1);
    QVERIFY(std::abs(rect.bottom() + 1 - m_week->pointFor(start.addSecs(90 * 60)).y()) <= 2);
    QVERIFY(std::abs(rect.height() - m_week->hourHeight() * 3 / 2) <= 2); // 90 minutes
    QVERIFY(rect.contains(m_week->pointFor(start.addSecs(45 * 60))));

    // Days left to right, hours top to bottom, 15 minutes whole pixels apart.
    for (int day = 0; day < 6; ++day)
        QVERIFY(m_week->pointFor(on(day, 12)).x() < m_week->pointFor(on(day + 1, 12)).x());
    QCOMPARE(m_week->pointFor(on(0, 12, 15)).y() - m_week->pointFor(on(0, 12)).y(), m_week->hourHeight() / 4);
    QCOMPARE(m_week->pointFor(on(4, 12)).y(), m_week->pointFor(on(0, 12)).y());
    // Any zone: positions are the wall-clock time of the widget's zone.
    QCOMPARE(m_week->pointFor(QDateTime(Monday, QTime(16, 0), Qt::UTC)), m_week->pointFor(start));

    QVERIFY(m_week->blockRect(QStringLiteral("nope")).isNull());
    m_week->setFirstDay(Monday.addDays(7));
    QVERIFY(m_week->blockRect(QStringLiteral("b1")).isNull());
}

void TestWeekWidget::dstDayKeepsWallClock()
{
    // Sunday 2027-03-28 has 23 hours in Berlin: blocks still sit at their wall-clock times.
    const QDate saturday(2027, 3, 27);
    const QDate sunday(2027, 3, 28);
    m_week->setFirstDay(QDate(2027, 3, 22));
    m_week->setBlocks({block(QStringLiteral("sat"), at(saturday, 19), 60, QStringLiteral("s1")),
                       block(QStringLiteral("sun"), at(sunday, 19), 60, QStringLiteral("s1")),
                       block(QStringLiteral("night"), at(sunday, 1), 180, QStringLiteral("s2"))});
    const QRect sat = m_week->blockRect(QStringLiteral("sat"));
    const QRect sun = m_week->blockRect(QStringLiteral("sun"));
    QCOMPARE(sun.top(), sat.top());
    QCOMPARE(sun.height(), sat.height());
    QVERIFY(sun.left() > sat.left());
    // 01:00 CET + 3 h real time ends at 05:00 CEST: four hours of wall clock.
    const QRect night = m_week->blockRect(QStringLiteral("night"));
    QCOMPARE(night.top(), m_week->pointFor(at(saturday, 1)).y() + 1);
    QCOMPARE(night.bottom() + 2, m_week->pointFor(at(saturday, 5)).y());
}

void TestWeekWidget::blockAcrossMidnight()
{
    // Tuesday 23:00 to Wednesday 01:00: drawn in both columns, its box is Tuesday's part.
    QList<StudyBlock> blocks = sampleBlocks();
    blocks.append(block(QStringLiteral("late"), on(1, 23), 120, QStringLiteral("s2")));
    m_week->setBlocks(blocks);
    const QRect rect = m_week->blockRect(QStringLiteral("late"));
    QCOMPARE(rect.top(), m_week->pointFor(on(1, 23)).y() + 1);
    QCOMPARE(rect.bottom() + 2, m_week->pointFor(on(1, 0)).y() + 24 * m_week->hourHeight());
    QVERIFY(rect.contains(QPoint(m_week->pointFor(on(1, 23)).x(), rect.center().y())));

    // The part after midnight shows the block too (its tooltip), but does not move it.
    const QPoint after = m_week->pointFor(on(2, 0, 30));
    QHelpEvent help(QEvent::ToolTip, after, viewport()->mapToGlobal(after));
    QApplication::sendEvent(viewport(), &help);
    QTRY_VERIFY(QToolTip::text().contains(QLatin1String("Transformers")));
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    drag(viewport(), after, after + QPoint(0, m_week->hourHeight()));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(m_week->selectedBlockId(), QStringLiteral("late"));
}

void TestWeekWidget::initialScroll()
{
    WeekWidget empty;
    empty.resize(900, 400);
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    QCOMPARE(empty.verticalScrollBar()->value(), 7 * empty.hourHeight());

    // The week's first availability window (or block), half an hour above it.
    WeekWidget evening;
    evening.setZone(berlin());
    evening.setFirstDay(Monday);
    evening.resize(900, 400);
    evening.show();
    QVERIFY(QTest::qWaitForWindowExposed(&evening));
    evening.setAvailability(*AvailabilityText::parse(QStringLiteral("mon-fri 12:00-22:00"), nullptr));
    QCOMPARE(evening.verticalScrollBar()->value(), 11 * evening.hourHeight() + evening.hourHeight() / 2);
    evening.setBlocks({block(QStringLiteral("early"), on(2, 8), 60, QStringLiteral("s1"))});
    QCOMPARE(evening.verticalScrollBar()->value(), 7 * evening.hourHeight() + evening.hourHeight() / 2);
    QVERIFY(evening.pointFor(on(2, 8)).y() > 0);

    // Once the learner scrolls, the position is theirs.
    evening.verticalScrollBar()->setValue(3 * evening.hourHeight());
    evening.setBlocks({});
    QCOMPARE(evening.verticalScrollBar()->value(), 3 * evening.hourHeight());

    // scrollToTime() before the widget has its size holds once it has.
    WeekWidget early;
    early.scrollToTime(QTime(9, 0));
    early.resize(900, 400);
    early.show();
    QVERIFY(QTest::qWaitForWindowExposed(&early));
    QTRY_COMPARE(early.verticalScrollBar()->value(), 9 * early.hourHeight());
}

void TestWeekWidget::placement_data()
{
    using P = WeekWidget::Placement;
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("ignore");
    QTest::addColumn<P>("expected");
    const QString none;
    const QString b1 = QStringLiteral("b1");
    QTest::newRow("in a window") << Monday << on(0, 20) << on(0, 21) << none << P::Ok;
    QTest::newRow("a whole window") << Monday << on(4, 18) << on(4, 22) << none << P::Ok;
    QTest::newRow("on itself, ignored") << Monday << on(0, 18, 30) << on(0, 19, 30) << b1 << P::Ok;
    QTest::newRow("on itself, not ignored") << Monday << on(0, 18, 30) << on(0, 19, 30) << none << P::OverlapsBlock;
    QTest::newRow("another block, whatever its status")
        << Monday << on(3, 21) << on(3, 21, 30) << b1 << P::OverlapsBlock;
    QTest::newRow("touching a block") << Monday << on(0, 19, 30) << on(0, 20) << none << P::Ok;
    QTest::newRow("busy") << Monday << on(1, 18, 30) << on(1, 19, 15) << none << P::OverlapsBusy;
    QTest::newRow("busy and a block: busy first")
        << Monday << on(1, 19, 30) << on(1, 20, 30) << none << P::OverlapsBusy;
    QTest::newRow("touching busy time") << Monday << on(1, 18) << on(1, 19) << none << P::Ok;
    QTest::newRow("busy outside availability") << Monday << on(3, 12) << on(3, 14) << none << P::OverlapsBusy;
    QTest::newRow("before the window") << Monday << on(0, 17, 30) << on(0, 18, 30) << b1 << P::OutsideAvailability;
    QTest::newRow("between two windows") << Monday << on(5, 12) << on(5, 14) << none << P::OutsideAvailability;
    QTest::newRow("across two windows") << Monday << on(5, 11) << on(5, 15) << none << P::OutsideAvailability;
    QTest::newRow("end of a window") << Monday << on(5, 11) << on(5, 12) << none << P::Ok;
    QTest::newRow("given in UTC") << Monday << QDateTime(Monday, QTime(16, 0), Qt::UTC)
                                  << QDateTime(Monday, QTime(17, 0), Qt::UTC) << b1 << P::Ok;
    QTest::newRow("UTC, outside the window")
        << Monday << QDateTime(Monday, QTime(18, 0), Qt::UTC) << QDateTime(Monday, QTime(20, 30), Qt::UTC) << none
        << P::OutsideAvailability;
    QTest::newRow("before the week") << Monday << at(Monday.addDays(-1), 23) << on(0, 0, 30) << none << P::OutsideWeek;
    QTest::newRow("after the week") << Monday << on(6, 23, 30) << on(7, 0, 30) << none << P::OutsideWeek;
    QTest::newRow("up to the week's end") << Monday << on(6, 23) << on(7, 0) << none << P::OutsideAvailability;
    QTest::newRow("empty") << Monday << on(0, 20) << on(0, 20) << none << P::OutsideWeek;
    QTest::newRow("reversed") << Monday << on(0, 21) << on(0, 20) << none << P::OutsideWeek;
    QTest::newRow("invalid") << Monday << QDateTime() << on(0, 20) << none << P::OutsideWeek;

    // Europe/Berlin moves to summer time on Sunday 2027-03-28 at 02:00; the Monday after is the 29th.
    const QDate dstMonday(2027, 3, 22);
    const QDate sunday(2027, 3, 28);
    const QDate nextMonday(2027, 3, 29);
    QTest::newRow("DST: 23 h day, window 01:00-04:00 is 2 real hours")
        << dstMonday << at(sunday, 1) << at(sunday, 1).addSecs(2 * 3600) << none << P::Ok;
    QTest::newRow("DST: the wall-clock 04:00 is already past")
        << dstMonday << at(sunday, 1) << at(sunday, 1).addSecs(3 * 3600) << none << P::OutsideAvailability;
    QTest::newRow("DST: after the change") << dstMonday << at(sunday, 3) << at(sunday, 4) << none << P::Ok;
    QTest::newRow("DST: last hour of the week")
        << dstMonday << at(sunday, 23) << at(nextMonday, 0) << none << P::OutsideAvailability;
    QTest::newRow("DST: the Monday after is the next week")
        << dstMonday << at(nextMonday, 18) << at(nextMonday, 19) << none << P::OutsideWeek;
    QTest::newRow("DST: the next week, Monday in summer time")
        << nextMonday << at(nextMonday, 18) << at(nextMonday, 19) << none << P::Ok;
    QTest::newRow("DST: the next week, by UTC instants")
        << nextMonday << QDateTime(nextMonday, QTime(16, 0), Qt::UTC) << QDateTime(nextMonday, QTime(20, 0), Qt::UTC)
        << none << P::Ok;
    QTest::newRow("DST: the next week, an hour too early in winter time")
        << nextMonday << QDateTime(nextMonday, QTime(15, 0), Qt::UTC) << QDateTime(nextMonday, QTime(16, 0), Qt::UTC)
        << none << P::OutsideAvailability;
    QTest::newRow("DST: the next week does not hold the Sunday")
        << nextMonday << at(sunday, 3) << at(sunday, 4) << none << P::OutsideWeek;
}

void TestWeekWidget::placement()
{
    QFETCH(QDate, firstDay);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QString, ignore);
    QFETCH(WeekWidget::Placement, expected);
    m_week->setFirstDay(firstDay);
    QCOMPARE(m_week->placement(start, end, ignore), expected);
}

void TestWeekWidget::dragMoves_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDateTime>("dropAt"); // where the block's start is dropped
    QTest::addColumn<QDateTime>("expectedStart");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("outside");
    const QString b1 = QStringLiteral("b1");
    QTest::newRow("to Wednesday evening") << b1 << on(2, 20) << on(2, 20) << 90 << false;
    QTest::newRow("to Friday, snapped up") << b1 << on(4, 18, 10) << on(4, 18, 15) << 90 << false;
    QTest::newRow("to Friday, snapped down") << b1 << on(4, 19, 5) << on(4, 19) << 90 << false;
    QTest::newRow("same day, later") << b1 << on(0, 20, 30) << on(0, 20, 30) << 90 << false;
    QTest::newRow("a Done block to Monday") << QStringLiteral("b2") << on(0, 21) << on(0, 21) << 60 << false;
    QTest::newRow("to the end of the day: no further") << b1 << on(4, 23, 30) << on(4, 22, 30) << 90 << true;
    QTest::newRow("Saturday morning to Saturday afternoon")
        << QStringLiteral("b5") << on(5, 14, 45) << on(5, 14, 45) << 90 << false;
}

void TestWeekWidget::dragMoves()
{
    QFETCH(QString, id);
    QFETCH(QDateTime, dropAt);
    QFETCH(QDateTime, expectedStart);
    QFETCH(int, minutes);
    QFETCH(bool, outside);
    const QList<StudyBlock> before = m_week->blocks();
    const StudyBlock original =
        before.at(int(std::find_if(before.cbegin(), before.cend(), [&id](const StudyBlock &b) { return b.id == id; })
                      - before.cbegin()));
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    QSignalSpy refused(m_week.get(), &WeekWidget::refused);

    const QPoint from = centreOf(id);
    drag(viewport(), from, from + m_week->pointFor(dropAt) - m_week->pointFor(original.start));

    QCOMPARE(refused.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).toString(), id);
    QCOMPARE(moved.at(0).at(1).toDateTime(), expectedStart);
    QCOMPARE(moved.at(0).at(2).toDateTime(), expectedStart.addSecs(minutes * 60));
    QCOMPARE(moved.at(0).at(3).toBool(), outside);
    QCOMPARE(m_week->blocks(), before); // the owner decides
    QCOMPARE(m_week->selectedBlockId(), id);
}

void TestWeekWidget::dragResizes_data()
{
    QTest::addColumn<bool>("bottom");
    QTest::addColumn<int>("byMinutes");
    QTest::addColumn<QDateTime>("expectedStart");
    QTest::addColumn<QDateTime>("expectedEnd");
    QTest::addColumn<bool>("outside");
    // b1 is Monday 18:00-19:30.
    QTest::newRow("end 30 min later") << true << 30 << on(0, 18) << on(0, 20) << false;
    QTest::newRow("end 20 min later: 19:45") << true << 20 << on(0, 18) << on(0, 19, 45) << false;
    QTest::newRow("end 40 min later: 20:15") << true << 40 << on(0, 18) << on(0, 20, 15) << false;
    QTest::newRow("end 30 min earlier") << true << -30 << on(0, 18) << on(0, 19) << false;
    QTest::newRow("end before the start: 15 min") << true << -120 << on(0, 18) << on(0, 18, 15) << false;
    QTest::newRow("end past the window") << true << 180 << on(0, 18) << on(0, 22, 30) << true;
    QTest::newRow("start 45 min later") << false << 45 << on(0, 18, 45) << on(0, 19, 30) << false;
    QTest::newRow("start past the end: 15 min") << false << 200 << on(0, 19, 15) << on(0, 19, 30) << false;
    QTest::newRow("start before the window") << false << -35 << on(0, 17, 30) << on(0, 19, 30) << true;
}

void TestWeekWidget::dragResizes()
{
    QFETCH(bool, bottom);
    QFETCH(int, byMinutes);
    QFETCH(QDateTime, expectedStart);
    QFETCH(QDateTime, expectedEnd);
    QFETCH(bool, outside);
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    const QRect rect = m_week->blockRect(QStringLiteral("b1"));
    const QPoint from(rect.center().x(), bottom ? rect.bottom() - 1 : rect.top() + 1);
    drag(viewport(), from, from + QPoint(0, byMinutes * m_week->hourHeight() / 60));

    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toDateTime(), expectedStart);
    QCOMPARE(moved.at(0).at(2).toDateTime(), expectedEnd);
    QCOMPARE(moved.at(0).at(3).toBool(), outside);
}

void TestWeekWidget::refusedDrops_data()
{
    QTest::addColumn<QDateTime>("dropAt");
    QTest::newRow("onto busy time") << on(1, 18, 30);
    QTest::newRow("onto a busy lunch, outside availability too") << on(3, 11, 45);
    QTest::newRow("onto a Done block") << on(1, 20, 15);
    QTest::newRow("onto a Skipped block") << on(3, 19);
}

void TestWeekWidget::refusedDrops()
{
    QFETCH(QDateTime, dropAt);
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    QSignalSpy refused(m_week.get(), &WeekWidget::refused);
    const QPoint from = centreOf(QStringLiteral("b1"));
    const QPoint to = from + m_week->pointFor(dropAt) - m_week->pointFor(on(0, 18));
    press(viewport(), from);
    moveTo(viewport(), to);
    // Refused while dragging already: the tooltip says why.
    QTRY_VERIFY(!QToolTip::text().isEmpty());
    const QString why = QToolTip::text();
    release(viewport(), to);

    QCOMPARE(moved.count(), 0);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).toString(), why);
    QCOMPARE(m_week->blocks(), sampleBlocks());
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestWeekWidget::dropOutsideAvailabilityAsks()
{
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    QSignalSpy refused(m_week.get(), &WeekWidget::refused);
    const QPoint from = centreOf(QStringLiteral("b3"));
    drag(viewport(), from, from + m_week->pointFor(on(6, 14)) - m_week->pointFor(on(2, 18, 30)));
    QCOMPARE(refused.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).toString(), QStringLiteral("b3"));
    QCOMPARE(moved.at(0).at(1).toDateTime(), on(6, 14));
    QCOMPARE(moved.at(0).at(2).toDateTime(), on(6, 15));
    QCOMPARE(moved.at(0).at(3).toBool(), true);
}

void TestWeekWidget::dragInDstWeek()
{
    // Saturday 19:00 CET (18:00 UTC) to Sunday 19:00 CEST (17:00 UTC): the wall-clock time is kept.
    const QDate saturday(2027, 3, 27);
    const QDate sunday(2027, 3, 28);
    m_week->setFirstDay(QDate(2027, 3, 22));
    m_week->setBlocks({block(QStringLiteral("sat"), at(saturday, 19), 60, QStringLiteral("s1"))});
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    const QPoint from = centreOf(QStringLiteral("sat"));
    const int dayWidth = m_week->pointFor(at(sunday, 12)).x() - m_week->pointFor(at(saturday, 12)).x();
    drag(viewport(), from, from + QPoint(dayWidth, 0));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toDateTime(), at(sunday, 19));
    QCOMPARE(moved.at(0).at(1).toDateTime().toUTC(), QDateTime(sunday, QTime(17, 0), Qt::UTC));
    QCOMPARE(moved.at(0).at(2).toDateTime(), at(sunday, 20));

    // Into the hour that does not exist: the start is the change itself, 03:00 CEST, still an hour long.
    moved.clear();
    drag(viewport(), from,
         from + QPoint(dayWidth, 0) + m_week->pointFor(at(saturday, 2, 30)) - m_week->pointFor(at(saturday, 19)));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toDateTime(), QDateTime(sunday, QTime(1, 0), Qt::UTC));
    QCOMPARE(moved.at(0).at(2).toDateTime(), at(sunday, 4));
}

void TestWeekWidget::escapeCancelsDrag()
{
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    QSignalSpy refused(m_week.get(), &WeekWidget::refused);
    const QPoint from = centreOf(QStringLiteral("b1"));
    const QPoint to = from + m_week->pointFor(on(2, 20)) - m_week->pointFor(on(0, 18));
    press(viewport(), from);
    moveTo(viewport(), to);
    QTest::keyClick(m_week.get(), Qt::Key_Escape);
    moveTo(viewport(), to + QPoint(0, 30));
    release(viewport(), to + QPoint(0, 30));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(refused.count(), 0);

    // The next drag works again.
    drag(viewport(), from, to);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toDateTime(), on(2, 20));
}

void TestWeekWidget::scrollingDuringDrag()
{
    // A shorter widget: the wheel (or the auto-scroll) moves the grid under a held block.
    m_week->resize(1000, 10 * m_week->hourHeight() + 100);
    QTRY_VERIFY(m_week->verticalScrollBar()->maximum() > 0);
    m_week->scrollToTime(QTime(10, 0));
    QCOMPARE(m_week->verticalScrollBar()->value(), 10 * m_week->hourHeight());
    QVERIFY(m_week->verticalScrollBar()->maximum() >= 12 * m_week->hourHeight());
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    const QPoint from = centreOf(QStringLiteral("b1"));
    QVERIFY(viewport()->rect().contains(from));
    press(viewport(), from);
    moveTo(viewport(), from + QPoint(0, 20));
    moveTo(viewport(), from);
    QScrollBar *bar = m_week->verticalScrollBar();
    bar->setValue(bar->value() + 2 * m_week->hourHeight()); // two hours later under the pointer
    release(viewport(), from);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toDateTime(), on(0, 20));
    QCOMPARE(moved.at(0).at(2).toDateTime(), on(0, 21, 30));
}

void TestWeekWidget::shortestBlock()
{
    QList<StudyBlock> blocks = sampleBlocks();
    blocks.append(block(QStringLiteral("short"), on(4, 20), 15, QStringLiteral("s1")));
    m_week->setBlocks(blocks);
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    QSignalSpy refused(m_week.get(), &WeekWidget::refused);
    m_week->setFocus();
    m_week->selectBlock(QStringLiteral("short"));
    QTest::keyClick(m_week.get(), Qt::Key_Up, Qt::ShiftModifier);
    const QRect rect = m_week->blockRect(QStringLiteral("short"));
    QVERIFY(rect.height() >= 8);
    drag(viewport(), QPoint(rect.center().x(), rect.bottom()), QPoint(rect.center().x(), rect.top() - 40));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(refused.count(), 0);

    // Still movable by its middle.
    drag(viewport(), rect.center(), rect.center() + QPoint(0, m_week->hourHeight()));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toDateTime(), on(4, 21));
    QCOMPARE(moved.at(0).at(2).toDateTime(), on(4, 21, 15));
}

void TestWeekWidget::clickSelectsWithoutMoving()
{
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    QSignalSpy selection(m_week.get(), &WeekWidget::selectionChanged);
    const QPoint pos = centreOf(QStringLiteral("b2"));
    press(viewport(), pos);
    moveTo(viewport(), pos + QPoint(1, 1)); // less than the drag distance
    release(viewport(), pos + QPoint(1, 1));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(selection.count(), 1);
    QCOMPARE(selection.at(0).at(0).toString(), QStringLiteral("b2"));
    QCOMPARE(m_week->selectedBlockId(), QStringLiteral("b2"));
    QVERIFY(m_week->hasFocus());

    // A click on free time clears the selection.
    const QPoint free = m_week->pointFor(on(6, 9));
    press(viewport(), free);
    release(viewport(), free);
    QCOMPARE(m_week->selectedBlockId(), QString());
    QCOMPARE(selection.count(), 2);
    QCOMPARE(moved.count(), 0);
}

void TestWeekWidget::edgeShowsResizeCursor()
{
    const QRect rect = m_week->blockRect(QStringLiteral("b1"));
    hover(viewport(), QPoint(rect.center().x(), rect.bottom() - 1));
    QCOMPARE(viewport()->cursor().shape(), Qt::SizeVerCursor);
    hover(viewport(), QPoint(rect.center().x(), rect.top() + 1));
    QCOMPARE(viewport()->cursor().shape(), Qt::SizeVerCursor);
    hover(viewport(), rect.center());
    QCOMPARE(viewport()->cursor().shape(), Qt::ArrowCursor);
}

void TestWeekWidget::keyboardSelection()
{
    m_week->setFocus();
    QSignalSpy selection(m_week.get(), &WeekWidget::selectionChanged);
    const auto expect = [&](Qt::Key key, Qt::KeyboardModifiers modifiers, const QString &id) {
        QTest::keyClick(m_week.get(), key, modifiers);
        return m_week->selectedBlockId() == id;
    };
    QVERIFY(expect(Qt::Key_Down, Qt::NoModifier, QStringLiteral("b1")));
    QVERIFY(expect(Qt::Key_Right, Qt::NoModifier, QStringLiteral("b2")));
    QVERIFY(expect(Qt::Key_Tab, Qt::NoModifier, QStringLiteral("b3")));
    QVERIFY(expect(Qt::Key_Tab, Qt::NoModifier, QStringLiteral("b4")));
    QVERIFY(expect(Qt::Key_Backtab, Qt::ShiftModifier, QStringLiteral("b3")));
    QVERIFY(expect(Qt::Key_Left, Qt::NoModifier, QStringLiteral("b2")));
    QVERIFY(expect(Qt::Key_Up, Qt::NoModifier, QStringLiteral("b1")));
    QVERIFY(expect(Qt::Key_Up, Qt::NoModifier, QStringLiteral("b1"))); // the first stays
    QCOMPARE(selection.count(), 7);
    QVERIFY(expect(Qt::Key_Down, Qt::NoModifier, QStringLiteral("b2")));
    m_week->selectBlock(QStringLiteral("b5"));
    QCOMPARE(selection.count(), 9);
    QVERIFY(expect(Qt::Key_Down, Qt::NoModifier, QStringLiteral("b5"))); // the last stays
    m_week->selectBlock(QString());
    QCOMPARE(m_week->selectedBlockId(), QString());
    QVERIFY(expect(Qt::Key_Up, Qt::NoModifier, QStringLiteral("b5"))); // from none: the last
}

void TestWeekWidget::tabLeavesAfterLastBlock()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *week = new WeekWidget;
    auto *next = new QLineEdit;
    layout->addWidget(week);
    layout->addWidget(next);
    week->setZone(berlin());
    week->setFirstDay(Monday);
    week->setBlocks(sampleBlocks());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    week->setFocus();
    week->selectBlock(QStringLiteral("b4"));
    QTest::keyClick(week, Qt::Key_Tab);
    QCOMPARE(week->selectedBlockId(), QStringLiteral("b5"));
    QVERIFY(week->hasFocus());
    QTest::keyClick(week, Qt::Key_Tab);
    QVERIFY(next->hasFocus());
    QCOMPARE(week->selectedBlockId(), QStringLiteral("b5"));
}

void TestWeekWidget::keyboardMoves_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QDateTime>("expectedStart"); // invalid: refused
    QTest::addColumn<QDateTime>("expectedEnd");
    QTest::addColumn<bool>("outside");
    const int ctrl = int(Qt::ControlModifier);
    const int shift = int(Qt::ShiftModifier);
    const QString b1 = QStringLiteral("b1");
    const QString b2 = QStringLiteral("b2");
    const QString b3 = QStringLiteral("b3");
    QTest::newRow("Ctrl+Right: the next day")
        << b3 << int(Qt::Key_Right) << ctrl << on(3, 18, 30) << on(3, 19, 30) << false;
    QTest::newRow("Ctrl+Right: a Done block") << b2 << int(Qt::Key_Right) << ctrl << on(2, 20) << on(2, 21) << false;
    QTest::newRow("Ctrl+Left: the day before, outside availability")
        << QStringLiteral("b5") << int(Qt::Key_Left) << ctrl << on(4, 9, 30) << on(4, 11) << true;
    QTest::newRow("Ctrl+Left: into busy time")
        << b3 << int(Qt::Key_Left) << ctrl << QDateTime() << QDateTime() << false;
    QTest::newRow("Ctrl+Left on Monday: out of the week")
        << b1 << int(Qt::Key_Left) << ctrl << QDateTime() << QDateTime() << false;
    QTest::newRow("Ctrl+Down: 15 min later")
        << b1 << int(Qt::Key_Down) << ctrl << on(0, 18, 15) << on(0, 19, 45) << false;
    QTest::newRow("Ctrl+Up: before the window")
        << b1 << int(Qt::Key_Up) << ctrl << on(0, 17, 45) << on(0, 19, 15) << true;
    QTest::newRow("Ctrl+Up: into busy time") << b2 << int(Qt::Key_Up) << ctrl << QDateTime() << QDateTime() << false;
    QTest::newRow("Shift+Down: 15 min longer")
        << b1 << int(Qt::Key_Down) << shift << on(0, 18) << on(0, 19, 45) << false;
    QTest::newRow("Shift+Up: 15 min shorter") << b1 << int(Qt::Key_Up) << shift << on(0, 18) << on(0, 19, 15) << false;
}

void TestWeekWidget::keyboardMoves()
{
    QFETCH(QString, id);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QDateTime, expectedStart);
    QFETCH(QDateTime, expectedEnd);
    QFETCH(bool, outside);
    m_week->setFocus();
    m_week->selectBlock(id);
    QSignalSpy moved(m_week.get(), &WeekWidget::moveRequested);
    QSignalSpy refused(m_week.get(), &WeekWidget::refused);
    QTest::keyClick(m_week.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    if (!expectedStart.isValid()) {
        QCOMPARE(moved.count(), 0);
        QCOMPARE(refused.count(), 1);
        QVERIFY(!refused.at(0).at(0).toString().isEmpty());
    } else {
        QCOMPARE(refused.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toString(), id);
        QCOMPARE(moved.at(0).at(1).toDateTime(), expectedStart);
        QCOMPARE(moved.at(0).at(2).toDateTime(), expectedEnd);
        QCOMPARE(moved.at(0).at(3).toBool(), outside);
    }
    QCOMPARE(m_week->blocks(), sampleBlocks());
    QCOMPARE(m_week->selectedBlockId(), id);
}

void TestWeekWidget::keysEmit_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("signal");
    QTest::newRow("Enter") << int(Qt::Key_Return) << 0 << QStringLiteral("activated");
    QTest::newRow("keypad Enter") << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << QStringLiteral("activated");
    QTest::newRow("Delete") << int(Qt::Key_Delete) << 0 << QStringLiteral("deleteRequested");
    QTest::newRow("Space") << int(Qt::Key_Space) << 0 << QStringLiteral("toggleDoneRequested");
    QTest::newRow("Menu") << int(Qt::Key_Menu) << 0 << QStringLiteral("contextMenuRequested");
    QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier) << QStringLiteral("contextMenuRequested");
}

void TestWeekWidget::keysEmit()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, signal);
    m_week->setFocus();
    QSignalSpy activated(m_week.get(), &WeekWidget::activated);
    QSignalSpy deleted(m_week.get(), &WeekWidget::deleteRequested);
    QSignalSpy toggled(m_week.get(), &WeekWidget::toggleDoneRequested);
    QSignalSpy menu(m_week.get(), &WeekWidget::contextMenuRequested);
    const auto total = [&] { return activated.count() + deleted.count() + toggled.count() + menu.count(); };

    // Without a selection, nothing.
    QTest::keyClick(m_week.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(total(), 0);

    m_week->selectBlock(QStringLiteral("b3"));
    QTest::keyClick(m_week.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(total(), 1);
    QSignalSpy *spy = signal == QLatin1String("activated")             ? &activated
                      : signal == QLatin1String("deleteRequested")     ? &deleted
                      : signal == QLatin1String("toggleDoneRequested") ? &toggled
                                                                       : &menu;
    QCOMPARE(spy->count(), 1);
    QCOMPARE(spy->at(0).at(0).toString(), QStringLiteral("b3"));
    if (spy == &menu) {
        // At the block, so that the menu opens next to it.
        const QPoint local = viewport()->mapFromGlobal(menu.at(0).at(1).toPoint());
        QVERIFY(m_week->blockRect(QStringLiteral("b3")).contains(local));
    }
}

void TestWeekWidget::doubleClick()
{
    QSignalSpy activated(m_week.get(), &WeekWidget::activated);
    QSignalSpy created(m_week.get(), &WeekWidget::createRequested);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, centreOf(QStringLiteral("b4")));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("b4"));
    QCOMPARE(created.count(), 0);

    // On a free slot: an hour from the quarter hour clicked.
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, m_week->pointFor(on(2, 14, 10)));
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.at(0).at(0).toDateTime(), on(2, 14));
    QCOMPARE(created.at(0).at(1).toDateTime(), on(2, 15));
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, m_week->pointFor(on(6, 23, 50)));
    QCOMPARE(created.count(), 2);
    QCOMPARE(created.at(1).at(0).toDateTime(), on(6, 23)); // it stays in the day
    QCOMPARE(activated.count(), 1);
}

void TestWeekWidget::rightClick()
{
    QSignalSpy menu(m_week.get(), &WeekWidget::contextMenuRequested);
    const QPoint pos = centreOf(QStringLiteral("b2"));
    QContextMenuEvent onBlock(QContextMenuEvent::Mouse, pos, viewport()->mapToGlobal(pos));
    QApplication::sendEvent(viewport(), &onBlock);
    QCOMPARE(menu.count(), 1);
    QCOMPARE(menu.at(0).at(0).toString(), QStringLiteral("b2"));
    QCOMPARE(menu.at(0).at(1).toPoint(), viewport()->mapToGlobal(pos));
    QCOMPARE(m_week->selectedBlockId(), QStringLiteral("b2"));

    const QPoint free = m_week->pointFor(on(6, 9));
    QContextMenuEvent offBlock(QContextMenuEvent::Mouse, free, viewport()->mapToGlobal(free));
    QApplication::sendEvent(viewport(), &offBlock);
    QCOMPARE(menu.count(), 1);
}

void TestWeekWidget::selectionSurvivesSetBlocks()
{
    m_week->selectBlock(QStringLiteral("b3"));
    QSignalSpy selection(m_week.get(), &WeekWidget::selectionChanged);
    QList<StudyBlock> blocks = sampleBlocks();
    blocks[2].start = on(4, 18);
    blocks[2].end = on(4, 19);
    blocks.removeAt(0);
    m_week->setBlocks(blocks);
    QCOMPARE(m_week->selectedBlockId(), QStringLiteral("b3"));
    QCOMPARE(selection.count(), 0);
    QCOMPARE(m_week->blockRect(QStringLiteral("b3")).topLeft().y(), m_week->pointFor(on(4, 18)).y() + 1);

    blocks.removeAt(1); // b3
    m_week->setBlocks(blocks);
    QCOMPARE(m_week->selectedBlockId(), QString());
    QCOMPARE(selection.count(), 1);
    QCOMPARE(selection.at(0).at(0).toString(), QString());
}

void TestWeekWidget::toolTips()
{
    const auto toolTipAt = [this](const QPoint &pos) {
        QHelpEvent help(QEvent::ToolTip, pos, viewport()->mapToGlobal(pos));
        QApplication::sendEvent(viewport(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    QString text = toolTipAt(centreOf(QStringLiteral("b1")));
    QVERIFY2(text.contains(QLatin1String("Foundations")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Backpropagation")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("6:00")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Planned")), qPrintable(text));
    text = toolTipAt(centreOf(QStringLiteral("b3")));
    QVERIFY2(text.contains(QLatin1String("Missed")) && text.contains(QLatin1String("pinned")), qPrintable(text));
    text = toolTipAt(m_week->pointFor(on(1, 19, 30)));
    QVERIFY2(text.contains(QLatin1String("Dentist")), qPrintable(text));
    toolTipAt(m_week->pointFor(on(6, 9))); // free time: none
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestWeekWidget::renders_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("locale");
    QTest::newRow("light, English") << lightPalette() << QStringLiteral("en_US");
    QTest::newRow("dark, English") << darkPalette() << QStringLiteral("en_US");
    QTest::newRow("dark, Chinese") << darkPalette() << QStringLiteral("zh_CN");
    QTest::newRow("light, German") << lightPalette() << QStringLiteral("de_DE");
}

void TestWeekWidget::renders()
{
    QFETCH(QPalette, palette);
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(m_week.get(), &languageChange);
    m_week->setPalette(palette);
    m_week->selectBlock(QStringLiteral("b1"));

    const QImage image = m_week->grab().toImage();
    QVERIFY(!image.isNull());
    const qreal ratio = image.devicePixelRatio();
    const QPoint offset = viewport()->mapTo(m_week.get(), QPoint(0, 0));
    const auto pixel = [&](const QPoint &p) {
        return QColor(image.pixel(int((p.x() + offset.x()) * ratio), int((p.y() + offset.y()) * ratio)));
    };
    // Not empty: a window lighter than the time before it (Base in a light palette, the time before it
    // in a dark one), a Done block in its stage's colour.
    const QColor window = pixel(m_week->pointFor(on(4, 21, 40)));
    const QColor before = pixel(m_week->pointFor(on(4, 15, 40)));
    QVERIFY(window.lightness() > before.lightness());
    QCOMPARE(StageColors::isDark(palette) ? before : window, palette.color(QPalette::Base));
    const QRect done = m_week->blockRect(QStringLiteral("b2"));
    QCOMPARE(pixel(done.center() + QPoint(0, done.height() / 2 - 3)), QColor(0xe6, 0x9f, 0x00));
}

void TestWeekWidget::stageColors()
{
    const QPalette light = lightPalette();
    const QPalette dark = darkPalette();
    QVERIFY(StageColors::count() >= 6);
    QSet<QRgb> seen;
    for (int i = 0; i < StageColors::count(); ++i) {
        seen.insert(StageColors::color(i, light).rgb());
        // Lighter on a dark background, and never lost in it.
        QVERIFY(StageColors::color(i, dark).lightness() >= StageColors::color(i, light).lightness());
        QVERIFY(std::abs(StageColors::color(i, dark).lightness() - dark.color(QPalette::Base).lightness()) > 80);
    }
    QCOMPARE(seen.size(), StageColors::count());
    QCOMPARE(StageColors::color(StageColors::count() + 2, light), StageColors::color(2, light));
    QCOMPARE(StageColors::color(-1, light), StageColors::color(StageColors::count() - 1, light));
    QCOMPARE(StageColors::textOn(QColor(0x00, 0x72, 0xb2)), QColor(Qt::white));
    QVERIFY(StageColors::textOn(QColor(0xf0, 0xe4, 0x42)).lightness() < 60);
}

QTEST_MAIN(TestWeekWidget)
#include "tst_weekwidget.moc"
