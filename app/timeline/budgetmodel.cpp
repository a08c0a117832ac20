// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/budgetmodel.h"

#include "common/icons.h"
#include "roadmap/stagelistmodel.h"
#include "timeline/plandocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace {
QString number(double value, int decimals = 1)
{
    // 12.5, 20, 7.3: no trailing ".0"
    const double rounded = std::round(value * std::pow(10, decimals)) / std::pow(10, decimals);
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : decimals);
}

bool derives(const StagePlan &stage, int column)
{
    switch (column) {
    case BudgetModel::WeeklyHoursColumn:
        return stage.derived == Derived::WeeklyHours;
    case BudgetModel::EffortColumn:
        return stage.derived == Derived::Effort;
    case BudgetModel::DurationColumn:
        return stage.derived == Derived::Duration;
    default:
        return false;
    }
}
} // namespace

BudgetModel::BudgetModel(PlanDocument &document, QObject *parent)
    : PlanTableModel(
        document, ColumnCount, [](const Plan &plan) { return int(plan.stages.size()); }, parent)
{
}

bool BudgetModel::isOpenEnded(int row) const
{
    const Stage *stage = m_document.roadmap().stage(m_document.plan().stages.at(row).stageKey);
    return stage && stage->months.isOpenEnded();
}

QString BudgetModel::derivedText(int derived)
{
    switch (Derived(derived)) {
    case Derived::Duration:
        return tr("Duration");
    case Derived::Effort:
        return tr("Effort");
    case Derived::WeeklyHours:
        return tr("Weekly hours");
    }
    return {};
}

void BudgetModel::setPlaceableHours(std::optional<double> hours)
{
    if (hours == m_placeableHours)
        return;
    m_placeableHours = hours;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, WeeklyHoursColumn), index(rowCount() - 1, WeeklyHoursColumn),
                           {Qt::DecorationRole, Qt::ToolTipRole});
}

QString BudgetModel::overAvailabilityText(double budget, double placeable)
{
    return tr("%1 h a week is more than your availability holds: %2 h a week in study blocks.")
        .arg(QLocale().toString(budget, 'g', 3), QLocale().toString(placeable, 'g', 3));
}

bool BudgetModel::isOverAvailability(int row) const
{
    return m_placeableHours && m_document.plan().stages.at(row).weeklyHours > *m_placeableHours + 0.01;
}

