// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/translator.h"
#include "support/clock.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class Database;
class PlanDocument;
class PlanRepository;
class RoadmapDocument;
class RoadmapRepository;
class Settings;

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

private:
    Settings &m_settings;
    Clock &m_clock;
    Translator m_translator;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RoadmapRepository> m_roadmaps;
    std::unique_ptr<RoadmapDocument> m_document;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<PlanDocument> m_plan;
};
