// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/icsimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <libical/ical.h>
#include <memory>

namespace {

// Warnings past this many are summed up in one line.
constexpr int MaxWarnings = 50;

struct ComponentFree {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

struct IteratorFree {
    void operator()(icalrecur_iterator *i) const { icalrecur_iterator_free(i); }
};
using IteratorPtr = std::unique_ptr<icalrecur_iterator, IteratorFree>;

// How the wall-clock fields of a time value become an instant.
struct Zone {
    enum class Kind { Floating, Utc, Ical, Qt };
    Kind kind = Kind::Floating;
    icaltimezone *ical = nullptr;
    QTimeZone qt;
};

// A time value of a property: wall-clock fields (a date when t.is_date) in a zone.
struct Time {
    icaltimetype t;
    Zone zone;
};

// One occurrence before the window test: its wall-clock start in its zone, and an end when an RDATE
// period gives its own.
struct Occurrence {
    Time start;
    std::optional<qint64> end;
};

// Refusal raised deep in the expansion; carries the translated message.
struct Refusal {
    QString message;
};

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// The instant of a wall-clock time in a Qt zone: the earlier one of an ambiguous time (autumn), the
// transition for a time in the spring gap.
qint64 wallToUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const qint64 naive = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const auto offsetAt = [&zone](qint64 secs) {
        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
    };
    const int before = offsetAt(naive - 86400);
    const int after = offsetAt(naive + 86400);
    if (before == after && offsetAt(naive - before) == before)
        return naive - before;
    std::optional<qint64> best;
    for (const int offset : {before, after}) {
        const qint64 candidate = naive - offset;
        if (offsetAt(candidate) == offset)
            best = best ? std::min(*best, candidate) : candidate;
    }
    if (best)
        return *best;
    const QTimeZone::OffsetData transition =
        zone.nextTransition(QDateTime::fromSecsSinceEpoch(naive - std::max(before, after), Qt::UTC));
    return transition.atUtc.isValid() ? transition.atUtc.toSecsSinceEpoch() : naive - before;
}

// Wall-clock fields as one ordered number (YYYYMMDDhhmmss).
qint64 packed(const icaltimetype &t)
{
    return ((qint64(t.year) * 100 + t.month) * 100 + t.day) * 1000000 + (t.hour * 100 + t.minute) * 100 + t.second;
}

qint64 packed(const QDateTime &utc)
{
    const QDate d = utc.date();
    const QTime t = utc.time();
    return ((qint64(d.year()) * 100 + d.month()) * 100 + d.day()) * 1000000 + (t.hour() * 100 + t.minute()) * 100
           + t.second();
}

bool validFields(const icaltimetype &t)
{
    if (icaltime_is_null_time(t) || !QDate::isValid(t.year, t.month, t.day))
        return false;
    return t.is_date || QTime::isValid(t.hour, t.minute, t.second);
}

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(IcsImport)

public:
    Importer(const QByteArray &data, const IcsImport::Options &options)
        : m_data(data), m_options(options),
          m_local(options.localZone.isValid() ? options.localZone : QTimeZone::systemTimeZone()),
          m_from(options.from.toSecsSinceEpoch()), m_to(options.to.toSecsSinceEpoch())
    {
    }

    std::optional<IcsImport::Result> run(QString *error);

private:
    struct Event {
        icalcomponent *component = nullptr;
        icalcomponent *calendar = nullptr;
        int line = 0;
        QString uid;
        QString summary;
        bool cancelled = false;
        bool transparent = false;
        bool allDay = false;
        Time start;
        int nominalDays = 0; // length: this many days of wall-clock time, then
        qint64 exactSeconds = 0;
        std::optional<qint64> recurrenceId;
    };

    QString describe(const Event &event) const;
    QString describe(int line, const QString &summary, const QString &uid) const;
    void warn(const QString &warning);
    qint64 toUtc(const Time &time) const;
    std::optional<Zone> zoneOf(icalproperty *property, const icaltimetype &value, icalcomponent *calendar);
    std::optional<Time> timeOf(icalproperty *property, const icaltimetype &value, icalcomponent *calendar,
                               QString *problem);
    std::optional<Event> readEvent(icalcomponent *component, icalcomponent *calendar, int line);
    qint64 endOf(const Event &event, const Time &start) const;
    void expand(const Event &master, const QSet<qint64> &replaced);
    void add(const Event &event, qint64 start, qint64 end);
    QList<int> veventLines() const;

