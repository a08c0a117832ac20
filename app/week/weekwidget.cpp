// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "week/weekwidget.h"

#include "common/stagecolors.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {
constexpr int MinutesPerDay = 24 * 60;
constexpr int Snap = 15;            // minutes: drags, resizes and keyboard moves
constexpr int NewBlockMinutes = 60; // a double-click on a free slot
constexpr int DefaultTopMinute = 7 * 60;
constexpr int EdgeGrip = 5; // pixels at a block's top and bottom that resize it
constexpr int AutoScrollInterval = 30;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The palette's Mid where it stands out from Base (in many dark palettes it does not).
QColor lineColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor mid = palette.color(QPalette::Mid);
    return std::abs(mid.lightness() - base.lightness()) >= 48 ? mid : mix(base, palette.color(QPalette::Text), 0.35);
}

// As the timeline: two colours the palette has no role for, per light or dark base.
QColor todayColor(const QPalette &palette)
{
    return StageColors::isDark(palette) ? QColor(0xff, 0x6b, 0x81) : QColor(0xc6, 0x28, 0x45);
}

QColor warningColor(const QPalette &palette)
{
    return StageColors::isDark(palette) ? QColor(0xff, 0xb3, 0x47) : QColor(0xc2, 0x6a, 0x00);
}

int snapped(double minutes)
{
    return int(std::lround(minutes / Snap)) * Snap;
}

int minuteOfDay(const QTime &t)
{
    return t == QTime(23, 59, 59, 999) ? MinutesPerDay : t.msecsSinceStartOfDay() / 60000;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The instant of the wall-clock time `time` on `date` in `zone`, as the scheduler reads its windows:
// an ambiguous time (the repeated hour of the autumn change) gives its earlier instant, a time in the
// spring gap the instant of the transition.
QDateTime wallInstant(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const auto utc = [](qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC); };
    const qint64 naive = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const int before = zone.offsetFromUtc(utc(naive - 86400));
    const int after = zone.offsetFromUtc(utc(naive + 86400));
    std::optional<qint64> best;
    for (const int offset : {before, after}) {
        const qint64 candidate = naive - offset;
        if (zone.offsetFromUtc(utc(candidate)) == offset)
            best = best ? std::min(*best, candidate) : candidate;
    }
    if (!best) {
        const QTimeZone::OffsetData transition = zone.nextTransition(utc(naive - std::max(before, after)));
        best = transition.atUtc.isValid() ? transition.atUtc.toSecsSinceEpoch() : naive - before;
    }
    return QDateTime::fromSecsSinceEpoch(*best, zone);
}

// The locale's short time format without seconds (the C locale's has them: "HH:mm:ss" -> "HH:mm").
QString shortTimeFormat(const QLocale &locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]?s{1,2}([.,]z{1,3})?"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return format.trimmed();
}

// The locale's short date without the year ("M/d/yy" -> "M/d", "dd.MM.yy" -> "dd.MM",
// "yyyy/M/d" -> "M/d"): the year is in the view's title.
QString dayMonthFormat(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    QString result;
    qsizetype i = 0;
    bool droppedYear = false;
    while (i < format.size()) {
        const QChar c = format.at(i);
        qsizetype j = i + 1;
        if (c == QLatin1Char('\'')) {
            while (j < format.size() && format.at(j) != QLatin1Char('\''))
                ++j;
            j = std::min(j + 1, format.size());
        } else if (c.isLetter()) {
            while (j < format.size() && format.at(j) == c)
                ++j;
        } else {
            while (j < format.size() && !format.at(j).isLetter() && format.at(j) != QLatin1Char('\''))
                ++j;
        }
        const QString token = format.mid(i, j - i);
        if (c == QLatin1Char('y')) {
            droppedYear = true;
            // The separator before the year goes with it, unless the year came first.
            if (!result.isEmpty() && !result.back().isLetter())
                result.chop(1);
        } else if (droppedYear && result.isEmpty() && !c.isLetter()) {
            // The separator after a leading year.
        } else {
            result += token;
        }
        i = j;
    }
    result = result.trimmed();
    return result.contains(QLatin1Char('d')) && result.contains(QLatin1Char('M')) ? result : QStringLiteral("d MMM");
}
} // namespace

WeekWidget::WeekWidget(QWidget *parent) : QAbstractScrollArea(parent), m_zone(QTimeZone::systemTimeZone())
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    const QDate today = QDate::currentDate();
    m_firstDay = today.addDays(-((today.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7));
    m_autoScrollTimer.setInterval(AutoScrollInterval);
    connect(&m_autoScrollTimer, &QTimer::timeout, this, &WeekWidget::autoScroll);
    updateMetrics();
    relayout();
    updateScrollBars();
}

void WeekWidget::setZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    cancelDrag();
    relayout();
    updateScrollBars();
    viewport()->update();
}

void WeekWidget::setFirstDay(const QDate &firstDay)
{
    if (!firstDay.isValid() || firstDay == m_firstDay)
        return;
    m_firstDay = firstDay;
    cancelDrag();
    relayout();
    updateScrollBars();
    viewport()->update();
}

void WeekWidget::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    viewport()->update();
}

void WeekWidget::setAvailability(const Availability &availability)
{
    m_availability = availability;
    relayout();
    updateScrollBars();
    viewport()->update();
}

void WeekWidget::setBusy(const QList<BusyInterval> &busy, const QStringList &summaries)
{
    m_busy = busy;
    m_busySummaries = summaries;
    relayout();
    viewport()->update();
}

void WeekWidget::setBlocks(const QList<StudyBlock> &blocks)
{
    const QString selected = selectedBlockId();
    std::optional<StudyBlock> dragged;
    if (m_drag.mode != DragMode::None)
        dragged = m_blocks.at(m_drag.block);
    m_blocks = blocks;
    relayout();
    m_selected = blockIndex(selected);
    if (dragged) {
        // A drag goes on over a refresh that left its block as it was.
        m_drag.block = blockIndex(dragged->id);
        if (m_drag.block < 0 || m_blocks.at(m_drag.block) != *dragged)
            cancelDrag();
    }
    updateScrollBars();
    viewport()->update();
    if (m_selected < 0 && !selected.isEmpty())
        Q_EMIT selectionChanged(QString());
}

void WeekWidget::setStageStyles(const QHash<QString, StageStyle> &styles)
{
    m_stageStyles = styles;
    viewport()->update();
}

void WeekWidget::setItemTitles(const QHash<QString, QString> &titles)
{
    m_itemTitles = titles;
    viewport()->update();
}

QString WeekWidget::selectedBlockId() const
{
    return m_selected >= 0 ? m_blocks.at(m_selected).id : QString();
}

void WeekWidget::selectBlock(const QString &id)
{
    setSelection(blockIndex(id), true);
}

