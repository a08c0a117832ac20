<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AvailabilityDialog</name>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>When can you study?</source>
        <translation>When can you study?</translation>
    </message>
    <message>
        <source>Study blocks are planned only in the times you give here, so that the plan fits your week. Below is a suggestion that gives the hours your plan asks for; change it to suit you. You can change it at any time under Settings → Availability… in the menu.</source>
        <translation>Study blocks are planned only in the times you give here, so that the plan fits your week. Below is a suggestion that gives the hours your plan asks for; change it to suit you. You can change it at any time under Settings → Availability… in the menu.</translation>
    </message>
    <message>
        <source>&amp;Use This</source>
        <translation>&amp;Use This</translation>
    </message>
    <message>
        <source>S&amp;kip for Now</source>
        <translation>S&amp;kip for Now</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whole week: %1</source>
        <translation>Whole week: %1</translation>
    </message>
    <message>
        <source>Exception on %1: %2</source>
        <translation>Exception on %1: %2</translation>
    </message>
    <message>
        <source>The shortest block (%1 min) is longer than the longest block (%2 min).</source>
        <translation>The shortest block (%1 min) is longer than the longest block (%2 min).</translation>
    </message>
    <message>
        <source>Weekly template</source>
        <translation>Weekly template</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Copy %1 to %2–%3</source>
        <translation>&amp;Copy %1 to %2–%3</translation>
    </message>
    <message>
        <source>Whole week as one l&amp;ine:</source>
        <translation>Whole week as one l&amp;ine:</translation>
    </message>
    <message>
        <source>e.g. mon-fri 19:30-21:30, sat 09:00-12:00 14:00-16:00, sun off</source>
        <translation>e.g. mon-fri 19:30-21:30, sat 09:00-12:00 14:00-16:00, sun off</translation>
    </message>
    <message>
        <source>Study blocks</source>
        <translation>Study blocks</translation>
    </message>
    <message>
        <source>&amp;Shortest block:</source>
        <translation>&amp;Shortest block:</translation>
    </message>
    <message>
        <source>Lon&amp;gest block:</source>
        <translation>Lon&amp;gest block:</translation>
    </message>
    <message>
        <source>&amp;Break between blocks:</source>
        <translation>&amp;Break between blocks:</translation>
    </message>
    <message>
        <source>Daily ma&amp;ximum:</source>
        <translation>Daily ma&amp;ximum:</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>At most this many minutes of study blocks on one day</source>
        <translation>At most this many minutes of study blocks on one day</translation>
    </message>
    <message>
        <source>Date exceptions</source>
        <translation>Date exceptions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Extra windows</source>
        <translation>Extra windows</translation>
    </message>
    <message>
        <source>&amp;Add Exception</source>
        <translation>&amp;Add Exception</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>e.g. 14:00-16:00</source>
        <translation>e.g. 14:00-16:00</translation>
    </message>
    <message>
        <source>Available: %1 h a week (placeable in blocks: %2 h).</source>
        <translation>Available: %1 h a week (placeable in blocks: %2 h).</translation>
    </message>
    <message>
        <source>Available: %1 h a week (placeable in blocks: %2 h). Your plan asks for up to %3 h a week: add time windows, or allow longer blocks or more a day.</source>
        <translation>Available: %1 h a week (placeable in blocks: %2 h). Your plan asks for up to %3 h a week: add time windows, or allow longer blocks or more a day.</translation>
    </message>
    <message>
        <source>Available: %1 h a week (placeable in blocks: %2 h). Your plan asks for up to %3 h a week.</source>
        <translation>Available: %1 h a week (placeable in blocks: %2 h). Your plan asks for up to %3 h a week.</translation>
    </message>
    <message>
        <source>Copy the windows of %3 to %1–%2</source>
        <translation>Copy the windows of %3 to %1–%2</translation>
    </message>
</context>
<context>
    <name>AvailabilityRepository</name>
    <message>
        <source>A time window does not end after it starts.</source>
        <translation>A time window does not end after it starts.</translation>
    </message>
    <message>
        <source>The shortest block must be longer than 0 minutes.</source>
        <translation>The shortest block must be longer than 0 minutes.</translation>
    </message>
    <message>
        <source>The longest block (%1 min) is shorter than the shortest block (%2 min).</source>
        <translation>The longest block (%1 min) is shorter than the shortest block (%2 min).</translation>
    </message>
    <message>
        <source>The break between blocks cannot be negative.</source>
        <translation>The break between blocks cannot be negative.</translation>
    </message>
    <message>
        <source>The daily maximum must be more than 0 minutes.</source>
        <translation>The daily maximum must be more than 0 minutes.</translation>
    </message>
    <message>
        <source>The availability of roadmap %1 cannot be read: %2</source>
        <translation>The availability of roadmap %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The availability was not saved: %1</source>
        <translation>The availability was not saved: %1</translation>
    </message>
    <message>
        <source>There is no roadmap %1.</source>
        <translation>There is no roadmap %1.</translation>
    </message>
    <message>
        <source>A date exception has no valid date.</source>
        <translation>A date exception has no valid date.</translation>
    </message>
    <message>
        <source>A time window of %1 does not end after it starts.</source>
        <translation>A time window of %1 does not end after it starts.</translation>
    </message>
    <message>
        <source>The availability of roadmap %1 cannot be read: the exception of %2 is damaged.</source>
        <translation>The availability of roadmap %1 cannot be read: the exception of %2 is damaged.</translation>
    </message>
</context>
<context>
    <name>AvailabilityText</name>
    <message>
        <source>position %1: “%2” is not a time window such as 19:30-21:30</source>
        <translation>position %1: “%2” is not a time window such as 19:30-21:30</translation>
    </message>
    <message>
        <source>position %1: a day group is missing before “,”</source>
        <translation>position %1: a day group is missing before “,”</translation>
    </message>
    <message>
        <source>position %1: “%2” is not a day; a group starts with a day such as mon or a range such as mon-fri</source>
        <translation>position %1: “%2” is not a day; a group starts with a day such as mon or a range such as mon-fri</translation>
    </message>
    <message>
        <source>position %1: “%2” is not a day (mon … sun, monday … sunday, 周一 … 周日)</source>
        <translation>position %1: “%2” is not a day (mon … sun, monday … sunday, 周一 … 周日)</translation>
    </message>
    <message>
        <source>position %1: “%2” is not a range of days such as mon-fri</source>
        <translation>position %1: “%2” is not a range of days such as mon-fri</translation>
    </message>
    <message>
        <source>position %1: “%2” mixes “off” with time windows; a day is either off or has windows</source>
        <translation>position %1: “%2” mixes “off” with time windows; a day is either off or has windows</translation>
    </message>
    <message>
        <source>position %1: “%2” is a day, but a time window such as 19:30-21:30 or “off” belongs here; separate day groups with commas</source>
        <translation>position %1: “%2” is a day, but a time window such as 19:30-21:30 or “off” belongs here; separate day groups with commas</translation>
    </message>
    <message>
        <source>position %1: “%2” starts at 24:00; 24:00 can only end a window</source>
        <translation>position %1: “%2” starts at 24:00; 24:00 can only end a window</translation>
    </message>
    <message>
        <source>position %1: “%2” is not a time of day such as 07:30 (00:00 to 24:00)</source>
        <translation>position %1: “%2” is not a time of day such as 07:30 (00:00 to 24:00)</translation>
    </message>
    <message>
        <source>position %1: “%2” ends when it starts</source>
        <translation>position %1: “%2” ends when it starts</translation>
    </message>
    <message>
        <source>position %1: “%2” ends before it starts; a window cannot cross midnight (write 22:00-24:00 on one day and 00:00-01:00 on the next)</source>
        <translation>position %1: “%2” ends before it starts; a window cannot cross midnight (write 22:00-24:00 on one day and 00:00-01:00 on the next)</translation>
    </message>
    <message>
        <source>position %1: “%2” has no time window; add one such as 19:30-21:30, or “off”</source>
        <translation>position %1: “%2” has no time window; add one such as 19:30-21:30, or “off”</translation>
    </message>
    <message>
        <source>position %1: nothing follows the last “,”; remove it or add a day group</source>
        <translation>position %1: nothing follows the last “,”; remove it or add a day group</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Study Block</source>
        <translation>Study Block</translation>
    </message>
    <message>
        <source>No particular item</source>
        <translation>No particular item</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (done)</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>BlockRepository</name>
    <message>
        <source>block %1 is damaged</source>
        <translation>block %1 is damaged</translation>
    </message>
    <message>
        <source>A study block has no id.</source>
        <translation>A study block has no id.</translation>
    </message>
    <message>
        <source>The study block %1 does not end after it starts.</source>
        <translation>The study block %1 does not end after it starts.</translation>
    </message>
    <message>
        <source>The study block %1 names stage %2, which is not in the roadmap.</source>
        <translation>The study block %1 names stage %2, which is not in the roadmap.</translation>
    </message>
    <message>
        <source>The study blocks cannot be read: %1</source>
        <translation>The study blocks cannot be read: %1</translation>
    </message>
    <message>
        <source>The study blocks were not saved: %1</source>
        <translation>The study blocks were not saved: %1</translation>
    </message>
    <message>
        <source>The study blocks were not saved: block %1 is outside the range replaced.</source>
        <translation>The study blocks were not saved: block %1 is outside the range replaced.</translation>
    </message>
    <message>
        <source>The dropped items cannot be read: %1</source>
        <translation>The dropped items cannot be read: %1</translation>
    </message>
    <message>
        <source>The dropped items were not saved: %1</source>
        <translation>The dropped items were not saved: %1</translation>
    </message>
</context>
<context>
    <name>BranchListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>You follow this branch: its items count toward the stage&apos;s progress.</source>
        <translation>You follow this branch: its items count toward the stage&apos;s progress.</translation>
    </message>
    <message>
        <source>You do not follow this branch: its items do not count toward progress.</source>
        <translation>You do not follow this branch: its items do not count toward progress.</translation>
    </message>
</context>
<context>
    <name>BudgetDelegate</name>
    <message>
        <source> h/week</source>
        <translation> h/week</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 wk</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Follows from the other two figures. Edit it to fix it instead.</source>
        <translation>Follows from the other two figures. Edit it to fix it instead.</translation>
    </message>
    <message>
        <source>At this start the guide ends the stage between %1 and %2.</source>
        <translation>At this start the guide ends the stage between %1 and %2.</translation>
    </message>
    <message>
        <source>The guide gives this stage no end.</source>
        <translation>The guide gives this stage no end.</translation>
    </message>
    <message>
        <source>Of weekly hours, effort and duration you fix two; this one follows.</source>
        <translation>Of weekly hours, effort and duration you fix two; this one follows.</translation>
    </message>
    <message>
        <source>Weeks this stage starts before the previous one ends.</source>
        <translation>Weeks this stage starts before the previous one ends.</translation>
    </message>
    <message>
        <source>The last planned day of the stage.</source>
        <translation>The last planned day of the stage.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Follows</translation>
    </message>
    <message>
        <source>Overlap (wk)</source>
        <translation>Overlap (wk)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Against the guide</source>
        <translation>Against the guide</translation>
    </message>
    <message>
        <source>%1 h a week is more than your availability holds: %2 h a week in study blocks.</source>
        <translation>%1 h a week is more than your availability holds: %2 h a week in study blocks.</translation>
    </message>
</context>
<context>
    <name>BurnUpChart</name>
    <message>
        <source>Total hours: planned, studied and forecast</source>
        <translation>Total hours: planned, studied and forecast</translation>
    </message>
    <message>
        <source>Forecast range</source>
        <translation>Forecast range</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Studied</source>
        <translation>Studied</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Range of the forecast
At a faster pace: %1
At a slower pace: %2</source>
        <translation>Range of the forecast
