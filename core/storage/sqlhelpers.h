// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

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
} // namespace SqlHelpers
