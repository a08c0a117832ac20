// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QDateTimeEdit;
class QRadioButton;

// Asked at start when the database holds a timer that is still open (a crash, a kill, a power
// cut): end it at its last sign of life, end it at a time the learner gives (between its start and
// now), or keep it running. Closing the dialog keeps it open in the database, to be asked again.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    enum class Choice { EndAtHeartbeat, EndAt, KeepRunning };

    // `subject`: what was timed ("Stage — item"); times are shown in `zone`.
    RecoveryDialog(const QString &subject, const QDateTime &start, const QDateTime &heartbeat, const QDateTime &now,
                   const QTimeZone &zone, QWidget *parent = nullptr);

    Choice choice() const;
    // Where to end the entry (EndAtHeartbeat, EndAt); in UTC.
    QDateTime end() const;

private:
    QDateTime m_heartbeat;
    QTimeZone m_zone;
    QRadioButton *m_endAtHeartbeat;
    QRadioButton *m_endAt;
    QRadioButton *m_keepRunning;
    QDateTimeEdit *m_time;
};
