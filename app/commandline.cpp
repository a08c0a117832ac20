// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "common/instanceguard.h"
#include "common/translator.h"
#include "exchange/calendarexchange.h"
#include "exchange/entrycsv.h"
#include "exchange/planjson.h"
#include "exchange/roadmapjson.h"
#include "plan/planner.h"
#include "printing/printing.h"
#include "roadmap/roadmapdocument.h"
#include "schedule/weekplanner.h"
#include "session.h"
#include "storage/availabilityrepository.h"
#include "storage/blockrepository.h"
#include "storage/busyrepository.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/planrepository.h"
#include "storage/roadmaprepository.h"
#include "support/settings.h"
#include "tracking/timercommands.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace {
void printError(const QString &message)
{
    std::fprintf(stderr, "studyplanner: %s\n", qPrintable(message));
}

void printMessage(const QString &message)
{
    std::fprintf(stdout, "%s\n", qPrintable(message));
}

// Hours as the command line prints them: one decimal at most, none when whole ("13", "11.5").
QString hoursText(double hours)
{
    return QString::number(std::round(hours * 10) / 10, 'g', 6);
}

bool writeJson(const QString &path, const QByteArray &json, QString *error)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly) && out.write(json) == json.size())
            return true;
        *error = out.errorString();
        return false;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}
} // namespace

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    // Before any QCoreApplication exists: a bad command line is reported without a window too.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CommandLine probe;
    QString error;
    return !probe.parse(arguments, &error, Parse::Probe) || probe.isHeadless() || probe.m_informational;
}

bool CommandLine::wantsFonts(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CommandLine probe;
    QString error;
    return probe.parse(arguments, &error, Parse::Probe) && !probe.printDocument.isEmpty();
}

