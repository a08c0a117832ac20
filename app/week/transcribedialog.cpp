// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "week/transcribedialog.h"

#include "common/messagebar.h"
#include "common/stagecolors.h"
#include "log/entrycommands.h"
#include "log/logdocument.h"
#include "roadmap/roadmap.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/blockrepository.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "timeline/plandocument.h"
#include "week/blockcommands.h"
#include "week/weekdocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <memory>

namespace {

constexpr int MaxMinutes = 16 * 60;

// The minutes box of a row: blank for 0, like the empty box on the sheet; a field cleared is 0.
class MinutesBox final : public QSpinBox
{
public:
    explicit MinutesBox(QWidget *parent) : QSpinBox(parent)
    {
        // Beyond 16 hours on purpose: such a value is refused with a reason, not silently clamped.
        setRange(0, 9999);
        setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setInputMethodHints(Qt::ImhDigitsOnly);
        setFocusPolicy(Qt::StrongFocus);
    }

protected:
    // The wheel scrolls the sheet; it changes only the minutes being edited.
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QSpinBox::wheelEvent(event);
        else
            event->ignore();
    }
    QValidator::State validate(QString &input, int &pos) const override
    {
        return input.trimmed().isEmpty() ? QValidator::Acceptable : QSpinBox::validate(input, pos);
    }
    int valueFromText(const QString &text) const override
    {
        return text.trimmed().isEmpty() ? 0 : QSpinBox::valueFromText(text);
    }
    QString textFromValue(int value) const override { return value == 0 ? QString() : QSpinBox::textFromValue(value); }
};

// The transcription as one undo step: the new entries (one transaction, EntryEditCommand) and the
// blocks marked done (BlockEditCommand). When the second part cannot be stored the first is undone,
// so that a failed redo leaves the log and the week as they were; the stack then drops the command.
class TranscribeCommand final : public QUndoCommand
{
public:
    TranscribeCommand(LogDocument &log, WeekDocument &week, const QList<TimeEntry> &entries,
                      const QList<StudyBlock> &before, const QList<StudyBlock> &after, const QString &text,
                      std::shared_ptr<bool> applied)
        : QUndoCommand(text), m_applied(std::move(applied))
    {
        if (!entries.isEmpty())
            m_entries = std::make_unique<EntryEditCommand>(log, log.roadmapId(), QList<TimeEntry>(), entries, text);
        if (!after.isEmpty())
            m_blocks =
                std::make_unique<BlockEditCommand>(week, BlockState{before, {}, {}}, BlockState{after, {}, {}}, text);
    }

    void redo() override
    {
        *m_applied = false;
        if (m_entries) {
            m_entries->redo();
            if (!m_entries->applied()) {
                setObsolete(true);
                return;
            }
        }
        if (m_blocks) {
            m_blocks->redo();
            if (m_blocks->isObsolete()) {
                if (m_entries)
                    m_entries->undo();
                setObsolete(true);
                return;
            }
        }
        *m_applied = true;
    }

    void undo() override
    {
        if (m_blocks) {
            m_blocks->undo();
            if (m_blocks->isObsolete()) {
                setObsolete(true);
                return;
            }
        }
        if (m_entries) {
            m_entries->undo();
            if (!m_entries->applied())
                setObsolete(true);
        }
    }

private:
    std::shared_ptr<bool> m_applied;
    std::unique_ptr<EntryEditCommand> m_entries;
    std::unique_ptr<BlockEditCommand> m_blocks;
};

} // namespace

