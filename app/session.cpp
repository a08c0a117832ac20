// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "roadmap/roadmapdocument.h"
#include "schedule/weekplanner.h"
#include "storage/availabilityrepository.h"
#include "storage/blockrepository.h"
#include "storage/busyrepository.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/planrepository.h"
#include "storage/roadmaprepository.h"
#include "support/settings.h"
#include "timeline/plandocument.h"
#include "week/weekdocument.h"

Session::Session(Settings &settings, Clock &clock)
    : m_settings(settings), m_clock(clock), m_database(std::make_unique<Database>(clock))
{
}

Session::~Session()
{
    m_week.reset();
    m_weekPlanner.reset();
    m_entries.reset();
    m_busy.reset();
    m_blocks.reset();
    m_availabilities.reset();
    m_plan.reset();
    m_plans.reset();
    m_document.reset();
    m_roadmaps.reset();
    m_database.reset();
}

bool Session::open(const QString &databasePath, QString *error, QString *notice)
{
    QString message;
    if (!m_database->open(databasePath, &message)) {
        if (error)
            *error = message;
        return false;
    }
    if (m_database->isReadOnly() && notice)
        *notice = message;
    m_roadmaps = std::make_unique<RoadmapRepository>(*m_database);
    m_document = std::make_unique<RoadmapDocument>(*m_roadmaps);
    m_document->setReadOnly(m_database->isReadOnly());
    if (!m_database->isReadOnly() && m_roadmaps->ensureBuiltinGuide(error) == 0)
        return false;
    const int current = m_roadmaps->currentRoadmapId();
    if (current == 0) {
        if (error)
            *error = tr("The database %1 holds no roadmap.").arg(databasePath);
        return false;
    }
    if (!m_document->load(current, language().isEmpty() ? Translator::resolve({}) : language(), error))
        return false;
    m_plans = std::make_unique<PlanRepository>(*m_database);
    m_plan = std::make_unique<PlanDocument>(*m_document, *m_plans, m_clock);
    m_availabilities = std::make_unique<AvailabilityRepository>(*m_database);
    m_blocks = std::make_unique<BlockRepository>(*m_database);
    m_busy = std::make_unique<BusyRepository>(*m_database);
    m_entries = std::make_unique<EntryRepository>(*m_database);
    m_weekPlanner = std::make_unique<WeekPlanner>(*m_blocks, *m_availabilities, *m_busy);
    m_week = std::make_unique<WeekDocument>(*this);
    return true;
}

void Session::applyLanguage(const QString &override)
{
    const QString language = Translator::resolve(override.isEmpty() ? m_settings.language() : override);
    m_translator.install(language);
    if (m_document && m_document->roadmapId() != 0)
        m_document->setLanguage(language, nullptr);
}

void Session::setLanguage(const QString &language)
{
    m_settings.setLanguage(language);
    m_settings.sync();
    applyLanguage(language);
}
