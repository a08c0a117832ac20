// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "schedule/scheduler.h"
#include "schedule/weekplanner.h"
#include "week/blockcommands.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <optional>

class Session;

// The week on screen and its study blocks. It asks WeekPlanner for the week (placing it the first
// time), places the weeks again when the plan, the availability or the busy time change, and edits
// blocks only through undoable commands on the plan's undo stack, each stored in one transaction.
//
// A block the learner moves, resizes or makes is pinned: the scheduler never moves it again. An edit
// that would overlap busy time or another block is refused through refused().
class WeekDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekDocument)

public:
    explicit WeekDocument(Session &session, QObject *parent = nullptr);
    ~WeekDocument() override;

    Session &session() const { return m_session; }

    // The Monday of the week shown (the scheduler's week; the view may start its grid on another
    // day of the locale, and then shows the days of two weeks).
    QDate monday() const { return m_monday; }
    // The first day the view shows: the locale's first day of the week on or before `monday()`.
    QDate firstDay() const;
    void showWeekOf(const QDate &date);
    void showToday();
    QDate today() const;
    QDateTime now() const;
    QTimeZone zone() const;

    // What the view shows: the blocks and busy time of the 7 days from firstDay(), the summary of
    // the scheduler's week of monday().
    const QList<StudyBlock> &blocks() const { return m_blocks; }
    const QList<BusyEvent> &busy() const { return m_busy; }
    const WeekPlanner::Week &week() const { return m_week; }
    std::optional<StudyBlock> block(const QString &id) const;
    QString errorString() const { return m_error; }
    bool isReadOnly() const;

    // Places the shown week again (blocks the learner moved, made or marked stay).
    bool reschedule();
    // Re-reads the week (after a change elsewhere); places it if it never was.
    void refresh();

    // The edits the view offers; each is one undo step. false (and refused()) when refused.
    bool moveBlock(const QString &id, const QDateTime &start, const QDateTime &end);
    bool createBlock(const QDateTime &start, const QDateTime &end, const QString &stageKey = QString());
    bool deleteBlock(const QString &id);
    bool setStatus(const QString &id, StudyBlock::Status status);
    bool setItem(const QString &id, const QString &itemKey);

    // Catching up with a stage's missed blocks (Scheduler::catchUpOptions), and applying one option:
    // blocks, dropped items and plan in one transaction and one undo step.
    QList<Scheduler::CatchUpOption> catchUpOptions(const QString &stageKey) const;
    bool applyCatchUp(const Scheduler::CatchUpOption &option);
    // The stages that have missed blocks in the shown week, in plan order.
    QStringList stagesWithMissedBlocks() const;

    // Used by the undo commands: removes the blocks of `from` (by id), stores those of `to`, and the
    // dropped items and plan of `to` where it has them, in one transaction.
    bool replaceState(const BlockState &from, const BlockState &to);

    WeekPlanner::Context context() const;

Q_SIGNALS:
    void changed();
    void refused(const QString &message);

private:
    bool edit(const BlockState &before, const BlockState &after, const QString &text);
    QString overlapRefusal(const StudyBlock &block) const;
    void inputsChanged();

    Session &m_session;
    QDate m_monday;
    QList<StudyBlock> m_blocks;
    QList<BusyEvent> m_busy;
    WeekPlanner::Week m_week;
    QString m_error;
    Plan m_lastPlan;
    bool m_refreshing = false;
    bool m_applied = false; // whether the last replaceState() succeeded
};
