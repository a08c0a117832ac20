// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/translator.h"
#include "support/clock.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <memory>

class AvailabilityRepository;
class BlockRepository;
class BusyRepository;
class Database;
class EntryRepository;
class PlanDocument;
class PlanRepository;
class RoadmapDocument;
class RoadmapRepository;
class Settings;
class WeekDocument;
class WeekPlanner;

// What one run of the application works on: the database, its repositories, the settings and the
// interface language. main() and the GUI tests build the window from a Session.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(Session)
    Q_DISABLE_COPY_MOVE(Session)

public:
    // `clock` says what "today" is (tests move it).
    explicit Session(Settings &settings, Clock &clock = Clock::system());
    ~Session();

    // Opens (or creates) the database and makes sure the bundled guide is in it. On a newer
    // database that can only be read, returns true with *notice set.
    bool open(const QString &databasePath, QString *error, QString *notice = nullptr);

    // The language in force: `override` (from --lang) when given, else the setting, else the system's.
    void applyLanguage(const QString &override = {});
    // Changes the language for this and later runs.
    void setLanguage(const QString &language);
    QString language() const { return m_translator.language(); }

    Settings &settings() const { return m_settings; }
    Database &database() const { return *m_database; }
    RoadmapRepository &roadmaps() const { return *m_roadmaps; }
    RoadmapDocument &document() const { return *m_document; }
    PlanRepository &plans() const { return *m_plans; }
    PlanDocument &plan() const { return *m_plan; }
    AvailabilityRepository &availabilities() const { return *m_availabilities; }
    BlockRepository &blocks() const { return *m_blocks; }
    BusyRepository &busy() const { return *m_busy; }
    EntryRepository &entries() const { return *m_entries; }
    WeekPlanner &weekPlanner() const { return *m_weekPlanner; }
    WeekDocument &week() const { return *m_week; }
    Clock &clock() const { return m_clock; }

    // The learner's time zone: the system's (tests set another before open()).
    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

private:
    Settings &m_settings;
    Clock &m_clock;
    Translator m_translator;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RoadmapRepository> m_roadmaps;
    std::unique_ptr<RoadmapDocument> m_document;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<PlanDocument> m_plan;
    std::unique_ptr<AvailabilityRepository> m_availabilities;
    std::unique_ptr<BlockRepository> m_blocks;
    std::unique_ptr<BusyRepository> m_busy;
    std::unique_ptr<EntryRepository> m_entries;
    std::unique_ptr<WeekPlanner> m_weekPlanner;
    std::unique_ptr<WeekDocument> m_week;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
