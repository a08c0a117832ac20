// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebar.h"
#include "mainwindow.h"
#include "printing/printactions.h"
#include "printing/printfonts.h"
#include "printing/printing.h"
#include "printing/printlayout.h"
#include "printing/reportprint.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/availabilityrepository.h"
#include "storage/busyrepository.h"
#include "storage/entryrepository.h"
#include "storage/roadmaprepository.h"
#include "support/clock.h"
#include "support/settings.h"
#include "testconfig.h"
#include "timeline/plandocument.h"
#include "week/weekdocument.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// The printed documents (week, plan, report) on a real database: laid out for A4 and Letter in both
// orientations with no text outside the printable area, written as PDF through the API, the menu and
// the executable's --print, and read back with poppler's pdfinfo and pdftotext: the pages and the
// text are what the data says, Chinese included, as the very characters printed. Europe/Berlin, on
// Monday 4 January 2027.
namespace {

const QTimeZone Berlin("Europe/Berlin");
const QDate Monday(2027, 1, 4);

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(Monday, QTime(8, 0), Berlin); }
};

// The note of one entry: Chinese, with the two characters Noto CJK shares with radicals.
const QString ChineseNote = QStringLiteral("复习入门笔记");
const QString LongNote = QStringLiteral("Worked through the exercises of the attention chapter, then rewrote the "
                                        "summary in my own words and compared it with the lecture notes");

QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

bool hasRadical(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return true;
    }
    return false;
}

QString pageName(const QPageSize &size, QPageLayout::Orientation orientation)
{
    return size.key()
           + (orientation == QPageLayout::Landscape ? QStringLiteral(" landscape") : QStringLiteral(" portrait"));
}

struct Pdf {
    int pages = 0;
    QSizeF points; // the first page's size
    QString text;
};

} // namespace

Q_DECLARE_METATYPE(Printing::Document)

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void printFontKeepsIdeographs();
    void layoutStaysInThePrintableArea_data();
    void layoutStaysInThePrintableArea();
    void pdfThroughTheApi_data();
    void pdfThroughTheApi();
    void chineseTextIsSearchable_data();
    void chineseTextIsSearchable();
    void pdfThroughTheExecutable_data();
    void pdfThroughTheExecutable();
    void lastResortFontIsWarned();
    void badPrintOptions_data();
    void badPrintOptions();
    void weekHoldsTheBlocks();
    void planStagesMoveOnWhole();
    void reportTotals();
    void menuPreviewAndExport();

private:
    void open(const QString &language);
    void populate();
    Printing::Request request(Printing::Document document) const;
    std::optional<Pdf> readPdf(const QString &path);
    // What `document` must say, from the data (not from its layout).
    QStringList expectedTexts(Printing::Document document) const;
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, const QHash<QString, QString> &environment = {});

    FixedClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    QString m_database;
    QList<TimeEntry> m_entries; // as written
};

void TestPrinting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = m_dir->filePath(QStringLiteral("db.sqlite"));
    open(QStringLiteral("en"));
    populate();
}

void TestPrinting::cleanup()
{
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
    m_entries.clear();
}

void TestPrinting::open(const QString &language)
{
    m_session.reset();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<Session>(*m_settings, m_clock);
    m_session->setTimeZone(Berlin);
    m_session->applyLanguage(language);
    // Weeks start on Monday, dates are those of the language.
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                        : QLocale(QLocale::Chinese, QLocale::China));
    QString error;
    QVERIFY2(m_session->open(m_database, &error), qPrintable(error));
    QCOMPARE(m_session->document().language(), language);
}

