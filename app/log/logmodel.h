// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/entryrepository.h"
#include "tracking/timeentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

struct Roadmap;

// The study log as a table, loaded lazily: one page of PageSize rows at a time from the
// EntryRepository (canFetchMore/fetchMore), never the whole history. Rows are the closed entries of
// the filter, by start (sort() on any column re-queries ascending or descending by start). Times are
// shown in each entry's own UTC offset, the day it was studied in. Entries that overlap another one
// (among all the entries of the roadmap in the loaded rows' span, filtered or not) carry a warning
// icon and OverlapRole true. The model re-reads itself when the repository's entries change, keeping
// as many rows loaded as before.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column {
        DateColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        StageColumn,
        ItemColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1, OverlapRole, SecondsRole };
    static constexpr int PageSize = 200;

    explicit LogModel(EntryRepository &repository, QObject *parent = nullptr);

    // The roadmap whose entries are shown; `roadmap` (may be null: keys are shown) gives the stage and
    // item titles and must outlive the model or be replaced.
    void setRoadmap(int roadmapId, const Roadmap *roadmap);
    int roadmapId() const { return m_roadmapId; }
    void setFilter(const EntryRepository::Filter &filter);
    const EntryRepository::Filter &filter() const { return m_filter; }
    EntryRepository::Order order() const { return m_order; }
    // Every matching entry (not only the loaded ones), as the repository counts it.
    int totalCount() const { return m_total; }
    QString errorString() const { return m_error; }

    TimeEntry entry(int row) const { return m_rows.value(row); }
    int rowOf(qint64 id) const;
    // Re-reads the rows (as many as were loaded, at least one page).
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void load(int rows);
    void findOverlaps(const QList<TimeEntry> &page);
    QString stageTitle(const QString &key) const;
    QString itemTitle(const QString &key) const;

    EntryRepository &m_repository;
    int m_roadmapId = 0;
    const Roadmap *m_roadmap = nullptr;
    EntryRepository::Filter m_filter;
    EntryRepository::Order m_order = EntryRepository::Order::Descending;
    QList<TimeEntry> m_rows;
    QSet<qint64> m_overlapping;
    int m_total = 0;
    QString m_error;
    bool m_fetching = false;
};
