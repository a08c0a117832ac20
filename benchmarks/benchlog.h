// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/entryrepository.h"
#include "tracking/timeentry.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <vector>

// What the benchmarks over a long study log share: the same 100,000 entries over 10 years, and the
// median of their timings.
namespace BenchLog {

constexpr int Entries = 100'000;

// The first entry's start; the log runs 10 years from there.
inline QDateTime firstStart()
{
    return QDateTime(QDate(2017, 1, 2), QTime(6, 0), Qt::UTC);
}

// 100,000 entries over 10 years: ~27 a day, 20 to 80 minutes each, in turn for each of `stages`,
// written in batches of 10,000. With `chineseNotes`, every fifth note is a long Chinese one.
inline bool fill(EntryRepository &entries, int roadmapId, const QStringList &stages, bool chineseNotes, QString *error)
{
    constexpr int Batch = 10'000;
    const QDateTime first = firstStart();
    const qint64 span = qint64(3652) * 86400;
    for (int done = 0; done < Entries; done += Batch) {
        QList<TimeEntry> batch;
        for (int i = done; i < done + Batch; ++i) {
            TimeEntry e;
            e.stageKey = stages.at(i % stages.size());
            e.start = first.addSecs(span * i / Entries);
            e.end = e.start.addSecs(60 * (20 + (i * 7) % 61));
            e.offsetMinutes = 60;
            e.note = chineseNotes && i % 5 == 0 ? QStringLiteral("第 %1 次：复习入门笔记，整理注意力机制的推导").arg(i)
                                                : QStringLiteral("entry %1").arg(i);
            batch.append(e);
        }
        if (!entries.change(roadmapId, {}, batch, error))
            return false;
    }
    return true;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace BenchLog
