// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressview.h"

#include "common/messagebar.h"
#include "progress/burnupchart.h"
#include "progress/chartdata.h"
#include "progress/checklistchart.h"
#include "progress/heatmap.h"
#include "progress/stagerangechart.h"
#include "progress/weeklychart.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/entryrepository.h"
#include "timeline/plandocument.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

ProgressView::ProgressView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_messageBar(new MessageBar(this)), m_summary(new QLabel(this)),
      m_weekly(new WeeklyChart(this)), m_burnUp(new BurnUpChart(this)), m_ranges(new StageRangeChart(this)),
      m_rangesCaption(new QLabel(this)), m_checklists(new ChecklistChart(this)), m_missing(new QLabel(this)),
      m_heatMapTitle(new QLabel(this)), m_heatMap(new HeatMap(this)), m_streak(new QLabel(this))
{
    setObjectName(QStringLiteral("progressView"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_missing->setObjectName(QStringLiteral("missingLabel"));
    m_streak->setObjectName(QStringLiteral("streakLabel"));
    for (QLabel *label : {m_summary, m_rangesCaption, m_missing})
        label->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);
    QFont titleFont = m_heatMapTitle->font();
    titleFont.setBold(true);
    m_heatMapTitle->setFont(titleFont);
    m_missing->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The two weekly charts side by side, the stages against the guide (the chart that says whether the
    // learner follows the guide) across the width, the checklists with what is missing, the calendar.
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(m_weekly, 0, 0);
    grid->addWidget(m_burnUp, 0, 1);
    grid->addWidget(m_ranges, 1, 0, 1, 2);
    grid->addWidget(m_rangesCaption, 2, 0, 1, 2);
    grid->addWidget(m_checklists, 3, 0);
    grid->addWidget(m_missing, 3, 1);
    auto *calendar = new QVBoxLayout;
    calendar->addWidget(m_heatMapTitle);
    calendar->addWidget(m_heatMap, 0, Qt::AlignLeft);
    calendar->addWidget(m_streak);
    grid->addLayout(calendar, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("progressScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);

    connect(&session.entries(), &EntryRepository::entriesChanged, this, &ProgressView::invalidate);
    connect(&session.plan(), &PlanDocument::changed, this, &ProgressView::invalidate);
    connect(&session.document(), &RoadmapDocument::reset, this, &ProgressView::invalidate);
    connect(&session.document(), &RoadmapDocument::itemChanged, this, &ProgressView::invalidate);
    connect(&session.document(), &RoadmapDocument::branchChanged, this, &ProgressView::invalidate);

    retranslate();
}

void ProgressView::invalidate()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void ProgressView::refresh()
{
    m_stale = false;
    const QDate today = m_session.clock().now().toTimeZone(m_session.timeZone()).date();
    QString error;
    const std::optional<Progress::Data> data =
        Progress::compute(m_session.entries(), m_session.document().roadmapId(), m_session.document().roadmap(),
                          m_session.plan().plan(), m_session.plan().schedule(), today, &error);
    if (!data) {
        m_messageBar->showMessage(error, MessageBar::Type::Error);
        return;
    }
    setData(*data, m_session.plan().schedule());
    Q_EMIT refreshed();
}

void ProgressView::setData(const Progress::Data &data, const Planner::Schedule &schedule)
{
    m_data = data;
    m_schedule = schedule;
    render();
}

void ProgressView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProgressView::retranslate()
{
    m_rangesCaption->setText(tr("Light band: when the guide says the stage ends. Thin bar: the plan. Thick bar: "
                                "the days you studied. ◆: the forecast end. Dashed line: today."));
    m_heatMapTitle->setText(tr("Study time per day, the last 12 months"));
    render();
}

void ProgressView::render()
{
    const QLocale locale;
    m_summary->setText(ChartData::summary(m_data.forecasts, locale));
    m_weekly->setData(ChartData::weekly(m_data.weeks, m_schedule, locale));
    m_burnUp->setData(ChartData::burnUp(m_data.burnUp, locale));
    m_ranges->setData(m_data.ranges, m_data.calendar.to);
    m_checklists->setData(m_data.checklists);
    const QStringList missing = ChartData::missingText(m_data.checklists, locale);
    if (!missing.isEmpty())
        m_missing->setText(QStringLiteral("• ") + missing.join(QStringLiteral("\n• ")));
    else if (!m_data.checklists.isEmpty())
        m_missing->setText(tr("Every stage's assessment checklist is ticked."));
    else
        m_missing->clear();
    m_heatMap->setCalendar(m_data.calendar);
    m_streak->setText(ChartData::streakText(m_data.calendar));
}
