// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/entrycsv.h"
#include "testconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString fixtures = QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/csv/");

QDateTime instant(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
    Q_ASSERT(t.isValid() && t.timeSpec() != Qt::LocalTime);
    return t.toUTC();
}

TimeEntry entry(const char *start, const char *end, int offsetMinutes, const QString &stage,
                const QString &item = QString(), const QString &block = QString(), const QString &note = QString())
{
    TimeEntry e;
    e.stageKey = stage;
    e.itemKey = item;
    e.blockId = block;
    e.start = instant(start);
    e.end = instant(end);
    e.offsetMinutes = offsetMinutes;
    e.note = note;
    e.source = TimeEntry::Source::Import;
    return e;
}

QByteArray fixture(const QString &name)
{
    QFile file(fixtures + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return file.readAll();
}

// "line: reason" per refusal, for readable failures.
QStringList render(const QList<EntryCsv::Refusal> &refusals)
{
    QStringList out;
    for (const EntryCsv::Refusal &r : refusals)
        out.append(QString::number(r.line) + QStringLiteral(": ") + r.reason);
    return out;
}

using Expected = QList<QPair<int, QString>>; // line, a substring of the reason

} // namespace

Q_DECLARE_METATYPE(TimeEntry)
Q_DECLARE_METATYPE(Expected)

// For QCOMPARE's messages.
char *toString(const TimeEntry &e)
{
    const QString text = QStringLiteral("%1/%2 +%3min %4|%5|%6 \"%7\"")
                             .arg(e.start.toString(Qt::ISODateWithMs),
                                  e.end ? e.end->toString(Qt::ISODateWithMs) : QStringLiteral("open"))
                             .arg(e.offsetMinutes)
                             .arg(e.stageKey, e.itemKey, e.blockId, e.note);
    return qstrdup(text.toUtf8().constData());
}

namespace {

void compareRefusals(const QList<EntryCsv::Refusal> &refusals, const Expected &expected)
{
    const QStringList rendered = render(refusals);
    if (refusals.size() != expected.size())
        qWarning().noquote() << rendered.join(QLatin1Char('\n'));
    QCOMPARE(int(refusals.size()), int(expected.size()));
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(refusals.at(i).line == expected.at(i).first, qPrintable(rendered.at(i)));
        QVERIFY2(refusals.at(i).reason.contains(expected.at(i).second), qPrintable(rendered.at(i)));
    }
}

} // namespace

class TestEntryCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void roundTripAll();
    void writeFormat();
    void writeByteOrderMark();
    void neutralised_data();
    void neutralised();
    void readLenient_data();
    void readLenient();
    void headerOnly_data();
    void headerOnly();
    void refused_data();
    void refused();
    void refusalsCapped();
    void tooManyRows();
    void tooManyBytes();
    void files();
    void fileErrors();
};