    const QByteArray &m_data;
    const IcsImport::Options &m_options;
    const QTimeZone m_local;
    const qint64 m_from;
    const qint64 m_to;
    IcsImport::Result m_result;
    QHash<QByteArray, std::optional<Zone>> m_zones; // by calendar and TZID
    qint64 m_steps = 0;
    int m_unbounded = 0;
    int m_instants = 0;
    int m_moreWarnings = 0;
};

QString Importer::describe(int line, const QString &summary, const QString &uid) const
{
    const QString name = !summary.isEmpty() ? summary : uid;
    if (line > 0 && !name.isEmpty())
        return tr("line %1: event “%2”").arg(line).arg(name);
    if (line > 0)
        return tr("line %1: an event without summary").arg(line);
    if (!name.isEmpty())
        return tr("event “%1”").arg(name);
    return tr("an event without summary");
}

QString Importer::describe(const Event &event) const
{
    return describe(event.line, event.summary, event.uid);
}

void Importer::warn(const QString &warning)
{
    if (m_result.warnings.size() < MaxWarnings)
        m_result.warnings.append(warning);
    else
        ++m_moreWarnings;
}

qint64 Importer::toUtc(const Time &time) const
{
    const icaltimetype &t = time.t;
    const QDate date(t.year, t.month, t.day);
    if (t.is_date)
        return wallToUtc(date, QTime(0, 0), m_local);
    const QTime clock(t.hour, t.minute, t.second);
    switch (time.zone.kind) {
    case Zone::Kind::Utc:
        return QDateTime(date, clock, Qt::UTC).toSecsSinceEpoch();
    case Zone::Kind::Floating:
        return wallToUtc(date, clock, m_local);
    case Zone::Kind::Qt:
        return wallToUtc(date, clock, time.zone.qt);
    case Zone::Kind::Ical: {
        icaltimetype wall = t;
        wall.zone = nullptr;
        return icaltime_as_timet_with_zone(wall, time.zone.ical);
    }
    }
    return 0;
}

// The zone of a DATE-TIME value: "Z", its TZID (a VTIMEZONE of the calendar, a Qt zone of that name,
// libical's builtin zone of that name), or floating. Nothing for an unknown TZID.
std::optional<Zone> Importer::zoneOf(icalproperty *property, const icaltimetype &value, icalcomponent *calendar)
{
    if (value.is_date)
        return Zone{};
    if (icaltime_is_utc(value))
        return Zone{Zone::Kind::Utc, nullptr, {}};
    icalparameter *parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    const char *tzid = parameter ? icalparameter_get_tzid(parameter) : nullptr;
    if (!tzid || !*tzid)
        return Zone{};
    QByteArray key = QByteArray::number(reinterpret_cast<quintptr>(calendar));
    key += '/';
    key += tzid;
    const auto cached = m_zones.constFind(key);
    if (cached != m_zones.constEnd())
        return *cached;

    std::optional<Zone> zone;
    if (icaltimezone *own = icalcomponent_get_timezone(calendar, tzid)) {
        zone = Zone{Zone::Kind::Ical, own, {}};
    } else {
        QByteArray name(tzid);
        // libical writes its builtin zones as "/freeassociation.sourceforge.net/[Tzfile/]Europe/Berlin".
        static const QByteArray prefix = QByteArrayLiteral("/freeassociation.sourceforge.net/");
        if (name.startsWith(prefix)) {
            name = name.mid(prefix.size());
            if (name.startsWith("Tzfile/"))
                name = name.mid(7);
        }
        QTimeZone qt(name);
        if (!qt.isValid()) {
            const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(name);
            if (!iana.isEmpty())
                qt = QTimeZone(iana);
        }
        if (qt.isValid()) {
            zone = Zone{Zone::Kind::Qt, nullptr, qt};
        } else {
            icaltimezone *builtin = icaltimezone_get_builtin_timezone_from_tzid(tzid);
            if (!builtin)
                builtin = icaltimezone_get_builtin_timezone(tzid);
            if (builtin)
                zone = Zone{Zone::Kind::Ical, builtin, {}};
        }
    }
    m_zones.insert(key, zone);
    return zone;
}

