// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roadmap/roadmap.h"
#include "support/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class Database;

// Roadmaps, their Markdown documents (one per language) and the learner's ticks and branch choices.
//
// A roadmap is stored as the Markdown it was imported from, per language, plus its structure
// (stages, branches, items by key) so that progress is queryable in SQL and later tables can refer
// to stages and items. The text is parsed again on load: the Markdown is the source of truth.
class RoadmapRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoadmapRepository)

public:
    static constexpr auto BuiltinGuideOrigin = "builtin:llm-learning-path";

    struct Summary {
        int id = 0;
        QString title;
        QString origin; // BuiltinGuideOrigin or the path of the imported file
        QStringList languages;
    };

    explicit RoadmapRepository(Database &database, QObject *parent = nullptr);
    // `clock` stamps the learner's changes (done_changed_utc, changed_utc, created_utc).
    RoadmapRepository(Database &database, Clock &clock, QObject *parent = nullptr);

    // Makes sure the bundled guide (both languages, from resources) is in the database and returns
    // its id, or 0 with *error set. Also makes it current when no roadmap is current. When the
    // bundled text changed (a new version of the app), stores it and adds the rows of new keys;
    // the learner's ticks and branch choices stay.
    int ensureBuiltinGuide(QString *error);

    // Parses `markdown` (refusing what MarkdownImporter refuses) and stores it as a new roadmap in
    // one transaction; returns its id or 0 with *error set and nothing stored.
    int importMarkdown(const QByteArray &markdown, const QString &origin, QString *error);
    // Reads `path` (refusing files over MarkdownImporter::MaxFileSize before reading them) and imports it.
    int importFile(const QString &path, QString *error);

    QList<Summary> roadmaps() const;
    int currentRoadmapId() const;
    bool setCurrentRoadmap(int roadmapId, QString *error);

    // The roadmap in `language` (falling back to another stored language), with the learner's
    // ticks and branch choices applied.
    std::optional<Roadmap> load(int roadmapId, const QString &language, QString *error) const;

    bool setItemDone(int roadmapId, const QString &itemKey, bool done, QString *error);
    bool setBranchChosen(int roadmapId, const QString &branchKey, bool chosen, QString *error);

Q_SIGNALS:
    void roadmapAdded(int roadmapId);
    void currentRoadmapChanged(int roadmapId);
    void itemDoneChanged(int roadmapId, const QString &itemKey, bool done);
    void branchChosenChanged(int roadmapId, const QString &branchKey, bool chosen);

private:
    Database &m_database;
    Clock &m_clock;
};
