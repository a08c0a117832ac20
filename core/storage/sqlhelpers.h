// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>

// Small helpers the repositories share.
namespace SqlHelpers {
inline void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Executes a prepared query; on failure *error gets the driver's message.
inline bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    setError(error, query.lastError().text());
    return false;
}
// Instants as stored: UTC text of one width, "yyyy-MM-ddTHH:mm:ss.zzzZ", so that text order is time
// order (the schema checks the length).
inline QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

// The instant of a stored text, as a UTC QDateTime; invalid when the text is not one.
inline QDateTime utcFromText(const QString &text)
{
    // Read as UTC from the start: a format string would make a local time first, and the C library
    // checks the system's time zone file for each one (a 10-year report reads 100,000 of them).
    if (text.size() != 24 || text.at(10) != QLatin1Char('T') || !text.endsWith(QLatin1Char('Z')))
        return {};
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 12), QStringLiteral("HH:mm:ss.zzz"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}
} // namespace SqlHelpers
