// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/instanceguard.h"
#include "testconfig.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

class TestInstanceGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstInstanceIsPrimary();
    void secondInstanceHandsOver();
    void secondProcessHandsOver();
    void staleLockAfterCrash();
    void databasesDoNotShareALock();
    void windowWaitsForACommandLineRun();

private:
    static QProcessEnvironment isolatedEnvironment(const QTemporaryDir &dir);
};

QProcessEnvironment TestInstanceGuard::isolatedEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    return env;
}

void TestInstanceGuard::firstInstanceIsPrimary()
{
    QTemporaryDir dir;
    InstanceGuard guard(dir.filePath(QStringLiteral("db.sqlite")));
    QString error;
    QCOMPARE(guard.claim(&error), InstanceGuard::Claim::Primary);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("db.sqlite.lock"))));
}

void TestInstanceGuard::secondInstanceHandsOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    InstanceGuard first(path);
    QSignalSpy activated(&first, &InstanceGuard::activationRequested);
    QString error;
    QCOMPARE(first.claim(&error), InstanceGuard::Claim::Primary);

    InstanceGuard second(path);
    QCOMPARE(second.claim(&error), InstanceGuard::Claim::HandedOver);
    QTRY_COMPARE(activated.count(), 1);
}

void TestInstanceGuard::secondProcessHandsOver()
{
    // The real executable, started on a database this process holds, hands over and exits.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    InstanceGuard first(path);
    QSignalSpy activated(&first, &InstanceGuard::activationRequested);
    QString error;
    QCOMPARE(first.claim(&error), InstanceGuard::Claim::Primary);

    QProcess second;
    second.setProcessEnvironment(isolatedEnvironment(dir));
    second.start(QStringLiteral(STUDYPLANNER_EXE), {QStringLiteral("--database"), path});
    QVERIFY(second.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 20000);
    // The event loop of QTRY may already have seen it finish.
    QVERIFY(second.state() == QProcess::NotRunning || second.waitForFinished(20000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(!QFile::exists(path)); // it never opened the database
}

void TestInstanceGuard::staleLockAfterCrash()
{
    // A real instance is killed (as by a crash or a power cut): its lock file stays behind.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    const QString lockPath = path + QStringLiteral(".lock");
    QProcess crashed;
    crashed.setProcessEnvironment(isolatedEnvironment(dir));
    crashed.start(QStringLiteral(STUDYPLANNER_EXE), {QStringLiteral("--database"), path});
    QVERIFY(crashed.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lockPath) && QFile::exists(path), 20000);
    crashed.kill();
    QVERIFY(crashed.waitForFinished());
    QVERIFY(QFile::exists(lockPath));

    InstanceGuard next(path);
    QString error;
    QCOMPARE(next.claim(&error), InstanceGuard::Claim::Primary);
}

void TestInstanceGuard::databasesDoNotShareALock()
{
    QTemporaryDir dir;
    InstanceGuard a(dir.filePath(QStringLiteral("a.sqlite")));
    InstanceGuard b(dir.filePath(QStringLiteral("b.sqlite")));
    QString error;
    QCOMPARE(a.claim(&error), InstanceGuard::Claim::Primary);
    QCOMPARE(b.claim(&error), InstanceGuard::Claim::Primary);
    QVERIFY(a.serverName() != b.serverName());
}

QTEST_GUILESS_MAIN(TestInstanceGuard)
// A command-line run holds the lock without listening: a window started meanwhile waits for it
// instead of handing over to nobody and exiting.
void TestInstanceGuard::windowWaitsForACommandLineRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    std::atomic<bool> held{false};
    std::atomic<bool> released{false};
    std::thread commandLine([&] {
        InstanceGuard brief(path);
        QString error;
        held = brief.claim(&error, InstanceGuard::Holder::Brief) == InstanceGuard::Claim::Primary;
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        released = true;
    });
    while (!held)
        std::this_thread::yield();
    InstanceGuard window(path);
    QString error;
    const InstanceGuard::Claim claim = window.claim(&error);
    commandLine.join();
    QCOMPARE(claim, InstanceGuard::Claim::Primary);
    QVERIFY(released);
}

#include "tst_instanceguard.moc"