WeekWidget::Placement WeekWidget::placement(const QDateTime &start, const QDateTime &end, const QString &ignoreId) const
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return Placement::OutsideWeek;
    if (start < wallClock(0, 0) || end > wallClock(7, 0))
        return Placement::OutsideWeek;
    for (const BusyInterval &busy : m_busy) {
        if (busy.start < end && start < busy.end)
            return Placement::OverlapsBusy;
    }
    for (const StudyBlock &block : m_blocks) {
        if (block.id != ignoreId && block.start < end && start < block.end)
            return Placement::OverlapsBlock;
    }
    const int day = std::clamp(int(std::floor(wallMinutes(start) / MinutesPerDay)), 0, 6);
    const QDate date = m_firstDay.addDays(day);
    for (const TimeWindow &window : m_windows[day]) {
        const QDateTime windowStart = wallInstant(date, window.start, m_zone);
        const int endMinute = minuteOfDay(window.end);
        const QDateTime windowEnd = endMinute >= MinutesPerDay ? wallInstant(date.addDays(1), QTime(0, 0), m_zone)
                                                               : wallInstant(date, window.end, m_zone);
        if (windowStart <= start && end <= windowEnd)
            return Placement::Ok;
    }
    return Placement::OutsideAvailability;
}

QRect WeekWidget::blockRect(const QString &id) const
{
    const int index = blockIndex(id);
    for (const Segment &segment : m_blockSegments) {
        if (segment.index == index && segment.first)
            return segmentRect(segment);
    }
    return {};
}

QPoint WeekWidget::pointFor(const QDateTime &t) const
{
    const double minutes = wallMinutes(t);
    const int day = int(std::floor(minutes / MinutesPerDay));
    return {(columnLeft(day) + columnLeft(day + 1)) / 2, yForMinute(minutes - double(day) * MinutesPerDay)};
}

QSize WeekWidget::sizeHint() const
{
    const int frame = 2 * frameWidth();
    return {m_axisWidth + 7 * 120 + verticalScrollBar()->sizeHint().width() + frame,
            m_headerHeight + 12 * m_hourHeight + frame};
}

void WeekWidget::scrollToTime(const QTime &time)
{
    if (!time.isValid())
        return;
    // Kept through resizes (before the first show, say) until the learner scrolls.
    m_requestedTopMinute = time.msecsSinceStartOfDay() / 60000;
    m_userScrolled = false;
    updateScrollBars();
}

// -- layout -------------------------------------------------------------------------------------------

void WeekWidget::updateMetrics()
{
    const QFontMetrics fm(font());
    const QLocale locale;
    m_lineHeight = fm.height();
    m_padding = std::max(3, m_lineHeight / 5);
    // Whole pixels for each quarter hour, two lines of text in an hour.
    m_hourHeight = (std::max(40, 2 * fm.lineSpacing() + 12) + 3) / 4 * 4;
    m_headerHeight = 2 * m_lineHeight + 4 * m_padding;
    m_boldFont = font();
    m_boldFont.setBold(true);
    m_hourLabels.clear();
    m_timeFormat = shortTimeFormat(locale);
    int widest = QFontMetrics(m_boldFont).horizontalAdvance(tr("W%1", "ISO week number").arg(locale.toString(53)));
    for (int hour = 0; hour < 24; ++hour) {
        m_hourLabels.append(locale.toString(QTime(hour, 0), m_timeFormat));
        widest = std::max(widest, fm.horizontalAdvance(m_hourLabels.constLast()));
    }
    m_axisWidth = widest + 3 * m_padding;
    m_dayMonthFormat = dayMonthFormat(locale);
}

void WeekWidget::updateScrollBars()
{
    QScrollBar *bar = verticalScrollBar();
    const int visible = std::max(0, viewport()->height() - m_headerHeight);
    m_scrolling = true;
    bar->setRange(0, std::max(0, 24 * m_hourHeight + 1 - visible));
    bar->setPageStep(std::max(1, visible));
    bar->setSingleStep(std::max(1, m_hourHeight / 2));
    if (!m_userScrolled)
        bar->setValue((m_requestedTopMinute >= 0 ? m_requestedTopMinute : preferredTopMinute()) * m_hourHeight / 60);
    m_scrolling = false;
}

// The week's earliest availability window or block, half an hour above it; 07:00 without any.
int WeekWidget::preferredTopMinute() const
{
    int earliest = MinutesPerDay;
    for (const QList<TimeWindow> &windows : m_windows) {
        if (!windows.isEmpty())
            earliest = std::min(earliest, minuteOfDay(windows.constFirst().start));
    }
    for (const Segment &segment : m_blockSegments)
        earliest = std::min(earliest, int(segment.top));
    return earliest == MinutesPerDay ? DefaultTopMinute : std::max(0, earliest - 30);
}

void WeekWidget::relayout()
{
    for (int day = 0; day < 7; ++day)
        m_windows[day] = m_availability.windowsOn(m_firstDay.addDays(day));

    // Each interval cut at midnights and at the week's ends.
    const auto split = [this](int index, const QDateTime &start, const QDateTime &end, QList<Segment> &out) {
        if (!start.isValid() || !end.isValid() || end <= start)
            return;
        const double from = wallMinutes(start);
        double to = wallMinutes(end);
        if (to <= from) // ends in the repeated hour of the autumn change
            to = from + double(start.secsTo(end)) / 60;
        const int firstDay = std::max(0, int(std::floor(from / MinutesPerDay)));
        const int lastDay = std::min(6, int(std::ceil(to / MinutesPerDay)) - 1);
        for (int day = firstDay; day <= lastDay; ++day) {
            const double dayStart = double(day) * MinutesPerDay;
            Segment segment;
            segment.index = index;
            segment.day = day;
            segment.top = std::max(from - dayStart, 0.0);
            segment.bottom = std::min(to - dayStart, double(MinutesPerDay));
            segment.first = from >= dayStart;
            segment.last = to <= dayStart + MinutesPerDay;
            if (segment.bottom > segment.top)
                out.append(segment);
        }
    };

    m_busySegments.clear();
    for (int i = 0; i < m_busy.size(); ++i)
        split(i, m_busy.at(i).start, m_busy.at(i).end, m_busySegments);

    m_blockSegments.clear();
    for (int i = 0; i < m_blocks.size(); ++i)
        split(i, m_blocks.at(i).start, m_blocks.at(i).end, m_blockSegments);
    std::sort(m_blockSegments.begin(), m_blockSegments.end(), [](const Segment &a, const Segment &b) {
        return a.day != b.day ? a.day < b.day : a.top != b.top ? a.top < b.top : a.bottom > b.bottom;
    });
    // Overlapping blocks (imported or left over) side by side: lanes per cluster of overlaps.
    for (qsizetype i = 0; i < m_blockSegments.size();) {
        QList<double> laneEnds;
        double clusterEnd = m_blockSegments.at(i).bottom;
        qsizetype j = i;
        for (; j < m_blockSegments.size() && m_blockSegments.at(j).day == m_blockSegments.at(i).day
               && (j == i || m_blockSegments.at(j).top < clusterEnd);
             ++j) {
            Segment &segment = m_blockSegments[j];
            const auto free = std::find_if(laneEnds.begin(), laneEnds.end(),
                                           [&segment](double laneEnd) { return laneEnd <= segment.top; });
            if (free == laneEnds.end()) {
                segment.lane = int(laneEnds.size());
                laneEnds.append(segment.bottom);
            } else {
                segment.lane = int(free - laneEnds.begin());
                *free = segment.bottom;
            }
            clusterEnd = std::max(clusterEnd, segment.bottom);
        }
        for (qsizetype k = i; k < j; ++k)
            m_blockSegments[k].lanes = int(laneEnds.size());
        i = j;
    }

    // Painting formats no times: the labels are made here.
    const QLocale locale;
    m_labels.clear();
    m_labels.reserve(m_blocks.size());
    for (const StudyBlock &block : std::as_const(m_blocks))
        m_labels.append(labelsFor(block, locale));

    m_order.clear();
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks.at(i).start.isValid())
            m_order.append(i);
    }
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        const StudyBlock &x = m_blocks.at(a);
        const StudyBlock &y = m_blocks.at(b);
        return x.start != y.start ? x.start < y.start : x.id < y.id;
    });
}