bool CommandLine::parse(const QStringList &arguments, QString *error, Parse mode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Study Planner turns a learning guide into a study plan and keeps you on it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("Use the database file <path> instead of the default %1.")
                                                .arg(QDir::toNativeSeparators(Database::defaultPath())),
                                            tr("path"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            tr("Use the interface language <language>: %1.")
                                                .arg(Translator::supportedLanguages().join(QLatin1String(", "))),
                                            tr("language"));
    const QCommandLineOption importOption(
        QStringLiteral("import-roadmap"),
        tr("Import the Markdown guide <file> as a new roadmap, make it the current one, and exit."), tr("file"));
    const QCommandLineOption exportOption(
        QStringLiteral("export-roadmap"),
        tr("Write the current roadmap with your progress as JSON to <file> (- for standard output), and exit."),
        tr("file"));
    const QCommandLineOption exportPlanOption(
        QStringLiteral("export-plan"),
        tr("Write the plan of the current roadmap (budgets, dates and the guide's ranges) as JSON to <file> "
           "(- for standard output), and exit."),
        tr("file"));
    const QCommandLineOption availabilityOption(
        QStringLiteral("availability"),
        tr("Store <text> as your weekly availability for the current roadmap, such as "
           "\"mon-fri 19:30-21:30, sat 09:00-12:00\", compare it with the plan's budget, and exit."),
        tr("text"));
    const QCommandLineOption importBusyOption(
        QStringLiteral("import-busy"),
        tr("Import the iCalendar file <file> as busy time (again: its events are replaced), and exit. May be "
           "given more than once."),
        tr("file"));
    const QCommandLineOption exportIcsOption(
        QStringLiteral("export-ics"),
        tr("Write the study blocks from --from to --to as an iCalendar file <file>, and exit."), tr("file"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("The first day exported with --export-ics (yyyy-mm-dd; default: today)."),
                                        tr("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        tr("The last day exported with --export-ics (yyyy-mm-dd; default: 27 days after --from, four weeks "
           "in all)."),
        tr("date"));
    const QCommandLineOption exportCsvOption(
        QStringLiteral("export-csv"),
        tr("Write the study log from --from to --to (default: all of it) as CSV to <file>, and exit."), tr("file"));
    const QCommandLineOption bomOption(QStringLiteral("bom"),
                                       tr("Begin the CSV file with a byte order mark, for spreadsheet programs."));
    const QCommandLineOption importCsvOption(
        QStringLiteral("import-csv"),
        tr("Add the entries of the CSV file <file> to the study log (all of them or, when a row is refused, none), "
           "and exit."),
        tr("file"));
    const QCommandLineOption startTimerOption(
        QStringLiteral("start-timer"),
        tr("Start the timer for <stage>, or <stage>/<item> (keys such as 1 or 1/1.1.1), and exit; a running "
           "Study Planner does it in its window."),
        tr("stage[/item]"));
    const QCommandLineOption stopTimerOption(QStringLiteral("stop-timer"), tr("Stop the running timer, and exit."));
    const QCommandLineOption timerStatusOption(QStringLiteral("timer-status"),
                                               tr("Show whether a timer is running, and for what, and exit."));
    const QCommandLineOption printOption(
        QStringLiteral("print"),
        tr("Print <document> (week, plan or report) to the PDF file given with --pdf, and exit. The week is the one "
           "that holds --from (default: this week); the report covers --from to --to (default: this month)."),
        tr("document"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), tr("The PDF file that --print writes."), tr("file"));
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"), tr("The paper for --print: a4 or letter (default: the one of your locale)."),
        tr("size"));
    const QCommandLineOption orientationOption(
        QStringLiteral("orientation"),
        tr("The page orientation for --print: portrait or landscape (default: landscape for the week, portrait for "
           "the plan and the report)."),
        tr("orientation"));
    parser.addOptions({databaseOption,     languageOption,   importOption,    exportOption,     exportPlanOption,
                       availabilityOption, importBusyOption, exportIcsOption, fromOption,       toOption,
                       exportCsvOption,    bomOption,        importCsvOption, startTimerOption, stopTimerOption,
                       timerStatusOption,  printOption,      pdfOption,       pageSizeOption,   orientationOption});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    m_informational = parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
                      || parser.isSet(QStringLiteral("version"));
    if (mode == Parse::Run && m_informational) {
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion();
        parser.showHelp(0);
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }

    databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                : (mode == Parse::Run ? Database::defaultPath() : QString());
    if (databasePath.isEmpty() && mode == Parse::Run) {
        *error = tr("--database needs a file path.");
        return false;
    }
    language = parser.value(languageOption);
    if (!language.isEmpty() && !Translator::supportedLanguages().contains(language)) {
        *error = tr("Unknown language “%1”; choose one of: %2.")
                     .arg(language, Translator::supportedLanguages().join(QLatin1String(", ")));
        return false;
    }
    importRoadmap = parser.value(importOption);
    exportRoadmap = parser.value(exportOption);
    if (parser.isSet(importOption) && importRoadmap.isEmpty()) {
        *error = tr("--import-roadmap needs a file.");
        return false;
    }
    if (parser.isSet(exportOption) && exportRoadmap.isEmpty()) {
        *error = tr("--export-roadmap needs a file.");
        return false;
    }
    exportPlan = parser.value(exportPlanOption);
    if (parser.isSet(exportPlanOption) && exportPlan.isEmpty()) {
        *error = tr("--export-plan needs a file.");
        return false;
    }
    availability.reset();
    if (parser.isSet(availabilityOption)) {
        const QString text = parser.value(availabilityOption);
        if (text.trimmed().isEmpty()) {
            *error = tr("--availability needs a text such as \"mon-fri 19:30-21:30, sat 09:00-12:00\".");
            return false;
        }
        QString detail;
        availability = AvailabilityText::parse(text, &detail);
        if (!availability) {
            *error = tr("--availability “%1”: %2").arg(text, detail);
            return false;
        }
    }
    importBusy = parser.values(importBusyOption);
    if (importBusy.contains(QString())) {
        *error = tr("--import-busy needs a file.");
        return false;
    }
    exportIcs = parser.value(exportIcsOption);
    if (parser.isSet(exportIcsOption) && exportIcs.isEmpty()) {
        *error = tr("--export-ics needs a file.");
        return false;
    }
    exportCsv = parser.value(exportCsvOption);
    if (parser.isSet(exportCsvOption) && exportCsv.isEmpty()) {
        *error = tr("--export-csv needs a file.");
        return false;
    }
    csvByteOrderMark = parser.isSet(bomOption);
    importCsv = parser.value(importCsvOption);
    if (parser.isSet(importCsvOption) && importCsv.isEmpty()) {
        *error = tr("--import-csv needs a file.");
        return false;
    }
    printDocument = parser.value(printOption).toLower();
    printPdf = parser.value(pdfOption);
    printPageSize = parser.value(pageSizeOption).toLower();
    printOrientation = parser.value(orientationOption).toLower();
    if (parser.isSet(printOption) && !Printing::fromName(printDocument)) {
        *error = tr("--print “%1”: choose week, plan or report.").arg(parser.value(printOption));
        return false;
    }
    if (parser.isSet(printOption) && printPdf.isEmpty()) {
        *error = tr("--print needs --pdf and the file to write.");
        return false;
    }
    if (parser.isSet(pdfOption) && !parser.isSet(printOption)) {
        *error = tr("--pdf can only be used with --print.");
        return false;
    }
    if ((parser.isSet(pageSizeOption) || parser.isSet(orientationOption)) && !parser.isSet(printOption)) {
        *error = tr("--page-size and --orientation can only be used with --print.");
        return false;
    }
    if (parser.isSet(pageSizeOption) && printPageSize != QLatin1String("a4")
        && printPageSize != QLatin1String("letter")) {
        *error = tr("--page-size “%1”: choose a4 or letter.").arg(parser.value(pageSizeOption));
        return false;
    }
    if (parser.isSet(orientationOption) && printOrientation != QLatin1String("portrait")
        && printOrientation != QLatin1String("landscape")) {
        *error = tr("--orientation “%1”: choose portrait or landscape.").arg(parser.value(orientationOption));
        return false;
    }
    if ((parser.isSet(fromOption) || parser.isSet(toOption)) && exportIcs.isEmpty() && exportCsv.isEmpty()
        && printDocument.isEmpty()) {
        *error = tr("--from and --to can only be used with --export-ics, --export-csv or --print.");
        return false;
    }
    const int timerOptions =
        int(parser.isSet(startTimerOption)) + int(parser.isSet(stopTimerOption)) + int(parser.isSet(timerStatusOption));
    if (timerOptions > 1) {
        *error = tr("Give one of --start-timer, --stop-timer and --timer-status at a time.");
        return false;
    }
    timerCommand.clear();
    if (parser.isSet(startTimerOption)) {
        if (parser.value(startTimerOption).trimmed().isEmpty()) {
            *error = tr("--start-timer needs a stage such as 1, or a stage and an item such as 1/1.1.1.");
            return false;
        }
        timerCommand = "start-timer " + parser.value(startTimerOption).trimmed().toUtf8();
    } else if (parser.isSet(stopTimerOption)) {
        timerCommand = "stop-timer";
    } else if (parser.isSet(timerStatusOption)) {
        timerCommand = "timer-status";
    }
    const auto date = [&](const QCommandLineOption &option, const QDate &fallback, QDate *result) {
        if (!parser.isSet(option)) {
            *result = fallback;
            return true;
        }
        *result = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!result->isValid()) {
            *error = tr("--%1 “%2” is not a date such as 2027-03-01.")
                         .arg(option.names().constFirst(), parser.value(option));
            return false;
        }
        return true;
    };
    // The CSV export takes the whole log unless a range is given.
    const bool csvOnly = exportIcs.isEmpty() && !exportCsv.isEmpty();
    if (!date(fromOption, csvOnly ? QDate(1, 1, 1) : QDate::currentDate(), &exportFrom)
        || !date(toOption, csvOnly ? QDate(9999, 12, 31) : exportFrom.addDays(27), &exportTo))
        return false;
    if ((!exportIcs.isEmpty() || !exportCsv.isEmpty()) && exportTo < exportFrom) {
        *error = tr("--to (%1) is before --from (%2).")
                     .arg(exportTo.toString(Qt::ISODate), exportFrom.toString(Qt::ISODate));
        return false;
    }
    // --print: the week of --from (today); the report from --from (the first of this month) to --to
    // (the end of the month of --from).
    const QDate today = QDate::currentDate();
    const bool report = printDocument == Printing::name(Printing::Document::Report);
    if (!date(fromOption, report ? QDate(today.year(), today.month(), 1) : today, &printFrom)
        || !date(toOption, QDate(printFrom.year(), printFrom.month(), printFrom.daysInMonth()), &printTo))
        return false;
    if (report && printTo < printFrom) {
        *error =
            tr("--to (%1) is before --from (%2).").arg(printTo.toString(Qt::ISODate), printFrom.toString(Qt::ISODate));
        return false;
    }
    return true;
}