TranscribeDialog::TranscribeDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_messageBar(new MessageBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("transcribeDialog"));
    setWindowTitle(tr("Transcribe Week"));
    const WeekDocument &week = m_session.week();
    const QDate first = week.firstDay();
    const QLocale locale;

    const QString dateFormat = tr("d MMMM yyyy", "date format of the week in the Transcribe Week dialog");
    auto *title = new QLabel(
        tr("%1 – %2").arg(locale.toString(first, dateFormat), locale.toString(first.addDays(6), dateFormat)), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    auto *heading = new QLabel(tr("Tick the blocks you did and type the minutes you studied, as you wrote them on "
                                  "the printed sheet. Blank minutes: not studied."),
                               this);
    heading->setObjectName(QStringLiteral("transcribeHeading"));
    heading->setWordWrap(true);
    m_messageBar->setObjectName(QStringLiteral("transcribeMessageBar"));
    m_messageBar->hide();

    load();

    auto *sheet = new QWidget;
    auto *grid = new QGridLayout(sheet);
    QFont bold = font();
    bold.setBold(true);
    for (int day = 0; day < 7; ++day) {
        const QDate date = first.addDays(day);
        auto *header = new QLabel(
            QStringLiteral("%1\n%2").arg(locale.standaloneDayName(date.dayOfWeek(), QLocale::LongFormat),
                                         locale.toString(date, tr("d MMMM", "date format of a day in the Transcribe "
                                                                            "Week dialog"))),
            sheet);
        header->setObjectName(QStringLiteral("transcribeDay%1").arg(day));
        header->setFont(bold);
        header->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        grid->addWidget(header, 0, day);
        auto *column = new QVBoxLayout;
        int count = 0;
        for (Row &row : m_rows) {
            if (row.block.start.toTimeZone(week.zone()).date() == date) {
                column->addWidget(makeRow(row, sheet));
                ++count;
            }
        }
        if (count == 0) {
            auto *none = new QLabel(tr("No study blocks"), sheet);
            none->setAlignment(Qt::AlignHCenter);
            none->setEnabled(false);
            column->addWidget(none);
        }
        column->addStretch(1);
        grid->addLayout(column, 1, day);
        grid->setColumnStretch(day, 1);
        grid->setColumnMinimumWidth(day, 160);
    }
    grid->setRowStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("transcribeSheet"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(sheet);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to Log"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TranscribeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(heading);
    layout->addWidget(m_messageBar);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);

    // Tab: along a row (done, minutes, note), then to the next row, then to the buttons.
    QList<QWidget *> chain;
    for (const Row &row : std::as_const(m_rows))
        chain << row.done << row.minutes << row.note;
    chain << m_buttons;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    for (QWidget *w : std::as_const(chain)) {
        if (w->isEnabled() && w != m_buttons) {
            w->setFocus();
            break;
        }
    }

    if (m_session.database().isReadOnly()) {
        m_messageBar->showMessage(tr("This database is open read-only: nothing can be added to the study log."),
                                  MessageBar::Type::Warning);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    resize(qMax(sizeHint().width(), 7 * 175 + 40), 620);
}

QList<QFrame *> TranscribeDialog::rows() const
{
    QList<QFrame *> result;
    for (const Row &row : m_rows)
        result.append(row.frame);
    return result;
}

// The blocks of the 7 days shown and the entries near them: those of a block make its row "logged";
// all of them are checked for overlaps. An entry is counted for its block when it starts within a
// week of the days shown (a timer started from a block runs in or near it).
void TranscribeDialog::load()
{
    const WeekDocument &week = m_session.week();
    const int roadmapId = m_session.document().roadmapId();
    const QDateTime from(week.firstDay(), QTime(0, 0), week.zone());
    const QDateTime to(week.firstDay().addDays(7), QTime(0, 0), week.zone());
    QString error;
    QList<StudyBlock> blocks = m_session.blocks().blocks(roadmapId, from, to, &error).value_or(QList<StudyBlock>());
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const StudyBlock &a, const StudyBlock &b) { return a.start < b.start; });
    EntryRepository::Filter filter;
    filter.from = from.addDays(-7);
    filter.to = to.addDays(7);
    if (error.isEmpty()) {
        m_logged = m_session.entries()
                       .entries(roadmapId, filter, 0, -1, EntryRepository::Order::Ascending, &error)
                       .value_or(QList<TimeEntry>());
    }
    if (!error.isEmpty())
        m_messageBar->showMessage(error, MessageBar::Type::Error);
    QHash<QString, qint64> seconds;
    QSet<QString> withEntries;
    for (const TimeEntry &e : std::as_const(m_logged)) {
        if (e.blockId.isEmpty())
            continue;
        withEntries.insert(e.blockId);
        seconds[e.blockId] += e.seconds();
    }
    for (const StudyBlock &b : std::as_const(blocks)) {
        // A block that only reaches into the first day belongs to the day before, not to the sheet.
        const QDate day = b.start.toTimeZone(week.zone()).date();
        if (day < week.firstDay() || day > week.firstDay().addDays(6))
            continue;
        Row row;
        row.block = b;
        row.logged = withEntries.contains(b.id);
        row.loggedMinutes = int((seconds.value(b.id) + 30) / 60);
        m_rows.append(row);
    }
}

