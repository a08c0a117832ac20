// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/roadmap.h"

#include <array>
#include <utility>

namespace {
// The order is the order of ItemKind; the names are stored in databases and JSON files, so never rename one.
constexpr std::array<std::pair<ItemKind, const char *>, 8> kindNames{{
    {ItemKind::Course, "course"},
    {ItemKind::Book, "book"},
    {ItemKind::Document, "document"},
    {ItemKind::Project, "project"},
    {ItemKind::Assessment, "assessment"},
    {ItemKind::Topic, "topic"},
    {ItemKind::Resource, "resource"},
    {ItemKind::Activity, "activity"},
}};
} // namespace

QString itemKindName(ItemKind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<ItemKind> itemKindFromName(const QString &name)
{
    for (const auto &[kind, kindName] : kindNames) {
        if (name == QLatin1String(kindName))
            return kind;
    }
    return std::nullopt;
}

const Branch *Stage::branch(const QString &branchKey) const
{
    for (const Branch &b : branches) {
        if (b.key == branchKey)
            return &b;
    }
    return nullptr;
}

bool Stage::counts(const Section &section) const
{
    if (section.branchKey.isEmpty())
        return true;
    const Branch *b = branch(section.branchKey);
    return b && b->chosen;
}

int Stage::countedItems() const
{
    int count = 0;
    for (const Section &section : sections) {
        if (counts(section))
            count += int(section.items.size());
    }
    return count;
}

int Stage::countedDone() const
{
    int count = 0;
    for (const Section &section : sections) {
        if (!counts(section))
            continue;
        for (const Item &item : section.items) {
            if (item.done)
                ++count;
        }
    }
    return count;
}

double Stage::progress() const
{
    const int total = countedItems();
    return total == 0 ? 0.0 : double(countedDone()) / total;
}

// The non-const lookups iterate non-const so that the lists detach before a pointer is handed out.
Stage *Roadmap::stage(const QString &key)
{
    for (Stage &s : stages) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const Stage *Roadmap::stage(const QString &key) const
{
    for (const Stage &s : stages) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

Item *Roadmap::item(const QString &key)
{
    for (Stage &s : stages) {
        for (Section &section : s.sections) {
            for (Item &i : section.items) {
                if (i.key == key)
                    return &i;
            }
        }
    }
    return nullptr;
}

const Item *Roadmap::item(const QString &key) const
{
    for (const Stage &s : stages) {
        for (const Section &section : s.sections) {
            for (const Item &i : section.items) {
                if (i.key == key)
                    return &i;
            }
        }
    }
    return nullptr;
}

QStringList Roadmap::itemKeys() const
{
    QStringList keys;
    for (const Stage &s : stages) {
        for (const Section &section : s.sections) {
            for (const Item &i : section.items)
                keys.append(i.key);
        }
    }
    return keys;
}