int CommandLine::runHeadless(Settings &settings) const
{
    if (!timerCommand.isEmpty())
        return runTimerCommand(Translator::resolve(language.isEmpty() ? settings.language() : language));

    std::unique_ptr<InstanceGuard> guard;
    if (!importRoadmap.isEmpty() || !importBusy.isEmpty() || !importCsv.isEmpty()) {
        // Importing changes what a running window shows under it: the learner imports there instead.
        guard = std::make_unique<InstanceGuard>(databasePath);
        QString error;
        if (guard->claim(&error, InstanceGuard::Holder::Brief) != InstanceGuard::Claim::Primary) {
            printError(tr("Study Planner is running on %1: import from its File menu, or quit it first.")
                           .arg(QDir::toNativeSeparators(databasePath)));
            return 1;
        }
    }

    Database database;
    QString error;
    if (!database.open(databasePath, &error)) {
        printError(error);
        return 1;
    }
    if (database.isReadOnly()
        && (!importRoadmap.isEmpty() || !importBusy.isEmpty() || !exportIcs.isEmpty() || !importCsv.isEmpty())) {
        printError(error);
        return 1;
    }
    RoadmapRepository roadmaps(database);
    BusyRepository busy(database);
    if (!database.isReadOnly() && roadmaps.ensureBuiltinGuide(&error) == 0) {
        printError(error);
        return 1;
    }

    if (!importRoadmap.isEmpty()) {
        const int id = roadmaps.importFile(importRoadmap, &error);
        if (id == 0 || !roadmaps.setCurrentRoadmap(id, &error)) {
            printError(tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(importRoadmap), error));
            return 1;
        }
        printMessage(tr("Imported %1 as the current roadmap.").arg(QDir::toNativeSeparators(importRoadmap)));
    }

    for (const QString &file : importBusy) {
        const std::optional<CalendarExchange::ImportReport> report =
            CalendarExchange::importBusy(busy, file, QDateTime::currentDateTime(), QTimeZone::systemTimeZone(), &error);
        if (!report) {
            printError(tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(file), error));
            return 1;
        }
        printMessage(report->text());
    }

    if (exportRoadmap.isEmpty() && exportPlan.isEmpty() && !availability && exportIcs.isEmpty() && exportCsv.isEmpty()
        && importCsv.isEmpty())
        return printDocument.isEmpty() ? 0 : runPrint(settings);

    const QString lang = Translator::resolve(language.isEmpty() ? settings.language() : language);
    const int roadmapId = roadmaps.currentRoadmapId();
    const std::optional<Roadmap> roadmap = roadmaps.load(roadmapId, lang, &error);
    if (!roadmap) {
        printError(error);
        return 1;
    }

    // The plan, for the actions that need it: the stored one, or (nothing stored yet) the guide's
    // default plan starting today, as the timeline shows it before the first edit.
    std::optional<Plan> plan;
    Planner::Schedule schedule;
    if (availability || !exportIcs.isEmpty() || !exportPlan.isEmpty()) {
        PlanRepository plans(database);
        plan = plans.load(roadmapId, &error);
        if (!plan && !error.isEmpty()) {
            printError(error);
            return 1;
        }
        if (!plan)
            plan = Planner::defaultPlan(*roadmap, QDate::currentDate());
        schedule = Planner::compute(*plan, *roadmap);
    }

    if (availability) {
        AvailabilityRepository availabilities(database);
        if (!availabilities.save(roadmapId, *availability, &error)) {
            printError(error);
            return 1;
        }
        const double budget = Planner::currentBudget(schedule, *plan, QDate::currentDate());
        const double placeable = availability->placeableWeeklyHours();
        const QString weekly = AvailabilityText::format(*availability);
        QString message = tr("Availability: %1 — %2 h a week (%3 h in blocks). Plan: %4 h a week now.")
                              .arg(weekly.isEmpty() ? tr("no time") : weekly, hoursText(availability->weeklyHours()),
                                   hoursText(placeable), hoursText(budget));
        if (budget > placeable + 1e-9)
            message += QLatin1Char(' ')
                       + tr("The plan's %1 h a week do not fit: only %2 h a week can be placed in blocks.")
                             .arg(hoursText(budget), hoursText(placeable));
        printMessage(message);
    }

    if (!exportRoadmap.isEmpty()) {
        const QByteArray json = QJsonDocument(RoadmapJson::toJson(*roadmap)).toJson(QJsonDocument::Indented);
        if (!writeJson(exportRoadmap, json, &error)) {
            printError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(exportRoadmap), error));
            return 1;
        }
    }

    if (!exportIcs.isEmpty()) {
        AvailabilityRepository availabilities(database);
        BlockRepository blocks(database);
        WeekPlanner planner(blocks, availabilities, busy);
        WeekPlanner::Context context;
        context.roadmapId = roadmapId;
        context.roadmap = &*roadmap;
        context.plan = &*plan;
        context.schedule = &schedule;
        context.zone = QTimeZone::systemTimeZone();
        context.now = QDateTime::currentDateTime();
        const std::optional<int> count =
            CalendarExchange::exportBlocks(planner, context, exportFrom, exportTo, exportIcs, &error);
        if (!count) {
            printError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(exportIcs), error));
            return 1;
        }
        printMessage(tr("Wrote %n study block(s) from %1 to %2 to %3.", nullptr, *count)
                         .arg(exportFrom.toString(Qt::ISODate), exportTo.toString(Qt::ISODate),
                              QDir::toNativeSeparators(exportIcs)));
    }

    if (!importCsv.isEmpty()) {
        QStringList stages;
        for (const Stage &stage : roadmap->stages)
            stages.append(stage.key);
        const EntryCsv::ReadResult read = EntryCsv::readFile(importCsv, stages, &error);
        if (!read.refusals.isEmpty()) {
            printError(tr("%1 was not imported; nothing was added:").arg(QDir::toNativeSeparators(importCsv)));
            for (const EntryCsv::Refusal &refusal : read.refusals)
                printError(refusal.line > 0 ? tr("line %1: %2").arg(refusal.line).arg(refusal.reason) : refusal.reason);
            return 1;
        }
        EntryRepository entries(database);
        if (!entries.change(roadmapId, {}, read.entries, &error)) {
            printError(tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(importCsv), error));
            return 1;
        }
        printMessage(tr("Added %n entry(s) from %1 to the study log.", nullptr, int(read.entries.size()))
                         .arg(QDir::toNativeSeparators(importCsv)));
    }

    if (!exportCsv.isEmpty()) {
        EntryRepository entries(database);
        EntryRepository::Filter filter;
        const QTimeZone zone = QTimeZone::systemTimeZone();
        if (exportFrom.year() > 1)
            filter.from = QDateTime(exportFrom, QTime(0, 0), zone);
        if (exportTo.year() < 9999)
            filter.to = QDateTime(exportTo.addDays(1), QTime(0, 0), zone);
        const std::optional<int> count = entries.count(roadmapId, filter, &error);
        const std::optional<QList<TimeEntry>> rows =
            count ? entries.entries(roadmapId, filter, 0, *count, EntryRepository::Order::Ascending, &error)
                  : std::nullopt;
        EntryCsv::WriteOptions options;
        options.byteOrderMark = csvByteOrderMark;
        if (!rows || !EntryCsv::writeFile(exportCsv, *rows, options, &error)) {
            printError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(exportCsv), error));
            return 1;
        }
        printMessage(
            tr("Wrote %n entry(s) to %1.", nullptr, int(rows->size())).arg(QDir::toNativeSeparators(exportCsv)));
    }

    if (!exportPlan.isEmpty()) {

        const QByteArray json =
            QJsonDocument(PlanJson::toJson(*roadmap, *plan, schedule)).toJson(QJsonDocument::Indented);
        if (!writeJson(exportPlan, json, &error)) {
            printError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(exportPlan), error));
            return 1;
        }
    }
    return printDocument.isEmpty() ? 0 : runPrint(settings);
}

