// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/entrydialog.h"

#include "roadmap/roadmap.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>

EntryDialog::EntryDialog(const Roadmap &roadmap, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_roadmap(roadmap), m_zone(zone), m_date(new QDateEdit(this)), m_start(new QTimeEdit(this)),
      m_end(new QTimeEdit(this)), m_stage(new QComboBox(this)), m_item(new QComboBox(this)),
      m_note(new QLineEdit(this)), m_duration(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("entryDialog"));
    setWindowTitle(tr("Study Entry"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    for (QTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    m_item->setObjectName(QStringLiteral("itemCombo"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_duration->setObjectName(QStringLiteral("durationLabel"));
    for (const Stage &stage : roadmap.stages)
        m_stage->addItem(stage.title, stage.key);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(tr("S&tage:"), m_stage);
    form->addRow(tr("&Item:"), m_item);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        fillItems();
        check();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &EntryDialog::check);
    connect(m_start, &QTimeEdit::timeChanged, this, &EntryDialog::check);
    connect(m_end, &QTimeEdit::timeChanged, this, &EntryDialog::check);

    TimeEntry initial;
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(m_zone);
    initial.start = QDateTime(now.date(), QTime(now.time().hour(), 0), m_zone).addSecs(-3600);
    initial.end = initial.start.addSecs(3600);
    initial.stageKey = roadmap.stages.isEmpty() ? QString() : roadmap.stages.constFirst().key;
    initial.source = TimeEntry::Source::Manual;
    setEntry(initial);
}

void EntryDialog::setEntry(const TimeEntry &entry)
{
    m_entry = entry;
    if (entry.id != 0)
        m_zone = QTimeZone(entry.offsetMinutes * 60);
    const QDateTime start = entry.start.toTimeZone(m_zone);
    const QDateTime end = entry.end.value_or(entry.start).toTimeZone(m_zone);
    m_date->setDate(start.date());
    m_start->setTime(start.time());
    m_end->setTime(end.time());
    const int stage = m_stage->findData(entry.stageKey);
    m_stage->setCurrentIndex(std::max(stage, 0));
    fillItems();
    m_item->setCurrentIndex(std::max(m_item->findData(entry.itemKey), 0));
    m_note->setText(entry.note);
    check();
}

void EntryDialog::fillItems()
{
    const QString current = m_item->currentData().toString();
    m_item->clear();
    m_item->addItem(tr("(none)"), QString());
    if (const Stage *stage = m_roadmap.stage(m_stage->currentData().toString())) {
        for (const Section &section : stage->sections) {
            for (const Item &item : section.items)
                m_item->addItem(item.title, item.key);
        }
    }
    m_item->setCurrentIndex(std::max(m_item->findData(current), 0));
}

TimeEntry EntryDialog::entry() const
{
    TimeEntry e = m_entry;
    e.start = QDateTime(m_date->date(), m_start->time(), m_zone);
    QDateTime end(m_date->date(), m_end->time(), m_zone);
    if (end <= e.start)
        end = QDateTime(m_date->date().addDays(1), m_end->time(), m_zone);
    e.end = end.toUTC();
    e.offsetMinutes = m_zone.offsetFromUtc(e.start) / 60;
    e.start = e.start.toUTC();
    e.stageKey = m_stage->currentData().toString();
    e.itemKey = m_item->currentData().toString();
    e.note = m_note->text();
    return e;
}

void EntryDialog::check()
{
    const TimeEntry e = entry();
    const qint64 seconds = e.seconds();
    const bool valid = !e.stageKey.isEmpty() && seconds > 0 && seconds <= 24 * 3600;
    m_duration->setText(tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}