// Availability, a busy calendar, a stored plan, ticks and three weeks of study log.
void TestPrinting::populate()
{
    const int roadmapId = m_session->document().roadmapId();
    QString error;
    const std::optional<Availability> availability =
        AvailabilityText::parse(QStringLiteral("mon-fri 19:00-21:30, sat 09:00-12:00"), &error);
    QVERIFY2(availability, qPrintable(error));
    QVERIFY2(m_session->availabilities().save(roadmapId, *availability, &error), qPrintable(error));
    BusyEvent choir{QDateTime(Monday.addDays(2), QTime(19, 0), Berlin).toUTC(),
                    QDateTime(Monday.addDays(2), QTime(21, 30), Berlin).toUTC(), QStringLiteral("Choir"), false};
    // On the Saturday: in the week whether it starts on Monday (en_GB) or on Sunday (zh_CN).
    BusyEvent trip{QDateTime(Monday.addDays(5), QTime(0, 0), Berlin).toUTC(),
                   QDateTime(Monday.addDays(6), QTime(0, 0), Berlin).toUTC(), QStringLiteral("Trip"), true};
    QVERIFY2(m_session->busy().replaceCalendar(
                 QStringLiteral("test.ics"), QStringLiteral("Test"), QDateTime(Monday.addDays(-7), QTime(0, 0), Berlin),
                 QDateTime(Monday.addDays(60), QTime(0, 0), Berlin), m_clock.now(), {choir, trip}, &error)
                 > 0,
             qPrintable(error));
    // A stored plan, so that the executable prints the same dates whatever day it runs on.
    QVERIFY(m_session->plan().setStart(QDate(2026, 12, 28)));
    QVERIFY2(m_session->roadmaps().setItemDone(roadmapId, QStringLiteral("1.1.1"), true, &error), qPrintable(error));
    const Stage &first = m_session->document().roadmap().stages.constFirst();
    const QString assessment = [&] {
        for (const Section &section : first.sections) {
            if (section.kind == ItemKind::Assessment)
                return section.items.constFirst().key;
        }
        return QString();
    }();
    QVERIFY(!assessment.isEmpty());
    QVERIFY2(m_session->roadmaps().setItemDone(roadmapId, assessment, true, &error), qPrintable(error));

    QList<TimeEntry> entries;
    for (int day = 0; day < 21; day += 2) {
        TimeEntry e;
        e.stageKey = day < 14 ? QStringLiteral("1") : QStringLiteral("2");
        e.itemKey = day % 4 == 0 ? QStringLiteral("1.1.1") : QString();
        if (e.stageKey == QLatin1String("2"))
            e.itemKey.clear();
        e.start = QDateTime(QDate(2026, 12, 28).addDays(day), QTime(19, 15), Berlin);
        e.end = e.start.addSecs(60 * (40 + 5 * day));
        e.offsetMinutes = 60;
        e.note = day == 8 ? ChineseNote : day == 10 ? LongNote : QStringLiteral("Session %1").arg(day);
        entries.append(e);
    }
    QVERIFY2(m_session->entries().change(roadmapId, {}, entries, &error), qPrintable(error));
    m_entries = entries;
}

Printing::Request TestPrinting::request(Printing::Document document) const
{
    Printing::Request r;
    r.document = document;
    r.from = document == Printing::Document::Report ? QDate(2027, 1, 1) : Monday;
    r.to = QDate(2027, 1, 31);
    return r;
}

std::optional<Pdf> TestPrinting::readPdf(const QString &path)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdfinfo.isEmpty() || pdftotext.isEmpty())
        return std::nullopt;
    Pdf pdf;
    QProcess info;
    info.start(pdfinfo, {path});
    if (!info.waitForFinished(60000) || info.exitCode() != 0)
        return pdf;
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(infoText);
    pdf.pages = pages.hasMatch() ? pages.captured(1).toInt() : 0;
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(infoText);
    if (size.hasMatch())
        pdf.points = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        return pdf;
    pdf.text = QString::fromUtf8(text.readAllStandardOutput());
    return pdf;
}

QStringList TestPrinting::expectedTexts(Printing::Document document) const
{
    const Roadmap &roadmap = m_session->document().roadmap();
    QStringList texts;
    switch (document) {
    case Printing::Document::Week:
        texts << roadmap.title << PrintLayout::date(m_session->week().firstDay())
              << PrintLayout::date(m_session->week().firstDay().addDays(6));
        texts << PrintLayout::hours(m_session->week().week().budgetHours);
        for (const StudyBlock &block : m_session->week().blocks()) {
            const QLocale locale;
            texts << locale.toString(block.start.toTimeZone(Berlin).time(), QLocale::ShortFormat) + QStringLiteral("–")
                         + locale.toString(block.end.toTimeZone(Berlin).time(), QLocale::ShortFormat);
        }
        texts << QStringLiteral("Choir") << QStringLiteral("Trip");
        break;
    case Printing::Document::Plan:
        texts << roadmap.title;
        for (const Stage &stage : roadmap.stages) {
            texts << stage.title;
            for (const QString &goal : stage.goals)
                texts << goal;
            for (const Section &section : stage.sections) {
                if (section.kind != ItemKind::Assessment || !stage.counts(section))
                    continue;
                for (const Item &item : section.items)
                    texts << item.title;
            }
        }
        texts << PrintLayout::date(QDate(2026, 12, 28));
        break;
    case Printing::Document::Report: {
        double total = 0;
        for (const TimeEntry &entry : m_entries) {
            if (ReportPrint::dayOf(entry) < QDate(2027, 1, 1))
                continue;
            total += entry.seconds() / 3600.0;
            texts << entry.note;
        }
        texts << PrintLayout::hours(total) << roadmap.stages.at(0).title << roadmap.stages.at(1).title;
        break;
    }
    }
    return texts;
}

