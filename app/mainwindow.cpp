// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "availability/availabilitydialog.h"
#include "common/icons.h"
#include "common/messagebar.h"
#include "exchange/calendarexchange.h"
#include "exchange/roadmapjson.h"
#include "log/logdocument.h"
#include "log/logexchange.h"
#include "log/logstatus.h"
#include "log/logview.h"
#include "printing/printactions.h"
#include "progress/progressview.h"
#include "roadmap/roadmapdocument.h"
#include "roadmap/roadmapview.h"
#include "session.h"
#include "storage/availabilityrepository.h"
#include "storage/busyrepository.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/roadmaprepository.h"
#include "support/settings.h"
#include "timeline/plandocument.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"
#include "tracking/recoverydialog.h"
#include "tracking/timelog.h"
#include "tracking/timercontroller.h"
#include "tracking/timerwidget.h"
#include "week/weekdocument.h"
#include "week/weekview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_stack(new QStackedWidget(this)), m_messageBar(new MessageBar(this)),
      m_navigation(new QToolBar(this)), m_viewGroup(new QActionGroup(this)),
      m_roadmapView(new RoadmapView(session.document(), this)), m_progressLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMovable(false);
    m_navigation->setFloatable(false);
    m_navigation->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_navigation->setIconSize(QSize(32, 32));
    addToolBar(Qt::LeftToolBarArea, m_navigation);
    m_viewGroup->setExclusive(true);

    // The views, in navigation order. A new view is one more line here.
    addView(QStringLiteral("roadmapView"), QT_TR_NOOP("Roadmap"), QStringLiteral("view-list-tree"),
            [this] { return m_roadmapView; });
    addView(QStringLiteral("timelineView"), QT_TR_NOOP("Timeline"), QStringLiteral("view-calendar-timeline"),
            [this] { return timelineView(); });
    addView(QStringLiteral("weekView"), QT_TR_NOOP("Week"), QStringLiteral("view-calendar-week"),
            [this] { return weekView(); });
    addView(QStringLiteral("logView"), QT_TR_NOOP("Log"), QStringLiteral("view-history"),
            [this] { return new LogView(m_session, this); });
    addView(QStringLiteral("progressView"), QT_TR_NOOP("Progress"), QStringLiteral("view-statistics"),
            [this] { return new ProgressView(m_session, this); });

    createActions();
    createMenus();
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(new LogStatus(m_session, this));

    m_timer = new TimerController(session, this);
    m_timerWidget = new TimerWidget(*m_timer, session, m_roadmapView, this);
    statusBar()->addWidget(m_timerWidget);
    menuBar()->insertMenu(m_settingsMenu->menuAction(), m_timerWidget->menu());
    m_navigation->addSeparator();
    m_navigation->addAction(m_timerWidget->toggleAction());
    connect(m_timerWidget, &TimerWidget::errorOccurred, this, &MainWindow::showError);
    connect(m_timerWidget, &TimerWidget::noticeGiven, this, &MainWindow::showNotice);
    connect(m_timerWidget, &TimerWidget::showWindowRequested, this, &MainWindow::activate);
    connect(m_roadmapView, &RoadmapView::timerRequested, m_timer,
            [this](const QString &stageKey, const QString &itemKey) { m_timer->start(stageKey, itemKey); });

    connect(m_roadmapView, &RoadmapView::errorOccurred, this, &MainWindow::showError);
    connect(&m_session.entries(), &EntryRepository::entriesChanged, this, &MainWindow::updateStageHours);
    connect(&m_session.plan(), &PlanDocument::changed, this, &MainWindow::updateStageHours);
    connect(&m_session.document(), &RoadmapDocument::reset, this, &MainWindow::updateStageHours);
    updateStageHours();
    // A refused plan edit is reported wherever it came from (the Timeline view, or Undo anywhere).
    connect(&m_session.plan(), &PlanDocument::refused, this, &MainWindow::showError);
    connect(&m_session.document(), &RoadmapDocument::reset, this, &MainWindow::updateStatus);
    connect(&m_session.document(), &RoadmapDocument::reset, this, &MainWindow::updateRoadmapMenu);
    connect(&m_session.document(), &RoadmapDocument::itemChanged, this, &MainWindow::updateStatus);
    connect(&m_session.document(), &RoadmapDocument::branchChanged, this, &MainWindow::updateStatus);
    connect(&m_session.roadmaps(), &RoadmapRepository::roadmapAdded, this, &MainWindow::updateRoadmapMenu);
    connect(&m_session.availabilities(), &AvailabilityRepository::availabilityChanged, this,
            &MainWindow::updatePlaceableHours);
    connect(&m_session.document(), &RoadmapDocument::reset, this, &MainWindow::updatePlaceableHours);

    connect(&m_session.busy(), &BusyRepository::busyChanged, this, &MainWindow::updateBusyMenu);

    retranslate();
    updateStatus();
    updateRoadmapMenu();
    updateBusyMenu();
    readSettings();
    m_roadmapView->setFocus();
    if (m_session.database().isReadOnly()) {
        showNotice(tr("%1 was written by a newer version of Study Planner. It is open read-only: nothing you "
                      "change here is saved.")
                       .arg(QDir::toNativeSeparators(m_session.database().path())));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::addView(const QString &name, const char *title, const QString &icon,
                         const std::function<QWidget *()> &create)
{
    auto *action = new QAction(Icons::themed(icon), tr(title), this);
    action->setObjectName(QStringLiteral("view_") + name);
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_views.size())));
    m_viewGroup->addAction(action);
    m_navigation->addAction(action);
    const int index = int(m_views.size());
    connect(action, &QAction::triggered, this, [this, index] { m_stack->setCurrentWidget(view(index)); });
    m_views.append({nullptr, create, action, title, icon});
    if (index == 0) {
        action->setChecked(true);
        m_stack->setCurrentWidget(view(0));
    }
}

