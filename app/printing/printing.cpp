// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/printing.h"

#include "printing/planprint.h"
#include "printing/printfonts.h"
#include "printing/reportprint.h"
#include "printing/weekprint.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "week/weekdocument.h"

#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>

QString Printing::name(Document document)
{
    switch (document) {
    case Document::Week:
        return QStringLiteral("week");
    case Document::Plan:
        return QStringLiteral("plan");
    case Document::Report:
        break;
    }
    return QStringLiteral("report");
}

std::optional<Printing::Document> Printing::fromName(const QString &name)
{
    for (const Document document : {Document::Week, Document::Plan, Document::Report}) {
        if (name.compare(Printing::name(document), Qt::CaseInsensitive) == 0)
            return document;
    }
    return std::nullopt;
}

QPageLayout::Orientation Printing::defaultOrientation(Document document)
{
    return document == Document::Week ? QPageLayout::Landscape : QPageLayout::Portrait;
}

QPageSize Printing::defaultPageSize()
{
    return QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

std::optional<PrintDocument> Printing::layout(Session &session, const Request &request, const PageSetup &setup,
                                              QString *error)
{
    PrintDocument document;
    switch (request.document) {
    case Document::Week: {
        WeekDocument &week = session.week();
        week.showWeekOf(request.from.isValid() ? request.from : week.monday());
        if (!week.errorString().isEmpty()) {
            *error = week.errorString();
            return std::nullopt;
        }
        document = WeekPrint::layout(WeekPrint::gather(week, session.document().roadmap()), setup);
        break;
    }
    case Document::Plan: {
        const std::optional<PlanPrint::Data> data = PlanPrint::gather(session, error);
        if (!data)
            return std::nullopt;
        document = PlanPrint::layout(*data, setup);
        break;
    }
    case Document::Report: {
        const std::optional<ReportPrint::Data> data = ReportPrint::gather(session, request.from, request.to, error);
        if (!data)
            return std::nullopt;
        document = ReportPrint::layout(*data, setup);
        break;
    }
    }
    const QString warning = PrintFonts::warning();
    if (!warning.isEmpty()) {
        const QStringList texts = document.texts();
        if (std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) { return PrintFonts::hasCjk(text); }))
            document.warning = warning;
    }
    return document;
}

bool Printing::writePdf(const PrintDocument &document, const PageSetup &setup, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(setup.layout);
        writer.setResolution(setup.resolution);
        writer.setTitle(document.title);
        writer.setCreator(tr("Study Planner"));
        if (!document.paint(&writer)) {
            *error = tr("The PDF could not be drawn.");
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