int WeekWidget::gridWidth() const
{
    return std::max(7, viewport()->width() - m_axisWidth);
}

int WeekWidget::columnLeft(int day) const
{
    return m_axisWidth + int(qint64(day) * gridWidth() / 7);
}

int WeekWidget::dayAt(int x) const
{
    for (int day = 0; day < 6; ++day) {
        if (x < columnLeft(day + 1))
            return day;
    }
    return 6;
}

int WeekWidget::yForMinute(double minute) const
{
    return m_headerHeight + int(std::lround(minute * m_hourHeight / 60)) - verticalScrollBar()->value();
}

double WeekWidget::minuteAt(int y) const
{
    return double(y - m_headerHeight + verticalScrollBar()->value()) * 60 / m_hourHeight;
}

QRect WeekWidget::segmentRect(const Segment &segment) const
{
    const int left = columnLeft(segment.day) + 1;
    const int right = columnLeft(segment.day + 1) - std::max(4, m_padding * 2); // room to click the free slot
    const int laneWidth = std::max(1, (right - left) / std::max(1, segment.lanes));
    const int top = yForMinute(segment.top) + 1;
    const int bottom = yForMinute(segment.bottom) - 1;
    return {left + segment.lane * laneWidth, top, std::max(1, laneWidth - (segment.lanes > 1 ? 1 : 0)),
            std::max(3, bottom - top)};
}

double WeekWidget::wallMinutes(const QDateTime &t) const
{
    const QDateTime local = t.toTimeZone(m_zone);
    return double(m_firstDay.daysTo(local.date())) * MinutesPerDay + local.time().msecsSinceStartOfDay() / 60000.0;
}

QDateTime WeekWidget::wallClock(int day, int minuteOfDay) const
{
    const qint64 minutes = qint64(day) * MinutesPerDay + minuteOfDay;
    const qint64 days = floorDiv(minutes, MinutesPerDay);
    return wallInstant(m_firstDay.addDays(days), QTime(0, 0).addSecs(int(minutes - days * MinutesPerDay) * 60), m_zone);
}

int WeekWidget::blockIndex(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks.at(i).id == id)
            return i;
    }
    return -1;
}

int WeekWidget::blockAt(const QPoint &pos, DragMode *edge) const
{
    if (pos.x() < m_axisWidth || pos.y() < m_headerHeight)
        return -1;
    // Back to front: the one painted last is on top.
    for (auto it = m_blockSegments.crbegin(); it != m_blockSegments.crend(); ++it) {
        const QRect rect = segmentRect(*it);
        if (!rect.adjusted(0, -1, 0, 1).contains(pos))
            continue;
        if (edge) {
            const int grip = std::min(EdgeGrip, rect.height() / 4);
            if (it->first && pos.y() < rect.top() + grip)
                *edge = DragMode::ResizeTop;
            else if (it->last && pos.y() > rect.bottom() - grip)
                *edge = DragMode::ResizeBottom;
            else
                *edge = it->first ? DragMode::Move : DragMode::None;
        }
        return it->index;
    }
    return -1;
}

int WeekWidget::busyAt(const QPoint &pos) const
{
    if (pos.x() < m_axisWidth || pos.y() < m_headerHeight)
        return -1;
    const int day = dayAt(pos.x());
    const double minute = minuteAt(pos.y());
    for (const Segment &segment : m_busySegments) {
        if (segment.day == day && segment.top <= minute && minute < segment.bottom)
            return segment.index;
    }
    return -1;
}

// -- selection and moves ------------------------------------------------------------------------------

void WeekWidget::setSelection(int index, bool scroll)
{
    if (index >= m_blocks.size())
        index = -1;
    if (scroll && index >= 0)
        ensureVisible(index);
    if (index == m_selected)
        return;
    m_selected = index;
    viewport()->update();
    Q_EMIT selectionChanged(selectedBlockId());
}

void WeekWidget::ensureVisible(int index)
{
    QRect rect;
    for (const Segment &segment : m_blockSegments) {
        if (segment.index == index && (rect.isNull() || segment.first))
            rect = segmentRect(segment);
    }
    if (rect.isNull())
        return;
    QScrollBar *bar = verticalScrollBar();
    const int margin = m_hourHeight / 2;
    if (rect.top() < m_headerHeight + margin)
        bar->setValue(bar->value() - (m_headerHeight + margin - rect.top()));
    else if (rect.bottom() > viewport()->height() - margin)
        bar->setValue(bar->value()
                      + std::min(rect.bottom() - viewport()->height() + margin, rect.top() - m_headerHeight - margin));
}

void WeekWidget::selectStep(int step)
{
    if (m_order.isEmpty())
        return;
    const qsizetype at = m_order.indexOf(m_selected);
    qsizetype next = 0;
    if (at < 0)
        next = step > 0 ? 0 : m_order.size() - 1;
    else
        next = std::clamp<qsizetype>(at + step, 0, m_order.size() - 1);
    setSelection(m_order.at(next), true);
}

void WeekWidget::requestMove(int index, const QDateTime &start, const QDateTime &end)
{
    const StudyBlock &block = m_blocks.at(index);
    if (start == block.start && end == block.end)
        return;
    const QString id = block.id;
    switch (placement(start, end, id)) {
    case Placement::Ok:
        Q_EMIT moveRequested(id, start, end, false);
        break;
    case Placement::OutsideAvailability:
        Q_EMIT moveRequested(id, start, end, true);
        break;
    case Placement::OverlapsBusy:
    case Placement::OverlapsBlock:
    case Placement::OutsideWeek:
        Q_EMIT refused(placementText(placement(start, end, id)));
        break;
    }
}