QWidget *MainWindow::view(int index)
{
    View &v = m_views[index];
    if (!v.widget) {
        // Views are made when first shown: a start pays only for the first one.
        v.widget = v.create();
        m_stack->addWidget(v.widget);
    }
    return v.widget;
}

TimelineView *MainWindow::timelineView()
{
    if (!m_timelineView) {
        m_timelineView = new TimelineView(m_session.plan(), this);
        const Settings &settings = m_session.settings();
        m_timelineView->restoreState(settings.value(Settings::Key::TimelineSplitterState).toByteArray());
        const double zoom = settings.value(Settings::Key::TimelineZoom).toDouble();
        if (zoom > 0)
            m_timelineView->timeline()->setPixelsPerDay(zoom);
        else
            m_timelineView->timeline()->zoomToFit();
        updatePlaceableHours();
        updateActuals();
        connect(&m_session.entries(), &EntryRepository::entriesChanged, this, &MainWindow::updateActuals);
    }
    return m_timelineView;
}

// When the learner opted in: items whose estimate the logged hours reach are ticked (never unticked;
// an item unticked by hand is ticked again at the next change of the study log).
void MainWindow::tickItemsFromHours()
{
    if (!m_session.settings().value(Settings::Key::TickItemsFromHours).toBool() || m_session.database().isReadOnly())
        return;
    const int roadmapId = m_session.document().roadmapId();
    QString error;
    const std::optional<QHash<QString, double>> hours = m_session.entries().itemHours(roadmapId, &error);
    if (!hours) {
        showError(error);
        return;
    }
    QStringList due;
    for (const Stage &stage : m_session.document().roadmap().stages) {
        for (const Section &section : stage.sections) {
            for (const Item &item : section.items) {
                if (!item.done && item.estimatedHours && *item.estimatedHours > 0
                    && hours->value(item.key) + 1e-9 >= *item.estimatedHours)
                    due.append(item.key);
            }
        }
    }
    for (const QString &key : std::as_const(due)) {
        if (!m_session.roadmaps().setItemDone(roadmapId, key, true, &error)) {
            showError(error);
            return;
        }
    }
}

