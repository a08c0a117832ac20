// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testconfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The studyplanner executable's command line, run as a user or a script would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void version();
    void help();
    void badCommandLine_data();
    void badCommandLine();
    void exportRoadmap_data();
    void exportRoadmap();
    void importForeignGuide();
    void refusedImportChangesNothing_data();
    void refusedImportChangesNothing();
    void refusesForeignDatabase();

private:
    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments);
    QJsonObject exportJson(const QString &language = QStringLiteral("en"));
    static QByteArray hashOf(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = m_dir->filePath(QStringLiteral("db.sqlite"));
}

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("DISPLAY")); // headless actions must not need one
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STUDYPLANNER_EXE), arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject TestCommandLine::exportJson(const QString &language)
{
    const QString out = m_dir->filePath(QStringLiteral("export.json"));
    const Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--lang"), language,
                               QStringLiteral("--export-roadmap"), out});
    if (result.exitCode != 0) {
        qWarning("export failed: %s", result.err.constData());
        return {};
    }
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray TestCommandLine::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestCommandLine::version()
{
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(STUDYPLANNER_VERSION), result.out.constData());
}

void TestCommandLine::help()
{
    const Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--database", "--lang", "--import-roadmap", "--export-roadmap", "--version"})
        QVERIFY2(result.out.contains(option), option);
}

void TestCommandLine::badCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QByteArray("frobnicate");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}
                                      << QByteArray("xx");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--export-roadmap")} << QByteArray("export-roadmap");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("stray")} << QByteArray("stray");
}

void TestCommandLine::badCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Result result = run(arguments);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(message), result.err.constData());
}

void TestCommandLine::exportRoadmap_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("firstStage");
    QTest::addColumn<QString>("lastStage");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Getting Started Stage")
                             << QStringLiteral("Frontier Research Stage");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("入门阶段") << QStringLiteral("前沿研究阶段");
}

void TestCommandLine::exportRoadmap()
{
    QFETCH(QString, language);
    QFETCH(QString, firstStage);
    QFETCH(QString, lastStage);
    const QJsonObject json = exportJson(language);
    const QJsonArray stages = json[QStringLiteral("stages")].toArray();
    QCOMPARE(stages.size(), 5);
    QCOMPARE(stages[0][QStringLiteral("title")].toString(), firstStage);
    QCOMPARE(stages[4][QStringLiteral("title")].toString(), lastStage);
    QCOMPARE(stages[0][QStringLiteral("months")][QStringLiteral("min")].toInt(), 1);
    QCOMPARE(stages[0][QStringLiteral("months")][QStringLiteral("max")].toInt(), 2);
    QVERIFY(stages[4][QStringLiteral("months")][QStringLiteral("max")].isNull());
    QCOMPARE(stages[1][QStringLiteral("weeklyHours")][QStringLiteral("min")].toInt(), 15);
    QCOMPARE(stages[1][QStringLiteral("weeklyHours")][QStringLiteral("max")].toInt(), 20);
    const QJsonObject firstItem = stages[0][QStringLiteral("sections")][0][QStringLiteral("items")][0].toObject();
    QCOMPARE(firstItem[QStringLiteral("kind")].toString(), QStringLiteral("course"));
    QVERIFY(firstItem[QStringLiteral("link")].toString().startsWith(QLatin1String("https://www.deeplearning.ai/")));
    QCOMPARE(firstItem[QStringLiteral("done")].toBool(), false);
}

void TestCommandLine::importForeignGuide()
{
    const QString guide = QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/guides/foreign-guide.en.md");
    const Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--import-roadmap"), guide});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = exportJson();
    QVERIFY2(json[QStringLiteral("title")].toString().contains(QLatin1String("Rust")),
             qPrintable(json[QStringLiteral("title")].toString()));
    QCOMPARE(json[QStringLiteral("stages")].toArray().size(), 3);
}

void TestCommandLine::refusedImportChangesNothing_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no stages") << QStringLiteral("no-stages.md") << QByteArray("no-stages.md");
    QTest::newRow("empty file") << QStringLiteral("empty.md") << QByteArray("empty.md");
    QTest::newRow("binary junk") << QStringLiteral("binary-junk.md") << QByteArray("binary-junk.md");
    QTest::newRow("missing file") << QStringLiteral("does-not-exist.md") << QByteArray("does-not-exist.md");
}

void TestCommandLine::refusedImportChangesNothing()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, message);
    QCOMPARE(run({QStringLiteral("--database"), m_database, QStringLiteral("--export-roadmap"),
                  m_dir->filePath(QStringLiteral("before.json"))})
                 .exitCode,
             0);
    const QByteArray before = hashOf(m_database);
    const Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--import-roadmap"),
                               QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/guides/") + fixture});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QCOMPARE(hashOf(m_database), before);                                 // the refused import wrote nothing
    QCOMPARE(exportJson()[QStringLiteral("stages")].toArray().size(), 5); // still the guide
}

void TestCommandLine::refusesForeignDatabase()
{
    QFile foreign(m_database);
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("This is a shopping list, not a database.\n");
    foreign.close();
    const QByteArray before = hashOf(m_database);
    const Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--export-roadmap"),
                               m_dir->filePath(QStringLiteral("out.json"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("db.sqlite"), result.err.constData());
    QCOMPARE(hashOf(m_database), before);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.json"))));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