// The provisional times of a drag from the pointer's offset since the press: the start (or the edge)
// follows the pointer on a 15-minute grid, within the day; a day column further moves it a day.
void WeekWidget::updateDrag()
{
    const StudyBlock &block = m_blocks.at(m_drag.block);
    const double from = wallMinutes(block.start);
    double to = wallMinutes(block.end);
    if (to <= from)
        to = from + double(block.start.secsTo(block.end)) / 60;
    const int day = int(std::floor(from / MinutesPerDay));
    const double startMinute = from - double(day) * MinutesPerDay;
    const double endMinute = to - double(day) * MinutesPerDay;
    const double delta =
        double(m_drag.pos.y() + verticalScrollBar()->value() - m_drag.pressPos.y() - m_drag.pressScroll) * 60
        / m_hourHeight;

    QDateTime start = block.start;
    QDateTime end = block.end;
    switch (m_drag.mode) {
    case DragMode::Move: {
        const int newDay = std::clamp(day + dayAt(m_drag.pos.x()) - dayAt(m_drag.pressPos.x()), 0, 6);
        const int latest = std::max(0, MinutesPerDay - int(std::ceil(endMinute - startMinute)));
        const int minute = std::clamp(snapped(startMinute + delta), 0, latest);
        if (newDay != day || minute != std::clamp(snapped(startMinute), 0, latest)) {
            start = wallClock(newDay, minute);
            end = start.addSecs(block.start.secsTo(block.end));
        }
        break;
    }
    case DragMode::ResizeBottom: {
        const int shortest = int(std::ceil(startMinute)) + Snap;
        const int longest = std::max(MinutesPerDay, int(std::ceil(endMinute)));
        const int minute = std::clamp(snapped(endMinute + delta), std::min(shortest, longest), longest);
        if (minute != std::clamp(snapped(endMinute), std::min(shortest, longest), longest))
            end = wallClock(day, minute);
        break;
    }
    case DragMode::ResizeTop: {
        const int latest = std::max(0, int(std::floor(endMinute)) - Snap);
        const int minute = std::clamp(snapped(startMinute + delta), 0, latest);
        if (minute != std::clamp(snapped(startMinute), 0, latest))
            start = wallClock(day, minute);
        break;
    }
    case DragMode::None:
    case DragMode::Pending:
        return;
    }
    m_drag.start = start;
    m_drag.end = end;
    const bool moved = start != block.start || end != block.end;
    m_drag.placement = moved ? placement(start, end, block.id) : Placement::Ok;

    const bool refusedHere = m_drag.placement == Placement::OverlapsBusy || m_drag.placement == Placement::OverlapsBlock
                             || m_drag.placement == Placement::OutsideWeek;
    if (refusedHere) {
        viewport()->setCursor(Qt::ForbiddenCursor);
        QToolTip::showText(viewport()->mapToGlobal(m_drag.pos), placementText(m_drag.placement), viewport());
    } else {
        viewport()->setCursor(m_drag.mode == DragMode::Move ? Qt::ClosedHandCursor : Qt::SizeVerCursor);
        QToolTip::hideText();
    }
    viewport()->update();
}

void WeekWidget::cancelDrag()
{
    m_autoScrollTimer.stop();
    if (m_drag.mode == DragMode::None)
        return;
    const bool shown = m_drag.mode != DragMode::Pending;
    m_drag = Drag();
    if (shown) {
        viewport()->unsetCursor();
        QToolTip::hideText();
        viewport()->update();
    }
}

void WeekWidget::autoScroll()
{
    if (m_drag.mode == DragMode::None || m_drag.mode == DragMode::Pending || m_autoScrollStep == 0) {
        m_autoScrollTimer.stop();
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    const int before = bar->value();
    bar->setValue(before + m_autoScrollStep); // scrollContentsBy() updates the drag
    if (bar->value() == before)
        m_autoScrollTimer.stop();
}

WeekWidget::Labels WeekWidget::labelsFor(const StudyBlock &block, const QLocale &locale) const
{
    if (!block.start.isValid() || !block.end.isValid())
        return {};
    return {timeRange(block.start, block.end), locale.toString(block.start.toTimeZone(m_zone).time(), m_timeFormat)};
}

QString WeekWidget::blockTitle(const StudyBlock &block) const
{
    const QString item = m_itemTitles.value(block.itemKey);
    if (!item.isEmpty())
        return item;
    const QString stage = m_stageStyles.value(block.stageKey).title;
    return stage.isEmpty() ? block.stageKey : stage;
}

QString WeekWidget::timeRange(const QDateTime &start, const QDateTime &end) const
{
    const QLocale locale;
    const QDateTime from = start.toTimeZone(m_zone);
    const QDateTime to = end.toTimeZone(m_zone);
    if (from.date() == to.date() || (from.date().addDays(1) == to.date() && to.time() == QTime(0, 0))) {
        return tr("%1 – %2", "time range")
            .arg(locale.toString(from.time(), m_timeFormat), locale.toString(to.time(), m_timeFormat));
    }
    // Across days (busy time of a trip, say): with the dates.
    const auto dated = [&](const QDateTime &t) {
        return tr("%1 %2", "date and time")
            .arg(locale.toString(t.date(), m_dayMonthFormat), locale.toString(t.time(), m_timeFormat));
    };
    return tr("%1 – %2", "time range").arg(dated(from), dated(to));
}

QString WeekWidget::blockToolTip(const StudyBlock &block) const
{
    const QLocale locale;
    QStringList lines;
    const StageStyle style = m_stageStyles.value(block.stageKey);
    lines.append(tr("Stage: %1").arg(style.title.isEmpty() ? block.stageKey : style.title));
    if (const QString item = m_itemTitles.value(block.itemKey); !item.isEmpty())
        lines.append(tr("Item: %1").arg(item));
    const QDate date = block.start.toTimeZone(m_zone).date();
    lines.append(tr("%1, %2 (%n min)", "date, time range (length)", block.minutes())
                     .arg(locale.toString(date, QLocale::LongFormat), timeRange(block.start, block.end)));
    QString status;
    switch (block.status) {
    case StudyBlock::Status::Planned:
        status = tr("Planned");
        break;
    case StudyBlock::Status::Done:
        status = tr("Done");
        break;
    case StudyBlock::Status::Skipped:
        status = tr("Skipped");
        break;
    case StudyBlock::Status::Missed:
        status = tr("Missed");
        break;
    }
    QStringList flags{status};
    if (block.pinned)
        flags.append(tr("pinned"));
    if (block.catchUp)
        flags.append(tr("catch-up"));
    lines.append(flags.join(tr(", ", "list separator")));
    return lines.join(QLatin1Char('\n'));
}

QString WeekWidget::placementText(Placement placement)
{
    switch (placement) {
    case Placement::Ok:
        break;
    case Placement::OutsideAvailability:
        return tr("The block would be outside your availability.");
    case Placement::OverlapsBusy:
        return tr("The block would overlap busy time in your calendar.");
    case Placement::OverlapsBlock:
        return tr("The block would overlap another study block.");
    case Placement::OutsideWeek:
        return tr("A block can only be moved within the week shown.");
    }
    return {};
}

// -- painting -----------------------------------------------------------------------------------------

void WeekWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect exposed = event->rect();
    const QPalette &pal = palette();
    const int width = viewport()->width();
    const int height = viewport()->height();

    const QRect grid(m_axisWidth, m_headerHeight, width - m_axisWidth, height - m_headerHeight);
    const QRect header(m_axisWidth, 0, width - m_axisWidth, m_headerHeight);
    const QRect axis(0, m_headerHeight, m_axisWidth, height - m_headerHeight);
    if (const QRect r = exposed & grid; !r.isEmpty()) {
        painter.save();
        painter.setClipRect(r);
        paintGrid(painter, r);
        painter.restore();
    }
    if (const QRect r = exposed & axis; !r.isEmpty()) {
        painter.save();
        painter.setClipRect(r);
        paintAxis(painter, r);
        painter.restore();
    }
    if (const QRect r = exposed & header; !r.isEmpty()) {
        painter.save();
        painter.setClipRect(r);
        paintHeader(painter, r);
        painter.restore();
    }
    const QRect corner(0, 0, m_axisWidth, m_headerHeight);
    if (exposed.intersects(corner)) {
        // The ISO week number, as KOrganizer shows it.
        painter.fillRect(corner, pal.color(QPalette::Window));
        painter.setPen(mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.62));
        painter.drawText(corner.adjusted(0, m_padding, -m_padding, -m_padding), Qt::AlignRight | Qt::AlignBottom,
                         tr("W%1", "ISO week number").arg(QLocale().toString(m_firstDay.addDays(3).weekNumber())));
        painter.fillRect(QRect(0, m_headerHeight - 1, m_axisWidth, 1), lineColor(pal));
        painter.fillRect(QRect(m_axisWidth - 1, 0, 1, m_headerHeight), lineColor(pal));
    }
}

