// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/budgetdelegate.h"

#include "plan/plan.h"
#include "timeline/budgetmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace {
constexpr double Unbounded = 1e6;
}

QWidget *BudgetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    switch (index.column()) {
    case BudgetModel::WeeklyHoursColumn:
    case BudgetModel::EffortColumn:
    case BudgetModel::DurationColumn: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(-Unbounded, Unbounded);
        spin->setDecimals(1);
        spin->setFrame(false);
        if (index.column() == BudgetModel::WeeklyHoursColumn)
            spin->setSuffix(tr(" h/week"));
        else if (index.column() == BudgetModel::EffortColumn)
            spin->setSuffix(tr(" h"));
        else
            spin->setSuffix(tr(" weeks"));
        return spin;
    }
    case BudgetModel::OverlapColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(-int(Unbounded), int(Unbounded));
        spin->setFrame(false);
        spin->setSuffix(tr(" weeks"));
        return spin;
    }
    case BudgetModel::DerivedColumn: {
        auto *combo = new QComboBox(parent);
        for (Derived derived : {Derived::Duration, Derived::Effort, Derived::WeeklyHours})
            combo->addItem(BudgetModel::derivedText(int(derived)), int(derived));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void BudgetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        spin->setValue(value.toDouble());
    else if (auto *intSpin = qobject_cast<QSpinBox *>(editor))
        intSpin->setValue(value.toInt());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(value.toInt()));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void BudgetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto *intSpin = qobject_cast<QSpinBox *>(editor)) {
        intSpin->interpretText();
        model->setData(index, intSpin->value());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}
