// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/stagedelegate.h"

#include "roadmap/stagelistmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace {
constexpr int Margin = 8;
constexpr int Spacing = 4;
constexpr int BarHeight = 6;
void drawBar(QPainter *painter, const QRectF &bar, double progress, const QColor &text, const QColor &fill)
{
    QColor track = text;
    track.setAlphaF(0.15);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, BarHeight / 2.0, BarHeight / 2.0);
    if (progress > 0) {
        QRectF filled = bar;
        filled.setWidth(std::max<qreal>(BarHeight, bar.width() * progress));
        painter->setBrush(fill);
        painter->drawRoundedRect(filled, BarHeight / 2.0, BarHeight / 2.0);
    }
}

} // namespace

QSize StageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    // title; guide estimate and items; the items bar; hours studied; the hours bar
    return {220, Margin * 2 + boldFm.height() + 2 * (Spacing + fm.height() + Spacing + BarHeight)};
}

void StageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.7);

    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const QFontMetrics fm(option.font);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const double progress = index.data(StageListModel::ProgressRole).toDouble();
    const QString percent = tr("%1%").arg(qRound(progress * 100));
    const int percentWidth = fm.horizontalAdvance(percent) + Spacing;

    painter->setFont(bold);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width() - percentWidth, boldFm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldFm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));
    painter->setFont(option.font);
    painter->drawText(QRect(area.right() - percentWidth, area.top(), percentWidth, boldFm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, percent);

    const QString meta = tr("%1 · %2 · %3/%4 done")
                             .arg(index.data(StageListModel::DurationTextRole).toString(),
                                  index.data(StageListModel::WeeklyHoursTextRole).toString())
                             .arg(index.data(StageListModel::DoneCountRole).toInt())
                             .arg(index.data(StageListModel::CountedRole).toInt());
    const QRect metaRect(area.left(), titleRect.bottom() + Spacing, area.width(), fm.height());
    painter->setPen(secondary);
    painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(meta, Qt::ElideRight, area.width()));

    const QRectF itemsBar(area.left(), metaRect.bottom() + Spacing, area.width(), BarHeight);
    const QColor highlight = selected ? option.palette.color(group, QPalette::HighlightedText)
                                      : option.palette.color(group, QPalette::Highlight);
    drawBar(painter, itemsBar, progress, text, highlight);

    // The hours studied against the plan's effort for the stage (no bar for an open-ended stage).
    const QRect hoursRect(area.left(), int(itemsBar.bottom()) + Spacing, area.width(), fm.height());
    painter->setPen(secondary);
    painter->drawText(
        hoursRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(StageListModel::HoursTextRole).toString(), Qt::ElideRight, area.width()));
    const QVariant planned = index.data(StageListModel::PlannedHoursRole);
    if (planned.isValid()) {
        const double hoursProgress =
            std::min(1.0, index.data(StageListModel::ActualHoursRole).toDouble() / planned.toDouble());
        QColor hoursColor = highlight;
        hoursColor.setAlphaF(0.6);
        drawBar(painter, QRectF(area.left(), hoursRect.bottom() + Spacing, area.width(), BarHeight), hoursProgress,
                text, hoursColor);
    }
    painter->restore();
}
