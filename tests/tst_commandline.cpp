// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/icsimport.h"
#include "schedule/availability.h"
#include "storage/availabilityrepository.h"
#include "storage/busyrepository.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/roadmaprepository.h"
#include "testconfig.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
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
    void exportPlan_data();
    void exportPlan();
    void exportStoredPlan();
    void exportPlanToStandardOutput();
    void exportPlanToBadPath();
    void importForeignGuide();
    void refusedImportChangesNothing_data();
    void refusedImportChangesNothing();
    void refusesForeignDatabase();
    void availabilityStored_data();
    void availabilityStored();
    void badAvailabilityStoresNothing_data();
    void badAvailabilityStoresNothing();
    void busyCalendarImportedAndBlocksExported();
    void timerWithoutAWindow();
    void timerHandedToTheRunningWindow();
    void csvExportedAndImported();
    void refusedBusyImportStoresNothing();

private:
    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments);
    QJsonObject exportJson(const QString &language = QStringLiteral("en"));
    QJsonObject exportPlanJson(const QString &language = QStringLiteral("en"));
    static QByteArray hashOf(const QString &path);
    // The availability stored for the current roadmap of m_database, read with the core classes.
    std::optional<Availability> storedAvailability(QString *error) const;

    // Busy calendars stored in m_database, read with the core classes.
    QList<BusyRepository::Calendar> storedCalendars() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    QString m_timeZone; // TZ of the child process; empty: inherited
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
    if (!m_timeZone.isEmpty())
        env.insert(QStringLiteral("TZ"), m_timeZone);
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

QJsonObject TestCommandLine::exportPlanJson(const QString &language)
{
    const QString out = m_dir->filePath(QStringLiteral("plan.json"));
    const Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--lang"), language,
                               QStringLiteral("--export-plan"), out});
    if (result.exitCode != 0) {
        qWarning("plan export failed: %s", result.err.constData());
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
    for (const char *option : {"--database", "--lang", "--import-roadmap", "--export-roadmap", "--export-plan",
                               "--availability", "--version"})
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
    QTest::newRow("missing plan file") << QStringList{QStringLiteral("--export-plan")} << QByteArray("export-plan");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("stray")} << QByteArray("stray");
    QTest::newRow("missing busy file") << QStringList{QStringLiteral("--import-busy")} << QByteArray("import-busy");
    QTest::newRow("--from without --export-ics")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2027-01-04")} << QByteArray("--export-ics");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--export-ics"), QStringLiteral("x.ics"),
                                               QStringLiteral("--from"), QStringLiteral("2027-02-30")}
                                << QByteArray("2027-02-30");
    QTest::newRow("messages in the --lang language")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--from"),
                       QStringLiteral("2027-01-04")}
        << QStringLiteral("--from 和 --to 只能与").toUtf8();
    QTest::newRow("--to before --from") << QStringList{QStringLiteral("--export-ics"), QStringLiteral("x.ics"),
                                                       QStringLiteral("--from"),       QStringLiteral("2027-01-10"),
                                                       QStringLiteral("--to"),         QStringLiteral("2027-01-04")}
                                        << QByteArray("before --from");
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

void TestCommandLine::exportPlan_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("roadmap");
    QTest::addColumn<QString>("firstStage");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("A Learning Path for Large Language Models")
                             << QStringLiteral("Getting Started Stage");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("大模型学习路径指南")
                             << QStringLiteral("入门阶段");
}

