// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/scheduler.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QLabel;
class QTextBrowser;
struct Roadmap;

// Catching up with a stage's missed blocks: the three options of Scheduler::catchUpOptions, each with
// its effect on the stage's end date, and for the chosen one what moves where (or what is dropped)
// before it is applied.
class CatchUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatchUpDialog)

public:
    CatchUpDialog(const QString &stageTitle, const QList<Scheduler::CatchUpOption> &options, const Roadmap &roadmap,
                  const QTimeZone &zone, QWidget *parent = nullptr);

    int chosen() const; // index into the options

private:
    void showDetails();

    QList<Scheduler::CatchUpOption> m_options;
    const Roadmap &m_roadmap;
    QTimeZone m_zone;
    QButtonGroup *m_group;
    QTextBrowser *m_details;
};
