// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

// The font printed documents are set in, chosen so that the text of a PDF can be searched and copied
// as the characters that were printed.
//
// Qt's PDF writer maps each glyph back to the first code point that the font maps to it. Fonts that
// share a glyph between an ideograph and its look-alike Kangxi radical (U+2F00–U+2FDF) or CJK
// radical supplement (U+2E80–U+2EFF) therefore give the radical back (入门 is copied as ⼊⻔). Noto
// Sans and Serif CJK do. The print font is a Latin family followed by the first installed CJK
// family of cjkCandidates() that gives every sample ideograph a glyph of its own, found by reading
// the font's character map (QRawFont); Noto Sans CJK SC is the last resort, with a warning.
class PrintFonts final
{
    Q_DECLARE_TR_FUNCTIONS(PrintFonts)

public:
    struct Choice {
        QString latinFamily;     // first in the font's families(); may be empty (the CJK family alone)
        QString cjkFamily;       // empty when no CJK family is installed
        bool searchable = false; // whether Chinese text prints as characters a PDF gives back as printed
    };

    // The CJK families tried, in order.
    static QStringList cjkCandidates();
    // Whether `family` is installed under that name (not a fontconfig substitute).
    static bool isInstalled(const QString &family);
    // Whether `family` gives one of the sample ideographs (入门言大长见车马金) the very glyph of its
    // look-alike radical (⼊⻔⾔⼤⻓⻅⻋⻢⾦). False for a family that is not installed.
    static bool sharesRadicalGlyphs(const QString &family);

    // The families for this run (found once, then remembered).
    static const Choice &choice();
    // What the reader of a printout with Chinese text should know about choice() (translated), or
    // nothing when it is searchable.
    static QString warning();
    // The print font at `points` for a device of `dpi`: a pixel size, so that text measured without
    // the device is what the device draws. Without ligatures, which a PDF gives back as one character
    // (U+FB01 for "fi").
    static QFont font(double points, int dpi, bool bold = false);
    // Whether `text` holds a CJK ideograph (then warning() concerns it).
    static bool hasCjk(const QString &text);
};
