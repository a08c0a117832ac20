// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinewidget.h"

#include <QApplication>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

namespace {
const QDate Today(2027, 5, 10);

// Three stages and an open-ended one; the third is read-only.
QList<TimelineWidget::Row> sampleRows()
{
    QList<TimelineWidget::Row> rows;
    TimelineWidget::Row first;
    first.title = QStringLiteral("Getting started");
    first.start = QDate(2027, 1, 4);
    first.end = QDate(2027, 2, 22);
    first.guideEarliestEnd = QDate(2027, 2, 4);
    first.guideLatestEnd = QDate(2027, 3, 4);
    first.toolTip = QStringLiteral("first stage");
    rows.append(first);

    TimelineWidget::Row second;
    second.title = QStringLiteral("Foundations");
    second.start = QDate(2027, 2, 22);
    second.end = QDate(2027, 6, 14);
    second.guideEarliestEnd = QDate(2027, 4, 22);
    second.guideLatestEnd = QDate(2027, 5, 22);
    second.progress = 0.4;
    second.forecastEnd = QDate(2027, 7, 1);
    second.overBudget = true;
    rows.append(second);

    TimelineWidget::Row third;
    third.title = QStringLiteral("Applications, read-only");
    third.start = QDate(2027, 6, 14);
    third.end = QDate(2027, 10, 4);
    third.guideEarliestEnd = QDate(2027, 9, 14);
    third.guideLatestEnd = QDate(2027, 12, 14);
    third.draggable = false;
    third.toolTip = QStringLiteral("third stage");
    rows.append(third);

    TimelineWidget::Row open;
    open.title = QStringLiteral("Research");
    open.start = QDate(2027, 10, 4);
    open.guideEarliestEnd = QDate(2027, 10, 4);
    open.draggable = false;
    rows.append(open);
    return rows;
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

QPoint endHandle(const TimelineWidget &timeline, int row)
{
    const QRect bar = timeline.barRect(row);
    return {bar.left() + bar.width() - 1, bar.center().y()};
}
} // namespace

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void barSpansStartToEnd();
    void openEndedBarReachesRightEdge_data();
    void openEndedBarReachesRightEdge();
    void zoomToFitShowsEverything();

    void setPixelsPerDayClamps_data();
    void setPixelsPerDayClamps();
    void ctrlWheelZoomsAroundCursor_data();
    void ctrlWheelZoomsAroundCursor();
    void wheelScrolls();
    void zoomSlotsEmit();
    void zoomKeys();

    void dragEnd_data();
    void dragEnd();
    void escapeCancelsDrag();
    void noDrag_data();
    void noDrag();

    void hoverHandleShowsResizeCursor_data();
    void hoverHandleShowsResizeCursor();
    void toolTips_data();
    void toolTips();

    void keyboard_data();
    void keyboard();
    void doubleClickActivates();
    void setRowsKeepsCurrentRow();
    void fontChangeResizesRows();

    void renders_data();
    void renders();

private:
    std::unique_ptr<TimelineWidget> m_timeline;
};

void TestTimelineWidget::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_timeline = std::make_unique<TimelineWidget>();
    m_timeline->resize(900, 360);
    m_timeline->setToday(Today);
    m_timeline->setRows(sampleRows());
    m_timeline->setPauses({{QDate(2027, 7, 26), QDate(2027, 8, 8), QStringLiteral("summer")}});
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
}

void TestTimelineWidget::cleanup()
{
    m_timeline.reset();
    QLocale::setDefault(QLocale::c());
}

void TestTimelineWidget::roundTrip_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::newRow("minimum") << TimelineWidget::MinPixelsPerDay;
    QTest::newRow("0.8 px/day") << 0.8;
    QTest::newRow("1 px/day") << 1.0;
    QTest::newRow("1.5 px/day") << 1.5;
    QTest::newRow("3 px/day") << 3.0;
    QTest::newRow("7.3 px/day") << 7.3;
    QTest::newRow("16 px/day") << 16.0;
    QTest::newRow("maximum") << TimelineWidget::MaxPixelsPerDay;
}

