// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QPageLayout>
#include <QPen>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

class QFontMetricsF;
class QPagedPaintDevice;
class QPainter;
class QPrinter;

// One thing drawn on a printed page, in the page's coordinates: device pixels, with the origin at the
// top left of the printable area (where QPainter puts it on a QPrinter or a QPdfWriter).
struct PrintItem {
    enum class Kind { Text, Rect, Line, CheckBox };
    Kind kind = Kind::Text;
    QRectF rect; // Text: the box it is drawn in, one line high; Rect, CheckBox: the shape
    QLineF line; // Line
    QString text;
    int flags = 0; // Text: the Qt::Alignment and Qt::TextFlag given to QPainter::drawText
    QFont font;
    QPen pen = QPen(Qt::NoPen); // Text: its colour; Rect, Line, CheckBox: the outline
    QBrush brush;               // Rect: the fill
    bool checked = false;       // CheckBox: ticked (drawn as a shape, not as a glyph a font may lack)
};

struct PrintPage {
    QList<PrintItem> items;
};

// The page a document is laid out for: paper size, orientation and margins, and the resolution of
// the device it is drawn on.
struct PageSetup {
    QPageLayout layout;
    int resolution = 1200;

    QSizeF area() const; // the printable area in device pixels
    double mm(double millimetres) const { return millimetres * resolution / 25.4; }
    QFont font(double points, bool bold = false) const;

    // The document margins: 12 mm on every side.
    static PageSetup make(const QPageSize &size, QPageLayout::Orientation orientation, int resolution = 1200);
    // What `printer` prints on now (the preview's page setup included).
    static PageSetup of(const QPrinter &printer);
};

// A laid-out document: its pages, ready to be drawn on any device with the same page setup. The
// layout is kept apart from the drawing so that tests can check where every text goes.
struct PrintDocument {
    QString title;
    QList<PrintPage> pages;
    QSizeF area;     // the printable area the pages were laid out in
    QString warning; // translated; what the reader should know about the printout (fonts), or empty

    // Draws the pages on `device`, one after the other. False when a painter cannot begin on it.
    bool paint(QPagedPaintDevice *device) const;
    static void paintPage(QPainter &painter, const PrintPage &page);
    // All text of the document, in drawing order (what a PDF's text holds).
    QStringList texts() const;
};

// A run of items that stays on one page: a line of text, a table row, a chart. Items are placed from
// the top of the block (y = 0).
struct PrintBlock {
    double height = 0;
    QList<PrintItem> items;
    bool keepWithNext = false; // a heading: never the last block of a page when the next one follows
};

// The pieces the documents are laid out with: items, text measurement and wrapping, hatching, and
// the running header and footer.
class PrintLayout final
{
    Q_DECLARE_TR_FUNCTIONS(PrintLayout)

public:
    static PrintItem text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                          int flags = Qt::AlignLeft | Qt::AlignVCenter);
    static PrintItem rect(const QRectF &rect, const QPen &pen, const QBrush &brush = QBrush());
    static PrintItem line(const QLineF &line, const QPen &pen);
    static PrintItem checkBox(const QRectF &rect, bool checked, const QPen &pen);
    // Diagonal lines `spacing` apart over `rect` (aligned to the page, so that neighbouring areas
    // join up).
    static QList<PrintItem> hatch(const QRectF &rect, double spacing, const QPen &pen);

    // The height one line of `font` takes (the box of a text item).
    static double lineHeight(const QFont &font);
    // `text` broken into lines no wider than `width` (at word boundaries, or anywhere in a word that
    // is too long and between ideographs); a line break in `text` starts a new line.
    static QStringList wrap(const QString &text, const QFont &font, double width);
    static QString elide(const QString &text, const QFontMetricsF &metrics, double width);

    // `text` wrapped to `width` from x = `left`, one block per line, so that a page may break
    // between its lines.
    static QList<PrintBlock> paragraph(const QString &text, const QFont &font, const QColor &color, double left,
                                       double width);

    // The running header (`left` and `right` over a rule) and footer (the day it was `printed`,
    // "Page N of M") of a document's pages, and the heights they take at the top and the bottom of
    // the printable area.
    static void addHeaderAndFooter(QList<PrintPage> &pages, const PageSetup &setup, const QString &left,
                                   const QString &right, const QDate &printed);
    static double headerHeight(const PageSetup &setup);
    static double footerHeight(const PageSetup &setup);

    // Hours as printed: "12", "7.5" in the locale's digits.
    static QString hours(double value);
    // A date as printed: the long form of the language (tr'd format "d MMMM yyyy").
    static QString date(const QDate &date);
    static QString shortDate(const QDate &date);
};

// Flows blocks down pages between `top` and `bottom` (y in the printable area). A group (a stage of
// the plan) that does not fit in what is left of a page moves on to the next one; a group longer
// than a page starts on a new page and breaks between its blocks, never after a heading.
class PrintFlow final
{
public:
    PrintFlow(double top, double bottom);

    void add(const PrintBlock &block);
    void addGroup(const QList<PrintBlock> &blocks);
    // Vertical space, dropped at the top of a page.
    void skip(double height);
    void newPage();
    // A block repeated at the top of every page begun from now on (a table's column titles), or none.
    void setRepeatedHeader(const std::optional<PrintBlock> &block) { m_repeat = block; }
    double remaining() const { return m_bottom - m_y; }
    double capacity() const { return m_bottom - m_top; }
    bool atPageTop() const { return m_y <= m_contentTop; }
    QList<PrintPage> takePages();

private:
    void place(const PrintBlock &block);

    QList<PrintPage> m_pages;
    double m_top;
    double m_bottom;
    double m_y;
    double m_contentTop;
    std::optional<PrintBlock> m_repeat;
};
