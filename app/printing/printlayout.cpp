// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/printlayout.h"

#include "printing/printfonts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPrinter>
#include <QTextLayout>

#include <cmath>

namespace {

constexpr double MarginMm = 12;
constexpr int SingleLine = Qt::TextSingleLine | Qt::TextDontClip;

void translate(PrintItem &item, double dy)
{
    item.rect.translate(0, dy);
    item.line.translate(0, dy);
}

} // namespace

QSizeF PageSetup::area() const
{
    return QSizeF(layout.paintRectPixels(resolution).size());
}

QFont PageSetup::font(double points, bool bold) const
{
    return PrintFonts::font(points, resolution, bold);
}

PageSetup PageSetup::make(const QPageSize &size, QPageLayout::Orientation orientation, int resolution)
{
    PageSetup setup;
    setup.layout =
        QPageLayout(size, orientation, QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    setup.resolution = resolution;
    return setup;
}

PageSetup PageSetup::of(const QPrinter &printer)
{
    PageSetup setup;
    setup.layout = printer.pageLayout();
    setup.resolution = printer.resolution();
    return setup;
}

bool PrintDocument::paint(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        paintPage(painter, pages[i]);
    }
    return painter.end();
}

void PrintDocument::paintPage(QPainter &painter, const PrintPage &page)
{
    painter.setRenderHint(QPainter::Antialiasing);
    for (const PrintItem &item : page.items) {
        switch (item.kind) {
        case PrintItem::Kind::Text:
            painter.setFont(item.font);
            painter.setPen(item.pen);
            painter.drawText(item.rect, item.flags, item.text);
            break;
        case PrintItem::Kind::Rect:
            painter.setPen(item.pen);
            painter.setBrush(item.brush);
            painter.drawRect(item.rect);
            break;
        case PrintItem::Kind::Line:
            painter.setPen(item.pen);
            painter.drawLine(item.line);
            break;
        case PrintItem::Kind::CheckBox: {
            painter.setPen(item.pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(item.rect);
            if (item.checked) {
                const QRectF r = item.rect;
                QPainterPath tick;
                tick.moveTo(r.left() + r.width() * 0.2, r.top() + r.height() * 0.52);
                tick.lineTo(r.left() + r.width() * 0.42, r.top() + r.height() * 0.75);
                tick.lineTo(r.left() + r.width() * 0.82, r.top() + r.height() * 0.22);
                QPen pen = item.pen;
                pen.setWidthF(item.pen.widthF() * 1.6);
                pen.setCapStyle(Qt::RoundCap);
                pen.setJoinStyle(Qt::RoundJoin);
                painter.setPen(pen);
                painter.drawPath(tick);
            }
            break;
        }
        }
    }
}

QStringList PrintDocument::texts() const
{
    QStringList result;
    for (const PrintPage &page : pages) {
        for (const PrintItem &item : page.items) {
            if (item.kind == PrintItem::Kind::Text)
                result.append(item.text);
        }
    }
    return result;
}

PrintItem PrintLayout::text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags)
{
    PrintItem item;
    item.kind = PrintItem::Kind::Text;
    item.rect = rect;
    item.text = text;
    item.font = font;
    item.pen = QPen(color);
    item.flags = flags | SingleLine;
    return item;
}

PrintItem PrintLayout::rect(const QRectF &rect, const QPen &pen, const QBrush &brush)
{
    PrintItem item;
    item.kind = PrintItem::Kind::Rect;
    item.rect = rect;
    item.pen = pen;
    item.brush = brush;
    return item;
}

PrintItem PrintLayout::line(const QLineF &line, const QPen &pen)
{
    PrintItem item;
    item.kind = PrintItem::Kind::Line;
    item.line = line;
    item.pen = pen;
    return item;
}

PrintItem PrintLayout::checkBox(const QRectF &rect, bool checked, const QPen &pen)
{
    PrintItem item;
    item.kind = PrintItem::Kind::CheckBox;
    item.rect = rect;
    item.pen = pen;
    item.checked = checked;
    return item;
}

QList<PrintItem> PrintLayout::hatch(const QRectF &rect, double spacing, const QPen &pen)
{
    // Lines x + y = k, from the bottom left to the top right, clipped to the rectangle.
    QList<PrintItem> lines;
    if (rect.isEmpty() || spacing <= 0)
        return lines;
    const double x0 = rect.left();
    const double y0 = rect.top();
    const double x1 = rect.right();
    const double y1 = rect.bottom();
    for (double k = std::ceil((x0 + y0) / spacing) * spacing; k < x1 + y1; k += spacing) {
        const double xa = std::max(x0, k - y1);
        const double xb = std::min(x1, k - y0);
        if (xb - xa > 0.5)
            lines.append(line(QLineF(xa, k - xa, xb, k - xb), pen));
    }
    return lines;
}

double PrintLayout::lineHeight(const QFont &font)
{
    // The tallest of the font's families: Chinese text falls back to the CJK family, whose ascent
    // and descent are larger than those of the Latin one.
    double height = QFontMetricsF(font).height();
    for (const QString &family : font.families()) {
        QFont one = font;
        one.setFamilies({family});
        height = std::max(height, QFontMetricsF(one).height());
    }
    return std::ceil(height);
}