void TestEntryCsv::roundTrip_data()
{
    QTest::addColumn<TimeEntry>("entry");
    QTest::addColumn<bool>("bom");

    const QString algebra = QStringLiteral("algebra");
    const auto add = [&](const char *name, const TimeEntry &e) {
        QTest::newRow(name) << e << false;
        QTest::newRow(qPrintable(QStringLiteral("%1, BOM").arg(QLatin1String(name)))) << e << true;
    };
    add("plain", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QStringLiteral("groups"),
                       QStringLiteral("b-17"), QStringLiteral("chapter 3")));
    add("comma", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(), QString(),
                       QStringLiteral("groups, rings, fields")));
    add("quotes", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(), QString(),
                        QStringLiteral("the \"hard\" part, \"\" and a lone \" here")));
    add("LF in note", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(), QString(),
                            QStringLiteral("line one\nline two\n")));
    add("CRLF in note", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(),
                              QString(), QStringLiteral("line one\r\nline two\r\n\r\n")));
    add("lone CR in note", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(),
                                 QString(), QStringLiteral("a\rb")));
    add("Chinese", entry("2027-03-01T19:30:00+08:00", "2027-03-01T21:00:00+08:00", 480, QStringLiteral("线性代数"),
                         QStringLiteral("特征值"), QString(), QStringLiteral("复习第三章，“矩阵”与行列式 😀")));
    add("=SUM(A1)", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(), QString(),
                          QStringLiteral("=SUM(A1)")));
    add("+1", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(), QString(),
                    QStringLiteral("+1")));
    add("-2", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(), QString(),
                    QStringLiteral("-2")));
    add("@cmd", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(), QString(),
                      QStringLiteral("@cmd|' /C calc'!A0")));
    add("leading tab", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(),
                             QString(), QStringLiteral("\t=1+1")));
    add("leading CR", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(), QString(),
                            QStringLiteral("\r=1+1")));
    add("apostrophes", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(),
                             QString(), QStringLiteral("''=already neutral")));
    add("plain apostrophe", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra, QString(),
                                  QString(), QStringLiteral("'tis done")));
    add("formula-like keys", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60,
                                   QStringLiteral("-stage"), QStringLiteral("=item"), QStringLiteral("@block")));
    add("empty item, block and note", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra));
    add("spaces kept", entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, algebra,
                             QStringLiteral(" item "), QString(), QStringLiteral("  padded  ")));
    add("+00:00", entry("2027-03-01T19:30:00Z", "2027-03-01T21:00:00Z", 0, algebra));
    add("-05:00", entry("2027-03-01T19:30:00-05:00", "2027-03-01T21:00:00-05:00", -300, algebra));
    add("+05:45", entry("2027-03-01T19:30:00+05:45", "2027-03-01T21:00:00+05:45", 345, algebra));
    add("-09:30", entry("2027-03-01T19:30:00-09:30", "2027-03-01T21:00:00-09:30", -570, algebra));
    add("+14:00", entry("2027-03-01T19:30:00+14:00", "2027-03-01T21:00:00+14:00", 840, algebra));
    add("across midnight", entry("2027-03-01T23:10:00+01:00", "2027-03-02T01:20:00+01:00", 60, algebra));
    add("across midnight UTC only", entry("2027-03-01T23:30:00Z", "2027-03-02T00:30:00Z", 480, algebra));
    add("across new year", entry("2026-12-31T22:00:00+09:00", "2027-01-01T02:00:00+09:00", 540, algebra));
    // Berlin, 28 March 2027: 02:00 +01:00 becomes 03:00 +02:00. The entry keeps the offset it began in.
    add("across spring DST", entry("2027-03-28T01:30:00+01:00", "2027-03-28T03:30:00+02:00", 60, algebra));
    // Berlin, 31 October 2027: 03:00 +02:00 becomes 02:00 +01:00; 02:30 happens twice.
    add("across autumn DST", entry("2027-10-31T02:30:00+02:00", "2027-10-31T02:30:00+01:00", 120, algebra));
    add("autumn DST, second 02:30", entry("2027-10-31T02:30:00+01:00", "2027-10-31T03:15:00+01:00", 60, algebra));
    add("milliseconds", entry("2027-03-01T19:30:00.250+01:00", "2027-03-01T21:00:00.007+01:00", 60, algebra));
    add("zero length", entry("2027-03-01T19:30:00+01:00", "2027-03-01T19:30:00+01:00", 60, algebra));
    add("exactly 24 hours", entry("2027-03-01T19:30:00+01:00", "2027-03-02T19:30:00+01:00", 60, algebra));
    add("year 0999", entry("0999-03-01T19:30:00+01:00", "0999-03-01T21:00:00+01:00", 60, algebra));
}

void TestEntryCsv::roundTrip()
{
    QFETCH(TimeEntry, entry);
    QFETCH(bool, bom);

    EntryCsv::WriteOptions options;
    options.byteOrderMark = bom;
    const QByteArray data = EntryCsv::write({entry}, options);
    QCOMPARE(data.startsWith("\xEF\xBB\xBF"), bom);
    const EntryCsv::ReadResult result = EntryCsv::read(data);
    QVERIFY2(result.refusals.isEmpty(), qPrintable(render(result.refusals).join(QLatin1Char('\n'))));
    QCOMPARE(result.entries.size(), 1);
    const TimeEntry &back = result.entries.first();
    QCOMPARE(back.start, entry.start);
    QCOMPARE(back.end, entry.end);
    QCOMPARE(back.start.toMSecsSinceEpoch(), entry.start.toMSecsSinceEpoch());
    QCOMPARE(back.end->toMSecsSinceEpoch(), entry.end->toMSecsSinceEpoch());
    QCOMPARE(back.start.timeSpec(), Qt::UTC);
    QCOMPARE(back.offsetMinutes, entry.offsetMinutes);
    QCOMPARE(back.stageKey, entry.stageKey);
    QCOMPARE(back.itemKey, entry.itemKey);
    QCOMPARE(back.blockId, entry.blockId);
    QCOMPARE(back.note, entry.note);
    QCOMPARE(back.id, qint64(0));
    QVERIFY(back.source == TimeEntry::Source::Import);
    QVERIFY(back == entry);
}

