// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebar.h"
#include "mainwindow.h"
#include "roadmap/branchlistmodel.h"
#include "roadmap/itemtreemodel.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/roadmaprepository.h"
#include "support/settings.h"
#include "testconfig.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

// Drives the real main window through its widgets: clicks, keys and menu actions.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tickAndBranchSurviveRestart();
    void switchLanguage();
    void readOnlyNewerDatabase();
    void importAndSwitchRoadmaps();

private:
    struct Run {
        std::unique_ptr<Settings> settings;
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
    };
    Run start(const QString &language = QStringLiteral("en"));
    static void clickRow(QAbstractItemView *view, const QModelIndex &index);
    static QModelIndex findSection(QAbstractItemModel *model, int kind);

    QTemporaryDir m_dir;
    QString m_databasePath;
    QString m_settingsPath;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("studyplanner.sqlite"));
    m_settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
}

TestMainWindow::Run TestMainWindow::start(const QString &language)
{
    Run run;
    run.settings = std::make_unique<Settings>(m_settingsPath);
    run.session = std::make_unique<Session>(*run.settings);
    run.session->applyLanguage(language);
    QString error;
    if (!run.session->open(m_databasePath, &error))
        qWarning("open failed: %s", qPrintable(error));
    run.window = std::make_unique<MainWindow>(*run.session);
    run.window->show();
    if (!QTest::qWaitForWindowExposed(run.window.get()))
        qWarning("window not exposed");
    return run;
}

void TestMainWindow::clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QModelIndex TestMainWindow::findSection(QAbstractItemModel *model, int kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex section = model->index(row, 0);
        if (section.data(ItemTreeModel::KindRole).toInt() == kind)
            return section;
    }
    return {};
}

