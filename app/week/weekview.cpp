// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "week/weekview.h"

#include "common/icons.h"
#include "common/messagebar.h"
#include "common/stagecolors.h"
#include "roadmap/roadmap.h"
#include "week/blockdialog.h"
#include "week/catchupdialog.h"
#include "week/transcribedialog.h"
#include "week/weekdocument.h"
#include "week/weekwidget.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString hours(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

const Roadmap &roadmapOf(const WeekDocument &document)
{
    return *document.context().roadmap;
}

} // namespace

WeekView::WeekView(WeekDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_week(new WeekWidget(this)), m_messageBar(new MessageBar(this)),
      m_previous(new QToolButton(this)), m_next(new QToolButton(this)), m_today(new QPushButton(this)),
      m_title(new QLabel(this)), m_summary(new QLabel(this)), m_catchUp(new QPushButton(this)),
      m_reschedule(new QPushButton(this)), m_availability(new QPushButton(this)), m_transcribe(new QAction(this)),
      m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("weekView"));
    m_week->setObjectName(QStringLiteral("weekWidget"));
    m_messageBar->setObjectName(QStringLiteral("weekMessageBar"));
    m_previous->setObjectName(QStringLiteral("previousWeek"));
    m_next->setObjectName(QStringLiteral("nextWeek"));
    m_today->setObjectName(QStringLiteral("thisWeek"));
    m_title->setObjectName(QStringLiteral("weekTitle"));
    m_summary->setObjectName(QStringLiteral("weekSummary"));
    m_catchUp->setObjectName(QStringLiteral("catchUp"));
    m_reschedule->setObjectName(QStringLiteral("rescheduleWeek"));
    m_availability->setObjectName(QStringLiteral("editAvailability"));
    m_transcribe->setObjectName(QStringLiteral("actionTranscribeWeek"));
    m_transcribe->setIcon(Icons::themed(QStringLiteral("document-edit")));
    m_previous->setIcon(Icons::themed(layoutDirection() == Qt::RightToLeft ? QStringLiteral("go-next")
                                                                           : QStringLiteral("go-previous")));
    m_next->setIcon(Icons::themed(layoutDirection() == Qt::RightToLeft ? QStringLiteral("go-previous")
                                                                       : QStringLiteral("go-next")));
    m_previous->setAutoRaise(true);
    m_next->setAutoRaise(true);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    m_today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageBar->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_title, 1);
    auto *transcribe = new QToolButton(this);
    transcribe->setObjectName(QStringLiteral("transcribeWeek"));
    transcribe->setToolButtonStyle(Qt::ToolButtonTextOnly);
    transcribe->setDefaultAction(m_transcribe);
    bar->addWidget(transcribe);
    bar->addWidget(m_catchUp);
    bar->addWidget(m_reschedule);
    bar->addWidget(m_availability);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_week, 1);

    connect(m_previous, &QToolButton::clicked, this,
            [this] { m_document.showWeekOf(m_document.monday().addDays(-7)); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_document.showWeekOf(m_document.monday().addDays(7)); });
    connect(m_today, &QPushButton::clicked, this, [this] {
        m_document.showToday();
        m_week->scrollToTime(m_document.now().time().addSecs(-3600));
    });
    connect(m_reschedule, &QPushButton::clicked, this, [this] { m_document.reschedule(); });
    connect(m_catchUp, &QPushButton::clicked, this, &WeekView::catchUp);
    connect(m_availability, &QPushButton::clicked, this, &WeekView::availabilityRequested);
    connect(m_transcribe, &QAction::triggered, this, &WeekView::transcribe);

    connect(m_week, &WeekWidget::moveRequested, this, &WeekView::onMoveRequested);
    connect(m_week, &WeekWidget::refused, this,
            [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Type::Warning); });
    connect(m_week, &WeekWidget::activated, this, &WeekView::editBlock);
    connect(m_week, &WeekWidget::contextMenuRequested, this, &WeekView::showBlockMenu);
    connect(m_week, &WeekWidget::deleteRequested, this, [this](const QString &id) { m_document.deleteBlock(id); });
    connect(m_week, &WeekWidget::toggleDoneRequested, this, &WeekView::toggleDone);
    connect(m_week, &WeekWidget::createRequested, this, &WeekView::onCreateRequested);
    connect(&m_document, &WeekDocument::changed, this, &WeekView::onChanged);
    connect(&m_document, &WeekDocument::refused, this,
            [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Type::Warning); });

    // The current-time line and the missed blocks follow the clock.
    m_clockTimer->setInterval(60 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_week->setNow(m_document.now());
        m_document.refresh();
    });
    m_clockTimer->start();

    m_week->setZone(m_document.zone());
    retranslate();
    m_document.refresh();
}

