// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/availability.h"
#include "schedule/scheduler.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QTimeZone>

class QLocale;
class QPainter;

// A week calendar, painted by hand: seven day columns by the 24 hours of the day (scrolling
// vertically), localized day names and dates on top, the hours on the left. Availability windows are
// light, the rest of each day darker; busy intervals are hatched; study blocks are rounded boxes in
// their stage's colour with their title, times, status (Done, Missed, Skipped), pin and selection;
// today's column is tinted and the current time drawn as a line.
//
// Positions are local wall-clock times in zone(): a block at 19:00 is drawn at 19:00 on a 23 h or
// 25 h day too (the repeated hour of the autumn change is drawn once, on top of itself).
//
// Interaction: dragging a block's body moves it (15-minute snapping of the start, any day of the
// week, length kept); dragging its top or bottom edge resizes it (15-minute snapping, 15 minutes at
// least); Escape cancels a drag. The keyboard selects blocks in time order and moves or resizes the
// selected one (see keyPressEvent()). Every move is checked with placement(): overlaps and moves out
// of the week are refused here (refused() says why, the block stays), the rest is reported with
// moveRequested(). The widget never changes its blocks itself: its owner stores the move and calls
// setBlocks() with the result, which keeps undo and refusals in one place. The selection survives
// setBlocks() while its block exists. Double-click or Enter, Delete, Space and the context menu are
// only reported: the owner edits, deletes, marks done or shows the menu.
class WeekWidget final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekWidget)

public:
    struct StageStyle {
        QString title;
        QColor color; // StageColors::color() for the current palette: set the styles again when it changes
    };
    enum class Placement { Ok, OutsideAvailability, OverlapsBusy, OverlapsBlock, OutsideWeek };
    Q_ENUM(Placement)

    explicit WeekWidget(QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone);
    QTimeZone zone() const { return m_zone; }
    void setFirstDay(const QDate &firstDay); // the 7 days shown start here (the view picks it from the locale)
    QDate firstDay() const { return m_firstDay; }
    void setNow(const QDateTime &now); // the view updates it every minute
    void setAvailability(const Availability &availability);
    void setBusy(const QList<BusyInterval> &busy, const QStringList &summaries = {});
    void setBlocks(const QList<StudyBlock> &blocks);
    QList<StudyBlock> blocks() const { return m_blocks; }
    void setStageStyles(const QHash<QString, StageStyle> &styles); // stage key → style
    void setItemTitles(const QHash<QString, QString> &titles);     // item key → title

    QString selectedBlockId() const;
    void selectBlock(const QString &id); // an empty or unknown id clears the selection

    // Where [start, end) may go, checked in this order: OutsideWeek (not within the 7 days shown, or
    // empty), OverlapsBusy, OverlapsBlock (any block but `ignoreId`, whatever its status),
    // OutsideAvailability (not inside one availability window of its day), else Ok.
    Placement placement(const QDateTime &start, const QDateTime &end, const QString &ignoreId) const;

    // Geometry in viewport coordinates, for tests and the benchmark: a block's box (its first day's
    // part; empty when it is not in the week), and the point of a time (x: the middle of its day).
    QRect blockRect(const QString &id) const;
    QPoint pointFor(const QDateTime &t) const;
    int hourHeight() const { return m_hourHeight; }

    QSize sizeHint() const override;

public Q_SLOTS:
    // That time at the top of the grid, also after later resizes, until the learner scrolls. Without a
    // call, the grid stays scrolled to the week's first availability window or block (07:00 without).
    void scrollToTime(const QTime &time);