QVariant BudgetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StagePlan &plan = m_document.plan().stages.at(index.row());
    const Stage *stage = m_document.roadmap().stage(plan.stageKey);
    const Planner::StageSchedule *schedule = m_document.schedule().stage(plan.stageKey);
    const bool openEnded = isOpenEnded(index.row());
    const int column = index.column();

    if (role == Qt::EditRole) {
        switch (column) {
        case WeeklyHoursColumn:
            return plan.weeklyHours;
        case EffortColumn:
            return plan.effortHours;
        case DurationColumn:
            return plan.durationDays / 7.0;
        case DerivedColumn:
            return int(plan.derived);
        case OverlapColumn:
            return plan.overlapWeeks;
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case StageColumn:
            return stage ? stage->title : plan.stageKey;
        case WeeklyHoursColumn:
            return number(plan.weeklyHours);
        case EffortColumn:
            return openEnded ? QStringLiteral("—") : tr("%1 h").arg(number(plan.effortHours, 0));
        case DurationColumn:
            return openEnded ? QStringLiteral("—") : tr("%1 wk").arg(number(plan.durationDays / 7.0));
        case DerivedColumn:
            return openEnded ? QStringLiteral("—") : derivedText(int(plan.derived));
        case OverlapColumn:
            return index.row() == 0 ? QStringLiteral("—") : QVariant(plan.overlapWeeks);
        case StartColumn:
            return schedule ? QLocale().toString(schedule->start, QLocale::ShortFormat) : QString();
        case EndColumn:
            if (!schedule)
                return {};
            return schedule->end ? QLocale().toString(schedule->end->addDays(-1), QLocale::ShortFormat) : tr("ongoing");
        case GuideColumn:
            return stage ? tr("%1 · %2").arg(StageListModel::durationText(*stage),
                                             StageListModel::weeklyHoursText(*stage))
                         : QString();
        case VerdictColumn:
            return schedule ? Planner::verdictText(schedule->verdict, schedule->weeksDifference) : QString();
        }
        return {};
    case Qt::FontRole:
        if (!openEnded && derives(plan, column)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == WeeklyHoursColumn && isOverAvailability(index.row()))
            return Icons::themed(QStringLiteral("dialog-warning"));
        return {};
    case Qt::ToolTipRole:
        if (column == WeeklyHoursColumn && isOverAvailability(index.row()))
            return overAvailabilityText(plan.weeklyHours, *m_placeableHours);
        if (!openEnded && derives(plan, column))
            return tr("Follows from the other two figures. Edit it to fix it instead.");
        if (column == GuideColumn && schedule) {
            return schedule->guideLatestEnd
                       ? tr("At this start the guide ends the stage between %1 and %2.")
                             .arg(QLocale().toString(schedule->guideEarliestEnd, QLocale::ShortFormat),
                                  QLocale().toString(*schedule->guideLatestEnd, QLocale::ShortFormat))
                       : tr("The guide gives this stage no end.");
        }
        return {};
    case Qt::ForegroundRole:
        if (column == VerdictColumn && schedule) {
            switch (schedule->verdict) {
            case Planner::Verdict::Faster:
                return QBrush(QColor(0x29, 0x80, 0xb9));
            case Planner::Verdict::Slower:
                return QBrush(QColor(0xd3, 0x54, 0x00));
            default:
                return {};
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= WeeklyHoursColumn && column <= OverlapColumn && column != DerivedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DerivedRole:
        return int(plan.derived);
    case VerdictRole:
        return schedule ? int(schedule->verdict) : int(Planner::Verdict::OpenEnded);
    default:
        return {};
    }
}

bool BudgetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    bool ok = false;
    const int row = index.row();
    switch (index.column()) {
    case WeeklyHoursColumn: {
        const double hours = value.toDouble(&ok);
        return ok && m_document.setValue(row, PlanDocument::Field::WeeklyHours, hours);
    }
    case EffortColumn: {
        const double hours = value.toDouble(&ok);
        return ok && m_document.setValue(row, PlanDocument::Field::Effort, hours);
    }
    case DurationColumn: {
        const double weeks = value.toDouble(&ok);
        return ok && m_document.setValue(row, PlanDocument::Field::Duration, weeks * 7);
    }
    case DerivedColumn: {
        const int derived = value.toInt(&ok);
        return ok && derived >= 0 && derived <= int(Derived::WeeklyHours)
               && m_document.setDerived(row, Derived(derived));
    }
    case OverlapColumn: {
        const int weeks = value.toInt(&ok);
        return ok && m_document.setOverlapWeeks(row, weeks);
    }
    default:
        return false;
    }
}

Qt::ItemFlags BudgetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document.isReadOnly())
        return result;
    const bool openEnded = isOpenEnded(index.row());
    switch (index.column()) {
    case WeeklyHoursColumn:
        return result | Qt::ItemIsEditable;
    case EffortColumn:
    case DurationColumn:
    case DerivedColumn:
        return openEnded ? result : result | Qt::ItemIsEditable;
    case OverlapColumn:
        return index.row() == 0 ? result : result | Qt::ItemIsEditable;
    default:
        return result;
    }
}

QVariant BudgetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DerivedColumn:
            return tr("Of weekly hours, effort and duration you fix two; this one follows.");
        case OverlapColumn:
            return tr("Weeks this stage starts before the previous one ends.");
        case EndColumn:
            return tr("The last planned day of the stage.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case WeeklyHoursColumn:
        return tr("Hours/week");
    case EffortColumn:
        return tr("Effort");
    case DurationColumn:
        return tr("Duration");
    case DerivedColumn:
        return tr("Follows");
    case OverlapColumn:
        return tr("Overlap (wk)");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case GuideColumn:
        return tr("Guide");
    case VerdictColumn:
        return tr("Against the guide");
    default:
        return {};
    }
}
