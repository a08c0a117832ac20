// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

class EntryRepository;
struct Roadmap;

// The timer as the command line drives it: "start-timer STAGE[/ITEM]", "stop-timer",
// "timer-status". Run by the command line on the database when no window runs, and by the running
// window when one does (the command line hands the command over, see InstanceGuard::send).
class TimerCommands final
{
    Q_DECLARE_TR_FUNCTIONS(TimerCommands)

public:
    struct Result {
        bool ok = false;
        QString message; // translated, one line
    };

    // `roadmapId` and `roadmap`: the current roadmap (stage and item keys are checked against it).
    // A timer stopped here ends at `now`; one that would last more than MaxHours (or end before it
    // started, the clock having gone back) is not stopped: the window asks the learner instead.
    static Result run(const QByteArray &command, int roadmapId, const Roadmap &roadmap, EntryRepository &entries,
                      const QDateTime &now, const QTimeZone &zone);

    static constexpr int MaxHours = 16;

    // The wire form of a result ("ok …" / "error …") and back.
    static QByteArray encode(const Result &result);
    static Result decode(const QByteArray &answer);
};
