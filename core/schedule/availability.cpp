// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/availability.h"

#include <QRegularExpression>

#include <algorithm>
#include <bitset>
#include <cmath>

namespace {

constexpr int MinutesPerDay = 24 * 60;

const QTime &endOfDay()
{
    static const QTime t(23, 59, 59, 999);
    return t;
}

// Minutes since midnight; the 24:00 stand-in counts as 1440.
int minuteOfDay(const QTime &t)
{
    if (t == endOfDay()) {
        return MinutesPerDay;
    }
    return t.msecsSinceStartOfDay() / 60000;
}

// Drops empty or invalid windows, sorts, and merges windows that overlap or touch.
QList<TimeWindow> normalized(QList<TimeWindow> windows)
{
    windows.erase(
        std::remove_if(windows.begin(), windows.end(),
                       [](const TimeWindow &w) { return !w.start.isValid() || !w.end.isValid() || w.end <= w.start; }),
        windows.end());
    std::sort(windows.begin(), windows.end(), [](const TimeWindow &a, const TimeWindow &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    QList<TimeWindow> merged;
    for (const TimeWindow &w : std::as_const(windows)) {
        if (!merged.isEmpty() && w.start <= merged.last().end) {
            merged.last().end = std::max(merged.last().end, w.end);
        } else {
            merged.append(w);
        }
    }
    return merged;
}

using MinuteSet = std::bitset<MinutesPerDay + 1>;

// The totals (in minutes) that blocks of minBlock..maxBlock minutes, breakMinutes apart, can fill in
// a window of `length` minutes: k blocks fill anything from k * minBlock up to
// min(k * maxBlock, length - (k - 1) * breakMinutes).
MinuteSet windowTotals(int length, int minBlock, int maxBlock, int breakMinutes)
{
    MinuteSet totals;
    totals.set(0);
    for (int k = 1; k * minBlock + (k - 1) * breakMinutes <= length; ++k) {
        const int upper = std::min(k * maxBlock, length - (k - 1) * breakMinutes);
        for (int t = k * minBlock; t <= upper; ++t) {
            totals.set(static_cast<size_t>(t));
        }
    }
    return totals;
}

struct Token {
    enum Kind { Word, Time, Dash, Comma, Other };
    Kind kind;
    QString text;
    int pos; // 0-based index of the first character
    int end; // one past the last character
};

bool isDash(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2013); // '-' or an en dash
}

bool isComma(QChar c)
{
    return c == QLatin1Char(',') || c == QChar(0xFF0C); // ',' or a full-width comma
}

bool isTimeChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char(':') || c == QLatin1Char('.');
}

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const int start = i;
        Token::Kind kind = Token::Other;
        if (c.isLetter()) {
            kind = Token::Word;
            while (i < n && text.at(i).isLetter()) {
                ++i;
            }
        } else if (isTimeChar(c)) {
            kind = Token::Time;
            while (i < n && isTimeChar(text.at(i))) {
                ++i;
            }
        } else if (isDash(c) || isComma(c)) {
            kind = isDash(c) ? Token::Dash : Token::Comma;
            ++i;
        } else { // quoted whole in the error message
            while (i < n && !text.at(i).isSpace() && !isComma(text.at(i))) {
                ++i;
            }
        }
        tokens.append({kind, text.mid(start, i - start), start, i});
    }
    return tokens;
}

// 0 = Monday ... 6 = Sunday, -1 when `word` names no day.
int dayIndex(const QString &word)
{
    static const char *const english[7][2] = {{"mon", "monday"},   {"tue", "tuesday"}, {"wed", "wednesday"},
                                              {"thu", "thursday"}, {"fri", "friday"},  {"sat", "saturday"},
                                              {"sun", "sunday"}};
    static const char16_t *const chinese[7] = {u"一", u"二", u"三", u"四", u"五", u"六", u"日"};
    const QString w = word.toCaseFolded();
    for (int d = 0; d < 7; ++d) {
        if (w == QLatin1String(english[d][0]) || w == QLatin1String(english[d][1])) {
            return d;
        }
        const QString number = QString::fromUtf16(chinese[d]);
        if (w == QStringLiteral("周") + number || w == QStringLiteral("星期") + number) {
            return d;
        }
    }
    if (w == QStringLiteral("周天") || w == QStringLiteral("星期天")) {
        return 6;
    }
    return -1;
}

