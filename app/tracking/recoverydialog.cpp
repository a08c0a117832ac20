// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/recoverydialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

RecoveryDialog::RecoveryDialog(const QString &subject, const QDateTime &start, const QDateTime &heartbeat,
                               const QDateTime &now, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_heartbeat(std::max(start, heartbeat)), m_zone(zone), m_endAtHeartbeat(new QRadioButton(this)),
      m_endAt(new QRadioButton(this)), m_keepRunning(new QRadioButton(this)), m_time(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Timer Still Running"));
    const QLocale locale;
    const auto when = [&](const QDateTime &t) { return locale.toString(t.toTimeZone(zone), QLocale::ShortFormat); };

    auto *text = new QLabel(tr("A timer for %1 has been running since %2. Its last sign of life was at %3: Study "
                               "Planner was closed, or stopped without ending it.")
                                .arg(subject.toHtmlEscaped(), when(start), when(m_heartbeat)),
                            this);
    text->setObjectName(QStringLiteral("recoveryText"));
    text->setWordWrap(true);

    m_endAtHeartbeat->setObjectName(QStringLiteral("endAtHeartbeat"));
    m_endAtHeartbeat->setText(tr("End it at the last sign of &life (%1)").arg(when(m_heartbeat)));
    m_endAtHeartbeat->setChecked(true);
    m_endAt->setObjectName(QStringLiteral("endAt"));
    m_endAt->setText(tr("End it &at:"));
    m_keepRunning->setObjectName(QStringLiteral("keepRunning"));
    m_keepRunning->setText(tr("&Keep it running: I am still studying"));

    m_time->setObjectName(QStringLiteral("endAtTime"));
    m_time->setTimeSpec(Qt::LocalTime);
    m_time->setDisplayFormat(locale.dateTimeFormat(QLocale::ShortFormat));
    // The edit shows the wall time of the learner's zone; end() reads it back in that zone.
    const auto local = [&](const QDateTime &t) {
        const QDateTime inZone = t.toTimeZone(zone);
        return QDateTime(inZone.date(), inZone.time(), Qt::LocalTime);
    };
    m_time->setMinimumDateTime(local(start));
    m_time->setMaximumDateTime(local(std::max(start, now)));
    m_time->setDateTime(local(m_heartbeat));
    m_time->setEnabled(false);
    connect(m_endAt, &QRadioButton::toggled, m_time, &QWidget::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *endAtRow = new QHBoxLayout;
    endAtRow->addWidget(m_endAt);
    endAtRow->addWidget(m_time, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_endAtHeartbeat);
    layout->addLayout(endAtRow);
    layout->addWidget(m_keepRunning);
    layout->addWidget(buttons);
}

RecoveryDialog::Choice RecoveryDialog::choice() const
{
    if (m_keepRunning->isChecked())
        return Choice::KeepRunning;
    if (m_endAt->isChecked())
        return Choice::EndAt;
    return Choice::EndAtHeartbeat;
}

QDateTime RecoveryDialog::end() const
{
    if (choice() != Choice::EndAt)
        return m_heartbeat.toUTC();
    const QDateTime shown = m_time->dateTime();
    return QDateTime(shown.date(), shown.time(), m_zone).toUTC();
}
