// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/heatmap.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

HeatMap::HeatMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatMap"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateMetrics();
}

void HeatMap::setCalendar(const Progress::Calendar &calendar)
{
    m_data = ChartData::heatMap(calendar, QLocale());
    updateMetrics();
    updateGeometry();
    update();
}

void HeatMap::updateMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    m_cell = std::max(11, metrics.height() - 3);
    m_gap = std::max(2, m_cell / 5);
    int widest = 0;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        widest = std::max(widest, metrics.horizontalAdvance(locale.standaloneDayName(day, QLocale::ShortFormat)));
    m_left = widest + metrics.averageCharWidth();
    m_top = metrics.height() + m_gap;
}

QSize HeatMap::sizeHint() const
{
    const int columns = std::max(m_data.columns, 53);
    return {m_left + columns * (m_cell + m_gap) + m_gap, m_top + 7 * (m_cell + m_gap) + m_gap};
}

QSize HeatMap::minimumSizeHint() const
{
    return sizeHint();
}

QRect HeatMap::cellRect(const ChartData::HeatCell &cell) const
{
    return {m_left + cell.column * (m_cell + m_gap), m_top + cell.row * (m_cell + m_gap), m_cell, m_cell};
}

std::optional<ChartData::HeatCell> HeatMap::cellAt(const QPoint &pos) const
{
    if (pos.x() < m_left || pos.y() < m_top)
        return std::nullopt;
    const int column = (pos.x() - m_left) / (m_cell + m_gap);
    const int row = (pos.y() - m_top) / (m_cell + m_gap);
    const qsizetype index = qsizetype(column) * 7 + row;
    if (row >= 7 || index >= m_data.cells.size())
        return std::nullopt;
    const ChartData::HeatCell &cell = m_data.cells.at(index);
    if (!cellRect(cell).contains(pos))
        return std::nullopt;
    return cell;
}

QColor HeatMap::levelColor(int level) const
{
    // Painted on the window's background: the shades start from it.
    const QColor base = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);
    const auto blend = [](const QColor &from, const QColor &to, float amount) {
        return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                                from.greenF() + (to.greenF() - from.greenF()) * amount,
                                from.blueF() + (to.blueF() - from.blueF()) * amount);
    };
    if (level <= 0)
        return blend(base, text, 0.12f);
    return blend(base, accent, 0.25f + 0.75f * float(level - 1) / float(ChartData::HeatLevels - 2));
}

bool HeatMap::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<ChartData::HeatCell> cell = cellAt(help->pos()))
            QToolTip::showText(help->globalPos(), ChartData::dayToolTip(cell->date, cell->hours, QLocale()), this,
                               cellRect(*cell));
        else
            QToolTip::hideText();
        return true;
    }
    case QEvent::FontChange:
    case QEvent::LocaleChange:
        updateMetrics();
        updateGeometry();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void HeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QLocale locale;
    painter.setPen(pal.color(QPalette::WindowText));
    const QFontMetrics metrics = fontMetrics();
    // Every other weekday's name, from the first row's weekday on.
    if (!m_data.cells.isEmpty()) {
        const int firstDay = m_data.cells.constFirst().date.dayOfWeek();
        for (int row = 1; row < 7; row += 2) {
            const QString name = locale.standaloneDayName((firstDay - 1 + row) % 7 + 1, QLocale::ShortFormat);
            const QRect rect(0, m_top + row * (m_cell + m_gap), m_left - m_gap, m_cell);
            painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, name);
        }
    }
    for (const ChartData::Label &month : std::as_const(m_data.months)) {
        const int x = m_left + int(month.value) * (m_cell + m_gap);
        painter.drawText(QRect(x, 0, metrics.horizontalAdvance(month.text) + 2, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, month.text);
    }
    painter.setPen(Qt::NoPen);
    const qreal radius = m_cell / 5.0;
    for (const ChartData::HeatCell &cell : std::as_const(m_data.cells)) {
        painter.setBrush(levelColor(cell.level));
        painter.drawRoundedRect(cellRect(cell), radius, radius);
    }
    // Today, outlined.
    if (!m_data.cells.isEmpty()) {
        painter.setPen(QPen(pal.color(QPalette::Text), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(cellRect(m_data.cells.constLast())).adjusted(-1, -1, 1, 1), radius, radius);
    }
}