void WeekWidget::paintGrid(QPainter &painter, const QRect &rect) const
{
    const QPalette &pal = palette();
    const bool dark = StageColors::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Active, QPalette::Highlight);
    // Availability lighter than the rest of the day, in dark palettes too.
    const QColor available = dark ? mix(base, text, 0.06) : base;
    const QColor unavailable = dark ? base : mix(base, text, 0.05);
    const QDate today = m_now.isValid() ? m_now.toTimeZone(m_zone).date() : QDate();
    const int todayColumn = today.isValid() ? int(m_firstDay.daysTo(today)) : -1;

    // Days: availability light, the rest darker; today tinted. Opaque colours only: a translucent fill
    // of more than about a hundred lines goes through the raster engine's thread pool.
    for (int day = 0; day < 7; ++day) {
        const int left = columnLeft(day);
        const int right = columnLeft(day + 1);
        if (right <= rect.left() || left > rect.right())
            continue;
        const bool isToday = day == todayColumn;
        const QColor off = isToday ? mix(unavailable, highlight, 0.07) : unavailable;
        const QColor on = isToday ? mix(available, highlight, 0.06) : available;
        painter.fillRect(QRect(left, rect.top(), right - left, rect.height()), off);
        for (const TimeWindow &window : m_windows[day]) {
            const int top = yForMinute(minuteOfDay(window.start));
            const int bottom = yForMinute(minuteOfDay(window.end));
            painter.fillRect(QRect(left, top, right - left, bottom - top), on);
        }
    }

    // Hours and half hours, then the day separators.
    const QColor hourLine = mix(base, text, dark ? 0.16 : 0.12);
    const QColor halfHourLine = mix(base, text, dark ? 0.08 : 0.05);
    const int firstHour = std::max(0, int(std::floor(minuteAt(rect.top()) / 60)));
    const int lastHour = std::min(24, int(std::ceil(minuteAt(rect.bottom()) / 60)));
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        painter.fillRect(QRect(m_axisWidth, yForMinute(hour * 60), gridWidth(), 1), hourLine);
        if (hour < 24)
            painter.fillRect(QRect(m_axisWidth, yForMinute(hour * 60 + 30), gridWidth(), 1), halfHourLine);
    }
    const QColor dayLine = mix(base, text, dark ? 0.22 : 0.16);
    for (int day = 1; day < 7; ++day)
        painter.fillRect(QRect(columnLeft(day), rect.top(), 1, rect.height()), dayLine);

    // Busy time: hatched, full width, with its summary where it fits.
    const QColor busyFill = mix(unavailable, text, dark ? 0.1 : 0.07);
    const QColor busyHatch = mix(busyFill, text, 0.18);
    const QColor busyEdge = mix(base, text, 0.4);
    const QColor busyText = mix(busyFill, text, 0.72);
    const QFontMetrics fm(font());
    painter.setBrushOrigin(0, -verticalScrollBar()->value()); // the hatching moves with the content
    for (const Segment &segment : m_busySegments) {
        const QRect box(columnLeft(segment.day) + 1, yForMinute(segment.top),
                        columnLeft(segment.day + 1) - columnLeft(segment.day) - 1,
                        std::max(1, yForMinute(segment.bottom) - yForMinute(segment.top)));
        if (!box.intersects(rect))
            continue;
        painter.fillRect(box, busyFill);
        painter.fillRect(box, QBrush(busyHatch, Qt::BDiagPattern));
        painter.fillRect(QRect(box.left(), box.top(), 2, box.height()), busyEdge);
        const QString summary = m_busySummaries.value(segment.index);
        if (!summary.isEmpty() && box.height() >= m_lineHeight + 2) {
            const QRect textBox = box.adjusted(2 + m_padding, 1, -m_padding, 0);
            const QString elided = fm.elidedText(summary, Qt::ElideRight, textBox.width());
            const QRect label(textBox.left(), textBox.top(), fm.horizontalAdvance(elided), m_lineHeight);
            painter.fillRect(label.adjusted(-2, 0, 2, 0), busyFill); // readable over the hatching
            painter.setPen(busyText);
            painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, elided);
        }
    }
    painter.setBrushOrigin(0, 0);

    // Blocks; while one is dragged, it stays as a ghost where it is.
    const bool dragging = m_drag.mode != DragMode::None && m_drag.mode != DragMode::Pending;
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Segment &segment : m_blockSegments) {
        const QRect box = segmentRect(segment);
        if (!box.intersects(rect.adjusted(-3, -3, 3, 3)))
            continue;
        const bool ghost = dragging && segment.index == m_drag.block;
        if (ghost)
            painter.setOpacity(0.35);
        paintBlock(painter, QRectF(box), m_blocks.at(segment.index), m_labels.at(segment.index), segment.first,
                   segment.index == m_selected && !ghost);
        if (ghost)
            painter.setOpacity(1);
    }
    if (dragging)
        paintDragged(painter);

    // Now: a line across today's column with a dot at its start.
    if (todayColumn >= 0 && todayColumn < 7) {
        const QDateTime local = m_now.toTimeZone(m_zone);
        const int y = yForMinute(local.time().msecsSinceStartOfDay() / 60000.0);
        const int left = columnLeft(todayColumn);
        const QColor accent = todayColor(pal);
        painter.fillRect(QRect(left, y - 1, columnLeft(todayColumn + 1) - left, 2), accent);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawEllipse(QPointF(left + 1, y), 4, 4);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

// A block: tinted fill with a stripe in the stage's colour (Planned), full colour with a check mark
// (Done), a warning border and mark (Missed), faded and struck (Skipped); a pin mark for pinned
// blocks; the title, times and stage as far as the height allows; an outline when selected.
void WeekWidget::paintBlock(QPainter &painter, const QRectF &box, const StudyBlock &block, const Labels &labels,
                            bool first, bool selected) const
{
    const QPalette &pal = palette();
    const bool dark = StageColors::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const StageStyle style = m_stageStyles.value(block.stageKey);
    const QColor color = style.color.isValid() ? style.color : mix(base, text, 0.45);

    QColor fill = mix(base, color, dark ? 0.34 : 0.2);
    QColor stripe = color;
    QColor foreground = text;
    QColor border = mix(base, color, dark ? 0.6 : 0.5);
    double borderWidth = 1;
    bool struck = false;
    switch (block.status) {
    case StudyBlock::Status::Planned:
        break;
    case StudyBlock::Status::Done:
        fill = color;
        foreground = StageColors::textOn(color);
        border = color;
        break;
    case StudyBlock::Status::Missed:
        border = warningColor(pal);
        borderWidth = 2;
        break;
    case StudyBlock::Status::Skipped:
        fill = mix(base, color, dark ? 0.14 : 0.09);
        stripe = mix(base, color, 0.45);
        foreground = mix(base, text, 0.5);
        border = mix(base, color, 0.3);
        struck = true;
        break;
    }
    const QColor secondary = mix(fill, foreground, 0.75);

    const double radius = std::min(4.0, box.height() / 2);
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);
    painter.fillPath(path, fill);
    const double stripeWidth = block.status == StudyBlock::Status::Done ? 0 : std::min(3.0, box.width() / 4);
    if (stripeWidth > 0) {
        painter.save();
        painter.setClipRect(QRectF(box.left(), box.top(), stripeWidth, box.height()), Qt::IntersectClip);
        painter.fillPath(path, stripe);
        painter.restore();
    }
    painter.setPen(QPen(border, borderWidth));
    painter.setBrush(Qt::NoBrush);
    const double inset = borderWidth / 2;
    painter.drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), radius, radius);

    if (selected) {
        const QColor highlight = pal.color(QPalette::Active, QPalette::Highlight);
        painter.setPen(QPen(hasFocus() ? highlight : mix(base, highlight, 0.6), 2));
        painter.drawRoundedRect(box.adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1.5, radius + 1.5);
    }

    // Marks at the top right: pin, then check or warning.
    const QRectF inner = box.adjusted(stripeWidth + m_padding, 1, -m_padding, -1);
    const double mark = std::min(double(m_lineHeight) - 4, 12.0);
    double marksWidth = 0;
    if (first && inner.height() >= mark && inner.width() >= 3 * mark) {
        double x = inner.right() - mark;
        const double y = inner.top() + (m_lineHeight - mark) / 2;
        if (block.status == StudyBlock::Status::Done) {
            QPainterPath check;
            check.moveTo(x + 0.12 * mark, y + 0.55 * mark);
            check.lineTo(x + 0.4 * mark, y + 0.82 * mark);
            check.lineTo(x + 0.9 * mark, y + 0.2 * mark);
            painter.setPen(QPen(foreground, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(check);
            x -= mark + 2;
        } else if (block.status == StudyBlock::Status::Missed) {
            const QPointF triangle[] = {{x + mark / 2, y}, {x + mark, y + mark}, {x, y + mark}};
            painter.setPen(Qt::NoPen);
            painter.setBrush(warningColor(pal));
            painter.drawPolygon(triangle, 3);
            painter.setPen(QPen(base, 1.5));
            painter.drawLine(QPointF(x + mark / 2, y + 0.35 * mark), QPointF(x + mark / 2, y + 0.65 * mark));
            painter.drawPoint(QPointF(x + mark / 2, y + 0.83 * mark));
            x -= mark + 2;
        }
        if (block.pinned) {
            // A push pin, leaning: round head, short needle.
            painter.setPen(QPen(foreground, 1.5, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x + 0.15 * mark, y + 0.95 * mark), QPointF(x + 0.5 * mark, y + 0.55 * mark));
            painter.setPen(Qt::NoPen);
            painter.setBrush(foreground);
            painter.drawEllipse(QPointF(x + 0.62 * mark, y + 0.38 * mark), 0.3 * mark, 0.3 * mark);
            x -= mark + 2;
        }
        marksWidth = inner.right() - mark - x;
        painter.setBrush(Qt::NoBrush);
    }

    // Text, as many lines as fit: title (bold), times, stage (when the title is the item's).
    const QFontMetrics fm(font());
    const QFontMetrics boldFm(m_boldFont);
    const int lines = int(inner.height()) / m_lineHeight;
    if (inner.height() < m_lineHeight * 0.7 || inner.width() < 8)
        return;
    const QString title = blockTitle(block);
    const auto drawLine = [&](int line, const QString &label, const QFont &lineFont, const QColor &ink,
                              double reserved) {
        QFont f = lineFont;
        if (struck)
            f.setStrikeOut(true);
        const QFontMetrics metrics(f);
        painter.setFont(f);
        painter.setPen(ink);
        const QRectF row(inner.left(), inner.top() + line * m_lineHeight, inner.width() - reserved, m_lineHeight);
        painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                         metrics.elidedText(label, Qt::ElideRight, int(row.width())));
    };
    if (!first) {
        drawLine(0, title, m_boldFont, foreground, 0);
    } else if (lines >= 2) {
        drawLine(0, title, m_boldFont, foreground, marksWidth);
        // A narrow column shows the start rather than half a range.
        drawLine(1, fm.horizontalAdvance(labels.times) <= inner.width() ? labels.times : labels.start, font(),
                 secondary, 0);
        const QString stage = style.title.isEmpty() ? block.stageKey : style.title;
        if (lines >= 3 && stage != title)
            drawLine(2, stage, font(), secondary, 0);
    } else {
        // One line: the start and the title, or the title alone where both do not fit.
        const QString line = tr("%1 %2", "block start time, title").arg(labels.start, title);
        drawLine(0, fm.horizontalAdvance(line) <= inner.width() - marksWidth ? line : title, font(), foreground,
                 marksWidth);
    }
    painter.setFont(font());
}

