// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/scheduler.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Writes study blocks as an iCalendar file (RFC 5545) for the learner's calendar program, built with
// libical.
//
// A VCALENDAR (PRODID "-//Study Planner//Study Planner//EN", VERSION 2.0, CALSCALE GREGORIAN, METHOD
// PUBLISH, X-WR-CALNAME "Study blocks", translated) with one VEVENT per entry, in the order given:
// - UID = block.id + "@studyplanner": stable, so importing the file again updates the same events;
// - DTSTAMP = `stamp`, DTSTART/DTEND in UTC ("Z"), whatever the blocks' zone;
// - SUMMARY "Study: <item> (<stage>)", or "Study: <stage>" without an item (translated);
// - DESCRIPTION with stage, item, link and status (translated lines), URL = the item's link;
// - CATEGORIES "Study Planner", STATUS CANCELLED for skipped blocks (CONFIRMED otherwise);
// - X-STUDYPLANNER-STAGE / X-STUDYPLANNER-ITEM = the stage and item keys, X-STUDYPLANNER-STATUS =
//   planned | done | skipped | missed.
// Text is UTF-8; libical escapes it and folds lines at 75 octets without splitting a character.
// Lines end in CRLF. The same input always gives the same bytes.
class IcsExport final
{
    Q_DECLARE_TR_FUNCTIONS(IcsExport)

public:
    struct Entry {
        StudyBlock block;
        QString stageTitle;
        QString itemTitle;
        QString itemLink;
    };

    static QByteArray write(const QList<Entry> &entries, const QDateTime &stamp);
    // Writes atomically (QSaveFile); false + *error (translated, with the file name) on failure.
    static bool writeFile(const QString &path, const QList<Entry> &entries, const QDateTime &stamp, QString *error);

    // The UID of a block's event.
    static QString uid(const StudyBlock &block);
};
