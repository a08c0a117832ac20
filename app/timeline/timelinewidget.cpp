// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinewidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
constexpr double ZoomStep = 1.4142135623730951; // zoomIn()/zoomOut(), Ctrl+plus/minus
constexpr double WheelZoomStep = 1.25;          // one wheel notch (120 eighths of a degree)
constexpr double WeekTicksFrom = 6;             // pixels per day from which the axis shows weeks
constexpr double DayTicksFrom = 16;
constexpr int HandleHalfWidth = 4; // the grip at a bar's end, each side of the end
constexpr int RowTopPadding = 4;
constexpr int FadeWidth = 72; // the fading end of an open-ended bar

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// The palette's Mid where it stands out from Base (in many dark palettes it does not).
QColor lineColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor mid = palette.color(QPalette::Mid);
    return std::abs(mid.lightness() - base.lightness()) >= 48 ? mid : mix(base, palette.color(QPalette::Text), 0.35);
}

// Two colours the palette has no role for, chosen per light or dark base so they keep their contrast.
QColor todayColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x81) : QColor(0xc6, 0x28, 0x45);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb3, 0x47) : QColor(0xc2, 0x6a, 0x00);
}

// QLocale has no year-and-month pattern: derive one from the long date format by dropping the day
// and weekday fields with the literal text that follows each ("yyyy年M月d日dddd" -> "yyyy年M月",
// "dddd, MMMM d, yyyy" -> "MMMM yyyy"), then shorten the month name.
QString yearMonthFormat(const QLocale &locale)
{
    struct Token {
        QString text;
        QChar field; // null for literal text
    };
    const QString format = locale.dateFormat(QLocale::LongFormat);
    QList<Token> tokens;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        qsizetype j = i + 1;
        if (c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) {
            while (j < format.size() && format.at(j) == c)
                ++j;
            tokens.append({format.mid(i, j - i), c});
        } else {
            if (c == QLatin1Char('\'')) {
                while (j < format.size() && format.at(j) != QLatin1Char('\''))
                    ++j;
                j = std::min(j + 1, format.size());
            }
            if (!tokens.isEmpty() && tokens.constLast().field.isNull())
                tokens.last().text += format.mid(i, j - i);
            else
                tokens.append({format.mid(i, j - i), QChar()});
        }
        i = j;
    }
    // Spaces and punctuation only: a separator, not a word such as 月 or 'de'.
    const auto separator = [](const Token &token) {
        return token.field.isNull() && std::all_of(token.text.cbegin(), token.text.cend(), [](QChar c) {
                   return c != QLatin1Char('\'') && (c.isSpace() || c.isPunct());
               });
    };
    QList<Token> kept;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).field == QLatin1Char('d')) {
            if (i + 1 < tokens.size() && tokens.at(i + 1).field.isNull())
                ++i;
            else if (!kept.isEmpty() && separator(kept.constLast()))
                kept.removeLast();
            continue;
        }
        kept.append(tokens.at(i));
    }
    while (!kept.isEmpty() && separator(kept.constFirst()))
        kept.removeFirst();
    while (!kept.isEmpty() && separator(kept.constLast()))
        kept.removeLast();
    QString result;
    bool month = false;
    bool year = false;
    for (const Token &token : std::as_const(kept)) {
        month = month || token.field == QLatin1Char('M');
        year = year || token.field == QLatin1Char('y');
        result += token.field == QLatin1Char('M') && token.text.size() > 3 ? QStringLiteral("MMM") : token.text;
    }
    return month && year ? result.trimmed() : QStringLiteral("MMM yyyy");
}

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

// A label that stays visible at the left edge while its period is on screen, pushed away by the next.
int stickyLabelX(int periodX, int nextPeriodX, int labelWidth, int left, int padding)
{
    int x = std::max(periodX, left) + padding;
    if (periodX < left)
        x = std::min(x, nextPeriodX - labelWidth - padding);
    return x;
}
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QAbstractScrollArea(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    horizontalScrollBar()->setSingleStep(24);
    updateMetrics();
    updateRange();
}

void TimelineWidget::setRows(const QList<Row> &rows)
{
    m_dragRow = -1; // the owner recomputed: row indices may mean other stages now
    m_hoverHandleRow = -1;
    m_rows = rows;
    updateMetrics();
    updateRange();
    if (m_currentRow >= m_rows.size()) {
        m_currentRow = int(m_rows.size()) - 1;
        Q_EMIT currentRowChanged(m_currentRow);
    }
    viewport()->update();
}

