// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasehelpers.h"
#include "storage/database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestDb;

namespace {

enum class Setup {
    EmptyFile,
    TextFile,
    ZeroedHeader,
    TruncatedToHalf,
    TruncatedInHeader,
    TruncatedInPage,
    ForeignDatabase,
    ForeignDatabaseWithHotWal,
    DamagedPage,
    ReadOnlyFile,
    NewerSchema,
    Folder,
};

QString pragmas(const QSqlDatabase &db)
{
    return QStringLiteral("foreign_keys=%1 journal_mode=%2 synchronous=%3 busy_timeout=%4")
        .arg(RawConnection::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toString(),
             RawConnection::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
             RawConnection::scalar(db, QStringLiteral("PRAGMA synchronous")).toString(),
             RawConnection::scalar(db, QStringLiteral("PRAGMA busy_timeout")).toString());
}

// Every table of the current schema.
const char *const SchemaTables[] = {"roadmap", "roadmap_document", "stage", "branch",      "item", "app_state",
                                    "plan",    "stage_plan",       "pause", "availability"};

const QString ExpectedPragmas = QStringLiteral("foreign_keys=1 journal_mode=wal synchronous=2 busy_timeout=5000");

quint32 headerApplicationId(const QString &path)
{
    const QByteArray header = fileBytes(path).left(100);
    if (header.size() < 72)
        return 0;
    return (quint32(quint8(header.at(68))) << 24) | (quint32(quint8(header.at(69))) << 16)
           | (quint32(quint8(header.at(70))) << 8) | quint32(quint8(header.at(71)));
}

bool createDatabase(const QString &path)
{
    Database db;
    QString error;
    return db.open(path, &error) && error.isEmpty();
}

bool insertRoadmap(QSqlDatabase &db, const QString &title, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO roadmap (origin, title, created_utc) VALUES ('test', ?, '2026-01-01')"));
    query.addBindValue(title);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QList<Database::Migration> withNextMigration(const std::function<bool(QSqlDatabase &, QString *)> &apply)
{
    QList<Database::Migration> list = Database::migrations();
    list.append({Database::SchemaVersion + 1, apply});
    return list;
}

using MigrationStep = std::function<bool(QSqlDatabase &, QString *)>;

} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(MigrationStep)

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewFile_data();
    void createsNewFile();
    void refusesAndLeavesFileUnchanged_data();
    void refusesAndLeavesFileUnchanged();
    void opensFileWithHotWal();
    void opensSchemaFixtures_data();
    void opensSchemaFixtures();
    void migrationBacksUpAndUpgrades_data();
    void migrationBacksUpAndUpgrades();
    void failedMigrationLeavesFileUnchanged_data();
    void failedMigrationLeavesFileUnchanged();
    void refusesMisnumberedMigrations();
    void planTablesRefuseInvalidRows_data();
    void planTablesRefuseInvalidRows();
    void writeRollsBackOnFailure_data();
    void writeRollsBackOnFailure();
    void writeCommitPersistsAcrossReopen();
    void nestedWrites_data();
    void nestedWrites();
    void writeRefusedWhenClosed();
    void twoDatabasesAtOnce();
    void defaultPathIsInAppData();
};

void tst_Database::createsNewFile_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("in a missing folder") << QStringLiteral("not/yet/there/studyplanner.sqlite");
    QTest::newRow("spaces, URL characters and Chinese") << QStringLiteral("学习 计划/my #1 100% plan.sqlite");
}

void tst_Database::createsNewFile()
{
    QFETCH(QString, relativePath);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(relativePath);

    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(db.isOpen());
        QVERIFY(!db.isReadOnly());
        QCOMPARE(db.path(), path);
        QVERIFY(db.backupPath().isEmpty());
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QCOMPARE(pragmas(db.connection()), ExpectedPragmas);
        QCOMPARE(RawConnection::scalar(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::ApplicationId);
        const QStringList tables = db.connection().tables();
        for (const char *table : SchemaTables)
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QLatin1String("-wal")));
    QCOMPARE(headerApplicationId(path), quint32(Database::ApplicationId));

    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(pragmas(db.connection()), ExpectedPragmas);
    QVERIFY(db.backupPath().isEmpty());
}

