// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/forecast.h"

#include <QHash>
#include <QWidget>

#include <optional>

class BudgetModel;
class PauseModel;
class PlanDocument;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class TimelineWidget;

// The Timeline view: the plan drawn against the guide's month estimates, the budget editor below
// it, and the pauses beside the editor. Every edit recomputes the timeline at once.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(PlanDocument &document, QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    QTableView *budgetTable() const { return m_budgetTable; }

    // The hours a week the learner's availability can hold in blocks (nothing: no availability given).
    // A stage whose budget is above it is flagged, with the numbers, in the timeline and the editor.
    void setPlaceableHours(std::optional<double> hours);

    // The hours studied per week and stage (stage key → weeks), from the study log: each bar fills
    // with the effort done, and a diamond marks the end forecast from the learner's pace.
    void setActuals(const QHash<QString, QList<Forecast::WeekActual>> &actuals);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onPlanChanged();
    void editStage(int row);
    void showBudgetMenu(const QPoint &position);
    void addPause();
    void removePause();

    PlanDocument &m_document;
    BudgetModel *m_budgetModel;
    PauseModel *m_pauseModel;
    TimelineWidget *m_timeline;
    QTableView *m_budgetTable;
    QTableView *m_pauseTable;
    QSplitter *m_splitter;
    QLabel *m_startLabel;
    QDateEdit *m_startEdit;
    QLabel *m_summary;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomFit;
    QTabWidget *m_editors;
    QPushButton *m_addPause;
    QPushButton *m_removePause;
    std::optional<double> m_placeableHours;
    QHash<QString, QList<Forecast::WeekActual>> m_actuals;
};