// The provisional block of a drag: as it would look, or marked where it would go against the rules.
void WeekWidget::paintDragged(QPainter &painter) const
{
    StudyBlock block = m_blocks.at(m_drag.block);
    block.start = m_drag.start;
    block.end = m_drag.end;
    const double from = wallMinutes(block.start);
    double to = wallMinutes(block.end);
    if (to <= from)
        to = from + double(block.start.secsTo(block.end)) / 60;
    const QPalette &pal = palette();
    const bool refusedHere = m_drag.placement == Placement::OverlapsBusy || m_drag.placement == Placement::OverlapsBlock
                             || m_drag.placement == Placement::OutsideWeek;
    const int day = int(std::floor(from / MinutesPerDay));
    Segment segment;
    segment.index = m_drag.block;
    segment.day = std::clamp(day, 0, 6);
    segment.top = from - double(day) * MinutesPerDay;
    segment.bottom = std::min(to - double(day) * MinutesPerDay, double(MinutesPerDay));
    const QRectF box = segmentRect(segment);

    if (!refusedHere) {
        paintBlock(painter, box, block, labelsFor(block, QLocale()), true, true);
    } else {
        const QColor accent = todayColor(pal);
        QPainterPath path;
        path.addRoundedRect(box, 4, 4);
        painter.fillPath(path, mix(pal.color(QPalette::Base), accent, 0.16));
    }
    if (m_drag.placement == Placement::Ok)
        return;
    // Dashed border, and why in the block where there is room.
    const QColor accent = refusedHere ? todayColor(pal) : warningColor(pal);
    painter.setPen(QPen(accent, 2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4);
    const QRectF inner = box.adjusted(m_padding + 3, 1, -m_padding, -1);
    if (inner.height() < m_lineHeight * 0.7)
        return;
    // Why, in short (the tooltip and refused() have the sentence); when refused, with the times under it.
    QString why;
    switch (m_drag.placement) {
    case Placement::Ok:
        break;
    case Placement::OutsideAvailability:
        why = tr("Outside your availability");
        break;
    case Placement::OverlapsBusy:
        why = tr("Busy time");
        break;
    case Placement::OverlapsBlock:
        why = tr("Overlaps a block");
        break;
    case Placement::OutsideWeek:
        why = tr("Outside the week");
        break;
    }
    const int lines = std::max(1, int(inner.height()) / m_lineHeight);
    const QFontMetrics boldFm(m_boldFont);
    const int line = refusedHere ? 0 : std::min(lines - 1, 2);
    const QRectF row(inner.left(), inner.top() + line * m_lineHeight, inner.width(), m_lineHeight);
    if (!refusedHere)
        painter.fillRect(row, mix(pal.color(QPalette::Base), accent, 0.12));
    painter.setFont(m_boldFont);
    painter.setPen(refusedHere ? pal.color(QPalette::Text) : accent);
    painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                     boldFm.elidedText(why, Qt::ElideRight, int(row.width())));
    painter.setFont(font());
    if (refusedHere && lines >= 2) {
        painter.setPen(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.75));
        painter.drawText(row.translated(0, m_lineHeight), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                         fontMetrics().elidedText(timeRange(block.start, block.end), Qt::ElideRight, int(row.width())));
    }
}