void tst_Database::refusesAndLeavesFileUnchanged_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty file") << Setup::EmptyFile << false << QStringLiteral("is empty");
    QTest::newRow("text file") << Setup::TextFile << false << QStringLiteral("is not an SQLite database");
    QTest::newRow("zeroed header") << Setup::ZeroedHeader << false << QStringLiteral("is not an SQLite database");
    QTest::newRow("truncated to half") << Setup::TruncatedToHalf << false << QStringLiteral("is truncated");
    QTest::newRow("truncated in the header") << Setup::TruncatedInHeader << false << QStringLiteral("is truncated");
    QTest::newRow("truncated inside a page") << Setup::TruncatedInPage << false << QStringLiteral("is truncated");
    QTest::newRow("foreign SQLite file") << Setup::ForeignDatabase << false << QStringLiteral("another application");
    QTest::newRow("foreign SQLite file with a hot WAL")
        << Setup::ForeignDatabaseWithHotWal << false << QStringLiteral("another application");
    QTest::newRow("damaged page") << Setup::DamagedPage << false << QStringLiteral("is damaged");
    QTest::newRow("read-only file") << Setup::ReadOnlyFile << false << QStringLiteral("is read-only");
    QTest::newRow("folder") << Setup::Folder << false << QStringLiteral("is a folder");
    QTest::newRow("newer schema") << Setup::NewerSchema << true << QStringLiteral("newer Study Planner");
}