void WeekView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateStyles();
    QWidget::changeEvent(event);
}

void WeekView::retranslate()
{
    m_previous->setToolTip(tr("Previous week (%1)").arg(m_previous->shortcut().toString(QKeySequence::NativeText)));
    m_next->setToolTip(tr("Next week (%1)").arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    m_today->setText(tr("This Week"));
    m_today->setToolTip(tr("Go to the current week (%1)").arg(m_today->shortcut().toString(QKeySequence::NativeText)));
    m_catchUp->setText(tr("Catch Up…"));
    m_catchUp->setToolTip(tr("Make up for missed study blocks"));
    m_reschedule->setText(tr("Place Again"));
    m_reschedule->setToolTip(tr("Place this week's blocks again from now on; blocks you moved, added or marked stay"));
    m_availability->setText(tr("Availability…"));
    m_availability->setToolTip(tr("When you can study"));
    m_transcribe->setText(tr("Transcribe Week…"));
    m_transcribe->setToolTip(tr("Enter what you wrote on the printed week sheet into the study log"));
    onChanged();
}

void WeekView::updateStyles()
{
    const Roadmap &roadmap = roadmapOf(m_document);
    QHash<QString, WeekWidget::StageStyle> styles;
    QHash<QString, QString> titles;
    for (int i = 0; i < roadmap.stages.size(); ++i) {
        const Stage &stage = roadmap.stages.at(i);
        styles.insert(stage.key, {stage.title, StageColors::color(i, palette())});
        for (const Section &section : stage.sections) {
            for (const Item &item : section.items)
                titles.insert(item.key, item.title);
        }
    }
    m_week->setStageStyles(styles);
    m_week->setItemTitles(titles);
}

void WeekView::onChanged()
{
    const QDate first = m_document.firstDay();
    const QDate last = first.addDays(6);
    const QLocale locale;
    const QString format = tr("d MMMM yyyy", "date format of the week's title");
    m_title->setText(tr("%1 – %2 · week %3")
                         .arg(locale.toString(first, format), locale.toString(last, format))
                         .arg(m_document.monday().weekNumber()));

    updateStyles();
    m_week->setNow(m_document.now());
    m_week->setFirstDay(first);
    const WeekPlanner::Week &week = m_document.week();
    if (week.availability)
        m_week->setAvailability(*week.availability);
    else
        m_week->setAvailability(Availability()); // no window: the whole week is shaded
    QList<BusyInterval> busy;
    QStringList summaries;
    for (const BusyEvent &e : m_document.busy()) {
        busy.append({e.start, e.end});
        summaries.append(e.summary);
    }
    m_week->setBusy(busy, summaries);
    m_week->setBlocks(m_document.blocks());

    QStringList parts;
    parts << tr("Budget this week: %1 h").arg(hours(week.budgetHours));
    parts << tr("placed in blocks: %1 h").arg(hours(week.plannedHours));
    if (week.availability) {
        parts << tr("your availability: %1 h a week (%2 h in blocks)")
                     .arg(hours(week.availability->weeklyHours()), hours(week.availability->placeableWeeklyHours()));
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    m_reschedule->setEnabled(!m_document.isReadOnly() && week.availability.has_value());
    m_availability->setEnabled(!m_document.isReadOnly());
    m_transcribe->setEnabled(!m_document.isReadOnly() && !m_document.blocks().isEmpty());
    m_catchUp->setVisible(!m_document.stagesWithMissedBlocks().isEmpty());
    if (!m_document.errorString().isEmpty()) {
        m_messageBar->showMessage(m_document.errorString(), MessageBar::Type::Error);
    } else if (!week.availability) {
        m_messageBar->showMessage(tr("Study Planner places study blocks in the hours you can study. Tell it when "
                                     "with Availability…"),
                                  MessageBar::Type::Information);
    } else if (week.shortfallHours > 0.01 && !week.shortfallReason.isEmpty()) {
        m_messageBar->showMessage(week.shortfallReason, MessageBar::Type::Warning);
    } else {
        m_messageBar->hide();
    }
}

void WeekView::onMoveRequested(const QString &id, const QDateTime &start, const QDateTime &end,
                               bool outsideAvailability)
{
    if (outsideAvailability) {
        const auto answer =
            QMessageBox::question(this, tr("Outside Your Availability"),
                                  tr("This time is outside the hours you said you can study. Move the block there "
                                     "anyway?"),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_week->setBlocks(m_document.blocks()); // back where it was
            return;
        }
    }
    m_document.moveBlock(id, start, end);
}

void WeekView::onCreateRequested(const QDateTime &start, const QDateTime &end)
{
    const WeekWidget::Placement placement = m_week->placement(start, end, QString());
    if (placement == WeekWidget::Placement::OverlapsBusy || placement == WeekWidget::Placement::OverlapsBlock) {
        m_messageBar->showMessage(tr("A new block cannot go there: the time is taken."), MessageBar::Type::Warning);
        return;
    }
    m_document.createBlock(start, end);
}

void WeekView::toggleDone(const QString &id)
{
    const std::optional<StudyBlock> b = m_document.block(id);
    if (!b)
        return;
    m_document.setStatus(id, b->status == StudyBlock::Status::Done ? StudyBlock::Status::Planned
                                                                   : StudyBlock::Status::Done);
}

void WeekView::showBlockMenu(const QString &id, const QPoint &globalPos)
{
    const std::optional<StudyBlock> b = m_document.block(id);
    if (!b)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("blockMenu"));
    QAction *edit = menu.addAction(Icons::themed(QStringLiteral("document-edit")), tr("&Edit…"));
    edit->setObjectName(QStringLiteral("editBlock"));
    QAction *timer = menu.addAction(Icons::themed(QStringLiteral("media-playback-start")), tr("Start &Timer"));
    timer->setObjectName(QStringLiteral("startTimer"));
    timer->setEnabled(!m_document.isReadOnly());
    menu.addSeparator();
    QAction *done = menu.addAction(tr("Mark &Done"));
    done->setObjectName(QStringLiteral("markDone"));
    done->setCheckable(true);
    done->setChecked(b->status == StudyBlock::Status::Done);
    QAction *skip = menu.addAction(tr("&Skip"));
    skip->setObjectName(QStringLiteral("skipBlock"));
    skip->setEnabled(b->status != StudyBlock::Status::Skipped);
    menu.addSeparator();
    QAction *remove = menu.addAction(Icons::themed(QStringLiteral("edit-delete")), tr("De&lete"));
    remove->setObjectName(QStringLiteral("deleteBlock"));
    QAction *chosen = menu.exec(globalPos);
    if (chosen == edit)
        editBlock(id);
    else if (chosen == timer)
        Q_EMIT timerRequested(b->stageKey, b->itemKey, b->id);
    else if (chosen == done)
        toggleDone(id);
    else if (chosen == skip)
        m_document.setStatus(id, StudyBlock::Status::Skipped);
    else if (chosen == remove)
        m_document.deleteBlock(id);
}

void WeekView::editBlock(const QString &id)
{
    const std::optional<StudyBlock> b = m_document.block(id);
    if (!b)
        return;
    BlockDialog dialog(*b, roadmapOf(m_document), m_document.zone(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StudyBlock edited = dialog.block();
    if (edited.itemKey != b->itemKey && !m_document.setItem(id, edited.itemKey))
        return;
    if (edited.start != b->start || edited.end != b->end)
        m_document.moveBlock(id, edited.start, edited.end);
}

void WeekView::catchUp()
{
    const QStringList stages = m_document.stagesWithMissedBlocks();
    if (stages.isEmpty())
        return;
    const Roadmap &roadmap = roadmapOf(m_document);
    QString stageKey = stages.constFirst();
    if (stages.size() > 1) {
        QStringList titles;
        for (const QString &key : stages)
            titles << (roadmap.stage(key) ? roadmap.stage(key)->title : key);
        bool ok = false;
        const QString title =
            QInputDialog::getItem(this, tr("Catch Up"), tr("Catch up with the stage:"), titles, 0, false, &ok);
        if (!ok)
            return;
        stageKey = stages.at(titles.indexOf(title));
    }
    const QList<Scheduler::CatchUpOption> options = m_document.catchUpOptions(stageKey);
    if (options.isEmpty()) {
        m_messageBar->showMessage(tr("There is nothing to catch up with."), MessageBar::Type::Information);
        return;
    }
    CatchUpDialog dialog(roadmap.stage(stageKey) ? roadmap.stage(stageKey)->title : stageKey, options, roadmap,
                         m_document.zone(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen() < 0)
        return;
    if (m_document.applyCatchUp(options.at(dialog.chosen())))
        m_messageBar->showMessage(options.at(dialog.chosen()).summary, MessageBar::Type::Information);
}

void WeekView::transcribe()
{
    auto *dialog = new TranscribeDialog(m_document.session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
