// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/scheduler.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QTimeEdit;
struct Roadmap;

// Edits one study block: its day, start and end time (15-minute steps), and the item it is for
// (one of its stage's items, or none).
class BlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlockDialog)

public:
    BlockDialog(const StudyBlock &block, const Roadmap &roadmap, const QTimeZone &zone, QWidget *parent = nullptr);

    // The block as edited (same id, stage and status).
    StudyBlock block() const;

private:
    void updateOk();

    StudyBlock m_block;
    QTimeZone m_zone;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QComboBox *m_item;
    QDialogButtonBox *m_buttons;
};
