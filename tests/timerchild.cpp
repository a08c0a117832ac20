// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for tst_entryrepository's crash tests: it writes to a database the way the
// application does and reports each committed change on standard output, until it is killed.
//
//   timerchild DB timer   starts a timer, then writes a heartbeat every 20 ms
//   timerchild DB burst   adds entries one transaction after another
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/roadmaprepository.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    Database database;
    QString error;
    if (!database.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    RoadmapRepository roadmaps(database);
    const int roadmapId = roadmaps.ensureBuiltinGuide(&error);
    EntryRepository entries(database);
    const QByteArray mode(argv[2]);
    QDateTime now = QDateTime(QDate(2027, 3, 1), QTime(19, 0), Qt::UTC);
    if (mode == "timer") {
        TimeEntry entry;
        entry.stageKey = QStringLiteral("1");
        entry.start = now;
        entry.note = QStringLiteral("killed mid-timer");
        const std::optional<TimeEntry> started = entries.startTimer(roadmapId, entry, &error);
        if (!started)
            return 1;
        for (int beat = 1;; ++beat) {
            now = now.addSecs(60);
            if (!entries.heartbeat(started->id, now, &error))
                return 1;
            std::printf("heartbeat %s\n", qPrintable(now.toString(Qt::ISODate)));
            std::fflush(stdout);
            QThread::msleep(20);
        }
    }
    if (mode == "burst") {
        for (int i = 0;; ++i) {
            TimeEntry entry;
            entry.stageKey = QStringLiteral("1");
            entry.start = now.addSecs(3600 * i);
            entry.end = entry.start.addSecs(1800);
            entry.note = QStringLiteral("burst %1").arg(i);
            const std::optional<QList<qint64>> ids = entries.change(roadmapId, {}, {entry}, &error);
            if (!ids)
                return 1;
            std::printf("committed %lld\n", static_cast<long long>(ids->constFirst()));
            std::fflush(stdout);
        }
    }
    return 2;
}
