// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/printing.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>
#include <utility>

class QAction;
class QMenu;
class QWidget;
class Session;

// The File menu's printing: "Print Week…", "Print Plan…" and "Print Report…" open a print preview
// (whose print dialog can also print to a PDF file), and the "Export as PDF" submenu writes each
// document to a PDF file chosen in a file dialog. The report first asks for its days (the current
// month by default). The week is the one the Week view shows.
//
// Errors and what was saved are reported through errorOccurred() and noticeGiven(); a warning about
// the Chinese font is shown in the preview and with the notice.
class PrintActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintActions)

public:
    PrintActions(Session &session, QWidget *window);

    QList<QAction *> printActions() const { return {m_printWeek, m_printPlan, m_printReport}; }
    QMenu *exportMenu() const { return m_exportMenu; }
    void retranslate();

    // What the actions do once the dialogs are answered.
    bool preview(const Printing::Request &request);
    bool exportPdf(const Printing::Request &request, const QString &path);
    // The report's days: the dialog, from the current month. Nothing when cancelled.
    std::optional<std::pair<QDate, QDate>> askReportRange();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void noticeGiven(const QString &message);

private:
    std::optional<Printing::Request> request(Printing::Document document);
    void previewDocument(Printing::Document document);
    void exportDocument(Printing::Document document);

    Session &m_session;
    QWidget *m_window;
    QAction *m_printWeek;
    QAction *m_printPlan;
    QAction *m_printReport;
    QMenu *m_exportMenu;
    QAction *m_exportWeek;
    QAction *m_exportPlan;
    QAction *m_exportReport;
};