void TestTimelineWidget::roundTrip()
{
    QFETCH(double, pixelsPerDay);
    m_timeline->setPixelsPerDay(pixelsPerDay);
    QCOMPARE(m_timeline->pixelsPerDay(), pixelsPerDay);
    m_timeline->scrollToDate(QDate(2027, 4, 1));

    // Every pixel belongs to exactly one day, and that day starts at or before it.
    for (int x = 0; x < m_timeline->viewport()->width(); ++x) {
        const QDate date = m_timeline->dateAt(x);
        QVERIFY2(m_timeline->xForDate(date) <= x, qPrintable(date.toString(Qt::ISODate)));
        QVERIFY2(m_timeline->xForDate(date.addDays(1)) > x, qPrintable(date.toString(Qt::ISODate)));
    }
    // From a pixel or more a day, every date comes back from its x; below, the nearest visible one.
    const int slack = pixelsPerDay >= 1 ? 0 : int(std::ceil(1 / pixelsPerDay));
    for (QDate date(2027, 1, 1); date < QDate(2028, 1, 1); date = date.addDays(1)) {
        const QDate back = m_timeline->dateAt(m_timeline->xForDate(date));
        QVERIFY2(date.daysTo(back) >= 0 && date.daysTo(back) <= slack, qPrintable(date.toString(Qt::ISODate)));
    }
    // Whole days are whole pixels apart in proportion to the zoom.
    const int width = m_timeline->xForDate(QDate(2027, 3, 1)) - m_timeline->xForDate(QDate(2027, 2, 1));
    QVERIFY(std::abs(width - 28 * pixelsPerDay) <= 1);
}

void TestTimelineWidget::barSpansStartToEnd()
{
    const QList<TimelineWidget::Row> rows = sampleRows();
    int previousBottom = -1;
    for (int i = 0; i < 3; ++i) {
        const QRect bar = m_timeline->barRect(i);
        QCOMPARE(bar.left(), m_timeline->xForDate(rows.at(i).start));
        QCOMPARE(bar.left() + bar.width(), m_timeline->xForDate(*rows.at(i).end));
        QVERIFY(bar.height() > 4);
        QVERIFY(bar.top() > previousBottom);
        previousBottom = bar.bottom();
    }
    QVERIFY(m_timeline->barRect(4).isNull());
    QVERIFY(m_timeline->barRect(-1).isNull());
}

void TestTimelineWidget::openEndedBarReachesRightEdge_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::addColumn<bool>("scrollToEnd");
    QTest::newRow("minimum zoom, content narrower than the view") << TimelineWidget::MinPixelsPerDay << false;
    QTest::newRow("3 px/day, scrolled to the end") << 3.0 << true;
    QTest::newRow("maximum zoom, scrolled to the end") << TimelineWidget::MaxPixelsPerDay << true;
}

void TestTimelineWidget::openEndedBarReachesRightEdge()
{
    QFETCH(double, pixelsPerDay);
    QFETCH(bool, scrollToEnd);
    m_timeline->setPixelsPerDay(pixelsPerDay);
    if (scrollToEnd)
        m_timeline->horizontalScrollBar()->setValue(m_timeline->horizontalScrollBar()->maximum());
    const QRect bar = m_timeline->barRect(3);
    QCOMPARE(bar.left(), m_timeline->xForDate(QDate(2027, 10, 4)));
    QVERIFY2(bar.right() >= m_timeline->viewport()->width() - 1, qPrintable(QString::number(bar.right())));
}