std::optional<Time> Importer::timeOf(icalproperty *property, const icaltimetype &value, icalcomponent *calendar,
                                     QString *problem)
{
    if (!validFields(value)) {
        *problem = tr("%1 is not a valid date or time").arg(fromUtf8(icalproperty_get_value_as_string(property)));
        return std::nullopt;
    }
    const std::optional<Zone> zone = zoneOf(property, value, calendar);
    if (!zone) {
        icalparameter *parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
        *problem = tr("unknown time zone “%1”").arg(fromUtf8(icalparameter_get_tzid(parameter)));
        return std::nullopt;
    }
    return Time{value, *zone};
}

// The event's own data; nothing (with a warning) when its time cannot be trusted.
std::optional<Importer::Event> Importer::readEvent(icalcomponent *component, icalcomponent *calendar, int line)
{
    Event event;
    event.component = component;
    event.calendar = calendar;
    event.line = line;
    event.uid = fromUtf8(icalcomponent_get_uid(component));
    event.summary = fromUtf8(icalcomponent_get_summary(component));
    event.cancelled = icalcomponent_get_status(component) == ICAL_STATUS_CANCELLED;
    if (icalproperty *transp = icalcomponent_get_first_property(component, ICAL_TRANSP_PROPERTY)) {
        const icalproperty_transp value = icalproperty_get_transp(transp);
        event.transparent = value == ICAL_TRANSP_TRANSPARENT || value == ICAL_TRANSP_TRANSPARENTNOCONFLICT;
    }
    const auto skip = [&](const QString &why) {
        warn(tr("%1 skipped: %2").arg(describe(event), why));
        return std::nullopt;
    };

    // libical replaces what it cannot parse with X-LIC-ERROR properties.
    static const char *const timeProperties[] = {"DTSTART", "DTEND",  "DURATION",     "RRULE",
                                                 "RDATE",   "EXDATE", "RECURRENCE-ID"};
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
        const QString text = fromUtf8(icalproperty_get_xlicerror(p)).trimmed();
        const bool aboutTime = std::any_of(std::begin(timeProperties), std::end(timeProperties),
                                           [&](const char *name) { return text.contains(QLatin1String(name)); });
        if (aboutTime)
            return skip(tr("libical could not read it (%1)").arg(text));
        warn(tr("%1: libical: %2").arg(describe(event), text));
    }

    icalproperty *dtstart = icalcomponent_get_first_property(component, ICAL_DTSTART_PROPERTY);
    if (!dtstart)
        return skip(tr("it has no start (DTSTART)"));
    QString problem;
    const std::optional<Time> start = timeOf(dtstart, icalproperty_get_dtstart(dtstart), calendar, &problem);
    if (!start)
        return skip(problem);
    event.start = *start;
    event.allDay = start->t.is_date;

    if (icalproperty *rid = icalcomponent_get_first_property(component, ICAL_RECURRENCEID_PROPERTY)) {
        const std::optional<Time> id = timeOf(rid, icalproperty_get_recurrenceid(rid), calendar, &problem);
        if (!id)
            return skip(problem);
        event.recurrenceId = toUtc(*id);
    }

    if (icalproperty *dtend = icalcomponent_get_first_property(component, ICAL_DTEND_PROPERTY)) {
        const std::optional<Time> end = timeOf(dtend, icalproperty_get_dtend(dtend), calendar, &problem);
        if (!end)
            return skip(problem);
        if (end->t.is_date && start->t.is_date)
            event.nominalDays =
                QDate(start->t.year, start->t.month, start->t.day).daysTo(QDate(end->t.year, end->t.month, end->t.day));
        else
            event.exactSeconds = toUtc(*end) - toUtc(*start);
        if (event.nominalDays < 0 || event.exactSeconds < 0)
            return skip(tr("it ends (DTEND) before it starts (DTSTART)"));
    } else if (icalproperty *duration = icalcomponent_get_first_property(component, ICAL_DURATION_PROPERTY)) {
        const icaldurationtype d = icalproperty_get_duration(duration);
        if (icaldurationtype_is_bad_duration(d))
            return skip(tr("its DURATION cannot be read"));
        if (d.is_neg)
            return skip(tr("its DURATION is negative"));
        event.nominalDays = int(d.weeks * 7 + d.days);
        event.exactSeconds = qint64(d.hours) * 3600 + qint64(d.minutes) * 60 + d.seconds;
    } else if (start->t.is_date) {
        event.nominalDays = 1;
    }
    return event;
}

