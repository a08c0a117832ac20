// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class MessageBar;
class QAction;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class WeekDocument;
class WeekWidget;

// The Week view: the week's study blocks in a calendar grid (WeekWidget) with week navigation, the
// week's budget against what is placed, the reason of a shortfall, and the block commands (edit, mark
// done, skip, delete, catch up, place the week again). All changes go through WeekDocument.
class WeekView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekView)

public:
    explicit WeekView(WeekDocument &document, QWidget *parent = nullptr);

    WeekWidget *weekWidget() const { return m_week; }
    MessageBar *messageBar() const { return m_messageBar; }
    // "Transcribe Week…" (objectName "actionTranscribeWeek"): the TranscribeDialog of the shown week,
    // on the view's toolbar; the main window may put it in a menu too.
    QAction *transcribeAction() const { return m_transcribe; }

Q_SIGNALS:
    // The learner asked to give or change their availability (the main window opens the dialog).
    void availabilityRequested();
    // The learner asked to time their study in a block (its context menu).
    void timerRequested(const QString &stageKey, const QString &itemKey, const QString &blockId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onChanged();
    void onMoveRequested(const QString &id, const QDateTime &start, const QDateTime &end, bool outsideAvailability);
    void onCreateRequested(const QDateTime &start, const QDateTime &end);
    void showBlockMenu(const QString &id, const QPoint &globalPos);
    void editBlock(const QString &id);
    void toggleDone(const QString &id);
    void catchUp();
    void transcribe();
    void updateStyles();

    WeekDocument &m_document;
    WeekWidget *m_week;
    MessageBar *m_messageBar;
    QToolButton *m_previous;
    QToolButton *m_next;
    QPushButton *m_today;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_catchUp;
    QPushButton *m_reschedule;
    QPushButton *m_availability;
    QAction *m_transcribe;
    QTimer *m_clockTimer;
};