// A fresh database has no stored plan: the export shows the guide's default plan from today.
void TestCommandLine::exportPlan()
{
    QFETCH(QString, language);
    QFETCH(QString, roadmap);
    QFETCH(QString, firstStage);

    const QDate before = QDate::currentDate();
    const QJsonObject json = exportPlanJson(language);
    const QDate after = QDate::currentDate();
    QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("studyplanner-plan"));
    QCOMPARE(json[QStringLiteral("formatVersion")].toInt(), 1);
    QCOMPARE(json[QStringLiteral("roadmap")].toString(), roadmap);
    const QDate start = QDate::fromString(json[QStringLiteral("start")].toString(), Qt::ISODate);
    QVERIFY2(start >= before && start <= after, qPrintable(json[QStringLiteral("start")].toString()));
    QVERIFY(json[QStringLiteral("pauses")].toArray().isEmpty());
    QVERIFY(json[QStringLiteral("problems")].toArray().isEmpty());

    const QJsonArray stages = json[QStringLiteral("stages")].toArray();
    QCOMPARE(stages.size(), 5);
    QCOMPARE(stages[0][QStringLiteral("title")].toString(), firstStage);
    const QList<double> budgets = {12.5, 17.5, 17.5, 17.5, 17.5};
    const QList<QPair<int, int>> months = {{1, 2}, {2, 3}, {3, 6}, {6, 12}, {0, -1}};
    QDate stageStart = start;
    for (int i = 0; i < stages.size(); ++i) {
        const QJsonObject stage = stages[i].toObject();
        const QByteArray row = "stage " + QByteArray::number(i + 1);
        QCOMPARE(stage[QStringLiteral("key")].toString(), QString::number(i + 1));
        QCOMPARE(stage[QStringLiteral("weeklyHours")].toDouble(), budgets.at(i));
        QCOMPARE(stage[QStringLiteral("derived")].toString(), QStringLiteral("duration"));
        QCOMPARE(stage[QStringLiteral("overlapWeeks")].toInt(), 0);
        QCOMPARE(stage[QStringLiteral("start")].toString(), stageStart.toString(QStringLiteral("yyyy-MM-dd")));
        const QJsonObject guide = stage[QStringLiteral("guide")].toObject();
        QCOMPARE(guide[QStringLiteral("months")][QStringLiteral("min")].toInt(), months.at(i).first);
        QCOMPARE(guide[QStringLiteral("earliestEnd")].toString(),
                 stageStart.addMonths(months.at(i).first).toString(Qt::ISODate));
        if (i == stages.size() - 1) {
            QVERIFY2(stage[QStringLiteral("end")].isNull(), row.constData());
            QVERIFY2(stage[QStringLiteral("lastDay")].isNull(), row.constData());
            QVERIFY2(guide[QStringLiteral("months")][QStringLiteral("max")].isNull(), row.constData());
            QVERIFY2(guide[QStringLiteral("latestEnd")].isNull(), row.constData());
            QCOMPARE(stage[QStringLiteral("verdict")].toString(), QStringLiteral("open-ended"));
            QCOMPARE(stage[QStringLiteral("effortHours")].toDouble(), 0.0);
            break;
        }
        // The middle of the guide's month range at the middle of its weekly hours.
        const double effort = (months.at(i).first + months.at(i).second) / 2.0 * 365.2425 / 12 / 7 * budgets.at(i);
        QVERIFY2(qAbs(stage[QStringLiteral("effortHours")].toDouble() - effort) < 1e-9, row.constData());
        QCOMPARE(guide[QStringLiteral("months")][QStringLiteral("max")].toInt(), months.at(i).second);
        QCOMPARE(guide[QStringLiteral("latestEnd")].toString(),
                 stageStart.addMonths(months.at(i).second).toString(Qt::ISODate));
        const QDate end = QDate::fromString(stage[QStringLiteral("end")].toString(), Qt::ISODate);
        QVERIFY2(end > stageStart, row.constData());
        QCOMPARE(stage[QStringLiteral("durationDays")].toInt(), int(stageStart.daysTo(end)));
        QCOMPARE(stage[QStringLiteral("lastDay")].toString(), end.addDays(-1).toString(Qt::ISODate));
        QCOMPARE(stage[QStringLiteral("verdict")].toString(), QStringLiteral("within"));
        QCOMPARE(stage[QStringLiteral("weeksDifference")].toInt(), 0);
        stageStart = end;
    }

    const QJsonObject path = json[QStringLiteral("path")].toObject();
    QCOMPARE(path[QStringLiteral("end")].toString(), stageStart.toString(Qt::ISODate)); // where stage 5 starts
    QCOMPARE(path[QStringLiteral("guideEarliestEnd")].toString(), start.addMonths(1 + 2 + 3 + 6).toString(Qt::ISODate));
    QCOMPARE(path[QStringLiteral("guideLatestEnd")].toString(), start.addMonths(2 + 3 + 6 + 12).toString(Qt::ISODate));
    QCOMPARE(path[QStringLiteral("verdict")].toString(), QStringLiteral("within"));
    QCOMPARE(path[QStringLiteral("weeksDifference")].toInt(), 0);
}