void TimelineWidget::setPauses(const QList<Pause> &pauses)
{
    m_pauses = pauses;
    updateRange();
    viewport()->update();
}

void TimelineWidget::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    updateRange();
    viewport()->update();
}

void TimelineWidget::setPixelsPerDay(double pixelsPerDay)
{
    m_fitMode = false;
    zoomAround(pixelsPerDay, m_titleWidth + chartWidth() / 2);
}

void TimelineWidget::setCurrentRow(int row)
{
    row = std::clamp(row, -1, int(m_rows.size()) - 1);
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    if (row >= 0) {
        QScrollBar *bar = verticalScrollBar();
        const int top = row * m_rowHeight;
        const int visible = viewport()->height() - m_headerHeight - RowTopPadding;
        if (top < bar->value())
            bar->setValue(top);
        else if (top + m_rowHeight > bar->value() + visible)
            bar->setValue(top + m_rowHeight - visible);
    }
    viewport()->update();
    Q_EMIT currentRowChanged(row);
}

QRect TimelineWidget::barRect(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).start.isValid())
        return {};
    const Row &r = m_rows.at(row);
    const int left = xForDate(r.start);
    const int right = r.end ? xForDate(*r.end) : openEndX();
    return {left, rowTop(row) + (m_rowHeight - m_barHeight) / 2, std::max(1, right - left), m_barHeight};
}

// Day n of the range covers the viewport pixels [ceil(n * ppd), ceil((n + 1) * ppd)) before
// scrolling, so dateAt() and xForDate() partition the axis exactly at every zoom; the epsilons only
// absorb floating-point noise.
QDate TimelineWidget::dateAt(int viewportX) const
{
    const double days = (viewportX - m_titleWidth + horizontalScrollBar()->value()) / m_pixelsPerDay;
    return m_first.addDays(qint64(std::floor(days + 1e-7)));
}

int TimelineWidget::xForDate(const QDate &date) const
{
    if (!date.isValid())
        return m_titleWidth;
    return m_titleWidth + contentX(m_first.daysTo(date)) - horizontalScrollBar()->value();
}

QSize TimelineWidget::sizeHint() const
{
    const int frame = 2 * frameWidth();
    const int height = m_headerHeight + RowTopPadding + int(std::max<qsizetype>(m_rows.size(), 3)) * m_rowHeight
                       + m_rowHeight / 2 + horizontalScrollBar()->sizeHint().height();
    return {std::max(640, m_titleWidth + 560) + frame, height + frame};
}

void TimelineWidget::zoomIn()
{
    m_fitMode = false;
    zoomAround(m_pixelsPerDay * ZoomStep, m_titleWidth + chartWidth() / 2);
}

void TimelineWidget::zoomOut()
{
    m_fitMode = false;
    zoomAround(m_pixelsPerDay / ZoomStep, m_titleWidth + chartWidth() / 2);
}

void TimelineWidget::zoomToFit()
{
    // Fitting sticks until the next explicit zoom: a resize or new rows fit again.
    m_fitMode = true;
    const qint64 days = std::max<qint64>(1, m_first.daysTo(m_last));
    const double fit = std::clamp(double(chartWidth()) / double(days), MinPixelsPerDay, MaxPixelsPerDay);
    const bool changed = !qFuzzyCompare(fit, m_pixelsPerDay);
    m_pixelsPerDay = fit;
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    if (changed)
        Q_EMIT zoomChanged(m_pixelsPerDay);
}

void TimelineWidget::scrollToDate(const QDate &date)
{
    if (!date.isValid())
        return;
    horizontalScrollBar()->setValue(contentX(m_first.daysTo(date)) - chartWidth() / 2);
}

void TimelineWidget::zoomAround(double pixelsPerDay, int viewportX)
{
    pixelsPerDay = std::clamp(pixelsPerDay, MinPixelsPerDay, MaxPixelsPerDay);
    if (qFuzzyCompare(pixelsPerDay, m_pixelsPerDay))
        return;
    // Keep the (fractional) day under viewportX where it is.
    const int offset = viewportX - m_titleWidth;
    const double anchor = (offset + horizontalScrollBar()->value()) / m_pixelsPerDay;
    m_pixelsPerDay = pixelsPerDay;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(anchor * m_pixelsPerDay)) - offset);
    viewport()->update();
    Q_EMIT zoomChanged(m_pixelsPerDay);
}

