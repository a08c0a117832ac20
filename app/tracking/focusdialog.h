// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracking/focuscycle.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

// Timer → Focus Mode Settings…: the lengths of a work session and of the breaks, after how many
// sessions the long break comes, and whether the next session starts by itself after a break. The
// spin boxes keep each value in FocusSettings' range, so what the dialog gives is always valid. The
// dialog stores nothing: after accept() the caller takes focusSettings() and autoStart().
class FocusDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusDialog)

public:
    explicit FocusDialog(QWidget *parent = nullptr);

    void setFocusSettings(const FocusSettings &settings); // bounded first
    FocusSettings focusSettings() const;
    void setAutoStart(bool autoStart);
    bool autoStart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSessionsSuffix();

    QLabel *m_workLabel;
    QLabel *m_breakLabel;
    QLabel *m_longBreakLabel;
    QLabel *m_sessionsLabel;
    QSpinBox *m_work;
    QSpinBox *m_break;
    QSpinBox *m_longBreak;
    QSpinBox *m_sessions;
    QCheckBox *m_autoStart;
    QDialogButtonBox *m_buttons;
};