void TestTimelineWidget::zoomToFitShowsEverything()
{
    m_timeline->setPixelsPerDay(TimelineWidget::MaxPixelsPerDay);
    QSignalSpy zoomed(m_timeline.get(), &TimelineWidget::zoomChanged);
    m_timeline->zoomToFit();
    QCOMPARE(zoomed.count(), 1);
    QVERIFY(m_timeline->pixelsPerDay() < TimelineWidget::MaxPixelsPerDay);
    QCOMPARE(m_timeline->horizontalScrollBar()->maximum(), 0);
    const QRect first = m_timeline->barRect(0);
    QVERIFY(first.left() > 0);
    QVERIFY(first.left() < m_timeline->viewport()->width() / 2);
    QVERIFY(m_timeline->barRect(2).right() < m_timeline->viewport()->width());

    // Fitting sticks through a resize until the next explicit zoom.
    m_timeline->resize(1200, 360);
    QTRY_COMPARE(m_timeline->horizontalScrollBar()->maximum(), 0);
    QVERIFY(zoomed.count() >= 2);
}

void TestTimelineWidget::setPixelsPerDayClamps_data()
{
    QTest::addColumn<double>("requested");
    QTest::addColumn<double>("expected");
    QTest::newRow("below the minimum") << 0.1 << TimelineWidget::MinPixelsPerDay;
    QTest::newRow("zero") << 0.0 << TimelineWidget::MinPixelsPerDay;
    QTest::newRow("negative") << -4.0 << TimelineWidget::MinPixelsPerDay;
    QTest::newRow("minimum") << TimelineWidget::MinPixelsPerDay << TimelineWidget::MinPixelsPerDay;
    QTest::newRow("in range") << 5.0 << 5.0;
    QTest::newRow("maximum") << TimelineWidget::MaxPixelsPerDay << TimelineWidget::MaxPixelsPerDay;
    QTest::newRow("above the maximum") << 1000.0 << TimelineWidget::MaxPixelsPerDay;
}

void TestTimelineWidget::setPixelsPerDayClamps()
{
    QFETCH(double, requested);
    QFETCH(double, expected);
    QSignalSpy zoomed(m_timeline.get(), &TimelineWidget::zoomChanged);
    m_timeline->setPixelsPerDay(requested);
    QCOMPARE(m_timeline->pixelsPerDay(), expected);
    QCOMPARE(zoomed.count(), 1); // the initial zoom is 3, inside the range and different from all
    QCOMPARE(zoomed.at(0).at(0).toDouble(), expected);
}

void TestTimelineWidget::ctrlWheelZoomsAroundCursor_data()
{
    QTest::addColumn<int>("delta");
    QTest::addColumn<double>("position"); // 0..1: left to right of the chart
    QTest::newRow("in, centre") << 120 << 0.5;
    QTest::newRow("in, left") << 120 << 0.2;
    QTest::newRow("in, right, three notches") << 360 << 0.9;
    QTest::newRow("out, centre") << -120 << 0.5;
    QTest::newRow("out, right") << -120 << 0.8;
    QTest::newRow("in, half a notch (touchpad)") << 60 << 0.6;
}

void TestTimelineWidget::ctrlWheelZoomsAroundCursor()
{
    QFETCH(int, delta);
    QFETCH(double, position);
    m_timeline->setPixelsPerDay(8);
    m_timeline->scrollToDate(QDate(2027, 5, 1));
    const int width = m_timeline->viewport()->width();
    const int x = int(width * (0.45 + 0.5 * position)); // right of the title column (at most 40% wide)
    const QDate before = m_timeline->dateAt(x);
    const double zoomBefore = m_timeline->pixelsPerDay();
    QSignalSpy zoomed(m_timeline.get(), &TimelineWidget::zoomChanged);

    const QPointF pos(x, 200);
    QWheelEvent wheel(pos, m_timeline->viewport()->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_timeline->viewport(), &wheel);

    QCOMPARE(zoomed.count(), 1);
    if (delta > 0)
        QVERIFY(m_timeline->pixelsPerDay() > zoomBefore);
    else
        QVERIFY(m_timeline->pixelsPerDay() < zoomBefore);
    const qint64 moved = before.daysTo(m_timeline->dateAt(x));
    QVERIFY2(std::abs(moved) <= 1, qPrintable(QString::number(moved)));
}