void TimelineWidget::updateScrollBars()
{
    const int contentWidth = contentX(std::max<qint64>(1, m_first.daysTo(m_last)));
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, contentWidth - chartWidth()));
    h->setPageStep(std::max(1, chartWidth()));

    const int contentHeight = RowTopPadding + int(m_rows.size()) * m_rowHeight + m_rowHeight / 2;
    const int visible = viewport()->height() - m_headerHeight;
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, std::max(0, contentHeight - visible));
    v->setPageStep(std::max(1, visible));
    v->setSingleStep(std::max(1, m_rowHeight / 2));
}

void TimelineWidget::updateMetrics()
{
    const QFontMetrics fm(font());
    const QLocale locale;
    m_lineHeight = fm.height();
    m_padding = std::max(3, fm.averageCharWidth() / 2 + 1);
    m_headerHeight = 2 * m_lineHeight + 2 * m_padding;
    m_rowHeight = int(std::lround(2.2 * m_lineHeight));
    m_barHeight = std::max(8, int(std::lround(m_rowHeight * 0.38)));
    m_barHeight += (m_rowHeight - m_barHeight) % 2; // centred on whole pixels
    m_bandHeight = std::max(m_barHeight + 6, int(std::lround(m_rowHeight * 0.66)));
    m_bandHeight += (m_rowHeight - m_bandHeight) % 2;

    m_maxMonthWidth = 0;
    for (int month = 1; month <= 12; ++month) {
        m_monthNames[month - 1] = locale.standaloneMonthName(month, QLocale::ShortFormat);
        m_maxMonthWidth = std::max(m_maxMonthWidth, fm.horizontalAdvance(m_monthNames[month - 1]));
    }
    m_yearMonthFormat = yearMonthFormat(locale);
    m_dayNumberWidth = fm.horizontalAdvance(locale.toString(28));

    int widest = 0;
    for (const Row &row : std::as_const(m_rows))
        widest = std::max(widest, fm.horizontalAdvance(row.title));
    const int minimum = 8 * fm.averageCharWidth();
    const int maximum = std::max(minimum, viewport()->width() * 2 / 5);
    m_titleWidth = std::clamp(widest + 4 * m_padding, minimum, maximum);
}

void TimelineWidget::updateRange()
{
    // The dates the rows and pauses span, with room around them, from the first of a month.
    QDate from;
    QDate to;
    const auto include = [&](const QDate &date) {
        if (!date.isValid())
            return;
        if (!from.isValid() || date < from)
            from = date;
        if (!to.isValid() || date > to)
            to = date;
    };
    for (const Row &row : std::as_const(m_rows)) {
        include(row.start);
        include(row.end.value_or(row.start.addMonths(6)));
        include(row.guideEarliestEnd);
        include(row.guideLatestEnd.value_or(row.guideEarliestEnd.addMonths(3)));
        if (row.forecastEnd)
            include(*row.forecastEnd);
    }
    for (const Pause &pause : std::as_const(m_pauses)) {
        include(pause.first);
        include(pause.last.addDays(1));
    }
    if (!from.isValid()) {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        from = today.addMonths(-1);
        to = today.addMonths(11);
    } else {
        include(m_today);
    }
    const QDate first = firstOfMonth(from.addDays(-10));
    const QDate last = firstOfMonth(to.addDays(10)).addMonths(1);

    const QDate oldFirst = m_first;
    const int oldScroll = horizontalScrollBar()->value();
    const bool hadContent = m_hasContent;
    m_hasContent = !m_rows.isEmpty() || !m_pauses.isEmpty();
    m_first = first;
    m_last = last;
    if (m_fitMode) {
        zoomToFit();
        return;
    }
    updateScrollBars();
    if (!hadContent) // a new plan: from its beginning
        horizontalScrollBar()->setValue(0);
    else if (oldFirst != first) // the same plan, edited: the dates on screen stay where they are
        horizontalScrollBar()->setValue(oldScroll + contentX(first.daysTo(oldFirst)));
}

QDate TimelineWidget::firstDate() const
{
    return m_first;
}

QDate TimelineWidget::lastDate() const
{
    return m_last;
}

int TimelineWidget::contentX(qint64 days) const
{
    return int(std::ceil(double(days) * m_pixelsPerDay - 1e-9));
}

int TimelineWidget::chartWidth() const
{
    return std::max(0, viewport()->width() - m_titleWidth);
}

int TimelineWidget::rowTop(int row) const
{
    return m_headerHeight + RowTopPadding + row * m_rowHeight - verticalScrollBar()->value();
}

int TimelineWidget::rowAt(int viewportY) const
{
    if (viewportY < m_headerHeight)
        return -1;
    const int offset = viewportY - rowTop(0);
    if (offset < 0)
        return -1;
    const int row = offset / m_rowHeight;
    return row < m_rows.size() ? row : -1;
}

