<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>BranchListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>You follow this branch: its items count toward the stage's progress.</source>
        <translation>You follow this branch: its items count toward the stage's progress.</translation>
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
        <source>Study Planner is running on %1: import the guide from its File menu, or quit it first.</source>
        <translation>Study Planner is running on %1: import the guide from its File menu, or quit it first.</translation>
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
        <source>Write the plan of the current roadmap (budgets, dates and the guide's ranges) as JSON to &lt;file&gt; (- for standard output), and exit.</source>
        <translation>Write the plan of the current roadmap (budgets, dates and the guide's ranges) as JSON to &lt;file&gt; (- for standard output), and exit.</translation>
    </message>
    <message>
        <source>--export-plan needs a file.</source>
        <translation>--export-plan needs a file.</translation>
    </message>
    <message>
        <source>Store &lt;text&gt; as your weekly availability for the current roadmap, such as "mon-fri 19:30-21:30, sat 09:00-12:00", compare it with the plan's budget, and exit.</source>
        <translation>Store &lt;text&gt; as your weekly availability for the current roadmap, such as "mon-fri 19:30-21:30, sat 09:00-12:00", compare it with the plan's budget, and exit.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>--availability needs a text such as "mon-fri 19:30-21:30, sat 09:00-12:00".</source>
        <translation>--availability needs a text such as "mon-fri 19:30-21:30, sat 09:00-12:00".</translation>
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
        <source>The plan's %1 h a week do not fit: only %2 h a week can be placed in blocks.</source>
        <translation>The plan's %1 h a week do not fit: only %2 h a week can be placed in blocks.</translation>
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
    <name>InstanceGuard</name>
    <message>
        <source>Study Planner is already running on %1, but it does not answer.</source>
        <translation>Study Planner is already running on %1, but it does not answer.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 next to the database.</source>
        <translation>Cannot create the lock file %1 next to the database.</translation>
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
        <translation><numerusform>%1: the duration must be at least one day, not %n day.</numerusform><numerusform>%1: the duration must be at least one day, not %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: a duration of %n day(s) is more than %2 years.</source>
        <translation><numerusform>%1: a duration of %n day is more than %2 years.</numerusform><numerusform>%1: a duration of %n days is more than %2 years.</numerusform></translation>
    </message>
    <message>
        <source>%1: at %2 hours a week, %3 hours would take more than %4 years.</source>
        <translation>%1: at %2 hours a week, %3 hours would take more than %4 years.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 hours cannot be reached in %n day(s): the pauses in them leave room for %3 hours at most.</source>
        <translation><numerusform>%1: %2 hours cannot be reached in %n day: the pauses in them leave room for %3 hours at most.</numerusform><numerusform>%1: %2 hours cannot be reached in %n days: the pauses in them leave room for %3 hours at most.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 hours cannot be reached in %n day(s): they would need %3 hours a week, more than %4.</source>
        <translation><numerusform>%1: %2 hours cannot be reached in %n day: they would need %3 hours a week, more than %4.</numerusform><numerusform>%1: %2 hours cannot be reached in %n days: they would need %3 hours a week, more than %4.</numerusform></translation>
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
        <translation><numerusform>%1: an overlap of %n week is longer than %2, which lasts %3 days.</numerusform><numerusform>%1: an overlap of %n weeks is longer than %2, which lasts %3 days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) faster than the guide</source>
        <translation><numerusform>%n week faster than the guide</numerusform><numerusform>%n weeks faster than the guide</numerusform></translation>
    </message>
    <message>
        <source>within the guide's range</source>
        <translation>within the guide's range</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) slower than the guide</source>
        <translation><numerusform>%n week slower than the guide</numerusform><numerusform>%n weeks slower than the guide</numerusform></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
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
        <translation><numerusform>Move %1 h into free time in %n block; the stage still ends on %2.</numerusform><numerusform>Move %1 h into free time in %n blocks; the stage still ends on %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %1 h into free time in %n block(s); %2 h do not fit under %3 h a week and move the stage's end from %4 to %5.</source>
        <translation><numerusform>Move %1 h into free time in %n block; %2 h do not fit under %3 h a week and move the stage's end from %4 to %5.</numerusform><numerusform>Move %1 h into free time in %n blocks; %2 h do not fit under %3 h a week and move the stage's end from %4 to %5.</numerusform></translation>
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
        <translation><numerusform>Drop %n optional item worth %1 h; the stage still ends on %2.</numerusform><numerusform>Drop %n optional items worth %1 h; the stage still ends on %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Drop %n optional item(s) worth %1 h; the other %2 h move the stage's end from %3 to %4.</source>
        <translation><numerusform>Drop %n optional item worth %1 h; the other %2 h move the stage's end from %3 to %4.</numerusform><numerusform>Drop %n optional items worth %1 h; the other %2 h move the stage's end from %3 to %4.</numerusform></translation>
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
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
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
        <source>%1
Guide estimate: %2, %3
%4 of %5 items done</source>
        <translation>%1
Guide estimate: %2, %3
%4 of %5 items done</translation>
    </message>
    <message>
        <source>%1 percent done</source>
        <translation>%1 percent done</translation>
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
        <source>Set the Effort to the Items' Estimates (%1 h)</source>
        <translation>Set the Effort to the Items' Estimates (%1 h)</translation>
    </message>
    <message>
        <source>Set the Effort to the Items' Estimates (none given)</source>
        <translation>Set the Effort to the Items' Estimates (none given)</translation>
    </message>
    <message>
        <source>Set the Effort to the Guide's Estimate</source>
        <translation>Set the Effort to the Guide's Estimate</translation>
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