// The plan stored in the schema 2 fixture (tests/data/schemas/README.md) is exported as stored.
void TestCommandLine::exportStoredPlan()
{
    QVERIFY(QFile::copy(QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/schemas/schema_v2.sqlite"), m_database));
    QVERIFY(QFile::setPermissions(m_database, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QJsonObject json = exportPlanJson();
    QCOMPARE(json[QStringLiteral("start")].toString(), QStringLiteral("2027-01-04"));
    const QJsonArray stages = json[QStringLiteral("stages")].toArray();
    QCOMPARE(stages.size(), 5);
    QCOMPARE(stages[1][QStringLiteral("weeklyHours")].toDouble(), 20.0);
    // 81.5 hours at 12.5 a week take 46 days; the two weeks of the pause push the end to 60 days.
    QCOMPARE(stages[0][QStringLiteral("end")].toString(), QStringLiteral("2027-03-05"));
    QCOMPARE(stages[1][QStringLiteral("start")].toString(), QStringLiteral("2027-03-05"));
    QCOMPARE(json[QStringLiteral("pauses")].toArray(),
             QJsonArray({QJsonObject{{QStringLiteral("first"), QStringLiteral("2027-02-01")},
                                     {QStringLiteral("last"), QStringLiteral("2027-02-14")},
                                     {QStringLiteral("weeklyHours"), 0},
                                     {QStringLiteral("note"), QStringLiteral("春节")}}}));
    QVERIFY(json[QStringLiteral("problems")].toArray().isEmpty());
}

void TestCommandLine::exportPlanToStandardOutput()
{
    const Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--export-plan"), QStringLiteral("-")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("studyplanner-plan"));
    QCOMPARE(json[QStringLiteral("stages")].toArray().size(), 5);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("-"))));
}

void TestCommandLine::exportPlanToBadPath()
{
    const QString out = m_dir->filePath(QStringLiteral("no/such/folder/plan.json"));
    const Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--export-plan"), out});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(out).toUtf8()), result.err.constData());
    QVERIFY(!QFile::exists(out));
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

std::optional<Availability> TestCommandLine::storedAvailability(QString *error) const
{
    Database database;
    if (!database.open(m_database, error))
        return std::nullopt;
    RoadmapRepository roadmaps(database);
    AvailabilityRepository availabilities(database);
    return availabilities.load(roadmaps.currentRoadmapId(), error);
}

void TestCommandLine::availabilityStored_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored"); // the template as formatted
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("fits"); // the default plan's first stage, 12.5 h a week

    QTest::newRow("evenings and saturday")
        << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00")
        << QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00")
        << QByteArray("Availability: mon-fri 19:30-21:30, sat 09:00-12:00 — 13 h a week (12 h in blocks). Plan: "
                      "12.5 h a week now.")
        << false;
    QTest::newRow("every morning, chinese days")
        << QStringLiteral("周一-周日 08:00-11:00") << QStringLiteral("mon-sun 08:00-11:00")
        << QByteArray("Availability: mon-sun 08:00-11:00 — 21 h a week (19.8 h in blocks). Plan: 12.5 h a week now.")
        << true;
    QTest::newRow("one hour") << QStringLiteral("mon 19:00-20:00") << QStringLiteral("mon 19:00-20:00")
                              << QByteArray("— 1 h a week (1 h in blocks).") << false;
}

void TestCommandLine::availabilityStored()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QFETCH(QByteArray, line);
    QFETCH(bool, fits);

    const Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--availability"), text});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains(line), result.out.constData());
    QCOMPARE(result.out.count('\n'), 1);
    QCOMPARE(result.out.contains("do not fit"), !fits);
    if (!fits)
        QVERIFY2(result.out.contains("The plan's 12.5 h a week do not fit"), result.out.constData());

    QString error;
    const std::optional<Availability> availability = storedAvailability(&error);
    QVERIFY2(availability, qPrintable(error));
    QCOMPARE(AvailabilityText::format(*availability), stored);
    const Availability defaults;
    QCOMPARE(availability->minBlockMinutes, defaults.minBlockMinutes);
    QCOMPARE(availability->maxBlockMinutes, defaults.maxBlockMinutes);
    QCOMPARE(availability->breakMinutes, defaults.breakMinutes);
    QCOMPARE(availability->maxMinutesPerDay, defaults.maxMinutesPerDay);
}