void tst_Database::refusesAndLeavesFileUnchanged()
{
    QFETCH(Setup, setup);
    QFETCH(bool, opens);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("studyplanner.sqlite"));
    const QString original = dir.filePath(QStringLiteral("original.sqlite"));

    switch (setup) {
    case Setup::EmptyFile:
        QVERIFY(writeBytes(path, {}));
        break;
    case Setup::TextFile:
        QVERIFY(writeBytes(path, QByteArrayLiteral("# My notes\n\nThis is a Markdown file, not a database.\n")));
        break;
    case Setup::ZeroedHeader:
    case Setup::TruncatedToHalf:
    case Setup::TruncatedInHeader:
    case Setup::TruncatedInPage:
    case Setup::DamagedPage: {
        QVERIFY(createDatabase(original));
        QByteArray bytes = fileBytes(original);
        QVERIFY(bytes.size() >= 4 * 4096);
        if (setup == Setup::ZeroedHeader)
            bytes.replace(0, 100, QByteArray(100, '\0'));
        else if (setup == Setup::TruncatedToHalf)
            bytes.truncate(bytes.size() / 2);
        else if (setup == Setup::TruncatedInHeader)
            bytes.truncate(50);
        else if (setup == Setup::TruncatedInPage)
            bytes.chop(100);
        else
            bytes.replace(4096, 4096, QByteArray(4096, '\xa5')); // page 2, a b-tree page
        QVERIFY(writeBytes(path, bytes));
        break;
    }
    case Setup::ForeignDatabase: {
        RawConnection other(path);
        QVERIFY(other.isOpen());
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO contacts VALUES ('Ada', '555-0100')")));
        break;
    }
    case Setup::ForeignDatabaseWithHotWal: {
        // Copied while the other application has it open: its tables are only in the -wal file.
        RawConnection other(original);
        QVERIFY(other.isOpen());
        QCOMPARE(other.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString(), QStringLiteral("wal"));
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
        QVERIFY(copyFile(original, path));
        QVERIFY(copyFile(original + QLatin1String("-wal"), path + QLatin1String("-wal")));
        break;
    }
    case Setup::ReadOnlyFile:
        QVERIFY(createDatabase(path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        break;
    case Setup::NewerSchema: {
        QVERIFY(createDatabase(path));
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
        break;
    }
    case Setup::Folder:
        QVERIFY(QDir().mkpath(path));
        break;
    }
    const QString wal = path + QLatin1String("-wal");
    const bool walBefore = QFileInfo::exists(wal);
    QCOMPARE(walBefore, setup == Setup::ForeignDatabaseWithHotWal);
    const QByteArray hashBefore = sha256(path);
    const QByteArray walHashBefore = sha256(wal);

    {
        Database db;
        QString error;
        QCOMPARE(db.open(path, &error), opens);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(db.isOpen(), opens);
        if (opens) {
            QVERIFY(db.isReadOnly());
            QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
            QCOMPARE(db.schemaVersion(), Database::SchemaVersion + 1);
            QCOMPARE(pragmas(db.connection()), ExpectedPragmas);
            QCOMPARE(rowCount(db.connection(), QStringLiteral("roadmap")), 0);
            QString writeError;
            QVERIFY(!db.write([](QSqlDatabase &wdb, QString *e) { return insertRoadmap(wdb, QStringLiteral("x"), e); },
                              &writeError));
            QVERIFY2(writeError.contains(QLatin1String("read-only")), qPrintable(writeError));
            QVERIFY2(writeError.contains(QDir::toNativeSeparators(path)), qPrintable(writeError));
        } else if (!walBefore) {
            // Refused before SQLite wrote anything, not even its -wal and -shm companions.
            QVERIFY(!QFileInfo::exists(wal));
            QVERIFY(!QFileInfo::exists(path + QLatin1String("-shm")));
        }
    }
    QCOMPARE(sha256(path), hashBefore);
    if (walBefore)
        QCOMPARE(sha256(wal), walHashBefore);
    if (setup == Setup::ReadOnlyFile)
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void tst_Database::opensFileWithHotWal()
{
    // After a crash the last transactions, here even the one that made the file ours, are only
    // in the -wal file: the main file's header still has application_id 0.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString running = dir.filePath(QStringLiteral("running.sqlite"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.sqlite"));
    {
        RawConnection raw(running);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString(), QStringLiteral("wal"));
        QVERIFY(raw.exec(QStringLiteral("BEGIN")));
        {
            QSqlDatabase db = raw.db();
            for (const Database::Migration &migration : Database::migrations()) {
                QString error;
                QVERIFY2(migration.apply(db, &error), qPrintable(error));
            }
            QString error;
            QVERIFY2(insertRoadmap(db, QStringLiteral("Survivor"), &error), qPrintable(error));
        }
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion)));
        QVERIFY(raw.exec(QStringLiteral("COMMIT")));
        QVERIFY(copyFile(running, crashed));
        QVERIFY(copyFile(running + QLatin1String("-wal"), crashed + QLatin1String("-wal")));
    }
    QCOMPARE(headerApplicationId(crashed), quint32(0));

    Database db;
    QString error;
    QVERIFY2(db.open(crashed, &error), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(pragmas(db.connection()), ExpectedPragmas);
    QCOMPARE(RawConnection::scalar(db.connection(), QStringLiteral("SELECT title FROM roadmap")).toString(),
             QStringLiteral("Survivor"));
}

void tst_Database::opensSchemaFixtures_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("fixture");
    const QList<Fixture> fixtures = schemaFixtures();
    for (const Fixture &fixture : fixtures)
        QTest::addRow("schema_v%d", fixture.version) << fixture.version << fixture.path;
    // The fixture of the current schema must be committed: a missing one is a failing row.
    if (fixtures.isEmpty() || fixtures.last().version != Database::SchemaVersion)
        QTest::addRow("schema_v%d", Database::SchemaVersion) << Database::SchemaVersion << QString();
}