QWidget *TranscribeDialog::makeRow(Row &row, QWidget *parent)
{
    const StudyBlock &b = row.block;
    const Roadmap &roadmap = m_session.plan().roadmap();
    const QLocale locale;
    const QTimeZone zone = m_session.week().zone();

    row.frame = new QFrame(parent);
    row.frame->setObjectName(QStringLiteral("transcribeRow"));
    row.frame->setProperty("blockId", b.id);
    row.frame->setFrameShape(QFrame::StyledPanel);
    auto *outer = new QHBoxLayout(row.frame);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // The stage's colour, as the block in the Week view.
    int stageIndex = 0;
    while (stageIndex < roadmap.stages.size() && roadmap.stages.at(stageIndex).key != b.stageKey)
        ++stageIndex;
    auto *strip = new QFrame(row.frame);
    strip->setFixedWidth(4);
    strip->setAutoFillBackground(true);
    QPalette stripPalette = strip->palette();
    stripPalette.setColor(QPalette::Window, StageColors::color(stageIndex, palette()));
    strip->setPalette(stripPalette);
    outer->addWidget(strip);

    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(3);
    outer->addLayout(layout, 1);

    auto *time = new QLabel(tr("%1–%2").arg(locale.toString(b.start.toTimeZone(zone).time(), QLocale::ShortFormat),
                                            locale.toString(b.end.toTimeZone(zone).time(), QLocale::ShortFormat)),
                            row.frame);
    QFont bold = time->font();
    bold.setBold(true);
    time->setFont(bold);
    layout->addWidget(time);
    const Stage *stage = roadmap.stage(b.stageKey);
    // The stage in the secondary colour (its colour is on the strip), the item to study in full.
    auto *stageLabel = new QLabel(stage ? stage->title : b.stageKey, row.frame);
    stageLabel->setWordWrap(true);
    stageLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(stageLabel);
    if (const Item *item = roadmap.item(b.itemKey)) {
        auto *itemLabel = new QLabel(item->title, row.frame);
        itemLabel->setWordWrap(true);
        layout->addWidget(itemLabel);
    }

    const QString label = rowLabel(row);
    row.done = new QCheckBox(tr("Done"), row.frame);
    row.done->setObjectName(QStringLiteral("done"));
    row.done->setAccessibleName(tr("Done: the block at %1").arg(label));
    row.minutes = new MinutesBox(row.frame);
    row.minutes->setObjectName(QStringLiteral("minutes"));
    row.minutes->setAccessibleName(tr("Minutes studied in the block at %1").arg(label));
    row.minutes->setToolTip(tr("The minutes you studied; blank if you did not study"));
    auto *unit = new QLabel(tr("min", "minutes"), row.frame);
    unit->setBuddy(row.minutes);
    auto *line = new QHBoxLayout;
    line->addWidget(row.done);
    line->addStretch(1);
    line->addWidget(row.minutes);
    line->addWidget(unit);
    layout->addLayout(line);
    row.note = new QLineEdit(row.frame);
    row.note->setObjectName(QStringLiteral("note"));
    row.note->setPlaceholderText(tr("Note"));
    row.note->setAccessibleName(tr("Note on the block at %1").arg(label));
    row.note->setClearButtonEnabled(true);
    layout->addWidget(row.note);

    QStringList status;
    if (b.status == StudyBlock::Status::Done) {
        row.done->setChecked(true);
        row.done->setEnabled(false);
        status << tr("Already marked done");
    } else if (b.status == StudyBlock::Status::Skipped) {
        status << tr("Skipped");
    }
    if (row.logged) {
        row.minutes->setValue(row.loggedMinutes);
        row.minutes->setEnabled(false);
        row.note->setEnabled(false);
        status << tr("Already in the study log: %1 min").arg(locale.toString(row.loggedMinutes));
    }
    if (!status.isEmpty()) {
        auto *statusLabel = new QLabel(status.join(QLatin1Char('\n')), row.frame);
        statusLabel->setObjectName(QStringLiteral("status"));
        statusLabel->setWordWrap(true);
        QFont italic = statusLabel->font();
        italic.setItalic(true);
        statusLabel->setFont(italic);
        layout->addWidget(statusLabel);
    }

    // Ticking "done" fills in the planned length while the field is blank; unticking takes it back
    // when it is still that value.
    const int index = int(&row - m_rows.data());
    connect(row.done, &QCheckBox::toggled, this, [this, index](bool checked) {
        Row &r = m_rows[index];
        if (r.logged || !r.minutes->isEnabled())
            return;
        if (checked && r.minutes->value() == 0) {
            r.minutes->setValue(r.block.minutes());
            r.filled = true;
        } else if (!checked && r.filled && r.minutes->value() == r.block.minutes()) {
            r.minutes->setValue(0);
            r.filled = false;
        }
    });
    return row.frame;
}

QString TranscribeDialog::rowLabel(const Row &row) const
{
    const QLocale locale;
    const QDateTime start = row.block.start.toTimeZone(m_session.week().zone());
    return tr("%1 %2", "day and time of a block")
        .arg(locale.dayName(start.date().dayOfWeek(), QLocale::ShortFormat),
             locale.toString(start.time(), QLocale::ShortFormat));
}

