// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/entryrepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class LogDocument;
class QWidget;

// The study log's CSV export and import for the Log view and the File menu (the format is
// EntryCsv's). Export writes the entries of a filter; import shows a preview (the rows it would add,
// or every refusal with its line and reason) and adds them as one undo step, all or nothing.
class LogExchange final
{
    Q_DECLARE_TR_FUNCTIONS(LogExchange)

public:
    // The number of entries written, or nothing with *error (translated).
    static std::optional<int> exportFile(LogDocument &document, const EntryRepository::Filter &filter,
                                         const QString &path, bool byteOrderMark, QString *error);
    // Asks for the range (from `filter`), the byte order mark and the file, then writes it. A
    // message for the learner in *message (a notice on success, an error otherwise); false when
    // cancelled or failed.
    static bool exportDialog(LogDocument &document, const EntryRepository::Filter &filter, QWidget *parent,
                             QString *message, bool *failed);

    // Reads `path` and shows its preview ("csvImportDialog"); on Import the entries are added. Returns
    // the number added (0 when cancelled or refused); *message says what happened.
    static int importFile(LogDocument &document, const QString &path, QWidget *parent, QString *message, bool *failed);
    static int importDialog(LogDocument &document, QWidget *parent, QString *message, bool *failed);
};
