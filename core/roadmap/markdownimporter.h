// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roadmap/roadmap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads a learning guide written in Markdown (the shape of resources/guides/*.md) into a Roadmap,
// with md4c as the parser. The result holds no learner state (nothing done, every branch chosen).
//
// The shape it understands, in Chinese or English:
// - a level-1 heading: the roadmap's title;
// - an overview section whose code block (or list) names each stage with its duration in months,
//   "入门阶段 (1-2个月)" / "Getting Started (1-2 months)", "(持续发展)" / "(ongoing)" for open-ended;
// - one level-2 heading per stage, matched to the overview by name; other level-2 headings
//   (except a table of contents) become reference pages, holding their section's Markdown source
//   without the heading line;
// - inside a stage, level-3/4 headings name sections (goals, courses, books, documents, projects,
//   assessment, branches), whose list items become goals, items or branches; a heading that names
//   no kind takes the kind of the heading above it, else it holds topics;
// - anywhere, a list item "<stage name>: 每周10-15小时" / "<stage name>: 10-15 hours per week" gives
//   the stage's weekly hours (the first such item wins). A stage without one inherits the range of
//   the stage before it; the first stage without one gets 10-15 hours.
// parseFile() takes the language from a file name such as "guide.zh_CN.md"; parse() guesses it
// from the text ("zh_CN" when the title or a stage title is in Chinese, else "en").
class MarkdownImporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)

public:
    static constexpr qint64 MaxFileSize = 5 * 1024 * 1024;

    // On failure returns nothing and sets *error to a message naming what is missing and where.
    static std::optional<Roadmap> parse(const QByteArray &markdown, QString *error);
    static std::optional<Roadmap> parseFile(const QString &path, QString *error);
    // The bytes of the guide at `path`, refusing a missing, unreadable or too large file (checked
    // before reading it).
    static std::optional<QByteArray> readFile(const QString &path, QString *error);
};
