// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracking/timeentry.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimeEdit;
struct Roadmap;

// Adds or edits one study entry by hand: the day, start and end times (an end at or before the start
// is on the next day), the stage, optionally an item of it, and a note. A new entry is in `zone`; an
// edited one stays in its own UTC offset. OK is enabled only for an entry of a stage that lasts more
// than zero and at most 24 hours. entry() keeps the id, block and source of the entry it was given.
class EntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDialog)

public:
    EntryDialog(const Roadmap &roadmap, const QTimeZone &zone, QWidget *parent = nullptr);

    void setEntry(const TimeEntry &entry);
    TimeEntry entry() const;

private:
    void fillItems();
    void check();

    const Roadmap &m_roadmap;
    QTimeZone m_zone;
    TimeEntry m_entry;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QComboBox *m_stage;
    QComboBox *m_item;
    QLineEdit *m_note;
    QLabel *m_duration;
    QDialogButtonBox *m_buttons;
};