int TimelineWidget::openEndX() const
{
    return std::max(xForDate(m_last), viewport()->width());
}

QRect TimelineWidget::handleRect(int row) const
{
    const QRect bar = barRect(row);
    const int end = bar.left() + bar.width();
    return {end - HandleHalfWidth, bar.top() - 2, 2 * HandleHalfWidth, bar.height() + 4};
}

int TimelineWidget::handleAt(const QPoint &pos) const
{
    if (pos.x() < m_titleWidth)
        return -1;
    const int row = rowAt(pos.y());
    if (row < 0 || !m_rows.at(row).draggable || !m_rows.at(row).end)
        return -1;
    return handleRect(row).contains(pos) ? row : -1;
}

QDate TimelineWidget::draggedEnd() const
{
    const Row &row = m_rows.at(m_dragRow);
    const QDate end = row.end->addDays(std::lround((m_dragX - m_pressX) / m_pixelsPerDay));
    return std::max(end, row.start.addDays(1));
}

void TimelineWidget::cancelDrag()
{
    if (m_dragRow < 0)
        return;
    m_dragRow = -1;
    viewport()->unsetCursor();
    viewport()->update();
}

// -- painting ---------------------------------------------------------------------------------------

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect exposed = event->rect();
    const QPalette &pal = palette();
    painter.fillRect(exposed, pal.color(QPalette::Base));

    const QRect chart(m_titleWidth, m_headerHeight, chartWidth(), viewport()->height() - m_headerHeight);
    const QRect header(m_titleWidth, 0, chartWidth(), m_headerHeight);
    const QRect titles(0, m_headerHeight, m_titleWidth, viewport()->height() - m_headerHeight);

    // Only the dates on screen: never a loop over the whole plan.
    const QDate from = dateAt(std::max(exposed.left(), m_titleWidth)).addDays(-1);
    const QDate to = dateAt(exposed.right()).addDays(1);

    if (const QRect r = exposed & chart; !r.isEmpty()) {
        painter.save();
        painter.setClipRect(r);
        paintChart(painter, r, from, to);
        painter.restore();
    }
    if (const QRect r = exposed & header; !r.isEmpty()) {
        painter.save();
        painter.setClipRect(r);
        paintHeader(painter, from, to);
        painter.restore();
    }
    if (const QRect r = exposed & titles; !r.isEmpty()) {
        painter.save();
        painter.setClipRect(r);
        paintTitles(painter, r);
        painter.restore();
    }
    const QRect corner(0, 0, m_titleWidth, m_headerHeight);
    if (exposed.intersects(corner)) {
        painter.fillRect(corner, pal.color(QPalette::Window));
        painter.fillRect(QRect(0, m_headerHeight - 1, m_titleWidth, 1), lineColor(pal));
        painter.fillRect(QRect(m_titleWidth - 1, 0, 1, m_headerHeight), lineColor(pal));
    }
}

void TimelineWidget::paintChart(QPainter &painter, const QRect &rect, const QDate &from, const QDate &to) const
{
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Active, QPalette::Highlight);
    const int top = m_headerHeight;
    const int bottom = viewport()->height();

    const int firstRow = std::max(0, rowAt(std::max(rect.top(), rowTop(0))));
    int lastRow = rowAt(rect.bottom());
    if (lastRow < 0)
        lastRow = int(m_rows.size()) - 1;

    if (m_currentRow >= 0) {
        const QRect band(rect.left(), rowTop(m_currentRow), rect.width(), m_rowHeight);
        painter.fillRect(band, mix(base, highlight, hasFocus() ? 0.14 : 0.08));
    }

    // Grid: months, the first of a year stronger, weeks faintly when zoomed in.
    const QColor weekLine = mix(base, text, 0.05);
    const QColor monthLine = mix(base, text, 0.11);
    const QColor yearLine = mix(base, text, 0.3);
    if (m_pixelsPerDay >= WeekTicksFrom) {
        for (QDate d = from.addDays(1 - from.dayOfWeek()); d <= to; d = d.addDays(7))
            painter.fillRect(QRect(xForDate(d), top, 1, bottom - top), weekLine);
    }
    for (QDate m = firstOfMonth(from); m <= to; m = m.addMonths(1))
        painter.fillRect(QRect(xForDate(m), top, 1, bottom - top), m.month() == 1 ? yearLine : monthLine);

    // Pauses: hatched across every row; the hatching moves with the content.
    const QColor mid = lineColor(pal);
    painter.setBrushOrigin(m_titleWidth - horizontalScrollBar()->value(), 0);
    for (const Pause &pause : m_pauses) {
        if (pause.last < from || pause.first > to)
            continue;
        const int left = xForDate(pause.first);
        const int right = std::max(left + 1, xForDate(pause.last.addDays(1)));
        // In slices: Qt's raster engine hands a translucent fill of more than about a hundred lines to
        // its thread pool, and on a busy machine the hand-off costs more than the fill.
        for (int y = std::max(top, rect.top()); y <= rect.bottom(); y += 64) {
            const int height = std::min(64, rect.bottom() + 1 - y);
            const QRect band(left, y, right - left, height);
            painter.fillRect(band, withAlpha(mid, 0.12));
            painter.fillRect(band, QBrush(mid, Qt::BDiagPattern));
            painter.fillRect(QRect(left, y, 1, height), withAlpha(mid, 0.6));
            painter.fillRect(QRect(right - 1, y, 1, height), withAlpha(mid, 0.6));
        }
    }
    painter.setBrushOrigin(0, 0); // it moves gradients too

    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = firstRow; i <= lastRow && i < m_rows.size(); ++i)
        paintRow(painter, i);
    painter.setRenderHint(QPainter::Antialiasing, false);

    if (m_today.isValid() && m_today >= from && m_today <= to) {
        const int x = xForDate(m_today) + std::max(0, contentX(1) / 2 - 1); // the middle of the day
        painter.fillRect(QRect(x, top, m_pixelsPerDay >= WeekTicksFrom ? 2 : 1, bottom - top), todayColor(pal));
    }
    if (m_dragRow >= 0) {
        const int x = xForDate(draggedEnd());
        QPen pen(text, 1, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(x, top, x, bottom);
    }
}