// Every case of roundTrip in one file, in order, with an open entry that is left out; written twice
// gives the same bytes.
void TestEntryCsv::roundTripAll()
{
    QList<TimeEntry> entries;
    entries.append(entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, QStringLiteral("a"),
                         QStringLiteral("i"), QStringLiteral("b"), QStringLiteral("x, \"y\"\r\nz")));
    TimeEntry open = entries.first();
    open.end.reset();
    open.note = QStringLiteral("running");
    entries.append(open);
    entries.append(entry("2027-03-28T01:30:00+01:00", "2027-03-28T03:30:00+02:00", 60, QStringLiteral("b"), QString(),
                         QString(), QStringLiteral("=cmd")));
    entries.append(entry("2027-03-01T19:30:00+08:00", "2027-03-01T21:00:00+08:00", 480, QStringLiteral("线性代数"),
                         QStringLiteral("特征值"), QString(), QStringLiteral("复习\n第三章")));

    const QByteArray data = EntryCsv::write(entries);
    QCOMPARE(EntryCsv::write(entries), data);
    QVERIFY(!data.contains("running"));
    const EntryCsv::ReadResult result =
        EntryCsv::read(data, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("线性代数")});
    QVERIFY(result.refusals.isEmpty());
    entries.removeAt(1);
    QCOMPARE(result.entries, entries);
}

void TestEntryCsv::writeFormat()
{
    const QList<TimeEntry> entries{
        entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:29+01:00", 60, QStringLiteral("algebra"),
              QStringLiteral("groups"), QStringLiteral("b-17"), QStringLiteral("=SUM(A1), \"quoted\"\r\nnext")),
        entry("2027-03-01T23:30:00Z", "2027-03-02T00:30:30.500Z", -300, QStringLiteral("analysis"), QString(),
              QString(), QStringLiteral("-2")),
        entry("2027-03-01T19:30:00+05:45", "2027-03-01T19:30:45+05:45", 345, QStringLiteral("线性代数"), QString(),
              QString(), QStringLiteral("plain")),
    };
    const QByteArray expected = QByteArrayLiteral("start,end,utc_offset,stage,item,block,minutes,note\r\n"
                                                  "2027-03-01T19:30:00+01:00,2027-03-01T21:00:29+01:00,+01:00,"
                                                  "algebra,groups,b-17,90,\"'=SUM(A1), \"\"quoted\"\"\r\nnext\"\r\n"
                                                  "2027-03-01T18:30:00-05:00,2027-03-01T19:30:30.500-05:00,-05:00,"
                                                  "analysis,,,61,'-2\r\n"
                                                  "2027-03-01T19:30:00+05:45,2027-03-01T19:30:45+05:45,+05:45,")
                                + QStringLiteral("线性代数").toUtf8() + QByteArrayLiteral(",,,1,plain\r\n");
    QCOMPARE(EntryCsv::write(entries), expected);
    QCOMPARE(EntryCsv::write({}), QByteArrayLiteral("start,end,utc_offset,stage,item,block,minutes,note\r\n"));
}

void TestEntryCsv::writeByteOrderMark()
{
    EntryCsv::WriteOptions options;
    options.byteOrderMark = true;
    QCOMPARE(EntryCsv::write({}, options), QByteArrayLiteral("\xEF\xBB\xBF"
                                                             "start,end,utc_offset,stage,item,block,minutes,note\r\n"));
    const EntryCsv::ReadResult result = EntryCsv::read(EntryCsv::write({}, options));
    QVERIFY(result.refusals.isEmpty());
    QVERIFY(result.entries.isEmpty());
}

