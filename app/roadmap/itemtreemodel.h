// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

class RoadmapDocument;
struct Item;
struct Section;

// The items of one stage as a two-level tree: sections ("Introductory Courses", "Stage Assessment")
// with their items below. Items are checkable; a tick is stored at once through the document.
class ItemTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemTreeModel)

public:
    enum Column {
        TitleColumn,
        LinkColumn, // the host of the item's link; activating the row opens it
        HoursColumn,
        ColumnCount,
    };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,
        LinkRole,    // QUrl, empty when the item has none
        DetailsRole, // QStringList
        CountsRole,  // bool: the item counts toward progress (its branch, if any, is followed)
        IsSectionRole,
    };

    explicit ItemTreeModel(RoadmapDocument &document, QObject *parent = nullptr);

    void setStage(int stage);
    int stage() const { return m_stage; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(int kind);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    // internalId 0 marks a section row; n > 0 an item of section n - 1.
    const Section *section(const QModelIndex &index) const;
    const Item *item(const QModelIndex &index) const;
    QVariant sectionData(const Section &section, int column, int role) const;
    QVariant itemData(const Section &section, const Item &item, int column, int role) const;
    void onItemChanged(int stage, int section, int item);
    void onBranchChanged(int stage);

    RoadmapDocument &m_document;
    int m_stage = -1;
};