Q_SIGNALS:
    // A drag, a resize or a keyboard move ended on a new time. Not emitted for OverlapsBusy /
    // OverlapsBlock / OutsideWeek: those are refused in the widget (the block snaps back, drawn
    // refused while dragging) and refused(message) is emitted instead. OutsideAvailability is
    // emitted with outsideAvailability = true: the view asks the learner.
    void moveRequested(const QString &id, const QDateTime &start, const QDateTime &end, bool outsideAvailability);
    void refused(const QString &message);                                  // translated, says why
    void activated(const QString &id);                                     // double-click or Enter: edit
    void contextMenuRequested(const QString &id, const QPoint &globalPos); // right click, Menu key, Shift+F10
    void deleteRequested(const QString &id);                               // Delete key
    void toggleDoneRequested(const QString &id);                           // Space
    // Double-click on a free slot: a 60 min block from the quarter hour clicked (the owner checks
    // placement()).
    void createRequested(const QDateTime &start, const QDateTime &end);
    void selectionChanged(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    // Tab / Shift+Tab, arrows: next / previous block in time order; Ctrl+Up/Down: move 15 minutes;
    // Ctrl+Left/Right: move a day; Shift+Up/Down: the end 15 minutes earlier / later; Enter: activate;
    // Delete, Space, Menu or Shift+F10: the signals of the same names; Escape: cancel a drag.
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool focusNextPrevChild(bool next) override; // Tab leaves the widget after the last block
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override; // tooltips
    void changeEvent(QEvent *event) override;   // palette, font and language changes

private:
    // A block's or a busy interval's part on one day, in wall-clock minutes of that day.
    struct Segment {
        int index = -1; // in m_blocks or m_busy
        int day = 0;    // 0..6 from m_firstDay
        double top = 0;
        double bottom = 0;
        int lane = 0; // side by side where blocks overlap
        int lanes = 1;
        bool first = true; // the part holding the start
        bool last = true;  // the part holding the end
    };
    struct Labels {
        QString times; // "19:30 – 21:00"
        QString start; // "19:30"
    };
    enum class DragMode { None, Pending, Move, ResizeTop, ResizeBottom };
    struct Drag {
        DragMode mode = DragMode::None;
        DragMode intent = DragMode::None; // what Pending turns into past the drag distance
        int block = -1;
        QPoint pressPos;
        int pressScroll = 0;
        QPoint pos; // the latest pointer position
        QDateTime start;
        QDateTime end;
        Placement placement = Placement::Ok;
    };

    void updateMetrics();
    void updateScrollBars();
    void relayout(); // segments, lanes and time order from the blocks, busy intervals and week
    void autoScroll();
    int preferredTopMinute() const;

    int gridWidth() const;
    int columnLeft(int day) const; // day 7 gives the grid's right edge
    int dayAt(int x) const;        // clamped to 0..6
    int yForMinute(double minute) const;
    double minuteAt(int y) const;
    QRect segmentRect(const Segment &segment) const;
    double wallMinutes(const QDateTime &t) const; // since m_firstDay 00:00, wall clock of m_zone
    QDateTime wallClock(int day, int minuteOfDay) const;
    int blockIndex(const QString &id) const;
    int blockAt(const QPoint &pos, DragMode *edge = nullptr) const;
    int busyAt(const QPoint &pos) const;

    void setSelection(int index, bool ensureVisible);
    void ensureVisible(int index);
    void selectStep(int step);
    void updateDrag();
    void cancelDrag();
    void requestMove(int index, const QDateTime &start, const QDateTime &end);
    Labels labelsFor(const StudyBlock &block, const QLocale &locale) const;
    QString blockTitle(const StudyBlock &block) const;
    QString timeRange(const QDateTime &start, const QDateTime &end) const;
    QString blockToolTip(const StudyBlock &block) const;
    static QString placementText(Placement placement);

    void paintGrid(QPainter &painter, const QRect &rect) const;
    void paintBlock(QPainter &painter, const QRectF &box, const StudyBlock &block, const Labels &labels, bool first,
                    bool selected) const;
    void paintDragged(QPainter &painter) const;
    void paintHeader(QPainter &painter, const QRect &rect) const;
    void paintAxis(QPainter &painter, const QRect &rect) const;

    QTimeZone m_zone;
    QDate m_firstDay;
    QDateTime m_now;
    Availability m_availability;
    QList<BusyInterval> m_busy;
    QStringList m_busySummaries;
    QList<StudyBlock> m_blocks;
    QHash<QString, StageStyle> m_stageStyles;
    QHash<QString, QString> m_itemTitles;

    QList<Segment> m_blockSegments; // by day, then by top
    QList<Segment> m_busySegments;
    QList<Labels> m_labels; // by block
    QList<int> m_order;     // block indices by start, then id
    QList<TimeWindow> m_windows[7];
    int m_selected = -1;
    Drag m_drag;
    QTimer m_autoScrollTimer;
    int m_autoScrollStep = 0;
    bool m_userScrolled = false;   // until then the widget keeps itself scrolled to the week's first hours
    int m_requestedTopMinute = -1; // scrollToTime(), until the learner scrolls
    bool m_scrolling = false;      // inside our own scroll bar changes

    int m_headerHeight = 0;
    int m_axisWidth = 0;
    int m_hourHeight = 48;
    int m_lineHeight = 1;
    int m_padding = 3;
    QFont m_boldFont;
    QStringList m_hourLabels;
    QString m_dayMonthFormat;
    QString m_timeFormat;
};
