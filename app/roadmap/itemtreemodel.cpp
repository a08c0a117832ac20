// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/itemtreemodel.h"

#include "roadmap/roadmapdocument.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

ItemTreeModel::ItemTreeModel(RoadmapDocument &document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(&m_document, &RoadmapDocument::aboutToReset, this, &ItemTreeModel::beginResetModel);
    connect(&m_document, &RoadmapDocument::reset, this, [this] {
        if (m_stage >= m_document.roadmap().stages.size())
            m_stage = -1;
        endResetModel();
    });
    connect(&m_document, &RoadmapDocument::itemChanged, this, &ItemTreeModel::onItemChanged);
    connect(&m_document, &RoadmapDocument::branchChanged, this, &ItemTreeModel::onBranchChanged);
}

void ItemTreeModel::setStage(int stage)
{
    beginResetModel();
    m_stage = (stage >= 0 && stage < m_document.roadmap().stages.size()) ? stage : -1;
    endResetModel();
}

QModelIndex ItemTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ItemTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ItemTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_stage < 0 || parent.column() > 0)
        return 0;
    const Stage &stage = m_document.roadmap().stages.at(m_stage);
    if (!parent.isValid())
        return int(stage.sections.size());
    if (parent.internalId() != 0)
        return 0;
    return int(stage.sections.at(parent.row()).items.size());
}

int ItemTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Section *ItemTreeModel::section(const QModelIndex &index) const
{
    if (!index.isValid() || m_stage < 0)
        return nullptr;
    const Stage &stage = m_document.roadmap().stages.at(m_stage);
    const int row = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return &stage.sections.at(row);
}

const Item *ItemTreeModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    return &section(index)->items.at(index.row());
}

QString ItemTreeModel::kindText(int kind)
{
    switch (ItemKind(kind)) {
    case ItemKind::Course:
        return tr("Course");
    case ItemKind::Book:
        return tr("Book");
    case ItemKind::Document:
        return tr("Documentation");
    case ItemKind::Project:
        return tr("Project");
    case ItemKind::Assessment:
        return tr("Self-assessment");
    case ItemKind::Topic:
        return tr("Topic");
    case ItemKind::Resource:
        return tr("Resource");
    case ItemKind::Activity:
        return tr("Activity");
    }
    return {};
}

QVariant ItemTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Section &sec = *section(index);
    if (const Item *it = item(index))
        return itemData(sec, *it, index.column(), role);
    return sectionData(sec, index.column(), role);
}

QVariant ItemTreeModel::sectionData(const Section &section, int column, int role) const
{
    const Stage &stage = m_document.roadmap().stages.at(m_stage);
    const Branch *branch = stage.branch(section.branchKey);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn) {
            if (branch && branch->title != section.title)
                return tr("%1 · %2").arg(branch->title, section.title);
            return section.title;
        }
        if (column == HoursColumn) {
            double hours = 0;
            for (const Item &it : section.items)
                hours += it.estimatedHours.value_or(0);
            return hours > 0 ? tr("%1 h").arg(QLocale().toString(hours, 'g', 3)) : QVariant();
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        return stage.counts(section) ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    case Qt::ToolTipRole:
        if (!stage.counts(section))
            return tr("Branch not followed: these items do not count toward progress.");
        return {};
    case KindRole:
        return int(section.kind);
    case CountsRole:
        return stage.counts(section);
    case IsSectionRole:
        return true;
    default:
        return {};
    }
}

QVariant ItemTreeModel::itemData(const Section &section, const Item &item, int column, int role) const
{
    const Stage &stage = m_document.roadmap().stages.at(m_stage);
    const bool counts = stage.counts(section);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return item.title;
        if (column == LinkColumn && !item.link.isEmpty())
            return item.link.host();
        if (column == HoursColumn && item.estimatedHours)
            return tr("%1 h").arg(QLocale().toString(*item.estimatedHours, 'g', 3));
        return {};
    case Qt::CheckStateRole:
        if (column == TitleColumn)
            return item.done ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{item.title, kindText(int(item.kind))};
        lines += item.details;
        if (!item.link.isEmpty())
            lines << item.link.toDisplayString();
        if (!counts)
            lines << tr("Branch not followed: this item does not count toward progress.");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        return counts ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    case Qt::TextAlignmentRole:
        if (column == HoursColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return item.key;
    case KindRole:
        return int(item.kind);
    case LinkRole:
        return item.link;
    case DetailsRole:
        return item.details;
    case CountsRole:
        return counts;
    case IsSectionRole:
        return false;
    default:
        return {};
    }
}

bool ItemTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Item *it = item(index);
    if (!it || index.column() != TitleColumn)
        return false;
    QString error;
    if (!m_document.setItemDone(it->key, value.value<Qt::CheckState>() == Qt::Checked, &error)) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    return true; // dataChanged follows from the document's itemChanged
}

Qt::ItemFlags ItemTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0 && index.column() == TitleColumn && !m_document.isReadOnly())
        result |= Qt::ItemIsUserCheckable;
    if (index.internalId() != 0)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant ItemTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Item");
    case LinkColumn:
        return tr("Link");
    case HoursColumn:
        return tr("Estimate");
    default:
        return {};
    }
}

void ItemTreeModel::onItemChanged(int stage, int section, int item)
{
    if (stage != m_stage)
        return;
    const QModelIndex changed = index(item, TitleColumn, index(section, 0));
    Q_EMIT dataChanged(changed, changed, {Qt::CheckStateRole});
}

void ItemTreeModel::onBranchChanged(int stage)
{
    if (stage != m_stage || rowCount() == 0)
        return;
    // Whether items count changes for every section of the branch: repaint the stage's rows.
    for (int s = 0; s < rowCount(); ++s) {
        const QModelIndex sectionIndex = index(s, 0);
        Q_EMIT dataChanged(sectionIndex, index(s, ColumnCount - 1));
        const int items = rowCount(sectionIndex);
        if (items > 0)
            Q_EMIT dataChanged(index(0, 0, sectionIndex), index(items - 1, ColumnCount - 1, sectionIndex));
    }
}