// A row, back to front: the guide's band, the planned bar, its progress, the forecast marker.
void TimelineWidget::paintRow(QPainter &painter, int index) const
{
    const Row &row = m_rows.at(index);
    if (!row.start.isValid())
        return;
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Active, QPalette::Highlight);
    const QColor highlightedText = pal.color(QPalette::Active, QPalette::HighlightedText);
    const int rowTopY = rowTop(index);

    // The guide's band, behind the bar and taller than it: from the planned start to the guide's
    // latest end lightly (the time the guide gives the stage), and the guide's earliest..latest end
    // more strongly, with edges (where the guide expects the stage to end). A bar ending before the
    // strong part is faster than the guide, after it slower.
    if (row.guideEarliestEnd.isValid()) {
        const int bandTop = rowTopY + (m_rowHeight - m_bandHeight) / 2;
        const int left = xForDate(row.start);
        const int earliest = xForDate(row.guideEarliestEnd);
        const int latest = row.guideLatestEnd ? xForDate(*row.guideLatestEnd) : openEndX();
        // Translucent, so that the grid, the pauses and the current row's tint show through.
        const bool dark = isDark(pal);
        painter.fillRect(QRect(left, bandTop, std::max(0, latest - left), m_bandHeight),
                         withAlpha(text, dark ? 0.12 : 0.08));
        if (latest > earliest) {
            const QColor strong = withAlpha(text, dark ? 0.22 : 0.16);
            const QColor edge = withAlpha(text, 0.5);
            const QRect window(earliest, bandTop, latest - earliest, m_bandHeight);
            if (row.guideLatestEnd) {
                painter.fillRect(window, strong);
                painter.fillRect(QRect(window.right(), bandTop, 1, m_bandHeight), edge);
            } else {
                QLinearGradient fade(window.left(), 0, window.right(), 0);
                fade.setColorAt(0, strong);
                fade.setColorAt(1, withAlpha(strong, 0));
                painter.fillRect(window, fade);
            }
            painter.fillRect(QRect(window.left(), bandTop, 1, m_bandHeight), edge);
        }
    }

    const bool dragging = index == m_dragRow;
    QRect bar = barRect(index);
    if (dragging) {
        // The planned bar stays as a ghost; the provisional one is drawn on top.
        QPainterPath ghost;
        ghost.addRoundedRect(QRectF(bar), 3, 3);
        painter.fillPath(ghost, withAlpha(highlight, 0.3));
        bar.setRight(xForDate(draggedEnd()) - 1);
    }
    QPainterPath path;
    path.addRoundedRect(QRectF(bar), 3, 3);
    if (row.progress && row.end && !dragging) {
        // The effort done in full colour, what remains paler (an open-ended bar has no length to
        // measure progress on).
        const double progress = std::clamp(*row.progress, 0.0, 1.0);
        const int done = int(std::lround(bar.width() * progress));
        painter.fillPath(path, mix(base, highlight, 0.45));
        painter.save();
        painter.setClipRect(QRect(bar.left(), bar.top(), done, bar.height()), Qt::IntersectClip);
        painter.fillPath(path, highlight);
        painter.restore();
    } else if (row.end || dragging) {
        painter.fillPath(path, highlight);
    } else {
        // Open-ended: the bar fades out towards the right edge.
        const int fade = std::min(FadeWidth, bar.width() / 2);
        QLinearGradient gradient(bar.right() + 1 - fade, 0, bar.right() + 1, 0);
        gradient.setColorAt(0, highlight);
        gradient.setColorAt(1, withAlpha(highlight, 0));
        painter.fillPath(path, gradient);
    }

    if (row.overBudget) {
        painter.setPen(QPen(warningColor(pal), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(bar).adjusted(-1, -1, 1, 1), 4, 4);
    }

    if (row.draggable && row.end && (dragging || index == m_currentRow || index == m_hoverHandleRow)) {
        // The grip: two short lines at the end of the bar.
        const int end = bar.right() + 1;
        const int gripTop = bar.top() + 3;
        const int gripHeight = std::max(2, bar.height() - 6);
        painter.fillRect(QRect(end - 6, gripTop, 1, gripHeight), withAlpha(highlightedText, 0.8));
        painter.fillRect(QRect(end - 4, gripTop, 1, gripHeight), withAlpha(highlightedText, 0.8));
    }

    if (row.forecastEnd && !dragging) {
        const double x = xForDate(*row.forecastEnd);
        const double y = bar.top() + bar.height() / 2.0;
        const double r = m_barHeight / 2.0 + 2;
        const QPointF diamond[] = {{x, y - r}, {x + r, y}, {x, y + r}, {x - r, y}};
        painter.setPen(QPen(base, 1.5));
        painter.setBrush(text);
        painter.drawPolygon(diamond, 4);
    }
}

