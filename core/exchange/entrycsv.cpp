// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/entrycsv.h"

#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringView>

#include <array>
#include <optional>

namespace {

const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");

enum Column { Start, End, UtcOffset, Stage, Item, Block, Minutes, Note, ColumnCount };
constexpr std::array<const char *, ColumnCount> columnNames{"start", "end",   "utc_offset", "stage",
                                                            "item",  "block", "minutes",    "note"};

char16_t code(char c)
{
    return static_cast<uchar>(c);
}
char16_t code(QChar c)
{
    return c.unicode();
}

// A cell a spreadsheet would take for a formula: = + - @ tab or CR, after any number of apostrophes.
template <typename Text>
bool formulaLike(const Text &text)
{
    qsizetype i = 0;
    while (i < text.size() && code(text.at(i)) == u'\'')
        ++i;
    if (i == text.size())
        return false;
    const char16_t c = code(text.at(i));
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

void appendField(QByteArray &out, const QByteArray &field)
{
    bool quote = false;
    for (const char c : field) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendText(QByteArray &out, const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (formulaLike(utf8))
        utf8.prepend('\'');
    appendField(out, utf8);
}

// `value` (>= 0) with at least `width` digits.
void appendDigits(QByteArray &out, int value, int width)
{
    char digits[12];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && count < 12);
    for (int i = count; i < width; ++i)
        out += '0';
    while (count > 0)
        out += digits[--count];
}

// "+01:00", "-05:00", "+00:00".
void appendOffset(QByteArray &out, int offsetMinutes)
{
    const int magnitude = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    out += offsetMinutes < 0 ? '-' : '+';
    appendDigits(out, magnitude / 60, 2);
    out += ':';
    appendDigits(out, magnitude % 60, 2);
}

// "2027-03-01T19:30:00+01:00": the instant as the wall-clock time of `offsetMinutes`.
void appendTime(QByteArray &out, const QDateTime &instant, int offsetMinutes)
{
    const QDateTime wall = instant.toUTC().addSecs(qint64(offsetMinutes) * 60);
    const QDate d = wall.date();
    const QTime t = wall.time();
    appendDigits(out, d.year(), 4);
    out += '-';
    appendDigits(out, d.month(), 2);
    out += '-';
    appendDigits(out, d.day(), 2);
    out += 'T';
    appendDigits(out, t.hour(), 2);
    out += ':';
    appendDigits(out, t.minute(), 2);
    out += ':';
    appendDigits(out, t.second(), 2);
    if (t.msec() != 0) {
        out += '.';
        appendDigits(out, t.msec(), 3);
    }
    appendOffset(out, offsetMinutes);
}

// The digits of text[pos, pos + count) as a number, or -1.
int number(QStringView text, qsizetype pos, qsizetype count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "Z" or "±HH:MM" (at most 14 hours) at text[pos...] up to its end, in seconds.
std::optional<int> parseOffset(QStringView text, qsizetype pos)
{
    if (pos == text.size() - 1 && text.at(pos) == QLatin1Char('Z'))
        return 0;
    if (pos + 6 != text.size() || (text.at(pos) != QLatin1Char('+') && text.at(pos) != QLatin1Char('-'))
        || text.at(pos + 3) != QLatin1Char(':'))
        return std::nullopt;
    const int hours = number(text, pos + 1, 2);
    const int minutes = number(text, pos + 4, 2);
    if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 14 * 60)
        return std::nullopt;
    const int seconds = (hours * 60 + minutes) * 60;
    return text.at(pos) == QLatin1Char('-') ? -seconds : seconds;
}

struct ParsedTime {
    QDateTime instant; // UTC
    int offsetSeconds = 0;
};

// "YYYY-MM-DDTHH:MM[:SS[.s{1,3}]]" (T or a space), then "Z" or "±HH:MM".
std::optional<ParsedTime> parseTime(QStringView text)
{
    if (text.size() < 17 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-')
        || (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' ')) || text.at(13) != QLatin1Char(':'))
        return std::nullopt;
    const int year = number(text, 0, 4);
    const int month = number(text, 5, 2);
    const int day = number(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    const int hour = number(text, 11, 2);
    const int minute = number(text, 14, 2);
    int second = 0;
    int msec = 0;
    qsizetype pos = 16;
    if (text.at(pos) == QLatin1Char(':')) {
        second = number(text, pos + 1, 2);
        pos += 3;
        if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
            ++pos;
            int digits = 0;
            while (pos < text.size() && digits < 3 && text.at(pos).isDigit() && text.at(pos).unicode() < 128) {
                msec = msec * 10 + (text.at(pos).unicode() - u'0');
                ++pos;
                ++digits;
            }
            if (digits == 0)
                return std::nullopt;
            for (; digits < 3; ++digits)
                msec *= 10;
        }
    }
    if (!date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
        || pos >= text.size())
        return std::nullopt;
    const std::optional<int> offset = parseOffset(text, pos);
    if (!offset)
        return std::nullopt;
    const QDateTime wall(date, QTime(hour, minute, second, msec), Qt::UTC);
    return ParsedTime{wall.addSecs(-*offset), *offset};
}

// A record of the file as RFC 4180 fields, raw bytes.
struct Record {
    int line = 0; // where it begins
    qsizetype begin = 0, end = 0;
    QList<QByteArray> fields;
    QString problem;           // the first structure error, translated
    bool unterminated = false; // a quoted field runs to the end of the data
};

class Reader
{
public:
    Reader(const QByteArray &data, qsizetype pos) : m_data(data), m_pos(pos) {}