TestPrinting::Run TestPrinting::run(const QStringList &arguments, const QHash<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8")); // weeks start on Monday, as in this test
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("DISPLAY")); // printing needs fonts, not a display
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STUDYPLANNER_EXE), arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The print font sets Chinese in a family that gives every ideograph its own glyph; Noto CJK, which
// shares them with radicals, is recognised as such from its character map.
void TestPrinting::printFontKeepsIdeographs()
{
    const PrintFonts::Choice &choice = PrintFonts::choice();
    if (PrintFonts::isInstalled(QStringLiteral("Noto Sans CJK SC")))
        QVERIFY(PrintFonts::sharesRadicalGlyphs(QStringLiteral("Noto Sans CJK SC")));
    QVERIFY(!PrintFonts::sharesRadicalGlyphs(QStringLiteral("No Such Font Family")));
    if (!choice.searchable)
        QSKIP("No CJK font that keeps ideographs apart from radicals is installed (fonts-wqy-microhei)");
    QVERIFY(!PrintFonts::sharesRadicalGlyphs(choice.cjkFamily));
    QVERIFY(PrintFonts::warning().isEmpty());
    // The first candidate installed that keeps them apart.
    for (const QString &family : PrintFonts::cjkCandidates()) {
        if (family == choice.cjkFamily)
            break;
        QVERIFY2(!PrintFonts::isInstalled(family) || PrintFonts::sharesRadicalGlyphs(family), qPrintable(family));
    }
    const QFont font = PrintFonts::font(9, 1200);
    QCOMPARE(font.families().constLast(), choice.cjkFamily);
    if (!choice.latinFamily.isEmpty())
        QCOMPARE(font.families().constFirst(), choice.latinFamily);
    QCOMPARE(font.pixelSize(), 150);
    QVERIFY(PrintFonts::hasCjk(QStringLiteral("Stage 入门")));
    QVERIFY(!PrintFonts::hasCjk(QStringLiteral("Stage one")));
}

void TestPrinting::layoutStaysInThePrintableArea_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Printing::Document>("document");
    QTest::addColumn<QPageSize>("size");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (const Printing::Document document :
             {Printing::Document::Week, Printing::Document::Plan, Printing::Document::Report}) {
            for (const QPageSize &size : {QPageSize(QPageSize::A4), QPageSize(QPageSize::Letter)}) {
                for (const QPageLayout::Orientation orientation : {QPageLayout::Portrait, QPageLayout::Landscape}) {
                    const QString name = language + QLatin1Char(' ') + Printing::name(document) + QLatin1Char(' ')
                                         + pageName(size, orientation);
                    QTest::newRow(qPrintable(name)) << language << document << size << orientation;
                }
            }
        }
    }
}

// Every text's drawn extent (measured with its font) lies in its own box and in the printable area;
// so do the shapes.
void TestPrinting::layoutStaysInThePrintableArea()
{
    QFETCH(QString, language);
    QFETCH(Printing::Document, document);
    QFETCH(QPageSize, size);
    QFETCH(QPageLayout::Orientation, orientation);
    if (language != QLatin1String("en"))
        open(language);
    const PageSetup setup = PageSetup::make(size, orientation);
    QString error;
    const std::optional<PrintDocument> laidOut = Printing::layout(*m_session, request(document), setup, &error);
    QVERIFY2(laidOut, qPrintable(error));
    QVERIFY(!laidOut->pages.isEmpty());
    const QRectF area(QPointF(0, 0), setup.area());
    QCOMPARE(laidOut->area, area.size());
    const QRectF allowed = area.adjusted(-1, -1, 1, 1); // a device pixel of rounding: 1/1200 inch
    int texts = 0;
    for (int p = 0; p < laidOut->pages.size(); ++p) {
        for (const PrintItem &item : laidOut->pages[p].items) {
            const QString where = QStringLiteral("page %1: “%2”").arg(p + 1).arg(item.text);
            switch (item.kind) {
            case PrintItem::Kind::Text: {
                ++texts;
                QVERIFY2(!item.text.isEmpty(), qPrintable(where));
                const QRectF drawn = QFontMetricsF(item.font).boundingRect(item.rect, item.flags, item.text);
                QVERIFY2(allowed.contains(drawn), qPrintable(where));
                QVERIFY2(item.rect.adjusted(-1, -1, 1, 1).contains(drawn), qPrintable(where));
                break;
            }
            case PrintItem::Kind::Rect:
            case PrintItem::Kind::CheckBox:
                QVERIFY2(allowed.contains(item.rect), qPrintable(where));
                break;
            case PrintItem::Kind::Line:
                QVERIFY2(allowed.contains(item.line.p1()) && allowed.contains(item.line.p2()), qPrintable(where));
                break;
            }
        }
    }
    QVERIFY(texts > 10);
    if (document == Printing::Document::Week)
        QCOMPARE(laidOut->pages.size(), 1);
}

