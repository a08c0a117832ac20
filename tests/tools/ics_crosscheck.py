#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Study Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent check of Study Planner's iCalendar files with python3-icalendar and
python3-recurring-ical-events (not libical, which Study Planner uses). Run by tst_icsexport.

  ics_crosscheck.py events FILE
      The VEVENTs of FILE as a JSON list of {"uid", "start", "end", "summary", "status"}, in file
      order; times in UTC as "YYYY-MM-DDTHH:MM:SSZ".

  ics_crosscheck.py overlaps --busy BUSY --blocks BLOCKS --from ISO --to ISO --zone ZONE
      Expands BUSY with recurring_ical_events over [from, to), drops STATUS:CANCELLED and
      TRANSP:TRANSPARENT occurrences, and checks that none overlaps a VEVENT of BLOCKS. All-day dates
      and floating times are in ZONE (an IANA name). Prints {"ok", "busy_occurrences", "busy", "blocks",
      "overlaps"} as JSON.

Exit status: 0 done (overlaps: no overlap), 1 an overlap was found, 2 bad usage or unreadable input,
3 a module is missing.
"""
import argparse
import datetime
import json
import sys

try:
    from zoneinfo import ZoneInfo

    import icalendar
    import recurring_ical_events
except ImportError as error:  # reported so that the test can skip with the reason
    print(json.dumps({"error": "missing module: %s" % error.name}))
    sys.exit(3)

UTC = datetime.timezone.utc


def instant(value, zone):
    """A DATE, a floating or a zoned DATE-TIME as an aware UTC datetime."""
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def span(event, zone):
    start_value = event["DTSTART"].dt
    start = instant(start_value, zone)
    if "DTEND" in event:
        end = instant(event["DTEND"].dt, zone)
    elif "DURATION" in event:
        end = start + event["DURATION"].dt
    elif isinstance(start_value, datetime.datetime):
        end = start
    else:
        end = instant(start_value + datetime.timedelta(days=1), zone)
    return start, end


def iso(value):
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read(path):
    with open(path, "rb") as f:
        return icalendar.Calendar.from_ical(f.read())


def events(args):
    calendar = read(args.file)
    out = []
    for event in calendar.walk("VEVENT"):
        start, end = span(event, UTC)
        out.append({
            "uid": str(event.get("UID", "")),
            "start": iso(start),
            "end": iso(end),
            "summary": str(event.get("SUMMARY", "")),
            "status": str(event.get("STATUS", "")),
        })
    print(json.dumps(out, ensure_ascii=False))
    return 0


def overlaps(args):
    zone = ZoneInfo(args.zone)
    begin = datetime.datetime.fromisoformat(args.begin.replace("Z", "+00:00"))
    end = datetime.datetime.fromisoformat(args.end.replace("Z", "+00:00"))
    busy = []
    for event in recurring_ical_events.of(read(args.busy)).between(begin, end):
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        if str(event.get("TRANSP", "")).upper() == "TRANSPARENT":
            continue
        s, e = span(event, zone)
        if s < end and e > begin and e > s:
            busy.append((s, e, str(event.get("SUMMARY", ""))))
    busy.sort()
    blocks = []
    for event in read(args.blocks).walk("VEVENT"):
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        s, e = span(event, UTC)
        blocks.append((s, e, str(event.get("UID", ""))))
    found = []
    for bs, be, uid in blocks:
        for s, e, summary in busy:
            if bs < e and s < be:
                found.append({"block": uid, "busy": summary, "start": iso(s), "end": iso(e)})
    print(json.dumps({
        "ok": not found,
        "busy_occurrences": len(busy),
        "busy": ["%s/%s" % (iso(s), iso(e)) for s, e, _ in busy],
        "blocks": len(blocks),
        "overlaps": found,
    }, ensure_ascii=False))
    return 0 if not found else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("events")
    p.add_argument("file")
    p = commands.add_parser("overlaps")
    p.add_argument("--busy", required=True)
    p.add_argument("--blocks", required=True)
    p.add_argument("--from", dest="begin", required=True)
    p.add_argument("--to", dest="end", required=True)
    p.add_argument("--zone", required=True)
    args = parser.parse_args()
    try:
        return events(args) if args.command == "events" else overlaps(args)
    except (OSError, ValueError, KeyError) as error:
        print(json.dumps({"error": str(error)}))
        return 2


if __name__ == "__main__":
    sys.exit(main())