void TimelineWidget::paintHeader(QPainter &painter, const QDate &from, const QDate &to) const
{
    const QPalette &pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor windowText = pal.color(QPalette::WindowText);
    const QColor secondary = mix(window, windowText, 0.62);
    const QColor tick = mix(window, windowText, 0.3);
    const QColor yearTick = mix(window, windowText, 0.6);
    const int left = m_titleWidth;
    const int lineTop = m_padding;
    const int line2Top = m_padding + m_lineHeight;
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const QLocale locale;

    painter.fillRect(QRect(left, 0, chartWidth(), m_headerHeight), window);
    const auto text = [&](int x, int y, const QString &label, const QColor &color) {
        painter.setPen(color);
        painter.drawText(QRect(x, y, 1000, m_lineHeight), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, label);
    };

    if (m_pixelsPerDay < WeekTicksFrom) {
        // Line 1: years; line 2: months, every k-th where they would overlap.
        const int spacing = 3 * m_padding;
        int every = 1;
        for (const int k : {1, 2, 3, 6, 12}) {
            every = k;
            if (k * 28 * m_pixelsPerDay >= m_maxMonthWidth + spacing)
                break;
        }
        for (QDate m = firstOfMonth(from); m <= to; m = m.addMonths(1)) {
            const int x = xForDate(m);
            const bool labelled = (m.month() - 1) % every == 0;
            if (m.month() == 1)
                painter.fillRect(QRect(x, 0, 1, m_headerHeight), yearTick);
            else if (labelled)
                painter.fillRect(QRect(x, line2Top, 1, m_headerHeight - line2Top), tick);
            else // short, under the labels
                painter.fillRect(QRect(x, m_headerHeight - m_padding, 1, m_padding), tick);
            if (labelled && x >= left) // no label cut by the title column
                text(x + m_padding, line2Top, m_monthNames[m.month() - 1], windowText);
        }
        painter.setFont(bold);
        for (int year = from.year(); year <= to.year(); ++year) {
            const QString label = locale.toString(QDate(year, 1, 1), QStringLiteral("yyyy"));
            const int x = stickyLabelX(xForDate(QDate(year, 1, 1)), xForDate(QDate(year + 1, 1, 1)),
                                       boldFm.horizontalAdvance(label), left, m_padding);
            text(x, lineTop, label, windowText);
        }
        painter.setFont(font());
    } else {
        // Line 1: month and year, January in bold; line 2: Mondays (every day when there is room).
        const bool everyDay = m_pixelsPerDay >= m_dayNumberWidth + 2 * m_padding + 2;
        if (m_pixelsPerDay >= DayTicksFrom) {
            for (QDate d = from; d <= to; d = d.addDays(1)) {
                const int x = xForDate(d);
                const bool monday = d.dayOfWeek() == 1;
                painter.fillRect(QRect(x, monday ? line2Top : m_headerHeight - m_padding - 2, 1,
                                       monday ? m_headerHeight - line2Top : m_padding + 2),
                                 tick);
                if (everyDay && !monday && x >= left)
                    text(x + m_padding, line2Top, locale.toString(d.day()), secondary);
            }
        }
        for (QDate d = from.addDays(1 - from.dayOfWeek()); d <= to; d = d.addDays(7)) {
            const int x = xForDate(d);
            painter.fillRect(QRect(x, line2Top, 1, m_headerHeight - line2Top), tick);
            if (x >= left)
                text(x + m_padding, line2Top, locale.toString(d.day()), windowText);
        }
        for (QDate m = firstOfMonth(from); m <= to; m = m.addMonths(1)) {
            const bool january = m.month() == 1;
            const QString label = locale.toString(m, m_yearMonthFormat);
            const QFontMetrics &metrics = january ? boldFm : fm;
            const int x = xForDate(m);
            painter.fillRect(QRect(x, 0, 1, m_headerHeight), january ? yearTick : tick);
            painter.setFont(january ? bold : font());
            text(stickyLabelX(x, xForDate(m.addMonths(1)), metrics.horizontalAdvance(label), left, m_padding), lineTop,
                 label, windowText);
        }
        painter.setFont(font());
    }

    if (m_today.isValid() && m_today >= from && m_today <= to) {
        // "Today" on a tab in the accent colour, over the labels, pointing at the line.
        const QColor accent = todayColor(pal);
        const int x = xForDate(m_today) + std::max(0, contentX(1) / 2 - 1);
        const QString label = tr("Today");
        const int width = fm.horizontalAdvance(label) + 2 * m_padding;
        const QRectF tab(x - width / 2, m_headerHeight - m_lineHeight - 4, width, m_lineHeight + 1);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawRoundedRect(tab, 3, 3);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillRect(QRect(x, int(tab.bottom()), m_pixelsPerDay >= WeekTicksFrom ? 2 : 1, m_headerHeight), accent);
        painter.setPen(pal.color(QPalette::Base));
        painter.drawText(tab, Qt::AlignCenter, label);
    }
    if (m_dragRow >= 0) {
        // The provisional end, as the last day it includes.
        const QDate end = draggedEnd();
        const QString label = locale.toString(end.addDays(-1), QLocale::ShortFormat);
        const int width = fm.horizontalAdvance(label) + 2 * m_padding;
        const int x = xForDate(end);
        const QRectF tab(x - width / 2, m_headerHeight - m_lineHeight - 4, width, m_lineHeight + 1);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Active, QPalette::Highlight));
        painter.drawRoundedRect(tab, 3, 3);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(pal.color(QPalette::Active, QPalette::HighlightedText));
        painter.drawText(tab, Qt::AlignCenter, label);
    }
    painter.fillRect(QRect(left, m_headerHeight - 1, chartWidth(), 1), lineColor(pal));
}

