// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/availability.h"

#include <QWidget>

#include <optional>

class MessageBar;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Edits an Availability: the weekly template (one line edit per weekday, in the locale's week order,
// and the whole template in the one-line text form; either side updates the other), the block rules,
// and date exceptions. Every text goes through AvailabilityText, so there is one syntax. Invalid
// fields are marked and explained; availability() then gives nothing. A summary line shows the
// available and placeable hours against the plan's weekly budget and warns when they fall short.
// changed() is emitted whenever the edited availability or its validity may have changed.
class AvailabilityEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityEditor)

public:
    explicit AvailabilityEditor(QWidget *parent = nullptr);

    void setAvailability(const Availability &availability);
    // The edited availability; nothing while a field is invalid (then *error says which and why).
    std::optional<Availability> availability(QString *error = nullptr) const;
    bool isValid() const;

    // The plan's weekly budget (hours, the largest over its stages); 0 or less: no plan to compare.
    void setPlanBudget(double hours);
    double planBudget() const { return m_planBudget; }

    // The summary as shown, in the summary line or in the message bar (warnings and errors).
    QString summaryText() const;
    bool summaryIsWarning() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void onDayEdited(int day);
    void onTemplateEdited();
    void onExceptionsEdited();
    void copyMondayToWeekdays();
    void addException();
    void removeExceptions();
    int addExceptionRow(const DateException &exception);
    void setFieldError(QLineEdit *edit, const QString &error);
    void updateSummary();
    void edited(); // after every change of a field: the summary, then changed()

    QGroupBox *m_weekBox;
    QLabel *m_dayLabels[7];
    QLineEdit *m_dayEdits[7]; // index 0 = Monday
    QString m_dayErrors[7];
    QPushButton *m_copyMonday;
    QLabel *m_templateLabel;
    QLineEdit *m_templateEdit;
    QString m_templateError;
    QGroupBox *m_rulesBox;
    QLabel *m_minBlockLabel;
    QLabel *m_maxBlockLabel;
    QLabel *m_breakLabel;
    QLabel *m_dailyMaxLabel;
    QSpinBox *m_minBlock;
    QSpinBox *m_maxBlock;
    QSpinBox *m_break;
    QSpinBox *m_dailyMax;
    QGroupBox *m_exceptionsBox;
    QTableWidget *m_exceptions;
    QPushButton *m_addException;
    QPushButton *m_removeException;
    QLabel *m_summary;
    MessageBar *m_messageBar;
    double m_planBudget = 0;
    bool m_updating = false;
};