void TestTimelineWidget::wheelScrolls()
{
    m_timeline->setPixelsPerDay(8);
    QList<TimelineWidget::Row> many;
    for (int i = 0; i < 6; ++i)
        many += sampleRows();
    m_timeline->setRows(many);
    QScrollBar *h = m_timeline->horizontalScrollBar();
    QScrollBar *v = m_timeline->verticalScrollBar();
    QVERIFY(v->maximum() > 0);
    h->setValue(h->maximum() / 2);
    const int hBefore = h->value();

    const QPointF pos(500, 200);
    const QPointF global = m_timeline->viewport()->mapToGlobal(pos);
    QWheelEvent down(pos, global, QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_timeline->viewport(), &down);
    QVERIFY(v->value() > 0);
    QCOMPARE(h->value(), hBefore);

    const int vBefore = v->value();
    QWheelEvent right(pos, global, QPoint(), QPoint(0, -120), Qt::NoButton, Qt::ShiftModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(m_timeline->viewport(), &right);
    QVERIFY(h->value() > hBefore);
    QCOMPARE(v->value(), vBefore);
    QCOMPARE(m_timeline->pixelsPerDay(), 8.0);
}

void TestTimelineWidget::zoomSlotsEmit()
{
    QSignalSpy zoomed(m_timeline.get(), &TimelineWidget::zoomChanged);
    const double start = m_timeline->pixelsPerDay();
    m_timeline->zoomIn();
    QCOMPARE(zoomed.count(), 1);
    QVERIFY(m_timeline->pixelsPerDay() > start);
    QCOMPARE(zoomed.at(0).at(0).toDouble(), m_timeline->pixelsPerDay());
    m_timeline->zoomOut();
    QCOMPARE(zoomed.count(), 2);
    QVERIFY(qFuzzyCompare(m_timeline->pixelsPerDay(), start));

    // At the limit, nothing changes and nothing is emitted.
    m_timeline->setPixelsPerDay(TimelineWidget::MaxPixelsPerDay);
    zoomed.clear();
    m_timeline->zoomIn();
    QCOMPARE(zoomed.count(), 0);
    m_timeline->setPixelsPerDay(TimelineWidget::MinPixelsPerDay);
    zoomed.clear();
    m_timeline->zoomOut();
    QCOMPARE(zoomed.count(), 0);
}

void TestTimelineWidget::zoomKeys()
{
    const double start = m_timeline->pixelsPerDay();
    QTest::keyClick(m_timeline.get(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(m_timeline->pixelsPerDay() > start);
    QTest::keyClick(m_timeline.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_timeline.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_timeline->pixelsPerDay() < start);
    QTest::keyClick(m_timeline.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_timeline->horizontalScrollBar()->maximum(), 0);
}

void TestTimelineWidget::dragEnd_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("3 px/day, 10 days later") << 3.0 << 0 << 10 << QDate(2027, 3, 4);
    QTest::newRow("3 px/day, a week earlier") << 3.0 << 0 << -7 << QDate(2027, 2, 15);
    QTest::newRow("1 px/day, 30 days later") << 1.0 << 1 << 30 << QDate(2027, 7, 14);
    QTest::newRow("minimum zoom, 20 days later") << TimelineWidget::MinPixelsPerDay << 0 << 20 << QDate(2027, 3, 14);
    QTest::newRow("12 px/day, 3 days earlier") << 12.0 << 1 << -3 << QDate(2027, 6, 11);
    QTest::newRow("before the start: one day long") << 3.0 << 0 << -100 << QDate(2027, 1, 5);
}

void TestTimelineWidget::dragEnd()
{
    QFETCH(double, pixelsPerDay);
    QFETCH(int, row);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    m_timeline->setPixelsPerDay(pixelsPerDay);
    m_timeline->scrollToDate(*sampleRows().at(row).end);
    QSignalSpy dragged(m_timeline.get(), &TimelineWidget::endDragged);
    QWidget *viewport = m_timeline->viewport();

    const QPoint press = endHandle(*m_timeline, row);
    QVERIFY(viewport->rect().contains(press));
    QTest::mousePress(viewport, Qt::LeftButton, {}, press);
    QCOMPARE(m_timeline->currentRow(), row);
    const QPoint halfway = press + QPoint(int(std::lround(days * pixelsPerDay / 2)), 0);
    const QPoint release = press + QPoint(int(std::lround(days * pixelsPerDay)), 0);
    QTest::mouseMove(viewport, halfway);
    QTest::mouseMove(viewport, release);
    QVERIFY(dragged.isEmpty()); // only on release
    m_timeline->viewport()->repaint();
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, release);

    QCOMPARE(dragged.count(), 1);
    QCOMPARE(dragged.at(0).at(0).toInt(), row);
    QCOMPARE(dragged.at(0).at(1).toDate(), expected);
    QCOMPARE(m_timeline->rows().at(row).end, sampleRows().at(row).end); // the owner decides
}

void TestTimelineWidget::escapeCancelsDrag()
{
    QSignalSpy dragged(m_timeline.get(), &TimelineWidget::endDragged);
    QWidget *viewport = m_timeline->viewport();
    const QPoint press = endHandle(*m_timeline, 0);
    QTest::mousePress(viewport, Qt::LeftButton, {}, press);
    QTest::mouseMove(viewport, press + QPoint(60, 0));
    QTest::keyClick(m_timeline.get(), Qt::Key_Escape);
    QTest::mouseMove(viewport, press + QPoint(90, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, press + QPoint(90, 0));
    QCOMPARE(dragged.count(), 0);

    // The next drag works again.
    QTest::mousePress(viewport, Qt::LeftButton, {}, press);
    QTest::mouseMove(viewport, press + QPoint(30, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, press + QPoint(30, 0));
    QCOMPARE(dragged.count(), 1);
    QCOMPARE(dragged.at(0).at(1).toDate(), QDate(2027, 3, 4));
}

void TestTimelineWidget::noDrag_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("offset"); // from the end handle
    QTest::addColumn<int>("move");
    QTest::newRow("read-only row") << 2 << 0 << 60;
    QTest::newRow("open-ended row, near the title column") << 3 << -1 << 60;
    QTest::newRow("middle of the bar") << 0 << -40 << 60;
    QTest::newRow("released where it started") << 0 << 0 << 0;
    QTest::newRow("moved less than half a day") << 0 << 0 << 1;
}

void TestTimelineWidget::noDrag()
{
    QFETCH(int, row);
    QFETCH(int, offset);
    QFETCH(int, move);
    QSignalSpy dragged(m_timeline.get(), &TimelineWidget::endDragged);
    QWidget *viewport = m_timeline->viewport();
    QPoint press = endHandle(*m_timeline, row) + QPoint(offset, 0);
    if (offset < 0) // the open-ended bar's end is off screen: press near its start instead
        press.setX(m_timeline->barRect(row).left() + 10);
    QTest::mousePress(viewport, Qt::LeftButton, {}, press);
    QTest::mouseMove(viewport, press + QPoint(move, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, press + QPoint(move, 0));
    QCOMPARE(dragged.count(), 0);
    QCOMPARE(m_timeline->currentRow(), row); // a press still selects the row
}

void TestTimelineWidget::hoverHandleShowsResizeCursor_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("offset"); // from the end handle
    QTest::addColumn<bool>("resize");
    QTest::newRow("draggable row, on the handle") << 0 << 0 << true;
    QTest::newRow("draggable row, just right of the end") << 0 << 2 << true;
    QTest::newRow("draggable row, inside the bar") << 0 << -20 << false;
    QTest::newRow("read-only row, on the handle") << 2 << 0 << false;
}

void TestTimelineWidget::hoverHandleShowsResizeCursor()
{
    QFETCH(int, row);
    QFETCH(int, offset);
    QFETCH(bool, resize);
    QWidget *viewport = m_timeline->viewport();
    const auto hover = [&](const QPoint &pos) {
        QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    };
    hover(endHandle(*m_timeline, row) + QPoint(offset, 0));
    QCOMPARE(viewport->cursor().shape(), resize ? Qt::SizeHorCursor : Qt::ArrowCursor);
    hover(QPoint(viewport->width() - 2, viewport->height() - 2));
    QCOMPARE(viewport->cursor().shape(), Qt::ArrowCursor);
}

void TestTimelineWidget::toolTips_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");
    QTest::newRow("on a bar") << QDate(2027, 2, 1) << 0 << QStringLiteral("first stage");
    QTest::newRow("on a pause, away from the bars") << QDate(2027, 7, 30) << 0 << QStringLiteral("summer");
    QTest::newRow("on a bar inside a pause") << QDate(2027, 7, 30) << 2 << QStringLiteral("third stage");
    QTest::newRow("on nothing") << QDate(2027, 9, 1) << 0 << QString();
}

void TestTimelineWidget::toolTips()
{
    QFETCH(QDate, date);
    QFETCH(int, row);
    QFETCH(QString, expected);
    m_timeline->scrollToDate(date);
    QWidget *viewport = m_timeline->viewport();
    const QPoint pos(m_timeline->xForDate(date) + 1, m_timeline->barRect(row).center().y());
    QHelpEvent help(QEvent::ToolTip, pos, viewport->mapToGlobal(pos));
    QApplication::sendEvent(viewport, &help);
    if (expected.isEmpty())
        QTRY_VERIFY(!QToolTip::isVisible());
    else
        QTRY_COMPARE(QToolTip::text(), expected);
    QToolTip::hideText();
}

void TestTimelineWidget::keyboard_data()
{
    QTest::addColumn<int>("startRow");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("expectedRow");
    QTest::addColumn<bool>("changes");
    QTest::newRow("down from none") << -1 << int(Qt::Key_Down) << 0 << true;
    QTest::newRow("down") << 1 << int(Qt::Key_Down) << 2 << true;
    QTest::newRow("down at the last row") << 3 << int(Qt::Key_Down) << 3 << false;
    QTest::newRow("up") << 2 << int(Qt::Key_Up) << 1 << true;
    QTest::newRow("up at the first row") << 0 << int(Qt::Key_Up) << 0 << false;
}

void TestTimelineWidget::keyboard()
{
    QFETCH(int, startRow);
    QFETCH(int, key);
    QFETCH(int, expectedRow);
    QFETCH(bool, changes);
    m_timeline->setCurrentRow(startRow);
    QCOMPARE(m_timeline->currentRow(), startRow);
    QSignalSpy changed(m_timeline.get(), &TimelineWidget::currentRowChanged);
    QSignalSpy activated(m_timeline.get(), &TimelineWidget::rowActivated);

    QTest::keyClick(m_timeline.get(), Qt::Key(key));
    QCOMPARE(m_timeline->currentRow(), expectedRow);
    QCOMPARE(changed.count(), changes ? 1 : 0);
    if (changes)
        QCOMPARE(changed.at(0).at(0).toInt(), expectedRow);

    QTest::keyClick(m_timeline.get(), Qt::Key_Return);
    QTest::keyClick(m_timeline.get(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(0).at(0).toInt(), expectedRow);
    QCOMPARE(activated.at(1).at(0).toInt(), expectedRow);
}

void TestTimelineWidget::doubleClickActivates()
{
    QSignalSpy activated(m_timeline.get(), &TimelineWidget::rowActivated);
    QSignalSpy dragged(m_timeline.get(), &TimelineWidget::endDragged);
    QWidget *viewport = m_timeline->viewport();
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, m_timeline->barRect(1).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 1);
    QCOMPARE(m_timeline->currentRow(), 1);

    // On the title of a row, too; on its end handle, no drag comes of it.
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, QPoint(10, m_timeline->barRect(2).center().y()));
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, endHandle(*m_timeline, 0));
    QCOMPARE(activated.count(), 3);
    QCOMPARE(activated.at(1).at(0).toInt(), 2);
    QCOMPARE(activated.at(2).at(0).toInt(), 0);
    QCOMPARE(dragged.count(), 0);

    // Not on the axis.
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, QPoint(viewport->width() / 2, 5));
    QCOMPARE(activated.count(), 3);
}