// Why the entry of row `index` cannot be written; empty when it can.
QString TranscribeDialog::refusal(int index, const TimeEntry &entry) const
{
    const Row &row = m_rows.at(index);
    const QLocale locale;
    const QTimeZone zone = m_session.week().zone();
    const QString label = rowLabel(row);
    const QDateTime end = *entry.end;
    const QString minutes = locale.toString(entry.seconds() / 60);
    if (entry.seconds() > qint64(MaxMinutes) * 60)
        return tr("%1: %2 minutes is more than 16 hours.").arg(label, minutes);
    for (int j = 0; j < m_rows.size(); ++j) {
        const Row &other = m_rows.at(j);
        if (j == index
            || (other.block.status == StudyBlock::Status::Skipped && other.minutes->value() == 0 && !other.logged))
            continue;
        if (entry.start < other.block.end && other.block.start < end)
            return tr("%1: %2 minutes would reach into the block at %3.").arg(label, minutes, rowLabel(other));
    }
    const QDateTime now = m_session.clock().now();
    for (const TimeEntry &logged : m_logged) {
        const QDateTime loggedEnd = logged.end.value_or(now);
        if (entry.start < loggedEnd && logged.start < end) {
            return tr("%1: %2 minutes would overlap an entry already in the study log, %3–%4.")
                .arg(label, minutes, locale.toString(logged.start.toTimeZone(zone).time(), QLocale::ShortFormat),
                     locale.toString(loggedEnd.toTimeZone(zone).time(), QLocale::ShortFormat));
        }
    }
    if (end > now)
        return tr("%1: %2 minutes would end in the future.").arg(label, minutes);
    return {};
}

bool TranscribeDialog::refuse(int index, const QString &message)
{
    m_messageBar->showMessage(message + QLatin1Char(' ') + tr("Nothing was added."), MessageBar::Type::Warning);
    QSpinBox *minutes = m_rows.at(index).minutes;
    minutes->setFocus(Qt::OtherFocusReason);
    minutes->selectAll();
    return false;
}

void TranscribeDialog::accept()
{
    if (m_session.database().isReadOnly())
        return;
    const QTimeZone zone = m_session.week().zone();
    QList<TimeEntry> entries;
    QList<StudyBlock> before;
    QList<StudyBlock> after;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const int minutes = row.minutes->value();
        if (!row.logged && minutes == 0 && !row.note->text().trimmed().isEmpty()) {
            refuse(
                i,
                tr("%1: a note goes with the minutes you studied; type them, or clear the note.").arg(rowLabel(row)));
            return;
        }
        if (!row.logged && minutes > 0) {
            TimeEntry e;
            e.stageKey = row.block.stageKey;
            e.itemKey = row.block.itemKey;
            e.blockId = row.block.id;
            e.start = row.block.start.toTimeZone(zone);
            e.end = e.start.addSecs(qint64(minutes) * 60);
            e.offsetMinutes = zone.offsetFromUtc(e.start) / 60;
            e.note = row.note->text().trimmed();
            e.source = TimeEntry::Source::Manual;
            if (const QString why = refusal(i, e); !why.isEmpty()) {
                refuse(i, why);
                return;
            }
            entries.append(e);
        }
        if (row.done->isChecked() && row.block.status != StudyBlock::Status::Done) {
            StudyBlock done = row.block;
            done.status = StudyBlock::Status::Done;
            before.append(row.block);
            after.append(done);
        }
    }
    if (entries.isEmpty() && after.isEmpty()) {
        QDialog::accept();
        return;
    }

    // The documents say why a part could not be stored; the stack drops a command whose redo failed.
    LogDocument &log = LogDocument::of(m_session);
    WeekDocument &week = m_session.week();
    QString error;
    const auto keep = [&error](const QString &message) {
        if (error.isEmpty())
            error = message;
    };
    const QMetaObject::Connection logRefused = connect(&log, &LogDocument::refused, this, keep);
    const QMetaObject::Connection weekRefused = connect(&week, &WeekDocument::refused, this, keep);
    auto applied = std::make_shared<bool>(false);
    m_session.plan().undoStack()->push(
        new TranscribeCommand(log, week, entries, before, after, tr("Transcribe the week"), applied));
    disconnect(logRefused);
    disconnect(weekRefused);
    if (!*applied) {
        m_messageBar->showMessage(error.isEmpty() ? tr("Nothing was added: the change could not be saved.")
                                                  : tr("Nothing was added: %1").arg(error),
                                  MessageBar::Type::Error);
        return;
    }
    QDialog::accept();
}