void WeekWidget::paintHeader(QPainter &painter, const QRect &rect) const
{
    const QPalette &pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor windowText = pal.color(QPalette::WindowText);
    const QColor secondary = mix(window, windowText, 0.62);
    const QColor tick = mix(window, windowText, 0.22);
    const QLocale locale;
    const QDate today = m_now.isValid() ? m_now.toTimeZone(m_zone).date() : QDate();
    const QFontMetrics boldFm(m_boldFont);

    painter.fillRect(rect, window);
    for (int day = 0; day < 7; ++day) {
        const int left = columnLeft(day);
        const int right = columnLeft(day + 1);
        if (day > 0)
            painter.fillRect(QRect(left, m_headerHeight - m_lineHeight, 1, m_lineHeight), tick);
        const QDate date = m_firstDay.addDays(day);
        const QRect nameRow(left, m_padding, right - left, m_lineHeight);
        const QRect dateRow(left, m_padding * 2 + m_lineHeight, right - left, m_lineHeight);
        painter.setPen(secondary);
        painter.setFont(font());
        const QString name = locale.standaloneDayName(date.dayOfWeek(), QLocale::LongFormat);
        const QString shortName = locale.standaloneDayName(date.dayOfWeek(), QLocale::ShortFormat);
        painter.drawText(nameRow, Qt::AlignHCenter | Qt::AlignVCenter,
                         fontMetrics().horizontalAdvance(name) + 2 * m_padding <= nameRow.width() ? name : shortName);
        const QString label = locale.toString(date, m_dayMonthFormat);
        painter.setFont(m_boldFont);
        if (date == today) {
            // Today's date on a pill in the accent colour, as the timeline's "Today".
            const int width = boldFm.horizontalAdvance(label) + 4 * m_padding;
            const QRectF pill((left + right - width) / 2.0, dateRow.top() - m_padding / 2.0, width,
                              m_lineHeight + m_padding);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(todayColor(pal));
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.setPen(pal.color(QPalette::Base));
        } else {
            painter.setPen(windowText);
        }
        painter.drawText(dateRow, Qt::AlignHCenter | Qt::AlignVCenter, label);
    }
    painter.setFont(font());
    painter.fillRect(QRect(m_axisWidth, m_headerHeight - 1, gridWidth(), 1), lineColor(pal));
}

void WeekWidget::paintAxis(QPainter &painter, const QRect &rect) const
{
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    painter.fillRect(rect, base);
    painter.setPen(mix(base, pal.color(QPalette::Text), 0.62));
    const int firstHour = std::max(1, int(std::floor(minuteAt(rect.top() - m_lineHeight) / 60)));
    const int lastHour = std::min(23, int(std::ceil(minuteAt(rect.bottom() + m_lineHeight) / 60)));
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        const int y = yForMinute(hour * 60);
        painter.drawText(QRect(0, y - m_lineHeight / 2, m_axisWidth - 2 * m_padding, m_lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter, m_hourLabels.at(hour));
    }
    painter.fillRect(QRect(m_axisWidth - 1, rect.top(), 1, rect.height()), lineColor(pal));
}

// -- events -------------------------------------------------------------------------------------------

void WeekWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void WeekWidget::scrollContentsBy(int, int)
{
    if (!m_scrolling)
        m_userScrolled = true;
    if (m_drag.mode != DragMode::None && m_drag.mode != DragMode::Pending)
        updateDrag();     // the wheel or the auto-scroll moved the grid under the pointer
    viewport()->update(); // the header and the axis do not scroll with the grid
}

void WeekWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    event->accept();
    setFocus(Qt::MouseFocusReason);
    if (m_drag.mode != DragMode::None)
        return;
    const QPoint pos = event->position().toPoint();
    DragMode edge = DragMode::None;
    const int index = blockAt(pos, &edge);
    if (pos.y() >= m_headerHeight && pos.x() >= m_axisWidth)
        setSelection(index, false);
    if (index >= 0 && edge != DragMode::None) {
        m_drag.mode = DragMode::Pending;
        m_drag.intent = edge;
        m_drag.block = index;
        m_drag.pressPos = pos;
        m_drag.pos = pos;
        m_drag.pressScroll = verticalScrollBar()->value();
    }
}