void TestMainWindow::tickAndBranchSurviveRestart()
{
    QString assessmentKey;
    QString branchKey;
    {
        Run run = start();
        auto *stageList = run.window->findChild<QListView *>(QStringLiteral("stageList"));
        auto *itemTree = run.window->findChild<QTreeView *>(QStringLiteral("itemTree"));
        auto *branchList = run.window->findChild<QListView *>(QStringLiteral("branchList"));
        auto *stageTitle = run.window->findChild<QLabel *>(QStringLiteral("stageTitle"));
        QVERIFY(stageList && itemTree && branchList && stageTitle);
        QCOMPARE(stageList->model()->rowCount(), 5);

        // Stage 1: tick the first self-assessment item with the keyboard.
        clickRow(stageList, stageList->model()->index(0, 0));
        QCOMPARE(stageTitle->text(), QStringLiteral("Getting Started Stage"));
        const QModelIndex assessment = findSection(itemTree->model(), int(ItemKind::Assessment));
        QVERIFY(assessment.isValid());
        const QModelIndex item = itemTree->model()->index(0, 0, assessment);
        assessmentKey = item.data(ItemTreeModel::KeyRole).toString();
        clickRow(itemTree, item);
        QCOMPARE(itemTree->currentIndex(), item);
        QTest::keyClick(itemTree, Qt::Key_Space);
        QCOMPARE(item.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        auto *details = run.window->findChild<QLabel *>(QStringLiteral("itemDetails"));
        QVERIFY(details->text().contains(item.data().toString().toHtmlEscaped()));

        // Stage 2: stop following its third branch.
        clickRow(stageList, stageList->model()->index(1, 0));
        QVERIFY(branchList->isVisible());
        QCOMPARE(branchList->model()->rowCount(), 3);
        const QModelIndex branch = branchList->model()->index(2, 0);
        branchKey = branch.data(BranchListModel::KeyRole).toString();
        clickRow(branchList, branch);
        QTest::keyClick(branchList, Qt::Key_Space);
        QCOMPARE(branch.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

        // Quit through the File menu's action.
        auto *quit = run.window->findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        quit->trigger();
        QVERIFY(!run.window->isVisible());
    }

    Run again = start();
    const Roadmap &roadmap = again.session->document().roadmap();
    QVERIFY(roadmap.item(assessmentKey));
    QVERIFY(roadmap.item(assessmentKey)->done);
    QVERIFY(!roadmap.stages.at(1).branch(branchKey)->chosen);

    auto *stageList = again.window->findChild<QListView *>(QStringLiteral("stageList"));
    auto *itemTree = again.window->findChild<QTreeView *>(QStringLiteral("itemTree"));
    clickRow(stageList, stageList->model()->index(0, 0));
    const QModelIndex assessment = findSection(itemTree->model(), int(ItemKind::Assessment));
    QCOMPARE(itemTree->model()->index(0, 0, assessment).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
}

void TestMainWindow::switchLanguage()
{
    Run run = start(QStringLiteral("en"));
    auto *stageList = run.window->findChild<QListView *>(QStringLiteral("stageList"));
    QCOMPARE(stageList->model()->index(0, 0).data().toString(), QStringLiteral("Getting Started Stage"));
    QCOMPARE(run.window->windowTitle(), QStringLiteral("Study Planner"));

    auto *chinese = run.window->findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"));
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(stageList->model()->index(0, 0).data().toString(), QStringLiteral("入门阶段"));
    QCOMPARE(stageList->model()->index(4, 0).data().toString(), QStringLiteral("前沿研究阶段"));
    QTRY_COMPARE(run.window->windowTitle(), QStringLiteral("学习计划")); // LanguageChange is posted
    auto *roadmapAction = run.window->findChild<QAction *>(QStringLiteral("view_roadmapView"));
    QVERIFY(roadmapAction);
    QCOMPARE(roadmapAction->text(), QStringLiteral("路线图"));
    QCOMPARE(run.settings->language(), QStringLiteral("zh_CN"));
    // The tick made in English is the same item in Chinese.
    QVERIFY(run.session->document().roadmap().stages.at(0).countedDone() >= 1);

    auto *english = run.window->findChild<QAction *>(QStringLiteral("actionLanguage_en"));
    english->trigger();
    QCOMPARE(stageList->model()->index(0, 0).data().toString(), QStringLiteral("Getting Started Stage"));
    QTRY_COMPARE(run.window->windowTitle(), QStringLiteral("Study Planner"));
}

void TestMainWindow::readOnlyNewerDatabase()
{
    // A database from a newer Study Planner opens read-only: ticking is refused visibly.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        Session session(settings);
        QString error;
        QVERIFY2(session.open(path, &error), qPrintable(error));
    }
    {
        const QString connection = QStringLiteral("bump");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(!db.exec(QStringLiteral("PRAGMA user_version = 999")).lastError().isValid());
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    Session session(settings);
    session.applyLanguage(QStringLiteral("en"));
    QString error;
    QString notice;
    QVERIFY2(session.open(path, &error, &notice), qPrintable(error));
    QVERIFY(!notice.isEmpty());
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.messageBar()->isVisible());
    auto *itemTree = window.findChild<QTreeView *>(QStringLiteral("itemTree"));
    const QModelIndex item = itemTree->model()->index(0, 0, itemTree->model()->index(0, 0));
    QVERIFY(!(item.flags() & Qt::ItemIsUserCheckable));
}

void TestMainWindow::importAndSwitchRoadmaps()
{
    QTemporaryDir dir;
    m_databasePath = dir.filePath(QStringLiteral("import.sqlite"));
    Run run = start();
    auto *stageList = run.window->findChild<QListView *>(QStringLiteral("stageList"));
    auto *roadmapMenu = run.window->findChild<QMenu *>(QStringLiteral("menuRoadmaps"));
    QVERIFY(stageList && roadmapMenu);
    QCOMPARE(roadmapMenu->actions().size(), 1);

    // A file the importer refuses: a message in the bar, and the guide stays.
    const QString junk = QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/guides/no-stages.md");
    QVERIFY(!run.window->importRoadmapFile(junk));
    QVERIFY(run.window->messageBar()->isVisible());
    QCOMPARE(run.window->messageBar()->type(), MessageBar::Type::Error);
    QVERIFY2(run.window->messageBar()->text().contains(QLatin1String("no-stages.md")),
             qPrintable(run.window->messageBar()->text()));
    QCOMPARE(stageList->model()->rowCount(), 5);
    QCOMPARE(roadmapMenu->actions().size(), 1);

    // A guide of the same shape: it becomes the current roadmap, and the menu offers both.
    QVERIFY(run.window->importRoadmapFile(QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/guides/foreign-guide.en.md")));
    QCOMPARE(run.window->messageBar()->type(), MessageBar::Type::Information);
    QCOMPARE(stageList->model()->rowCount(), 3);
    QCOMPARE(roadmapMenu->actions().size(), 2);
    QVERIFY(roadmapMenu->isEnabled());

    // Back to the guide through File → Switch Roadmap.
    QAction *guide = roadmapMenu->actions().constFirst();
    QVERIFY(!guide->isChecked());
    guide->trigger();
    QCOMPARE(stageList->model()->rowCount(), 5);
    QCOMPARE(stageList->model()->index(0, 0).data().toString(), QStringLiteral("Getting Started Stage"));
    QVERIFY(roadmapMenu->actions().constFirst()->isChecked());
    m_databasePath = m_dir.filePath(QStringLiteral("studyplanner.sqlite"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