void TimelineWidget::paintTitles(QPainter &painter, const QRect &rect) const
{
    const QPalette &pal = palette();
    const QFontMetrics fm(font());
    painter.fillRect(rect, pal.color(QPalette::Base));
    const int textWidth = m_titleWidth - 3 * m_padding;
    for (int i = std::max(0, rowAt(std::max(rect.top(), rowTop(0)))); i < m_rows.size(); ++i) {
        const QRect row(0, rowTop(i), m_titleWidth - 1, m_rowHeight);
        if (row.top() > rect.bottom())
            break;
        QColor color = pal.color(QPalette::Text);
        if (i == m_currentRow) {
            const bool focus = hasFocus();
            painter.fillRect(row, focus ? pal.color(QPalette::Highlight)
                                        : mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.14));
            if (focus)
                color = pal.color(QPalette::HighlightedText);
        }
        painter.setPen(color);
        painter.drawText(row.adjusted(2 * m_padding, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(m_rows.at(i).title, Qt::ElideRight, textWidth));
    }
    painter.fillRect(QRect(m_titleWidth - 1, rect.top(), 1, rect.height()), lineColor(pal));
}

// -- events -----------------------------------------------------------------------------------------

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateMetrics(); // the title column's maximum follows the width
    if (m_fitMode)
        zoomToFit();
    else
        updateScrollBars();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        if (delta != 0) {
            m_fitMode = false;
            zoomAround(m_pixelsPerDay * std::pow(WheelZoomStep, delta / 120.0), int(event->position().x()));
        }
        event->accept();
        return;
    }
    // Shift turns a vertical wheel horizontal (some systems already do, delivering x).
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const int horizontal = angle.x() != 0 ? angle.x() : (shift ? angle.y() : 0);
    const int vertical = shift ? 0 : angle.y();
    QScrollBar *h = horizontalScrollBar();
    QScrollBar *v = verticalScrollBar();
    if (horizontal != 0)
        h->setValue(h->value() - horizontal * 3 * h->singleStep() / 120);
    if (vertical != 0)
        v->setValue(v->value() - vertical * 3 * v->singleStep() / 120);
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (row >= 0)
        setCurrentRow(row);
    const int handle = handleAt(pos);
    if (handle >= 0) {
        m_dragRow = handle;
        m_pressX = pos.x();
        m_dragX = pos.x();
        viewport()->update();
    }
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragRow >= 0) {
        if (pos.x() != m_dragX) {
            m_dragX = pos.x();
            viewport()->update();
        }
        event->accept();
        return;
    }
    const int hover = event->buttons() == Qt::NoButton ? handleAt(pos) : -1;
    if (hover != m_hoverHandleRow) {
        m_hoverHandleRow = hover;
        if (hover >= 0)
            viewport()->setCursor(Qt::SizeHorCursor);
        else
            viewport()->unsetCursor();
        viewport()->update();
    }
    event->accept();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    if (m_dragRow < 0)
        return;
    m_dragX = event->position().toPoint().x();
    const int row = m_dragRow;
    const QDate end = draggedEnd();
    const bool changed = end != m_rows.at(row).end;
    m_dragRow = -1;
    m_hoverHandleRow = handleAt(event->position().toPoint());
    if (m_hoverHandleRow < 0)
        viewport()->unsetCursor();
    viewport()->update();
    if (changed)
        Q_EMIT endDragged(row, end);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    const int row = rowAt(event->position().toPoint().y());
    if (row < 0)
        return;
    cancelDrag();
    setCurrentRow(row);
    Q_EMIT rowActivated(row);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::ZoomIn)
        || (control && (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal))) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut) || (control && event->key() == Qt::Key_Minus)) {
        zoomOut();
    } else if (control && event->key() == Qt::Key_0) {
        zoomToFit();
    } else if (event->key() == Qt::Key_Escape && m_dragRow >= 0) {
        cancelDrag();
    } else if (event->key() == Qt::Key_Up) {
        setCurrentRow(m_currentRow <= 0 ? 0 : m_currentRow - 1);
    } else if (event->key() == Qt::Key_Down) {
        setCurrentRow(std::min(m_currentRow + 1, int(m_rows.size()) - 1));
    } else if (event->key() == Qt::Key_Home && control) {
        setCurrentRow(m_rows.isEmpty() ? -1 : 0);
    } else if (event->key() == Qt::Key_End && control) {
        setCurrentRow(int(m_rows.size()) - 1);
    } else if (event->key() == Qt::Key_Left) {
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    } else if (event->key() == Qt::Key_Right) {
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    } else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_currentRow >= 0) {
        Q_EMIT rowActivated(m_currentRow);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineWidget::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QPoint pos = help->pos();
    if (pos.x() >= m_titleWidth && pos.y() >= m_headerHeight) {
        if (const int row = rowAt(pos.y()); row >= 0 && !m_rows.at(row).toolTip.isEmpty()) {
            const QRect bar = barRect(row).adjusted(0, -2, HandleHalfWidth, 2);
            if (bar.contains(pos)) {
                QToolTip::showText(help->globalPos(), m_rows.at(row).toolTip, viewport(), bar);
                return true;
            }
        }
    }
    if (pos.x() >= m_titleWidth) {
        const QDate date = dateAt(pos.x());
        for (const Pause &pause : std::as_const(m_pauses)) {
            if (date >= pause.first && date <= pause.last && !pause.toolTip.isEmpty()) {
                const int left = xForDate(pause.first);
                const QRect band(left, 0, xForDate(pause.last.addDays(1)) - left, viewport()->height());
                QToolTip::showText(help->globalPos(), pause.toolTip, viewport(), band);
                return true;
            }
        }
    } else if (const int row = rowAt(pos.y()); row >= 0 && !m_rows.at(row).toolTip.isEmpty()) {
        QToolTip::showText(help->globalPos(), m_rows.at(row).toolTip, viewport(),
                           QRect(0, rowTop(row), m_titleWidth, m_rowHeight));
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void TimelineWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
    case QEvent::StyleChange:
        updateMetrics();
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