void TestPrinting::pdfThroughTheApi_data()
{
    QTest::addColumn<Printing::Document>("document");
    QTest::addColumn<QPageSize>("size");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    for (const Printing::Document document :
         {Printing::Document::Week, Printing::Document::Plan, Printing::Document::Report}) {
        for (const QPageSize &size : {QPageSize(QPageSize::A4), QPageSize(QPageSize::Letter)}) {
            for (const QPageLayout::Orientation orientation : {QPageLayout::Portrait, QPageLayout::Landscape}) {
                QTest::newRow(qPrintable(Printing::name(document) + QLatin1Char(' ') + pageName(size, orientation)))
                    << document << size << orientation;
            }
        }
    }
}

// The PDF has the pages of the layout, on the paper asked for, and its text is what the data says.
void TestPrinting::pdfThroughTheApi()
{
    QFETCH(Printing::Document, document);
    QFETCH(QPageSize, size);
    QFETCH(QPageLayout::Orientation, orientation);
    const PageSetup setup = PageSetup::make(size, orientation);
    QString error;
    const std::optional<PrintDocument> laidOut = Printing::layout(*m_session, request(document), setup, &error);
    QVERIFY2(laidOut, qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("out.pdf"));
    QVERIFY2(Printing::writePdf(*laidOut, setup, path, &error), qPrintable(error));
    const std::optional<Pdf> pdf = readPdf(path);
    if (!pdf)
        QSKIP("pdfinfo and pdftotext (poppler-utils) are needed to read the PDF back");
    QCOMPARE(pdf->pages, laidOut->pages.size());
    const QSizeF points = size.size(QPageSize::Point);
    const QSizeF expected = orientation == QPageLayout::Landscape ? points.transposed() : points;
    QVERIFY2(std::abs(pdf->points.width() - expected.width()) < 1.5
                 && std::abs(pdf->points.height() - expected.height()) < 1.5,
             qPrintable(QStringLiteral("%1 x %2").arg(pdf->points.width()).arg(pdf->points.height())));

    const QString text = squeezed(pdf->text);
    for (const QString &expectedText : expectedTexts(document))
        QVERIFY2(text.contains(squeezed(expectedText)), qPrintable(expectedText));
    // Everything the layout drew is in the PDF's text, as drawn.
    for (const QString &drawn : laidOut->texts())
        QVERIFY2(text.contains(squeezed(drawn)), qPrintable(drawn));
    if (document != Printing::Document::Week) {
        QVERIFY2(text.contains(squeezed(QStringLiteral("Page %1 of %1").arg(pdf->pages))), qPrintable(pdf->text));
        // Printed "today", the session's day.
        QVERIFY2(text.contains(squeezed(QStringLiteral("Printed on %1").arg(PrintLayout::shortDate(Monday)))),
                 qPrintable(pdf->text));
    }
}

void TestPrinting::chineseTextIsSearchable_data()
{
    QTest::addColumn<Printing::Document>("document");
    QTest::newRow("week") << Printing::Document::Week;
    QTest::newRow("plan") << Printing::Document::Plan;
    QTest::newRow("report") << Printing::Document::Report;
}