void TestEntryCsv::neutralised_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QByteArray>("cell"); // as written

    QTest::newRow("=") << QStringLiteral("=SUM(A1)") << QByteArrayLiteral("'=SUM(A1)");
    QTest::newRow("+") << QStringLiteral("+1") << QByteArrayLiteral("'+1");
    QTest::newRow("-") << QStringLiteral("-2") << QByteArrayLiteral("'-2");
    QTest::newRow("@") << QStringLiteral("@cmd") << QByteArrayLiteral("'@cmd");
    QTest::newRow("tab") << QStringLiteral("\tx") << QByteArrayLiteral("'\tx");
    QTest::newRow("CR") << QStringLiteral("\rx") << QByteArrayLiteral("\"'\rx\"");
    QTest::newRow("apostrophe then =") << QStringLiteral("'=x") << QByteArrayLiteral("''=x");
    QTest::newRow("apostrophe alone") << QStringLiteral("'tis") << QByteArrayLiteral("'tis");
    QTest::newRow("apostrophes only") << QStringLiteral("''") << QByteArrayLiteral("''");
    QTest::newRow("= later") << QStringLiteral("a=b") << QByteArrayLiteral("a=b");
    QTest::newRow("space then =") << QStringLiteral(" =x") << QByteArrayLiteral(" =x");
    QTest::newRow("comma") << QStringLiteral("=a,b") << QByteArrayLiteral("\"'=a,b\"");
    QTest::newRow("quote") << QStringLiteral("@\"x\"") << QByteArrayLiteral("\"'@\"\"x\"\"\"");
}

void TestEntryCsv::neutralised()
{
    QFETCH(QString, note);
    QFETCH(QByteArray, cell);

    const TimeEntry e = entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, QStringLiteral("s"),
                              QString(), QString(), note);
    const QByteArray data = EntryCsv::write({e});
    const QByteArray row = "2027-03-01T19:30:00+01:00,2027-03-01T21:00:00+01:00,+01:00,s,,,90," + cell + "\r\n";
    QVERIFY2(data.endsWith(row), data.constData());
    const EntryCsv::ReadResult result = EntryCsv::read(data);
    QCOMPARE(result.entries.size(), 1);
    QCOMPARE(result.entries.first().note, note);
}

void TestEntryCsv::readLenient_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<TimeEntry>>("expected");

    const QString s = QStringLiteral("algebra");
    const TimeEntry plain = entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, s,
                                  QStringLiteral("groups"), QString(), QStringLiteral("n"));

    QTest::newRow("LF, no final line end")
        << QByteArrayLiteral("start,end,utc_offset,stage,item,block,minutes,note\n"
                             "2027-03-01T19:30:00+01:00,2027-03-01T21:00:00+01:00,+01:00,algebra,groups,,90,n")
        << QList<TimeEntry>{plain};
    QTest::newRow("BOM and columns in another order")
        << QByteArrayLiteral("\xEF\xBB\xBFnote,stage,end,minutes,start,block,item,utc_offset\r\n"
                             "n,algebra,2027-03-01T21:00:00+01:00,90,2027-03-01T19:30:00+01:00,,groups,+01:00\r\n")
        << QList<TimeEntry>{plain};
    QTest::newRow("names in other case, spaces around them")
        << QByteArrayLiteral("Start , END,Stage,Item,Note\r\n"
                             "2027-03-01T19:30:00+01:00,2027-03-01T21:00:00+01:00,algebra,groups,n\r\n")
        << QList<TimeEntry>{plain};
    // Without utc_offset the start's offset is the entry's; the end may carry another.
    QTest::newRow("only the required columns")
        << QByteArrayLiteral("start,end,stage\r\n"
                             "2027-03-28T01:30:00+01:00,2027-03-28T03:30:00+02:00,algebra\r\n"
                             "2027-03-01T19:30:00Z,2027-03-01T21:00:00Z,algebra\r\n")
        << QList<TimeEntry>{entry("2027-03-28T01:30:00+01:00", "2027-03-28T03:30:00+02:00", 60, s),
                            entry("2027-03-01T19:30:00Z", "2027-03-01T21:00:00Z", 0, s)};
    QTest::newRow("minutes without seconds, a space for T, fractions")
        << QByteArrayLiteral("start,end,utc_offset,stage\r\n"
                             "2027-03-01 19:30+01:00,2027-03-01T21:00:00.5+01:00,+01:00,algebra\r\n")
        << QList<TimeEntry>{entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00.500+01:00", 60, s)};
    QTest::newRow("minutes column ignored")
        << QByteArrayLiteral("start,end,utc_offset,stage,minutes\r\n"
                             "2027-03-01T19:30:00+01:00,2027-03-01T21:00:00+01:00,+01:00,algebra,12345\r\n"
                             "2027-03-01T19:30:00+01:00,2027-03-01T21:00:00+01:00,+01:00,algebra,lots\r\n")
        << QList<TimeEntry>{entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, s),
                            entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, s)};
    QTest::newRow("blank lines and empty rows skipped")
        << QByteArrayLiteral("start,end,utc_offset,stage,item,block,minutes,note\r\n"
                             "\r\n"
                             "2027-03-01T19:30:00+01:00,2027-03-01T21:00:00+01:00,+01:00,algebra,groups,,90,n\r\n"
                             ",,,,,,,\r\n"
                             "\n"
                             "\"\",,,,,,,\r\n"
                             "\r\n")
        << QList<TimeEntry>{plain};
    QTest::newRow("a neutralised offset, quoted plain fields")
        << QByteArrayLiteral("start,end,utc_offset,stage,item,block,minutes,note\r\n"
                             "\"2027-03-01T19:30:00+01:00\",2027-03-01T21:00:00+01:00,'+01:00,\"algebra\",groups,"
                             "\"\",90,\"n\"\r\n")
        << QList<TimeEntry>{plain};
    QTest::newRow("a note that begins with an apostrophe only")
        << QByteArrayLiteral("start,end,stage,note\r\n"
                             "2027-03-01T19:30:00+01:00,2027-03-01T21:00:00+01:00,algebra,'quoted'\r\n")
        << QList<TimeEntry>{entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, s, QString(), QString(),
                                  QStringLiteral("'quoted'"))};
}

