// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/icsimport.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class Database;

// The busy time of the learner's imported calendars (schema version 4), shared by every roadmap.
//
// A calendar is known by its source (the absolute path of the .ics file it came from): importing
// the same source again replaces all its events in one transaction. Events are stored as the
// occurrences the import expanded over [rangeStart, rangeEnd).
class BusyRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyRepository)

public:
    struct Calendar {
        int id = 0;
        QString source;
        QString name;
        QDateTime imported; // UTC
        QDateTime rangeStart;
        QDateTime rangeEnd;
        int eventCount = 0;
    };

    explicit BusyRepository(Database &database, QObject *parent = nullptr);

    std::optional<QList<Calendar>> calendars(QString *error) const;

    // Replaces the calendar of `source` (or adds it) with `events`, in one transaction. Returns the
    // calendar's id, 0 on failure (nothing changed then). Emits busyChanged after the commit.
    int replaceCalendar(const QString &source, const QString &name, const QDateTime &rangeStart,
                        const QDateTime &rangeEnd, const QDateTime &imported, const QList<BusyEvent> &events,
                        QString *error);
    bool removeCalendar(int id, QString *error);

    // The stored occurrences of every calendar that overlap [from, to), sorted by start then end.
    std::optional<QList<BusyEvent>> events(const QDateTime &from, const QDateTime &to, QString *error) const;

Q_SIGNALS:
    void busyChanged();

private:
    Database &m_database;
};
