// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/printlayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

class Session;

// The printed documents of a session: the week, the plan and the report. What the File menu's
// print and PDF entries and the command line's --print share: each lays the document out from the
// session's data for a page setup, and writes it as PDF (QPdfWriter; the fonts are embedded).
class Printing final
{
    Q_DECLARE_TR_FUNCTIONS(Printing)

public:
    enum class Document { Week, Plan, Report };

    struct Request {
        Document document = Document::Week;
        QDate from; // Week: a day of the week printed (invalid: the week shown); Report: the first day
        QDate to;   // Report: the last day (included)
    };

    // "week", "plan", "report" (the command line's names), and back.
    static QString name(Document document);
    static std::optional<Document> fromName(const QString &name);
    // The week in landscape, the plan and the report in portrait.
    static QPageLayout::Orientation defaultOrientation(Document document);
    // Letter where the locale measures in inches (the United States), A4 elsewhere.
    static QPageSize defaultPageSize();

    // Lays out `request` from the session's data. The week is read from (and may be placed by) the
    // session's WeekDocument, which then shows that week. Nothing, with *error set, on a storage error.
    // The document's warning names a Chinese font problem when its text holds Chinese.
    static std::optional<PrintDocument> layout(Session &session, const Request &request, const PageSetup &setup,
                                               QString *error);
    // Writes `document`, laid out for `setup`, as a PDF file (replaced only when complete).
    static bool writePdf(const PrintDocument &document, const PageSetup &setup, const QString &path, QString *error);
};
