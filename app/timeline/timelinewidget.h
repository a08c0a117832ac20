// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

class QPainter;

// A Gantt-style timeline, painted by hand: a month axis (week ticks when zoomed in), one row per
// stage with the guide's range as a band behind the planned bar, pauses hatched across all rows, a
// today line, and (when given) the actual-progress fill and the forecast marker.
//
// Interaction: Ctrl+wheel, Ctrl+plus/minus and the zoom slots zoom around the cursor or the view's
// centre; the wheel and the scroll bars scroll; a tooltip per bar; double-click (or Enter on the
// current row) asks to edit the stage; dragging the end of a bar reports the new end date on release
// (the widget does not change its rows: the owner recomputes and calls setRows()).
class TimelineWidget final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    struct Row {
        QString title;
        QDate start;
        std::optional<QDate> end; // exclusive; empty: open-ended (the bar runs to the right edge)
        QDate guideEarliestEnd;
        std::optional<QDate> guideLatestEnd; // empty: the band runs to the right edge
        QString toolTip;
        bool draggable = true;            // false for open-ended rows or a read-only plan
        bool overBudget = false;          // drawn with a warning outline
        std::optional<double> progress;   // 0..1 of the effort actually done (time tracking, later)
        std::optional<QDate> forecastEnd; // from the real pace (later)
    };
    struct Pause {
        QDate first;
        QDate last; // included
        QString toolTip;
    };

    static constexpr double MinPixelsPerDay = 0.5; // about 15 px a month: several years at once
    static constexpr double MaxPixelsPerDay = 40;

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    void setPauses(const QList<Pause> &pauses);
    void setToday(const QDate &today); // the caller's clock decides "today"
    QList<Row> rows() const { return m_rows; }

    double pixelsPerDay() const { return m_pixelsPerDay; }
    void setPixelsPerDay(double pixelsPerDay); // clamped to [MinPixelsPerDay, MaxPixelsPerDay]

    int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row);

    // Geometry, for tests and the benchmark: the bar of `row` in viewport coordinates, and the date
    // under viewport x.
    QRect barRect(int row) const;
    QDate dateAt(int viewportX) const;
    int xForDate(const QDate &date) const; // viewport coordinates

    QSize sizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit(); // the whole plan in the viewport width
    void scrollToDate(const QDate &date);

Q_SIGNALS:
    void zoomChanged(double pixelsPerDay);
    void currentRowChanged(int row);
    void rowActivated(int row);                    // double-click or Enter: edit the stage
    void endDragged(int row, const QDate &newEnd); // exclusive end, after the mouse is released

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override; // tooltips
    void changeEvent(QEvent *event) override;   // palette and language changes

private:
    void updateScrollBars();
    void zoomAround(double pixelsPerDay, int viewportX);
    int rowAt(int viewportY) const;
    QDate firstDate() const;
    QDate lastDate() const;

    void updateMetrics(); // font, locale and title column
    void updateRange();   // m_first, m_last from the rows, pauses and today
    int contentX(qint64 days) const;
    int chartWidth() const;
    int rowTop(int row) const;
    int openEndX() const;
    QRect handleRect(int row) const;
    int handleAt(const QPoint &pos) const;
    QDate draggedEnd() const;
    void cancelDrag();
    void paintChart(QPainter &painter, const QRect &rect, const QDate &from, const QDate &to) const;
    void paintRow(QPainter &painter, int index) const;
    void paintHeader(QPainter &painter, const QDate &from, const QDate &to) const;
    void paintTitles(QPainter &painter, const QRect &rect) const;

    QList<Row> m_rows;
    QList<Pause> m_pauses;
    QDate m_today;
    double m_pixelsPerDay = 3;
    int m_currentRow = -1;
    int m_dragRow = -1;
    int m_dragX = 0;

    QDate m_first; // the axis: the rows' dates with a margin, m_first the first of a month
    QDate m_last;
    bool m_fitMode = false; // zoomToFit() until the next explicit zoom
    bool m_hasContent = false;
    int m_pressX = 0;
    int m_hoverHandleRow = -1;
    int m_titleWidth = 0;
    int m_headerHeight = 0;
    int m_rowHeight = 1;
    int m_barHeight = 1;
    int m_bandHeight = 1;
    int m_lineHeight = 1;
    int m_padding = 3;
    int m_maxMonthWidth = 0;
    int m_dayNumberWidth = 0;
    std::array<QString, 12> m_monthNames;
    QString m_yearMonthFormat;
};