// The study log's weekly hours per stage, for the Timeline's progress and forecasts.
void MainWindow::updateActuals()
{
    if (!m_timelineView)
        return;
    QHash<QString, QList<Forecast::WeekActual>> actuals;
    QString error;
    for (const StagePlan &stage : m_session.plan().plan().stages) {
        const std::optional<QList<QPair<QDate, double>>> weeks =
            m_session.entries().weeklyHours(m_session.document().roadmapId(), stage.stageKey, &error);
        if (!weeks) {
            showError(error);
            return;
        }
        QList<Forecast::WeekActual> list;
        for (const auto &[monday, hours] : *weeks)
            list.append({monday, hours});
        if (!list.isEmpty())
            actuals.insert(stage.stageKey, list);
    }
    m_timelineView->setActuals(actuals);
}

void MainWindow::updateStageHours()
{
    QString error;
    const std::optional<QHash<QString, double>> actual =
        m_session.entries().stageHours(m_session.document().roadmapId(), &error);
    if (!actual) {
        showError(error);
        return;
    }
    QHash<QString, double> planned;
    for (const Planner::StageSchedule &stage : m_session.plan().schedule().stages)
        planned.insert(stage.stageKey, stage.effortHours);
    m_roadmapView->setStageHours(*actual, planned);
}

WeekView *MainWindow::weekView()
{
    if (!m_weekView) {
        m_weekView = new WeekView(m_session.week(), this);
        connect(m_weekView, &WeekView::availabilityRequested, this, &MainWindow::editAvailability);
        connect(m_weekView, &WeekView::timerRequested, m_timer, &TimerController::start);
    }
    return m_weekView;
}

void MainWindow::updatePlaceableHours()
{
    if (!m_timelineView)
        return;
    QString error;
    const std::optional<Availability> availability =
        m_session.availabilities().load(m_session.document().roadmapId(), &error);
    m_timelineView->setPlaceableHours(availability ? std::optional<double>(availability->placeableWeeklyHours())
                                                   : std::nullopt);
}