At a faster pace: %1
At a slower pace: %2</translation>
    </message>
    <message>
        <source>Planned by %1: %2</source>
        <translation>Planned by %1: %2</translation>
    </message>
    <message>
        <source>Studied by %1: %2</source>
        <translation>Studied by %1: %2</translation>
    </message>
    <message>
        <source>Forecast by %1: %2</source>
        <translation>Forecast by %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>date: hours</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BusyRepository</name>
    <message>
        <source>The imported calendars cannot be read: %1</source>
        <translation>The imported calendars cannot be read: %1</translation>
    </message>
    <message>
        <source>The calendar was not imported: an event does not end after it starts.</source>
        <translation>The calendar was not imported: an event does not end after it starts.</translation>
    </message>
    <message>
        <source>The calendar was not imported: %1</source>
        <translation>The calendar was not imported: %1</translation>
    </message>
    <message>
        <source>The calendar was not removed: %1</source>
        <translation>The calendar was not removed: %1</translation>
    </message>
    <message>
        <source>The busy time cannot be read: %1</source>
        <translation>The busy time cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>CalendarExchange</name>
    <message numerus="yes">
        <source>Imported %n busy time(s) from “%1”.</source>
        <translation>
            <numerusform>Imported %n busy time from “%1”.</numerusform>
            <numerusform>Imported %n busy times from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled event(s) left out.</source>
        <translation>
            <numerusform>%n cancelled event left out.</numerusform>
            <numerusform>%n cancelled events left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) marked free left out.</source>
        <translation>
            <numerusform>%n event marked free left out.</numerusform>
            <numerusform>%n events marked free left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export range must end on or after its first day.</source>
        <translation>The export range must end on or after its first day.</translation>
    </message>
    <message numerus="yes">
        <source>The export range is longer than %n day(s); export it in parts.</source>
        <translation>
            <numerusform>The export range is longer than %n day; export it in parts.</numerusform>
            <numerusform>The export range is longer than %n days; export it in parts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <source>Catch Up</source>
        <translation>Catch Up</translation>
    </message>
    <message>
        <source>You missed %1 h of “%2”. How do you want to catch up?</source>
        <translation>You missed %1 h of “%2”. How do you want to catch up?</translation>
    </message>
    <message>
        <source>Move the missed hours into free time</source>
        <translation>Move the missed hours into free time</translation>
    </message>
    <message>
        <source>Extend the stage</source>
        <translation>Extend the stage</translation>
    </message>
    <message>
        <source>Drop optional items</source>
        <translation>Drop optional items</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Dropped: %1</translation>
    </message>
    <message>
        <source>The stage&apos;s effort grows by %1 h.</source>
        <translation>The stage&apos;s effort grows by %1 h.</translation>
    </message>
    <message>
        <source>This stage has no optional items left to drop.</source>
        <translation>This stage has no optional items left to drop.</translation>
    </message>
    <message>
        <source>%1 min missed on %2 → %3 to %4 (%5)</source>
        <translation>%1 min missed on %2 → %3 to %4 (%5)</translation>
    </message>
    <message>
        <source>%1 min missed on %2 → %3 to %4</source>
        <translation>%1 min missed on %2 → %3 to %4</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The guide: ends between %1 and %2</source>
        <translation>The guide: ends between %1 and %2</translation>
    </message>
    <message>
        <source>The guide: ends after %1, no latest end</source>
        <translation>The guide: ends after %1, no latest end</translation>
    </message>
    <message>
        <source>Planned: %1 to %2</source>
        <translation>Planned: %1 to %2</translation>
    </message>
    <message>
        <source>Planned: from %1, ongoing</source>
        <translation>Planned: from %1, ongoing</translation>
    </message>
    <message>
        <source>Studied: %1 to %2, %3</source>
        <translation>Studied: %1 to %2, %3</translation>
    </message>
    <message>
        <source>Studied: not yet</source>
        <translation>Studied: not yet</translation>
    </message>
    <message>
        <source>Forecast end: %1</source>
        <translation>Forecast end: %1</translation>
    </message>
    <message>
        <source>Forecast end: no forecast yet</source>
        <translation>Forecast end: no forecast yet</translation>
    </message>
    <message>
        <source>%1: the guide gives this stage no assessment to tick.</source>
        <translation>%1: the guide gives this stage no assessment to tick.</translation>
    </message>
    <message>
        <source>%1: hours spent, checklist not ticked. Missing: %2.</source>
        <translation>%1: hours spent, checklist not ticked. Missing: %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 assessment items ticked. Missing: %4.</source>
        <translation>%1: %2 of %3 assessment items ticked. Missing: %4.</translation>
    </message>
    <message>
        <source>%1: %2 studied</source>
        <comment>date: time</comment>
        <translation>%1: %2 studied</translation>
    </message>
    <message>
        <source>%1: no study</source>
        <comment>date</comment>
        <translation>%1: no study</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s).</source>
        <translation>
            <numerusform>Current streak: %n day.</numerusform>
            <numerusform>Current streak: %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s).</source>
        <translation>
            <numerusform>Longest streak: %n day.</numerusform>
            <numerusform>Longest streak: %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>No study logged yet.</source>
        <translation>No study logged yet.</translation>
    </message>
    <message numerus="yes">
        <source>No study in the last %n week(s).</source>
        <translation>
            <numerusform>No study in the last %n week.</numerusform>
            <numerusform>No study in the last %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your pace: %1 a week (± %2) over the last %n week(s).</source>
        <translation>
            <numerusform>Your pace: %1 a week (± %2) over the last %n week.</numerusform>
            <numerusform>Your pace: %1 a week (± %2) over the last %n weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the plan: no forecast yet.</source>
        <translation>The end of the plan: no forecast yet.</translation>
    </message>
    <message>
        <source>At this pace the plan ends around %1 (between %2 and %3): %4.</source>
        <translation>At this pace the plan ends around %1 (between %2 and %3): %4.</translation>
    </message>
    <message>
        <source>At this pace the plan ends around %1 (%2 at the earliest): %3.</source>
        <translation>At this pace the plan ends around %1 (%2 at the earliest): %3.</translation>
    </message>
    <message>
        <source>At this pace the plan ends around %1: %2.</source>
        <translation>At this pace the plan ends around %1: %2.</translation>
    </message>