// In Chinese, pdftotext gives back the ideographs printed (入门, not the radicals ⼊⻔).
void TestPrinting::chineseTextIsSearchable()
{
    QFETCH(Printing::Document, document);
    if (!PrintFonts::choice().searchable)
        QSKIP("No CJK font that keeps ideographs apart from radicals is installed (fonts-wqy-microhei)");
    open(QStringLiteral("zh_CN"));
    const PageSetup setup = PageSetup::make(QPageSize(QPageSize::A4), Printing::defaultOrientation(document));
    QString error;
    const std::optional<PrintDocument> laidOut = Printing::layout(*m_session, request(document), setup, &error);
    QVERIFY2(laidOut, qPrintable(error));
    QVERIFY(laidOut->warning.isEmpty());
    const QString path = m_dir->filePath(QStringLiteral("zh.pdf"));
    QVERIFY2(Printing::writePdf(*laidOut, setup, path, &error), qPrintable(error));
    const std::optional<Pdf> pdf = readPdf(path);
    if (!pdf)
        QSKIP("pdfinfo and pdftotext (poppler-utils) are needed to read the PDF back");
    QVERIFY2(!hasRadical(pdf->text), qPrintable(pdf->text));
    const QString text = squeezed(pdf->text);
    QVERIFY2(text.contains(QStringLiteral("入门")), qPrintable(pdf->text));
    for (const QString &expectedText : expectedTexts(document))
        QVERIFY2(text.contains(squeezed(expectedText)), qPrintable(expectedText));
    for (const QString &drawn : laidOut->texts())
        QVERIFY2(text.contains(squeezed(drawn)), qPrintable(drawn));

    // The fonts are embedded, the chosen CJK family among them.
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (pdffonts.isEmpty())
        return;
    QProcess fonts;
    fonts.start(pdffonts, {path});
    QVERIFY(fonts.waitForFinished(60000));
    const QStringList rows = QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n')).mid(2);
    bool cjk = false;
    for (const QString &row : rows) {
        if (row.trimmed().isEmpty())
            continue;
        QVERIFY2(row.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))),
                 qPrintable(row));
        cjk |= row.startsWith(QString(PrintFonts::choice().cjkFamily).remove(QLatin1Char(' ')));
    }
    QVERIFY2(cjk, qPrintable(rows.join(QLatin1Char('\n'))));
}

void TestPrinting::pdfThroughTheExecutable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Printing::Document>("document");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSizeF>("points");
    const QStringList week{QStringLiteral("--from"), QStringLiteral("2027-01-06")};
    const QStringList report{QStringLiteral("--from"), QStringLiteral("2027-01-01"), QStringLiteral("--to"),
                             QStringLiteral("2027-01-31")};
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    const QSizeF letter = QPageSize(QPageSize::Letter).size(QPageSize::Point);
    const QStringList inA4{QStringLiteral("--page-size"), QStringLiteral("a4")};
    QTest::newRow("week, en") << QStringLiteral("en") << Printing::Document::Week << week + inA4 << a4.transposed();
    QTest::newRow("week, zh_CN, letter portrait")
        << QStringLiteral("zh_CN") << Printing::Document::Week
        << week
               + QStringList{QStringLiteral("--page-size"), QStringLiteral("letter"), QStringLiteral("--orientation"),
                             QStringLiteral("portrait")}
        << letter;
    QTest::newRow("plan, en") << QStringLiteral("en") << Printing::Document::Plan << inA4 << a4;
    QTest::newRow("plan, zh_CN") << QStringLiteral("zh_CN") << Printing::Document::Plan << inA4 << a4;
    QTest::newRow("report, en, letter landscape")
        << QStringLiteral("en") << Printing::Document::Report
        << report
               + QStringList{QStringLiteral("--page-size"), QStringLiteral("Letter"), QStringLiteral("--orientation"),
                             QStringLiteral("landscape")}
        << letter.transposed();
    QTest::newRow("report, zh_CN") << QStringLiteral("zh_CN") << Printing::Document::Report << report + inA4 << a4;
}