    bool atEnd() const { return m_pos >= m_data.size(); }

    Record next()
    {
        Record record;
        record.line = m_line;
        record.begin = m_pos;
        const char *d = m_data.constData();
        const qsizetype n = m_data.size();
        const auto problem = [&record](const QString &text) {
            if (record.problem.isEmpty())
                record.problem = text;
        };
        for (;;) {
            QByteArray field;
            if (m_pos < n && d[m_pos] == '"') {
                ++m_pos;
                for (;;) {
                    if (m_pos >= n) {
                        record.unterminated = true;
                        record.problem = EntryCsv::tr("a quoted field that begins on this line is never closed");
                        record.fields.append(field);
                        record.end = m_pos;
                        return record;
                    }
                    const char c = d[m_pos];
                    if (c == '"') {
                        if (m_pos + 1 < n && d[m_pos + 1] == '"') {
                            field += '"';
                            m_pos += 2;
                            continue;
                        }
                        ++m_pos;
                        break;
                    }
                    if (c == '\n')
                        ++m_line;
                    field += c;
                    ++m_pos;
                }
                // After the closing quote only a separator or the line end may follow.
                const qsizetype tail = m_pos;
                while (m_pos < n && !isFieldEnd(m_pos))
                    ++m_pos;
                if (m_pos > tail) {
                    problem(EntryCsv::tr("text after the closing quote of a field"));
                    field += QByteArray(d + tail, m_pos - tail);
                }
            } else {
                const qsizetype start = m_pos;
                while (m_pos < n && !isFieldEnd(m_pos)) {
                    if (d[m_pos] == '"')
                        problem(EntryCsv::tr("a quote inside a field that does not begin with one"));
                    else if (d[m_pos] == '\r')
                        problem(EntryCsv::tr("a carriage return not followed by a line feed"));
                    ++m_pos;
                }
                field = QByteArray(d + start, m_pos - start);
            }
            record.fields.append(field);
            if (m_pos >= n) {
                record.end = m_pos;
                return record;
            }
            if (d[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            record.end = m_pos;
            m_pos += d[m_pos] == '\r' ? 2 : 1; // CRLF or LF
            ++m_line;
            return record;
        }
    }

private:
    // A separator, LF or CRLF at `pos` (< size).
    bool isFieldEnd(qsizetype pos) const
    {
        const char c = m_data.at(pos);
        return c == ',' || c == '\n' || (c == '\r' && pos + 1 < m_data.size() && m_data.at(pos + 1) == '\n');
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool blank(const Record &record)
{
    for (const QByteArray &field : record.fields) {
        if (!field.isEmpty())
            return false;
    }
    return true;
}

QString cellText(const QByteArray &field)
{
    QString text = QString::fromUtf8(field);
    if (text.startsWith(QLatin1Char('\'')) && formulaLike(text))
        text.remove(0, 1);
    return text;
}

QString offsetName(int offsetSeconds)
{
    QByteArray text;
    appendOffset(text, offsetSeconds / 60);
    return QString::fromLatin1(text);
}

} // namespace

QByteArray EntryCsv::write(const QList<TimeEntry> &entries, const WriteOptions &options)
{
    QByteArray out;
    out.reserve(64 + entries.size() * 96);
    if (options.byteOrderMark)
        out += bom;
    for (int c = 0; c < ColumnCount; ++c) {
        if (c > 0)
            out += ',';
        out += columnNames[c];
    }
    out += "\r\n";
    for (const TimeEntry &entry : entries) {
        if (entry.isOpen())
            continue;
        const qint64 msecs = entry.start.msecsTo(*entry.end);
        appendTime(out, entry.start, entry.offsetMinutes);
        out += ',';
        appendTime(out, *entry.end, entry.offsetMinutes);
        out += ',';
        appendOffset(out, entry.offsetMinutes);
        out += ',';
        appendText(out, entry.stageKey);
        out += ',';
        appendText(out, entry.itemKey);
        out += ',';
        appendText(out, entry.blockId);
        out += ',';
        out += QByteArray::number((msecs + 30'000) / 60'000);
        out += ',';
        appendText(out, entry.note);
        out += "\r\n";
    }
    return out;
}

bool EntryCsv::writeFile(const QString &path, const QList<TimeEntry> &entries, const WriteOptions &options,
                         QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), message);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = write(entries, options);
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

EntryCsv::ReadResult EntryCsv::read(const QByteArray &data, const QStringList &knownStages)
{
    ReadResult result;
    const auto refuseFile = [&result](int line, const QString &reason) {
        result.entries.clear();
        result.refusals.append(Refusal{line, reason});
        return result;
    };
    if (data.size() > MaxBytes) {
        return refuseFile(0, tr("the file has over %1 MB; files over %1 MB are refused").arg(MaxBytes / (1024 * 1024)));
    }
    const qsizetype start = data.startsWith(bom) ? bom.size() : 0;
    bool empty = true;
    for (qsizetype i = start; i < data.size() && empty; ++i)
        empty = data.at(i) == '\r' || data.at(i) == '\n';
    if (empty)
        return refuseFile(0, tr("the file is empty: it has no header row"));

    Reader reader(data, start);

    // The header.
    const Record header = reader.next();
    std::array<int, ColumnCount> columnOf;
    columnOf.fill(-1);
    {
        QStringList problems;
        if (!header.problem.isEmpty())
            problems.append(header.problem);
        else if (!QByteArrayView(data).sliced(header.begin, header.end - header.begin).isValidUtf8())
            problems.append(tr("the header is not valid UTF-8"));
        if (problems.isEmpty()) {
            int known = 0;
            for (int i = 0; i < header.fields.size(); ++i) {
                const QString name = QString::fromUtf8(header.fields.at(i)).trimmed();
                int column = -1;
                for (int c = 0; c < ColumnCount; ++c) {
                    if (name.compare(QLatin1String(columnNames[c]), Qt::CaseInsensitive) == 0)
                        column = c;
                }
                if (column >= 0)
                    ++known;
                if (column < 0 && name.isEmpty())
                    problems.append(tr("a column without a name in the header"));
                else if (column < 0)
                    problems.append(tr("unknown column “%1” in the header").arg(name));
                else if (columnOf[column] >= 0)
                    problems.append(tr("the column “%1” is named twice in the header").arg(name));
                else
                    columnOf[column] = i;
            }
            if (known == 0) {
                problems = QStringList{tr("the first row is not a header")};
            } else {
                for (const Column required : {Start, End, Stage}) {
                    if (columnOf[required] < 0)
                        problems.append(tr("the header has no column “%1”").arg(QLatin1String(columnNames[required])));
                }
            }
        }
        if (!problems.isEmpty()) {
            return refuseFile(header.line,
                              tr("not a time entry file: %1 (expected the header %2)")
                                  .arg(problems.join(QStringLiteral("; ")),
                                       QStringLiteral("start,end,utc_offset,stage,item,block,minutes,note")));
        }
    }

    // The rows.
    int rows = 0;
    int unreported = 0;
    int firstUnreported = 0;
    int tooManyRowsLine = 0;
    std::optional<Refusal> unterminated; // reported whatever came before: it ends the reading
    const auto refuse = [&](int line, const QString &reason) {
        if (result.refusals.size() < MaxReportedRefusals) {
            result.refusals.append(Refusal{line, reason});
        } else {
            if (unreported == 0)
                firstUnreported = line;
            ++unreported;
        }
    };
    const auto cell = [&columnOf](const Record &record, Column column) {
        return columnOf[column] < 0 ? QString() : cellText(record.fields.at(columnOf[column]));
    };
    while (!reader.atEnd()) {
        const Record record = reader.next();
        if (record.unterminated) {
            unterminated = Refusal{record.line, record.problem};
            break;
        }
        if (blank(record) && record.problem.isEmpty())
            continue;
        if (++rows > MaxRows) {
            tooManyRowsLine = record.line;
            break;
        }
        const QByteArrayView raw = QByteArrayView(data).sliced(record.begin, record.end - record.begin);
        if (raw.contains('\0')) {
            refuse(record.line, tr("the row holds a NUL byte: this is not a text file"));
            continue;
        }
        if (!raw.isValidUtf8()) {
            refuse(record.line, tr("the row is not valid UTF-8 text"));
            continue;
        }
        if (!record.problem.isEmpty()) {
            refuse(record.line, record.problem);
            continue;
        }
        if (record.fields.size() != header.fields.size()) {
            refuse(record.line,
                   tr("the row has %n field(s) where the header has %1", nullptr, int(record.fields.size()))
                       .arg(header.fields.size()));
            continue;
        }

        QStringList problems;
        TimeEntry entry;
        entry.source = TimeEntry::Source::Import;
        entry.stageKey = cell(record, Stage);
        entry.itemKey = cell(record, Item);
        entry.blockId = cell(record, Block);
        entry.note = cell(record, Note);
        if (entry.stageKey.isEmpty())
            problems.append(tr("the stage is empty"));
        else if (!knownStages.isEmpty() && !knownStages.contains(entry.stageKey))
            problems.append(tr("there is no stage “%1”").arg(entry.stageKey));

        const QString startText = cell(record, Start);
        const QString endText = cell(record, End);
        const std::optional<ParsedTime> startTime = parseTime(startText);
        const std::optional<ParsedTime> endTime = parseTime(endText);
        if (!startTime) {
            problems.append(tr("the start “%1” is not a date and time with an offset such as %2")
                                .arg(startText, QStringLiteral("2027-03-01T19:30:00+01:00")));
        }
        if (!endTime) {
            problems.append(tr("the end “%1” is not a date and time with an offset such as %2")
                                .arg(endText, QStringLiteral("2027-03-01T21:00:00+01:00")));
        }
        std::optional<int> offset;
        if (columnOf[UtcOffset] >= 0) {
            const QString offsetCell = cell(record, UtcOffset);
            offset = parseOffset(offsetCell, 0);
            if (!offset)
                problems.append(tr("the UTC offset “%1” is not of the form +01:00").arg(offsetCell));
        } else if (startTime) {
            offset = startTime->offsetSeconds;
        }
        if (offset && startTime && *offset != startTime->offsetSeconds) {
            problems.append(tr("the start has the offset %1, the utc_offset column %2")
                                .arg(offsetName(startTime->offsetSeconds), offsetName(*offset)));
        }
        if (startTime && endTime) {
            const qint64 msecs = startTime->instant.msecsTo(endTime->instant);
            if (msecs < 0)
                problems.append(tr("the end is before the start"));
            else if (msecs > 24 * 3600 * 1000)
                problems.append(tr("the entry is longer than 24 hours"));
        }
        if (!problems.isEmpty()) {
            refuse(record.line, problems.join(QStringLiteral("; ")));
            continue;
        }
        entry.start = startTime->instant;
        entry.end = endTime->instant;
        entry.offsetMinutes = *offset / 60;
        if (result.refusals.isEmpty())
            result.entries.append(entry);
    }
    if (unreported > 0)
        result.refusals.append(Refusal{firstUnreported, tr("and %n more row(s) refused", nullptr, unreported)});
    if (unterminated)
        result.refusals.append(*unterminated);
    if (tooManyRowsLine > 0) {
        result.refusals.append(
            Refusal{tooManyRowsLine, tr("the file has more than %1 rows; larger files are refused").arg(MaxRows)});
    }
    if (!result.refusals.isEmpty())
        result.entries.clear();
    return result;
}

EntryCsv::ReadResult EntryCsv::readFile(const QString &path, const QStringList &knownStages, QString *error)
{
    const auto fail = [&](const QString &message) {
        const QString text = tr("%1: %2").arg(QDir::toNativeSeparators(path), message);
        if (error)
            *error = text;
        ReadResult result;
        result.refusals.append(Refusal{0, text});
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("no such file"));
    if (info.size() > MaxBytes) {
        ReadResult result;
        result.refusals.append(Refusal{0, tr("the file has %1 MB; files over %2 MB are refused")
                                              .arg(info.size() / (1024 * 1024))
                                              .arg(MaxBytes / (1024 * 1024))});
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    // At most one byte past the limit: the file may have grown since it was measured.
    const QByteArray data = file.read(MaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    return read(data, knownStages);
}