// --print: the document laid out from the database, as the window would print it, and written as PDF.
int CommandLine::runPrint(Settings &settings) const
{
    Session session(settings);
    QString error;
    if (!session.open(databasePath, &error)) {
        printError(error);
        return 1;
    }
    const QString lang = Translator::resolve(language.isEmpty() ? settings.language() : language);
    if (session.document().language() != lang && !session.document().setLanguage(lang, &error)) {
        printError(error);
        return 1;
    }
    Printing::Request request;
    request.document = *Printing::fromName(printDocument);
    request.from = printFrom;
    request.to = printTo;
    QPageSize size = Printing::defaultPageSize();
    if (!printPageSize.isEmpty())
        size = QPageSize(printPageSize == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4);
    QPageLayout::Orientation orientation = Printing::defaultOrientation(request.document);
    if (!printOrientation.isEmpty())
        orientation = printOrientation == QLatin1String("landscape") ? QPageLayout::Landscape : QPageLayout::Portrait;
    const PageSetup setup = PageSetup::make(size, orientation);
    const std::optional<PrintDocument> document = Printing::layout(session, request, setup, &error);
    if (!document || !Printing::writePdf(*document, setup, printPdf, &error)) {
        printError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(printPdf), error));
        return 1;
    }
    if (!document->warning.isEmpty())
        printError(document->warning);
    printMessage(
        tr("Wrote %n page(s) to %1.", nullptr, int(document->pages.size())).arg(QDir::toNativeSeparators(printPdf)));
    return 0;
}