qint64 Importer::endOf(const Event &event, const Time &start) const
{
    if (event.nominalDays == 0)
        return toUtc(start) + event.exactSeconds;
    Time later = start;
    icaltime_adjust(&later.t, event.nominalDays, 0, 0, 0);
    return toUtc(later) + event.exactSeconds;
}

void Importer::add(const Event &event, qint64 start, qint64 end)
{
    if (end <= start || start >= m_to || end <= m_from)
        return;
    if (m_result.events.size() >= m_options.maxOccurrences) {
        throw Refusal{tr("%1 makes more than %2 occurrences between %3 and %4 in all: refused (import a shorter "
                         "period)")
                          .arg(describe(event))
                          .arg(m_options.maxOccurrences)
                          .arg(m_options.from.toString(Qt::ISODate), m_options.to.toString(Qt::ISODate))};
    }
    m_result.events.append({QDateTime::fromSecsSinceEpoch(start, Qt::UTC), QDateTime::fromSecsSinceEpoch(end, Qt::UTC),
                            event.summary, event.allDay});
}

// The occurrences of a master event (not cancelled, not transparent) that overlap the window, except
// those whose recurrence instant is in `replaced` (overrides and cancelled overrides).
void Importer::expand(const Event &master, const QSet<qint64> &replaced)
{
    icalcomponent *c = master.component;
    QString problem;

    QSet<qint64> excluded;
    QSet<QDate> excludedDates; // EXDATE;VALUE=DATE of an event with a time: that whole day
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_EXDATE_PROPERTY)) {
        const std::optional<Time> t = timeOf(p, icalproperty_get_exdate(p), master.calendar, &problem);
        if (!t) {
            warn(tr("%1: EXDATE ignored: %2").arg(describe(master), problem));
            continue;
        }
        if (t->t.is_date && !master.allDay)
            excludedDates.insert(QDate(t->t.year, t->t.month, t->t.day));
        else
            excluded.insert(toUtc(*t));
    }

    QSet<qint64> seen; // an RDATE may repeat DTSTART or a rule's instance
    const auto consider = [&](const Occurrence &occurrence) {
        const qint64 start = toUtc(occurrence.start);
        const icaltimetype &t = occurrence.start.t;
        if (replaced.contains(start) || excluded.contains(start)
            || (!excludedDates.isEmpty() && excludedDates.contains(QDate(t.year, t.month, t.day))))
            return;
        if (seen.contains(start))
            return;
        seen.insert(start);
        add(master, start, occurrence.end ? *occurrence.end : endOf(master, occurrence.start));
    };

    // Wall-clock bounds, a day wider than any offset: steps before `early` are skipped unconverted.
    const qint64 longest = qint64(master.nominalDays) * 86400 + master.exactSeconds + 2 * 86400;
    const qint64 early = packed(QDateTime::fromSecsSinceEpoch(m_from - longest, Qt::UTC));
    bool hasRule = false;
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_RRULE_PROPERTY)) {
        hasRule = true;
        const icalrecurrencetype rule = icalproperty_get_rrule(p);
        if (rule.freq == ICAL_NO_RECURRENCE)
            continue;
        const bool unbounded = rule.count == 0 && icaltime_is_null_time(rule.until);
        IteratorPtr iterator(icalrecur_iterator_new(rule, master.start.t));
        if (!iterator) {
            warn(tr("%1: libical could not expand its RRULE (%2): only its first occurrence is taken")
                     .arg(describe(master), QString::fromUtf8(icalerror_strerror(icalerrno))));
            consider({master.start, std::nullopt});
            continue;
        }
        // Rules of seconds, minutes and hours jump close to the window (libical allows it for rules
        // without COUNT); the others are stepped from DTSTART, which is cheap and leaves libical's
        // iteration exactly as it is.
        const bool fine = rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE
                          || rule.freq == ICAL_HOURLY_RECURRENCE;
        if (fine && rule.count == 0) {
            const qint64 jump = m_from - longest;
            if (jump > toUtc(master.start)) {
                const QDateTime wall = QDateTime::fromSecsSinceEpoch(jump, Qt::UTC);
                icaltimetype from = master.start.t;
                from.year = wall.date().year();
                from.month = wall.date().month();
                from.day = wall.date().day();
                if (!from.is_date) {
                    from.hour = wall.time().hour();
                    from.minute = wall.time().minute();
                    from.second = wall.time().second();
                }
                icalrecur_iterator_set_start(iterator.get(), from);
            }
        }
        for (icaltimetype t = icalrecur_iterator_next(iterator.get()); !icaltime_is_null_time(t);
             t = icalrecur_iterator_next(iterator.get())) {
            if (++m_steps > IcsImport::MaxRecurrenceSteps) {
                throw Refusal{tr("%1 repeats too often (RRULE:%2): more than %3 repetitions to expand; refused")
                                  .arg(describe(master), fromUtf8(icalproperty_get_value_as_string(p)))
                                  .arg(IcsImport::MaxRecurrenceSteps)};
            }
            if (packed(t) < early)
                continue;
            t.zone = master.start.t.zone;
            t.is_date = master.start.t.is_date;
            const Time start{t, master.start.zone};
            if (toUtc(start) >= m_to) {
                if (unbounded && toUtc(master.start) < m_to)
                    ++m_unbounded;
                break;
            }
            consider({start, std::nullopt});
        }
    }
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
        if (!icaltime_is_null_time(rdate.time)) {
            const std::optional<Time> t = timeOf(p, rdate.time, master.calendar, &problem);
            if (t)
                consider({*t, std::nullopt});
            else
                warn(tr("%1: RDATE ignored: %2").arg(describe(master), problem));
            continue;
        }
        const icalperiodtype &period = rdate.period;
        const std::optional<Time> t = timeOf(p, period.start, master.calendar, &problem);
        if (!t) {
            warn(tr("%1: RDATE ignored: %2").arg(describe(master), problem));
            continue;
        }
        qint64 end = 0;
        if (!icaltime_is_null_time(period.end)) {
            const std::optional<Time> e = timeOf(p, period.end, master.calendar, &problem);
            if (!e) {
                warn(tr("%1: RDATE ignored: %2").arg(describe(master), problem));
                continue;
            }
            end = toUtc(*e);
        } else {
            end = toUtc(*t) + icaldurationtype_as_int(period.duration);
        }
        consider({*t, end});
    }
    // Without a rule DTSTART is the first instance (with one, libical's iterator yields it).
    if (!hasRule)
        consider({master.start, std::nullopt});
}