// studyplanner --print … --pdf FILE, without a display: the same document as the window prints.
void TestPrinting::pdfThroughTheExecutable()
{
    QFETCH(QString, language);
    QFETCH(Printing::Document, document);
    QFETCH(QStringList, options);
    QFETCH(QSizeF, points);
    const QString path = m_dir->filePath(QStringLiteral("cli.pdf"));
    const Run result =
        run(QStringList{QStringLiteral("--database"), m_database, QStringLiteral("--lang"), language,
                        QStringLiteral("--print"), Printing::name(document), QStringLiteral("--pdf"), path}
            + options);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("cli.pdf"), result.out.constData());
    const std::optional<Pdf> pdf = readPdf(path);
    if (!pdf)
        QSKIP("pdfinfo and pdftotext (poppler-utils) are needed to read the PDF back");
    QVERIFY2(std::abs(pdf->points.width() - points.width()) < 1.5
                 && std::abs(pdf->points.height() - points.height()) < 1.5,
             qPrintable(QStringLiteral("%1 x %2").arg(pdf->points.width()).arg(pdf->points.height())));
    if (language != QLatin1String("en"))
        open(language);
    // The page count the layout gives for the same data and paper.
    const QSizeF portrait = points.width() < points.height() ? points : points.transposed();
    const PageSetup setup =
        PageSetup::make(QPageSize(portrait, QPageSize::Point),
                        points.width() > points.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    QString error;
    const std::optional<PrintDocument> laidOut = Printing::layout(*m_session, request(document), setup, &error);
    QVERIFY2(laidOut, qPrintable(error));
    QCOMPARE(pdf->pages, laidOut->pages.size());
    const QString text = squeezed(pdf->text);
    for (const QString &expectedText : expectedTexts(document))
        QVERIFY2(text.contains(squeezed(expectedText)), qPrintable(expectedText));
    if (language == QLatin1String("zh_CN") && PrintFonts::choice().searchable) {
        QVERIFY2(!hasRadical(pdf->text), qPrintable(pdf->text));
        QVERIFY2(text.contains(QStringLiteral("入门")), qPrintable(pdf->text));
    }
}

// With Noto Sans CJK as the only Chinese font, the printout says what a PDF reader will do with it.
void TestPrinting::lastResortFontIsWarned()
{
    const QString fcMatch = QStandardPaths::findExecutable(QStringLiteral("fc-match"));
    if (fcMatch.isEmpty() || !PrintFonts::isInstalled(QStringLiteral("Noto Sans CJK SC")))
        QSKIP("Needs fc-match (fontconfig) and Noto Sans CJK SC (fonts-noto-cjk)");
    const auto fileOf = [&](const QString &family) {
        QProcess match;
        match.start(fcMatch, {QStringLiteral("-f"), QStringLiteral("%{file}"), family});
        return match.waitForFinished(30000) ? QString::fromLocal8Bit(match.readAllStandardOutput()) : QString();
    };
    // A fontconfig that knows Noto CJK and DejaVu only.
    const QString config = m_dir->filePath(QStringLiteral("fonts.conf"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString text =
            QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                           "<fontconfig><dir>%1</dir><dir>%2</dir><cachedir>%3</cachedir></fontconfig>\n")
                .arg(QFileInfo(fileOf(QStringLiteral("Noto Sans CJK SC"))).path(),
                     QFileInfo(fileOf(QStringLiteral("DejaVu Sans"))).path(),
                     m_dir->filePath(QStringLiteral("fontcache")));
        file.write(text.toUtf8());
    }
    const QString path = m_dir->filePath(QStringLiteral("noto.pdf"));
    const Run result = run({QStringLiteral("--database"), m_database, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                            QStringLiteral("--print"), QStringLiteral("plan"), QStringLiteral("--pdf"), path},
                           {{QStringLiteral("FONTCONFIG_FILE"), config}});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("Noto Sans CJK SC"), result.err.constData());
    QVERIFY2(result.err.contains("fonts-wqy-microhei"), result.err.constData());
    // What the warning is about.
    if (const std::optional<Pdf> pdf = readPdf(path))
        QVERIFY2(hasRadical(pdf->text), qPrintable(pdf->text));
}

void TestPrinting::badPrintOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown document") << QStringList{QStringLiteral("--print"), QStringLiteral("poster"),
                                                     QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                      << QByteArray("poster");
    QTest::newRow("no --pdf") << QStringList{QStringLiteral("--print"), QStringLiteral("plan")} << QByteArray("--pdf");
    QTest::newRow("--pdf alone") << QStringList{QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                 << QByteArray("--print");
    QTest::newRow("bad paper") << QStringList{QStringLiteral("--print"),     QStringLiteral("plan"),
                                              QStringLiteral("--pdf"),       QStringLiteral("x.pdf"),
                                              QStringLiteral("--page-size"), QStringLiteral("a3")}
                               << QByteArray("a3");
    QTest::newRow("bad orientation") << QStringList{QStringLiteral("--print"),       QStringLiteral("week"),
                                                    QStringLiteral("--pdf"),         QStringLiteral("x.pdf"),
                                                    QStringLiteral("--orientation"), QStringLiteral("sideways")}
                                     << QByteArray("sideways");
    QTest::newRow("paper without --print")
        << QStringList{QStringLiteral("--page-size"), QStringLiteral("a4")} << QByteArray("--print");
    QTest::newRow("report backwards") << QStringList{QStringLiteral("--print"), QStringLiteral("report"),
                                                     QStringLiteral("--pdf"),   QStringLiteral("x.pdf"),
                                                     QStringLiteral("--from"),  QStringLiteral("2027-02-01"),
                                                     QStringLiteral("--to"),    QStringLiteral("2027-01-01")}
                                      << QByteArray("before --from");
}

