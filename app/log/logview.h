// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class LogDocument;
class LogModel;
class MessageBar;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class Session;

// The Log view: the study log in a table (LogModel, loaded page by page as it scrolls), a filter bar
// (a date range, a stage, text in the note), the total of the filter, and the edits: Add…, Edit…,
// Split…, Delete (each one undo step through LogDocument), Export… (CSV of the filter) and Import
// CSV… (with a preview). Refusals are shown in the view's message bar.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(Session &session, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *totalsLabel() const { return m_totals; }
    MessageBar *messageBar() const { return m_messageBar; }
    LogDocument &document() const { return m_document; }

    // The buttons' actions (each asks with a dialog).
    void addEntry();
    void editEntry();
    void splitEntry();
    void deleteEntries();
    void exportCsv();
    void importCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStages();
    void applyFilter();
    void updateTotals();
    void updateButtons();
    QList<int> selectedRows() const;

    Session &m_session;
    LogDocument &m_document;
    LogModel *m_model;
    MessageBar *m_messageBar;
    QCheckBox *m_rangeCheck;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QComboBox *m_stageFilter;
    QLineEdit *m_textFilter;
    QTableView *m_table;
    QLabel *m_totals;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_split;
    QPushButton *m_delete;
    QPushButton *m_export;
    QPushButton *m_import;
};
