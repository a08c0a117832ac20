// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Value types of a roadmap as read from a guide. They hold no learner state except `done` and
// `chosen`, which the storage layer fills in from the database after an import.
//
// Keys are structural and identical across the languages of one guide: stage "2", branch "2.b1",
// item "2.3.1" (stage 2, its third section, first item). Progress, plans and (later) time entries
// refer to these keys, so the Chinese and the English rendering of a guide share one history.

enum class ItemKind {
    Course,
    Book,
    Document,
    Project,
    Assessment,
    Topic,
    Resource,
    Activity,
};

// Stable names for JSON and the database ("course", "book", ...).
QString itemKindName(ItemKind kind);
std::optional<ItemKind> itemKindFromName(const QString &name);

struct MonthRange {
    int min = 0;
    std::optional<int> max; // empty: open-ended ("ongoing")

    bool isOpenEnded() const { return !max.has_value(); }
    bool operator==(const MonthRange &other) const { return min == other.min && max == other.max; }
};

struct HoursRange {
    int min = 0;
    int max = 0;
    bool fromGuide = false; // false: a documented default (see MarkdownImporter), not read from the text

    bool operator==(const HoursRange &other) const { return min == other.min && max == other.max; }
};

struct Item {
    QString key;
    ItemKind kind = ItemKind::Topic;
    QString title;
    QStringList details;
    QUrl link;
    std::optional<double> estimatedHours;
    bool done = false;
};

// A group of items under one heading of the guide ("入门课程", "动手项目", "阶段评估"...).
struct Section {
    QString title;
    ItemKind kind = ItemKind::Topic; // the kind the section's heading suggests
    QString branchKey;               // empty: the section belongs to the whole stage
    QList<Item> items;
};

// A specialisation branch or track of a stage. Items of branches the learner did not choose do not
// count toward progress.
struct Branch {
    QString key;
    QString title;
    QString description;
    bool chosen = true;
};

struct Stage {
    QString key;
    QString title;
    QString summary;
    MonthRange months;
    HoursRange weeklyHours;
    QStringList goals;
    QList<Section> sections;
    QList<Branch> branches;

    const Branch *branch(const QString &key) const;
    // Items that count toward progress: those of the stage and of chosen branches.
    bool counts(const Section &section) const;
    int countedItems() const;
    int countedDone() const;
    double progress() const; // 0..1; 0 for a stage without counted items
};

// A general section of the guide that is not a stage (持续学习资源, 学习常见问题): kept as Markdown.
struct ReferencePage {
    QString title;
    QString markdown;
};

struct Roadmap {
    QString title;
    QString language; // BCP 47 name of the text's language, "zh_CN" or "en"; may be empty
    QString introduction;
    QList<Stage> stages;
    QList<ReferencePage> references;

    Stage *stage(const QString &key);
    const Stage *stage(const QString &key) const;
    Item *item(const QString &key);
    const Item *item(const QString &key) const;
    QStringList itemKeys() const;
};