</context>
<context>
    <name>ChecklistChart</name>
    <message>
        <source>Assessment checklists ticked</source>
        <translation>Assessment checklists ticked</translation>
    </message>
    <message>
        <source>%1: no assessment items</source>
        <translation>%1: no assessment items</translation>
    </message>
    <message>
        <source>%1: %2 of %3 assessment items ticked (%4)</source>
        <translation>%1: %2 of %3 assessment items ticked (%4)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Study Planner turns a learning guide into a study plan and keeps you on it.</source>
        <translation>Study Planner turns a learning guide into a study plan and keeps you on it.</translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt; instead of the default %1.</source>
        <translation>Use the database file &lt;path&gt; instead of the default %1.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;: %1.</source>
        <translation>Use the interface language &lt;language&gt;: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Import the Markdown guide &lt;file&gt; as a new roadmap, make it the current one, and exit.</source>
        <translation>Import the Markdown guide &lt;file&gt; as a new roadmap, make it the current one, and exit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write the current roadmap with your progress as JSON to &lt;file&gt; (- for standard output), and exit.</source>
        <translation>Write the current roadmap with your progress as JSON to &lt;file&gt; (- for standard output), and exit.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database needs a file path.</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Unknown language “%1”; choose one of: %2.</translation>
    </message>
    <message>
        <source>--import-roadmap needs a file.</source>
        <translation>--import-roadmap needs a file.</translation>
    </message>
    <message>
        <source>--export-roadmap needs a file.</source>
        <translation>--export-roadmap needs a file.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>Imported %1 as the current roadmap.</source>
        <translation>Imported %1 as the current roadmap.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Write the plan of the current roadmap (budgets, dates and the guide&apos;s ranges) as JSON to &lt;file&gt; (- for standard output), and exit.</source>
        <translation>Write the plan of the current roadmap (budgets, dates and the guide&apos;s ranges) as JSON to &lt;file&gt; (- for standard output), and exit.</translation>
    </message>
    <message>
        <source>--export-plan needs a file.</source>
        <translation>--export-plan needs a file.</translation>
    </message>
    <message>
        <source>Store &lt;text&gt; as your weekly availability for the current roadmap, such as &quot;mon-fri 19:30-21:30, sat 09:00-12:00&quot;, compare it with the plan&apos;s budget, and exit.</source>
        <translation>Store &lt;text&gt; as your weekly availability for the current roadmap, such as &quot;mon-fri 19:30-21:30, sat 09:00-12:00&quot;, compare it with the plan&apos;s budget, and exit.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>--availability needs a text such as &quot;mon-fri 19:30-21:30, sat 09:00-12:00&quot;.</source>
        <translation>--availability needs a text such as &quot;mon-fri 19:30-21:30, sat 09:00-12:00&quot;.</translation>
    </message>
    <message>
        <source>--availability “%1”: %2</source>
        <translation>--availability “%1”: %2</translation>
    </message>
    <message>
        <source>Availability: %1 — %2 h a week (%3 h in blocks). Plan: %4 h a week now.</source>
        <translation>Availability: %1 — %2 h a week (%3 h in blocks). Plan: %4 h a week now.</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>no time</translation>
    </message>
    <message>
        <source>The plan&apos;s %1 h a week do not fit: only %2 h a week can be placed in blocks.</source>
        <translation>The plan&apos;s %1 h a week do not fit: only %2 h a week can be placed in blocks.</translation>
    </message>
    <message>
        <source>Import the iCalendar file &lt;file&gt; as busy time (again: its events are replaced), and exit. May be given more than once.</source>
        <translation>Import the iCalendar file &lt;file&gt; as busy time (again: its events are replaced), and exit. May be given more than once.</translation>
    </message>
    <message>
        <source>Write the study blocks from --from to --to as an iCalendar file &lt;file&gt;, and exit.</source>
        <translation>Write the study blocks from --from to --to as an iCalendar file &lt;file&gt;, and exit.</translation>
    </message>
    <message>
        <source>The first day exported with --export-ics (yyyy-mm-dd; default: today).</source>
        <translation>The first day exported with --export-ics (yyyy-mm-dd; default: today).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>--import-busy needs a file.</source>
        <translation>--import-busy needs a file.</translation>
    </message>
    <message>
        <source>--export-ics needs a file.</source>
        <translation>--export-ics needs a file.</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date such as 2027-03-01.</source>
        <translation>--%1 “%2” is not a date such as 2027-03-01.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) is before --from (%2).</translation>
    </message>
    <message>
        <source>Study Planner is running on %1: import from its File menu, or quit it first.</source>
        <translation>Study Planner is running on %1: import from its File menu, or quit it first.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n study block(s) from %1 to %2 to %3.</source>
        <translation>
            <numerusform>Wrote %n study block from %1 to %2 to %3.</numerusform>
            <numerusform>Wrote %n study blocks from %1 to %2 to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day exported with --export-ics (yyyy-mm-dd; default: 27 days after --from, four weeks in all).</source>
        <translation>The last day exported with --export-ics (yyyy-mm-dd; default: 27 days after --from, four weeks in all).</translation>
    </message>
    <message>
        <source>Write the study log from --from to --to (default: all of it) as CSV to &lt;file&gt;, and exit.</source>
        <translation>Write the study log from --from to --to (default: all of it) as CSV to &lt;file&gt;, and exit.</translation>
    </message>
    <message>
        <source>Begin the CSV file with a byte order mark, for spreadsheet programs.</source>
        <translation>Begin the CSV file with a byte order mark, for spreadsheet programs.</translation>
    </message>
    <message>
        <source>Add the entries of the CSV file &lt;file&gt; to the study log (all of them or, when a row is refused, none), and exit.</source>
        <translation>Add the entries of the CSV file &lt;file&gt; to the study log (all of them or, when a row is refused, none), and exit.</translation>
    </message>
    <message>
        <source>Start the timer for &lt;stage&gt;, or &lt;stage&gt;/&lt;item&gt; (keys such as 1 or 1/1.1.1), and exit; a running Study Planner does it in its window.</source>
        <translation>Start the timer for &lt;stage&gt;, or &lt;stage&gt;/&lt;item&gt; (keys such as 1 or 1/1.1.1), and exit; a running Study Planner does it in its window.</translation>
    </message>
    <message>
        <source>stage[/item]</source>
        <translation>stage[/item]</translation>
    </message>
    <message>
        <source>Stop the running timer, and exit.</source>
        <translation>Stop the running timer, and exit.</translation>
    </message>
    <message>
        <source>--export-csv needs a file.</source>
        <translation>--export-csv needs a file.</translation>
    </message>
    <message>
        <source>--import-csv needs a file.</source>
        <translation>--import-csv needs a file.</translation>
    </message>
    <message>
        <source>Give one of --start-timer, --stop-timer and --timer-status at a time.</source>
        <translation>Give one of --start-timer, --stop-timer and --timer-status at a time.</translation>
    </message>
    <message>
        <source>--start-timer needs a stage such as 1, or a stage and an item such as 1/1.1.1.</source>
        <translation>--start-timer needs a stage such as 1, or a stage and an item such as 1/1.1.1.</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was added:</source>
        <translation>%1 was not imported; nothing was added:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n entry(s) from %1 to the study log.</source>
        <translation>
            <numerusform>Added %n entry from %1 to the study log.</numerusform>
            <numerusform>Added %n entries from %1 to the study log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entry(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n entry to %1.</numerusform>
            <numerusform>Wrote %n entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show whether a timer is running, and for what, and exit.</source>
        <translation>Show whether a timer is running, and for what, and exit.</translation>
    </message>
    <message>
        <source>Study Planner was opened on %1 in the meantime: run the command again.</source>
        <translation>Study Planner was opened on %1 in the meantime: run the command again.</translation>
    </message>
    <message>
        <source>Print &lt;document&gt; (week, plan or report) to the PDF file given with --pdf, and exit. The week is the one that holds --from (default: this week); the report covers --from to --to (default: this month).</source>
        <translation>Print &lt;document&gt; (week, plan or report) to the PDF file given with --pdf, and exit. The week is the one that holds --from (default: this week); the report covers --from to --to (default: this month).</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>The PDF file that --print writes.</source>
        <translation>The PDF file that --print writes.</translation>
    </message>
    <message>
        <source>The paper for --print: a4 or letter (default: the one of your locale).</source>
        <translation>The paper for --print: a4 or letter (default: the one of your locale).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>The page orientation for --print: portrait or landscape (default: landscape for the week, portrait for the plan and the report).</source>
        <translation>The page orientation for --print: portrait or landscape (default: landscape for the week, portrait for the plan and the report).</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>--print “%1”: choose week, plan or report.</source>
        <translation>--print “%1”: choose week, plan or report.</translation>
    </message>
    <message>
        <source>--print needs --pdf and the file to write.</source>
        <translation>--print needs --pdf and the file to write.</translation>
    </message>
    <message>
        <source>--pdf can only be used with --print.</source>
        <translation>--pdf can only be used with --print.</translation>
    </message>
    <message>
        <source>--page-size and --orientation can only be used with --print.</source>
        <translation>--page-size and --orientation can only be used with --print.</translation>
    </message>
    <message>
        <source>--page-size “%1”: choose a4 or letter.</source>
        <translation>--page-size “%1”: choose a4 or letter.</translation>
    </message>
    <message>
        <source>--orientation “%1”: choose portrait or landscape.</source>
        <translation>--orientation “%1”: choose portrait or landscape.</translation>
    </message>
    <message>
        <source>--from and --to can only be used with --export-ics, --export-csv or --print.</source>
        <translation>--from and --to can only be used with --export-ics, --export-csv or --print.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Internal error: the migrations for %1 are not numbered 1, 2, 3...</source>
        <translation>Internal error: the migrations for %1 are not numbered 1, 2, 3...</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder cannot be created.</source>
        <translation>%1 cannot be created: its folder cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 cannot be created: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Study Planner (schema %2); it is opened read-only.</source>
        <translation>%1 was written by a newer Study Planner (schema %2); it is opened read-only.</translation>
    </message>
    <message>
        <source>%1 was not upgraded because no backup copy could be made: %2</source>
        <translation>%1 was not upgraded because no backup copy could be made: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded from schema %2 to %3 and was left as it was: %4</source>
        <translation>%1 could not be upgraded from schema %2 to %3 and was left as it was: %4</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Study Planner database.</source>
        <translation>%1 is a folder, not a Study Planner database.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Study Planner database.</source>
        <translation>%1 is empty: it is not a Study Planner database.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, so it is not a Study Planner database.</source>
        <translation>%1 is not an SQLite database, so it is not a Study Planner database.</translation>
    </message>
    <message>
        <source>%1 is truncated: it is shorter than an SQLite header.</source>
        <translation>%1 is truncated: it is shorter than an SQLite header.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header names an impossible page size.</source>
        <translation>%1 is damaged: its header names an impossible page size.</translation>
    </message>
    <message>
        <source>%1 is truncated: it is shorter than the database its header describes.</source>
        <translation>%1 is truncated: it is shorter than the database its header describes.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Study Planner database.</source>
        <translation>%1 is an SQLite database of another application, not a Study Planner database.</translation>
    </message>
    <message>
        <source>%1 is read-only: Study Planner needs to write to its database.</source>
        <translation>%1 is read-only: Study Planner needs to write to its database.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its handle</source>
        <translation>the SQLite driver does not expose its handle</translation>
    </message>
    <message>
        <source>%1 cannot be set up: %2</source>
        <translation>%1 cannot be set up: %2</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (is it on a network drive?); its journal mode is %2.</source>
        <translation>%1 cannot use write-ahead logging (is it on a network drive?); its journal mode is %2.</translation>
    </message>
    <message>
        <source>%1 cannot be set up: SQLite ignored a setting.</source>
        <translation>%1 cannot be set up: SQLite ignored a setting.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>%1 is opened read-only: the change was not saved.</source>
        <translation>%1 is opened read-only: the change was not saved.</translation>
    </message>
    <message>
        <source>The change cannot be saved to %1: %2</source>
        <translation>The change cannot be saved to %1: %2</translation>
    </message>
    <message>
        <source>The change was not saved to %1.</source>
        <translation>The change was not saved to %1.</translation>
    </message>
    <message>
        <source>schema %1: %2</source>
        <translation>schema %1: %2</translation>
    </message>
    <message>
        <source>a row of table %1 refers to a missing row of table %2</source>
        <translation>a row of table %1 refers to a missing row of table %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EntryCsv</name>
    <message>
        <source>a quoted field that begins on this line is never closed</source>
        <translation>a quoted field that begins on this line is never closed</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>text after the closing quote of a field</translation>
    </message>
    <message>
        <source>a quote inside a field that does not begin with one</source>
        <translation>a quote inside a field that does not begin with one</translation>
    </message>
    <message>
        <source>a carriage return not followed by a line feed</source>
        <translation>a carriage return not followed by a line feed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file has over %1 MB; files over %1 MB are refused</source>
        <translation>the file has over %1 MB; files over %1 MB are refused</translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>the file is empty: it has no header row</translation>
    </message>
    <message>
        <source>the header is not valid UTF-8</source>
        <translation>the header is not valid UTF-8</translation>
    </message>
    <message>
        <source>a column without a name in the header</source>
        <translation>a column without a name in the header</translation>
    </message>
    <message>
        <source>unknown column “%1” in the header</source>
        <translation>unknown column “%1” in the header</translation>
    </message>
    <message>
        <source>the column “%1” is named twice in the header</source>
        <translation>the column “%1” is named twice in the header</translation>
    </message>
    <message>
        <source>the first row is not a header</source>
        <translation>the first row is not a header</translation>
    </message>
    <message>
        <source>the header has no column “%1”</source>
        <translation>the header has no column “%1”</translation>
    </message>
    <message>
        <source>not a time entry file: %1 (expected the header %2)</source>
        <translation>not a time entry file: %1 (expected the header %2)</translation>
    </message>
    <message>
        <source>the row holds a NUL byte: this is not a text file</source>
        <translation>the row holds a NUL byte: this is not a text file</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8 text</source>
        <translation>the row is not valid UTF-8 text</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) where the header has %1</source>
        <translation>
            <numerusform>the row has %n field where the header has %1</numerusform>
            <numerusform>the row has %n fields where the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the stage is empty</source>
        <translation>the stage is empty</translation>
    </message>
    <message>
        <source>there is no stage “%1”</source>
        <translation>there is no stage “%1”</translation>
    </message>
    <message>
        <source>the start “%1” is not a date and time with an offset such as %2</source>
        <translation>the start “%1” is not a date and time with an offset such as %2</translation>
    </message>
    <message>
        <source>the end “%1” is not a date and time with an offset such as %2</source>
        <translation>the end “%1” is not a date and time with an offset such as %2</translation>
    </message>
    <message>
        <source>the UTC offset “%1” is not of the form +01:00</source>
        <translation>the UTC offset “%1” is not of the form +01:00</translation>
    </message>
    <message>
        <source>the start has the offset %1, the utc_offset column %2</source>
        <translation>the start has the offset %1, the utc_offset column %2</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>the end is before the start</translation>
    </message>
    <message>
        <source>the entry is longer than 24 hours</source>
        <translation>the entry is longer than 24 hours</translation>
    </message>
    <message numerus="yes">
        <source>and %n more row(s) refused</source>
        <translation>
            <numerusform>and %n more row refused</numerusform>
            <numerusform>and %n more rows refused</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has more than %1 rows; larger files are refused</source>
        <translation>the file has more than %1 rows; larger files are refused</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>the file has %1 MB; files over %2 MB are refused</source>
        <translation>the file has %1 MB; files over %2 MB are refused</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Study Entry</source>
        <translation>Study Entry</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>EntryRepository</name>
    <message>
        <source>An entry has no stage.</source>
        <translation>An entry has no stage.</translation>
    </message>
    <message>
        <source>An entry has no valid start.</source>
        <translation>An entry has no valid start.</translation>
    </message>
    <message>
        <source>An entry has no end.</source>
        <translation>An entry has no end.</translation>
    </message>
    <message>
        <source>An entry ends before it starts.</source>
        <translation>An entry ends before it starts.</translation>
    </message>
    <message>
        <source>An entry&apos;s UTC offset is out of range.</source>
        <translation>An entry&apos;s UTC offset is out of range.</translation>
    </message>
    <message>
        <source>The running timer cannot be read: %1</source>
        <translation>The running timer cannot be read: %1</translation>
    </message>
    <message>
        <source>The timer was not started: %1</source>
        <translation>The timer was not started: %1</translation>
    </message>
    <message>
        <source>The timer was not started: a timer is already running.</source>
        <translation>The timer was not started: a timer is already running.</translation>
    </message>
    <message>
        <source>The timer&apos;s heartbeat was not saved: %1</source>
        <translation>The timer&apos;s heartbeat was not saved: %1</translation>
    </message>
    <message>
        <source>The timer was not stopped: it is not running.</source>
        <translation>The timer was not stopped: it is not running.</translation>
    </message>
    <message>
        <source>The timer was not stopped: %1</source>
        <translation>The timer was not stopped: %1</translation>
    </message>
    <message>
        <source>The timer was not stopped: it cannot end before it started.</source>
        <translation>The timer was not stopped: it cannot end before it started.</translation>
    </message>
    <message>
        <source>The study log cannot be read: %1</source>
        <translation>The study log cannot be read: %1</translation>
    </message>
    <message>
        <source>The study log was not changed: %1</source>
        <translation>The study log was not changed: %1</translation>
    </message>
</context>
<context>
    <name>FocusController</name>
    <message>
        <source>Focus · %1 left · session %2</source>
        <comment>time left · the work session&apos;s number today</comment>
        <translation>Focus · %1 left · session %2</translation>
    </message>
    <message numerus="yes">
        <source>Break · %1 left · %n session(s) today</source>
        <translation>
            <numerusform>Break · %1 left · %n session today</numerusform>
            <numerusform>Break · %1 left · %n sessions today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long break · %1 left · %n session(s) today</source>
        <translation>
            <numerusform>Long break · %1 left · %n session today</numerusform>
            <numerusform>Long break · %1 left · %n sessions today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session %1 done: take a %n-minute long break.</source>
        <translation>
            <numerusform>Session %1 done: take a %n-minute long break.</numerusform>
            <numerusform>Session %1 done: take a %n-minute long break.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session %1 done: take a %n-minute break.</source>
        <translation>
            <numerusform>Session %1 done: take a %n-minute break.</numerusform>
            <numerusform>Session %1 done: take a %n-minute break.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus Mode</source>
        <translation>Focus Mode</translation>
    </message>
    <message>
        <source>Break over: session %1 has started.</source>
        <translation>Break over: session %1 has started.</translation>
    </message>
    <message>
        <source>Break over: start the timer for session %1.</source>
        <translation>Break over: start the timer for session %1.</translation>
    </message>