void TestTimelineWidget::setRowsKeepsCurrentRow()
{
    m_timeline->setCurrentRow(2);
    QSignalSpy changed(m_timeline.get(), &TimelineWidget::currentRowChanged);
    QList<TimelineWidget::Row> rows = sampleRows();
    rows[2].end = QDate(2027, 11, 1);
    m_timeline->setRows(rows);
    QCOMPARE(m_timeline->currentRow(), 2);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_timeline->rows().at(2).end, rows.at(2).end);

    m_timeline->setRows(rows.mid(0, 2));
    QCOMPARE(m_timeline->currentRow(), 1);
    QCOMPARE(changed.count(), 1);
    m_timeline->setRows({});
    QCOMPARE(m_timeline->currentRow(), -1);
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_timeline->barRect(0).isNull());
    m_timeline->viewport()->repaint(); // an empty timeline paints its axis
}

void TestTimelineWidget::fontChangeResizesRows()
{
    const int before = m_timeline->barRect(1).top() - m_timeline->barRect(0).top();
    QFont font = m_timeline->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    m_timeline->setFont(font);
    const int after = m_timeline->barRect(1).top() - m_timeline->barRect(0).top();
    QVERIFY2(after > before * 3 / 2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

void TestTimelineWidget::renders_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("pixelsPerDay");
    QTest::newRow("light, English") << lightPalette() << QStringLiteral("en_US") << 3.0;
    QTest::newRow("dark, English") << darkPalette() << QStringLiteral("en_US") << 3.0;
    QTest::newRow("light, Chinese, zoomed in") << lightPalette() << QStringLiteral("zh_CN") << 20.0;
    QTest::newRow("dark, Chinese, zoomed out") << darkPalette() << QStringLiteral("zh_CN") << 0.5;
}

void TestTimelineWidget::renders()
{
    QFETCH(QPalette, palette);
    QFETCH(QString, locale);
    QFETCH(double, pixelsPerDay);
    QLocale::setDefault(QLocale(locale));
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(m_timeline.get(), &languageChange);
    m_timeline->setPalette(palette);
    m_timeline->setPixelsPerDay(pixelsPerDay);
    m_timeline->scrollToDate(QDate(2027, 2, 1));

    const QImage image = m_timeline->viewport()->grab().toImage();
    QVERIFY(!image.isNull());
    const qreal ratio = image.devicePixelRatio();
    const auto pixel = [&](const QPoint &p) { return QColor(image.pixel(int(p.x() * ratio), int(p.y() * ratio))); };
    const QRect bar = m_timeline->barRect(0);
    QVERIFY(m_timeline->viewport()->rect().contains(bar.center()));
    const QColor background = pixel(QPoint(bar.center().x(), m_timeline->viewport()->height() - 5));
    const QColor centre = pixel(bar.center());
    QCOMPARE(background, palette.color(QPalette::Base));
    QCOMPARE(centre, palette.color(QPalette::Highlight));
    // The title column shows the row's title: some pixel of its text differs from the background.
    bool titleInk = false;
    for (int x = 0; x < 60 && !titleInk; ++x)
        titleInk = pixel(QPoint(x, bar.center().y())) != palette.color(QPalette::Base);
    QVERIFY(titleInk);
}

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
