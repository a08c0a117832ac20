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
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}
} // namespace SqlHelpers