</context>
<context>
    <name>FocusDialog</name>
    <message>
        <source>Focus Mode Settings</source>
        <translation>Focus Mode Settings</translation>
    </message>
    <message>
        <source>&amp;Work session:</source>
        <translation>&amp;Work session:</translation>
    </message>
    <message>
        <source>&amp;Break:</source>
        <translation>&amp;Break:</translation>
    </message>
    <message>
        <source>&amp;Long break:</source>
        <translation>&amp;Long break:</translation>
    </message>
    <message>
        <source>Long break &amp;after every:</source>
        <translation>Long break &amp;after every:</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Start the next session after a break</source>
        <translation>&amp;Start the next session after a break</translation>
    </message>
    <message>
        <source>When a break ends, the timer starts again by itself for the same stage and item; otherwise it waits for you to start it</source>
        <translation>When a break ends, the timer starts again by itself for the same stage and item; otherwise it waits for you to start it</translation>
    </message>
    <message numerus="yes">
        <source> session(s)</source>
        <comment>after every N sessions</comment>
        <translation>
            <numerusform> session</numerusform>
            <numerusform> sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusSettings</name>
    <message>
        <source>A work session lasts from %1 to %2 minutes, not %3.</source>
        <translation>A work session lasts from %1 to %2 minutes, not %3.</translation>
    </message>
    <message>
        <source>A break lasts from %1 to %2 minutes, not %3.</source>
        <translation>A break lasts from %1 to %2 minutes, not %3.</translation>
    </message>
    <message>
        <source>A long break lasts from %1 to %2 minutes, not %3.</source>
        <translation>A long break lasts from %1 to %2 minutes, not %3.</translation>
    </message>
    <message>
        <source>A long break comes after %1 to %2 sessions, not %3.</source>
        <translation>A long break comes after %1 to %2 sessions, not %3.</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>Study blocks</source>
        <translation>Study blocks</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>Study: %1</translation>
    </message>
    <message>
        <source>Study: %1 (%2)</source>
        <translation>Study: %1 (%2)</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>Item: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>line %1: event “%2”</source>
        <translation>line %1: event “%2”</translation>
    </message>
    <message>
        <source>line %1: an event without summary</source>
        <translation>line %1: an event without summary</translation>
    </message>
    <message>
        <source>event “%1”</source>
        <translation>event “%1”</translation>
    </message>
    <message>
        <source>an event without summary</source>
        <translation>an event without summary</translation>
    </message>
    <message>
        <source>%1 is not a valid date or time</source>
        <translation>%1 is not a valid date or time</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>unknown time zone “%1”</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 skipped: %2</translation>
    </message>
    <message>
        <source>libical could not read it (%1)</source>
        <translation>libical could not read it (%1)</translation>
    </message>
    <message>
        <source>%1: libical: %2</source>
        <translation>%1: libical: %2</translation>
    </message>
    <message>
        <source>it has no start (DTSTART)</source>
        <translation>it has no start (DTSTART)</translation>
    </message>
    <message>
        <source>it ends (DTEND) before it starts (DTSTART)</source>
        <translation>it ends (DTEND) before it starts (DTSTART)</translation>
    </message>
    <message>
        <source>its DURATION cannot be read</source>
        <translation>its DURATION cannot be read</translation>
    </message>
    <message>
        <source>its DURATION is negative</source>
        <translation>its DURATION is negative</translation>
    </message>
    <message>
        <source>%1 makes more than %2 occurrences between %3 and %4 in all: refused (import a shorter period)</source>
        <translation>%1 makes more than %2 occurrences between %3 and %4 in all: refused (import a shorter period)</translation>
    </message>
    <message>
        <source>%1: EXDATE ignored: %2</source>
        <translation>%1: EXDATE ignored: %2</translation>
    </message>
    <message>
        <source>%1: libical could not expand its RRULE (%2): only its first occurrence is taken</source>
        <translation>%1: libical could not expand its RRULE (%2): only its first occurrence is taken</translation>
    </message>
    <message>
        <source>%1 repeats too often (RRULE:%2): more than %3 repetitions to expand; refused</source>
        <translation>%1 repeats too often (RRULE:%2): more than %3 repetitions to expand; refused</translation>
    </message>
    <message>
        <source>%1: RDATE ignored: %2</source>
        <translation>%1: RDATE ignored: %2</translation>
    </message>
    <message>
        <source>The import period is empty or invalid.</source>
        <translation>The import period is empty or invalid.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it holds binary data.</source>
        <translation>This is not an iCalendar file: it holds binary data.</translation>
    </message>
    <message>
        <source> (libical: %1)</source>
        <translation> (libical: %1)</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it has no BEGIN:VCALENDAR.%1</source>
        <translation>This is not an iCalendar file: it has no BEGIN:VCALENDAR.%1</translation>
    </message>
    <message>
        <source>The iCalendar data is incomplete or damaged: libical found no complete VCALENDAR (is END:VCALENDAR missing?).%1</source>
        <translation>The iCalendar data is incomplete or damaged: libical found no complete VCALENDAR (is END:VCALENDAR missing?).%1</translation>
    </message>
    <message>
        <source>libical reported: %1</source>
        <translation>libical reported: %1</translation>
    </message>
    <message>
        <source>libical: %1</source>
        <translation>libical: %1</translation>
    </message>
    <message>
        <source>No event of the file could be read; the first problem: %1</source>
        <translation>No event of the file could be read; the first problem: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recurring events never end: taken until %1</source>
        <translation>
            <numerusform>%n recurring event never ends: taken until %1</numerusform>
            <numerusform>%n recurring events never end: taken until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events have no end and take no time: skipped</source>
        <translation>
            <numerusform>%n event has no end and takes no time: skipped</numerusform>
            <numerusform>%n events have no end and take no time: skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>the file has %1 MB; files over %2 MB are refused</source>
        <translation>the file has %1 MB; files over %2 MB are refused</translation>
    </message>
    <message>
        <source>the file has over %1 MB; files over %1 MB are refused</source>
        <translation>the file has over %1 MB; files over %1 MB are refused</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <source>&amp;Idle Detection</source>
        <translation>&amp;Idle Detection</translation>
    </message>
    <message>
        <source>When you come back after this long without using the keyboard or mouse while a timer runs, choose whether to keep the time away</source>
        <translation>When you come back after this long without using the keyboard or mouse while a timer runs, choose whether to keep the time away</translation>
    </message>
    <message>
        <source>Idle detection is unavailable on this desktop</source>
        <translation>Idle detection is unavailable on this desktop</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Off</translation>
    </message>
    <message numerus="yes">
        <source>After %n Minute(s)</source>
        <comment>idle detection</comment>
        <translation>
            <numerusform>After %n Minute</numerusform>
            <numerusform>After %n Minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message numerus="yes">
        <source>You were away from %1 to %2 (%n minute(s)).</source>
        <translation>
            <numerusform>You were away from %1 to %2 (%n minute).</numerusform>
            <numerusform>You were away from %1 to %2 (%n minutes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the time away in the study log, or discard it?</source>
        <translation>Keep the time away in the study log, or discard it?</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>&amp;Discard the Idle Time</source>
        <translation>&amp;Discard the Idle Time</translation>
    </message>
    <message>
        <source>Discard and &amp;Stop</source>
        <translation>Discard and &amp;Stop</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>Study Planner is already running on %1, but it does not answer.</source>
        <translation>Study Planner is already running on %1, but it does not answer.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 next to the database.</source>
        <translation>Cannot create the lock file %1 next to the database.</translation>
    </message>
    <message>
        <source>Study Planner is running on %1, but it does not answer.</source>
        <translation>Study Planner is running on %1, but it does not answer.</translation>
    </message>
</context>
<context>
    <name>ItemTreeModel</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Branch not followed: these items do not count toward progress.</source>
        <translation>Branch not followed: these items do not count toward progress.</translation>
    </message>
    <message>
        <source>Branch not followed: this item does not count toward progress.</source>
        <translation>Branch not followed: this item does not count toward progress.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>LogDocument</name>
    <message>
        <source>The study log cannot be changed: the database is open read-only.</source>
        <translation>The study log cannot be changed: the database is open read-only.</translation>
    </message>
    <message>
        <source>Add Study Entry</source>
        <translation>Add Study Entry</translation>
    </message>
    <message>
        <source>The entry is no longer in the study log.</source>
        <translation>The entry is no longer in the study log.</translation>
    </message>
    <message>
        <source>Edit Study Entry</source>
        <translation>Edit Study Entry</translation>
    </message>
    <message>
        <source>An entry can only be split at a time between its start and its end.</source>
        <translation>An entry can only be split at a time between its start and its end.</translation>
    </message>
    <message>
        <source>Split Study Entry</source>
        <translation>Split Study Entry</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Study Entry(s)</source>
        <translation>
            <numerusform>Delete %n Study Entry</numerusform>
            <numerusform>Delete %n Study Entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Study Entry(s)</source>
        <translation>
            <numerusform>Import %n Study Entry</numerusform>
            <numerusform>Import %n Study Entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogExchange</name>
    <message>
        <source>Export Study Log</source>
        <translation>Export Study Log</translation>
    </message>
    <message>
        <source>Add a &amp;byte order mark for spreadsheet programs</source>
        <translation>Add a &amp;byte order mark for spreadsheet programs</translation>
    </message>
    <message>
        <source>Some spreadsheet programs read the file as UTF-8 only when it begins with this mark</source>
        <translation>Some spreadsheet programs read the file as UTF-8 only when it begins with this mark</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Only the entries of the Log view&apos;s stage and text filter are exported.</source>
        <translation>Only the entries of the Log view&apos;s stage and text filter are exported.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n study entry(s) to %1.</source>
        <translation>
            <numerusform>Saved %n study entry to %1.</numerusform>
            <numerusform>Saved %n study entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Study Log</source>
        <translation>Import Study Log</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported. Nothing will be added; correct the file and try again.</source>
        <translation>%1 cannot be imported. Nothing will be added; correct the file and try again.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message numerus="yes">
        <source>%n study entry(s) will be added (%1 h) as one step you can undo.</source>
        <translation>
            <numerusform>%n study entry will be added (%1 h) as one step you can undo.</numerusform>
            <numerusform>%n study entries will be added (%1 h) as one step you can undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n row(s) refused.</source>
        <translation>
            <numerusform>%1 was not imported: %n row refused.</numerusform>
            <numerusform>%1 was not imported: %n rows refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n study entry(s) from %1.</source>
        <translation>
            <numerusform>Imported %n study entry from %1.</numerusform>
            <numerusform>Imported %n study entries from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>This entry overlaps another one: both are counted.</source>
        <translation>This entry overlaps another one: both are counted.</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LogStatus</name>
    <message>
        <source>Today %1 h</source>
        <translation>Today %1 h</translation>
    </message>
    <message>
        <source>this week %1 of %2 h</source>
        <translation>this week %1 of %2 h</translation>
    </message>
    <message>
        <source>this week %1 h</source>
        <translation>this week %1 h</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>Show only the entries of a date range</source>
        <translation>Show only the entries of a date range</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Search the notes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Add an entry by hand</source>
        <translation>Add an entry by hand</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>S&amp;plit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the entries of the filter as a CSV file</source>
        <translation>Save the entries of the filter as a CSV file</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Add the entries of a CSV file, after a preview</source>
        <translation>Add the entries of a CSV file, after a preview</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), %1 h %2 min</source>
        <translation>
            <numerusform>%n entry, %1 h %2 min</numerusform>
            <numerusform>%n entries, %1 h %2 min</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry is too short to split.</source>
        <translation>This entry is too short to split.</translation>
    </message>
    <message>
        <source>Split Entry</source>
        <translation>Split Entry</translation>
    </message>
    <message>
        <source>Split &amp;at:</source>
        <translation>Split &amp;at:</translation>
    </message>
    <message>
        <source>Split the selected entry in two at a time you choose</source>
        <translation>Split the selected entry in two at a time you choose</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Study Planner. It is open read-only: nothing you change here is saved.</source>
        <translation>%1 was written by a newer version of Study Planner. It is open read-only: nothing you change here is saved.</translation>
    </message>
    <message>
        <source>Study Planner</source>
        <translation>Study Planner</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Show the %1 view (%2)</source>
        <translation>Show the %1 view (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Switch Roadmap</source>
        <translation>&amp;Switch Roadmap</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Import Roadmap…</source>
        <translation>&amp;Import Roadmap…</translation>
    </message>
    <message>
        <source>Import a learning guide written in Markdown as a new roadmap</source>
        <translation>Import a learning guide written in Markdown as a new roadmap</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap as JSON…</source>
        <translation>&amp;Export Roadmap as JSON…</translation>
    </message>
    <message>
        <source>Save the roadmap with your progress as a JSON file</source>
        <translation>Save the roadmap with your progress as a JSON file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Study Planner</source>
        <translation>&amp;About Study Planner</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation>%1 of %2 items done</translation>
    </message>
    <message>
        <source>Import Roadmap</source>
        <translation>Import Roadmap</translation>
    </message>
    <message>
        <source>Markdown guides (*.md *.markdown);;All files (*)</source>
        <translation>Markdown guides (*.md *.markdown);;All files (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>Imported “%1”. Switch between roadmaps with File → Switch Roadmap.</source>
        <translation>Imported “%1”. Switch between roadmaps with File → Switch Roadmap.</translation>
    </message>
    <message>
        <source>Export Roadmap</source>
        <translation>Export Roadmap</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported the roadmap to %1</source>
        <translation>Exported the roadmap to %1</translation>
    </message>
    <message>
        <source>About Study Planner</source>
        <translation>About Study Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Study Planner %1&lt;/h3&gt;&lt;p&gt;Turns a learning guide into a plan and keeps you on it.&lt;/p&gt;&lt;p&gt;The bundled roadmap is the guide to learning large language models, in Chinese and in English.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Study Planner %1&lt;/h3&gt;&lt;p&gt;Turns a learning guide into a plan and keeps you on it.&lt;/p&gt;&lt;p&gt;The bundled roadmap is the guide to learning large language models, in Chinese and in English.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Import &amp;Busy Calendar…</source>
        <translation>Import &amp;Busy Calendar…</translation>
    </message>
    <message>
        <source>Import an iCalendar (.ics) file: study blocks are never placed on its events</source>
        <translation>Import an iCalendar (.ics) file: study blocks are never placed on its events</translation>
    </message>
    <message>
        <source>Export Study Blocks as i&amp;Calendar…</source>
        <translation>Export Study Blocks as i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Save the study blocks of a date range as an .ics file for your calendar</source>
        <translation>Save the study blocks of a date range as an .ics file for your calendar</translation>
    </message>
    <message>
        <source>&amp;Availability…</source>
        <translation>&amp;Availability…</translation>
    </message>
    <message>
        <source>When you can study: weekly hours, days off and block lengths</source>
        <translation>When you can study: weekly hours, days off and block lengths</translation>
    </message>
    <message>
        <source>Import Busy Calendar</source>
        <translation>Import Busy Calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar files (*.ics *.ical *.ifb);;All files (*)</translation>
    </message>
    <message>
        <source>Export Study Blocks</source>
        <translation>Export Study Blocks</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n study block(s) to %1.</source>
        <translation>
            <numerusform>Saved %n study block to %1.</numerusform>
            <numerusform>Saved %n study blocks to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove Busy Calendar</source>
        <translation>&amp;Remove Busy Calendar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n busy time(s))</source>
        <translation>
            <numerusform>%1 (%n busy time)</numerusform>
            <numerusform>%1 (%n busy times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Busy Calendar</source>
        <translation>Remove Busy Calendar</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”? Study blocks may then be placed in its %n busy time(s).</source>
        <translation>
            <numerusform>Remove “%1”? Study blocks may then be placed in its %n busy time.</numerusform>
            <numerusform>Remove “%1”? Study blocks may then be placed in its %n busy times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Import Study &amp;Log from CSV…</source>
        <translation>Import Study &amp;Log from CSV…</translation>
    </message>
    <message>
        <source>Add study entries from a CSV file, after a preview; one step you can undo</source>
        <translation>Add study entries from a CSV file, after a preview; one step you can undo</translation>
    </message>
    <message>
        <source>Export Study Log as &amp;CSV…</source>
        <translation>Export Study Log as &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the study entries of a date range as a CSV file for spreadsheets</source>
        <translation>Save the study entries of a date range as a CSV file for spreadsheets</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>stage — item of the running timer</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Tick Items When Their Estimated Hours Are Logged</source>
        <translation>&amp;Tick Items When Their Estimated Hours Are Logged</translation>
    </message>
    <message>
        <source>An item with an hour estimate is ticked as done once the study log holds that many hours for it</source>
        <translation>An item with an hour estimate is ticked as done once the study log holds that many hours for it</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>This week has no study blocks to transcribe.</source>
        <translation>This week has no study blocks to transcribe.</translation>
    </message>
    <message>
        <source>&amp;Transcribe Printed Week…</source>
        <translation>&amp;Transcribe Printed Week…</translation>
    </message>
    <message>
        <source>Enter what you wrote on the printed week: the blocks you did and the minutes you studied</source>
        <translation>Enter what you wrote on the printed week: the blocks you did and the minutes you studied</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>The overview diagram shows the duration “%1” (line %2) without a stage name above it.</source>
        <translation>The overview diagram shows the duration “%1” (line %2) without a stage name above it.</translation>
    </message>
    <message>
        <source>The duration “%1” of the stage “%2” (line %3) is not understood: expected months such as “(1-2个月)”, “(3–6 months)” or “(ongoing)”.</source>
        <translation>The duration “%1” of the stage “%2” (line %3) is not understood: expected months such as “(1-2个月)”, “(3–6 months)” or “(ongoing)”.</translation>
    </message>
    <message>
        <source>The file could not be read as Markdown.</source>
        <translation>The file could not be read as Markdown.</translation>
    </message>
    <message>
        <source>No stages found: expected an overview, as a diagram in a code block or as a list, naming each stage with its duration, such as “入门阶段 (1-2个月)” or “Getting Started (1-2 months)”.</source>
        <translation>No stages found: expected an overview, as a diagram in a code block or as a list, naming each stage with its duration, such as “入门阶段 (1-2个月)” or “Getting Started (1-2 months)”.</translation>
    </message>
    <message>
        <source>The stage “%1” in the overview (line %2) has no duration: expected one such as “(1-2个月)”, “(1-2 months)” or “(ongoing)”.</source>
        <translation>The stage “%1” in the overview (line %2) has no duration: expected one such as “(1-2个月)”, “(1-2 months)” or “(ongoing)”.</translation>
    </message>
    <message>
        <source>The overview (line %2) names the stage “%1”, but no level-2 heading such as “## %1” starts its section.</source>
        <translation>The overview (line %2) names the stage “%1”, but no level-2 heading such as “## %1” starts its section.</translation>
    </message>
    <message>
        <source>The stage “%1” (line %2) has no items: expected lists of courses, books, projects or assessment points under its level-3 or level-4 headings.</source>
        <translation>The stage “%1” (line %2) has no items: expected lists of courses, books, projects or assessment points under its level-3 or level-4 headings.</translation>
    </message>
    <message>
        <source>The file is too large: a guide may have at most %1 MB, this one has %2 bytes.</source>
        <translation>The file is too large: a guide may have at most %1 MB, this one has %2 bytes.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a text file: binary data at byte %1. Guides are Markdown files in UTF-8.</source>
        <translation>This is not a text file: binary data at byte %1. Guides are Markdown files in UTF-8.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a guide file.</source>
        <translation>“%1” is a folder, not a guide file.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The file “%1” is too large: a guide may have at most %2 MB, this one has %3 bytes.</source>
        <translation>The file “%1” is too large: a guide may have at most %2 MB, this one has %3 bytes.</translation>
    </message>
    <message>
        <source>The file “%1” is too large: a guide may have at most %2 MB.</source>
        <translation>The file “%1” is too large: a guide may have at most %2 MB.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Study Planner</source>
        <translation>Study Planner</translation>
    </message>
</context>
<context>
    <name>PauseModel</name>
    <message>
        <source>%1 h/week</source>
        <translation>%1 h/week</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>This database is open read-only; the plan cannot be changed.</source>
        <translation>This database is open read-only; the plan cannot be changed.</translation>
    </message>
    <message>
        <source>Change the start date</source>
        <translation>Change the start date</translation>
    </message>
    <message>
        <source>Change the weekly hours</source>
        <translation>Change the weekly hours</translation>
    </message>
    <message>
        <source>Change the effort</source>
        <translation>Change the effort</translation>
    </message>
    <message>
        <source>Change the duration</source>
        <translation>Change the duration</translation>
    </message>
    <message>
        <source>Change what follows</source>
        <translation>Change what follows</translation>
    </message>
    <message>
        <source>Change the overlap</source>
        <translation>Change the overlap</translation>
    </message>
    <message>
        <source>Add a pause</source>
        <translation>Add a pause</translation>
    </message>
    <message>
        <source>Change a pause</source>
        <translation>Change a pause</translation>
    </message>
    <message>
        <source>Remove a pause</source>
        <translation>Remove a pause</translation>
    </message>
</context>
<context>
    <name>PlanPrint</name>
    <message>
        <source>Study plan: %1</source>
        <translation>Study plan: %1</translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation>Study plan</translation>
    </message>
    <message numerus="yes">
        <source>The plan starts on %1 and has %n stage(s).</source>
        <translation>
            <numerusform>The plan starts on %1 and has %n stage.</numerusform>
            <numerusform>The plan starts on %1 and has %n stages.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 or later</translation>
    </message>
    <message>
        <source>The path ends on %1; the guide expects it to end from %2: %3.</source>
        <translation>The path ends on %1; the guide expects it to end from %2: %3.</translation>
    </message>
    <message>
        <source>Logged so far: %1 h. Printed on %2.</source>
        <translation>Logged so far: %1 h. Printed on %2.</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>month on the printed plan&apos;s time axis</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>your plan</translation>
    </message>
    <message>
        <source>the guide&apos;s time for the stage</source>
        <translation>the guide&apos;s time for the stage</translation>
    </message>
    <message>
        <source>when the guide expects it to end</source>
        <translation>when the guide expects it to end</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Stage %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Planned: %1 to %2 (%n week(s)), %3 h a week, %4 h in all.</source>
        <translation>
            <numerusform>Planned: %1 to %2 (%n week), %3 h a week, %4 h in all.</numerusform>
            <numerusform>Planned: %1 to %2 (%n weeks), %3 h a week, %4 h in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned: from %1, open-ended, %2 h a week.</source>
        <translation>Planned: from %1, open-ended, %2 h a week.</translation>
    </message>
    <message>
        <source>The guide: %1 to %2 months, so an end from %3 to %4: %5.</source>
        <translation>The guide: %1 to %2 months, so an end from %3 to %4: %5.</translation>
    </message>
    <message>
        <source>The guide: %1 months or more, ongoing.</source>
        <translation>The guide: %1 months or more, ongoing.</translation>
    </message>
    <message>
        <source>Logged so far: %1 h; %2 of %3 items done.</source>
        <translation>Logged so far: %1 h; %2 of %3 items done.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>section (branch)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (about %2 h)</source>
        <translation>%1 (about %2 h)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>its start date “%1” is not a date</source>
        <translation>its start date “%1” is not a date</translation>
    </message>
    <message>
        <source>stage %1 derives the unknown field “%2”</source>
        <translation>stage %1 derives the unknown field “%2”</translation>
    </message>
    <message>
        <source>a pause from “%1” to “%2” does not have valid dates</source>
        <translation>a pause from “%1” to “%2” does not have valid dates</translation>
    </message>
    <message>
        <source>The plan has no valid start date.</source>
        <translation>The plan has no valid start date.</translation>
    </message>
    <message>
        <source>There is no roadmap %1.</source>
        <translation>There is no roadmap %1.</translation>
    </message>
    <message>
        <source>Roadmap %1 has no stage %2.</source>
        <translation>Roadmap %1 has no stage %2.</translation>
    </message>
    <message>
        <source>The plan lists stage %1 twice.</source>
        <translation>The plan lists stage %1 twice.</translation>
    </message>
    <message>
        <source>The pause from %1 to %2 does not have valid dates.</source>
        <translation>The pause from %1 to %2 does not have valid dates.</translation>
    </message>
    <message>
        <source>The plan of roadmap %1 cannot be read: %2</source>
        <translation>The plan of roadmap %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>The plan was not saved: %1</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The plan names a stage (%1) that the roadmap does not have.</source>
        <translation>The plan names a stage (%1) that the roadmap does not have.</translation>
    </message>
    <message>
        <source>%1 is planned twice.</source>
        <translation>%1 is planned twice.</translation>
    </message>
    <message>
        <source>Pause %1 needs a first and a last day.</source>
        <translation>Pause %1 needs a first and a last day.</translation>
    </message>
    <message>
        <source>The pause from %1 to %2 ends before it begins.</source>
        <translation>The pause from %1 to %2 ends before it begins.</translation>
    </message>
    <message>
        <source>The pause from %1 to %2 allows %3 hours a week: it must be 0 or more.</source>
        <translation>The pause from %1 to %2 allows %3 hours a week: it must be 0 or more.</translation>
    </message>
    <message>
        <source>%1: a weekly budget must be more than 0 hours, not %2.</source>
        <translation>%1: a weekly budget must be more than 0 hours, not %2.</translation>
    </message>
    <message>
        <source>%1: a weekly budget of %2 hours is more than %3 hours a week.</source>
        <translation>%1: a weekly budget of %2 hours is more than %3 hours a week.</translation>
    </message>
    <message>
        <source>%1: the effort must be more than 0 hours, not %2.</source>
        <translation>%1: the effort must be more than 0 hours, not %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the duration must be at least one day, not %n day(s).</source>
        <translation>
            <numerusform>%1: the duration must be at least one day, not %n day.</numerusform>
            <numerusform>%1: the duration must be at least one day, not %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a duration of %n day(s) is more than %2 years.</source>
        <translation>
            <numerusform>%1: a duration of %n day is more than %2 years.</numerusform>
            <numerusform>%1: a duration of %n days is more than %2 years.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: at %2 hours a week, %3 hours would take more than %4 years.</source>
        <translation>%1: at %2 hours a week, %3 hours would take more than %4 years.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 hours cannot be reached in %n day(s): the pauses in them leave room for %3 hours at most.</source>
        <translation>
            <numerusform>%1: %2 hours cannot be reached in %n day: the pauses in them leave room for %3 hours at most.</numerusform>
            <numerusform>%1: %2 hours cannot be reached in %n days: the pauses in them leave room for %3 hours at most.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 hours cannot be reached in %n day(s): they would need %3 hours a week, more than %4.</source>
        <translation>
            <numerusform>%1: %2 hours cannot be reached in %n day: they would need %3 hours a week, more than %4.</numerusform>
            <numerusform>%1: %2 hours cannot be reached in %n days: they would need %3 hours a week, more than %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no valid start date.</source>
        <translation>The plan has no valid start date.</translation>
    </message>
    <message>
        <source>%1 has no plan: every stage needs a weekly budget.</source>
        <translation>%1 has no plan: every stage needs a weekly budget.</translation>
    </message>
    <message>
        <source>%1 is the first stage: there is no stage before it to overlap.</source>
        <translation>%1 is the first stage: there is no stage before it to overlap.</translation>
    </message>
    <message>
        <source>%1 cannot start: %2 before it is open-ended and never ends.</source>
        <translation>%1 cannot start: %2 before it is open-ended and never ends.</translation>
    </message>
    <message>
        <source>%1: the overlap must be 0 weeks or more, not %2.</source>
        <translation>%1: the overlap must be 0 weeks or more, not %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: an overlap of %n week(s) is longer than %2, which lasts %3 days.</source>
        <translation>
            <numerusform>%1: an overlap of %n week is longer than %2, which lasts %3 days.</numerusform>
            <numerusform>%1: an overlap of %n weeks is longer than %2, which lasts %3 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) faster than the guide</source>
        <translation>
            <numerusform>%n week faster than the guide</numerusform>
            <numerusform>%n weeks faster than the guide</numerusform>
        </translation>
    </message>
    <message>
        <source>within the guide&apos;s range</source>
        <translation>within the guide&apos;s range</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) slower than the guide</source>
        <translation>
            <numerusform>%n week slower than the guide</numerusform>
            <numerusform>%n weeks slower than the guide</numerusform>
        </translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print Week…</source>
        <translation>&amp;Print Week…</translation>
    </message>
    <message>
        <source>Print the week shown in the Week view on one page, to tick and fill in by hand</source>
        <translation>Print the week shown in the Week view on one page, to tick and fill in by hand</translation>
    </message>
    <message>
        <source>Print P&amp;lan…</source>
        <translation>Print P&amp;lan…</translation>
    </message>
    <message>
        <source>Print the plan: the timeline against the guide, and each stage&apos;s dates, goals, resources and checklist</source>
        <translation>Print the plan: the timeline against the guide, and each stage&apos;s dates, goals, resources and checklist</translation>
    </message>
    <message>
        <source>Print Rep&amp;ort…</source>
        <translation>Print Rep&amp;ort…</translation>
    </message>
    <message>
        <source>Print the time studied in a date range: totals, a chart and the entries</source>
        <translation>Print the time studied in a date range: totals, a chart and the entries</translation>
    </message>
    <message>
        <source>Export as P&amp;DF</source>
        <translation>Export as P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Week…</source>
        <translation>&amp;Week…</translation>
    </message>
    <message>
        <source>Save the week shown in the Week view as a PDF file</source>
        <translation>Save the week shown in the Week view as a PDF file</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>&amp;Plan…</translation>
    </message>
    <message>
        <source>Save the plan as a PDF file</source>
        <translation>Save the plan as a PDF file</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>Save the report of a date range as a PDF file</source>
        <translation>Save the report of a date range as a PDF file</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>week-%1.pdf</source>
        <translation>week-%1.pdf</translation>
    </message>
    <message>
        <source>study-plan.pdf</source>
        <translation>study-plan.pdf</translation>
    </message>
    <message>
        <source>study-report-%1-%2.pdf</source>
        <translation>study-report-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