void tst_Database::opensSchemaFixtures()
{
    QFETCH(int, version);
    QFETCH(QString, fixture);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("studyplanner.sqlite"));
    QVERIFY2(QFileInfo::exists(fixture), "no fixture of this schema in tests/data/schemas");
    QVERIFY(copyFile(fixture, path));
    QVERIFY(!QFileInfo::exists(fixture + QLatin1String("-wal")));

    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(pragmas(db.connection()), ExpectedPragmas);
    QCOMPARE(!db.backupPath().isEmpty(), version < Database::SchemaVersion);
    QVERIFY(rowCount(db.connection(), QStringLiteral("roadmap")) > 0);
    const QStringList tables = db.connection().tables();
    for (const char *table : SchemaTables)
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    // Plans exist from schema 2 on; the fixtures of older schemas have none to migrate.
    QCOMPARE(rowCount(db.connection(), QStringLiteral("plan")), version >= 2 ? 1 : 0);
    // Likewise the availability from schema 3 on.
    QCOMPARE(rowCount(db.connection(), QStringLiteral("availability")), version >= 3 ? 1 : 0);
}

void tst_Database::migrationBacksUpAndUpgrades_data()
{
    // A fake next schema on top of the real migrations: from the current fixture only that one
    // runs, from an older fixture the real ones run first, in the same transaction.
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("fixture");
    const QList<Fixture> fixtures = schemaFixtures();
    for (const Fixture &fixture : fixtures)
        QTest::addRow("from schema_v%d", fixture.version) << fixture.version << fixture.path;
    if (fixtures.isEmpty())
        QTest::newRow("no fixture") << 0 << QString();
}

void tst_Database::migrationBacksUpAndUpgrades()
{
    QFETCH(int, version);
    QFETCH(QString, fixture);
    QVERIFY2(QFileInfo::exists(fixture), "no fixture in tests/data/schemas");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("studyplanner.sqlite"));
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    QVERIFY(copyFile(fixture, path));
    QVERIFY(copyFile(fixture, pristine));
    const QStringList before = dump(pristine);
    QVERIFY(before.size() > 10);

    FixedClock clock(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::LocalTime));
    const auto nextMigration = [](QSqlDatabase &db, QString *error) {
        return execAll(db,
                       {QStringLiteral("ALTER TABLE item ADD COLUMN note TEXT"),
                        QStringLiteral("CREATE TABLE fake_next (id INTEGER PRIMARY KEY, item_key TEXT)")},
                       error);
    };
    Database db(clock);
    QString error;
    QVERIFY2(db.open(path, &error, withNextMigration(nextMigration)), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion + 1);
    QCOMPARE(pragmas(db.connection()), ExpectedPragmas);
    const QStringList tables = db.connection().tables();
    QVERIFY(tables.contains(QStringLiteral("fake_next")));
    for (const char *table : SchemaTables)
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    const QString doneItems =
        QStringLiteral("SELECT group_concat(key) FROM (SELECT key FROM item WHERE done = 1 ORDER BY key)");
    const RawConnection old(pristine, true);
    QCOMPARE(RawConnection::scalar(db.connection(), doneItems).toString(), old.scalar(doneItems).toString());
    QVERIFY(!old.scalar(doneItems).toString().isEmpty());

    const QString expectedBackup = path + QStringLiteral(".backup-v%1-20260304050607").arg(version);
    QCOMPARE(db.backupPath(), expectedBackup);
    QVERIFY(QFileInfo::exists(expectedBackup));
    QCOMPARE(dump(expectedBackup), before);
}