QStringList PrintLayout::wrap(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            lines.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            QString part = paragraph.mid(line.textStart(), line.textLength());
            while (!part.isEmpty() && part.back().isSpace())
                part.chop(1);
            lines.append(part);
        }
        layout.endLayout();
    }
    return lines;
}

QList<PrintBlock> PrintLayout::paragraph(const QString &text, const QFont &font, const QColor &color, double left,
                                         double width)
{
    QList<PrintBlock> blocks;
    const double height = lineHeight(font);
    for (const QString &line : wrap(text, font, width)) {
        PrintBlock block;
        block.height = height;
        if (!line.isEmpty())
            block.items.append(PrintLayout::text(QRectF(left, 0, width, height), line, font, color));
        blocks.append(block);
    }
    return blocks;
}

QString PrintLayout::elide(const QString &text, const QFontMetricsF &metrics, double width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    return metrics.elidedText(text, Qt::ElideRight, width, Qt::TextSingleLine);
}

double PrintLayout::headerHeight(const PageSetup &setup)
{
    return lineHeight(setup.font(8, true)) + setup.mm(5);
}

double PrintLayout::footerHeight(const PageSetup &setup)
{
    return lineHeight(setup.font(8)) + setup.mm(5);
}

void PrintLayout::addHeaderAndFooter(QList<PrintPage> &pages, const PageSetup &setup, const QString &left,
                                     const QString &right, const QDate &printed)
{
    const QSizeF area = setup.area();
    const QFont bold = setup.font(8, true);
    const QFont normal = setup.font(8);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF normalMetrics(normal);
    const QColor grey(0x55, 0x55, 0x55);
    const QPen rule(QColor(0x99, 0x99, 0x99), setup.mm(0.2));
    const double headerLine = lineHeight(bold);
    const double footerLine = lineHeight(normal);
    const double rightWidth = std::min(area.width() * 0.45, normalMetrics.horizontalAdvance(right) + 1);
    const double leftWidth = area.width() - rightWidth - setup.mm(4);
    const int count = int(pages.size());
    const QString printedText = tr("Printed on %1 with Study Planner").arg(shortDate(printed));
    for (int i = 0; i < count; ++i) {
        QList<PrintItem> &items = pages[i].items;
        items.append(text(QRectF(0, 0, leftWidth, headerLine), elide(left, boldMetrics, leftWidth), bold, grey));
        items.append(text(QRectF(area.width() - rightWidth, 0, rightWidth, headerLine),
                          elide(right, normalMetrics, rightWidth), normal, grey, Qt::AlignRight | Qt::AlignVCenter));
        items.append(line(QLineF(0, headerLine + setup.mm(1.5), area.width(), headerLine + setup.mm(1.5)), rule));

        const double footerTop = area.height() - footerLine;
        items.append(line(QLineF(0, footerTop - setup.mm(1.5), area.width(), footerTop - setup.mm(1.5)), rule));
        const QString page = tr("Page %1 of %2").arg(i + 1).arg(count);
        items.append(text(QRectF(0, footerTop, area.width() / 2, footerLine),
                          elide(printedText, normalMetrics, area.width() / 2), normal, grey));
        items.append(text(QRectF(area.width() / 2, footerTop, area.width() / 2, footerLine), page, normal, grey,
                          Qt::AlignRight | Qt::AlignVCenter));
    }
}

QString PrintLayout::hours(double value)
{
    const double rounded = std::round(value * 10) / 10;
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

QString PrintLayout::date(const QDate &date)
{
    return QLocale().toString(date, tr("d MMMM yyyy", "date format of printed documents"));
}

QString PrintLayout::shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

PrintFlow::PrintFlow(double top, double bottom) : m_top(top), m_bottom(bottom), m_y(top), m_contentTop(top)
{
    m_pages.append(PrintPage());
}

void PrintFlow::place(const PrintBlock &block)
{
    for (PrintItem item : block.items) {
        translate(item, m_y);
        m_pages.last().items.append(item);
    }
    m_y += block.height;
}

void PrintFlow::newPage()
{
    m_pages.append(PrintPage());
    m_y = m_top;
    if (m_repeat)
        place(*m_repeat);
    m_contentTop = m_y;
}

void PrintFlow::add(const PrintBlock &block)
{
    if (block.height > remaining() && !atPageTop())
        newPage();
    place(block);
}

void PrintFlow::addGroup(const QList<PrintBlock> &blocks)
{
    double total = 0;
    for (const PrintBlock &block : blocks)
        total += block.height;
    if (total <= remaining()) {
        for (const PrintBlock &block : blocks)
            place(block);
        return;
    }
    if (!atPageTop())
        newPage();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        double needed = blocks[i].height;
        // A heading goes with what follows it (and a run of headings with the first line after them).
        for (qsizetype j = i; j + 1 < blocks.size() && blocks[j].keepWithNext; ++j)
            needed += blocks[j + 1].height;
        if (needed > remaining() && !atPageTop())
            newPage();
        place(blocks[i]);
    }
}

void PrintFlow::skip(double height)
{
    if (!atPageTop())
        m_y = std::min(m_y + height, m_bottom);
}

QList<PrintPage> PrintFlow::takePages()
{
    if (m_pages.size() > 1 && m_pages.last().items.isEmpty())
        m_pages.removeLast();
    return std::exchange(m_pages, {});
}