</context>
<context>
    <name>PrintFonts</name>
    <message>
        <source>No Chinese font is installed: Chinese text may be missing from the printout. Install WenQuanYi Micro Hei (fonts-wqy-microhei).</source>
        <translation>No Chinese font is installed: Chinese text may be missing from the printout. Install WenQuanYi Micro Hei (fonts-wqy-microhei).</translation>
    </message>
    <message>
        <source>Chinese text is printed with %1, whose characters a PDF reader may copy and search as look-alike radicals (入 as ⼊). Install WenQuanYi Micro Hei (fonts-wqy-microhei) for searchable Chinese text.</source>
        <translation>Chinese text is printed with %1, whose characters a PDF reader may copy and search as look-alike radicals (入 as ⼊). Install WenQuanYi Micro Hei (fonts-wqy-microhei) for searchable Chinese text.</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>Printed on %1 with Study Planner</source>
        <translation>Printed on %1 with Study Planner</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of printed documents</comment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Study Planner</source>
        <translation>Study Planner</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>The PDF could not be drawn.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>The progress cannot be computed without today&apos;s date.</source>
        <translation>The progress cannot be computed without today&apos;s date.</translation>
    </message>
    <message>
        <source>no forecast yet</source>
        <translation>no forecast yet</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ahead of the guide</source>
        <translation>
            <numerusform>%n week ahead of the guide</numerusform>
            <numerusform>%n weeks ahead of the guide</numerusform>
        </translation>
    </message>
    <message>
        <source>within the guide&apos;s range</source>
        <translation>within the guide&apos;s range</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) behind the guide</source>
        <translation>
            <numerusform>%n week behind the guide</numerusform>
            <numerusform>%n weeks behind the guide</numerusform>
        </translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Light band: when the guide says the stage ends. Thin bar: the plan. Thick bar: the days you studied. ◆: the forecast end. Dashed line: today.</source>
        <translation>Light band: when the guide says the stage ends. Thin bar: the plan. Thick bar: the days you studied. ◆: the forecast end. Dashed line: today.</translation>
    </message>
    <message>
        <source>Study time per day, the last 12 months</source>
        <translation>Study time per day, the last 12 months</translation>
    </message>
    <message>
        <source>Every stage&apos;s assessment checklist is ticked.</source>
        <translation>Every stage&apos;s assessment checklist is ticked.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Timer Still Running</source>
        <translation>Timer Still Running</translation>
    </message>
    <message>
        <source>A timer for %1 has been running since %2. Its last sign of life was at %3: Study Planner was closed, or stopped without ending it.</source>
        <translation>A timer for %1 has been running since %2. Its last sign of life was at %3: Study Planner was closed, or stopped without ending it.</translation>
    </message>
    <message>
        <source>End it at the last sign of &amp;life (%1)</source>
        <translation>End it at the last sign of &amp;life (%1)</translation>
    </message>
    <message>
        <source>End it &amp;at:</source>
        <translation>End it &amp;at:</translation>
    </message>
    <message>
        <source>&amp;Keep it running: I am still studying</source>
        <translation>&amp;Keep it running: I am still studying</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <source>Study report: %1 to %2</source>
        <translation>Study report: %1 to %2</translation>
    </message>
    <message>
        <source>Study report</source>
        <translation>Study report</translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation>%1 to %2 · %3</translation>
    </message>
    <message>
        <source>No study time was logged in these days.</source>
        <translation>No study time was logged in these days.</translation>
    </message>
    <message numerus="yes">
        <source>%1 h in %n entry(s)</source>
        <translation>
            <numerusform>%1 h in %n entry</numerusform>
            <numerusform>%1 h in %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 h a week on average over %n week(s).</source>
        <translation>
            <numerusform>%1 h a week on average over %n week.</numerusform>
            <numerusform>%1 h a week on average over %n weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours per stage</source>
        <translation>Hours per stage</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Hours per month</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>month under a bar of the printed report</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>week under a bar of the printed report</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Days studied</source>
        <translation>Days studied</translation>
    </message>
    <message>
        <source>%1 to %2 (week %3)</source>
        <translation>%1 to %2 (week %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>an entry&apos;s start and end time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>RoadmapDocument</name>
    <message>
        <source>This database is open read-only; the change was not saved.</source>
        <translation>This database is open read-only; the change was not saved.</translation>
    </message>
</context>
<context>
    <name>RoadmapRepository</name>
    <message>
        <source>The bundled guide %1 is missing from this build.</source>
        <translation>The bundled guide %1 is missing from this build.</translation>
    </message>
    <message>
        <source>The bundled guide %1 cannot be read: %2</source>
        <translation>The bundled guide %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is opened read-only and holds no guide.</source>
        <translation>%1 is opened read-only and holds no guide.</translation>
    </message>
    <message>
        <source>There is no roadmap %1.</source>
        <translation>There is no roadmap %1.</translation>
    </message>
    <message>
        <source>Roadmap %1 cannot be read: %2</source>
        <translation>Roadmap %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The stored text of roadmap %1 cannot be read: %2</source>
        <translation>The stored text of roadmap %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Roadmap %1 has no item %2.</source>
        <translation>Roadmap %1 has no item %2.</translation>
    </message>
    <message>
        <source>Roadmap %1 has no branch %2.</source>
        <translation>Roadmap %1 has no branch %2.</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Tick the branches you follow. Items of the others do not count toward progress.</source>
        <translation>Tick the branches you follow. Items of the others do not count toward progress.</translation>
    </message>
    <message>
        <source>Resources, projects and self-assessment</source>
        <translation>Resources, projects and self-assessment</translation>
    </message>
    <message>
        <source>Items of the stage</source>
        <translation>Items of the stage</translation>
    </message>
    <message>
        <source>%1 suggested by the guide</source>
        <translation>%1 suggested by the guide</translation>
    </message>
    <message>
        <source>%1 (default: the guide gives no figure)</source>
        <translation>%1 (default: the guide gives no figure)</translation>
    </message>
    <message>
        <source>Guide estimate: %1 · %2 · %3 of %4 items done (%5%)</source>
        <translation>Guide estimate: %1 · %2 · %3 of %4 items done (%5%)</translation>
    </message>
    <message>
        <source>Select an item to see its details. Tick it when you have done it.</source>
        <translation>Select an item to see its details. Tick it when you have done it.</translation>
    </message>
    <message>
        <source>Start &amp;Timer</source>
        <translation>Start &amp;Timer</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>%1 h of the %2 h budget do not fit: the free time this week is %3 h.</source>
        <translation>%1 h of the %2 h budget do not fit: the free time this week is %3 h.</translation>
    </message>
    <message>
        <source>%1 h of the %2 h budget do not fit: the free time this week is %3 h, but blocks of %4–%5 min, breaks of %6 min and at most %7 h a day leave no room for more.</source>
        <translation>%1 h of the %2 h budget do not fit: the free time this week is %3 h, but blocks of %4–%5 min, breaks of %6 min and at most %7 h a day leave no room for more.</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 h into free time in %n block(s); the stage still ends on %2.</source>
        <translation>
            <numerusform>Move %1 h into free time in %n block; the stage still ends on %2.</numerusform>
            <numerusform>Move %1 h into free time in %n blocks; the stage still ends on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %1 h into free time in %n block(s); %2 h do not fit under %3 h a week and move the stage&apos;s end from %4 to %5.</source>
        <translation>
            <numerusform>Move %1 h into free time in %n block; %2 h do not fit under %3 h a week and move the stage&apos;s end from %4 to %5.</numerusform>
            <numerusform>Move %1 h into free time in %n blocks; %2 h do not fit under %3 h a week and move the stage&apos;s end from %4 to %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 h to the stage: its end moves from %2 to %3.</source>
        <translation>Add %1 h to the stage: its end moves from %2 to %3.</translation>
    </message>
    <message>
        <source>Add %1 h to the stage, which has no end date.</source>
        <translation>Add %1 h to the stage, which has no end date.</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n optional item(s) worth %1 h; the stage still ends on %2.</source>
        <translation>
            <numerusform>Drop %n optional item worth %1 h; the stage still ends on %2.</numerusform>
            <numerusform>Drop %n optional items worth %1 h; the stage still ends on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop %n optional item(s) worth %1 h; the other %2 h move the stage&apos;s end from %3 to %4.</source>
        <translation>
            <numerusform>Drop %n optional item worth %1 h; the other %2 h move the stage&apos;s end from %3 to %4.</numerusform>
            <numerusform>Drop %n optional items worth %1 h; the other %2 h move the stage&apos;s end from %3 to %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The database %1 holds no roadmap.</source>
        <translation>The database %1 holds no roadmap.</translation>
    </message>
</context>
<context>
    <name>StageDelegate</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 · %2 · %3/%4 done</source>
        <translation>%1 · %2 · %3/%4 done</translation>
    </message>
</context>
<context>
    <name>StageListModel</name>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 months</translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation>%1 h/week</translation>
    </message>
    <message>
        <source>%1–%2 h/week</source>
        <translation>%1–%2 h/week</translation>
    </message>
    <message>
        <source>%1 percent done</source>
        <translation>%1 percent done</translation>
    </message>
    <message>
        <source>%1 h studied</source>
        <translation>%1 h studied</translation>
    </message>
    <message>
        <source>%1 of %2 h studied</source>
        <translation>%1 of %2 h studied</translation>
    </message>
    <message>
        <source>%1
Guide estimate: %2, %3
%4 of %5 items done
%6</source>
        <translation>%1
Guide estimate: %2, %3
%4 of %5 items done
%6</translation>
    </message>
</context>
<context>
    <name>StageRangeChart</name>
    <message>
        <source>Stages against the guide</source>
        <translation>Stages against the guide</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
</context>
<context>
    <name>TimeLog</name>
    <message>
        <source>The system clock went back to %1, before the timer&apos;s last sign of life at %2.</source>
        <translation>The system clock went back to %1, before the timer&apos;s last sign of life at %2.</translation>
    </message>
    <message numerus="yes">
        <source>The system clock jumped forward by %n minute(s) while the timer ran.</source>
        <translation>
            <numerusform>The system clock jumped forward by %n minute while the timer ran.</numerusform>
            <numerusform>The system clock jumped forward by %n minutes while the timer ran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The timer had no sign of life for %n minute(s), since %1 (the computer slept, or Study Planner was stopped).</source>
        <translation>
            <numerusform>The timer had no sign of life for %n minute, since %1 (the computer slept, or Study Planner was stopped).</numerusform>
            <numerusform>The timer had no sign of life for %n minutes, since %1 (the computer slept, or Study Planner was stopped).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole plan (Ctrl+0)</source>
        <translation>Show the whole plan (Ctrl+0)</translation>
    </message>
    <message>
        <source>Weekly budgets</source>
        <translation>Weekly budgets</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>&amp;Add Pause</source>
        <translation>&amp;Add Pause</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Timeline of the plan</source>
        <translation>Timeline of the plan</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, ongoing</source>
        <translation>from %1, ongoing</translation>
    </message>
    <message>
        <source>The guide: ends between %1 and %2</source>
        <translation>The guide: ends between %1 and %2</translation>
    </message>
    <message>
        <source>The guide: no end</source>
        <translation>The guide: no end</translation>
    </message>
    <message>
        <source>%1
%2
%3 h/week · %4
%5</source>
        <translation>%1
%2
%3 h/week · %4
%5</translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation>%1 h/week</translation>
    </message>
    <message>
        <source>no study</source>
        <translation>no study</translation>
    </message>
    <message>
        <source>Pause %1 – %2 (%3)%4</source>
        <translation>Pause %1 – %2 (%3)%4</translation>
    </message>
    <message>
        <source>Until the open-ended stage: %1 – %2, %3</source>
        <translation>Until the open-ended stage: %1 – %2, %3</translation>
    </message>
    <message>
        <source> · overlapping stages: up to %1 h/week</source>
        <translation> · overlapping stages: up to %1 h/week</translation>
    </message>
    <message>
        <source>Edit Weekly Hours</source>
        <translation>Edit Weekly Hours</translation>
    </message>
    <message>
        <source>Set the Effort to the Items&apos; Estimates (%1 h)</source>
        <translation>Set the Effort to the Items&apos; Estimates (%1 h)</translation>
    </message>
    <message>
        <source>Set the Effort to the Items&apos; Estimates (none given)</source>
        <translation>Set the Effort to the Items&apos; Estimates (none given)</translation>
    </message>
    <message>
        <source>Set the Effort to the Guide&apos;s Estimate</source>
        <translation>Set the Effort to the Guide&apos;s Estimate</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) above your availability of %1 h/week</source>
        <translation>
            <numerusform>%n stage above your availability of %1 h/week</numerusform>
            <numerusform>%n stages above your availability of %1 h/week</numerusform>
        </translation>
    </message>
    <message>
        <source>your availability: %1 h/week</source>
        <translation>your availability: %1 h/week</translation>
    </message>
    <message>
        <source>No study logged yet: no forecast yet.</source>
        <translation>No study logged yet: no forecast yet.</translation>
    </message>
    <message>
        <source>No study in the last weeks: no forecast yet.</source>
        <translation>No study in the last weeks: no forecast yet.</translation>
    </message>
    <message>
        <source>The planned effort is done.</source>
        <translation>The planned effort is done.</translation>
    </message>
    <message>
        <source>At %1 h/week, it ends around %2.</source>
        <translation>At %1 h/week, it ends around %2.</translation>
    </message>
    <message>
        <source>Studied: %1 h of %2 h. %3</source>
        <translation>Studied: %1 h of %2 h. %3</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>TimerCommands</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>No timer is running.</translation>
    </message>
    <message>
        <source>The timer was not stopped: the clock says %1, before it started at %2. Stop it in the window, which lets you choose the end.</source>
        <translation>The timer was not stopped: the clock says %1, before it started at %2. Stop it in the window, which lets you choose the end.</translation>
    </message>
    <message>
        <source>The timer was not stopped: it has run for %1, more than %2 hours. Stop it in the window, which lets you choose the end.</source>
        <translation>The timer was not stopped: it has run for %1, more than %2 hours. Stop it in the window, which lets you choose the end.</translation>
    </message>
    <message>
        <source>Stopped the timer for %1: %2.</source>
        <translation>Stopped the timer for %1: %2.</translation>
    </message>
    <message>
        <source>There is no stage “%1” in “%2”.</source>
        <translation>There is no stage “%1” in “%2”.</translation>
    </message>
    <message>
        <source>There is no item “%1” in the stage “%2”.</source>
        <translation>There is no item “%1” in the stage “%2”.</translation>
    </message>
    <message>
        <source>Started the timer for %1 at %2.</source>
        <translation>Started the timer for %1 at %2.</translation>
    </message>
    <message>
        <source>Unknown timer command “%1”.</source>
        <translation>Unknown timer command “%1”.</translation>
    </message>
    <message>
        <source>A timer has been running for %1 since %2 (%3).</source>
        <translation>A timer has been running for %1 since %2 (%3).</translation>
    </message>
    <message>
        <source>A timer has been running for %1 since %2; stop it first.</source>
        <translation>A timer has been running for %1 since %2; stop it first.</translation>
    </message>
