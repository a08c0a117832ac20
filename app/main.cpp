// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "common/icons.h"
#include "common/instanceguard.h"
#include "mainwindow.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "support/settings.h"
#include "tracking/timercommands.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {
void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("studyplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STUDYPLANNER_VERSION));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("studyplanner.github.io"));
}

int fail(const QString &message, bool gui)
{
    std::fprintf(stderr, "studyplanner: %s\n", qPrintable(message));
    if (gui)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Study Planner"), message);
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    const bool headless = CommandLine::wantsHeadless(argc, argv);
    // --print draws text, which needs fonts: a QGuiApplication, on the offscreen platform where
    // there is no display.
    const bool fonts = headless && CommandLine::wantsFonts(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (fonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    std::unique_ptr<QCoreApplication> app;
    if (fonts)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setApplicationNames();
    if (!headless) {
        QGuiApplication::setDesktopFileName(QStringLiteral(STUDYPLANNER_APP_ID));
        QApplication::setWindowIcon(Icons::application());
    }

    Settings settings;
    Session session(settings);
    session.applyLanguage(); // so that --help and errors speak the learner's language

    CommandLine commandLine;
    QString error;
    {
        // --lang first, so that the command line's own messages speak it too.
        CommandLine probe;
        QString ignored;
        probe.parse(QCoreApplication::arguments(), &ignored, CommandLine::Parse::Probe);
        if (!probe.language.isEmpty())
            session.applyLanguage(probe.language);
    }
    if (!commandLine.parse(QCoreApplication::arguments(), &error)) {
        std::fprintf(stderr, "studyplanner: %s\n", qPrintable(error));
        return 2;
    }
    if (!commandLine.language.isEmpty())
        session.applyLanguage(commandLine.language);
    if (commandLine.isHeadless())
        return commandLine.runHeadless(settings);

    InstanceGuard guard(commandLine.databasePath);
    switch (guard.claim(&error)) {
    case InstanceGuard::Claim::Primary:
        break;
    case InstanceGuard::Claim::HandedOver:
        std::fprintf(
            stdout, "%s\n",
            qPrintable(QCoreApplication::translate(
                "main", "Study Planner is already running on this database; its window was brought to the front.")));
        return 0;
    case InstanceGuard::Claim::Failed:
        return fail(error, true);
    }

    if (!session.open(commandLine.databasePath, &error))
        return fail(error, true);

    MainWindow window(session);
    // --start-timer, --stop-timer and --timer-status given while this window runs are done here.
    guard.setCommandHandler([&session](const QByteArray &command) {
        return TimerCommands::encode(TimerCommands::run(command, session.document().roadmapId(),
                                                        session.document().roadmap(), session.entries(),
                                                        session.clock().now(), session.timeZone()));
    });
    QObject::connect(&guard, &InstanceGuard::activationRequested, &window, &MainWindow::activate);
    window.show();
    // The first-run step, once the window is on screen: when can the learner study?
    QTimer::singleShot(0, &window, &MainWindow::askForAvailability);
    // A timer left open by a crash or a kill: end it or keep it running.
    QTimer::singleShot(0, &window, &MainWindow::recoverTimer);
    return app->exec();
}