void tst_Database::failedMigrationLeavesFileUnchanged_data()
{
    using Apply = MigrationStep;
    QTest::addColumn<Apply>("apply");
    QTest::addColumn<QString>("detail");

    QTest::newRow("migration reports failure") << Apply([](QSqlDatabase &db, QString *error) {
        if (!execAll(db, {QStringLiteral("CREATE TABLE partial (id INTEGER)")}, error))
            return false;
        *error = QStringLiteral("the fake migration gave up");
        return false;
    }) << QStringLiteral("the fake migration gave up");
    QTest::newRow("invalid SQL") << Apply([](QSqlDatabase &db, QString *error) {
        return execAll(
            db, {QStringLiteral("CREATE TABLE partial (id INTEGER)"), QStringLiteral("CREATE TABLE broken (")}, error);
    }) << QStringLiteral("incomplete input");
    QTest::newRow("broken foreign key") << Apply([](QSqlDatabase &db, QString *error) {
        return execAll(db,
                       {QStringLiteral("CREATE TABLE partial (id INTEGER)"),
                        QStringLiteral("INSERT INTO item (roadmap_id, key, stage_key, position, kind)"
                                       " VALUES (424242, 'x', 'nowhere', 0, 'topic')")},
                       error);
    }) << QStringLiteral("missing row");
}

void tst_Database::failedMigrationLeavesFileUnchanged()
{
    QFETCH(MigrationStep, apply);
    QFETCH(QString, detail);

    const QList<Fixture> fixtures = schemaFixtures();
    QVERIFY(!fixtures.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("studyplanner.sqlite"));
    QVERIFY(copyFile(fixtures.last().path, path));
    const QByteArray hashBefore = sha256(path);

    {
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error, withNextMigration(apply)));
        QVERIFY2(error.contains(detail), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!db.isOpen());
    }
    QCOMPARE(sha256(path), hashBefore);

    RawConnection raw(path, true);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), fixtures.last().version);
    QVERIFY(!raw.db().tables().contains(QStringLiteral("partial")));
}

void tst_Database::refusesMisnumberedMigrations()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("studyplanner.sqlite"));
    QList<Database::Migration> list = Database::migrations();
    list.append({Database::SchemaVersion + 2, [](QSqlDatabase &, QString *) { return true; }});

    Database db;
    QString error;
    QVERIFY(!db.open(path, &error, list));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void tst_Database::planTablesRefuseInvalidRows_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("detail");

    const QString check = QStringLiteral("CHECK constraint failed");
    const QString foreignKey = QStringLiteral("FOREIGN KEY constraint failed");
    const auto stagePlan = [](const char *values) {
        return QStringLiteral("INSERT INTO stage_plan (roadmap_id, stage_key, weekly_hours, effort_hours,"
                              " duration_days, derived, overlap_weeks) VALUES (%1)")
            .arg(QLatin1String(values));
    };
    const auto pause = [](const char *values) {
        return QStringLiteral("INSERT INTO pause (roadmap_id, position, first_date, last_date, weekly_hours)"
                              " VALUES (%1)")
            .arg(QLatin1String(values));
    };

    QTest::newRow("plan of a missing roadmap")
        << QStringLiteral("INSERT INTO plan VALUES (99, '2027-01-04')") << foreignKey;
    QTest::newRow("start date not a date") << QStringLiteral("UPDATE plan SET start_date = 'soon'") << check;
    QTest::newRow("start date 30 February") << QStringLiteral("UPDATE plan SET start_date = '2027-02-30'") << check;
    QTest::newRow("start date with a time")
        << QStringLiteral("UPDATE plan SET start_date = '2027-01-04 10:00'") << check;
    QTest::newRow("start date not zero-padded") << QStringLiteral("UPDATE plan SET start_date = '2027-1-4'") << check;
    QTest::newRow("stage plan of an unknown stage") << stagePlan("1, '9', 10, 100, 70, 'duration', 0") << foreignKey;
    QTest::newRow("stage plan without a plan") << stagePlan("2, '1', 10, 100, 70, 'duration', 0") << foreignKey;
    QTest::newRow("negative weekly hours") << stagePlan("1, '2', -1, 100, 70, 'duration', 0") << check;
    QTest::newRow("negative effort") << stagePlan("1, '2', 10, -100, 70, 'duration', 0") << check;
    QTest::newRow("negative duration") << stagePlan("1, '2', 10, 100, -70, 'duration', 0") << check;
    QTest::newRow("unknown derived field") << stagePlan("1, '2', 10, 100, 70, 'budget', 0") << check;
    QTest::newRow("negative overlap") << stagePlan("1, '2', 10, 100, 70, 'duration', -1") << check;
    QTest::newRow("stage planned twice") << stagePlan("1, '1', 10, 100, 70, 'duration', 0")
                                         << QStringLiteral("UNIQUE constraint failed");
    QTest::newRow("pause ending before it begins") << pause("1, 1, '2027-02-14', '2027-02-01', 0") << check;
    QTest::newRow("pause on an impossible day") << pause("1, 1, '2027-02-29', '2027-03-01', 0") << check;
    QTest::newRow("pause with negative hours") << pause("1, 1, '2027-02-01', '2027-02-14', -2") << check;
    QTest::newRow("pause without a plan") << pause("2, 0, '2027-02-01', '2027-02-14', 0") << foreignKey;
    QTest::newRow("two pauses in one place")
        << pause("1, 0, '2027-03-01', '2027-03-14', 0") << QStringLiteral("UNIQUE constraint failed");
}

