// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// Installs the application's and Qt's own catalogues for one language. Installing a new language
// sends QEvent::LanguageChange to every widget, which retranslates itself.
class Translator final
{
    Q_DECLARE_TR_FUNCTIONS(Translator)
    Q_DISABLE_COPY_MOVE(Translator)

public:
    Translator();
    ~Translator();

    static QStringList supportedLanguages(); // "zh_CN", "en"
    // "zh_CN" or "en" for a setting or --lang value; empty means: follow the system locale.
    static QString resolve(const QString &requested);
    static QString nativeName(const QString &language);

    bool install(const QString &language);
    QString language() const { return m_language; }

private:
    void removeAll();

    QString m_language;
    QList<QTranslator *> m_installed;
};
