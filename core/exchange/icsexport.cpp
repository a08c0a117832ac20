// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/icsexport.h"

#include <QDir>
#include <QSaveFile>

#include <libical/ical.h>
#include <memory>

namespace {

struct ComponentFree {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype utc(const QDateTime &time)
{
    return icaltime_from_timet_with_zone(time.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
}

const char *statusKey(StudyBlock::Status status)
{
    switch (status) {
    case StudyBlock::Status::Planned:
        return "planned";
    case StudyBlock::Status::Done:
        return "done";
    case StudyBlock::Status::Skipped:
        return "skipped";
    case StudyBlock::Status::Missed:
        return "missed";
    }
    return "planned";
}

icalproperty *xProperty(const char *name, const QString &value)
{
    icalproperty *p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    return p;
}

} // namespace

QString IcsExport::uid(const StudyBlock &block)
{
    return block.id + QStringLiteral("@studyplanner");
}

QByteArray IcsExport::write(const QList<Entry> &entries, const QDateTime &stamp)
{
    const auto statusText = [](StudyBlock::Status status) {
        switch (status) {
        case StudyBlock::Status::Planned:
            return tr("planned");
        case StudyBlock::Status::Done:
            return tr("done");
        case StudyBlock::Status::Skipped:
            return tr("skipped");
        case StudyBlock::Status::Missed:
            return tr("missed");
        }
        return QString();
    };

    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Study Planner//Study Planner//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent_add_property(calendar.get(), xProperty("X-WR-CALNAME", tr("Study blocks")));
    const icaltimetype dtstamp = utc(stamp);

    for (const Entry &entry : entries) {
        const StudyBlock &block = entry.block;
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(uid(block).toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(utc(block.start)));
        icalcomponent_add_property(event, icalproperty_new_dtend(utc(block.end)));
        const QString summary = entry.itemTitle.isEmpty() ? tr("Study: %1").arg(entry.stageTitle)
                                                          : tr("Study: %1 (%2)").arg(entry.itemTitle, entry.stageTitle);
        icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
        QStringList description{tr("Stage: %1").arg(entry.stageTitle)};
        if (!entry.itemTitle.isEmpty())
            description.append(tr("Item: %1").arg(entry.itemTitle));
        if (!entry.itemLink.isEmpty())
            description.append(tr("Link: %1").arg(entry.itemLink));
        description.append(tr("Status: %1").arg(statusText(block.status)));
        icalcomponent_add_property(
            event, icalproperty_new_description(description.join(QLatin1Char('\n')).toUtf8().constData()));
        if (!entry.itemLink.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_url(entry.itemLink.toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_categories("Study Planner"));
        icalcomponent_add_property(event, icalproperty_new_status(block.status == StudyBlock::Status::Skipped
                                                                      ? ICAL_STATUS_CANCELLED
                                                                      : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_property(event, xProperty("X-STUDYPLANNER-STAGE", block.stageKey));
        if (!block.itemKey.isEmpty())
            icalcomponent_add_property(event, xProperty("X-STUDYPLANNER-ITEM", block.itemKey));
        icalcomponent_add_property(event, xProperty("X-STUDYPLANNER-STATUS", QLatin1String(statusKey(block.status))));
        icalcomponent_add_component(calendar.get(), event);
    }

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

bool IcsExport::writeFile(const QString &path, const QList<Entry> &entries, const QDateTime &stamp, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), message);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = write(entries, stamp);
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}
