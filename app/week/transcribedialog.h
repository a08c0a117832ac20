// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/scheduler.h"
#include "tracking/timeentry.h"

#include <QDialog>
#include <QList>

class MessageBar;
class QCheckBox;
class QDialogButtonBox;
class QFrame;
class QLineEdit;
class QSpinBox;
class Session;

// "Transcribe Week": what the learner wrote by hand on the printed week sheet, entered in one pass.
// Laid out like the sheet: the 7 days the Week view shows (from the locale's first day of the week),
// side by side, each with its study blocks in time order; each block is a row with its time, stage and
// item, a "done" box, the minutes actually studied (blank or 0: not studied; ticking "done" fills in
// the block's planned length while the field is 0) and a note. Tab goes along a row, then to the next
// row (down the day, then to the next day).
//
// A block already done shows its box ticked and fixed; a block that already has entries in the study
// log shows their minutes, fixed: nothing is entered twice.
//
// OK writes every row with minutes as a manual log entry (from the block's start for the minutes, with
// the block's stage, item and id, the note, and the UTC offset of that instant in the session's time
// zone) and marks the ticked blocks done: one undo step on the shared undo stack, the entries in one
// transaction. Minutes that exceed 16 hours, reach into another row's block or an entry already in the
// log, or end in the future are refused in the dialog's message bar, and then nothing is written.
class TranscribeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscribeDialog)

public:
    explicit TranscribeDialog(Session &session, QWidget *parent = nullptr);

    // The rows, in the sheet's order. Each row is a QFrame named "transcribeRow" with the property
    // "blockId", holding the widgets "done" (QCheckBox), "minutes" (QSpinBox) and "note" (QLineEdit).
    QList<QFrame *> rows() const;
    MessageBar *messageBar() const { return m_messageBar; }

    void accept() override;

private:
    struct Row {
        StudyBlock block;
        QFrame *frame = nullptr;
        QCheckBox *done = nullptr;
        QSpinBox *minutes = nullptr;
        QLineEdit *note = nullptr;
        bool logged = false; // the block has entries in the log already
        int loggedMinutes = 0;
        bool filled = false; // the minutes were filled in by ticking "done"
    };

    void load();
    QWidget *makeRow(Row &row, QWidget *parent);
    QString rowLabel(const Row &row) const;
    QString refusal(int index, const TimeEntry &entry) const;
    bool refuse(int index, const QString &message);

    Session &m_session;
    QList<Row> m_rows;
    QList<TimeEntry> m_logged; // the entries near the week, for the overlap check
    MessageBar *m_messageBar;
    QDialogButtonBox *m_buttons;
};
