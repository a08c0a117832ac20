// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class Session;

// The status bar's study totals: today's and this week's hours from the study log (a running timer
// counted up to the moment of the update) against the week's budget (WeekDocument's week). Updated
// when the log, the timer or the week change.
class LogStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStatus)

public:
    explicit LogStatus(Session &session, QWidget *parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    Session &m_session;
};
