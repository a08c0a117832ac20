<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BranchListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow this branch: its items count toward the stage&apos;s progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not follow this branch: its items do not count toward progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Study Planner turns a learning guide into a study plan and keeps you on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt; instead of the default %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Markdown guide &lt;file&gt; as a new roadmap, make it the current one, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the current roadmap with your progress as JSON to &lt;file&gt; (- for standard output), and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-roadmap needs a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-roadmap needs a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study Planner is running on %1: import the guide from its File menu, or quit it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as the current roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Internal error: the migrations for %1 are not numbered 1, 2, 3...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Study Planner (schema %2); it is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not upgraded because no backup copy could be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded from schema %2 to %3 and was left as it was: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Study Planner database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Study Planner database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, so it is not a Study Planner database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it is shorter than an SQLite header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header names an impossible page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it is shorter than the database its header describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Study Planner database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: Study Planner needs to write to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (is it on a network drive?); its journal mode is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be set up: SQLite ignored a setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is opened read-only: the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of table %1 refers to a missing row of table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>Study Planner is already running on %1, but it does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 next to the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTreeModel</name>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch not followed: these items do not count toward progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch not followed: this item does not count toward progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Study Planner. It is open read-only: nothing you change here is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 view (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Roadmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a learning guide written in Markdown as a new roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Roadmap as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roadmap with your progress as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Study Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown guides (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”. Switch between roadmaps with File → Switch Roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the roadmap to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Study Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Study Planner %1&lt;/h3&gt;&lt;p&gt;Turns a learning guide into a plan and keeps you on it.&lt;/p&gt;&lt;p&gt;The bundled roadmap is the guide to learning large language models, in Chinese and in English.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapDocument</name>
    <message>
        <source>This database is open read-only; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapRepository</name>
    <message>
        <source>The bundled guide %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled guide %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is opened read-only and holds no guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no roadmap %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored text of roadmap %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap %1 has no item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap %1 has no branch %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the branches you follow. Items of the others do not count toward progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources, projects and self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggested by the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default: the guide gives no figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide estimate: %1 · %2 · %3 of %4 items done (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its details. Tick it when you have done it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The database %1 holds no roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDelegate</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3/%4 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageListModel</name>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Guide estimate: %2, %3
%4 of %5 items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percent done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Study Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study Planner is already running on this database; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