// "HH:MM" or "H:MM", 00:00..23:59; "24:00" too when allowEndOfDay (returned as the 24:00 stand-in).
std::optional<QTime> parseTime(const QString &text, bool allowEndOfDay)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const int hours = m.captured(1).toInt();
    const int minutes = m.captured(2).toInt();
    if (hours == 24 && minutes == 0 && allowEndOfDay) {
        return endOfDay();
    }
    if (hours > 23 || minutes > 59) {
        return std::nullopt;
    }
    return QTime(hours, minutes);
}

QString formatTime(const QTime &t)
{
    return t == endOfDay() ? QStringLiteral("24:00") : t.toString(QStringLiteral("HH:mm"));
}

const char *const dayNames[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

int TimeWindow::minutes() const
{
    if (!start.isValid() || !end.isValid() || end <= start) {
        return 0;
    }
    return minuteOfDay(end) - minuteOfDay(start);
}

QList<TimeWindow> Availability::windowsOn(const QDate &date) const
{
    if (!date.isValid()) {
        return {};
    }
    QList<TimeWindow> windows = weekly[date.dayOfWeek() - 1];
    for (const DateException &e : exceptions) {
        if (e.date != date) {
            continue;
        }
        if (e.dayOff) {
            return {}; // a day off wins over any window, the extra ones included
        }
        windows.append(e.extra);
    }
    return normalized(windows);
}

double Availability::weeklyHours() const
{
    int total = 0;
    for (const QList<TimeWindow> &day : weekly) {
        for (const TimeWindow &w : normalized(day)) {
            total += w.minutes();
        }
    }
    return total / 60.0;
}

// Per template day: the largest number of minutes, not above maxMinutesPerDay, that the day's
// windows can hold as blocks of minBlockMinutes..maxBlockMinutes with breakMinutes between two
// blocks of the same window (the gap between two windows counts as a break). A window too short for
// one block holds nothing. The week is the sum over the seven days.
double Availability::placeableWeeklyHours() const
{
    const int minBlock = std::max(1, minBlockMinutes);
    const int maxBlock = maxBlockMinutes;
    const int pause = std::max(0, breakMinutes);
    const int dayCap = std::clamp(maxMinutesPerDay, 0, MinutesPerDay);
    if (maxBlock < minBlock || dayCap == 0) {
        return 0.0;
    }
    int total = 0;
    for (const QList<TimeWindow> &day : weekly) {
        MinuteSet reachable;
        reachable.set(0);
        for (const TimeWindow &w : normalized(day)) {
            const MinuteSet window = windowTotals(w.minutes(), minBlock, maxBlock, pause);
            MinuteSet next;
            for (int t = 0; t <= MinutesPerDay; ++t) {
                if (reachable.test(static_cast<size_t>(t))) {
                    next |= window << static_cast<size_t>(t);
                }
            }
            reachable = next;
        }
        for (int t = dayCap; t > 0; --t) {
            if (reachable.test(static_cast<size_t>(t))) {
                total += t;
                break;
            }
        }
    }
    return total / 60.0;
}

Availability Availability::proposal(double weeklyHours)
{
    Availability result;
    if (!(weeklyHours > 0)) { // NaN included
        return result;
    }
    // A phase moves one end of one window per day; `limit` is where that end stops.
    struct Phase {
        int firstDay;
        int lastDay;
        QTime anchor;  // the fixed end
        QTime initial; // the moving end before the phase starts
        QTime limit;
        bool growsEarlier; // the start moves back instead of the end forward
    };
    // The last phase widens the evenings of the first, which has then reached 21:30 on every weekday.
    const Phase phases[] = {
        {0, 4, QTime(19, 30), QTime(19, 30), QTime(21, 30), false},
        {5, 6, QTime(9, 0), QTime(9, 0), QTime(12, 0), false},
        {5, 6, QTime(14, 0), QTime(14, 0), QTime(18, 0), false},
        {0, 4, QTime(21, 30), QTime(19, 30), QTime(18, 0), true},
    };
    constexpr int StepMinutes = 30;
    const int target = int(std::ceil(std::min(weeklyHours, 7.0 * 24.0) * 60.0 - 1e-6));
    const auto minutesOf = [](double hours) { return int(std::lround(hours * 60.0)); };
    const auto dayIsFull = [&result, &minutesOf](int day) {
        Availability one = result;
        for (int d = 0; d < 7; ++d) {
            if (d != day) {
                one.weekly[d].clear();
            }
        }
        return minutesOf(one.placeableWeeklyHours()) >= one.maxMinutesPerDay;
    };

    for (const Phase &phase : phases) {
        QTime moving[7];
        for (int d = phase.firstDay; d <= phase.lastDay; ++d) {
            moving[d] = phase.initial;
        }
        bool grew = true;
        while (grew) {
            grew = false;
            for (int d = phase.firstDay; d <= phase.lastDay; ++d) {
                const QTime next = moving[d].addSecs((phase.growsEarlier ? -StepMinutes : StepMinutes) * 60);
                const bool beyond = phase.growsEarlier ? next < phase.limit : next > phase.limit;
                if (beyond || dayIsFull(d)) {
                    continue;
                }
                const TimeWindow before =
                    phase.growsEarlier ? TimeWindow{moving[d], phase.anchor} : TimeWindow{phase.anchor, moving[d]};
                const TimeWindow after =
                    phase.growsEarlier ? TimeWindow{next, phase.anchor} : TimeWindow{phase.anchor, next};
                QList<TimeWindow> &day = result.weekly[d];
                day.removeOne(before); // absent while the window is still empty
                day.append(after);
                day = normalized(day);
                moving[d] = next;
                grew = true;
                if (minutesOf(result.placeableWeeklyHours()) >= target) {
                    return result;
                }
            }
        }
    }
    return result;
}

// Grammar (see the header): groups separated by commas; a group is a day or a day range (which may
// wrap: "fri-mon" is fri sat sun mon) followed by windows or "off". "off" clears what earlier groups
// gave those days; windows add to it. Each day's windows are merged at the end.
std::optional<Availability> AvailabilityText::parse(const QString &text, QString *error, const Availability &base)
{
    return parse(text, error, base, 0);
}

std::optional<Availability> AvailabilityText::parse(const QString &text, QString *error, const Availability &base,
                                                    int hiddenPrefix)
{
    Availability result = base;
    for (QList<TimeWindow> &day : result.weekly) {
        day.clear();
    }
    const QList<Token> tokens = tokenize(text);
    const int n = int(tokens.size());

    // One arg() call for both placeholders: a quoted "%1" typed by the learner stays as typed.
    const auto fail = [error, hiddenPrefix](int position, const QString &message,
                                            const QString &quoted = QString()) -> std::optional<Availability> {
        const int pos = std::max(0, position - hiddenPrefix);
        if (error) {
            *error = quoted.isNull() ? message.arg(pos + 1) : message.arg(QString::number(pos + 1), quoted);
        }
        return std::nullopt;
    };
    const auto span = [&text](int from, int to) { return text.mid(from, to - from).trimmed(); };
    const auto notAWindow = [&](int from, int to) {
        return fail(from, tr("position %1: “%2” is not a time window such as 19:30-21:30"), span(from, to));
    };

    int idx = 0;
    while (idx < n) {
        const Token &first = tokens.at(idx);
        if (first.kind == Token::Comma) {
            return fail(first.pos, tr("position %1: a day group is missing before “,”"));
        }
        if (first.kind != Token::Word) {
            return fail(first.pos,
                        tr("position %1: “%2” is not a day; a group starts with a day such as mon or a "
                           "range such as mon-fri"),
                        first.text);
        }
        const int firstDay = dayIndex(first.text);
        if (firstDay < 0) {
            return fail(first.pos, tr("position %1: “%2” is not a day (mon … sun, monday … sunday, 周一 … 周日)"),
                        first.text);
        }
        const int groupStart = first.pos;
        int lastDay = firstDay;
        ++idx;
        if (idx < n && tokens.at(idx).kind == Token::Dash) {
            if (idx + 1 >= n || tokens.at(idx + 1).kind != Token::Word) {
                const int to = idx + 1 < n ? tokens.at(idx + 1).end : tokens.at(idx).end;
                return fail(groupStart, tr("position %1: “%2” is not a range of days such as mon-fri"),
                            span(groupStart, to));
            }
            const Token &second = tokens.at(idx + 1);
            lastDay = dayIndex(second.text);
            if (lastDay < 0) {
                return fail(second.pos, tr("position %1: “%2” is not a day (mon … sun, monday … sunday, 周一 … 周日)"),
                            second.text);
            }
            idx += 2;
        }

        QList<TimeWindow> windows;
        bool off = false;
        const auto mixed = [&](const Token &t) {
            return fail(t.pos,
                        tr("position %1: “%2” mixes “off” with time windows; a day is either off or has "
                           "windows"),
                        span(groupStart, t.end));
        };
        while (idx < n && tokens.at(idx).kind != Token::Comma) {
            const Token &t = tokens.at(idx);
            if (t.kind == Token::Word && t.text.toCaseFolded() == QLatin1String("off")) {
                if (off || !windows.isEmpty()) {
                    return mixed(t);
                }
                off = true;
                ++idx;
                continue;
            }
            if (t.kind == Token::Word && dayIndex(t.text) >= 0) {
                return fail(t.pos,
                            tr("position %1: “%2” is a day, but a time window such as 19:30-21:30 or “off” "
                               "belongs here; separate day groups with commas"),
                            t.text);
            }
            if (t.kind != Token::Time) {
                return notAWindow(t.pos, t.end);
            }
            if (off) {
                return mixed(t);
            }
            if (idx + 1 >= n || tokens.at(idx + 1).kind != Token::Dash) {
                return notAWindow(t.pos, t.end);
            }
            if (idx + 2 >= n || tokens.at(idx + 2).kind != Token::Time) {
                return notAWindow(t.pos, tokens.at(idx + 1).end);
            }
            const Token &endToken = tokens.at(idx + 2);
            const QString window = span(t.pos, endToken.end);
            const std::optional<QTime> start = parseTime(t.text, false);
            if (!start) {
                if (parseTime(t.text, true)) {
                    return fail(t.pos, tr("position %1: “%2” starts at 24:00; 24:00 can only end a window"), window);
                }
                return fail(t.pos, tr("position %1: “%2” is not a time of day such as 07:30 (00:00 to 24:00)"), t.text);
            }
            const std::optional<QTime> end = parseTime(endToken.text, true);
            if (!end) {
                return fail(endToken.pos, tr("position %1: “%2” is not a time of day such as 07:30 (00:00 to 24:00)"),
                            endToken.text);
            }
            if (*end == *start) {
                return fail(t.pos, tr("position %1: “%2” ends when it starts"), window);
            }
            if (*end < *start) {
                return fail(t.pos,
                            tr("position %1: “%2” ends before it starts; a window cannot cross midnight "
                               "(write 22:00-24:00 on one day and 00:00-01:00 on the next)"),
                            window);
            }
            windows.append({*start, *end});
            idx += 3;
        }
        if (!off && windows.isEmpty()) {
            const int to = idx < n ? tokens.at(idx).pos : int(text.size());
            return fail(groupStart, tr("position %1: “%2” has no time window; add one such as 19:30-21:30, or “off”"),
                        span(groupStart, to));
        }
        for (int d = firstDay;; d = (d + 1) % 7) {
            if (off) {
                result.weekly[d].clear();
            } else {
                result.weekly[d].append(windows);
            }
            if (d == lastDay) {
                break;
            }
        }
        if (idx < n) { // at a comma
            const Token &comma = tokens.at(idx);
            ++idx;
            if (idx >= n) {
                return fail(comma.pos, tr("position %1: nothing follows the last “,”; remove it or add a day group"));
            }
        }
    }
    for (QList<TimeWindow> &day : result.weekly) {
        day = normalized(day);
    }
    return result;
}

QString AvailabilityText::format(const Availability &availability)
{
    QList<TimeWindow> days[7];
    for (int d = 0; d < 7; ++d) {
        days[d] = normalized(availability.weekly[d]);
    }
    QStringList groups;
    for (int d = 0; d < 7;) {
        int last = d;
        while (last + 1 < 7 && days[last + 1] == days[d]) {
            ++last;
        }
        if (!days[d].isEmpty()) {
            QString group = QLatin1String(dayNames[d]);
            if (last > d) {
                group += QLatin1Char('-') + QLatin1String(dayNames[last]);
            }
            for (const TimeWindow &w : std::as_const(days[d])) {
                group += QLatin1Char(' ') + formatTime(w.start) + QLatin1Char('-') + formatTime(w.end);
            }
            groups.append(group);
        }
        d = last + 1;
    }
    return groups.join(QLatin1String(", "));
}

std::optional<QList<TimeWindow>> AvailabilityText::parseWindows(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        return QList<TimeWindow>();
    }
    // The windows of one day are a day group without its day: parse them as Monday's.
    const QString prefix = QStringLiteral("mon ");
    const std::optional<Availability> parsed = parse(prefix + text, error, Availability(), int(prefix.size()));
    if (!parsed) {
        return std::nullopt;
    }
    return parsed->weekly[0];
}

QString AvailabilityText::formatWindows(const QList<TimeWindow> &windows)
{
    QStringList parts;
    for (const TimeWindow &w : normalized(windows)) {
        parts.append(formatTime(w.start) + QLatin1Char('-') + formatTime(w.end));
    }
    return parts.join(QLatin1Char(' '));
}