void TestPrinting::badPrintOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run result = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
}

// The week's sheet: one box to tick and one box for the minutes per block, each block's time, item
// and stage, and the busy time hatched.
void TestPrinting::weekHoldsTheBlocks()
{
    const PageSetup setup = PageSetup::make(QPageSize(QPageSize::A4), QPageLayout::Landscape);
    QString error;
    const std::optional<PrintDocument> laidOut =
        Printing::layout(*m_session, request(Printing::Document::Week), setup, &error);
    QVERIFY2(laidOut, qPrintable(error));
    const QList<StudyBlock> blocks = m_session->week().blocks();
    QVERIFY(blocks.size() >= 5);
    QCOMPARE(m_session->week().monday(), Monday);
    int boxes = 0;
    int lines = 0;
    for (const PrintItem &item : laidOut->pages.constFirst().items) {
        boxes += item.kind == PrintItem::Kind::CheckBox;
        lines += item.kind == PrintItem::Kind::Line;
    }
    QCOMPARE(boxes, blocks.size() + 1); // and one in the legend
    QVERIFY(lines > 40);                // the hatching of the busy time, the grid
    const QString all = laidOut->texts().join(QLatin1Char('\n'));
    const Roadmap &roadmap = m_session->document().roadmap();
    for (const StudyBlock &block : blocks) {
        QVERIFY(all.contains(roadmap.stage(block.stageKey)->title));
        if (const Item *item = roadmap.item(block.itemKey))
            QVERIFY2(all.contains(item->title.left(8)), qPrintable(item->title));
    }
    QVERIFY(all.contains(QStringLiteral("Week 1")));
}

// A stage that continues on the next page starts at the top of a page; the footer counts the pages.
void TestPrinting::planStagesMoveOnWhole()
{
    for (const QPageLayout::Orientation orientation : {QPageLayout::Portrait, QPageLayout::Landscape}) {
        const PageSetup setup = PageSetup::make(QPageSize(QPageSize::A4), orientation);
        QString error;
        const std::optional<PrintDocument> laidOut =
            Printing::layout(*m_session, request(Printing::Document::Plan), setup, &error);
        QVERIFY2(laidOut, qPrintable(error));
        QVERIFY(laidOut->pages.size() >= 3);
        const Roadmap &roadmap = m_session->document().roadmap();
        const int pages = int(laidOut->pages.size());
        QList<std::pair<int, PrintItem>> headings; // page, item
        for (int p = 0; p < pages; ++p) {
            bool footer = false;
            for (const PrintItem &item : laidOut->pages[p].items) {
                footer |= item.text == QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages);
                for (const Stage &stage : roadmap.stages) {
                    if (item.text == QStringLiteral("Stage %1: %2").arg(stage.key, stage.title))
                        headings.append({p, item});
                }
            }
            QVERIFY2(footer, qPrintable(QString::number(p)));
        }
        QCOMPARE(headings.size(), roadmap.stages.size());
        const double top = PrintLayout::headerHeight(setup);
        for (int i = 0; i < headings.size(); ++i) {
            // The page the stage ends on: the one before the next stage's, when that one starts a page.
            int endPage = pages - 1;
            if (i + 1 < headings.size()) {
                endPage = headings[i + 1].first;
                if (headings[i + 1].second.rect.top() <= top + 0.5)
                    --endPage;
            }
            if (endPage > headings[i].first)
                QCOMPARE(headings[i].second.rect.top(), top);
        }
        // Ticked items are drawn ticked.
        int ticked = 0;
        for (const PrintPage &page : laidOut->pages) {
            for (const PrintItem &item : page.items)
                ticked += item.kind == PrintItem::Kind::CheckBox && item.checked;
        }
        QCOMPARE(ticked, 2);
    }
}