void MainWindow::createActions()
{
    m_importAction = new QAction(Icons::themed(QStringLiteral("document-import")), QString(), this);
    m_importAction->setObjectName(QStringLiteral("actionImportRoadmap"));
    m_importAction->setShortcut(QKeySequence::Open);
    m_importAction->setEnabled(!m_session.database().isReadOnly());
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importRoadmap);

    m_exportAction = new QAction(Icons::themed(QStringLiteral("document-export")), QString(), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportRoadmap"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportRoadmap);

    const bool writable = !m_session.database().isReadOnly();
    m_importBusyAction = new QAction(Icons::themed(QStringLiteral("x-office-calendar")), QString(), this);
    m_importBusyAction->setObjectName(QStringLiteral("actionImportBusy"));
    m_importBusyAction->setEnabled(writable);
    connect(m_importBusyAction, &QAction::triggered, this, &MainWindow::importBusy);
    m_exportIcsAction = new QAction(Icons::themed(QStringLiteral("document-export")), QString(), this);
    m_exportIcsAction->setObjectName(QStringLiteral("actionExportIcs"));
    m_exportIcsAction->setEnabled(writable); // exporting places the weeks it needs
    connect(m_exportIcsAction, &QAction::triggered, this, &MainWindow::exportIcs);
    // The Week view's Transcribe Week…, from the menu: shows the Week view (made when first needed) first.
    m_transcribeAction = new QAction(Icons::themed(QStringLiteral("document-edit")), QString(), this);
    m_transcribeAction->setObjectName(QStringLiteral("actionTranscribeWeekMenu"));
    m_transcribeAction->setEnabled(!m_session.database().isReadOnly());
    connect(m_transcribeAction, &QAction::triggered, this, [this] {
        findChild<QAction *>(QStringLiteral("view_weekView"))->trigger();
        QAction *transcribe = weekView()->transcribeAction();
        if (transcribe->isEnabled())
            transcribe->trigger();
        else
            showNotice(tr("This week has no study blocks to transcribe."));
    });
    m_exportCsvAction = new QAction(Icons::themed(QStringLiteral("document-export")), QString(), this);
    m_exportCsvAction->setObjectName(QStringLiteral("actionExportCsv"));
    connect(m_exportCsvAction, &QAction::triggered, this, [this] {
        QString message;
        bool failed = false;
        if (LogExchange::exportDialog(LogDocument::of(m_session), {}, this, &message, &failed) || failed)
            failed ? showError(message) : showNotice(message);
    });
    m_importCsvAction = new QAction(Icons::themed(QStringLiteral("document-import")), QString(), this);
    m_importCsvAction->setObjectName(QStringLiteral("actionImportCsv"));
    m_importCsvAction->setEnabled(writable);
    connect(m_importCsvAction, &QAction::triggered, this, [this] {
        QString message;
        bool failed = false;
        LogExchange::importDialog(LogDocument::of(m_session), this, &message, &failed);
        if (!message.isEmpty())
            failed ? showError(message) : showNotice(message);
    });
    m_tickItemsAction = new QAction(this);
    m_tickItemsAction->setObjectName(QStringLiteral("actionTickItemsFromHours"));
    m_tickItemsAction->setCheckable(true);
    m_tickItemsAction->setChecked(m_session.settings().value(Settings::Key::TickItemsFromHours).toBool());
    m_tickItemsAction->setEnabled(writable);
    connect(m_tickItemsAction, &QAction::toggled, this, [this](bool on) {
        m_session.settings().setValue(Settings::Key::TickItemsFromHours, on);
        m_session.settings().sync();
        tickItemsFromHours();
    });
    connect(&m_session.entries(), &EntryRepository::entriesChanged, this, &MainWindow::tickItemsFromHours);
    m_availabilityAction = new QAction(Icons::themed(QStringLiteral("view-calendar-week")), QString(), this);
    m_availabilityAction->setObjectName(QStringLiteral("actionAvailability"));
    m_availabilityAction->setEnabled(writable);
    connect(m_availabilityAction, &QAction::triggered, this, &MainWindow::editAvailability);

    m_printActions = new PrintActions(m_session, this);
    connect(m_printActions, &PrintActions::errorOccurred, this, &MainWindow::showError);
    connect(m_printActions, &PrintActions::noticeGiven, this, &MainWindow::showNotice);

    m_quitAction = new QAction(Icons::themed(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QUndoStack *undoStack = m_session.plan().undoStack();
    m_undoAction = undoStack->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(Icons::themed(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = undoStack->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(Icons::themed(QStringLiteral("edit-redo")));
    // Ctrl+Shift+Z everywhere (the shortcut), and the platform's own where it differs.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redoAction->setShortcuts(redoKeys);

    m_aboutAction = new QAction(Icons::themed(QStringLiteral("help-about")), QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = new QAction(this);
    m_systemLanguageAction->setObjectName(QStringLiteral("actionLanguageSystem"));
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setData(QString());
    m_languageGroup->addAction(m_systemLanguageAction);
    for (const QString &language : Translator::supportedLanguages()) {
        auto *action = new QAction(Translator::nativeName(language), this);
        action->setObjectName(QStringLiteral("actionLanguage_") + language);
        action->setCheckable(true);
        action->setData(language);
        m_languageGroup->addAction(action);
    }
    const QString chosen = m_session.settings().language();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == chosen);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });

    m_roadmapGroup = new QActionGroup(this);
    m_roadmapGroup->setExclusive(true);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_roadmapMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importBusyAction);
    m_busyMenu = m_fileMenu->addMenu(QString());
    m_busyMenu->setObjectName(QStringLiteral("menuRemoveBusy"));
    m_fileMenu->addAction(m_exportIcsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importCsvAction);
    m_fileMenu->addAction(m_exportCsvAction);
    m_roadmapMenu->setObjectName(QStringLiteral("menuRoadmaps"));
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_printActions->printActions());
    m_fileMenu->addAction(m_transcribeAction);
    m_fileMenu->addMenu(m_printActions->exportMenu());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (const View &view : std::as_const(m_views))
        m_viewMenu->addAction(view.action);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_availabilityAction);
    m_settingsMenu->addAction(m_tickItemsAction);
    m_languageMenu = m_settingsMenu->addMenu(Icons::themed(QStringLiteral("preferences-system")), QString());
    m_languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    // The same name in both places: Qt appends the display name to a window title that differs from it.
    QGuiApplication::setApplicationDisplayName(tr("Study Planner"));
    setWindowTitle(tr("Study Planner"));
    m_navigation->setWindowTitle(tr("Views"));
    for (const View &view : std::as_const(m_views)) {
        view.action->setText(tr(view.title));
        view.action->setToolTip(tr("Show the %1 view (%2)")
                                    .arg(tr(view.title), view.action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_roadmapMenu->setTitle(tr("&Switch Roadmap"));
    m_busyMenu->setTitle(tr("&Remove Busy Calendar"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_importAction->setText(tr("&Import Roadmap…"));
    m_importAction->setStatusTip(tr("Import a learning guide written in Markdown as a new roadmap"));
    m_exportAction->setText(tr("&Export Roadmap as JSON…"));
    m_exportAction->setStatusTip(tr("Save the roadmap with your progress as a JSON file"));
    m_importBusyAction->setText(tr("Import &Busy Calendar…"));
    m_importBusyAction->setStatusTip(
        tr("Import an iCalendar (.ics) file: study blocks are never placed on its events"));
    m_exportIcsAction->setText(tr("Export Study Blocks as i&Calendar…"));
    m_exportIcsAction->setStatusTip(tr("Save the study blocks of a date range as an .ics file for your calendar"));
    m_importCsvAction->setText(tr("Import Study &Log from CSV…"));
    m_importCsvAction->setStatusTip(tr("Add study entries from a CSV file, after a preview; one step you can undo"));
    m_transcribeAction->setText(tr("&Transcribe Printed Week…"));
    m_transcribeAction->setStatusTip(
        tr("Enter what you wrote on the printed week: the blocks you did and the minutes you studied"));
    m_exportCsvAction->setText(tr("Export Study Log as &CSV…"));
    m_exportCsvAction->setStatusTip(tr("Save the study entries of a date range as a CSV file for spreadsheets"));
    m_availabilityAction->setText(tr("&Availability…"));
    m_tickItemsAction->setText(tr("&Tick Items When Their Estimated Hours Are Logged"));
    m_tickItemsAction->setStatusTip(
        tr("An item with an hour estimate is ticked as done once the study log holds that many hours for it"));
    m_availabilityAction->setStatusTip(tr("When you can study: weekly hours, days off and block lengths"));
    m_quitAction->setText(tr("&Quit"));
    m_printActions->retranslate();
    m_aboutAction->setText(tr("&About Study Planner"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_systemLanguageAction->setText(tr("System Default"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateStatus()
{
    int done = 0;
    int counted = 0;
    for (const Stage &stage : m_session.document().roadmap().stages) {
        done += stage.countedDone();
        counted += stage.countedItems();
    }
    m_progressLabel->setText(tr("%1 of %2 items done").arg(done).arg(counted));
    m_progressLabel->setToolTip(QDir::toNativeSeparators(m_session.database().path()));
}

void MainWindow::updateRoadmapMenu()
{
    m_roadmapMenu->clear();
    for (QAction *action : m_roadmapGroup->actions())
        delete action;
    const int current = m_session.document().roadmapId();
    const QList<RoadmapRepository::Summary> roadmaps = m_session.roadmaps().roadmaps();
    for (const RoadmapRepository::Summary &summary : roadmaps) {
        auto *action = new QAction(summary.title, m_roadmapGroup);
        action->setCheckable(true);
        action->setChecked(summary.id == current);
        action->setEnabled(!m_session.database().isReadOnly());
        connect(action, &QAction::triggered, this, [this, id = summary.id] {
            QString error;
            if (!m_session.roadmaps().setCurrentRoadmap(id, &error))
                showError(error);
        });
        m_roadmapMenu->addAction(action);
    }
    m_roadmapMenu->setEnabled(roadmaps.size() > 1);
}

void MainWindow::importRoadmap()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Roadmap"), QDir::homePath(),
                                                      tr("Markdown guides (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        importRoadmapFile(path);
}

bool MainWindow::importRoadmapFile(const QString &path)
{
    QString error;
    const int id = m_session.roadmaps().importFile(path, &error);
    if (id == 0) {
        showError(tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (!m_session.roadmaps().setCurrentRoadmap(id, &error)) {
        showError(error);
        return false;
    }
    showNotice(tr("Imported “%1”. Switch between roadmaps with File → Switch Roadmap.")
                   .arg(m_session.document().roadmap().title));
    return true;
}

// One entry per imported calendar: removing it frees its busy time (the weeks are placed again).
void MainWindow::updateBusyMenu()
{
    m_busyMenu->clear();
    QString error;
    const QList<BusyRepository::Calendar> calendars =
        m_session.busy().calendars(&error).value_or(QList<BusyRepository::Calendar>());
    for (const BusyRepository::Calendar &calendar : calendars) {
        auto *action =
            m_busyMenu->addAction(tr("%1 (%n busy time(s))", nullptr, calendar.eventCount).arg(calendar.name));
        action->setToolTip(QDir::toNativeSeparators(calendar.source));
        action->setEnabled(!m_session.database().isReadOnly());
        connect(action, &QAction::triggered, this, [this, calendar] {
            const auto answer = QMessageBox::question(
                this, tr("Remove Busy Calendar"),
                tr("Remove “%1”? Study blocks may then be placed in its %n busy time(s).", nullptr, calendar.eventCount)
                    .arg(calendar.name));
            if (answer != QMessageBox::Yes)
                return;
            QString removeError;
            if (!m_session.busy().removeCalendar(calendar.id, &removeError))
                showError(removeError);
        });
    }
    m_busyMenu->setEnabled(!calendars.isEmpty());
}

void MainWindow::importBusy()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Busy Calendar"), QDir::homePath(),
                                                      tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (!path.isEmpty())
        importBusyFile(path);
}

bool MainWindow::importBusyFile(const QString &path)
{
    QString error;
    const std::optional<CalendarExchange::ImportReport> report =
        CalendarExchange::importBusy(m_session.busy(), path, m_session.clock().now(), m_session.timeZone(), &error);
    if (!report) {
        showError(tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    showNotice(report->text());
    return true;
}

void MainWindow::exportIcs()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("exportIcsDialog"));
    dialog.setWindowTitle(tr("Export Study Blocks"));
    auto *from = new QDateEdit(m_session.week().today(), &dialog);
    auto *to = new QDateEdit(m_session.week().today().addDays(27), &dialog);
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
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Study Blocks"),
                                                      QDir::home().filePath(QStringLiteral("study-blocks.ics")),
                                                      tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportIcsFile(path, from->date(), to->date());
}

bool MainWindow::exportIcsFile(const QString &path, const QDate &first, const QDate &last)
{
    QString error;
    const std::optional<int> count =
        CalendarExchange::exportBlocks(m_session.weekPlanner(), m_session.week().context(), first, last, path, &error);
    if (!count) {
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_session.week().refresh();
    showNotice(tr("Saved %n study block(s) to %1.", nullptr, *count).arg(QDir::toNativeSeparators(path)));
    return true;
}

double MainWindow::currentBudget() const
{
    const PlanDocument &plan = m_session.plan();
    return Planner::currentBudget(plan.schedule(), plan.plan(), m_session.week().today());
}

bool MainWindow::editAvailability()
{
    const int roadmapId = m_session.document().roadmapId();
    QString error;
    const std::optional<Availability> stored = m_session.availabilities().load(roadmapId, &error);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    AvailabilityDialog dialog(AvailabilityDialog::Mode::Edit, this);
    dialog.setAvailability(stored ? *stored : Availability::proposal(currentBudget()));
    dialog.setPlanBudget(currentBudget());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!m_session.availabilities().save(roadmapId, dialog.availability(), &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool MainWindow::askForAvailability()
{
    Settings &settings = m_session.settings();
    if (m_session.database().isReadOnly() || settings.value(Settings::Key::AvailabilityAsked).toBool())
        return false;
    const int roadmapId = m_session.document().roadmapId();
    QString error;
    if (m_session.availabilities().load(roadmapId, &error) || !error.isEmpty())
        return false;
    AvailabilityDialog dialog(AvailabilityDialog::Mode::FirstRun, this);
    dialog.setAvailability(Availability::proposal(currentBudget()));
    dialog.setPlanBudget(currentBudget());
    const bool accepted = dialog.exec() == QDialog::Accepted;
    settings.setValue(Settings::Key::AvailabilityAsked, true);
    settings.sync();
    if (accepted && !m_session.availabilities().save(roadmapId, dialog.availability(), &error))
        showError(error);
    return true;
}

bool MainWindow::recoverTimer()
{
    if (m_session.database().isReadOnly() || m_timer->isRunning())
        return false;
    QString error;
    const std::optional<EntryRepository::OpenTimer> open = m_session.entries().openTimer(&error);
    if (!open) {
        if (!error.isEmpty())
            showError(error);
        return false;
    }
    // A timer started a moment ago without the window (--start-timer, a desktop shortcut) just goes
    // on; one whose last sign of life is old is asked about.
    if (TimeLog::check(open->entry.start, open->heartbeat, m_session.clock().now(), -1).clock
        == TimeLog::Clock::Steady) {
        m_timer->adopt(*open);
        return false;
    }
    const Roadmap &roadmap = m_session.document().roadmap();
    const Stage *stage = roadmap.stage(open->entry.stageKey);
    QString subject = stage ? stage->title : open->entry.stageKey;
    if (const Item *item = roadmap.item(open->entry.itemKey))
        subject = tr("%1 — %2", "stage — item of the running timer").arg(subject, item->title);
    RecoveryDialog dialog(subject, open->entry.start, open->heartbeat, m_session.clock().now(), m_session.timeZone(),
                          this);
    if (dialog.exec() != QDialog::Accepted)
        return true; // still open: asked again at the next start
    if (dialog.choice() == RecoveryDialog::Choice::KeepRunning) {
        m_timer->adopt(*open);
        return true;
    }
    const QDateTime end = std::max(dialog.end(), open->entry.start);
    if (!m_session.entries().stopTimer(open->entry.id, end, &error))
        showError(error);
    return true;
}

void MainWindow::exportRoadmap()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Roadmap"), QDir::home().filePath(QStringLiteral("roadmap.json")), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(RoadmapJson::toJson(m_session.document().roadmap())).toJson()) < 0
        || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported the roadmap to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::setLanguage(const QString &language)
{
    m_session.setLanguage(language);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Study Planner"),
                       tr("<h3>Study Planner %1</h3>"
                          "<p>Turns a learning guide into a plan and keeps you on it.</p>"
                          "<p>The bundled roadmap is the guide to learning large language models, in Chinese "
                          "and in English.</p>"
                          "<p>Your data: %2</p>")
                           .arg(QStringLiteral(STUDYPLANNER_VERSION),
                                QDir::toNativeSeparators(m_session.database().path()).toHtmlEscaped()));
}

void MainWindow::showError(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Type::Error);
}

void MainWindow::showNotice(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Type::Information);
}

void MainWindow::activate()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::readSettings()
{
    const Settings &settings = m_session.settings();
    if (!restoreGeometry(settings.value(Settings::Key::WindowGeometry).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(Settings::Key::WindowState).toByteArray());
    m_roadmapView->restoreState(settings.value(Settings::Key::RoadmapSplitterState).toByteArray());
}

void MainWindow::writeSettings()
{
    Settings &settings = m_session.settings();
    settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::WindowState, saveState());
    settings.setValue(Settings::Key::RoadmapSplitterState, m_roadmapView->saveState());
    if (m_timelineView) {
        settings.setValue(Settings::Key::TimelineSplitterState, m_timelineView->saveState());
        settings.setValue(Settings::Key::TimelineZoom, m_timelineView->timeline()->pixelsPerDay());
    }
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}