// Line numbers of the BEGIN:VEVENT lines, in file order (as libical keeps its components).
QList<int> Importer::veventLines() const
{
    QList<int> lines;
    int line = 1;
    qsizetype pos = 0;
    static const QByteArray begin = QByteArrayLiteral("BEGIN:VEVENT");
    while (pos < m_data.size()) {
        qsizetype next = m_data.indexOf('\n', pos);
        if (next < 0)
            next = m_data.size();
        if (next - pos >= begin.size() && qstrnicmp(m_data.constData() + pos, begin.constData(), begin.size()) == 0)
            lines.append(line);
        pos = next + 1;
        ++line;
    }
    return lines;
}

std::optional<IcsImport::Result> Importer::run(QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!m_options.from.isValid() || !m_options.to.isValid() || m_from >= m_to)
        return refuse(tr("The import period is empty or invalid."));
    if (m_data.trimmed().isEmpty())
        return refuse(tr("The file is empty."));
    if (m_data.contains('\0'))
        return refuse(tr("This is not an iCalendar file: it holds binary data."));

    icalerror_set_errors_are_fatal(0);
    icalerror_clear_errno();
    ComponentPtr root(icalparser_parse_string(m_data.constData()));
    const icalerrorenum parseErrno = icalerrno;
    QList<icalcomponent *> calendars;
    if (root && icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.append(root.get());
    } else if (root) {
        for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.append(c);
    }
    if (calendars.isEmpty()) {
        QString detail;
        if (parseErrno != ICAL_NO_ERROR)
            detail = tr(" (libical: %1)").arg(QString::fromUtf8(icalerror_strerror(parseErrno)));
        if (!m_data.contains("BEGIN:VCALENDAR") && !m_data.contains("begin:vcalendar"))
            return refuse(tr("This is not an iCalendar file: it has no BEGIN:VCALENDAR.%1").arg(detail));
        return refuse(tr("The iCalendar data is incomplete or damaged: libical found no complete VCALENDAR (is "
                         "END:VCALENDAR missing?).%1")
                          .arg(detail));
    }
    if (parseErrno != ICAL_NO_ERROR)
        warn(tr("libical reported: %1").arg(QString::fromUtf8(icalerror_strerror(parseErrno))));

    // The components, in file order; the lines of their BEGIN:VEVENT when the counts agree.
    QList<QPair<icalcomponent *, icalcomponent *>> components; // event, calendar
    for (icalcomponent *calendar : qAsConst(calendars)) {
        if (m_result.calendarName.isEmpty()) {
            for (icalproperty *p = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY); p;
                 p = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY)) {
                if (qstricmp(icalproperty_get_x_name(p), "X-WR-CALNAME") == 0) {
                    m_result.calendarName = fromUtf8(icalproperty_get_x(p)).trimmed();
                    break;
                }
            }
        }
        for (icalproperty *p = icalcomponent_get_first_property(calendar, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(calendar, ICAL_XLICERROR_PROPERTY))
            warn(tr("libical: %1").arg(fromUtf8(icalproperty_get_xlicerror(p)).trimmed()));
        for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
             c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
            components.append(qMakePair(c, calendar));
    }
    const QList<int> lines = veventLines();
    const bool linesKnown = lines.size() == components.size();

    // Masters, then the overrides of each UID.
    QList<Event> masters;
    QList<Event> overrides;
    int broken = 0;
    for (int i = 0; i < components.size(); ++i) {
        std::optional<Event> event = readEvent(components[i].first, components[i].second, linesKnown ? lines[i] : 0);
        if (!event)
            ++broken;
        else if (event->recurrenceId)
            overrides.append(std::move(*event));
        else
            masters.append(std::move(*event));
    }
    if (!components.isEmpty() && broken == components.size()) {
        return refuse(tr("No event of the file could be read; the first problem: %1").arg(m_result.warnings.value(0)));
    }

    QHash<QString, QSet<qint64>> replaced; // UID → recurrence instants taken by overrides
    QSet<QString> cancelledUids;
    for (const Event &m : qAsConst(masters)) {
        if (m.cancelled && !m.uid.isEmpty())
            cancelledUids.insert(m.uid);
    }
    try {
        const auto isInstant = [](const Event &e) { return e.nominalDays == 0 && e.exactSeconds == 0; };
        for (const Event &o : qAsConst(overrides)) {
            replaced[o.uid].insert(*o.recurrenceId);
            if (o.cancelled || cancelledUids.contains(o.uid)) {
                ++m_result.skippedCancelled;
            } else if (o.transparent) {
                ++m_result.skippedFree;
            } else if (isInstant(o)) {
                ++m_instants;
            } else {
                add(o, toUtc(o.start), endOf(o, o.start));
            }
        }
        for (const Event &m : qAsConst(masters)) {
            if (m.cancelled)
                ++m_result.skippedCancelled;
            else if (m.transparent)
                ++m_result.skippedFree;
            else if (isInstant(m))
                ++m_instants;
            else
                expand(m, replaced.value(m.uid));
        }
    } catch (const Refusal &refusal) {
        return refuse(refusal.message);
    }

    if (m_unbounded > 0) {
        warn(tr("%n recurring events never end: taken until %1", nullptr, m_unbounded)
                 .arg(m_options.to.toTimeZone(m_local).date().toString(Qt::ISODate)));
    }
    if (m_instants > 0)
        warn(tr("%n events have no end and take no time: skipped", nullptr, m_instants));
    if (m_moreWarnings > 0)
        m_result.warnings.append(tr("… and %n more problems", nullptr, m_moreWarnings));

    std::sort(m_result.events.begin(), m_result.events.end(), [](const BusyEvent &a, const BusyEvent &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        return a.summary < b.summary;
    });
    return std::move(m_result);
}

} // namespace

std::optional<IcsImport::Result> IcsImport::parse(const QByteArray &data, const Options &options, QString *error)
{
    return Importer(data, options).run(error);
}

std::optional<IcsImport::Result> IcsImport::readFile(const QString &path, const Options &options, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto refuse = [&](const QString &message) {
        if (error)
            *error = tr("%1: %2").arg(name, message);
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(tr("no such file"));
    if (info.size() > MaxFileBytes) {
        return refuse(tr("the file has %1 MB; files over %2 MB are refused")
                          .arg(info.size() / (1024 * 1024))
                          .arg(MaxFileBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    // Read at most one byte past the limit: the file may have grown since it was measured.
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes) {
        return refuse(tr("the file has over %1 MB; files over %1 MB are refused").arg(MaxFileBytes / (1024 * 1024)));
    }
    QString message;
    std::optional<Result> result = parse(data, options, &message);
    if (!result)
        return refuse(message);
    return result;
}