void TestEntryCsv::readLenient()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<TimeEntry>, expected);

    const EntryCsv::ReadResult result = EntryCsv::read(data, {QStringLiteral("algebra")});
    QVERIFY2(result.refusals.isEmpty(), qPrintable(render(result.refusals).join(QLatin1Char('\n'))));
    QCOMPARE(result.entries, expected);
}

void TestEntryCsv::headerOnly_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("CRLF") << QByteArrayLiteral("start,end,utc_offset,stage,item,block,minutes,note\r\n");
    QTest::newRow("no line end") << QByteArrayLiteral("start,end,utc_offset,stage,item,block,minutes,note");
    QTest::newRow("BOM, LF") << QByteArrayLiteral("\xEF\xBB\xBFstart,end,utc_offset,stage,item,block,minutes,note\n");
    QTest::newRow("blank lines after") << QByteArrayLiteral("start,end,stage\r\n\r\n\r\n");
}

// A file with the header and no rows is an export of an empty range: zero entries, not a refusal.
void TestEntryCsv::headerOnly()
{
    QFETCH(QByteArray, data);
    const EntryCsv::ReadResult result = EntryCsv::read(data);
    QVERIFY2(result.refusals.isEmpty(), qPrintable(render(result.refusals).join(QLatin1Char('\n'))));
    QVERIFY(result.entries.isEmpty());
}