// The schema itself refuses what PlanRepository never writes, whoever writes it.
void tst_Database::planTablesRefuseInvalidRows()
{
    QFETCH(QString, statement);
    QFETCH(QString, detail);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("studyplanner.sqlite")), &error), qPrintable(error));
    // Roadmap 1 with a plan for stage 1 and one pause; roadmap 2 without a plan.
    const QStringList valid = {
        QStringLiteral("INSERT INTO roadmap (id, origin, title, created_utc) VALUES (1, 't', 'One', '2026-01-01'),"
                       " (2, 't', 'Two', '2026-01-01')"),
        QStringLiteral("INSERT INTO stage (roadmap_id, key, position, month_min, month_max, hours_min, hours_max)"
                       " VALUES (1, '1', 0, 1, 2, 10, 15), (1, '2', 1, 2, 3, 15, 20), (2, '1', 0, 1, 2, 10, 15)"),
        QStringLiteral("INSERT INTO plan (roadmap_id, start_date) VALUES (1, '2028-02-29')"),
        QStringLiteral("INSERT INTO stage_plan (roadmap_id, stage_key, weekly_hours, effort_hours, duration_days,"
                       " derived) VALUES (1, '1', 12.5, 75, 42, 'weekly_hours')"),
        QStringLiteral("INSERT INTO pause (roadmap_id, position, first_date, last_date) VALUES (1, 0, '2028-02-29',"
                       " '2028-02-29')"),
    };
    QVERIFY2(db.write([&](QSqlDatabase &wdb, QString *e) { return execAll(wdb, valid, e); }, &error),
             qPrintable(error));
    const QStringList before = dump(db.path());

    QVERIFY(!db.write([&](QSqlDatabase &wdb, QString *e) { return execAll(wdb, {statement}, e); }, &error));
    QVERIFY2(error.contains(detail), qPrintable(error));
    QCOMPARE(dump(db.path()), before);
}

void tst_Database::writeRollsBackOnFailure_data()
{
    QTest::addColumn<bool>("sqlError");
    QTest::newRow("work returns false") << false;
    QTest::newRow("statement fails") << true;
}

void tst_Database::writeRollsBackOnFailure()
{
    QFETCH(bool, sqlError);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("studyplanner.sqlite"));
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));

    const bool committed = db.write(
        [&](QSqlDatabase &wdb, QString *e) {
            if (!insertRoadmap(wdb, QStringLiteral("Half done"), e))
                return false;
            if (sqlError)
                return execAll(wdb, {QStringLiteral("INSERT INTO nowhere VALUES (1)")}, e);
            *e = QStringLiteral("changed my mind");
            return false;
        },
        &error);
    QVERIFY(!committed);
    QVERIFY2(error.contains(sqlError ? QStringLiteral("nowhere") : QStringLiteral("changed my mind")),
             qPrintable(error));
    QCOMPARE(rowCount(db.connection(), QStringLiteral("roadmap")), 0);

    // The connection is usable again: no transaction was left open.
    QVERIFY2(
        db.write([](QSqlDatabase &wdb, QString *e) { return insertRoadmap(wdb, QStringLiteral("Next"), e); }, &error),
        qPrintable(error));
    db.close();
    RawConnection raw(path, true);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT group_concat(title) FROM roadmap")).toString(), QStringLiteral("Next"));
}

