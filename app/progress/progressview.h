// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planner.h"
#include "statistics/progress.h"

#include <QWidget>

class BurnUpChart;
class ChecklistChart;
class HeatMap;
class MessageBar;
class QLabel;
class Session;
class StageRangeChart;
class WeeklyChart;

// The Progress view: whether the learner is on track, against the plan and the guide. A summary in
// words at the top (the pace, the plan's forecast end and its verdict), then the charts: hours per
// week planned against studied, the burn-up with its forecast, each stage against the guide, the
// checklists with what is missing, and the heat map of the last 12 months with the streak.
//
// Contract: the data is Progress::compute() for the session's roadmap, plan and log, computed when
// the view is shown and again when the log, the plan or the roadmap changes while it is visible; a
// change while it is hidden only marks it stale, and it is computed when shown next.
class ProgressView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressView)

public:
    explicit ProgressView(Session &session, QWidget *parent = nullptr);

    // Computes the data now and shows it (errors go to the view's message bar).
    void refresh();
    bool isStale() const { return m_stale; }
    // Shows `data`, with the plan's `schedule` for the weekly budget.
    void setData(const Progress::Data &data, const Planner::Schedule &schedule);
    const Progress::Data &data() const { return m_data; }

    QLabel *summaryLabel() const { return m_summary; }
    WeeklyChart *weeklyChart() const { return m_weekly; }
    BurnUpChart *burnUpChart() const { return m_burnUp; }
    StageRangeChart *stageRangeChart() const { return m_ranges; }
    ChecklistChart *checklistChart() const { return m_checklists; }
    QLabel *missingLabel() const { return m_missing; }
    HeatMap *heatMap() const { return m_heatMap; }
    QLabel *streakLabel() const { return m_streak; }
    MessageBar *messageBar() const { return m_messageBar; }

Q_SIGNALS:
    // The data was computed again.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void invalidate();
    void retranslate();
    void render();

    Session &m_session;
    Progress::Data m_data;
    Planner::Schedule m_schedule;
    bool m_stale = true;
    MessageBar *m_messageBar;
    QLabel *m_summary;
    WeeklyChart *m_weekly;
    BurnUpChart *m_burnUp;
    StageRangeChart *m_ranges;
    QLabel *m_rangesCaption;
    ChecklistChart *m_checklists;
    QLabel *m_missing;
    QLabel *m_heatMapTitle;
    HeatMap *m_heatMap;
    QLabel *m_streak;
};
