// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "week/blockdialog.h"

#include "roadmap/roadmap.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>

BlockDialog::BlockDialog(const StudyBlock &block, const Roadmap &roadmap, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_block(block), m_zone(zone), m_date(new QDateEdit(this)), m_start(new QTimeEdit(this)),
      m_end(new QTimeEdit(this)), m_item(new QComboBox(this))
{
    setObjectName(QStringLiteral("blockDialog"));
    setWindowTitle(tr("Study Block"));
    const QDateTime start = block.start.toTimeZone(zone);
    const QDateTime end = block.end.toTimeZone(zone);

    m_date->setObjectName(QStringLiteral("blockDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(start.date());
    for (QTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setObjectName(QStringLiteral("blockStart"));
    m_end->setObjectName(QStringLiteral("blockEnd"));
    m_start->setTime(start.time());
    // A block ending at midnight ends at 24:00 of its day: shown as 23:59, read back as midnight.
    m_end->setTime(end.date() > start.date() ? QTime(23, 59) : end.time());

    m_item->setObjectName(QStringLiteral("blockItem"));
    m_item->addItem(tr("No particular item"), QString());
    const Stage *stage = roadmap.stage(block.stageKey);
    if (stage) {
        for (const Section &section : stage->sections) {
            if (!stage->counts(section))
                continue;
            for (const Item &item : section.items) {
                const QString text = item.done ? tr("%1 (done)").arg(item.title) : item.title;
                m_item->addItem(text, item.key);
            }
        }
    }
    const int current = m_item->findData(block.itemKey);
    m_item->setCurrentIndex(current >= 0 ? current : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Stage:"), new QLabel(stage ? stage->title : block.stageKey, this));
    form->addRow(tr("&Item:"), m_item);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("&To:"), m_end);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_start, &QTimeEdit::timeChanged, this, &BlockDialog::updateOk);
    connect(m_end, &QTimeEdit::timeChanged, this, &BlockDialog::updateOk);
    updateOk();
}

StudyBlock BlockDialog::block() const
{
    StudyBlock b = m_block;
    const QDate day = m_date->date();
    b.start = QDateTime(day, m_start->time(), m_zone);
    b.end = m_end->time() == QTime(23, 59) ? QDateTime(day.addDays(1), QTime(0, 0), m_zone)
                                           : QDateTime(day, m_end->time(), m_zone);
    b.itemKey = m_item->currentData().toString();
    return b;
}

void BlockDialog::updateOk()
{
    const StudyBlock b = block();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(b.end > b.start);
}