void tst_Database::nestedWrites_data()
{
    QTest::addColumn<bool>("innerSucceeds");
    QTest::addColumn<bool>("outerSucceeds");
    QTest::addColumn<QString>("expected"); // the titles stored afterwards

    QTest::newRow("both commit") << true << true << QStringLiteral("outer,inner");
    QTest::newRow("the inner one fails, the outer one goes on") << false << true << QStringLiteral("outer");
    QTest::newRow("the outer one fails: the inner one is taken back too") << true << false << QString();
}

// A write() inside another one is a savepoint of its transaction.
void tst_Database::nestedWrites()
{
    QFETCH(bool, innerSucceeds);
    QFETCH(bool, outerSucceeds);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("studyplanner.sqlite"));
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    bool innerCommitted = false;
    const bool committed = db.write(
        [&](QSqlDatabase &wdb, QString *e) {
            if (!insertRoadmap(wdb, QStringLiteral("outer"), e))
                return false;
            QString innerError;
            innerCommitted = db.write(
                [&](QSqlDatabase &idb, QString *ie) {
                    if (!insertRoadmap(idb, QStringLiteral("inner"), ie))
                        return false;
                    *ie = QStringLiteral("inner refused");
                    return innerSucceeds;
                },
                &innerError);
            *e = QStringLiteral("outer refused");
            return outerSucceeds;
        },
        &error);
    QCOMPARE(innerCommitted, innerSucceeds);
    QCOMPARE(committed, outerSucceeds);
    db.close();
    RawConnection raw(path, true);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT group_concat(title) FROM (SELECT title FROM roadmap ORDER BY id)"))
                 .toString(),
             expected);
}

void tst_Database::writeCommitPersistsAcrossReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("studyplanner.sqlite"));
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY2(db.write([](QSqlDatabase &wdb, QString *e) { return insertRoadmap(wdb, QStringLiteral("Kept"), e); },
                          &error),
                 qPrintable(error));
        QVERIFY(error.isEmpty());
    }
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(RawConnection::scalar(db.connection(), QStringLiteral("SELECT title FROM roadmap")).toString(),
             QStringLiteral("Kept"));
    QCOMPARE(pragmas(db.connection()), ExpectedPragmas);
}

void tst_Database::writeRefusedWhenClosed()
{
    Database db;
    QString error;
    bool ran = false;
    QVERIFY(!db.write(
        [&](QSqlDatabase &, QString *) {
            ran = true;
            return true;
        },
        &error));
    QVERIFY(!ran);
    QVERIFY(!error.isEmpty());
}

void tst_Database::twoDatabasesAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database first;
    Database second;
    QString error;
    QVERIFY2(first.open(dir.filePath(QStringLiteral("first.sqlite")), &error), qPrintable(error));
    QVERIFY2(second.open(dir.filePath(QStringLiteral("second.sqlite")), &error), qPrintable(error));
    QVERIFY(first.connection().connectionName() != second.connection().connectionName());
    QVERIFY(
        first.write([](QSqlDatabase &db, QString *e) { return insertRoadmap(db, QStringLiteral("one"), e); }, &error));
    QCOMPARE(rowCount(first.connection(), QStringLiteral("roadmap")), 1);
    QCOMPARE(rowCount(second.connection(), QStringLiteral("roadmap")), 0);
}

void tst_Database::defaultPathIsInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(Database::defaultPath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                          + QStringLiteral("/studyplanner.sqlite"));
    QVERIFY(QFileInfo(Database::defaultPath()).isAbsolute());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
