// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracking/timeentry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Time entries as CSV (RFC 4180) for spreadsheet programs, and back. Pure: no storage, no files
// except in writeFile/readFile.
//
// The format (stable; the import reads what the export writes, and hand-made files of the same form):
//   start,end,utc_offset,stage,item,block,minutes,note
// - a header row, then one row per closed entry in the order given (open entries are not written);
// - start, end: the entry's local date-time with its offset, ISO 8601 "2027-03-01T19:30:00+01:00",
//   both in the entry's own offsetMinutes (so the instants are exact whatever the zone of the reader);
//   ".zzz" milliseconds only when the instant has them;
// - utc_offset: the entry's offset, "+01:00", "-05:00", "+05:45", "+00:00" (at most ±14:00);
// - stage, item, block: the keys (item and block may be empty); note: free text;
// - minutes: whole minutes from start to end, rounded to the nearest (informative; ignored on import);
// - UTF-8, a byte order mark only when asked for, every line (the last too) ends in CRLF; a field is
//   quoted when it holds a comma, a quote, CR or LF, and quotes in it are doubled;
// - formula injection: a stage, item, block or note cell that begins with = + - @ tab or CR, after any
//   number of apostrophes, gets one more apostrophe in front ("=SUM(A1)" → "'=SUM(A1)",
//   "'=x" → "''=x"); the import removes one apostrophe from every cell of that form, so the round trip
//   is exact and a cell like "'tis" is left alone both ways. Keys never begin with those characters,
//   but are treated the same way rather than trusted. The machine-written cells (times, utc_offset,
//   minutes) are not altered: utc_offset "-05:00" is a fixed pattern that carries nothing.
//
// The import is all or nothing. It accepts:
// - a UTF-8 byte order mark, CRLF or LF line ends, a last line with or without its line end;
// - the header's columns in any order, by name (case and surrounding spaces ignored); start, end and
//   stage are required; item, block, note, utc_offset and minutes may be left out (empty; the start's
//   offset). A column of another name is refused rather than ignored, as is a name given twice: the
//   file is then not one of ours, and a silently dropped column would lose what the learner meant.
// - times as "YYYY-MM-DDTHH:MM[:SS[.s{1,3}]]" (T or a space) followed by "Z" or "±HH:MM"; a time
//   without an offset is refused (its instant is unknown). The start's offset must equal utc_offset
//   when both are there; the end may carry another offset (it is an instant, e.g. across a change
//   to summer time);
// - rows whose every cell is empty (blank lines a spreadsheet leaves) are skipped;
// - a header without rows: zero entries, no refusal.
// It refuses, each bad row with its line and every reason: a structure error (a quote inside an
// unquoted field, text after a closing quote, a CR not followed by LF, a quoted field never closed —
// which ends the reading), invalid UTF-8 or a NUL byte, a field count other than the header's, an
// empty stage, a stage not in `knownStages` (exact keys; when given), an unparseable time or offset,
// an end before the start, an entry longer than 24 hours (exactly 24 hours and zero length are
// accepted); and for the whole file: an empty file, a bad header, more than MaxRows rows, more than
// MaxBytes bytes. At most MaxReportedRefusals rows are reported, then one refusal counts the rest.
class EntryCsv final
{
    Q_DECLARE_TR_FUNCTIONS(EntryCsv)

public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    static constexpr int MaxRows = 1'000'000;
    static constexpr int MaxReportedRefusals = 100;

    struct WriteOptions {
        bool byteOrderMark = false;
    };
    static QByteArray write(const QList<TimeEntry> &entries, const WriteOptions &options);
    static QByteArray write(const QList<TimeEntry> &entries) { return write(entries, WriteOptions()); }
    // Writes atomically (QSaveFile); false + *error (translated, with the file name) on failure.
    static bool writeFile(const QString &path, const QList<TimeEntry> &entries, const WriteOptions &options,
                          QString *error);

    struct Refusal {
        int line = 0; // 1-based physical line the row begins on; 0: the whole file
        QString reason;
    };
    struct ReadResult {
        QList<TimeEntry> entries; // source = Import, id = 0, instants in UTC; in the file's order
        QList<Refusal> refusals;  // translated; non-empty => `entries` is empty and nothing may be imported
    };
    static ReadResult read(const QByteArray &data, const QStringList &knownStages = {});
    // As read(); a file over MaxBytes is refused unread. When the file cannot be read, *error says why
    // (translated, with the file name) and the same message is the one refusal (line 0).
    static ReadResult readFile(const QString &path, const QStringList &knownStages, QString *error);
};
