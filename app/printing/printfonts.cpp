// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/printfonts.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QRawFont>

#include <cmath>

namespace {

// Ideographs whose glyph Noto CJK shares with a radical, and those radicals, in the same order.
const char16_t Ideographs[] = u"入门言大长见车马金";
const char16_t Radicals[] = u"⼊⻔⾔⼤⻓⻅⻋⻢⾦";

// Latin families for documents when the system's own font also covers Chinese (it would then set
// the Chinese text too, whatever its radicals).
const char *const LatinFallbacks[] = {"DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica"};

bool coversChinese(const QString &family)
{
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese);
}

PrintFonts::Choice findChoice()
{
    PrintFonts::Choice choice;
    for (const QString &family : PrintFonts::cjkCandidates()) {
        if (!PrintFonts::isInstalled(family))
            continue;
        if (!PrintFonts::sharesRadicalGlyphs(family)) {
            choice.cjkFamily = family;
            break;
        }
        if (choice.cjkFamily.isEmpty())
            choice.cjkFamily = family; // the last resort, unless a better one follows
    }
    choice.searchable = !choice.cjkFamily.isEmpty() && !PrintFonts::sharesRadicalGlyphs(choice.cjkFamily);

    const QString system = QFontInfo(QFontDatabase::systemFont(QFontDatabase::GeneralFont)).family();
    if (!system.isEmpty() && !coversChinese(system)) {
        choice.latinFamily = system;
    } else {
        for (const char *name : LatinFallbacks) {
            const QString family = QString::fromLatin1(name);
            if (PrintFonts::isInstalled(family) && !coversChinese(family)) {
                choice.latinFamily = family;
                break;
            }
        }
    }
    return choice;
}

} // namespace

QStringList PrintFonts::cjkCandidates()
{
    return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
            QStringLiteral("Droid Sans Fallback"), QStringLiteral("LXGW WenKai"),
            QStringLiteral("AR PL UMing CN"),      QStringLiteral("Noto Sans CJK SC")};
}

bool PrintFonts::isInstalled(const QString &family)
{
    return QFontDatabase::families().contains(family, Qt::CaseInsensitive);
}

bool PrintFonts::sharesRadicalGlyphs(const QString &family)
{
    if (!isInstalled(family))
        return false;
    QFont font(family);
    font.setPixelSize(24);
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
        return false;
    const QList<quint32> ideographs = raw.glyphIndexesForString(QString::fromUtf16(Ideographs));
    const QList<quint32> radicals = raw.glyphIndexesForString(QString::fromUtf16(Radicals));
    for (qsizetype i = 0; i < std::min(ideographs.size(), radicals.size()); ++i) {
        if (ideographs[i] != 0 && ideographs[i] == radicals[i])
            return true;
    }
    return false;
}

const PrintFonts::Choice &PrintFonts::choice()
{
    static const Choice chosen = findChoice();
    return chosen;
}

QString PrintFonts::warning()
{
    const Choice &c = choice();
    if (c.cjkFamily.isEmpty()) {
        return tr("No Chinese font is installed: Chinese text may be missing from the printout. Install WenQuanYi "
                  "Micro Hei (fonts-wqy-microhei).");
    }
    if (!c.searchable) {
        return tr("Chinese text is printed with %1, whose characters a PDF reader may copy and search as look-alike "
                  "radicals (入 as ⼊). Install WenQuanYi Micro Hei (fonts-wqy-microhei) for searchable Chinese text.")
            .arg(c.cjkFamily);
    }
    return {};
}

QFont PrintFonts::font(double points, int dpi, bool bold)
{
    QStringList families;
    const Choice &c = choice();
    if (!c.latinFamily.isEmpty())
        families.append(c.latinFamily);
    if (!c.cjkFamily.isEmpty())
        families.append(c.cjkFamily);
    QFont font;
    font.setFamilies(families);
    font.setPixelSize(std::max(1, int(std::lround(points * dpi / 72.0))));
    font.setBold(bold);
    // No ligatures: a PDF reader would copy "fi" as the one character U+FB01, and search misses it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

bool PrintFonts::hasCjk(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF))
            return true;
    }
    return false;
}