// The timer's commands go to the running window when there is one (it shows the change at once);
// otherwise they are carried out on the database here, with the lock held.
int CommandLine::runTimerCommand(const QString &roadmapLanguage) const
{
    QByteArray answer;
    switch (InstanceGuard::send(databasePath, timerCommand, &answer)) {
    case InstanceGuard::Delivery::Answered: {
        const TimerCommands::Result result = TimerCommands::decode(answer);
        result.ok ? printMessage(result.message) : printError(result.message);
        return result.ok ? 0 : 1;
    }
    case InstanceGuard::Delivery::Failed:
        printError(QString::fromUtf8(answer));
        return 1;
    case InstanceGuard::Delivery::NotRunning:
        break;
    }
    InstanceGuard guard(databasePath);
    QString error;
    if (guard.claim(&error, InstanceGuard::Holder::Brief) != InstanceGuard::Claim::Primary) {
        printError(tr("Study Planner was opened on %1 in the meantime: run the command again.")
                       .arg(QDir::toNativeSeparators(databasePath)));
        return 1;
    }
    Database database;
    if (!database.open(databasePath, &error) || database.isReadOnly()) {
        printError(error);
        return 1;
    }
    RoadmapRepository roadmaps(database);
    if (roadmaps.ensureBuiltinGuide(&error) == 0) {
        printError(error);
        return 1;
    }
    const int roadmapId = roadmaps.currentRoadmapId();
    const std::optional<Roadmap> roadmap = roadmaps.load(roadmapId, roadmapLanguage, &error);
    if (!roadmap) {
        printError(error);
        return 1;
    }
    EntryRepository entries(database);
    const TimerCommands::Result result = TimerCommands::run(timerCommand, roadmapId, *roadmap, entries,
                                                            QDateTime::currentDateTime(), QTimeZone::systemTimeZone());
    result.ok ? printMessage(result.message) : printError(result.message);
    return result.ok ? 0 : 1;
}