void TestEntryCsv::refused_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("knownStages");
    QTest::addColumn<Expected>("expected");

    QTest::newRow("empty file") << QStringLiteral("empty.csv") << QStringList()
                                << Expected{{0, QStringLiteral("empty")}};
    QTest::newRow("BOM and a line end only")
        << QStringLiteral("bom-only.csv") << QStringList() << Expected{{0, QStringLiteral("empty")}};
    QTest::newRow("wrong header") << QStringLiteral("wrong-header.csv") << QStringList()
                                  << Expected{{1, QStringLiteral("unknown column “date” in the header; unknown "
                                                                 "column “duration” in the header; unknown column "
                                                                 "“subject” in the header; the header has no column "
                                                                 "“start”")}};
    QTest::newRow("rows without header") << QStringLiteral("no-header.csv") << QStringList()
                                         << Expected{{1, QStringLiteral("the first row is not a header")}};
    QTest::newRow("missing column") << QStringLiteral("missing-column.csv") << QStringList()
                                    << Expected{{1, QStringLiteral("no column “stage”")}};
    QTest::newRow("unknown column") << QStringLiteral("unknown-column.csv") << QStringList()
                                    << Expected{{1, QStringLiteral("unknown column “mood”")}};
    QTest::newRow("unterminated quote at EOF")
        << QStringLiteral("unterminated-quote.csv") << QStringList() << Expected{{3, QStringLiteral("never closed")}};
    QTest::newRow("bad dates") << QStringLiteral("bad-dates.csv") << QStringList()
                               << Expected{
                                      {3, QStringLiteral("the start “2027-02-30T19:30:00+01:00” is not a date")},
                                      {4, QStringLiteral("the start “yesterday”")},
                                      {5, QStringLiteral("the start “2027-03-01T19:30:00” is not")},
                                      {6, QStringLiteral("the start “2027-03-01T24:00:00+01:00”")},
                                      {7, QStringLiteral("the end “01/03/2027 21:00”")},
                                      {8, QStringLiteral("the UTC offset “+1h”")},
                                  };
    // Quoted line breaks count as lines: a refusal names the line its row begins on.
    QTest::newRow("lines of quoted line breaks")
        << QStringLiteral("line-numbers.csv") << QStringList()
        << Expected{{7, QStringLiteral("the end is before the start")}, {9, QStringLiteral("the end is before")}};
    QTest::newRow("end before start") << QStringLiteral("end-before-start.csv") << QStringList()
                                      << Expected{{3, QStringLiteral("the end is before the start")}};
    QTest::newRow("over 24 hours") << QStringLiteral("over-24-hours.csv") << QStringList()
                                   << Expected{{3, QStringLiteral("longer than 24 hours")}};
    QTest::newRow("unknown stage") << QStringLiteral("unknown-stage.csv")
                                   << QStringList{QStringLiteral("algebra"), QStringLiteral("analysis")}
                                   << Expected{{3, QStringLiteral("there is no stage “geometry”")}};
    QTest::newRow("invalid UTF-8") << QStringLiteral("invalid-utf8.csv") << QStringList()
                                   << Expected{
                                          {3, QStringLiteral("not valid UTF-8")},
                                          {4, QStringLiteral("not valid UTF-8")},
                                          {5, QStringLiteral("not valid UTF-8")},
                                          {6, QStringLiteral("not valid UTF-8")},
                                      };
    QTest::newRow("binary junk after the header") << QStringLiteral("binary-junk.csv") << QStringList()
                                                  << Expected{{2, QStringLiteral("NUL byte")},
                                                              {3, QStringLiteral("the row has 1 field")},
                                                              {4, QStringLiteral("NUL byte")}};
    QTest::newRow("binary file") << QStringLiteral("binary-file.csv") << QStringList()
                                 << Expected{{1, QStringLiteral("the header is not valid UTF-8")}};
    QTest::newRow("field count") << QStringLiteral("field-count.csv") << QStringList()
                                 << Expected{{3, QStringLiteral("the row has 7 field")},
                                             {4, QStringLiteral("the row has 9 field")}};
    QTest::newRow("stray quotes and CR") << QStringLiteral("stray-quotes.csv") << QStringList()
                                         << Expected{{3, QStringLiteral("a quote inside a field")},
                                                     {4, QStringLiteral("text after the closing quote")},
                                                     {5, QStringLiteral("carriage return")}};
    QTest::newRow("offset mismatch") << QStringLiteral("offset-mismatch.csv") << QStringList()
                                     << Expected{{2, QStringLiteral("the start has the offset +01:00, the utc_offset "
                                                                    "column +02:00")}};
    QTest::newRow("empty stage") << QStringLiteral("empty-stage.csv") << QStringList()
                                 << Expected{{2, QStringLiteral("the stage is empty")}};
    QTest::newRow("every problem of a row") << QStringLiteral("many-problems.csv") << QStringList()
                                            << Expected{{2, QStringLiteral("the stage is empty; the start has the "
                                                                           "offset +01:00, the utc_offset column "
                                                                           "+02:00; the end is before the start")}};
}

// Each file has good rows too (where it has rows): nothing of it is imported.
void TestEntryCsv::refused()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, knownStages);
    QFETCH(Expected, expected);

    const EntryCsv::ReadResult result = EntryCsv::read(::fixture(fixture), knownStages);
    QVERIFY(result.entries.isEmpty());
    compareRefusals(result.refusals, expected);
}

