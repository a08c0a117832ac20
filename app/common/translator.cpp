// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translator.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

Translator::Translator() = default;

Translator::~Translator()
{
    removeAll();
}

QStringList Translator::supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Translator::resolve(const QString &requested)
{
    if (supportedLanguages().contains(requested))
        return requested;
    const QLocale system;
    for (const QString &name : system.uiLanguages()) {
        if (name.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Translator::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    return QStringLiteral("English");
}

bool Translator::install(const QString &language)
{
    removeAll();
    m_language = language;
    bool ok = true;
    auto load = [this](const QString &file, const QString &directory) {
        auto *translator = new QTranslator;
        if (translator->load(file, directory) && QCoreApplication::installTranslator(translator)) {
            m_installed.append(translator);
            return true;
        }
        delete translator;
        return false;
    };
    ok = load(QStringLiteral("studyplanner_") + language, QStringLiteral(":/i18n"));
    // Qt's own strings (dialog buttons, the print dialog later); absent for English, which is fine.
    if (language != QLatin1String("en"))
        load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Dates, numbers and the first day of the week follow the learner's regional settings when they
    // are in the language chosen (en_GB starts weeks on Monday, en_US on Sunday); else the language's.
    const QLocale system = QLocale::system();
    const QLocale chosen(language);
    QLocale::setDefault(system.language() == chosen.language() ? system : chosen);
    return ok;
}

void Translator::removeAll()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}
