// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/availability.h"

#include <QDialog>

class AvailabilityEditor;
class QDialogButtonBox;
class QLabel;
class QPushButton;

// The availability in a dialog: the editor with OK and Cancel (OK disabled while a field is
// invalid), or, for the first run, a heading that asks when the learner can study, the editor
// pre-filled by the caller (typically Availability::proposal of the first stage's weekly hours), and
// "Use This" (accept) / "Skip for Now" (reject). The dialog stores nothing: after accept() the caller
// takes availability() and saves it.
class AvailabilityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityDialog)

public:
    enum class Mode { Edit, FirstRun };

    explicit AvailabilityDialog(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setAvailability(const Availability &availability);
    // The edited availability; meaningful after accept(), when it is always valid.
    Availability availability() const;
    // The plan's weekly budget (hours) the summary compares with; 0 or less: none.
    void setPlanBudget(double hours);

    AvailabilityEditor *editor() const { return m_editor; }
    QPushButton *acceptButton() const { return m_acceptButton; }
    QPushButton *rejectButton() const { return m_rejectButton; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    Mode m_mode;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    AvailabilityEditor *m_editor;
    QDialogButtonBox *m_buttons;
    QPushButton *m_acceptButton;
    QPushButton *m_rejectButton;
    bool m_sized = false;
};
