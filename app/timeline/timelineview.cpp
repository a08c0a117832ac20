// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineview.h"

#include "timeline/budgetdelegate.h"
#include "timeline/budgetmodel.h"
#include "timeline/pausemodel.h"
#include "timeline/plandocument.h"
#include "timeline/timelinewidget.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}
} // namespace

TimelineView::TimelineView(PlanDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_budgetModel(new BudgetModel(document, this)),
      m_pauseModel(new PauseModel(document, this)), m_timeline(new TimelineWidget(this)),
      m_budgetTable(new QTableView(this)), m_pauseTable(new QTableView(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_startLabel(new QLabel(this)), m_startEdit(new QDateEdit(this)),
      m_summary(new QLabel(this)), m_zoomOut(new QToolButton(this)), m_zoomIn(new QToolButton(this)),
      m_zoomFit(new QToolButton(this)), m_editors(new QTabWidget(this)), m_addPause(new QPushButton(this)),
      m_removePause(new QPushButton(this))
{
    setObjectName(QStringLiteral("timelineView"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_budgetTable->setObjectName(QStringLiteral("budgetTable"));
    m_pauseTable->setObjectName(QStringLiteral("pauseTable"));
    m_startEdit->setObjectName(QStringLiteral("planStart"));
    m_summary->setObjectName(QStringLiteral("planSummary"));

    m_startEdit->setCalendarPopup(true);
    m_startLabel->setBuddy(m_startEdit);
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    for (QToolButton *button : {m_zoomOut, m_zoomIn, m_zoomFit})
        button->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_startLabel);
    bar->addWidget(m_startEdit);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_zoomFit);

    m_budgetTable->setModel(m_budgetModel);
    m_budgetTable->setItemDelegate(new BudgetDelegate(m_budgetTable));
    m_budgetTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_budgetTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_budgetTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_budgetTable->verticalHeader()->hide();
    m_budgetTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_budgetTable->horizontalHeader()->setStretchLastSection(true);
    m_budgetTable->setAlternatingRowColors(true);
    m_budgetTable->setWordWrap(false);
    m_budgetTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_budgetTable, &QTableView::customContextMenuRequested, this, &TimelineView::showBudgetMenu);

    m_pauseTable->setModel(m_pauseModel);
    m_pauseTable->verticalHeader()->hide();
    m_pauseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pauseTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pauseTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pauseTable->horizontalHeader()->setStretchLastSection(true);

    auto *pauseBox = new QWidget(this);
    auto *pauseLayout = new QVBoxLayout(pauseBox);
    pauseLayout->setContentsMargins(0, 0, 0, 0);
    pauseLayout->addWidget(m_pauseTable);
    auto *pauseButtons = new QHBoxLayout;
    pauseButtons->addWidget(m_addPause);
    pauseButtons->addWidget(m_removePause);
    pauseButtons->addStretch();
    pauseLayout->addLayout(pauseButtons);

    // The budget table needs the width; the pauses share its place in a tab.
    m_editors->addTab(m_budgetTable, QString());
    m_editors->addTab(pauseBox, QString());
    m_editors->setDocumentMode(true);

    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_editors);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_timeline);

    connect(m_zoomOut, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomIn);
    connect(m_zoomFit, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomToFit);
    connect(m_timeline, &TimelineWidget::rowActivated, this, &TimelineView::editStage);
    connect(m_timeline, &TimelineWidget::endDragged, this,
            [this](int row, const QDate &end) { m_document.setEnd(row, end); });
    connect(m_timeline, &TimelineWidget::currentRowChanged, this, [this](int row) {
        const QModelIndex current = m_budgetTable->currentIndex();
        if (current.row() != row)
            m_budgetTable->setCurrentIndex(m_budgetModel->index(row, std::max(0, current.column())));
    });
    connect(m_budgetTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_timeline->setCurrentRow(current.row()); });
    connect(m_startEdit, &QDateEdit::editingFinished, this, [this] {
        if (m_startEdit->date() != m_document.plan().start)
            m_document.setStart(m_startEdit->date());
    });
    connect(m_addPause, &QPushButton::clicked, this, &TimelineView::addPause);
    connect(m_removePause, &QPushButton::clicked, this, &TimelineView::removePause);
    connect(m_pauseTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removePause->setEnabled(m_pauseTable->selectionModel()->hasSelection()); });
    connect(&m_document, &PlanDocument::changed, this, &TimelineView::onPlanChanged);

    retranslate(); // also fills the view from the plan
    m_removePause->setEnabled(false);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineView::retranslate()
{
    m_startLabel->setText(tr("&Start:"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+−)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_zoomFit->setText(tr("Fit"));
    m_zoomFit->setToolTip(tr("Show the whole plan (Ctrl+0)"));
    m_editors->setTabText(0, tr("Weekly budgets"));
    m_editors->setTabText(1, tr("Pauses"));
    m_addPause->setText(tr("&Add Pause"));
    m_removePause->setText(tr("&Remove"));
    m_timeline->setAccessibleName(tr("Timeline of the plan"));
    m_budgetTable->setAccessibleName(tr("Weekly budgets"));
    m_pauseTable->setAccessibleName(tr("Pauses"));
    onPlanChanged();
}

void TimelineView::onPlanChanged()
{
    const Plan &plan = m_document.plan();
    const Planner::Schedule &schedule = m_document.schedule();
    const Roadmap &roadmap = m_document.roadmap();
    const bool readOnly = m_document.isReadOnly();

    QList<TimelineWidget::Row> rows;
    for (const StagePlan &stagePlan : plan.stages) {
        const Planner::StageSchedule *s = schedule.stage(stagePlan.stageKey);
        const Stage *stage = roadmap.stage(stagePlan.stageKey);
        if (!s || !stage)
            continue;
        TimelineWidget::Row row;
        row.title = stage->title;
        row.start = s->start;
        row.end = s->end;
        row.guideEarliestEnd = s->guideEarliestEnd;
        row.guideLatestEnd = s->guideLatestEnd;
        row.draggable = s->end.has_value() && !readOnly;
        const QString range = s->end ? tr("%1 – %2").arg(dateText(s->start), dateText(s->end->addDays(-1)))
                                     : tr("from %1, ongoing").arg(dateText(s->start));
        QString guide;
        if (s->guideLatestEnd)
            guide = tr("The guide: ends between %1 and %2")
                        .arg(dateText(s->guideEarliestEnd), dateText(*s->guideLatestEnd));
        else
            guide = tr("The guide: no end");
        row.toolTip = tr("%1\n%2\n%3 h/week · %4\n%5")
                          .arg(stage->title, range, QLocale().toString(s->weeklyHours, 'g', 3), guide,
                               Planner::verdictText(s->verdict, s->weeksDifference));
        const auto actual = m_actuals.constFind(stagePlan.stageKey);
        if (actual != m_actuals.constEnd() && s->start.isValid()) {
            const Forecast::Result forecast = Forecast::forecast(s->effortHours, s->start, *actual, m_document.today());
            if (s->effortHours > 0 && s->end)
                row.progress = std::min(1.0, forecast.doneHours / s->effortHours);
            if (forecast.status == Forecast::Status::Forecast && forecast.end)
                row.forecastEnd = forecast.end;
            QString pace;
            switch (forecast.status) {
            case Forecast::Status::NoHistory:
                pace = tr("No study logged yet: no forecast yet.");
                break;
            case Forecast::Status::Stalled:
                pace = tr("No study in the last weeks: no forecast yet.");
                break;
            case Forecast::Status::Done:
                pace = tr("The planned effort is done.");
                break;
            case Forecast::Status::Forecast:
                pace = tr("At %1 h/week, it ends around %2.")
                           .arg(QLocale().toString(forecast.weeklyPace, 'f', 1), dateText(forecast.end->addDays(-1)));
                break;
            }
            row.toolTip += QLatin1Char('\n')
                           + tr("Studied: %1 h of %2 h. %3")
                                 .arg(QLocale().toString(forecast.doneHours, 'f', 1),
                                      QLocale().toString(s->effortHours, 'f', 0), pace);
        }
        if (m_placeableHours && s->weeklyHours > *m_placeableHours + 0.01) {
            row.overBudget = true;
            row.toolTip += QLatin1Char('\n') + BudgetModel::overAvailabilityText(s->weeklyHours, *m_placeableHours);
        }
        rows.append(row);
    }
    QList<TimelineWidget::Pause> pauses;
    for (const Pause &pause : plan.pauses) {
        const QString hours =
            pause.weeklyHours > 0 ? tr("%1 h/week").arg(QLocale().toString(pause.weeklyHours)) : tr("no study");
        pauses.append({pause.first, pause.last,
                       tr("Pause %1 – %2 (%3)%4")
                           .arg(dateText(pause.first), dateText(pause.last), hours,
                                pause.note.isEmpty() ? QString() : QStringLiteral("\n") + pause.note)});
    }
    m_timeline->setToday(m_document.today());
    m_timeline->setRows(rows);
    m_timeline->setPauses(pauses);

    {
        const QSignalBlocker blocker(m_startEdit);
        m_startEdit->setDate(plan.start);
    }
    m_startEdit->setEnabled(!readOnly);
    m_addPause->setEnabled(!readOnly);

    const Planner::PathComparison &path = schedule.path;
    QString summary = tr("Until the open-ended stage: %1 – %2, %3")
                          .arg(dateText(plan.start), dateText(path.end.addDays(-1)),
                               Planner::verdictText(path.verdict, path.weeksDifference));
    // Overlapping stages add their hours up: say so when it makes a week heavier than any one budget.
    double busiest = 0;
    double largestBudget = 0;
    for (const Planner::StageSchedule &stage : schedule.stages) {
        busiest = std::max(busiest, Planner::weeklyLoad(schedule, plan, stage.start));
        largestBudget = std::max(largestBudget, stage.weeklyHours);
    }
    if (busiest > largestBudget + 0.05)
        summary += tr(" · overlapping stages: up to %1 h/week").arg(QLocale().toString(busiest, 'g', 3));
    int over = 0;
    for (const TimelineWidget::Row &row : std::as_const(rows))
        over += row.overBudget;
    if (over > 0 && m_placeableHours) {
        summary += QStringLiteral(" · ")
                   + tr("%n stage(s) above your availability of %1 h/week", nullptr, over)
                         .arg(QLocale().toString(*m_placeableHours, 'g', 3));
    } else if (m_placeableHours) {
        summary += QStringLiteral(" · ")
                   + tr("your availability: %1 h/week").arg(QLocale().toString(*m_placeableHours, 'g', 3));
    }
    m_summary->setText(summary);
}

void TimelineView::setActuals(const QHash<QString, QList<Forecast::WeekActual>> &actuals)
{
    m_actuals = actuals;
    onPlanChanged();
}

void TimelineView::setPlaceableHours(std::optional<double> hours)
{
    if (hours == m_placeableHours)
        return;
    m_placeableHours = hours;
    m_budgetModel->setPlaceableHours(hours);
    onPlanChanged();
}

void TimelineView::editStage(int row)
{
    const QModelIndex index = m_budgetModel->index(row, BudgetModel::WeeklyHoursColumn);
    if (!index.isValid())
        return;
    m_editors->setCurrentIndex(0);
    m_budgetTable->setCurrentIndex(index);
    m_budgetTable->setFocus();
    m_budgetTable->edit(index);
}

void TimelineView::showBudgetMenu(const QPoint &position)
{
    const QModelIndex index = m_budgetTable->indexAt(position);
    if (!index.isValid())
        return;
    const int row = index.row();
    const StagePlan &stagePlan = m_document.plan().stages.at(row);
    const Stage *stage = m_document.roadmap().stage(stagePlan.stageKey);
    if (!stage)
        return;
    QMenu menu(this);
    QAction *edit = menu.addAction(tr("Edit Weekly Hours"));
    connect(edit, &QAction::triggered, this, [this, row] { editStage(row); });
    // The guide's month range gives the default effort; the items' own estimates are the other choice.
    const double estimated = Planner::itemEstimateHours(*stage);
    QAction *fromItems = menu.addAction(
        estimated > 0 ? tr("Set the Effort to the Items' Estimates (%1 h)").arg(QLocale().toString(estimated))
                      : tr("Set the Effort to the Items' Estimates (none given)"));
    fromItems->setEnabled(estimated > 0 && !stage->months.isOpenEnded() && !m_document.isReadOnly());
    connect(fromItems, &QAction::triggered, this,
            [this, row, estimated] { m_document.setValue(row, PlanDocument::Field::Effort, estimated); });
    QAction *fromGuide = menu.addAction(tr("Set the Effort to the Guide's Estimate"));
    fromGuide->setEnabled(!stage->months.isOpenEnded() && !m_document.isReadOnly());
    connect(fromGuide, &QAction::triggered, this, [this, row, key = stagePlan.stageKey] {
        const Plan defaults = Planner::defaultPlan(m_document.roadmap(), m_document.plan().start);
        if (const StagePlan *guide = defaults.stage(key)) {
            const double effort =
                guide->effortHours * m_document.plan().stages.at(row).weeklyHours / std::max(0.1, guide->weeklyHours);
            m_document.setValue(row, PlanDocument::Field::Effort, effort);
        }
    });
    menu.exec(m_budgetTable->viewport()->mapToGlobal(position));
}

void TimelineView::addPause()
{
    // Two weeks from today (or the plan's start, if later): the learner adjusts it in place.
    const QDate from = std::max(m_document.today(), m_document.plan().start);
    if (m_document.addPause({from, from.addDays(13), 0, QString()})) {
        const QModelIndex added = m_pauseModel->index(m_pauseModel->rowCount() - 1, PauseModel::FirstColumn);
        m_editors->setCurrentIndex(1);
        m_pauseTable->setCurrentIndex(added);
        m_pauseTable->edit(added);
    }
}

void TimelineView::removePause()
{
    const QModelIndex current = m_pauseTable->currentIndex();
    if (current.isValid())
        m_document.removePause(current.row());
}

QByteArray TimelineView::saveState() const
{
    return m_splitter->saveState();
}

void TimelineView::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}
