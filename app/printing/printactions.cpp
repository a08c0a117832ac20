// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/printactions.h"

#include "common/icons.h"
#include "common/messagebar.h"
#include "session.h"
#include "week/weekdocument.h"

#include <QAction>
#include <QBoxLayout>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QMenu>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>

PrintActions::PrintActions(Session &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window),
      // The desktop's print icon where it has one (none is bundled).
      m_printWeek(new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this)),
      m_printPlan(new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this)),
      m_printReport(new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this)),
      m_exportMenu(new QMenu(window)), m_exportWeek(new QAction(this)), m_exportPlan(new QAction(this)),
      m_exportReport(new QAction(this))
{
    m_printWeek->setObjectName(QStringLiteral("actionPrintWeek"));
    m_printWeek->setShortcut(QKeySequence::Print);
    m_printPlan->setObjectName(QStringLiteral("actionPrintPlan"));
    m_printReport->setObjectName(QStringLiteral("actionPrintReport"));
    m_exportMenu->setObjectName(QStringLiteral("menuExportPdf"));
    m_exportMenu->setIcon(Icons::themed(QStringLiteral("document-export")));
    m_exportWeek->setObjectName(QStringLiteral("actionExportWeekPdf"));
    m_exportPlan->setObjectName(QStringLiteral("actionExportPlanPdf"));
    m_exportReport->setObjectName(QStringLiteral("actionExportReportPdf"));
    m_exportMenu->addActions({m_exportWeek, m_exportPlan, m_exportReport});

    connect(m_printWeek, &QAction::triggered, this, [this] { previewDocument(Printing::Document::Week); });
    connect(m_printPlan, &QAction::triggered, this, [this] { previewDocument(Printing::Document::Plan); });
    connect(m_printReport, &QAction::triggered, this, [this] { previewDocument(Printing::Document::Report); });
    connect(m_exportWeek, &QAction::triggered, this, [this] { exportDocument(Printing::Document::Week); });
    connect(m_exportPlan, &QAction::triggered, this, [this] { exportDocument(Printing::Document::Plan); });
    connect(m_exportReport, &QAction::triggered, this, [this] { exportDocument(Printing::Document::Report); });
    retranslate();
}

void PrintActions::retranslate()
{
    m_printWeek->setText(tr("&Print Week…"));
    m_printWeek->setStatusTip(tr("Print the week shown in the Week view on one page, to tick and fill in by hand"));
    m_printPlan->setText(tr("Print P&lan…"));
    m_printPlan->setStatusTip(tr("Print the plan: the timeline against the guide, and each stage's dates, goals, "
                                 "resources and checklist"));
    m_printReport->setText(tr("Print Rep&ort…"));
    m_printReport->setStatusTip(tr("Print the time studied in a date range: totals, a chart and the entries"));
    m_exportMenu->setTitle(tr("Export as P&DF"));
    m_exportWeek->setText(tr("&Week…"));
    m_exportWeek->setStatusTip(tr("Save the week shown in the Week view as a PDF file"));
    m_exportPlan->setText(tr("&Plan…"));
    m_exportPlan->setStatusTip(tr("Save the plan as a PDF file"));
    m_exportReport->setText(tr("&Report…"));
    m_exportReport->setStatusTip(tr("Save the report of a date range as a PDF file"));
}

std::optional<std::pair<QDate, QDate>> PrintActions::askReportRange()
{
    const QDate today = m_session.week().today();
    const QDate first(today.year(), today.month(), 1);
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("reportRangeDialog"));
    dialog.setWindowTitle(tr("Report"));
    auto *from = new QDateEdit(first, &dialog);
    from->setObjectName(QStringLiteral("reportFrom"));
    auto *to = new QDateEdit(first.addDays(first.daysInMonth() - 1), &dialog);
    to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : {from, to})
        edit->setCalendarPopup(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto check = [&] { buttons->button(QDialogButtonBox::Ok)->setEnabled(to->date() >= from->date()); };
    connect(from, &QDateEdit::dateChanged, &dialog, check);
    connect(to, &QDateEdit::dateChanged, &dialog, check);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::make_pair(from->date(), to->date());
}

std::optional<Printing::Request> PrintActions::request(Printing::Document document)
{
    Printing::Request request;
    request.document = document;
    if (document == Printing::Document::Week) {
        request.from = m_session.week().monday();
    } else if (document == Printing::Document::Report) {
        const std::optional<std::pair<QDate, QDate>> range = askReportRange();
        if (!range)
            return std::nullopt;
        request.from = range->first;
        request.to = range->second;
    }
    return request;
}

void PrintActions::previewDocument(Printing::Document document)
{
    if (const std::optional<Printing::Request> r = request(document))
        preview(*r);
}

void PrintActions::exportDocument(Printing::Document document)
{
    const std::optional<Printing::Request> r = request(document);
    if (!r)
        return;
    QString name;
    switch (document) {
    case Printing::Document::Week:
        name = tr("week-%1.pdf").arg(m_session.week().monday().toString(Qt::ISODate));
        break;
    case Printing::Document::Plan:
        name = tr("study-plan.pdf");
        break;
    case Printing::Document::Report:
        name = tr("study-report-%1-%2.pdf").arg(r->from.toString(Qt::ISODate), r->to.toString(Qt::ISODate));
        break;
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export as PDF"), QDir::home().filePath(name),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    exportPdf(*r, path);
}

bool PrintActions::exportPdf(const Printing::Request &request, const QString &path)
{
    const PageSetup setup =
        PageSetup::make(Printing::defaultPageSize(), Printing::defaultOrientation(request.document));
    QString error;
    const std::optional<PrintDocument> document = Printing::layout(m_session, request, setup, &error);
    if (!document || !Printing::writePdf(*document, setup, path, &error)) {
        Q_EMIT errorOccurred(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    QString notice =
        tr("Saved %1 (%n page(s)).", nullptr, int(document->pages.size())).arg(QDir::toNativeSeparators(path));
    if (!document->warning.isEmpty())
        notice += QLatin1Char(' ') + document->warning;
    Q_EMIT noticeGiven(notice);
    return true;
}

bool PrintActions::preview(const Printing::Request &request)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(Printing::defaultOrientation(request.document));
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    QString error;
    const std::optional<PrintDocument> first = Printing::layout(m_session, request, PageSetup::of(printer), &error);
    if (!first) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    printer.setDocName(first->title);

    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(first->title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &request](QPrinter *target) {
        QString paintError;
        const std::optional<PrintDocument> document =
            Printing::layout(m_session, request, PageSetup::of(*target), &paintError);
        if (document)
            document->paint(target);
        else
            Q_EMIT errorOccurred(paintError);
    });
    if (!first->warning.isEmpty()) {
        // Above the pages, under the preview's tool bar.
        if (auto *layout = qobject_cast<QBoxLayout *>(dialog.layout())) {
            auto *bar = new MessageBar(&dialog);
            bar->setObjectName(QStringLiteral("printWarning"));
            bar->showMessage(first->warning, MessageBar::Type::Warning);
            layout->insertWidget(1, bar);
        }
    }
    dialog.resize(m_window ? m_window->size() * 0.9 : QSize(900, 700));
    return dialog.exec() == QDialog::Accepted;
}