void TestEntryCsv::refusalsCapped()
{
    QByteArray data = "start,end,stage\r\n";
    for (int i = 0; i < EntryCsv::MaxReportedRefusals + 50; ++i)
        data += "2027-03-01T21:00:00Z,2027-03-01T19:00:00Z,algebra\r\n";
    data += "2027-03-01T21:00:00Z,\"open\r\n";
    const EntryCsv::ReadResult result = EntryCsv::read(data);
    QVERIFY(result.entries.isEmpty());
    QCOMPARE(int(result.refusals.size()), EntryCsv::MaxReportedRefusals + 2);
    QCOMPARE(result.refusals.at(EntryCsv::MaxReportedRefusals - 1).line, EntryCsv::MaxReportedRefusals + 1);
    const EntryCsv::Refusal more = result.refusals.at(EntryCsv::MaxReportedRefusals);
    QCOMPARE(more.line, EntryCsv::MaxReportedRefusals + 2);
    QVERIFY2(more.reason.contains(QStringLiteral("50 more")), qPrintable(more.reason));
    // The quote that is never closed is reported whatever came before it.
    QCOMPARE(result.refusals.last().line, EntryCsv::MaxReportedRefusals + 52);
    QVERIFY(result.refusals.last().reason.contains(QStringLiteral("never closed")));
}

void TestEntryCsv::tooManyRows()
{
    // Rows that are short but not blank: they count, and each would be refused on its own.
    const QByteArray row = ",,s\n";
    QByteArray data = "start,end,stage\n";
    data.reserve(data.size() + row.size() * (EntryCsv::MaxRows + 1));
    for (int i = 0; i < EntryCsv::MaxRows + 1; ++i)
        data += row;
    const EntryCsv::ReadResult result = EntryCsv::read(data);
    QVERIFY(result.entries.isEmpty());
    QVERIFY(!result.refusals.isEmpty());
    const EntryCsv::Refusal last = result.refusals.last();
    QCOMPARE(last.line, EntryCsv::MaxRows + 2);
    QVERIFY2(last.reason.contains(QString::number(EntryCsv::MaxRows)), qPrintable(last.reason));
}

void TestEntryCsv::tooManyBytes()
{
    QByteArray data = "start,end,stage\r\n";
    data.append(QByteArray(EntryCsv::MaxBytes + 1 - data.size(), '\n'));
    QCOMPARE(qint64(data.size()), EntryCsv::MaxBytes + 1);
    const EntryCsv::ReadResult result = EntryCsv::read(data);
    QVERIFY(result.entries.isEmpty());
    compareRefusals(result.refusals, Expected{{0, QStringLiteral("MB")}});

    // A file that size is refused before it is read.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(EntryCsv::MaxBytes + 1));
    file.close();
    QString error;
    const EntryCsv::ReadResult fromFile = EntryCsv::readFile(path, {}, &error);
    QVERIFY(fromFile.entries.isEmpty());
    compareRefusals(fromFile.refusals, Expected{{0, QStringLiteral("files over 64 MB are refused")}});
}

void TestEntryCsv::files()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("entries.csv"));
    const QList<TimeEntry> entries{
        entry("2027-03-01T19:30:00+01:00", "2027-03-01T21:00:00+01:00", 60, QStringLiteral("algebra"),
              QStringLiteral("groups"), QString(), QStringLiteral("=1+1, \"x\"\nthe end")),
        entry("2027-03-01T23:30:00+08:00", "2027-03-02T00:45:00+08:00", 480, QStringLiteral("线性代数")),
    };
    EntryCsv::WriteOptions options;
    options.byteOrderMark = true;
    QString error;
    QVERIFY2(EntryCsv::writeFile(path, entries, options, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), EntryCsv::write(entries, options));
    file.close();

    const EntryCsv::ReadResult result =
        EntryCsv::readFile(path, {QStringLiteral("algebra"), QStringLiteral("线性代数")}, &error);
    QVERIFY(result.refusals.isEmpty());
    QCOMPARE(result.entries, entries);

    // Overwriting keeps the file whole: the new content replaces the old one.
    QVERIFY(EntryCsv::writeFile(path, entries.mid(1), {}, &error));
    const EntryCsv::ReadResult again = EntryCsv::readFile(path, {}, &error);
    QCOMPARE(again.entries, entries.mid(1));
}

void TestEntryCsv::fileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    const EntryCsv::ReadResult result = EntryCsv::readFile(missing, {}, &error);
    QVERIFY(error.contains(QStringLiteral("missing.csv")));
    QVERIFY(result.entries.isEmpty());
    compareRefusals(result.refusals, Expected{{0, error}});

    error.clear();
    QVERIFY(!EntryCsv::writeFile(dir.filePath(QStringLiteral("no/such/dir/out.csv")), {}, {}, &error));
    QVERIFY(error.contains(QStringLiteral("out.csv")));
}

QTEST_GUILESS_MAIN(TestEntryCsv)
#include "tst_entrycsv.moc"