</context>
<context>
    <name>TimerController</name>
    <message>
        <source>%1 — %2</source>
        <comment>stage — item of the running timer</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The timer cannot run: this database is open read-only.</source>
        <translation>The timer cannot run: this database is open read-only.</translation>
    </message>
    <message>
        <source>The timer was not started: %1</source>
        <translation>The timer was not started: %1</translation>
    </message>
    <message>
        <source>The timer was not stopped: %1</source>
        <translation>The timer was not stopped: %1</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>When a Timer Started from a Block Stops</source>
        <translation>When a Timer Started from a Block Stops</translation>
    </message>
    <message>
        <source>&amp;Ask Whether to Mark the Block Done</source>
        <translation>&amp;Ask Whether to Mark the Block Done</translation>
    </message>
    <message>
        <source>Al&amp;ways Mark the Block Done</source>
        <translation>Al&amp;ways Mark the Block Done</translation>
    </message>
    <message>
        <source>&amp;Never Mark the Block Done</source>
        <translation>&amp;Never Mark the Block Done</translation>
    </message>
    <message>
        <source>&amp;Start Timer</source>
        <translation>&amp;Start Timer</translation>
    </message>
    <message>
        <source>Time your study of the item selected in the Roadmap view, or of the stage the plan has today</source>
        <translation>Time your study of the item selected in the Roadmap view, or of the stage the plan has today</translation>
    </message>
    <message>
        <source>S&amp;top Timer</source>
        <translation>S&amp;top Timer</translation>
    </message>
    <message>
        <source>Stop the timer and record the time in the study log</source>
        <translation>Stop the timer and record the time in the study log</translation>
    </message>
    <message>
        <source>S&amp;how Study Planner</source>
        <translation>S&amp;how Study Planner</translation>
    </message>
    <message>
        <source>Stop Timer</source>
        <translation>Stop Timer</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>Start Timer</translation>
    </message>
    <message>
        <source>Stop the timer (%1)</source>
        <translation>Stop the timer (%1)</translation>
    </message>
    <message>
        <source>Start a timer (%1)</source>
        <translation>Start a timer (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>elapsed time · what is timed</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Study Planner: %1</source>
        <translation>Study Planner: %1</translation>
    </message>
    <message>
        <source>Study Planner: no timer running</source>
        <translation>Study Planner: no timer running</translation>
    </message>
    <message>
        <source>The roadmap has no stage to time.</source>
        <translation>The roadmap has no stage to time.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n minute(s) of study in the log.</source>
        <translation>
            <numerusform>Recorded %n minute of study in the log.</numerusform>
            <numerusform>Recorded %n minutes of study in the log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>End the timer there, or keep it running?</source>
        <translation>End the timer there, or keep it running?</translation>
    </message>
    <message>
        <source>&amp;End at %1</source>
        <translation>&amp;End at %1</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Keep Running</translation>
    </message>
    <message>
        <source>Mark the study block you timed done?</source>
        <translation>Mark the study block you timed done?</translation>
    </message>
    <message>
        <source>&amp;Do the same from now on</source>
        <translation>&amp;Do the same from now on</translation>
    </message>
    <message>
        <source>The study block is no longer in the week: it was not marked done.</source>
        <translation>The study block is no longer in the week: it was not marked done.</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Focus Mode</translation>
    </message>
    <message>
        <source>Time your study in work sessions with breaks between them, with a notification at the end of each</source>
        <translation>Time your study in work sessions with breaks between them, with a notification at the end of each</translation>
    </message>
    <message>
        <source>Focus Mode Setti&amp;ngs…</source>
        <translation>Focus Mode Setti&amp;ngs…</translation>
    </message>
    <message>
        <source>The lengths of the work sessions and the breaks</source>
        <translation>The lengths of the work sessions and the breaks</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>focus status · what is timed</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The timer stopped without any time to record.</source>
        <translation>The timer stopped without any time to record.</translation>
    </message>
</context>
<context>
    <name>TranscribeDialog</name>
    <message>
        <source>Transcribe Week</source>
        <translation>Transcribe Week</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the week in the Transcribe Week dialog</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Tick the blocks you did and type the minutes you studied, as you wrote them on the printed sheet. Blank minutes: not studied.</source>
        <translation>Tick the blocks you did and type the minutes you studied, as you wrote them on the printed sheet. Blank minutes: not studied.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format of a day in the Transcribe Week dialog</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>No study blocks</source>
        <translation>No study blocks</translation>
    </message>
    <message>
        <source>Add to Log</source>
        <translation>Add to Log</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be added to the study log.</source>
        <translation>This database is open read-only: nothing can be added to the study log.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done: the block at %1</source>
        <translation>Done: the block at %1</translation>
    </message>
    <message>
        <source>Minutes studied in the block at %1</source>
        <translation>Minutes studied in the block at %1</translation>
    </message>
    <message>
        <source>The minutes you studied; blank if you did not study</source>
        <translation>The minutes you studied; blank if you did not study</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on the block at %1</source>
        <translation>Note on the block at %1</translation>
    </message>
    <message>
        <source>Already marked done</source>
        <translation>Already marked done</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Already in the study log: %1 min</source>
        <translation>Already in the study log: %1 min</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and time of a block</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 minutes is more than 16 hours.</source>
        <translation>%1: %2 minutes is more than 16 hours.</translation>
    </message>
    <message>
        <source>%1: %2 minutes would reach into the block at %3.</source>
        <translation>%1: %2 minutes would reach into the block at %3.</translation>
    </message>
    <message>
        <source>%1: %2 minutes would overlap an entry already in the study log, %3–%4.</source>
        <translation>%1: %2 minutes would overlap an entry already in the study log, %3–%4.</translation>
    </message>
    <message>
        <source>%1: %2 minutes would end in the future.</source>
        <translation>%1: %2 minutes would end in the future.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Nothing was added.</translation>
    </message>
    <message>
        <source>%1: a note goes with the minutes you studied; type them, or clear the note.</source>
        <translation>%1: a note goes with the minutes you studied; type them, or clear the note.</translation>
    </message>
    <message>
        <source>Transcribe the week</source>
        <translation>Transcribe the week</translation>
    </message>
    <message>
        <source>Nothing was added: the change could not be saved.</source>
        <translation>Nothing was added: the change could not be saved.</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nothing was added: %1</translation>
    </message>
</context>
<context>
    <name>WeekDocument</name>
    <message>
        <source>This database is open read-only; the week cannot be placed again.</source>
        <translation>This database is open read-only; the week cannot be placed again.</translation>
    </message>
    <message>
        <source>The block would overlap “%1” in your calendar.</source>
        <translation>The block would overlap “%1” in your calendar.</translation>
    </message>
    <message>
        <source>The block would overlap another study block.</source>
        <translation>The block would overlap another study block.</translation>
    </message>
    <message>
        <source>This database is open read-only; the study blocks cannot be changed.</source>
        <translation>This database is open read-only; the study blocks cannot be changed.</translation>
    </message>
    <message>
        <source>A study block must end after it starts.</source>
        <translation>A study block must end after it starts.</translation>
    </message>
    <message>
        <source>Resize a study block</source>
        <translation>Resize a study block</translation>
    </message>
    <message>
        <source>Move a study block</source>
        <translation>Move a study block</translation>
    </message>
    <message>
        <source>No stage of your plan runs in this week: there is nothing to study in a new block.</source>
        <translation>No stage of your plan runs in this week: there is nothing to study in a new block.</translation>
    </message>
    <message>
        <source>Add a study block</source>
        <translation>Add a study block</translation>
    </message>
    <message>
        <source>Delete a study block</source>
        <translation>Delete a study block</translation>
    </message>
    <message>
        <source>Mark a study block done</source>
        <translation>Mark a study block done</translation>
    </message>
    <message>
        <source>Skip a study block</source>
        <translation>Skip a study block</translation>
    </message>
    <message>
        <source>Mark a study block not done</source>
        <translation>Mark a study block not done</translation>
    </message>
    <message>
        <source>Change a study block&apos;s item</source>
        <translation>Change a study block&apos;s item</translation>
    </message>
    <message>
        <source>Catch up with missed blocks</source>
        <translation>Catch up with missed blocks</translation>
    </message>
</context>
<context>
    <name>WeekPlanner</name>
    <message>
        <source>No study blocks are placed: give your availability under Settings → Availability….</source>
        <translation>No study blocks are placed: give your availability under Settings → Availability….</translation>
    </message>
</context>
<context>
    <name>WeekPrint</name>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message>
        <source>Budget this week: %1 h · in study blocks: %2 h</source>
        <translation>Budget this week: %1 h · in study blocks: %2 h</translation>
    </message>
    <message>
        <source>availability: %1 h a week</source>
        <translation>availability: %1 h a week</translation>
    </message>
    <message>
        <source>no availability given</source>
        <translation>no availability given</translation>
    </message>
    <message>
        <source>tick a block when you have studied it</source>
        <translation>tick a block when you have studied it</translation>
    </message>
    <message>
        <source>write in the minutes you actually studied</source>
        <translation>write in the minutes you actually studied</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format of a printed week&apos;s day</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes, after the box to write them in</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a block&apos;s start and end time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (skipped)</translation>
    </message>
    <message>
        <source>%1 (missed)</source>
        <translation>%1 (missed)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>stage · item in a short block</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No study blocks in this week.</source>
        <translation>No study blocks in this week.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Previous week (%1)</source>
        <translation>Previous week (%1)</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>Next week (%1)</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>This Week</translation>
    </message>
    <message>
        <source>Go to the current week (%1)</source>
        <translation>Go to the current week (%1)</translation>
    </message>
    <message>
        <source>Catch Up…</source>
        <translation>Catch Up…</translation>
    </message>
    <message>
        <source>Make up for missed study blocks</source>
        <translation>Make up for missed study blocks</translation>
    </message>
    <message>
        <source>Place Again</source>
        <translation>Place Again</translation>
    </message>
    <message>
        <source>Place this week&apos;s blocks again from now on; blocks you moved, added or marked stay</source>
        <translation>Place this week&apos;s blocks again from now on; blocks you moved, added or marked stay</translation>
    </message>
    <message>
        <source>Availability…</source>
        <translation>Availability…</translation>
    </message>
    <message>
        <source>When you can study</source>
        <translation>When you can study</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the week&apos;s title</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2 · week %3</source>
        <translation>%1 – %2 · week %3</translation>
    </message>
    <message>
        <source>Budget this week: %1 h</source>
        <translation>Budget this week: %1 h</translation>
    </message>
    <message>
        <source>placed in blocks: %1 h</source>
        <translation>placed in blocks: %1 h</translation>
    </message>
    <message>
        <source>your availability: %1 h a week (%2 h in blocks)</source>
        <translation>your availability: %1 h a week (%2 h in blocks)</translation>
    </message>
    <message>
        <source>Study Planner places study blocks in the hours you can study. Tell it when with Availability…</source>
        <translation>Study Planner places study blocks in the hours you can study. Tell it when with Availability…</translation>
    </message>
    <message>
        <source>Outside Your Availability</source>
        <translation>Outside Your Availability</translation>
    </message>
    <message>
        <source>This time is outside the hours you said you can study. Move the block there anyway?</source>
        <translation>This time is outside the hours you said you can study. Move the block there anyway?</translation>
    </message>
    <message>
        <source>A new block cannot go there: the time is taken.</source>
        <translation>A new block cannot go there: the time is taken.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Mark &amp;Done</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Catch Up</source>
        <translation>Catch Up</translation>
    </message>
    <message>
        <source>Catch up with the stage:</source>
        <translation>Catch up with the stage:</translation>
    </message>
    <message>
        <source>There is nothing to catch up with.</source>
        <translation>There is nothing to catch up with.</translation>
    </message>
    <message>
        <source>Start &amp;Timer</source>
        <translation>Start &amp;Timer</translation>
    </message>
    <message>
        <source>Transcribe Week…</source>
        <translation>Transcribe Week…</translation>
    </message>
    <message>
        <source>Enter what you wrote on the printed week sheet into the study log</source>
        <translation>Enter what you wrote on the printed week sheet into the study log</translation>
    </message>
</context>
<context>
    <name>WeekWidget</name>
    <message>
        <source>W%1</source>
        <comment>ISO week number</comment>
        <translation>W%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>time range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>Item: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n min)</source>
        <comment>date, time range (length)</comment>
        <translation>
            <numerusform>%1, %2 (%n min)</numerusform>
            <numerusform>%1, %2 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
    <message>
        <source>catch-up</source>
        <translation>catch-up</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The block would be outside your availability.</source>
        <translation>The block would be outside your availability.</translation>
    </message>
    <message>
        <source>The block would overlap busy time in your calendar.</source>
        <translation>The block would overlap busy time in your calendar.</translation>
    </message>
    <message>
        <source>The block would overlap another study block.</source>
        <translation>The block would overlap another study block.</translation>
    </message>
    <message>
        <source>A block can only be moved within the week shown.</source>
        <translation>A block can only be moved within the week shown.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>block start time, title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Outside your availability</source>
        <translation>Outside your availability</translation>
    </message>
    <message>
        <source>Busy time</source>
        <translation>Busy time</translation>
    </message>
    <message>
        <source>Overlaps a block</source>
        <translation>Overlaps a block</translation>
    </message>
    <message>
        <source>Outside the week</source>
        <translation>Outside the week</translation>
    </message>
    <message>
        <source>Busy: %1</source>
        <translation>Busy: %1</translation>
    </message>
    <message>
        <source>Busy: %1
%2</source>
        <comment>busy: summary, time range</comment>
        <translation>Busy: %1
%2</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Hours per week: planned and studied</source>
        <translation>Hours per week: planned and studied</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Studied</source>
        <translation>Studied</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>%1 to %2
Planned: %3
Studied: %4
Budget: %5</source>
        <translation>%1 to %2
Planned: %3
Studied: %4
Budget: %5</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Study Planner</source>
        <translation>Study Planner</translation>
    </message>
    <message>
        <source>Study Planner is already running on this database; its window was brought to the front.</source>
        <translation>Study Planner is already running on this database; its window was brought to the front.</translation>
    </message>
</context>
</TS>