void TestCommandLine::badAvailabilityStoresNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unfinished window") << QStringLiteral("mon-fri 19:30-") << QByteArray("position 9");
    QTest::newRow("not a day") << QStringLiteral("mon 19:00-20:00, funday 10:00-11:00") << QByteArray("position 18");
    QTest::newRow("empty") << QString() << QByteArray("--availability");
}

void TestCommandLine::badAvailabilityStoresNothing()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, message);
    QCOMPARE(run({QStringLiteral("--database"), m_database, QStringLiteral("--export-roadmap"),
                  m_dir->filePath(QStringLiteral("before.json"))})
                 .exitCode,
             0);
    const QByteArray before = hashOf(m_database);
    const Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--availability"), text});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(hashOf(m_database), before);
    QString error;
    QVERIFY(!storedAvailability(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QList<BusyRepository::Calendar> TestCommandLine::storedCalendars() const
{
    Database database;
    QString error;
    if (!database.open(m_database, &error))
        return {};
    BusyRepository busy(database);
    return busy.calendars(&error).value_or(QList<BusyRepository::Calendar>());
}

// A script's week: availability, a busy calendar with a weekly rehearsal, the next two weeks exported;
// no block on busy time, the same UIDs when exported again, a re-import replacing the calendar.
void TestCommandLine::busyCalendarImportedAndBlocksExported()
{
    m_timeZone = QStringLiteral("Europe/Berlin");
    const QTimeZone zone("Europe/Berlin");
    const QDate today = QDateTime::currentDateTime().toTimeZone(zone).date();
    const QDate nextMonday = today.addDays(8 - today.dayOfWeek());
    // Every evening of the week is taken from 19:30 to 20:30, and Saturday morning entirely.
    const QString busyFile = m_dir->filePath(QStringLiteral("busy.ics"));
    {
        QFile file(busyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString first = today.addDays(-7).toString(QStringLiteral("yyyyMMdd"));
        file.write(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:合唱团\r\n"
                                  "BEGIN:VEVENT\r\nUID:evening@test\r\nDTSTAMP:20260101T000000Z\r\n"
                                  "DTSTART;TZID=Europe/Berlin:%1T193000\r\nDTEND;TZID=Europe/Berlin:%1T203000\r\n"
                                  "RRULE:FREQ=DAILY\r\nSUMMARY:Rehearsal\r\nEND:VEVENT\r\n"
                                  "BEGIN:VEVENT\r\nUID:saturday@test\r\nDTSTAMP:20260101T000000Z\r\n"
                                  "DTSTART;TZID=Europe/Berlin:%1T080000\r\nDTEND;TZID=Europe/Berlin:%1T130000\r\n"
                                  "RRULE:FREQ=WEEKLY;BYDAY=SA\r\nSUMMARY:Market\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                       .arg(first)
                       .toUtf8());
    }
    Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--availability"), QStringLiteral("mon-fri 19:00-22:00, sat 09:00-12:00")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = run({QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("en"),
                  QStringLiteral("--import-busy"), busyFile});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("busy times from “合唱团”"), result.out.constData());
    QVERIFY2(result.out.contains("never end"), result.out.constData()); // bounded, and said so

    const QString exported = m_dir->filePath(QStringLiteral("blocks.ics"));
    const QStringList exportArguments{QStringLiteral("--database"),   m_database,
                                      QStringLiteral("--lang"),       QStringLiteral("en"),
                                      QStringLiteral("--export-ics"), exported,
                                      QStringLiteral("--from"),       nextMonday.toString(Qt::ISODate),
                                      QStringLiteral("--to"),         nextMonday.addDays(13).toString(Qt::ISODate)};
    result = run(exportArguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.startsWith("Wrote "), result.out.constData());

    IcsImport::Options options;
    options.from = QDateTime(nextMonday, QTime(0, 0), zone);
    options.to = QDateTime(nextMonday.addDays(14), QTime(0, 0), zone);
    options.localZone = zone;
    QString error;
    const std::optional<IcsImport::Result> blocks = IcsImport::readFile(exported, options, &error);
    QVERIFY2(blocks, qPrintable(error));
    QVERIFY(blocks->events.size() >= 10);
    QVERIFY2(result.out.contains(QByteArray(QByteArray::number(blocks->events.size()) + " study blocks")),
             result.out.constData());
    const std::optional<IcsImport::Result> busy = IcsImport::readFile(busyFile, options, &error);
    QVERIFY2(busy, qPrintable(error));
    QCOMPARE(busy->events.size(), 16); // 14 evenings and 2 Saturday mornings
    for (const BusyEvent &b : blocks->events) {
        const QDateTime local = b.start.toTimeZone(zone);
        QVERIFY2(local.date() >= nextMonday && local.date() <= nextMonday.addDays(13), qPrintable(local.toString()));
        for (const BusyEvent &e : busy->events)
            QVERIFY2(b.end <= e.start || b.start >= e.end, qPrintable(local.toString(Qt::ISODate)));
    }

    // Exported again: the same events with the same UIDs (only the time stamp moves).
    QFile first(exported);
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray before = first.readAll();
    first.close();
    result = run(exportArguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile second(exported);
    QVERIFY(second.open(QIODevice::ReadOnly));
    const QByteArray after = second.readAll();
    const auto withoutStamps = [](const QByteArray &ics) {
        QList<QByteArray> lines = ics.split('\n');
        lines.removeIf([](const QByteArray &line) { return line.startsWith("DTSTAMP:"); });
        return lines;
    };
    QCOMPARE(withoutStamps(after), withoutStamps(before));
    QVERIFY(before.count("UID:") == blocks->events.size());

    // The calendar imported again replaces its events: still one calendar.
    result = run({QStringLiteral("--database"), m_database, QStringLiteral("--import-busy"), busyFile});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<BusyRepository::Calendar> calendars = storedCalendars();
    QCOMPARE(calendars.size(), 1);
    QCOMPARE(calendars.constFirst().name, QStringLiteral("合唱团"));
}

void TestCommandLine::refusedBusyImportStoresNothing()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad.ics"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:2027");
    }
    const Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--import-busy"), bad});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("bad.ics was not imported"), result.err.constData());
    QVERIFY(storedCalendars().isEmpty());
}

