// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/availability.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class Settings;

// The command line: options for the window, and headless actions that run on core services and
// exit without creating a widget.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString databasePath; // never empty after parse(): the default location unless --database
    QString language;     // "zh_CN", "en" or empty (setting / system)
    QString importRoadmap;
    QString exportRoadmap;
    QString exportPlan;
    std::optional<Availability> availability; // --availability, parsed
    QStringList importBusy;                   // --import-busy, in order
    QString exportIcs;
    QDate exportFrom; // --from, else today
    QDate exportTo;   // --to, else 4 weeks from exportFrom (the last day included)
    QString exportCsv;
    bool csvByteOrderMark = false; // --bom
    QString importCsv;
    QByteArray timerCommand;  // "start-timer STAGE[/ITEM]", "stop-timer", "timer-status", or empty
    QString printDocument;    // --print: "week", "plan", "report", or empty
    QString printPdf;         // --pdf
    QString printPageSize;    // --page-size: "a4", "letter", or empty (the locale's)
    QString printOrientation; // --orientation: "portrait", "landscape", or empty (the document's)
    QDate printFrom;          // the week: a day of it (default today); the report: its first day (default: the
                              // first of this month)
    QDate printTo;            // the report's last day (default: the end of printFrom's month)

    bool isHeadless() const
    {
        return !importRoadmap.isEmpty() || !exportRoadmap.isEmpty() || !exportPlan.isEmpty() || availability
               || !importBusy.isEmpty() || !exportIcs.isEmpty() || !exportCsv.isEmpty() || !importCsv.isEmpty()
               || !timerCommand.isEmpty() || !printDocument.isEmpty();
    }

    // True when argv needs no window (help, version, import, export, availability, or a bad command
    // line), so
    // main() can create a QCoreApplication instead of a QApplication.
    static bool wantsHeadless(int argc, char **argv);
    // True when the headless actions of argv draw text (--print): they need a QGuiApplication.
    static bool wantsFonts(int argc, char **argv);

    enum class Parse {
        Run,   // --help and --version print and exit the process
        Probe, // only look: nothing is printed
    };
    // Parses the application's arguments. Returns false with *error set on a bad command line.
    bool parse(const QStringList &arguments, QString *error, Parse mode = Parse::Run);

    // Runs the headless actions; returns the process exit code. Messages go to stdout/stderr.
    int runHeadless(Settings &settings) const;

private:
    int runTimerCommand(const QString &roadmapLanguage) const;
    int runPrint(Settings &settings) const;

    bool m_informational = false; // --help or --version
};