// The report's totals per stage and per week are those of the log.
void TestPrinting::reportTotals()
{
    QMap<QString, double> stageHours;
    QMap<QDate, double> weekHours;
    int count = 0;
    for (const TimeEntry &entry : std::as_const(m_entries)) {
        const QDate day = ReportPrint::dayOf(entry);
        if (day < QDate(2027, 1, 1))
            continue;
        stageHours[entry.stageKey] += entry.seconds() / 3600.0;
        weekHours[day.addDays(1 - day.dayOfWeek())] += entry.seconds() / 3600.0;
        ++count;
    }
    QCOMPARE(count, 9);
    QString error;
    const std::optional<ReportPrint::Data> data =
        ReportPrint::gather(*m_session, QDate(2027, 1, 1), QDate(2027, 1, 31), &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->entries.size(), count);
    const PrintDocument laidOut =
        ReportPrint::layout(*data, PageSetup::make(QPageSize(QPageSize::A4), QPageLayout::Portrait));
    QList<PrintItem> items;
    for (const PrintPage &page : laidOut.pages)
        items += page.items;
    // A row's cells share its top: the cell after the title is the hours.
    const auto cellAfter = [&](const QString &title) -> QString {
        for (int i = 0; i + 1 < items.size(); ++i) {
            if (items[i].kind == PrintItem::Kind::Text && items[i].text == title)
                return items[i + 1].text;
        }
        return {};
    };
    const Roadmap &roadmap = m_session->document().roadmap();
    for (auto it = stageHours.cbegin(); it != stageHours.cend(); ++it)
        QCOMPARE(cellAfter(roadmap.stage(it.key())->title), PrintLayout::hours(it.value()));
    for (auto it = weekHours.cbegin(); it != weekHours.cend(); ++it) {
        const QString week = QStringLiteral("%1 to %2 (week %3)")
                                 .arg(PrintLayout::shortDate(it.key()), PrintLayout::shortDate(it.key().addDays(6)))
                                 .arg(it.key().weekNumber());
        QCOMPARE(cellAfter(week), PrintLayout::hours(it.value()));
    }
    // The weeks of January without study are there too, with 0 hours.
    QCOMPARE(cellAfter(QStringLiteral("%1 to %2 (week %3)")
                           .arg(PrintLayout::shortDate(QDate(2027, 1, 25)), PrintLayout::shortDate(QDate(2027, 1, 31)))
                           .arg(4)),
             QStringLiteral("0"));
}

// File → Print Week… opens the preview with the week's page; Export as PDF writes the file.
void TestPrinting::menuPreviewAndExport()
{
    MainWindow window(*m_session);
    window.show();
    QMenu *file = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(window.printActions()->printActions().constFirst()))
            file = action->menu();
    }
    QVERIFY(file);
    for (const char *name : {"actionPrintWeek", "actionPrintPlan", "actionPrintReport"})
        QVERIFY2(file->actions().contains(window.findChild<QAction *>(QLatin1String(name))), name);
    auto *exportMenu = window.findChild<QMenu *>(QStringLiteral("menuExportPdf"));
    QVERIFY(exportMenu);
    QVERIFY(file->actions().contains(exportMenu->menuAction()));
    QCOMPARE(exportMenu->actions().size(), 3);

    int previewPages = -1;
    QTimer::singleShot(0, [&previewPages] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() > 0);
        previewPages = preview->pageCount();
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("actionPrintWeek"))->trigger();
    QCOMPARE(previewPages, 1);

    // The report asks for its days first: the current month.
    QDate from;
    QDate to;
    QTimer::singleShot(0, [&from, &to] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("reportRangeDialog"));
        from = dialog->findChild<QDateEdit *>(QStringLiteral("reportFrom"))->date();
        to = dialog->findChild<QDateEdit *>(QStringLiteral("reportTo"))->date();
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("actionPrintReport"))->trigger();
    QCOMPARE(from, QDate(2027, 1, 1));
    QCOMPARE(to, QDate(2027, 1, 31));

    const QString path = m_dir->filePath(QStringLiteral("plan.pdf"));
    QVERIFY(window.printActions()->exportPdf(request(Printing::Document::Plan), path));
    QVERIFY(QFile::exists(path));
    QVERIFY2(window.messageBar()->text().contains(QStringLiteral("plan.pdf")), qPrintable(window.messageBar()->text()));
    QVERIFY(!window.printActions()->exportPdf(request(Printing::Document::Plan),
                                              m_dir->filePath(QStringLiteral("missing/dir/plan.pdf"))));
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Error);
    if (const std::optional<Pdf> pdf = readPdf(path)) {
        QVERIFY(pdf->pages >= 3);
        QVERIFY(squeezed(pdf->text).contains(squeezed(m_session->document().roadmap().stages.constFirst().title)));
    }
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
