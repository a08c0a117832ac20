// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logmodel.h"

#include "common/icons.h"
#include "roadmap/roadmap.h"
#include "tracking/timelog.h"

#include <QLocale>

namespace {

QDateTime local(const TimeEntry &e, const QDateTime &instant)
{
    return instant.toOffsetFromUtc(e.offsetMinutes * 60);
}

QString duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

LogModel::LogModel(EntryRepository &repository, QObject *parent) : QAbstractTableModel(parent), m_repository(repository)
{
    connect(&m_repository, &EntryRepository::entriesChanged, this, [this](int roadmapId) {
        if (roadmapId == m_roadmapId)
            reload();
    });
}

void LogModel::setRoadmap(int roadmapId, const Roadmap *roadmap)
{
    m_roadmapId = roadmapId;
    m_roadmap = roadmap;
    load(PageSize);
}

void LogModel::setFilter(const EntryRepository::Filter &filter)
{
    m_filter = filter;
    load(PageSize);
}

void LogModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(column) // every column sorts by start: the only order the log can be read in by pages
    const EntryRepository::Order wanted =
        order == Qt::AscendingOrder ? EntryRepository::Order::Ascending : EntryRepository::Order::Descending;
    if (wanted == m_order && !m_rows.isEmpty())
        return;
    m_order = wanted;
    load(PageSize);
}

void LogModel::reload()
{
    load(std::max<int>(PageSize, int(m_rows.size())));
}

void LogModel::load(int rows)
{
    // Nothing is fetched while the reset is announced: the rows are read here.
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_overlapping.clear();
    m_total = 0;
    m_error.clear();
    if (m_roadmapId != 0) {
        QString error;
        m_total = m_repository.count(m_roadmapId, m_filter, &error).value_or(0);
        const std::optional<QList<TimeEntry>> page =
            m_repository.entries(m_roadmapId, m_filter, 0, rows, m_order, &error);
        if (page) {
            m_rows = *page;
            findOverlaps(m_rows);
        }
        m_error = error;
    }
    endResetModel();
    m_fetching = false;
}

bool LogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void LogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QString error;
    const std::optional<QList<TimeEntry>> page =
        m_repository.entries(m_roadmapId, m_filter, int(m_rows.size()), PageSize, m_order, &error);
    if (!page || page->isEmpty()) {
        m_error = error;
        m_total = int(m_rows.size()); // nothing more to read (changed meanwhile): stop asking
        return;
    }
    // A view (or a model tester) asked while the rows are announced must not fetch the same page again.
    m_fetching = true;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
    m_rows.append(*page);
    findOverlaps(*page);
    endInsertRows();
    m_fetching = false;
}

// The overlaps of a page are looked for among every entry of the roadmap in the page's span, so that
// an entry outside the filter (another stage, another note) still flags the one it overlaps.
void LogModel::findOverlaps(const QList<TimeEntry> &page)
{
    if (page.isEmpty())
        return;
    QDateTime from = page.constFirst().start;
    QDateTime to = page.constFirst().end.value_or(from);
    for (const TimeEntry &e : page) {
        from = std::min(from, e.start);
        to = std::max(to, e.end.value_or(e.start));
    }
    EntryRepository::Filter span;
    span.from = from;
    span.to = to;
    QString error;
    const std::optional<QList<TimeEntry>> around = m_repository.entries(
        m_roadmapId, span, 0, 4 * PageSize + int(page.size()), EntryRepository::Order::Ascending, &error);
    if (around)
        m_overlapping.unite(TimeLog::overlapping(*around));
}

int LogModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::stageTitle(const QString &key) const
{
    const Stage *stage = m_roadmap ? m_roadmap->stage(key) : nullptr;
    return stage ? stage->title : key;
}

QString LogModel::itemTitle(const QString &key) const
{
    const Item *item = m_roadmap && !key.isEmpty() ? m_roadmap->item(key) : nullptr;
    return item ? item->title : key;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TimeEntry &e = m_rows.at(index.row());
    const bool overlaps = m_overlapping.contains(e.id);
    switch (role) {
    case EntryIdRole:
        return e.id;
    case OverlapRole:
        return overlaps;
    case SecondsRole:
        return e.seconds();
    case Qt::DecorationRole:
        if (index.column() == DateColumn && overlaps)
            return Icons::themed(QStringLiteral("dialog-warning"));
        return {};
    case Qt::ToolTipRole:
        if (overlaps)
            return tr("This entry overlaps another one: both are counted.");
        if (index.column() == NoteColumn)
            return e.note;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return locale.toString(local(e, e.start).date(), QLocale::ShortFormat);
    case StartColumn:
        return locale.toString(local(e, e.start).time(), QLocale::ShortFormat);
    case EndColumn: {
        if (!e.end)
            return {};
        const QDateTime end = local(e, *e.end);
        const qint64 days = local(e, e.start).date().daysTo(end.date());
        const QString time = locale.toString(end.time(), QLocale::ShortFormat);
        return days > 0 ? tr("%1 (+%2)").arg(time).arg(days) : time;
    }
    case DurationColumn:
        return duration(e.seconds());
    case StageColumn:
        return stageTitle(e.stageKey);
    case ItemColumn:
        return itemTitle(e.itemKey);
    case NoteColumn:
        return QString(e.note).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DurationColumn:
        return tr("Duration");
    case StageColumn:
        return tr("Stage");
    case ItemColumn:
        return tr("Item");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