void WeekWidget::mouseMoveEvent(QMouseEvent *event)
{
    event->accept();
    const QPoint pos = event->position().toPoint();
    if (m_drag.mode == DragMode::None) {
        DragMode edge = DragMode::None;
        const bool onEdge = event->buttons() == Qt::NoButton && blockAt(pos, &edge) >= 0
                            && (edge == DragMode::ResizeTop || edge == DragMode::ResizeBottom);
        if (onEdge)
            viewport()->setCursor(Qt::SizeVerCursor);
        else
            viewport()->unsetCursor();
        return;
    }
    if (!(event->buttons() & Qt::LeftButton)) { // the release went elsewhere
        cancelDrag();
        return;
    }
    m_drag.pos = pos;
    if (m_drag.mode == DragMode::Pending) {
        if ((pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.mode = m_drag.intent;
    }
    updateDrag();

    // Near the top or bottom edge the grid scrolls, so that a block can go anywhere in the day.
    const int margin = m_hourHeight / 2;
    const int step = std::max(2, m_hourHeight / 8);
    m_autoScrollStep = pos.y() < m_headerHeight + margin ? -step : pos.y() > viewport()->height() - margin ? step : 0;
    if (m_autoScrollStep == 0)
        m_autoScrollTimer.stop();
    else if (!m_autoScrollTimer.isActive())
        m_autoScrollTimer.start();
}

void WeekWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    if (m_drag.mode == DragMode::None)
        return;
    if (m_drag.mode == DragMode::Pending) {
        m_drag = Drag();
        return;
    }
    m_drag.pos = event->position().toPoint();
    updateDrag();
    const int index = m_drag.block;
    const QDateTime start = m_drag.start;
    const QDateTime end = m_drag.end;
    cancelDrag();
    requestMove(index, start, end);
}

void WeekWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    const QPoint pos = event->position().toPoint();
    if (pos.x() < m_axisWidth || pos.y() < m_headerHeight)
        return;
    cancelDrag();
    if (const int index = blockAt(pos); index >= 0) {
        setSelection(index, false);
        Q_EMIT activated(m_blocks.at(index).id);
        return;
    }
    const int minute = std::clamp(int(std::floor(minuteAt(pos.y()) / Snap)) * Snap, 0, MinutesPerDay - NewBlockMinutes);
    const QDateTime start = wallClock(dayAt(pos.x()), minute);
    Q_EMIT createRequested(start, start.addSecs(NewBlockMinutes * 60));
}

void WeekWidget::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers =
        event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = event->key();
    const bool arrow = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right;
    const QString id = selectedBlockId();

    if (key == Qt::Key_Escape && m_drag.mode != DragMode::None) {
        cancelDrag();
    } else if (m_drag.mode != DragMode::None && m_drag.mode != DragMode::Pending) {
        // No keyboard edits in the middle of a drag.
    } else if (arrow && modifiers == Qt::ControlModifier) {
        if (m_selected >= 0) {
            const StudyBlock &block = m_blocks.at(m_selected);
            const qint64 length = block.start.secsTo(block.end);
            QDateTime start;
            if (key == Qt::Key_Up || key == Qt::Key_Down) {
                start = block.start.addSecs(key == Qt::Key_Up ? -Snap * 60 : Snap * 60);
            } else {
                // The same wall-clock time on the day before or after.
                const QDateTime local = block.start.toTimeZone(m_zone);
                start = wallInstant(local.date().addDays(key == Qt::Key_Left ? -1 : 1), local.time(), m_zone);
            }
            requestMove(m_selected, start, start.addSecs(length));
        }
    } else if ((key == Qt::Key_Up || key == Qt::Key_Down) && modifiers == Qt::ShiftModifier) {
        if (m_selected >= 0) {
            const StudyBlock &block = m_blocks.at(m_selected);
            const QDateTime end = block.end.addSecs(key == Qt::Key_Up ? -Snap * 60 : Snap * 60);
            if (block.start.secsTo(end) >= Snap * 60)
                requestMove(m_selected, block.start, end);
        }
    } else if (arrow && modifiers == Qt::NoModifier) {
        selectStep(key == Qt::Key_Up || key == Qt::Key_Left ? -1 : 1);
    } else if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !id.isEmpty()) {
        Q_EMIT activated(id);
    } else if (key == Qt::Key_Delete && !id.isEmpty()) {
        Q_EMIT deleteRequested(id);
    } else if (key == Qt::Key_Space && modifiers == Qt::NoModifier && !id.isEmpty()) {
        Q_EMIT toggleDoneRequested(id);
    } else if ((key == Qt::Key_Menu || (key == Qt::Key_F10 && modifiers == Qt::ShiftModifier)) && !id.isEmpty()) {
        ensureVisible(m_selected);
        const QRect rect = blockRect(id);
        const QPoint at =
            rect.isNull() ? viewport()->rect().center() : rect.topLeft() + QPoint(m_padding, m_lineHeight);
        Q_EMIT contextMenuRequested(id, viewport()->mapToGlobal(at));
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void WeekWidget::contextMenuEvent(QContextMenuEvent *event)
{
    // The keyboard's menu requests come through keyPressEvent() (some platforms send both).
    if (event->reason() != QContextMenuEvent::Mouse) {
        event->accept();
        return;
    }
    const int index = blockAt(event->pos());
    if (index < 0) {
        event->ignore();
        return;
    }
    event->accept();
    cancelDrag();
    setSelection(index, false);
    Q_EMIT contextMenuRequested(m_blocks.at(index).id, event->globalPos());
}

bool WeekWidget::focusNextPrevChild(bool next)
{
    if (!m_order.isEmpty()) {
        const qsizetype at = m_order.indexOf(m_selected);
        const bool inside = at < 0 || (next ? at + 1 < m_order.size() : at > 0);
        if (inside) {
            selectStep(next ? 1 : -1);
            return true;
        }
    }
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void WeekWidget::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update(); // the selection's outline
}

void WeekWidget::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool WeekWidget::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QPoint pos = help->pos();
    if (m_drag.mode == DragMode::None || m_drag.mode == DragMode::Pending) {
        if (const int index = blockAt(pos); index >= 0) {
            QToolTip::showText(help->globalPos(), blockToolTip(m_blocks.at(index)), viewport(),
                               blockRect(m_blocks.at(index).id));
            return true;
        }
        if (const int index = busyAt(pos); index >= 0) {
            const BusyInterval &busy = m_busy.at(index);
            const QString summary = m_busySummaries.value(index);
            const QString range = timeRange(busy.start, busy.end);
            QToolTip::showText(help->globalPos(),
                               summary.isEmpty() ? tr("Busy: %1").arg(range)
                                                 : tr("Busy: %1\n%2", "busy: summary, time range").arg(summary, range),
                               viewport());
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void WeekWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
    case QEvent::StyleChange:
        updateMetrics();
        relayout();
        updateScrollBars();
        viewport()->update();
        break;
    case QEvent::PaletteChange:
        viewport()->update();
        break;
    default:
        break;
    }
    QAbstractScrollArea::changeEvent(event);
}