// With no window on the database, the command line runs the timer on the database itself.
void TestCommandLine::timerWithoutAWindow()
{
    const QStringList base{QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("en")};
    Result result = run(base + QStringList{QStringLiteral("--timer-status")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("No timer is running."), result.out.constData());
    result = run(base + QStringList{QStringLiteral("--start-timer"), QStringLiteral("1/1.1.1")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("Started the timer for Getting Started Stage / "), result.out.constData());
    result = run(base + QStringList{QStringLiteral("--start-timer"), QStringLiteral("2")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("has been running"), result.err.constData());
    result = run(base + QStringList{QStringLiteral("--start-timer"), QStringLiteral("1/9.9.9")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no item “9.9.9”"), result.err.constData());
    result = run(base + QStringList{QStringLiteral("--timer-status")});
    QVERIFY2(result.out.contains("A timer has been running for Getting Started Stage"), result.out.constData());
    QTest::qWait(1100); // a timer stopped within a second of its start leaves no entry
    result = run(base + QStringList{QStringLiteral("--stop-timer")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("Stopped the timer"), result.out.constData());
    result = run(base + QStringList{QStringLiteral("--stop-timer")});
    QCOMPARE(result.exitCode, 1);

    Database database;
    QString error;
    QVERIFY2(database.open(m_database, &error), qPrintable(error));
    EntryRepository entries(database);
    RoadmapRepository roadmaps(database);
    const QList<TimeEntry> logged =
        *entries.entries(roadmaps.currentRoadmapId(), {}, 0, 10, EntryRepository::Order::Ascending, &error);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().itemKey, QStringLiteral("1.1.1"));
    QCOMPARE(logged.constFirst().source, TimeEntry::Source::Timer);
    QVERIFY(!logged.constFirst().isOpen());
}

// With a window on the database, the command line hands the command to it.
void TestCommandLine::timerHandedToTheRunningWindow()
{
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(env);
    // The first-run question would wait for an answer: it has been answered before.
    QDir().mkpath(m_dir->filePath(QStringLiteral("config/studyplanner")));
    QFile settings(m_dir->filePath(QStringLiteral("config/studyplanner/studyplanner.conf")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[week]\navailabilityAsked=true\n");
    settings.close();
    window.start(QStringLiteral(STUDYPLANNER_EXE),
                 {QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(window.waitForStarted());
    const QStringList base{QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("en")};
    // Wait until the window listens: the status answers then.
    Result result;
    QTRY_VERIFY_WITH_TIMEOUT((result = run(base + QStringList{QStringLiteral("--timer-status")})).exitCode == 0
                                 && result.out.contains("No timer is running."),
                             20000);
    result = run(base + QStringList{QStringLiteral("--start-timer"), QStringLiteral("2")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("Started the timer for Foundations Stage"), result.out.constData());
    QTest::qWait(1100); // a timer stopped within a second of its start leaves no entry
    result = run(base + QStringList{QStringLiteral("--stop-timer")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(window.state() == QProcess::Running,
             QByteArray(window.readAllStandardError() + window.readAllStandardOutput()
                        + QByteArray::number(window.exitCode()))
                 .constData());
    window.terminate();
    QVERIFY(window.waitForFinished(10000));

    Database database;
    QString error;
    QVERIFY2(database.open(m_database, &error), qPrintable(error));
    EntryRepository entries(database);
    QCOMPARE(*entries.count(RoadmapRepository(database).currentRoadmapId(), {}, &error), 1);
}

void TestCommandLine::csvExportedAndImported()
{
    {
        Database database;
        QString error;
        QVERIFY2(database.open(m_database, &error), qPrintable(error));
        RoadmapRepository roadmaps(database);
        const int id = roadmaps.ensureBuiltinGuide(&error);
        QVERIFY2(id > 0, qPrintable(error));
        QList<TimeEntry> put;
        for (int i = 0; i < 5; ++i) {
            TimeEntry e;
            e.stageKey = QStringLiteral("1");
            e.itemKey = i % 2 ? QStringLiteral("1.1.1") : QString();
            e.start = QDateTime(QDate(2027, 3, 1 + i), QTime(18, 30), Qt::UTC);
            e.end = e.start.addSecs(3600 + 60 * i);
            e.offsetMinutes = 60;
            e.note = i == 2 ? QStringLiteral("=HYPERLINK(\"x\"), 第三章\nline two") : QString();
            put.append(e);
        }
        EntryRepository entries(database);
        QVERIFY2(entries.change(id, {}, put, &error), qPrintable(error));
    }
    const QString csv = m_dir->filePath(QStringLiteral("log.csv"));
    Result result = run({QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--export-csv"), csv, QStringLiteral("--from"), QStringLiteral("2027-03-02"),
                         QStringLiteral("--to"), QStringLiteral("2027-03-04"), QStringLiteral("--bom")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("Wrote 3 entries"), result.out.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(bytes.contains("'=HYPERLINK"), bytes.constData()); // neutralised for spreadsheets

    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    result = run({QStringLiteral("--database"), other, QStringLiteral("--lang"), QStringLiteral("en"),
                  QStringLiteral("--import-csv"), csv});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("Added 3 entries"), result.out.constData());
    {
        Database database;
        QString error;
        QVERIFY2(database.open(other, &error), qPrintable(error));
        EntryRepository entries(database);
        const QList<TimeEntry> imported = *entries.entries(RoadmapRepository(database).currentRoadmapId(), {}, 0, 10,
                                                           EntryRepository::Order::Ascending, &error);
        QCOMPARE(imported.size(), 3);
        QCOMPARE(imported.at(1).note, QStringLiteral("=HYPERLINK(\"x\"), 第三章\nline two"));
        QCOMPARE(imported.at(1).start, QDateTime(QDate(2027, 3, 3), QTime(18, 30), Qt::UTC));
        QCOMPARE(imported.at(1).seconds(), 3600 + 120);
    }

    // A malformed file: refused whole, with its line, and nothing added.
    QFile bad(m_dir->filePath(QStringLiteral("bad.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(bytes.mid(3).replace("2027-03-03T19:30:00+01:00", "2027-02-30T19:30:00+01:00"));
    bad.close();
    result = run({QStringLiteral("--database"), other, QStringLiteral("--lang"), QStringLiteral("en"),
                  QStringLiteral("--import-csv"), bad.fileName()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("nothing was added") && result.err.contains("line "), result.err.constData());
    Database database;
    QString error;
    QVERIFY2(database.open(other, &error), qPrintable(error));
    QCOMPARE(*EntryRepository(database).count(RoadmapRepository(database).currentRoadmapId(), {}, &error), 3);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
