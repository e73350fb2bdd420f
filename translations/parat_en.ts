<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>Parat</source>
        <translation>Parat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>parat::Access</name>
    <message>
        <source>You have read access only to this plan (the role parat_viewer).</source>
        <translation>You have read access only to this plan (the role parat_viewer).</translation>
    </message>
    <message>
        <source>You have no Parat role on this server; ask an administrator for one (parat server grant).</source>
        <translation>You have no Parat role on this server; ask an administrator for one (parat server grant).</translation>
    </message>
    <message>
        <source>Only a Parat administrator (the role parat_admin) may do this; you are an editor (parat_editor).</source>
        <translation>Only a Parat administrator (the role parat_admin) may do this; you are an editor (parat_editor).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
</context>
<context>
    <name>parat::AddAllocation</name>
    <message>
        <source>Allocate hours to %1</source>
        <translation>Allocate hours to %1</translation>
    </message>
</context>
<context>
    <name>parat::AddCommunicationItem</name>
    <message>
        <source>Add communication &quot;%1&quot;</source>
        <translation>Add communication &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>parat::AddDecision</name>
    <message>
        <source>Add decision %1</source>
        <translation>Add decision %1</translation>
    </message>
</context>
<context>
    <name>parat::AddDefaultGoLiveCriteria</name>
    <message>
        <source>Create the default go-live criteria</source>
        <translation>Create the default go-live criteria</translation>
    </message>
</context>
<context>
    <name>parat::AddGoLiveCriterion</name>
    <message>
        <source>Add go-live criterion %1</source>
        <translation>Add go-live criterion %1</translation>
    </message>
</context>
<context>
    <name>parat::AddLocalTask</name>
    <message>
        <source>Add local task &quot;%1&quot;</source>
        <translation>Add local task &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>parat::AddMunicipality</name>
    <message>
        <source>Add municipality %1</source>
        <translation>Add municipality %1</translation>
    </message>
</context>
<context>
    <name>parat::AddPerson</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>parat::AddRisk</name>
    <message>
        <source>Add risk %1</source>
        <translation>Add risk %1</translation>
    </message>
</context>
<context>
    <name>parat::AddRunbookStep</name>
    <message>
        <source>Add runbook step %1</source>
        <translation>Add runbook step %1</translation>
    </message>
</context>
<context>
    <name>parat::AddStakeholder</name>
    <message>
        <source>Add stakeholder %1</source>
        <translation>Add stakeholder %1</translation>
    </message>
</context>
<context>
    <name>parat::AllocationDialog</name>
    <message>
        <source>Edit Allocation</source>
        <translation>Edit Allocation</translation>
    </message>
    <message>
        <source>Allocate Hours</source>
        <translation>Allocate Hours</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;From week:</source>
        <translation>&amp;From week:</translation>
    </message>
    <message>
        <source>&amp;To week:</source>
        <translation>&amp;To week:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <source>%1 % of a 37-hour week</source>
        <translation>%1 % of a 37-hour week</translation>
    </message>
    <message>
        <source>The manager who agreed to the hours (pick a leader or type a name)</source>
        <translation>The manager who agreed to the hours (pick a leader or type a name)</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Approved &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Choose the person the hours are for.</source>
        <translation>Choose the person the hours are for.</translation>
    </message>
</context>
<context>
    <name>parat::AllocationRepository</name>
    <message>
        <source>The person of the allocation is not in the database.</source>
        <translation>The person of the allocation is not in the database.</translation>
    </message>
    <message>
        <source>The allocation of %1 needs a real first and last week.</source>
        <translation>The allocation of %1 needs a real first and last week.</translation>
    </message>
    <message>
        <source>The allocation of %1 ends (%2) before it starts (%3).</source>
        <translation>The allocation of %1 ends (%2) before it starts (%3).</translation>
    </message>
    <message>
        <source>The allocation of %1 is longer than five years; split it into shorter periods.</source>
        <translation>The allocation of %1 is longer than five years; split it into shorter periods.</translation>
    </message>
    <message>
        <source>Hours per week must be between 0 and 168 (there are 168 hours in a week).</source>
        <translation>Hours per week must be between 0 and 168 (there are 168 hours in a week).</translation>
    </message>
    <message>
        <source>The approver of the allocation of %1 must be a person of the same municipality.</source>
        <translation>The approver of the allocation of %1 must be a person of the same municipality.</translation>
    </message>
    <message>
        <source>%1 already has %2 h a week from %3 to %4, which overlaps %5 to %6. Change or remove that period first.</source>
        <translation>%1 already has %2 h a week from %3 to %4, which overlaps %5 to %6. Change or remove that period first.</translation>
    </message>
    <message>
        <source>The allocation could not be stored</source>
        <translation>The allocation could not be stored</translation>
    </message>
    <message>
        <source>The allocation to change is not in the database.</source>
        <translation>The allocation to change is not in the database.</translation>
    </message>
    <message>
        <source>An allocation cannot be moved to another person; remove it and add a new one.</source>
        <translation>An allocation cannot be moved to another person; remove it and add a new one.</translation>
    </message>
    <message>
        <source>The allocation could not be changed</source>
        <translation>The allocation could not be changed</translation>
    </message>
    <message>
        <source>The allocation to remove is not in the database.</source>
        <translation>The allocation to remove is not in the database.</translation>
    </message>
    <message>
        <source>The allocation could not be removed</source>
        <translation>The allocation could not be removed</translation>
    </message>
    <message>
        <source>The allocation cannot be put back: its number is in use.</source>
        <translation>The allocation cannot be put back: its number is in use.</translation>
    </message>
</context>
<context>
    <name>parat::AppContext</name>
    <message>
        <source>The database is open read-only: changes cannot be saved.</source>
        <translation>The database is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>The connection to the server is lost: nothing can be changed until it is back (Parat reconnects by itself).</source>
        <translation>The connection to the server is lost: nothing can be changed until it is back (Parat reconnects by itself).</translation>
    </message>
    <message>
        <source>Parat keeps the change: if it turns out not to be stored, the banner offers to make it again (Try again).</source>
        <translation>Parat keeps the change: if it turns out not to be stored, the banner offers to make it again (Try again).</translation>
    </message>
    <message>
        <source>Nothing of this change was stored: the connection to the server was lost. Parat reconnects by itself and keeps the change: once the connection is back, Try again in the banner makes it, or Discard drops it.</source>
        <translation>Nothing of this change was stored: the connection to the server was lost. Parat reconnects by itself and keeps the change: once the connection is back, Try again in the banner makes it, or Discard drops it.</translation>
    </message>
</context>
<context>
    <name>parat::ApplySuggestedPlan</name>
    <message>
        <source>Apply suggested hours to %1</source>
        <translation>Apply suggested hours to %1</translation>
    </message>
    <message numerus="yes">
        <source>Apply suggested hours to %n people</source>
        <translation>
            <numerusform>Apply suggested hours to %n person</numerusform>
            <numerusform>Apply suggested hours to %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no suggested plan without a go-live date.</source>
        <translation>There is no suggested plan without a go-live date.</translation>
    </message>
</context>
<context>
    <name>parat::AssignPerformersDialog</name>
    <message>
        <source>Assign Performers</source>
        <translation>Assign Performers</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <source>Performer &amp;role:</source>
        <translation>Performer &amp;role:</translation>
    </message>
    <message>
        <source>Only tasks that are not &amp;done or not relevant</source>
        <translation>Only tasks that are not &amp;done or not relevant</translation>
    </message>
    <message>
        <source>The chosen people, &amp;in turn</source>
        <translation>The chosen people, &amp;in turn</translation>
    </message>
    <message>
        <source>&amp;All superusers together (hours shared each week)</source>
        <translation>&amp;All superusers together (hours shared each week)</translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation>Performed by:</translation>
    </message>
    <message>
        <source>People to assign</source>
        <translation>People to assign</translation>
    </message>
    <message>
        <source>P&amp;eople:</source>
        <translation>P&amp;eople:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will be performed by all superusers together.</source>
        <translation>
            <numerusform>%n task will be performed by all superusers together.</numerusform>
            <numerusform>%n tasks will be performed by all superusers together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will be shared out in turn among %1.</source>
        <translation>
            <numerusform>%n task will be shared out in turn among %1.</numerusform>
            <numerusform>%n tasks will be shared out in turn among %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen person(s)</source>
        <translation>
            <numerusform>%n chosen person</numerusform>
            <numerusform>%n chosen people</numerusform>
        </translation>
    </message>
    <message>
        <source>No task matches the chosen phase and role.</source>
        <translation>No task matches the chosen phase and role.</translation>
    </message>
    <message>
        <source>Tick the people who should perform the tasks, or choose all superusers together.</source>
        <translation>Tick the people who should perform the tasks, or choose all superusers together.</translation>
    </message>
</context>
<context>
    <name>parat::AssignPerformersText</name>
    <message>
        <source>A task to assign is not in the database.</source>
        <translation>A task to assign is not in the database.</translation>
    </message>
    <message>
        <source>The tasks already have these performers.</source>
        <translation>The tasks already have these performers.</translation>
    </message>
    <message>
        <source>Assign all superusers</source>
        <translation>Assign all superusers</translation>
    </message>
    <message>
        <source>Assign performer</source>
        <translation>Assign performer</translation>
    </message>
</context>
<context>
    <name>parat::BackupCli</name>
    <message>
        <source>There are no restore points yet.</source>
        <translation>There are no restore points yet.</translation>
    </message>
    <message>
        <source>List the restore points: id, time taken and why.</source>
        <translation>List the restore points: id, time taken and why.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1</source>
        <translation>NOT VERIFIED: %1</translation>
    </message>
    <message>
        <source>%1 %2  %3</source>
        <translation>%1 %2  %3</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>SHA-256 of the rows</source>
        <translation>SHA-256 of the rows</translation>
    </message>
    <message>
        <source>backup list shows the restore points of a database file; a plan on a server has none. Back it up to a file with: parat --db %1 backup save FILE (or parat copy %1 FILE)</source>
        <translation>backup list shows the restore points of a database file; a plan on a server has none. Back it up to a file with: parat --db %1 backup save FILE (or parat copy %1 FILE)</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup %1 (taken %2 from %3) into %4 and verified it: %n table(s), %5 rows, in %6 s.</source>
        <translation>
            <numerusform>Restored the backup %1 (taken %2 from %3) into %4 and verified it: %n table(s), %5 rows, in %6 s.</numerusform>
            <numerusform>Restored the backup %1 (taken %2 from %3) into %4 and verified it: %n table(s), %5 rows, in %6 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE must be the name of a new database file.</source>
        <translation>FILE must be the name of a new database file.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the plan from %1 to %2 and verified it: %n table(s), %3 rows, in %4 s. The checksums are kept in %5.</source>
        <translation>
            <numerusform>Backed up the plan from %1 to %2 and verified it: %n table(s), %3 rows, in %4 s. The checksums are kept in %5.</numerusform>
            <numerusform>Backed up the plan from %1 to %2 and verified it: %n table(s), %3 rows, in %4 s. The checksums are kept in %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore points: taken before database updates, imports, restores and removals. Backups of a plan on a server.</source>
        <translation>Restore points: taken before database updates, imports, restores and removals. Backups of a plan on a server.</translation>
    </message>
    <message>
        <source>Put a restore point back (the current state is kept as a restore point).
On a server (--db postgresql://…): put a backup FILE made with backup save back as the whole plan. Only an administrator (parat_admin) or the plan&apos;s owner may; the file is verified against its checksums first, and the plan is replaced in one transaction, all or nothing.</source>
        <translation>Put a restore point back (the current state is kept as a restore point).
On a server (--db postgresql://…): put a backup FILE made with backup save back as the whole plan. Only an administrator (parat_admin) or the plan&apos;s owner may; the file is verified against its checksums first, and the plan is replaced in one transaction, all or nothing.</translation>
    </message>
    <message>
        <source>Write the whole plan (a server&apos;s, with --db postgresql://…) to a new database file FILE and verify it: row count and checksum of every table, kept in FILE.checksums. Never writes over an existing file.</source>
        <translation>Write the whole plan (a server&apos;s, with --db postgresql://…) to a new database file FILE and verify it: row count and checksum of every table, kept in FILE.checksums. Never writes over an existing file.</translation>
    </message>
</context>
<context>
    <name>parat::CalendarCli</name>
    <message>
        <source>--year must be a year from 1583 to 9999, not &quot;%1&quot;.</source>
        <translation>--year must be a year from 1583 to 9999, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>default weeks</source>
        <translation>default weeks</translation>
    </message>
    <message>
        <source>Municipality %1 is not in the database. See: parat municipality list</source>
        <translation>Municipality %1 is not in the database. See: parat municipality list</translation>
    </message>
    <message>
        <source>Public holidays and customary days off %1</source>
        <translation>Public holidays and customary days off %1</translation>
    </message>
    <message>
        <source>Store bededag is no longer a public holiday (abolished from 2024).</source>
        <translation>Store bededag is no longer a public holiday (abolished from 2024).</translation>
    </message>
    <message>
        <source>School holidays %1 (%2)</source>
        <translation>School holidays %1 (%2)</translation>
    </message>
    <message>
        <source>the year to list</source>
        <translation>the year to list</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--year YYYY [--municipality CODE]</source>
        <translation>--year YYYY [--municipality CODE]</translation>
    </message>
    <message>
        <source>Use --year to list holidays or --out to write a calendar file, not both.</source>
        <translation>Use --year to list holidays or --out to write a calendar file, not both.</translation>
    </message>
    <message>
        <source>Say whose calendar with --municipality CODE.</source>
        <translation>Say whose calendar with --municipality CODE.</translation>
    </message>
    <message>
        <source>--out needs a file name, such as plan.ics.</source>
        <translation>--out needs a file name, such as plan.ics.</translation>
    </message>
    <message>
        <source>--person and --releases go with --out FILE.</source>
        <translation>--person and --releases go with --out FILE.</translation>
    </message>
    <message>
        <source>Say which year with --year YYYY, or write a calendar file with --out FILE.</source>
        <translation>Say which year with --year YYYY, or write a calendar file with --out FILE.</translation>
    </message>
    <message>
        <source>%1 has no person named &quot;%2&quot;. The people are: %3</source>
        <translation>%1 has no person named &quot;%2&quot;. The people are: %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar entry(s) to %1</source>
        <translation>
            <numerusform>Wrote %n calendar entry to %1</numerusform>
            <numerusform>Wrote %n calendar entries to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Danish holidays and school-holiday weeks of a year; the plan as a calendar file.</source>
        <translation>Danish holidays and school-holiday weeks of a year; the plan as a calendar file.</translation>
    </message>
    <message>
        <source>with --year: the school holidays of this municipality (default: the usual weeks); with --out: whose plan</source>
        <translation>with --year: the school holidays of this municipality (default: the usual weeks); with --out: whose plan</translation>
    </message>
    <message>
        <source>write the plan as an iCalendar file (.ics)</source>
        <translation>write the plan as an iCalendar file (.ics)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>with --out: only the tasks and communication of this person</source>
        <translation>with --out: only the tasks and communication of this person</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>with --out: also the date each task is released</source>
        <translation>with --out: also the date each task is released</translation>
    </message>
    <message>
        <source>--municipality CODE --out FILE [--person NAME] [--releases]</source>
        <translation>--municipality CODE --out FILE [--person NAME] [--releases]</translation>
    </message>
    <message>
        <source>List the public holidays and customary days off of a year (which lower the hours set aside in their weeks) and the school-holiday weeks. With --out, write the municipality&apos;s task deadlines, milestones, go-live and communication plan as an iCalendar file for Outlook and other calendars; importing a newer file updates the entries instead of adding them again.</source>
        <translation>List the public holidays and customary days off of a year (which lower the hours set aside in their weeks) and the school-holiday weeks. With --out, write the municipality&apos;s task deadlines, milestones, go-live and communication plan as an iCalendar file for Outlook and other calendars; importing a newer file updates the entries instead of adding them again.</translation>
    </message>
</context>
<context>
    <name>parat::CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Export Calendar</translation>
    </message>
    <message>
        <source>The deadlines, milestones, go-live and communication plan as a calendar file for Outlook and other calendars. Importing a newer file updates the entries instead of adding them again.</source>
        <translation>The deadlines, milestones, go-live and communication plan as a calendar file for Outlook and other calendars. Importing a newer file updates the entries instead of adding them again.</translation>
    </message>
    <message>
        <source>The whole municipality</source>
        <translation>The whole municipality</translation>
    </message>
    <message>
        <source>&amp;Whose calendar:</source>
        <translation>&amp;Whose calendar:</translation>
    </message>
    <message>
        <source>Also the date each task is &amp;released</source>
        <translation>Also the date each task is &amp;released</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>parat::CalendarFileText</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <source>Performer: %1</source>
        <translation>Performer: %1</translation>
    </message>
    <message>
        <source>Due: %1 (%2)</source>
        <translation>Due: %1 (%2)</translation>
    </message>
    <message>
        <source>Estimate: %1 hours</source>
        <translation>Estimate: %1 hours</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>Milestone: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (done)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Released: %1</source>
        <translation>Released: %1</translation>
    </message>
    <message>
        <source>Task released</source>
        <translation>Task released</translation>
    </message>
    <message>
        <source>Communication: %1</source>
        <translation>Communication: %1</translation>
    </message>
    <message>
        <source>Communication to %1: %2</source>
        <translation>Communication to %1: %2</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Sender: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Go-live of DUBU 3.0 in %1</source>
        <translation>Go-live of DUBU 3.0 in %1</translation>
    </message>
    <message>
        <source>Go-live date: %1 (%2)</source>
        <translation>Go-live date: %1 (%2)</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
</context>
<context>
    <name>parat::CalendarRepository</name>
    <message>
        <source>The municipality of these school holidays is not in the database.</source>
        <translation>The municipality of these school holidays is not in the database.</translation>
    </message>
    <message>
        <source>The school holidays could not be saved</source>
        <translation>The school holidays could not be saved</translation>
    </message>
</context>
<context>
    <name>parat::CalendarText</name>
    <message>
        <source>week %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <source>week %1 %2</source>
        <translation>week %1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>parat::CapacityChartText</name>
    <message>
        <source>Allocated and needed hours per week</source>
        <translation>Allocated and needed hours per week</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>! more needed than allocated</source>
        <translation>! more needed than allocated</translation>
    </message>
    <message>
        <source>No weeks to show: the municipality needs a go-live date, tasks or allocations.</source>
        <translation>No weeks to show: the municipality needs a go-live date, tasks or allocations.</translation>
    </message>
    <message>
        <source>go-live</source>
        <translation>go-live</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>parat::CapacityChartWidget</name>
    <message>
        <source>Chart of allocated and needed hours per week</source>
        <translation>Chart of allocated and needed hours per week</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) need more hours than allocated</source>
        <translation>
            <numerusform>%n week need more hours than allocated</numerusform>
            <numerusform>%n weeks need more hours than allocated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::CapacityGridModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Allocated: %1 h</source>
        <translation>Allocated: %1 h</translation>
    </message>
    <message>
        <source>Needed: %1 h</source>
        <translation>Needed: %1 h</translation>
    </message>
    <message>
        <source>Over-allocated: %1 h more needed than allocated</source>
        <translation>Over-allocated: %1 h more needed than allocated</translation>
    </message>
    <message>
        <source>Needed, but no time allocated</source>
        <translation>Needed, but no time allocated</translation>
    </message>
    <message>
        <source>Free: %1 h</source>
        <translation>Free: %1 h</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tasks:</translation>
    </message>
    <message>
        <source>%1 %2: %3 h</source>
        <translation>%1 %2: %3 h</translation>
    </message>
    <message numerus="yes">
        <source>(shared by %n superuser(s))</source>
        <translation>
            <numerusform>(shared by %n superuser)</numerusform>
            <numerusform>(shared by %n superusers)</numerusform>
        </translation>
    </message>
    <message>
        <source>(per person)</source>
        <translation>(per person)</translation>
    </message>
    <message>
        <source>wk %1
%2</source>
        <translation>wk %1
%2</translation>
    </message>
    <message>
        <source>go-live</source>
        <translation>go-live</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <source>%1 (SU)</source>
        <translation>%1 (SU)</translation>
    </message>
    <message numerus="yes">
        <source>Allocated: %1 h of %2 h set aside, after %n day(s) off</source>
        <translation>
            <numerusform>Allocated: %1 h of %2 h set aside, after %n day off</numerusform>
            <numerusform>Allocated: %1 h of %2 h set aside, after %n days off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off</source>
        <translation>
            <numerusform>%n day off</numerusform>
            <numerusform>%n days off</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours set aside count for %1 of 5 working days.</source>
        <translation>Hours set aside count for %1 of 5 working days.</translation>
    </message>
    <message>
        <source>School holiday: superusers with children are often away.</source>
        <translation>School holiday: superusers with children are often away.</translation>
    </message>
    <message>
        <source>Each cell: hours allocated / hours needed that week. %1 free (needs at most %2 % of the time allocated) · %3 tight (needs more than %2 %) · %4 over (needs more than allocated, in bold). The header marks this week and the go-live week.</source>
        <translation>Each cell: hours allocated / hours needed that week. %1 free (needs at most %2 % of the time allocated) · %3 tight (needs more than %2 %) · %4 over (needs more than allocated, in bold). The header marks this week and the go-live week.</translation>
    </message>
    <message>
        <source>Tight: only %1 h to spare</source>
        <translation>Tight: only %1 h to spare</translation>
    </message>
</context>
<context>
    <name>parat::CapacityText</name>
    <message numerus="yes">
        <source>%1 and %n more period(s)</source>
        <translation>
            <numerusform>%1 and %n more period</numerusform>
            <numerusform>%1 and %n more periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs more hours than allocated in %n week(s): %2. Most over: %3 h in %4.</source>
        <translation>
            <numerusform>%1 needs more hours than allocated in %n week: %2. Most over: %3 h in %4.</numerusform>
            <numerusform>%1 needs more hours than allocated in %n weeks: %2. Most over: %3 h in %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %2 h in %n week(s) with no time allocated: %3.</source>
        <translation>
            <numerusform>%1 needs %2 h in %n week with no time allocated: %3.</numerusform>
            <numerusform>%1 needs %2 h in %n weeks with no time allocated: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %2 h allocated in %n week(s) (up to %3 h): %4.</source>
        <translation>
            <numerusform>%1 has more than %2 h allocated in %n week (up to %3 h): %4.</numerusform>
            <numerusform>%1 has more than %2 h allocated in %n weeks (up to %3 h): %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a superuser but not registered in KLIK, so the supplier&apos;s support does not answer them.</source>
        <translation>%1 is a superuser but not registered in KLIK, so the supplier&apos;s support does not answer them.</translation>
    </message>
    <message>
        <source>%1 is trained on %2, after the training milestone %3 (%4).</source>
        <translation>%1 is trained on %2, after the training milestone %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not trained, and the training milestone %2 was due %3.</source>
        <translation>%1 is not trained, and the training milestone %2 was due %3.</translation>
    </message>
    <message>
        <source>%1 is not trained yet; the training milestone %2 is due %3.</source>
        <translation>%1 is not trained yet; the training milestone %2 is due %3.</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n superuser(s) for %2 caseworkers (%3 per superuser; at most %4).</source>
        <translation>
            <numerusform>%1: %n superuser for %2 caseworkers (%3 per superuser; at most %4).</numerusform>
            <numerusform>%1: %n superusers for %2 caseworkers (%3 per superuser; at most %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 h set aside after %n day(s) off, %4 h needed</source>
        <translation>
            <numerusform>%1 (%2): %3 h set aside after %n day off, %4 h needed</numerusform>
            <numerusform>%1 (%2): %3 h set aside after %n days off, %4 h needed</numerusform>
        </translation>
    </message>
    <message>
        <source>Go-live falls in holidays with too few hours: %1.</source>
        <translation>Go-live falls in holidays with too few hours: %1.</translation>
    </message>
    <message>
        <source>Superusers with children are often away in school holidays.</source>
        <translation>Superusers with children are often away in school holidays.</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
</context>
<context>
    <name>parat::Cli</name>
    <message>
        <source>No display was found, so Parat&apos;s window cannot open. On a machine without a screen, run it under a virtual display (xvfb-run -a parat), or use the commands that need no window (parat --help).</source>
        <translation>No display was found, so Parat&apos;s window cannot open. On a machine without a screen, run it under a virtual display (xvfb-run -a parat), or use the commands that need no window (parat --help).</translation>
    </message>
    <message>
        <source>Run parat --help for usage.</source>
        <translation>Run parat --help for usage.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with: parat --db %1 init</source>
        <translation>There is no database at %1. Create one with: parat --db %1 init</translation>
    </message>
    <message>
        <source>Warning: today&apos;s restore point could not be taken: %1</source>
        <translation>Warning: today&apos;s restore point could not be taken: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>language of messages</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 invalid input (nothing changed), 4 database error.</source>
        <translation>Exit codes: 0 success, 2 usage error, 3 invalid input (nothing changed), 4 database error.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>Run parat %1 COMMAND --help for the options of a command.</source>
        <translation>Run parat %1 COMMAND --help for the options of a command.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Usage: parat [--db FILE] [--lang da|en] [COMMAND ...]</source>
        <translation>Usage: parat [--db FILE] [--lang da|en] [COMMAND ...]</translation>
    </message>
    <message>
        <source>Without a command Parat opens its window.</source>
        <translation>Without a command Parat opens its window.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run parat COMMAND --help for the options of a command.</source>
        <translation>Run parat COMMAND --help for the options of a command.</translation>
    </message>
    <message>
        <source>%1 needs one of its commands:</source>
        <translation>%1 needs one of its commands:</translation>
    </message>
    <message>
        <source>Run parat %1 --help for usage.</source>
        <translation>Run parat %1 --help for usage.</translation>
    </message>
    <message>
        <source>%1 takes no further arguments.</source>
        <translation>%1 takes no further arguments.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs exactly %n argument(s): %2</source>
        <translation>
            <numerusform>%1 needs exactly %n argument: %2</numerusform>
            <numerusform>%1 needs exactly %n arguments: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The option --db needs the name of a database file; it is empty.</source>
        <translation>The option --db needs the name of a database file; it is empty.</translation>
    </message>
    <message>
        <source>the database: a file (default: %1) or a server database postgresql://USER@HOST:PORT/NAME; the PARAT_DB environment variable also sets it</source>
        <translation>the database: a file (default: %1) or a server database postgresql://USER@HOST:PORT/NAME; the PARAT_DB environment variable also sets it</translation>
    </message>
</context>
<context>
    <name>parat::CommunicationItemDialog</name>
    <message>
        <source>Edit Communication</source>
        <translation>Edit Communication</translation>
    </message>
    <message>
        <source>Add Communication</source>
        <translation>Add Communication</translation>
    </message>
    <message>
        <source>(a target group, named below)</source>
        <translation>(a target group, named below)</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>S&amp;takeholder:</translation>
    </message>
    <message>
        <source>For example: all caseworkers</source>
        <translation>For example: all caseworkers</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Occasion:</translation>
    </message>
    <message>
        <source>(no task)</source>
        <translation>(no task)</translation>
    </message>
    <message>
        <source>Milestone %1 %2</source>
        <translation>Milestone %1 %2</translation>
    </message>
    <message>
        <source>Ta&amp;sk or milestone:</source>
        <translation>Ta&amp;sk or milestone:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>Goa&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>%1 (leader with staff responsibility)</source>
        <translation>%1 (leader with staff responsibility)</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Se&amp;nder:</translation>
    </message>
    <message>
        <source>&amp;Planned on:</source>
        <translation>&amp;Planned on:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Choose a stakeholder or name a target group.</source>
        <translation>Choose a stakeholder or name a target group.</translation>
    </message>
    <message>
        <source>Enter an occasion or a message.</source>
        <translation>Enter an occasion or a message.</translation>
    </message>
</context>
<context>
    <name>parat::CommunicationPlanModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Stakeholder or target group</source>
        <translation>Stakeholder or target group</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>parat::CommunicationPlanPage</name>
    <message>
        <source>Communication &amp;plan:</source>
        <translation>Communication &amp;plan:</translation>
    </message>
    <message>
        <source>&amp;Hide done and cancelled</source>
        <translation>&amp;Hide done and cancelled</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Communication plan</translation>
    </message>
    <message>
        <source>&amp;Add Communication…</source>
        <translation>&amp;Add Communication…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Mark Done</source>
        <translation>&amp;Mark Done</translation>
    </message>
    <message>
        <source>Mark the selected item done today (Ctrl+Return)</source>
        <translation>Mark the selected item done today (Ctrl+Return)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due in the next 4 weeks</source>
        <translation>
            <numerusform>%n due in the next 4 weeks</numerusform>
            <numerusform>%n due in the next 4 weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Communication</source>
        <translation>Remove Communication</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the communication plan? You can undo this.</source>
        <translation>Remove &quot;%1&quot; from the communication plan? You can undo this.</translation>
    </message>
</context>
<context>
    <name>parat::CommunicationRepository</name>
    <message>
        <source>A communication item needs a stakeholder or a target group.</source>
        <translation>A communication item needs a stakeholder or a target group.</translation>
    </message>
    <message>
        <source>A communication item needs an occasion or a message.</source>
        <translation>A communication item needs an occasion or a message.</translation>
    </message>
    <message>
        <source>The stakeholder of a communication item must be one of the same municipality.</source>
        <translation>The stakeholder of a communication item must be one of the same municipality.</translation>
    </message>
    <message>
        <source>The sender and the responsible must be people of the same municipality.</source>
        <translation>The sender and the responsible must be people of the same municipality.</translation>
    </message>
    <message>
        <source>The communication item could not be stored</source>
        <translation>The communication item could not be stored</translation>
    </message>
    <message>
        <source>The communication item to change is not in the database.</source>
        <translation>The communication item to change is not in the database.</translation>
    </message>
    <message>
        <source>A communication item cannot be moved to another municipality.</source>
        <translation>A communication item cannot be moved to another municipality.</translation>
    </message>
    <message>
        <source>The communication item could not be changed</source>
        <translation>The communication item could not be changed</translation>
    </message>
    <message>
        <source>The communication item to remove is not in the database.</source>
        <translation>The communication item to remove is not in the database.</translation>
    </message>
    <message>
        <source>The communication item could not be removed</source>
        <translation>The communication item could not be removed</translation>
    </message>
    <message>
        <source>The communication item cannot be put back: its number is in use.</source>
        <translation>The communication item cannot be put back: its number is in use.</translation>
    </message>
    <message>
        <source>(removed stakeholder)</source>
        <translation>(removed stakeholder)</translation>
    </message>
</context>
<context>
    <name>parat::CopyCli</name>
    <message>
        <source>There is no database file at %1.</source>
        <translation>There is no database file at %1.</translation>
    </message>
    <message>
        <source>%1 already holds a plan; Parat copies only into an empty server database and never writes over a plan.</source>
        <translation>%1 already holds a plan; Parat copies only into an empty server database and never writes over a plan.</translation>
    </message>
    <message>
        <source>%1 already exists; Parat copies only into a new file and never writes over one.</source>
        <translation>%1 already exists; Parat copies only into a new file and never writes over one.</translation>
    </message>
    <message>
        <source>FROM and TO must each be a database file or a server database address.</source>
        <translation>FROM and TO must each be a database file or a server database address.</translation>
    </message>
    <message>
        <source>FROM and TO are the same database.</source>
        <translation>FROM and TO are the same database.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the plan from %1 to %2 and verified it: %n table(s), %3 rows, in %4 s.</source>
        <translation>
            <numerusform>Copied the plan from %1 to %2 and verified it: %n table, %3 rows, in %4 s.</numerusform>
            <numerusform>Copied the plan from %1 to %2 and verified it: %n tables, %3 rows, in %4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2  %3 (the same on both sides)</source>
        <translation>%1 %2  %3 (the same on both sides)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>SHA-256 of the rows</source>
        <translation>SHA-256 of the rows</translation>
    </message>
    <message>
        <source>Copy a whole plan between a database file and a server database, and verify the copy.</source>
        <translation>Copy a whole plan between a database file and a server database, and verify the copy.</translation>
    </message>
    <message>
        <source>Copy a whole plan between a database file and a server database, and verify the copy.
FROM and TO are each a file or a postgresql:// address. TO must be a new file or a server database without a plan. Every table is copied in one transaction and then checked: row count and checksum per table on both sides. A copy that fails or does not match is removed.</source>
        <translation>Copy a whole plan between a database file and a server database, and verify the copy.
FROM and TO are each a file or a postgresql:// address. TO must be a new file or a server database without a plan. Every table is copied in one transaction and then checked: row count and checksum per table on both sides. A copy that fails or does not match is removed.</translation>
    </message>
</context>
<context>
    <name>parat::Database</name>
    <message>
        <source>The database file %1 could not be opened: %2</source>
        <translation>The database file %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The database file %1 could not be created: %2</source>
        <translation>The database file %1 could not be created: %2</translation>
    </message>
    <message>
        <source>The database file %1 could not be read: %2</source>
        <translation>The database file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a Parat database (it is not an SQLite database file). It has not been changed.</source>
        <translation>%1 is not a Parat database (it is not an SQLite database file). It has not been changed.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it is cut short). It has not been changed.</source>
        <translation>The database file %1 is damaged (it is cut short). It has not been changed.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or not a database (%2). It has not been changed.</source>
        <translation>The database file %1 is damaged or not a database (%2). It has not been changed.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Parat database. It has not been changed.</source>
        <translation>%1 is an SQLite database from another program, not a Parat database. It has not been changed.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Parat (database version %2; this Parat reads up to version %3). Install the newer Parat to open it. The file has not been changed.</source>
        <translation>%1 was saved by a newer version of Parat (database version %2; this Parat reads up to version %3). Install the newer Parat to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>%1 must be updated to this version of Parat, but the file is read-only.</source>
        <translation>%1 must be updated to this version of Parat, but the file is read-only.</translation>
    </message>
    <message>
        <source>The database file %1 could not be prepared: %2</source>
        <translation>The database file %1 could not be prepared: %2</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1: %2. It is unchanged.</source>
        <translation>The database could not be updated to version %1: %2. It is unchanged.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be changed.</source>
        <translation>The database is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written: %1</source>
        <translation>The database is busy or cannot be written: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>A restore point could not be taken: %1</source>
        <translation>A restore point could not be taken: %1</translation>
    </message>
    <message>
        <source>There is no restore point called %1.</source>
        <translation>There is no restore point called %1.</translation>
    </message>
    <message>
        <source>The restore point could not replace the database: %1</source>
        <translation>The restore point could not replace the database: %1</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Before a database update</translation>
    </message>
    <message>
        <source>Before a handbook import</source>
        <translation>Before a handbook import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before removing a municipality</source>
        <translation>Before removing a municipality</translation>
    </message>
    <message>
        <source>First opening of the day</source>
        <translation>First opening of the day</translation>
    </message>
    <message>
        <source>Taken by the user</source>
        <translation>Taken by the user</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>process %1 on %2</translation>
    </message>
    <message>
        <source>%1 is already open in another Parat (%2). Close it there first, or open it read-only.</source>
        <translation>%1 is already open in another Parat (%2). Close it there first, or open it read-only.</translation>
    </message>
    <message>
        <source>The database file %1 could not be opened (%2). It has not been changed.</source>
        <translation>The database file %1 could not be opened (%2). It has not been changed.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Make room on it and try again; nothing has been changed.</source>
        <translation>The disk holding %1 is full. Make room on it and try again; nothing has been changed.</translation>
    </message>
    <message>
        <source>SQLite found damaged data</source>
        <translation>SQLite found damaged data</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Parat does not write to a damaged file, so nothing more is lost; what it shows from it may be incomplete.</source>
        <translation>The database file %1 is damaged (%2). Parat does not write to a damaged file, so nothing more is lost; what it shows from it may be incomplete.</translation>
    </message>
    <message>
        <source>The newest verified restore point is from %1 (%2). Restore it with Restore Points in the window, or with: parat --db %3 backup restore %4</source>
        <translation>The newest verified restore point is from %1 (%2). Restore it with Restore Points in the window, or with: parat --db %3 backup restore %4</translation>
    </message>
    <message>
        <source>There is no verified restore point. Keep a copy of the file and ask for help before changing it.</source>
        <translation>There is no verified restore point. Keep a copy of the file and ask for help before changing it.</translation>
    </message>
    <message>
        <source>The database %1 is on a read-only medium or in a folder that cannot be written; nothing can be changed. Copy it to a writable folder to change it.</source>
        <translation>The database %1 is on a read-only medium or in a folder that cannot be written; nothing can be changed. Copy it to a writable folder to change it.</translation>
    </message>
    <message>
        <source>the database is not open.</source>
        <translation>the database is not open.</translation>
    </message>
    <message>
        <source>A restore point could not be taken: the disk holding %1 is full.</source>
        <translation>A restore point could not be taken: the disk holding %1 is full.</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside; nothing was changed.</source>
        <translation>The damaged file could not be moved aside; nothing was changed.</translation>
    </message>
    <message>
        <source>The restore point %1 cannot be used: %2. Nothing was changed.</source>
        <translation>The restore point %1 cannot be used: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Restored %1. The state before the restore was kept as a restore point.</source>
        <translation>Restored %1. The state before the restore was kept as a restore point.</translation>
    </message>
    <message>
        <source>%1 is open in another Parat (%2). Close it there first.</source>
        <translation>%1 is open in another Parat (%2). Close it there first.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written, so the restore point cannot replace it.</source>
        <translation>The folder of %1 cannot be written, so the restore point cannot replace it.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
    <message>
        <source>Restored %1. The file it replaced was kept as %2.</source>
        <translation>Restored %1. The file it replaced was kept as %2.</translation>
    </message>
    <message>
        <source>A restore point could not be taken: restore points are copies of a database file, and this plan is on a server. Copy it to a file with: parat copy %1 FILE</source>
        <translation>A restore point could not be taken: restore points are copies of a database file, and this plan is on a server. Copy it to a file with: parat copy %1 FILE</translation>
    </message>
    <message>
        <source>Parat cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Parat cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server database %1 could not be opened: %2</source>
        <translation>The server database %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a server database; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 is not the address of a server database; write postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server database %1 could not be read: %2</source>
        <translation>The server database %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The server database %1 holds tables of another program; it is not a Parat plan. It has not been changed.</source>
        <translation>The server database %1 holds tables of another program; it is not a Parat plan. It has not been changed.</translation>
    </message>
    <message>
        <source>The server database %1 holds no Parat plan yet. Create one with: parat server init %1</source>
        <translation>The server database %1 holds no Parat plan yet. Create one with: parat server init %1</translation>
    </message>
    <message>
        <source>The server database %1 is not a Parat plan (its schema mark is another program&apos;s). It has not been changed.</source>
        <translation>The server database %1 is not a Parat plan (its schema mark is another program&apos;s). It has not been changed.</translation>
    </message>
    <message>
        <source>The server database %1 was set up by a newer version of Parat (database version %2; this Parat reads up to version %3). Install the newer Parat to use it. It has not been changed.</source>
        <translation>The server database %1 was set up by a newer version of Parat (database version %2; this Parat reads up to version %3). Install the newer Parat to use it. It has not been changed.</translation>
    </message>
    <message>
        <source>The server database %1 must be updated to this version of Parat (from database version %2 to %3). Everyone using it must then use this version. Update it with: parat server init %1</source>
        <translation>The server database %1 must be updated to this version of Parat (from database version %2 to %3). Everyone using it must then use this version. Update it with: parat server init %1</translation>
    </message>
    <message>
        <source>Before a status import</source>
        <translation>Before a status import</translation>
    </message>
    <message>
        <source>The connection to the server was lost while the change was being saved, so it is not known yet whether it was stored. Parat reconnects by itself and then says which.</source>
        <translation>The connection to the server was lost while the change was being saved, so it is not known yet whether it was stored. Parat reconnects by itself and then says which.</translation>
    </message>
    <message>
        <source>The server database %1 could not be set up for live updates: %2. It is unchanged.</source>
        <translation>The server database %1 could not be set up for live updates: %2. It is unchanged.</translation>
    </message>
    <message>
        <source>Nothing of this change was stored: the connection to the server was lost. Parat reconnects by itself; make the change again when the window is no longer read-only.</source>
        <translation>Nothing of this change was stored: the connection to the server was lost. Parat reconnects by itself; make the change again when the window is no longer read-only.</translation>
    </message>
    <message>
        <source>The server database %1 cannot be reached: %2</source>
        <translation>The server database %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>The plan could not be reserved for the import: %1</source>
        <translation>The plan could not be reserved for the import: %1</translation>
    </message>
    <message>
        <source>Another user is importing into the plan or restoring part of it right now. Nothing has been changed; try again in a moment.</source>
        <translation>Another user is importing into the plan or restoring part of it right now. Nothing has been changed; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>parat::DateEdit</name>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as dd-mm-yyyy, such as 01-02-2027, or as 2027-02-01.</source>
        <translation>&quot;%1&quot; is not a date. Write it as dd-mm-yyyy, such as 01-02-2027, or as 2027-02-01.</translation>
    </message>
    <message>
        <source>There is no date &quot;%1&quot;: check the day and the month.</source>
        <translation>There is no date &quot;%1&quot;: check the day and the month.</translation>
    </message>
    <message>
        <source>The date must lie between %1 and %2.</source>
        <translation>The date must lie between %1 and %2.</translation>
    </message>
    <message>
        <source>Type a date as dd-mm-yyyy or yyyy-mm-dd, or choose it in the calendar.</source>
        <translation>Type a date as dd-mm-yyyy or yyyy-mm-dd, or choose it in the calendar.</translation>
    </message>
</context>
<context>
    <name>parat::DecisionCli</name>
    <message>
        <source>--question is required.</source>
        <translation>--question is required.</translation>
    </message>
    <message>
        <source>--risk takes the number of a risk (3 or R3), not &quot;%1&quot;.</source>
        <translation>--risk takes the number of a risk (3 or R3), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no risk %1 in %2.</source>
        <translation>There is no risk %1 in %2.</translation>
    </message>
    <message>
        <source>Added decision %1 &quot;%2&quot; to %3.</source>
        <translation>Added decision %1 &quot;%2&quot; to %3.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>No decisions in %1. Add one with: parat decision add</source>
        <translation>No decisions in %1. Add one with: parat decision add</translation>
    </message>
    <message>
        <source>The decision log: questions for the steering group and the date each answer is needed by.</source>
        <translation>The decision log: questions for the steering group and the date each answer is needed by.</translation>
    </message>
    <message>
        <source>only decisions with this status</source>
        <translation>only decisions with this status</translation>
    </message>
    <message>
        <source>List the decisions: number, status, needed by, question and what was decided.</source>
        <translation>List the decisions: number, status, needed by, question and what was decided.</translation>
    </message>
    <message>
        <source>what must be decided</source>
        <translation>what must be decided</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>the date the decision is needed by</source>
        <translation>the date the decision is needed by</translation>
    </message>
    <message>
        <source>why the question comes up</source>
        <translation>why the question comes up</translation>
    </message>
    <message>
        <source>the options to choose between</source>
        <translation>the options to choose between</translation>
    </message>
    <message>
        <source>the number of the risk it answers</source>
        <translation>the number of the risk it answers</translation>
    </message>
    <message>
        <source>the key of the task it concerns</source>
        <translation>the key of the task it concerns</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Add a decision the steering group must take; it gets the next number and waits.</source>
        <translation>Add a decision the steering group must take; it gets the next number and waits.</translation>
    </message>
</context>
<context>
    <name>parat::DecisionDialog</name>
    <message>
        <source>Edit Decision %1</source>
        <translation>Edit Decision %1</translation>
    </message>
    <message>
        <source>Add Decision</source>
        <translation>Add Decision</translation>
    </message>
    <message>
        <source>For example: may superusers use overtime in the go-live weeks?</source>
        <translation>For example: may superusers use overtime in the go-live weeks?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Background:</translation>
    </message>
    <message>
        <source>O&amp;ptions:</source>
        <translation>O&amp;ptions:</translation>
    </message>
    <message>
        <source>&amp;Needed by:</source>
        <translation>&amp;Needed by:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Decided &amp;on:</translation>
    </message>
    <message>
        <source>For example: the steering group</source>
        <translation>For example: the steering group</translation>
    </message>
    <message>
        <source>Decided b&amp;y:</source>
        <translation>Decided b&amp;y:</translation>
    </message>
    <message>
        <source>(no risk)</source>
        <translation>(no risk)</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risk:</translation>
    </message>
    <message>
        <source>Task key</source>
        <translation>Task key</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>Tas&amp;k:</translation>
    </message>
    <message>
        <source>There is no task with key %1.</source>
        <translation>There is no task with key %1.</translation>
    </message>
</context>
<context>
    <name>parat::DecisionRepository</name>
    <message>
        <source>The municipality of the decision &quot;%1&quot; is not in the database.</source>
        <translation>The municipality of the decision &quot;%1&quot; is not in the database.</translation>
    </message>
    <message>
        <source>The risk of the decision &quot;%1&quot; must be a risk of the same municipality.</source>
        <translation>The risk of the decision &quot;%1&quot; must be a risk of the same municipality.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; names task %2, which is not a task of the municipality.</source>
        <translation>The decision &quot;%1&quot; names task %2, which is not a task of the municipality.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; could not be numbered</source>
        <translation>The decision &quot;%1&quot; could not be numbered</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; could not be added</source>
        <translation>The decision &quot;%1&quot; could not be added</translation>
    </message>
    <message>
        <source>The decision to change is not in the database.</source>
        <translation>The decision to change is not in the database.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; cannot be moved to another municipality.</source>
        <translation>The decision &quot;%1&quot; cannot be moved to another municipality.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; could not be changed</source>
        <translation>The decision &quot;%1&quot; could not be changed</translation>
    </message>
    <message>
        <source>The decision to remove is not in the database.</source>
        <translation>The decision to remove is not in the database.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; could not be removed</source>
        <translation>The decision &quot;%1&quot; could not be removed</translation>
    </message>
    <message>
        <source>The decision to put back has no number.</source>
        <translation>The decision to put back has no number.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; cannot be put back: its place is used by another decision.</source>
        <translation>The decision &quot;%1&quot; cannot be put back: its place is used by another decision.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; could not be put back</source>
        <translation>The decision &quot;%1&quot; could not be put back</translation>
    </message>
</context>
<context>
    <name>parat::DecisionTableModel</name>
    <message>
        <source>Background: %1</source>
        <translation>Background: %1</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Options: %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the decision log: the decision&apos;s number (D1, D2, ...). Danish: Nr.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Risk or task</source>
        <translation>Risk or task</translation>
    </message>
</context>
<context>
    <name>parat::DecisionText</name>
    <message>
        <source>A decision needs a question.</source>
        <translation>A decision needs a question.</translation>
    </message>
    <message>
        <source>The decision on &quot;%1&quot; is marked as taken: write what was decided.</source>
        <translation>The decision on &quot;%1&quot; is marked as taken: write what was decided.</translation>
    </message>
    <message>
        <source>D%1</source>
        <extracomment>How a decision is numbered in lists. Danish: B%1 (beslutning)</extracomment>
        <translation>D%1</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Decision status. Danish: Afventer</extracomment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Taken</source>
        <extracomment>Decision status. Danish: Truffet</extracomment>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Postponed</source>
        <extracomment>Decision status. Danish: Udsat</extracomment>
        <translation>Postponed</translation>
    </message>
</context>
<context>
    <name>parat::DemoBuilder</name>
    <message>
        <source>The list of municipalities is missing from this build of Parat.</source>
        <translation>The list of municipalities is missing from this build of Parat.</translation>
    </message>
    <message>
        <source>The demo municipality %1 %2 is already in the database.</source>
        <translation>The demo municipality %1 %2 is already in the database.</translation>
    </message>
</context>
<context>
    <name>parat::DemoRunbookText</name>
    <message>
        <source>First-day support in %1</source>
        <translation>First-day support in %1</translation>
    </message>
    <message>
        <source>Superusers</source>
        <translation>Superusers</translation>
    </message>
</context>
<context>
    <name>parat::DemoSuperusersText</name>
    <message>
        <source>The demo municipality has no go-live date.</source>
        <translation>The demo municipality has no go-live date.</translation>
    </message>
</context>
<context>
    <name>parat::DimensionText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” (score %3)</source>
        <translation>%1 “%2” (score %3)</translation>
    </message>
    <message>
        <source>Open risk: %1.</source>
        <translation>Open risk: %1.</translation>
    </message>
    <message>
        <source>Mandatory task %1 days overdue: %2.</source>
        <translation>Mandatory task %1 days overdue: %2.</translation>
    </message>
    <message>
        <source>%1 percentage points behind plan (%2 % done, %3 % planned).</source>
        <translation>%1 percentage points behind plan (%2 % done, %3 % planned).</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>Overdue: %1.</translation>
    </message>
    <message>
        <source>No relevant tasks yet.</source>
        <translation>No relevant tasks yet.</translation>
    </message>
    <message>
        <source>Nothing overdue; %1 % done, %2 % planned.</source>
        <translation>Nothing overdue; %1 % done, %2 % planned.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3 h needed, %4 h allocated)</source>
        <translation>%1 in %2 (%3 h needed, %4 h allocated)</translation>
    </message>
    <message>
        <source>Too few hours: %1.</source>
        <translation>Too few hours: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Enough hours allocated for the next %n week(s).</source>
        <translation>
            <numerusform>Enough hours allocated for the next %n week.</numerusform>
            <numerusform>Enough hours allocated for the next %n weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagement below target: %1.</source>
        <translation>Engagement below target: %1.</translation>
    </message>
    <message>
        <source>%1 “%2” (needed by %3)</source>
        <translation>%1 “%2” (needed by %3)</translation>
    </message>
    <message>
        <source>Decision overdue: %1.</source>
        <translation>Decision overdue: %1.</translation>
    </message>
    <message>
        <source>Stakeholders at their target engagement; no decision overdue.</source>
        <translation>Stakeholders at their target engagement; no decision overdue.</translation>
    </message>
    <message>
        <source>No go-live date yet.</source>
        <translation>No go-live date yet.</translation>
    </message>
    <message numerus="yes">
        <source>Go-live in %n day(s) and go-live work overdue: %1.</source>
        <translation>
            <numerusform>Go-live in %n day and go-live work overdue: %1.</numerusform>
            <numerusform>Go-live in %n days and go-live work overdue: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Live with go-live work still overdue: %1.</source>
        <translation>Live with go-live work still overdue: %1.</translation>
    </message>
    <message>
        <source>Go-live work overdue: %1.</source>
        <translation>Go-live work overdue: %1.</translation>
    </message>
    <message>
        <source>Too few hours in the go-live weeks: %1.</source>
        <translation>Too few hours in the go-live weeks: %1.</translation>
    </message>
    <message>
        <source>Live; the go-live work is done.</source>
        <translation>Live; the go-live work is done.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) to go-live; go-live work on track.</source>
        <translation>
            <numerusform>%n week to go-live; go-live work on track.</numerusform>
            <numerusform>%n weeks to go-live; go-live work on track.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::EditAllocation</name>
    <message>
        <source>Change allocation of %1</source>
        <translation>Change allocation of %1</translation>
    </message>
</context>
<context>
    <name>parat::EditCommunicationItem</name>
    <message>
        <source>Edit communication &quot;%1&quot;</source>
        <translation>Edit communication &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>parat::EditDecision</name>
    <message>
        <source>Edit decision %1 %2</source>
        <translation>Edit decision %1 %2</translation>
    </message>
</context>
<context>
    <name>parat::EditGoLiveCriterion</name>
    <message>
        <source>Edit go-live criterion %1</source>
        <translation>Edit go-live criterion %1</translation>
    </message>
</context>
<context>
    <name>parat::EditLocalTask</name>
    <message>
        <source>Edit local task %1</source>
        <translation>Edit local task %1</translation>
    </message>
</context>
<context>
    <name>parat::EditMunicipality</name>
    <message>
        <source>Change go-live date of %1</source>
        <translation>Change go-live date of %1</translation>
    </message>
    <message>
        <source>Edit municipality %1</source>
        <translation>Edit municipality %1</translation>
    </message>
</context>
<context>
    <name>parat::EditPerson</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>parat::EditRisk</name>
    <message>
        <source>Edit risk %1 %2</source>
        <translation>Edit risk %1 %2</translation>
    </message>
</context>
<context>
    <name>parat::EditRunbookStep</name>
    <message>
        <source>Set step %1 %2 to %3</source>
        <translation>Set step %1 %2 to %3</translation>
    </message>
    <message>
        <source>Edit runbook step %1 %2</source>
        <translation>Edit runbook step %1 %2</translation>
    </message>
</context>
<context>
    <name>parat::EditSchoolHolidays</name>
    <message>
        <source>Change school-holiday weeks</source>
        <translation>Change school-holiday weeks</translation>
    </message>
</context>
<context>
    <name>parat::EditStakeholder</name>
    <message>
        <source>Edit stakeholder %1</source>
        <translation>Edit stakeholder %1</translation>
    </message>
</context>
<context>
    <name>parat::EditSuperuser</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>parat::ExportCli</name>
    <message>
        <source>Say which municipality with --municipality CODE.</source>
        <translation>Say which municipality with --municipality CODE.</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.</source>
        <translation>Say where to write with --out FILE.</translation>
    </message>
    <message>
        <source>--format must be xlsx or csv, not &quot;%1&quot;.</source>
        <translation>--format must be xlsx or csv, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Municipality %1 is not in the database. See: parat municipality list</source>
        <translation>Municipality %1 is not in the database. See: parat municipality list</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n task(s) to %1</source>
        <translation>
            <numerusform>Wrote %n task to %1</numerusform>
            <numerusform>Wrote %n tasks to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person-week(s) to %1</source>
        <translation>
            <numerusform>Wrote %n person-week to %1</numerusform>
            <numerusform>Wrote %n person-weeks to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>xlsx (Excel, the default) or csv (default: the file name&apos;s suffix)</source>
        <translation>xlsx (Excel, the default) or csv (default: the file name&apos;s suffix)</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s current tasks as a spreadsheet: key, title, phase, theme, status, people, the release, due and done dates as dates and the hours as numbers, with a frozen header row and a filter. CSV is &apos;;&apos;-separated UTF-8, as Danish Excel opens it.</source>
        <translation>Write the municipality&apos;s current tasks as a spreadsheet: key, title, phase, theme, status, people, the release, due and done dates as dates and the hours as numbers, with a frozen header row and a filter. CSV is &apos;;&apos;-separated UTF-8, as Danish Excel opens it.</translation>
    </message>
    <message>
        <source>the Excel file to write (.xlsx)</source>
        <translation>the Excel file to write (.xlsx)</translation>
    </message>
    <message>
        <source>Write the superuser grid as an Excel workbook: one row per person and week with hours allocated (after holidays), needed and free (negative when over).</source>
        <translation>Write the superuser grid as an Excel workbook: one row per person and week with hours allocated (after holidays), needed and free (negative when over).</translation>
    </message>
    <message>
        <source>Say whose status sheet with --person NAME.</source>
        <translation>Say whose status sheet with --person NAME.</translation>
    </message>
    <message>
        <source>%1 is not one of the municipality&apos;s people.</source>
        <translation>%1 is not one of the municipality&apos;s people.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are called %1; rename one in Parat first.</source>
        <translation>
            <numerusform>%n person is called %1; rename them in Parat first.</numerusform>
            <numerusform>%n people are called %1; rename one in Parat first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a status sheet with %n task(s) to %1</source>
        <translation>
            <numerusform>Wrote a status sheet with %n task to %1</numerusform>
            <numerusform>Wrote a status sheet with %n tasks to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The task list, the superuser grid and status sheets as spreadsheets (Excel or CSV).</source>
        <translation>The task list, the superuser grid and status sheets as spreadsheets (Excel or CSV).</translation>
    </message>
    <message>
        <source>the person, by name</source>
        <translation>the person, by name</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write a person&apos;s status sheet: their open tasks with due dates and hours, and columns for status, done date, KLIK and a note to fill in. Read it back with: parat status import FILE</source>
        <translation>Write a person&apos;s status sheet: their open tasks with due dates and hours, and columns for status, done date, KLIK and a note to fill in. Read it back with: parat status import FILE</translation>
    </message>
</context>
<context>
    <name>parat::FirstRunPage</name>
    <message>
        <source>Welcome to Parat</source>
        <translation>Welcome to Parat</translation>
    </message>
    <message>
        <source>This plan has no municipality yet. Choose how to start:</source>
        <translation>This plan has no municipality yet. Choose how to start:</translation>
    </message>
    <message>
        <source>&amp;Add a municipality…</source>
        <translation>&amp;Add a municipality…</translation>
    </message>
    <message>
        <source>Add a municipality</source>
        <translation>Add a municipality</translation>
    </message>
    <message>
        <source>Choose your municipality from the official list and set its go-live date. The tasks of the handbook are then planned from that date.</source>
        <translation>Choose your municipality from the official list and set its go-live date. The tasks of the handbook are then planned from that date.</translation>
    </message>
    <message>
        <source>&amp;Import a handbook…</source>
        <translation>&amp;Import a handbook…</translation>
    </message>
    <message>
        <source>Import a handbook</source>
        <translation>Import a handbook</translation>
    </message>
    <message>
        <source>Bring in a newer implementation handbook (a CSV or JSON file) before you add the municipality.</source>
        <translation>Bring in a newer implementation handbook (a CSV or JSON file) before you add the municipality.</translation>
    </message>
    <message>
        <source>Open the &amp;demo…</source>
        <translation>Open the &amp;demo…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>Try Parat on a made-up municipality. The demo is saved in a new file you name, so this plan stays empty.</source>
        <translation>Try Parat on a made-up municipality. The demo is saved in a new file you name, so this plan stays empty.</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveCriteriaModel</name>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (measured)</translation>
    </message>
    <message>
        <source>Not relevant because: %1</source>
        <translation>Not relevant because: %1</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (passed)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Numbers or evidence</source>
        <translation>Numbers or evidence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveCriterionDialog</name>
    <message>
        <source>Edit Go-live Criterion</source>
        <translation>Edit Go-live Criterion</translation>
    </message>
    <message>
        <source>Add Go-live Criterion</source>
        <translation>Add Go-live Criterion</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Criterion:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Parat measures this criterion; its status follows the numbers.</source>
        <translation>Parat measures this criterion; its status follows the numbers.</translation>
    </message>
    <message>
        <source>Why the criterion is not relevant</source>
        <translation>Why the criterion is not relevant</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>A link or a file path</source>
        <translation>A link or a file path</translation>
    </message>
    <message>
        <source>&amp;Link or file:</source>
        <translation>&amp;Link or file:</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveMeetingDialog</name>
    <message>
        <source>Go/no-go Meeting</source>
        <translation>Go/no-go Meeting</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>D&amp;ecision:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>&amp;Add Condition</source>
        <translation>&amp;Add Condition</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Condition %1</translation>
    </message>
    <message>
        <source>Owner of condition %1</source>
        <translation>Owner of condition %1</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>Deadline of condition %1</source>
        <translation>Deadline of condition %1</translation>
    </message>
</context>
<context>
    <name>parat::GoLivePaper</name>
    <message>
        <source>%1 — readiness score %2 of 100</source>
        <translation>%1 — readiness score %2 of 100</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Numbers or evidence</source>
        <translation>Numbers or evidence</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (measured)</translation>
    </message>
    <message>
        <source>Not relevant because: %1</source>
        <translation>Not relevant because: %1</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (passed)</translation>
    </message>
    <message>
        <source>Go/no-go decision paper — %1</source>
        <translation>Go/no-go decision paper — %1</translation>
    </message>
    <message>
        <source>Go/no-go %1</source>
        <translation>Go/no-go %1</translation>
    </message>
    <message>
        <source>Go/no-go decision paper: %1</source>
        <translation>Go/no-go decision paper: %1</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 not met, %4 not relevant</source>
        <translation>%1 met, %2 partly met, %3 not met, %4 not relevant</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>The go/no-go meeting</source>
        <translation>The go/no-go meeting</translation>
    </message>
    <message>
        <source>No meeting recorded yet.</source>
        <translation>No meeting recorded yet.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>☐ Go    ☐ Go with conditions    ☐ No-go        Signature: ____________________</source>
        <translation>☐ Go    ☐ Go with conditions    ☐ No-go        Signature: ____________________</translation>
    </message>
    <message>
        <source>Go-live criteria</source>
        <translation>Go-live criteria</translation>
    </message>
    <message>
        <source>No go-live criteria yet.</source>
        <translation>No go-live criteria yet.</translation>
    </message>
    <message>
        <source>The municipality is not in the database.</source>
        <translation>The municipality is not in the database.</translation>
    </message>
    <message>
        <source>Go-live readiness</source>
        <translation>Go-live readiness</translation>
    </message>
    <message>
        <source>Go/no-go meeting %1: %2</source>
        <translation>Go/no-go meeting %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Go-live checklist %1 % ready (%2 of %3 criteria met)</source>
        <translation>Go-live checklist %1 % ready (%2 of %3 criteria met)</translation>
    </message>
    <message>
        <source>Go-live checklist %1 % ready: %2</source>
        <translation>Go-live checklist %1 % ready: %2</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveReadinessPage</name>
    <message>
        <source>Go-live &amp;criteria:</source>
        <translation>Go-live &amp;criteria:</translation>
    </message>
    <message>
        <source>Go-live criteria</source>
        <translation>Go-live criteria</translation>
    </message>
    <message>
        <source>&amp;Add Criterion…</source>
        <translation>&amp;Add Criterion…</translation>
    </message>
    <message>
        <source>Ed&amp;it Criterion…</source>
        <translation>Ed&amp;it Criterion…</translation>
    </message>
    <message>
        <source>&amp;Remove Criterion…</source>
        <translation>&amp;Remove Criterion…</translation>
    </message>
    <message>
        <source>Create De&amp;fault Criteria</source>
        <translation>Create De&amp;fault Criteria</translation>
    </message>
    <message>
        <source>Go/no-go &amp;Meeting…</source>
        <translation>Go/no-go &amp;Meeting…</translation>
    </message>
    <message>
        <source>&amp;Save Decision Paper as PDF…</source>
        <translation>&amp;Save Decision Paper as PDF…</translation>
    </message>
    <message>
        <source>&amp;Print Decision Paper…</source>
        <translation>&amp;Print Decision Paper…</translation>
    </message>
    <message>
        <source>Readiness light and score</source>
        <translation>Readiness light and score</translation>
    </message>
    <message>
        <source>Reasons for the readiness light</source>
        <translation>Reasons for the readiness light</translation>
    </message>
    <message>
        <source>Go/no-go meeting</source>
        <translation>Go/no-go meeting</translation>
    </message>
    <message>
        <source>No municipality chosen.</source>
        <translation>No municipality chosen.</translation>
    </message>
    <message>
        <source>Readiness for go-live: %1 — score %2 of 100 (%3 met, %4 partly met, %5 not met, %6 not relevant)</source>
        <translation>Readiness for go-live: %1 — score %2 of 100 (%3 met, %4 partly met, %5 not met, %6 not relevant)</translation>
    </message>
    <message>
        <source>Go/no-go meeting: none recorded yet.</source>
        <translation>Go/no-go meeting: none recorded yet.</translation>
    </message>
    <message>
        <source>Go/no-go meeting %1: %2</source>
        <translation>Go/no-go meeting %1: %2</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <source>Condition: %1 (%2, by %3)</source>
        <translation>Condition: %1 (%2, by %3)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>Remove Criterion</translation>
    </message>
    <message>
        <source>Remove the go-live criterion &quot;%1&quot;? You can undo this.</source>
        <translation>Remove the go-live criterion &quot;%1&quot;? You can undo this.</translation>
    </message>
    <message>
        <source>go-no-go-%1.pdf</source>
        <translation>go-no-go-%1.pdf</translation>
    </message>
    <message>
        <source>Save Decision Paper</source>
        <translation>Save Decision Paper</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print Decision Paper</source>
        <translation>Print Decision Paper</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveReadinessText</name>
    <message>
        <source>No go-live date: nothing to measure against.</source>
        <translation>No go-live date: nothing to measure against.</translation>
    </message>
    <message>
        <source>%1 (not marked in KLIK)</source>
        <translation>%1 (not marked in KLIK)</translation>
    </message>
    <message>
        <source>%1 (not done)</source>
        <translation>%1 (not done)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mandatory task(s) done and marked in KLIK</source>
        <translation>
            <numerusform>%1 of %n mandatory task done and marked in KLIK</numerusform>
            <numerusform>%1 of %n mandatory tasks done and marked in KLIK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n superuser(s) active in the go-live weeks trained</source>
        <translation>
            <numerusform>%1 of %n superuser active in the go-live weeks trained</numerusform>
            <numerusform>%1 of %n superusers active in the go-live weeks trained</numerusform>
        </translation>
    </message>
    <message>
        <source>No superuser is active in the go-live weeks</source>
        <translation>No superuser is active in the go-live weeks</translation>
    </message>
    <message>
        <source>%1: %2 h set aside, %3 h needed</source>
        <translation>%1: %2 h set aside, %3 h needed</translation>
    </message>
    <message>
        <source>%1 h set aside of %2 h needed in the go-live weeks</source>
        <translation>%1 h set aside of %2 h needed in the go-live weeks</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test and conversion task(s) done</source>
        <translation>
            <numerusform>%1 of %n test and conversion task done</numerusform>
            <numerusform>%1 of %n test and conversion tasks done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, wanted %3)</source>
        <translation>%1 (%2, wanted %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resource person(s) at or above their target engagement</source>
        <translation>
            <numerusform>%1 of %n resource person at or above their target engagement</numerusform>
            <numerusform>%1 of %n resource persons at or above their target engagement</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n communication item(s) before go-live done</source>
        <translation>
            <numerusform>%1 of %n communication item before go-live done</numerusform>
            <numerusform>%1 of %n communication items before go-live done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (score %3)</source>
        <translation>%1 %2 (score %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s) scoring %1 or more</source>
        <translation>
            <numerusform>%n open risk scoring %1 or more</numerusform>
            <numerusform>%n open risks scoring %1 or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– and %n more</source>
        <translation>
            <numerusform>– and %n more</numerusform>
            <numerusform>– and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (partly met)</source>
        <translation>%1 (partly met)</translation>
    </message>
    <message numerus="yes">
        <source>%n go-live criterion/criteria not met after the due date:</source>
        <translation>
            <numerusform>%n go-live criterion not met after the due date:</numerusform>
            <numerusform>%n go-live criteria not met after the due date:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n go-live criterion/criteria not met yet:</source>
        <translation>
            <numerusform>%n go-live criterion not met yet:</numerusform>
            <numerusform>%n go-live criteria not met yet:</numerusform>
        </translation>
    </message>
    <message>
        <source>No go-live criteria yet: create the default set.</source>
        <translation>No go-live criteria yet: create the default set.</translation>
    </message>
    <message>
        <source>Every go-live criterion is met or not relevant.</source>
        <translation>Every go-live criterion is met or not relevant.</translation>
    </message>
    <message>
        <source>Every user has access and the right roles in DUBU 3.0</source>
        <extracomment>Go-live criterion. Danish: Alle brugere har adgang og de rette roller i DUBU 3.0</extracomment>
        <translation>Every user has access and the right roles in DUBU 3.0</translation>
    </message>
    <message>
        <source>The final conversion is reconciled and approved</source>
        <extracomment>Go-live criterion. Danish: Den endelige konvertering er afstemt og godkendt</extracomment>
        <translation>The final conversion is reconciled and approved</translation>
    </message>
    <message>
        <source>Support and the superuser rota for the first days are planned</source>
        <extracomment>Go-live criterion. Danish: Support og superbrugervagter til de første dage er planlagt</extracomment>
        <translation>Support and the superuser rota for the first days are planned</translation>
    </message>
    <message>
        <source>Closing the old system is planned and announced</source>
        <extracomment>Go-live criterion. Danish: Lukningen af det gamle system er planlagt og varslet</extracomment>
        <translation>Closing the old system is planned and announced</translation>
    </message>
    <message>
        <source>The runbook for the go-live weekend is reviewed</source>
        <extracomment>Go-live criterion. Danish: Drejebogen for go-live-weekenden er gennemgået</extracomment>
        <translation>The runbook for the go-live weekend is reviewed</translation>
    </message>
    <message>
        <source>The steering group is informed and ready to decide</source>
        <extracomment>Go-live criterion. Danish: Styregruppen er orienteret og klar til at træffe beslutning</extracomment>
        <translation>The steering group is informed and ready to decide</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveRepository</name>
    <message>
        <source>The municipality of the criterion &quot;%1&quot; is not in the database.</source>
        <translation>The municipality of the criterion &quot;%1&quot; is not in the database.</translation>
    </message>
    <message>
        <source>The owner of the criterion &quot;%1&quot; must be a person of the same municipality.</source>
        <translation>The owner of the criterion &quot;%1&quot; must be a person of the same municipality.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; could not be placed</source>
        <translation>The criterion &quot;%1&quot; could not be placed</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; could not be added</source>
        <translation>The criterion &quot;%1&quot; could not be added</translation>
    </message>
    <message>
        <source>The criterion to change is not in the database.</source>
        <translation>The criterion to change is not in the database.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; cannot be moved to another municipality.</source>
        <translation>The criterion &quot;%1&quot; cannot be moved to another municipality.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; could not be changed</source>
        <translation>The criterion &quot;%1&quot; could not be changed</translation>
    </message>
    <message>
        <source>The criterion to remove is not in the database.</source>
        <translation>The criterion to remove is not in the database.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; could not be removed</source>
        <translation>The criterion &quot;%1&quot; could not be removed</translation>
    </message>
    <message>
        <source>The criterion to put back has no id.</source>
        <translation>The criterion to put back has no id.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; cannot be put back: its place is used by another one.</source>
        <translation>The criterion &quot;%1&quot; cannot be put back: its place is used by another one.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; could not be put back</source>
        <translation>The criterion &quot;%1&quot; could not be put back</translation>
    </message>
    <message>
        <source>The owner of the condition &quot;%1&quot; must be a person of the same municipality.</source>
        <translation>The owner of the condition &quot;%1&quot; must be a person of the same municipality.</translation>
    </message>
    <message>
        <source>The conditions of the go/no-go meeting could not be replaced</source>
        <translation>The conditions of the go/no-go meeting could not be replaced</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; could not be saved</source>
        <translation>The condition &quot;%1&quot; could not be saved</translation>
    </message>
    <message>
        <source>The go/no-go meeting could not be removed</source>
        <translation>The go/no-go meeting could not be removed</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveText</name>
    <message>
        <source>A go-live criterion needs a text.</source>
        <translation>A go-live criterion needs a text.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; is marked not relevant: write why.</source>
        <translation>The criterion &quot;%1&quot; is marked not relevant: write why.</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; needs a deadline.</source>
        <translation>The condition &quot;%1&quot; needs a deadline.</translation>
    </message>
    <message>
        <source>The go/no-go meeting needs a date.</source>
        <translation>The go/no-go meeting needs a date.</translation>
    </message>
    <message>
        <source>A go with conditions needs at least one condition.</source>
        <translation>A go with conditions needs at least one condition.</translation>
    </message>
    <message>
        <source>Not met</source>
        <extracomment>Status of a go-live criterion. Danish: Ikke opfyldt</extracomment>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Partly met</source>
        <extracomment>Status of a go-live criterion. Danish: Delvist opfyldt</extracomment>
        <translation>Partly met</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>Status of a go-live criterion. Danish: Opfyldt</extracomment>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <extracomment>Status of a go-live criterion. Danish: Ikke relevant</extracomment>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>Mandatory tasks are done and marked in KLIK</source>
        <extracomment>Go-live criterion. Danish: Obligatoriske opgaver er udført og markeret i KLIK</extracomment>
        <translation>Mandatory tasks are done and marked in KLIK</translation>
    </message>
    <message>
        <source>Superusers of the go-live weeks are trained</source>
        <extracomment>Go-live criterion. Danish: Superbrugerne i go-live-ugerne er uddannet</extracomment>
        <translation>Superusers of the go-live weeks are trained</translation>
    </message>
    <message>
        <source>Enough hours are set aside in the go-live weeks</source>
        <extracomment>Go-live criterion. Danish: Der er afsat timer nok i go-live-ugerne</extracomment>
        <translation>Enough hours are set aside in the go-live weeks</translation>
    </message>
    <message>
        <source>Tests and test conversion are done</source>
        <extracomment>Go-live criterion. Danish: Test og prøvekonvertering er gennemført</extracomment>
        <translation>Tests and test conversion are done</translation>
    </message>
    <message>
        <source>Resource persons are as engaged as wanted</source>
        <extracomment>Go-live criterion. Danish: Ressourcepersonerne er så engagerede som ønsket</extracomment>
        <translation>Resource persons are as engaged as wanted</translation>
    </message>
    <message>
        <source>Communication before go-live is done</source>
        <extracomment>Go-live criterion. Danish: Kommunikationen før go-live er gennemført</extracomment>
        <translation>Communication before go-live is done</translation>
    </message>
    <message>
        <source>No open risks scoring 9 or more</source>
        <extracomment>Go-live criterion. Danish: Ingen åbne risici med score 9 eller derover</extracomment>
        <translation>No open risks scoring 9 or more</translation>
    </message>
    <message>
        <source>Not decided</source>
        <extracomment>Decision of the go/no-go meeting. Danish: Ikke truffet</extracomment>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Go</source>
        <extracomment>Decision of the go/no-go meeting. Danish: Go</extracomment>
        <translation>Go</translation>
    </message>
    <message>
        <source>Go with conditions</source>
        <extracomment>Decision of the go/no-go meeting. Danish: Go med betingelser</extracomment>
        <translation>Go with conditions</translation>
    </message>
    <message>
        <source>No-go</source>
        <extracomment>Decision of the go/no-go meeting. Danish: No-go</extracomment>
        <translation>No-go</translation>
    </message>
</context>
<context>
    <name>parat::HandbookCli</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n error(s).</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n error.</numerusform>
            <numerusform>Nothing was imported: the file has %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Imported as handbook version %1.</source>
        <translation>Imported as handbook version %1.</translation>
    </message>
    <message>
        <source>No handbook has been imported yet.</source>
        <translation>No handbook has been imported yet.</translation>
    </message>
    <message>
        <source>Handbook versions: import a new one, list the imported ones.</source>
        <translation>Handbook versions: import a new one, list the imported ones.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>the label of the new version (default: from the file)</source>
        <translation>the label of the new version (default: from the file)</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>show what would change and write nothing</source>
        <translation>show what would change and write nothing</translation>
    </message>
    <message>
        <source>Import a handbook version (CSV or JSON) and merge it with the stored one.
Local progress is kept; any error in the file stops the import before anything is written.</source>
        <translation>Import a handbook version (CSV or JSON) and merge it with the stored one.
Local progress is kept; any error in the file stops the import before anything is written.</translation>
    </message>
    <message>
        <source>List the imported handbook versions.</source>
        <translation>List the imported handbook versions.</translation>
    </message>
</context>
<context>
    <name>parat::HandbookImporter</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message numerus="yes">
        <source>The handbook has %n error(s) and was not imported. Nothing has been changed.</source>
        <translation>
            <numerusform>The handbook has %n error and was not imported. Nothing has been changed.</numerusform>
            <numerusform>The handbook has %n errors and was not imported. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The handbook contains no tasks and was not imported. Nothing has been changed.</source>
        <translation>The handbook contains no tasks and was not imported. Nothing has been changed.</translation>
    </message>
    <message>
        <source>The handbook was not imported because no restore point could be taken first: %1</source>
        <translation>The handbook was not imported because no restore point could be taken first: %1</translation>
    </message>
    <message>
        <source>The handbook could not be imported, and nothing has been changed: %1.</source>
        <translation>The handbook could not be imported, and nothing has been changed: %1.</translation>
    </message>
</context>
<context>
    <name>parat::HandbookRepository</name>
    <message>
        <source>A handbook version needs a label.</source>
        <translation>A handbook version needs a label.</translation>
    </message>
    <message>
        <source>The handbook version could not be recorded</source>
        <translation>The handbook version could not be recorded</translation>
    </message>
    <message>
        <source>Task %1 could not be added</source>
        <translation>Task %1 could not be added</translation>
    </message>
    <message>
        <source>Task %1 could not be updated</source>
        <translation>Task %1 could not be updated</translation>
    </message>
    <message>
        <source>Task %1 is no longer stored as the import plan expected. Nothing was imported; try the import again.</source>
        <translation>Task %1 is no longer stored as the import plan expected. Nothing was imported; try the import again.</translation>
    </message>
    <message>
        <source>Task %1 could not be marked as withdrawn</source>
        <translation>Task %1 could not be marked as withdrawn</translation>
    </message>
</context>
<context>
    <name>parat::HandbookText</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Line %1, column %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Task %1 (key %2), field %3: %4</source>
        <translation>Task %1 (key %2), field %3: %4</translation>
    </message>
    <message>
        <source>Task %1 (key %2): %3</source>
        <translation>Task %1 (key %2): %3</translation>
    </message>
    <message>
        <source>Task %1, field %2: %3</source>
        <translation>Task %1, field %2: %3</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Task %1: %2</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>Field %1: %2</translation>
    </message>
    <message>
        <source>Expected a whole number of weeks relative to go-live (such as -12), found %1.</source>
        <translation>Expected a whole number of weeks relative to go-live (such as -12), found %1.</translation>
    </message>
    <message>
        <source>Expected a whole number of weeks, found %1; offsets are counted in whole weeks.</source>
        <translation>Expected a whole number of weeks, found %1; offsets are counted in whole weeks.</translation>
    </message>
    <message>
        <source>Expected a number of weeks between %1 and %2, found %3.</source>
        <translation>Expected a number of weeks between %1 and %2, found %3.</translation>
    </message>
    <message>
        <source>Expected a number of hours (such as 4 or 2,5), found %1.</source>
        <translation>Expected a number of hours (such as 4 or 2,5), found %1.</translation>
    </message>
    <message>
        <source>Expected a number of hours between 0 and %1, found %2.</source>
        <translation>Expected a number of hours between 0 and %1, found %2.</translation>
    </message>
    <message>
        <source>Expected yes or no (1/0, ja/nej, true/false, yes/no, or x/empty), found %1.</source>
        <translation>Expected yes or no (1/0, ja/nej, true/false, yes/no, or x/empty), found %1.</translation>
    </message>
    <message>
        <source>Unknown role %1; expected one of %2, or nothing.</source>
        <translation>Unknown role %1; expected one of %2, or nothing.</translation>
    </message>
    <message>
        <source>The key is empty; expected a unique key such as P1-01 for every task.</source>
        <translation>The key is empty; expected a unique key such as P1-01 for every task.</translation>
    </message>
    <message>
        <source>The key %1 contains a space, comma or semicolon; expected a key such as P1-01 that depends_on can refer to.</source>
        <translation>The key %1 contains a space, comma or semicolon; expected a key such as P1-01 that depends_on can refer to.</translation>
    </message>
    <message>
        <source>The phase is empty; expected one of %1.</source>
        <translation>The phase is empty; expected one of %1.</translation>
    </message>
    <message>
        <source>Unknown phase %1; expected one of %2.</source>
        <translation>Unknown phase %1; expected one of %2.</translation>
    </message>
    <message>
        <source>Unknown theme %1; expected one of %2, or nothing.</source>
        <translation>Unknown theme %1; expected one of %2, or nothing.</translation>
    </message>
    <message>
        <source>The Danish title is empty; expected a title_da for every task.</source>
        <translation>The Danish title is empty; expected a title_da for every task.</translation>
    </message>
    <message>
        <source>The due week is empty; expected a whole number of weeks relative to go-live, such as -12.</source>
        <translation>The due week is empty; expected a whole number of weeks relative to go-live, such as -12.</translation>
    </message>
    <message>
        <source>The task is released in week %1, after it is due in week %2; expected release_offset_weeks to be at most due_offset_weeks.</source>
        <translation>The task is released in week %1, after it is due in week %2; expected release_offset_weeks to be at most due_offset_weeks.</translation>
    </message>
    <message>
        <source>The key %1 is also used on line %2; expected each key once.</source>
        <translation>The key %1 is also used on line %2; expected each key once.</translation>
    </message>
    <message>
        <source>The key %1 is also used by task %2; expected each key once.</source>
        <translation>The key %1 is also used by task %2; expected each key once.</translation>
    </message>
    <message>
        <source>Keys that differ only in upper and lower case (%1 and %2) name the same task.</source>
        <translation>Keys that differ only in upper and lower case (%1 and %2) name the same task.</translation>
    </message>
    <message>
        <source>The task depends on itself; expected keys of other tasks.</source>
        <translation>The task depends on itself; expected keys of other tasks.</translation>
    </message>
    <message>
        <source>The task depends on %1, which is not a key in this file; expected keys of tasks in the same handbook.</source>
        <translation>The task depends on %1, which is not a key in this file; expected keys of tasks in the same handbook.</translation>
    </message>
    <message>
        <source>The dependencies go round in a circle (%1); expected tasks that can be done one after another.</source>
        <translation>The dependencies go round in a circle (%1); expected tasks that can be done one after another.</translation>
    </message>
    <message>
        <source>The file is an Excel workbook or another packed document, not text; expected a handbook saved as CSV or JSON. In Excel, use Save As and choose CSV.</source>
        <translation>The file is an Excel workbook or another packed document, not text; expected a handbook saved as CSV or JSON. In Excel, use Save As and choose CSV.</translation>
    </message>
    <message>
        <source>Column %1 holds the byte 0x%2, which is not valid UTF-8, while the rest of the file is UTF-8; correct the character there and save the file as UTF-8 again.</source>
        <translation>Column %1 holds the byte 0x%2, which is not valid UTF-8, while the rest of the file is UTF-8; correct the character there and save the file as UTF-8 again.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more byte(s) that are not valid UTF-8.</source>
        <translation>
            <numerusform>… and %n more byte that is not valid UTF-8.</numerusform>
            <numerusform>… and %n more bytes that are not valid UTF-8.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 and was read as Windows-1252, the encoding Excel&apos;s plain &quot;CSV&quot; format uses on Danish PCs. Check that æ, ø and å look right; saving as &quot;CSV UTF-8&quot; avoids this.</source>
        <translation>The file is not valid UTF-8 and was read as Windows-1252, the encoding Excel&apos;s plain &quot;CSV&quot; format uses on Danish PCs. Check that æ, ø and å look right; saving as &quot;CSV UTF-8&quot; avoids this.</translation>
    </message>
    <message>
        <source>The file contains binary data, not text; expected a handbook saved as CSV or JSON.</source>
        <translation>The file contains binary data, not text; expected a handbook saved as CSV or JSON.</translation>
    </message>
    <message>
        <source>The file is %1 MB; expected a handbook file of at most %2 MB.</source>
        <translation>The file is %1 MB; expected a handbook file of at most %2 MB.</translation>
    </message>
    <message>
        <source>The file is empty; expected a header line with the column names followed by one line per task.</source>
        <translation>The file is empty; expected a header line with the column names followed by one line per task.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Expected &quot;format&quot;: &quot;%1&quot;, found %2; this is not a Parat handbook file.</source>
        <translation>Expected &quot;format&quot;: &quot;%1&quot;, found %2; this is not a Parat handbook file.</translation>
    </message>
    <message>
        <source>Expected &quot;format_version&quot;: %1, found %2.</source>
        <translation>Expected &quot;format_version&quot;: %1, found %2.</translation>
    </message>
    <message>
        <source>The file has format version %1, which is newer than this version of Parat can read (up to %2); expected format version %2. Update Parat to import it.</source>
        <translation>The file has format version %1, which is newer than this version of Parat can read (up to %2); expected format version %2. Update Parat to import it.</translation>
    </message>
    <message>
        <source>Expected an object with title, version and published, found %1.</source>
        <translation>Expected an object with title, version and published, found %1.</translation>
    </message>
    <message>
        <source>Expected a date written as YYYY-MM-DD, found %1.</source>
        <translation>Expected a date written as YYYY-MM-DD, found %1.</translation>
    </message>
    <message>
        <source>A quoted value starts on this line but its closing quote is missing; expected a &quot; at the end of the value (a &quot; inside a value is written as &quot;&quot;).</source>
        <translation>A quoted value starts on this line but its closing quote is missing; expected a &quot; at the end of the value (a &quot; inside a value is written as &quot;&quot;).</translation>
    </message>
    <message>
        <source>The column %1 is not a handbook column and is ignored.</source>
        <translation>The column %1 is not a handbook column and is ignored.</translation>
    </message>
    <message>
        <source>The column %1 appears more than once in the header (columns %2 and %3); expected each column once.</source>
        <translation>The column %1 appears more than once in the header (columns %2 and %3); expected each column once.</translation>
    </message>
    <message>
        <source>The required column %1 is missing; expected a header with at least the columns key, phase, title_da and due_offset_weeks.</source>
        <translation>The required column %1 is missing; expected a header with at least the columns key, phase, title_da and due_offset_weeks.</translation>
    </message>
    <message>
        <source>The line has %1 values but the header has %2 columns; expected at most %2 values. Is there a separator (%3) in a value that is not in quotes?</source>
        <translation>The line has %1 values but the header has %2 columns; expected at most %2 values. Is there a separator (%3) in a value that is not in quotes?</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Column %1 has values but no name in the header; it is ignored.</source>
        <translation>Column %1 has values but no name in the header; it is ignored.</translation>
    </message>
    <message>
        <source>The file has a header but no tasks; expected one line per task below the header.</source>
        <translation>The file has a header but no tasks; expected one line per task below the header.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at column %2; expected a handbook in Parat&apos;s JSON format.</source>
        <translation>The file is not valid JSON: %1 at column %2; expected a handbook in Parat&apos;s JSON format.</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot;: &quot;%1&quot; at the top level.</source>
        <translation>Expected a JSON object with &quot;format&quot;: &quot;%1&quot; at the top level.</translation>
    </message>
    <message>
        <source>Expected a list with one object per task, found %1.</source>
        <translation>Expected a list with one object per task, found %1.</translation>
    </message>
    <message>
        <source>The file contains no tasks; expected at least one object in the list &quot;tasks&quot;.</source>
        <translation>The file contains no tasks; expected at least one object in the list &quot;tasks&quot;.</translation>
    </message>
    <message>
        <source>Expected an object with the task&apos;s fields, found %1.</source>
        <translation>Expected an object with the task&apos;s fields, found %1.</translation>
    </message>
    <message>
        <source>The field %1 is not a handbook field and is ignored.</source>
        <translation>The field %1 is not a handbook field and is ignored.</translation>
    </message>
    <message>
        <source>Expected the keys of other tasks as text, found %1.</source>
        <translation>Expected the keys of other tasks as text, found %1.</translation>
    </message>
    <message>
        <source>Expected text or a number, found %1.</source>
        <translation>Expected text or a number, found %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder; expected a handbook file.</source>
        <translation>%1 is a folder; expected a handbook file.</translation>
    </message>
    <message>
        <source>%1 is a device or another special file, not an ordinary file; expected a handbook file (CSV or JSON).</source>
        <translation>%1 is a device or another special file, not an ordinary file; expected a handbook file (CSV or JSON).</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>The file %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>parat::HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Maundy Thursday</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Great Prayer Day</source>
        <translation>Great Prayer Day</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Constitution Day</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>New Year&apos;s Eve</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <source>customary day off</source>
        <translation>customary day off</translation>
    </message>
    <message>
        <source>winter holiday</source>
        <translation>winter holiday</translation>
    </message>
    <message>
        <source>autumn holiday</source>
        <translation>autumn holiday</translation>
    </message>
    <message>
        <source>summer holiday</source>
        <translation>summer holiday</translation>
    </message>
    <message>
        <source>School-holiday weeks must be week numbers from 1 to 53.</source>
        <translation>School-holiday weeks must be week numbers from 1 to 53.</translation>
    </message>
    <message>
        <source>The summer holiday must end in or after the week it starts.</source>
        <translation>The summer holiday must end in or after the week it starts.</translation>
    </message>
</context>
<context>
    <name>parat::ImportDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Import Handbook</source>
        <translation>Import Handbook</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choose File…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>The name of this handbook version, shown in reports.</source>
        <translation>The name of this handbook version, shown in reports.</translation>
    </message>
    <message>
        <source>Version &amp;label:</source>
        <translation>Version &amp;label:</translation>
    </message>
    <message>
        <source>What the import &amp;does:</source>
        <translation>What the import &amp;does:</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <source>&amp;Problems in the file:</source>
        <translation>&amp;Problems in the file:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Handbook files (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Handbook files (*.csv *.tsv *.txt *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a handbook file (CSV or Parat&apos;s JSON) to see what importing it would do.</source>
        <translation>Choose a handbook file (CSV or Parat&apos;s JSON) to see what importing it would do.</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>Nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 cannot be imported.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s). Nothing has been changed. Correct the file and choose it again.</source>
        <translation>
            <numerusform>The file has %n error. Nothing has been changed. Correct the file and choose it again.</numerusform>
            <numerusform>The file has %n errors. Nothing has been changed. Correct the file and choose it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file matches the stored handbook: importing records it as a new version and changes no task. Nothing has been changed yet.</source>
        <translation>The file matches the stored handbook: importing records it as a new version and changes no task. Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Import applies this plan.</source>
        <translation>Nothing has been changed yet. Import applies this plan.</translation>
    </message>
    <message numerus="yes">
        <source>Added: %n task(s)</source>
        <translation>
            <numerusform>Added: %n task</numerusform>
            <numerusform>Added: %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n task(s)</source>
        <translation>
            <numerusform>Changed: %n task</numerusform>
            <numerusform>Changed: %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: old → new</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Withdrawn: %n task(s) (kept, hidden by default)</source>
        <translation>
            <numerusform>Withdrawn: %n task (kept, hidden by default)</numerusform>
            <numerusform>Withdrawn: %n tasks (kept, hidden by default)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n task(s)</source>
        <translation>
            <numerusform>Unchanged: %n task</numerusform>
            <numerusform>Unchanged: %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Importing the handbook…</source>
        <translation>Importing the handbook…</translation>
    </message>
    <message>
        <source>Handbook version &quot;%1&quot; was imported: %2.</source>
        <translation>Handbook version &quot;%1&quot; was imported: %2.</translation>
    </message>
    <message>
        <source>A restore point was taken first (%1). To go back to the handbook as it was, restore it under File &gt; Restore Points.</source>
        <translation>A restore point was taken first (%1). To go back to the handbook as it was, restore it under File &gt; Restore Points.</translation>
    </message>
    <message>
        <source>This is the first handbook of the database, so no restore point was needed.</source>
        <translation>This is the first handbook of the database, so no restore point was needed.</translation>
    </message>
</context>
<context>
    <name>parat::ImportStatuses</name>
    <message>
        <source>Import statuses from %1</source>
        <translation>Import statuses from %1</translation>
    </message>
</context>
<context>
    <name>parat::InitCli</name>
    <message>
        <source>The demo municipality %1 %2 is already there.</source>
        <translation>The demo municipality %1 %2 is already there.</translation>
    </message>
    <message>
        <source>Added the demo municipality %1 %2 with go-live on %3.</source>
        <translation>Added the demo municipality %1 %2 with go-live on %3.</translation>
    </message>
    <message>
        <source>The database %1 already has a handbook (version %2).</source>
        <translation>The database %1 already has a handbook (version %2).</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with the sample handbook (%n task(s); sample data, not KOMBIT&apos;s handbook).</source>
        <translation>
            <numerusform>Created %1 with the sample handbook (%n task; sample data, not KOMBIT&apos;s handbook).</numerusform>
            <numerusform>Created %1 with the sample handbook (%n tasks; sample data, not KOMBIT&apos;s handbook).</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the database.</source>
        <translation>Create the database.</translation>
    </message>
    <message>
        <source>the date the demo is built for (default: today)</source>
        <translation>the date the demo is built for (default: today)</translation>
    </message>
    <message>
        <source>Create the database with the bundled sample handbook; --demo adds a demo municipality.</source>
        <translation>Create the database with the bundled sample handbook; --demo adds a demo municipality.</translation>
    </message>
    <message>
        <source>add a demo municipality (go-live on the first 1 January at least two weeks after the as-of date)</source>
        <translation>add a demo municipality (go-live on the first 1 January at least two weeks after the as-of date)</translation>
    </message>
</context>
<context>
    <name>parat::InputLimits</name>
    <message>
        <source>%1 must be a date between %2 and %3.</source>
        <translation>%1 must be a date between %2 and %3.</translation>
    </message>
    <message>
        <source>%1 needs a date written as YYYY-MM-DD, such as 2027-02-01; found &quot;%2&quot;.</source>
        <translation>%1 needs a date written as YYYY-MM-DD, such as 2027-02-01; found &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>parat::LocalTaskDialog</name>
    <message>
        <source>Edit Local Task %1</source>
        <translation>Edit Local Task %1</translation>
    </message>
    <message>
        <source>New Local Task</source>
        <translation>New Local Task</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Released from the st&amp;art</source>
        <translation>Released from the st&amp;art</translation>
    </message>
    <message>
        <source> weeks from go-live</source>
        <translation> weeks from go-live</translation>
    </message>
    <message>
        <source>Release, weeks from go-live</source>
        <translation>Release, weeks from go-live</translation>
    </message>
    <message>
        <source>&amp;Weeks from go-live:</source>
        <translation>&amp;Weeks from go-live:</translation>
    </message>
    <message>
        <source>Due, weeks from go-live</source>
        <translation>Due, weeks from go-live</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>On &amp;date:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>The municipality has no go-live date yet, so a date cannot be turned into weeks.</source>
        <translation>The municipality has no go-live date yet, so a date cannot be turned into weeks.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Mandatory</source>
        <translation>&amp;Mandatory</translation>
    </message>
    <message>
        <source>Mileston&amp;e</source>
        <translation>Mileston&amp;e</translation>
    </message>
    <message>
        <source>Estimate is per pers&amp;on</source>
        <translation>Estimate is per pers&amp;on</translation>
    </message>
    <message>
        <source>&amp;Title (Danish):</source>
        <translation>&amp;Title (Danish):</translation>
    </message>
    <message>
        <source>Title (E&amp;nglish):</source>
        <translation>Title (E&amp;nglish):</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>&amp;Responsible role:</source>
        <translation>&amp;Responsible role:</translation>
    </message>
    <message>
        <source>Per&amp;former role:</source>
        <translation>Per&amp;former role:</translation>
    </message>
    <message>
        <source>Re&amp;lease:</source>
        <translation>Re&amp;lease:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>E&amp;stimate:</source>
        <translation>E&amp;stimate:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Add Task</translation>
    </message>
    <message>
        <source>The municipality has no go-live date yet; the due date follows once it has one.</source>
        <translation>The municipality has no go-live date yet; the due date follows once it has one.</translation>
    </message>
    <message numerus="yes">
        <source>Stored as %n week(s) from go-live: due %1 (%2).</source>
        <translation>
            <numerusform>Stored as %n week from go-live: due %1 (%2).</numerusform>
            <numerusform>Stored as %n weeks from go-live: due %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1 (%2).</source>
        <translation>Due %1 (%2).</translation>
    </message>
    <message>
        <source>Write a Danish title for the task.</source>
        <translation>Write a Danish title for the task.</translation>
    </message>
    <message>
        <source>The task cannot be released after it is due (released %1 weeks, due %2 weeks from go-live).</source>
        <translation>The task cannot be released after it is due (released %1 weeks, due %2 weeks from go-live).</translation>
    </message>
</context>
<context>
    <name>parat::LogHistoryText</name>
    <message>
        <source>The history could not be saved</source>
        <translation>The history could not be saved</translation>
    </message>
</context>
<context>
    <name>parat::MainWindow</name>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation>&amp;Find task</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Parat</source>
        <translation>&amp;About Parat</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Handbook: %1</source>
        <translation>Handbook: %1</translation>
    </message>
    <message>
        <source>About Parat</source>
        <translation>About Parat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline planning companion for a municipality&apos;s DUBU 3.0 implementation.&lt;/p&gt;&lt;p&gt;Licence: Mozilla Public License 2.0.&lt;/p&gt;&lt;p&gt;The bundled handbook is sample data written for Parat; it is not KOMBIT&apos;s implementation handbook.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Parat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline planning companion for a municipality&apos;s DUBU 3.0 implementation.&lt;/p&gt;&lt;p&gt;Licence: Mozilla Public License 2.0.&lt;/p&gt;&lt;p&gt;The bundled handbook is sample data written for Parat; it is not KOMBIT&apos;s implementation handbook.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Import handbook…</source>
        <translation>&amp;Import handbook…</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Add municipality…</source>
        <translation>&amp;Add municipality…</translation>
    </message>
    <message>
        <source>&amp;Edit municipality…</source>
        <translation>&amp;Edit municipality…</translation>
    </message>
    <message>
        <source>&amp;Remove municipality…</source>
        <translation>&amp;Remove municipality…</translation>
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
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <source>%1 %2 – Parat</source>
        <translation>%1 %2 – Parat</translation>
    </message>
    <message>
        <source>No handbook imported</source>
        <translation>No handbook imported</translation>
    </message>
    <message>
        <source>S&amp;uperusers and hours</source>
        <translation>S&amp;uperusers and hours</translation>
    </message>
    <message>
        <source>Sta&amp;keholders</source>
        <translation>Sta&amp;keholders</translation>
    </message>
    <message>
        <source>&amp;Communication plan</source>
        <translation>&amp;Communication plan</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1 is open read-only (another Parat has it open, or the file or its folder cannot be written). Changes cannot be saved.</source>
        <translation>&lt;b&gt;Read-only:&lt;/b&gt; %1 is open read-only (another Parat has it open, or the file or its folder cannot be written). Changes cannot be saved.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>plan.parat</source>
        <translation>plan.parat</translation>
    </message>
    <message>
        <source>Parat databases (*.parat *.sqlite)</source>
        <translation>Parat databases (*.parat *.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Parat databases (*.parat *.sqlite);;All files (*)</source>
        <translation>Parat databases (*.parat *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Print status report…</source>
        <translation>&amp;Print status report…</translation>
    </message>
    <message>
        <source>Save status report as P&amp;DF…</source>
        <translation>Save status report as P&amp;DF…</translation>
    </message>
    <message>
        <source>Export reports for &amp;all municipalities…</source>
        <translation>Export reports for &amp;all municipalities…</translation>
    </message>
    <message>
        <source>Restore &amp;points…</source>
        <translation>Restore &amp;points…</translation>
    </message>
    <message>
        <source>Stakeholder &amp;map</source>
        <translation>Stakeholder &amp;map</translation>
    </message>
    <message>
        <source>&amp;Export map as PNG…</source>
        <translation>&amp;Export map as PNG…</translation>
    </message>
    <message>
        <source>&amp;Print map…</source>
        <translation>&amp;Print map…</translation>
    </message>
    <message>
        <source>No other databases opened yet</source>
        <translation>No other databases opened yet</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File ▸ Open database.</source>
        <translation>%1 already exists. Choose a new file name, or open it with File ▸ Open database.</translation>
    </message>
    <message>
        <source>Municipalit&amp;y:</source>
        <translation>Municipalit&amp;y:</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Ne&amp;xt page</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>Pre&amp;vious page</translation>
    </message>
    <message>
        <source>Save the demo as</source>
        <translation>Save the demo as</translation>
    </message>
    <message>
        <source>demo.parat</source>
        <translation>demo.parat</translation>
    </message>
    <message>
        <source>Risks &amp;and decisions</source>
        <translation>Risks &amp;and decisions</translation>
    </message>
    <message>
        <source>&amp;Go-live readiness</source>
        <translation>&amp;Go-live readiness</translation>
    </message>
    <message>
        <source>Run&amp;book</source>
        <translation>Run&amp;book</translation>
    </message>
    <message>
        <source>Export &amp;calendar (iCalendar)…</source>
        <translation>Export &amp;calendar (iCalendar)…</translation>
    </message>
    <message>
        <source>Export &amp;tasks to Excel…</source>
        <translation>Export &amp;tasks to Excel…</translation>
    </message>
    <message>
        <source>Export &amp;status sheet…</source>
        <translation>Export &amp;status sheet…</translation>
    </message>
    <message>
        <source>Import stat&amp;uses…</source>
        <translation>Import stat&amp;uses…</translation>
    </message>
    <message>
        <source>Write task &amp;sheets (PDF)…</source>
        <translation>Write task &amp;sheets (PDF)…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>Restore points are copies of a database file; this plan is on a server. Take a copy of it with: parat copy %1 FILE</source>
        <translation>Restore points are copies of a database file; this plan is on a server. Take a copy of it with: parat copy %1 FILE</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>&amp;Back up the plan to a file…</source>
        <translation>&amp;Back up the plan to a file…</translation>
    </message>
    <message>
        <source>Restore the plan from a bac&amp;kup…</source>
        <translation>Restore the plan from a bac&amp;kup…</translation>
    </message>
    <message>
        <source>all municipalities</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <source>Logged in as %1 · %2 · %3</source>
        <translation>Logged in as %1 · %2 · %3</translation>
    </message>
    <message>
        <source>no municipalities</source>
        <translation>no municipalities</translation>
    </message>
    <message>
        <source>Your role on the server: %1. What you may do is decided by the server.</source>
        <translation>Your role on the server: %1. What you may do is decided by the server.</translation>
    </message>
    <message>
        <source>Your access on the server changed: %1</source>
        <translation>Your access on the server changed: %1</translation>
    </message>
</context>
<context>
    <name>parat::MarkCommunicationDone</name>
    <message>
        <source>Mark communication &quot;%1&quot; done</source>
        <translation>Mark communication &quot;%1&quot; done</translation>
    </message>
</context>
<context>
    <name>parat::MarkReportSent</name>
    <message>
        <source>Mark the report of %1 as sent</source>
        <translation>Mark the report of %1 as sent</translation>
    </message>
</context>
<context>
    <name>parat::MergeText</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>Added %1: %2</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>Changed %1: %2</translation>
    </message>
    <message>
        <source>    %1: %2 → %3</source>
        <translation>    %1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Withdrawn %1: %2</source>
        <translation>Withdrawn %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The file has no column %1: the stored values of these fields are kept.</source>
        <translation>
            <numerusform>The file has no column %1: the stored value of this field is kept.</numerusform>
            <numerusform>The file has no columns %1: the stored values of these fields are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Danish title</source>
        <translation>Danish title</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Responsible role</source>
        <translation>Responsible role</translation>
    </message>
    <message>
        <source>Performer role</source>
        <translation>Performer role</translation>
    </message>
    <message>
        <source>Released (weeks from go-live)</source>
        <translation>Released (weeks from go-live)</translation>
    </message>
    <message>
        <source>Deadline (weeks from go-live)</source>
        <translation>Deadline (weeks from go-live)</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Estimated hours</translation>
    </message>
    <message>
        <source>Hours per person</source>
        <translation>Hours per person</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>parat::MoveStakeholder</name>
    <message>
        <source>Move %1 on the stakeholder map</source>
        <translation>Move %1 on the stakeholder map</translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityCli</name>
    <message>
        <source>%1 is not a Danish municipality code. Use the official four-digit code, e.g. 0101 for København.</source>
        <translation>%1 is not a Danish municipality code. Use the official four-digit code, e.g. 0101 for København.</translation>
    </message>
    <message>
        <source>%1 %2 is already in the database.</source>
        <translation>%1 %2 is already in the database.</translation>
    </message>
    <message>
        <source>Added %1 %2.</source>
        <translation>Added %1 %2.</translation>
    </message>
    <message>
        <source>No municipalities yet. Add one with: parat municipality add CODE</source>
        <translation>No municipalities yet. Add one with: parat municipality add CODE</translation>
    </message>
    <message>
        <source>no go-live date</source>
        <translation>no go-live date</translation>
    </message>
    <message>
        <source>The municipalities in the database.</source>
        <translation>The municipalities in the database.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>the go-live date</source>
        <translation>the go-live date</translation>
    </message>
    <message>
        <source>Add a municipality by its official four-digit code.</source>
        <translation>Add a municipality by its official four-digit code.</translation>
    </message>
    <message>
        <source>List the municipalities: code, name, region and go-live date.</source>
        <translation>List the municipalities: code, name, region and go-live date.</translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityCommandText</name>
    <message>
        <source>the municipality (may be left out when there is only one)</source>
        <translation>the municipality (may be left out when there is only one)</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>There is no municipality with code %1 in the database.</source>
        <translation>There is no municipality with code %1 in the database.</translation>
    </message>
    <message>
        <source>There are no municipalities in the database yet.</source>
        <translation>There are no municipalities in the database yet.</translation>
    </message>
    <message>
        <source>Name the municipality with --municipality CODE.</source>
        <translation>Name the municipality with --municipality CODE.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2.</source>
        <translation>--%1 must be one of %2.</translation>
    </message>
    <message>
        <source>There is no task with key %1 in %2.</source>
        <translation>There is no task with key %1 in %2.</translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityDialog</name>
    <message>
        <source>Add Municipality</source>
        <translation>Add Municipality</translation>
    </message>
    <message>
        <source>&amp;Search by name or code:</source>
        <translation>&amp;Search by name or code:</translation>
    </message>
    <message>
        <source>For example Vejle or 0630</source>
        <translation>For example Vejle or 0630</translation>
    </message>
    <message>
        <source>Official municipalities</source>
        <translation>Official municipalities</translation>
    </message>
    <message>
        <source>No municipality matches the search.</source>
        <translation>No municipality matches the search.</translation>
    </message>
    <message>
        <source>&amp;Go-live date:</source>
        <translation>&amp;Go-live date:</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Go-live date</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Project &amp;owner:</source>
        <translation>Project &amp;owner:</translation>
    </message>
    <message>
        <source>Project &amp;leader:</source>
        <translation>Project &amp;leader:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Edit Municipality</source>
        <translation>Edit Municipality</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>municipality (region)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>%1 %2 (already added)</source>
        <translation>%1 %2 (already added)</translation>
    </message>
    <message>
        <source>The municipality is no longer in the database.</source>
        <translation>The municipality is no longer in the database.</translation>
    </message>
    <message>
        <source>Remove %1 from this database?

Its go-live date, people, task statuses, task history and local tasks are removed with it. The handbook stays. A restore point is taken first, and Edit &gt; Undo puts everything back.</source>
        <translation>Remove %1 from this database?

Its go-live date, people, task statuses, task history and local tasks are removed with it. The handbook stays. A restore point is taken first, and Edit &gt; Undo puts everything back.</translation>
    </message>
    <message>
        <source>Remove Municipality</source>
        <translation>Remove Municipality</translation>
    </message>
    <message>
        <source>%1 was not removed because no restore point could be taken first: %2</source>
        <translation>%1 was not removed because no restore point could be taken first: %2</translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityOverviewModel</name>
    <message numerus="yes">
        <source>%1 done, %2 planned by now (%n relevant task(s))</source>
        <translation>
            <numerusform>%1 done, %2 planned by now (%n relevant task)</numerusform>
            <numerusform>%1 done, %2 planned by now (%n relevant tasks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done minus planned, in percentage points</source>
        <translation>Done minus planned, in percentage points</translation>
    </message>
    <message>
        <source>Traffic light: %1</source>
        <translation>Traffic light: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Variance (points)</source>
        <translation>Variance (points)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Traffic light</translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityRepository</name>
    <message>
        <source>&quot;%1&quot; is not the code of a Danish municipality. Use one of the 98 official four-digit codes, for example 0101 for Copenhagen.</source>
        <translation>&quot;%1&quot; is not the code of a Danish municipality. Use one of the 98 official four-digit codes, for example 0101 for Copenhagen.</translation>
    </message>
    <message>
        <source>Municipality %1 (%2) is already in the database.</source>
        <translation>Municipality %1 (%2) is already in the database.</translation>
    </message>
    <message>
        <source>Municipality %1 could not be added</source>
        <translation>Municipality %1 could not be added</translation>
    </message>
    <message>
        <source>The municipality to change is not in the database.</source>
        <translation>The municipality to change is not in the database.</translation>
    </message>
    <message>
        <source>Municipality %1 could not be changed</source>
        <translation>Municipality %1 could not be changed</translation>
    </message>
    <message>
        <source>The municipality to remove is not in the database.</source>
        <translation>The municipality to remove is not in the database.</translation>
    </message>
    <message>
        <source>Municipality %1 could not be removed</source>
        <translation>Municipality %1 could not be removed</translation>
    </message>
    <message>
        <source>The tables could not be listed</source>
        <translation>The tables could not be listed</translation>
    </message>
    <message>
        <source>The municipality is not in the database.</source>
        <translation>The municipality is not in the database.</translation>
    </message>
    <message>
        <source>The tables of the database link to each other too deeply to be copied.</source>
        <translation>The tables of the database link to each other too deeply to be copied.</translation>
    </message>
    <message>
        <source>The rows of table %1 could not be read</source>
        <translation>The rows of table %1 could not be read</translation>
    </message>
    <message>
        <source>There is no municipality to put back.</source>
        <translation>There is no municipality to put back.</translation>
    </message>
    <message>
        <source>Municipality %1 (%2) cannot be put back: it is in the database again.</source>
        <translation>Municipality %1 (%2) cannot be put back: it is in the database again.</translation>
    </message>
    <message>
        <source>The database could not defer its checks</source>
        <translation>The database could not defer its checks</translation>
    </message>
    <message>
        <source>Municipality %1 could not be put back (table %2)</source>
        <translation>Municipality %1 could not be put back (table %2)</translation>
    </message>
</context>
<context>
    <name>parat::OpenDatabase</name>
    <message>
        <source>Today&apos;s restore point could not be taken: %1</source>
        <translation>Today&apos;s restore point could not be taken: %1</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Open read-only?</translation>
    </message>
    <message>
        <source>Open it read-only now, to look without changing anything?</source>
        <translation>Open it read-only now, to look without changing anything?</translation>
    </message>
    <message>
        <source>Open the latest restore point?</source>
        <translation>Open the latest restore point?</translation>
    </message>
    <message>
        <source>The copy %1 could not be made.</source>
        <translation>The copy %1 could not be made.</translation>
    </message>
    <message>
        <source>The newest verified restore point is from %1. Open a copy of it as %2? The damaged file stays as it is.</source>
        <translation>The newest verified restore point is from %1. Open a copy of it as %2? The damaged file stays as it is.</translation>
    </message>
    <message>
        <source>The server asks for a password: %1</source>
        <translation>The server asks for a password: %1</translation>
    </message>
</context>
<context>
    <name>parat::OutputTarget</name>
    <message>
        <source>%1 is inside the restore folder of the open database; restore points are never overwritten. Choose a file in another folder.</source>
        <translation>%1 is inside the restore folder of the open database; restore points are never overwritten. Choose a file in another folder.</translation>
    </message>
    <message>
        <source>%1 is the open database; writing a report there would destroy the plan. Choose another file name.</source>
        <translation>%1 is the open database; writing a report there would destroy the plan. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 belongs to the open database (its journal or lock file); writing a report there would damage the plan. Choose another file name.</source>
        <translation>%1 belongs to the open database (its journal or lock file); writing a report there would damage the plan. Choose another file name.</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>No file name was given for the report.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; give the name of the file to write.</source>
        <translation>%1 is a folder, not a file; give the name of the file to write.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device or another special file); give the name of an ordinary file to write.</source>
        <translation>%1 is not an ordinary file (it is a device or another special file); give the name of an ordinary file to write.</translation>
    </message>
    <message>
        <source>No folder was given for the reports.</source>
        <translation>No folder was given for the reports.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; give a folder for the reports.</source>
        <translation>%1 is a file, not a folder; give a folder for the reports.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full (the file needs %2, and %3 is free). Free some space or choose another place; nothing was written.</source>
        <translation>%1 could not be written: the disk is full (the file needs %2, and %3 is free). Free some space or choose another place; nothing was written.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>parat::OverviewPage</name>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Progress against plan</source>
        <translation>Progress against plan</translation>
    </message>
    <message>
        <source>&amp;All municipalities</source>
        <translation>&amp;All municipalities</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Traffic light</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>There is no municipality yet. Add one to start planning.</source>
        <translation>There is no municipality yet. Add one to start planning.</translation>
    </message>
    <message>
        <source>Choose a municipality to see its overview.</source>
        <translation>Choose a municipality to see its overview.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>go-live date – time to go</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Set to %1 by hand: %2 (the rules say %3).</source>
        <translation>Set to %1 by hand: %2 (the rules say %3).</translation>
    </message>
    <message>
        <source>No relevant tasks yet.</source>
        <translation>No relevant tasks yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 done, %2 planned by now (%3 points); %4 of %n relevant task(s) done.</source>
        <translation>
            <numerusform>%1 done, %2 planned by now (%3 points); %4 of %n relevant task done.</numerusform>
            <numerusform>%1 done, %2 planned by now (%3 points); %4 of %n relevant tasks done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Overdue (%n)</source>
        <translation>
            <numerusform>&amp;Overdue (%n)</numerusform>
            <numerusform>&amp;Overdue (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>No overdue tasks.</translation>
    </message>
    <message numerus="yes">
        <source>Due in the next &amp;2 weeks (%n)</source>
        <translation>
            <numerusform>Due in the next &amp;2 weeks (%n)</numerusform>
            <numerusform>Due in the next &amp;2 weeks (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing open is due in the next 2 weeks.</source>
        <translation>Nothing open is due in the next 2 weeks.</translation>
    </message>
    <message numerus="yes">
        <source>Due in &amp;3 to 4 weeks (%n)</source>
        <translation>
            <numerusform>Due in &amp;3 to 4 weeks (%n)</numerusform>
            <numerusform>Due in &amp;3 to 4 weeks (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else open is due within 4 weeks.</source>
        <translation>Nothing else open is due within 4 weeks.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;%1 (%n)</source>
        <comment>list heading with the number of tasks</comment>
        <translation>
            <numerusform>&amp;%1 (%n)</numerusform>
            <numerusform>&amp;%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks were released since the last report.</source>
        <translation>No tasks were released since the last report.</translation>
    </message>
    <message>
        <source>No tasks were released in the last 2 weeks.</source>
        <translation>No tasks were released in the last 2 weeks.</translation>
    </message>
    <message numerus="yes">
        <source>Done but not marked in &amp;KLIK (%n)</source>
        <translation>
            <numerusform>Done but not marked in &amp;KLIK (%n)</numerusform>
            <numerusform>Done but not marked in &amp;KLIK (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mandatory task that is done is marked in KLIK.</source>
        <translation>Every mandatory task that is done is marked in KLIK.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (week)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>Released %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Progress week by week</source>
        <translation>Progress week by week</translation>
    </message>
</context>
<context>
    <name>parat::OverviewReportText</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Planned (%)</source>
        <translation>Planned (%)</translation>
    </message>
    <message>
        <source>Variance (points)</source>
        <translation>Variance (points)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Capacity warnings</source>
        <translation>Capacity warnings</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 (set manually)</source>
        <translation>%1 (set manually)</translation>
    </message>
    <message>
        <source>DUBU readiness of all municipalities</source>
        <translation>DUBU readiness of all municipalities</translation>
    </message>
    <message numerus="yes">
        <source>Overview of %n municipality(s)</source>
        <translation>
            <numerusform>Overview of %n municipality</numerusform>
            <numerusform>Overview of %n municipalitys</numerusform>
        </translation>
    </message>
    <message>
        <source>Report date %1</source>
        <translation>Report date %1</translation>
    </message>
    <message>
        <source>Status as of %1. Progress is the share of the work done (hours-weighted); variance is progress minus planned progress, in percentage points.</source>
        <translation>Status as of %1. Progress is the share of the work done (hours-weighted); variance is progress minus planned progress, in percentage points.</translation>
    </message>
    <message>
        <source>No municipalities yet.</source>
        <translation>No municipalities yet.</translation>
    </message>
</context>
<context>
    <name>parat::OverviewText</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>weeks and days</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Released since the last report (%1)</source>
        <translation>Released since the last report (%1)</translation>
    </message>
    <message>
        <source>Released in the last 2 weeks</source>
        <translation>Released in the last 2 weeks</translation>
    </message>
    <message>
        <source>No go-live date yet</source>
        <translation>No go-live date yet</translation>
    </message>
    <message>
        <source>Go-live %1 (%2)</source>
        <translation>Go-live %1 (%2)</translation>
    </message>
    <message>
        <source>Go-live is today</source>
        <translation>Go-live is today</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <comment>weeks and days until go-live</comment>
        <translation>%1 to go</translation>
    </message>
    <message>
        <source>Went live %1 ago</source>
        <comment>weeks and days since go-live</comment>
        <translation>Went live %1 ago</translation>
    </message>
</context>
<context>
    <name>parat::PeoplePage</name>
    <message>
        <source>&amp;People of the municipality:</source>
        <translation>&amp;People of the municipality:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Add Person…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n task(s) name them as responsible or performer; those tasks will name nobody. You can undo this.</source>
        <translation>
            <numerusform>Remove %1? %n task name them as responsible or performer; those tasks will name nobody. You can undo this.</numerusform>
            <numerusform>Remove %1? %n tasks name them as responsible or performer; those tasks will name nobody. You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1? You can undo this.</source>
        <translation>Remove %1? You can undo this.</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Remove Person</translation>
    </message>
</context>
<context>
    <name>parat::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>name@example.dk</source>
        <translation>name@example.dk</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>Registered in &amp;KLIK</source>
        <translation>Registered in &amp;KLIK</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Write the person&apos;s name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@example.dk).</source>
        <translation>&quot;%1&quot; is not an e-mail address (expected name@example.dk).</translation>
    </message>
</context>
<context>
    <name>parat::PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message>
        <source>The municipality of %1 is not in the database.</source>
        <translation>The municipality of %1 is not in the database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@example.dk).</source>
        <translation>&quot;%1&quot; is not an e-mail address (expected name@example.dk).</translation>
    </message>
    <message>
        <source>%1 cannot be their own manager.</source>
        <translation>%1 cannot be their own manager.</translation>
    </message>
    <message>
        <source>The manager of %1 must be a person of the same municipality.</source>
        <translation>The manager of %1 must be a person of the same municipality.</translation>
    </message>
    <message>
        <source>%1 could not be added</source>
        <translation>%1 could not be added</translation>
    </message>
    <message>
        <source>The person to change is not in the database.</source>
        <translation>The person to change is not in the database.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to another municipality.</source>
        <translation>%1 cannot be moved to another municipality.</translation>
    </message>
    <message>
        <source>%1 could not be changed</source>
        <translation>%1 could not be changed</translation>
    </message>
    <message>
        <source>The person to remove is not in the database.</source>
        <translation>The person to remove is not in the database.</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 could not be removed</translation>
    </message>
    <message>
        <source>The links to %1 could not be read.</source>
        <translation>The links to %1 could not be read.</translation>
    </message>
    <message>
        <source>The person to put back has no number.</source>
        <translation>The person to put back has no number.</translation>
    </message>
    <message>
        <source>%1 cannot be put back: the number is used by another person.</source>
        <translation>%1 cannot be put back: the number is used by another person.</translation>
    </message>
    <message>
        <source>%1 could not be put back</source>
        <translation>%1 could not be put back</translation>
    </message>
    <message>
        <source>The tasks of %1 could not be linked again</source>
        <translation>The tasks of %1 could not be linked again</translation>
    </message>
    <message>
        <source>The people managed by %1 could not be linked again</source>
        <translation>The people managed by %1 could not be linked again</translation>
    </message>
    <message>
        <source>The allocations approved by %1 could not be linked again</source>
        <translation>The allocations approved by %1 could not be linked again</translation>
    </message>
    <message>
        <source>The number of caseworkers covered must be between 0 and 100000.</source>
        <translation>The number of caseworkers covered must be between 0 and 100000.</translation>
    </message>
    <message>
        <source>&quot;Active until&quot; (%1) is before &quot;appointed on&quot; (%2).</source>
        <translation>&quot;Active until&quot; (%1) is before &quot;appointed on&quot; (%2).</translation>
    </message>
    <message>
        <source>The superuser details could not be saved</source>
        <translation>The superuser details could not be saved</translation>
    </message>
    <message>
        <source>The links to %1 could not be restored</source>
        <translation>The links to %1 could not be restored</translation>
    </message>
</context>
<context>
    <name>parat::PersonTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Registered in KLIK</source>
        <translation>Registered in KLIK</translation>
    </message>
</context>
<context>
    <name>parat::PersonTaskModel</name>
    <message numerus="yes">
        <source>%n task(s), %1 h</source>
        <translation>
            <numerusform>%n task, %1 h</numerusform>
            <numerusform>%n tasks, %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 h short</source>
        <translation>%1 h short</translation>
    </message>
    <message>
        <source>%1 h free</source>
        <translation>%1 h free</translation>
    </message>
    <message>
        <source>%1 (%2): %3 – set aside %4 h, needed %5 h (%6)</source>
        <translation>%1 (%2): %3 – set aside %4 h, needed %5 h (%6)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
</context>
<context>
    <name>parat::PersonTasksPane</name>
    <message>
        <source>Tasks of a Person</source>
        <translation>Tasks of a Person</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tasks of the person, by when they are due</source>
        <translation>Tasks of the person, by when they are due</translation>
    </message>
    <message>
        <source>Task &amp;Sheet (PDF)…</source>
        <translation>Task &amp;Sheet (PDF)…</translation>
    </message>
    <message>
        <source>Task sheet (PDF)</source>
        <translation>Task sheet (PDF)</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>(choose a person)</translation>
    </message>
    <message>
        <source>Choose a person to see what they are responsible for or perform.</source>
        <translation>Choose a person to see what they are responsible for or perform.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open task(s) handed out. Enter opens a task in the task list.</source>
        <translation>
            <numerusform>%1: %n open task handed out. Enter opens a task in the task list.</numerusform>
            <numerusform>%1: %n open tasks handed out. Enter opens a task in the task list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::PersonTasksText</name>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Next 2 weeks</source>
        <translation>Next 2 weeks</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Performer</translation>
    </message>
    <message>
        <source>Responsible and performer</source>
        <translation>Responsible and performer</translation>
    </message>
    <message>
        <source>All superusers</source>
        <translation>All superusers</translation>
    </message>
</context>
<context>
    <name>parat::PlanBackup</name>
    <message>
        <source>%1 already exists; a backup is written only to a new file and never over one.</source>
        <translation>%1 already exists; a backup is written only to a new file and never over one.</translation>
    </message>
    <message>
        <source>The backup to %1 failed and has been removed: %2</source>
        <translation>The backup to %1 failed and has been removed: %2</translation>
    </message>
    <message>
        <source>The checksum record %1 could not be written (%2); the backup has been removed.</source>
        <translation>The checksum record %1 could not be written (%2); the backup has been removed.</translation>
    </message>
    <message>
        <source>The backup %1 did not pass its check after writing and has been removed: %2</source>
        <translation>The backup %1 did not pass its check after writing and has been removed: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2.</source>
        <translation>The backup %1 cannot be used: %2.</translation>
    </message>
    <message>
        <source>The backup %1 has no readable checksum record (%2), so it cannot be verified; Parat restores only a backup made with parat backup save.</source>
        <translation>The backup %1 has no readable checksum record (%2), so it cannot be verified; Parat restores only a backup made with parat backup save.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>The backup %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not match its checksum record (database version %2, the record says %3).</source>
        <translation>The backup %1 does not match its checksum record (database version %2, the record says %3).</translation>
    </message>
    <message>
        <source>The backup %1 does not match its checksum record (tables: %2): it was changed or damaged after it was made.</source>
        <translation>The backup %1 does not match its checksum record (tables: %2): it was changed or damaged after it was made.</translation>
    </message>
    <message>
        <source>A backup is restored into a server database. A plan file is restored from its restore points: parat backup restore ID.</source>
        <translation>A backup is restored into a server database. A plan file is restored from its restore points: parat backup restore ID.</translation>
    </message>
    <message>
        <source>Only a Parat administrator (parat_admin) or the plan&apos;s owner may restore a backup: it replaces the whole plan for every user. Your role is %1. Nothing was changed.</source>
        <translation>Only a Parat administrator (parat_admin) or the plan&apos;s owner may restore a backup: it replaces the whole plan for every user. Your role is %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The backup %1 has database version %2 and the server %3; open the backup with the Parat that matches the server first. Nothing was changed.</source>
        <translation>The backup %1 has database version %2 and the server %3; open the backup with the Parat that matches the server first. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup %1 and the server do not have the same tables. Nothing was changed.</source>
        <translation>The backup %1 and the server do not have the same tables. Nothing was changed.</translation>
    </message>
    <message>
        <source>the server&apos;s tables did not match the backup after writing (tables: %1)</source>
        <translation>the server&apos;s tables did not match the backup after writing (tables: %1)</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored into %2: %3. Nothing was changed.</source>
        <translation>The backup %1 could not be restored into %2: %3. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>parat::PlanCopy</name>
    <message>
        <source>The table %1 could not be read: %2</source>
        <translation>The table %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>The two databases have different schema versions (%1 and %2).</translation>
    </message>
    <message>
        <source>%1 already holds a plan; Parat copies only into an empty one and never writes over a plan.</source>
        <translation>%1 already holds a plan; Parat copies only into an empty one and never writes over a plan.</translation>
    </message>
    <message>
        <source>The two databases do not have the same tables.</source>
        <translation>The two databases do not have the same tables.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the target.</source>
        <translation>The table %1 has other columns in the target.</translation>
    </message>
    <message>
        <source>The table %1 could not be written: %2</source>
        <translation>The table %1 could not be written: %2</translation>
    </message>
    <message>
        <source>The plan could not be copied to %1: %2. Nothing was written there.</source>
        <translation>The plan could not be copied to %1: %2. Nothing was written there.</translation>
    </message>
    <message>
        <source>The copy in %1 does not match the plan it was copied from (tables: %2). It has been removed.</source>
        <translation>The copy in %1 does not match the plan it was copied from (tables: %2). It has been removed.</translation>
    </message>
</context>
<context>
    <name>parat::ProgressChartText</name>
    <message>
        <source>%1 (plan %2)</source>
        <comment>done percentage, planned percentage</comment>
        <translation>%1 (plan %2)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Planned by now</source>
        <translation>Planned by now</translation>
    </message>
    <message>
        <source>No tasks to show.</source>
        <translation>No tasks to show.</translation>
    </message>
    <message>
        <source>Progress against plan per phase</source>
        <translation>Progress against plan per phase</translation>
    </message>
    <message>
        <source>%1: %2 % done, %3 % planned</source>
        <translation>%1: %2 % done, %3 % planned</translation>
    </message>
</context>
<context>
    <name>parat::ProgressChartWidget</name>
    <message>
        <source>Progress against plan per phase</source>
        <translation>Progress against plan per phase</translation>
    </message>
    <message>
        <source>%1: %2 % done, %3 % planned</source>
        <translation>%1: %2 % done, %3 % planned</translation>
    </message>
</context>
<context>
    <name>parat::ReadinessCli</name>
    <message>
        <source>the date to measure as of (default: today)</source>
        <translation>the date to measure as of (default: today)</translation>
    </message>
    <message>
        <source>--format must be text or csv, not &quot;%1&quot;.</source>
        <translation>--format must be text or csv, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>Readiness score</translation>
    </message>
    <message>
        <source>No go-live criteria in %1. Create the default set with: parat readiness defaults</source>
        <translation>No go-live criteria in %1. Create the default set with: parat readiness defaults</translation>
    </message>
    <message>
        <source>Readiness score %1 of 100, light %2 (%3 met, %4 partly met, %5 not met, %6 not relevant).</source>
        <translation>Readiness score %1 of 100, light %2 (%3 met, %4 partly met, %5 not met, %6 not relevant).</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n go-live criterion/criteria; nothing was added.</source>
        <translation>
            <numerusform>%1 already has %n go-live criterion; nothing was added.</numerusform>
            <numerusform>%1 already has %n go-live criteria; nothing was added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n go-live criterion/criteria to %1.</source>
        <translation>
            <numerusform>Added %n go-live criterion to %1.</numerusform>
            <numerusform>Added %n go-live criteria to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out FILE.</source>
        <translation>Give the PDF file to write with --out FILE.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Go/no-go readiness: the go-live criteria, the readiness score and the decision paper.</source>
        <translation>Go/no-go readiness: the go-live criteria, the readiness score and the decision paper.</translation>
    </message>
    <message>
        <source>text (the default) or csv</source>
        <translation>text (the default) or csv</translation>
    </message>
    <message>
        <source>List the go-live criteria with their status (measured ones with their numbers), then the readiness score, light and reasons.</source>
        <translation>List the go-live criteria with their status (measured ones with their numbers), then the readiness score, light and reasons.</translation>
    </message>
    <message>
        <source>Create the default go-live criteria from the handbook (only when there are none).</source>
        <translation>Create the default go-live criteria from the handbook (only when there are none).</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the go/no-go decision paper as a PDF: a summary page and the criteria list.</source>
        <translation>Write the go/no-go decision paper as a PDF: a summary page and the criteria list.</translation>
    </message>
</context>
<context>
    <name>parat::ReadinessText</name>
    <message>
        <source>Progress is %1 percentage points behind plan: %2 % done, %3 % planned by now (red when more than %4 points behind).</source>
        <translation>Progress is %1 percentage points behind plan: %2 % done, %3 % planned by now (red when more than %4 points behind).</translation>
    </message>
    <message numerus="yes">
        <source>Go-live is in %n day(s)</source>
        <translation>
            <numerusform>Go-live is in %n day</numerusform>
            <numerusform>Go-live is in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Went live %n day(s) ago</source>
        <translation>
            <numerusform>Went live %n day ago</numerusform>
            <numerusform>Went live %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and only %2 % of the work due by go-live is done (%3 of %n task(s)); at least %4 % is needed.</source>
        <translation>
            <numerusform>%1 and only %2 % of the work due by go-live is done (%3 of %n task); at least %4 % is needed.</numerusform>
            <numerusform>%1 and only %2 % of the work due by go-live is done (%3 of %n tasks); at least %4 % is needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 (%3 h needed, %4 h allocated)</source>
        <translation>%1 in %2 (%3 h needed, %4 h allocated)</translation>
    </message>
    <message>
        <source>No relevant tasks yet; nothing is overdue.</source>
        <translation>No relevant tasks yet; nothing is overdue.</translation>
    </message>
    <message>
        <source>No overdue tasks; progress is %1 percentage points ahead of plan (%2 % done, %3 % planned by now).</source>
        <translation>No overdue tasks; progress is %1 percentage points ahead of plan (%2 % done, %3 % planned by now).</translation>
    </message>
    <message>
        <source>No overdue tasks; progress is %1 percentage points behind plan (%2 % done, %3 % planned by now), within the tolerance of %4 points.</source>
        <translation>No overdue tasks; progress is %1 percentage points behind plan (%2 % done, %3 % planned by now), within the tolerance of %4 points.</translation>
    </message>
    <message>
        <source>No overdue tasks; progress is on plan (%1 % done, %2 % planned by now).</source>
        <translation>No overdue tasks; progress is on plan (%1 % done, %2 % planned by now).</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>last line of a list that was cut short</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory task(s) more than %1 days overdue:</source>
        <translation>
            <numerusform>%n mandatory task more than %1 days overdue:</numerusform>
            <numerusform>%n mandatory tasks more than %1 days overdue:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue:</source>
        <translation>
            <numerusform>%n task overdue:</numerusform>
            <numerusform>%n tasks overdue:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over-allocated person-week(s) in the next %1 weeks:</source>
        <translation>
            <numerusform>%n over-allocated person-week in the next %1 weeks:</numerusform>
            <numerusform>%n over-allocated person-weeks in the next %1 weeks:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource person(s) %1 or more engagement steps below target:</source>
        <translation>
            <numerusform>%n resource person %1 or more engagement steps below target:</numerusform>
            <numerusform>%n resource persons %1 or more engagement steps below target:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” (score %3)</source>
        <translation>%1 “%2” (score %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s) with a score of %1 or more:</source>
        <translation>
            <numerusform>%n open risk with a score of %1 or more:</numerusform>
            <numerusform>%n open risks with a score of %1 or more:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” (needed by %3)</source>
        <translation>%1 “%2” (needed by %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) not taken by the date needed:</source>
        <translation>
            <numerusform>%n decision not taken by the date needed:</numerusform>
            <numerusform>%n decisions not taken by the date needed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::ReasonDialog</name>
    <message>
        <source>Reason for &quot;%1&quot;</source>
        <translation>Reason for &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Why are the %n tasks set to &quot;%1&quot;? A reason is required.</source>
        <translation>
            <numerusform>Why are the %n tasks set to &quot;%1&quot;? A reason is required.</numerusform>
            <numerusform>Why are the %n tasks set to &quot;%1&quot;? A reason is required.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why is the task set to &quot;%1&quot;? A reason is required.</source>
        <translation>Why is the task set to &quot;%1&quot;? A reason is required.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>parat::RemoveAllocation</name>
    <message numerus="yes">
        <source>Remove %n allocation(s) of %1</source>
        <translation>
            <numerusform>Remove %n allocation of %1</numerusform>
            <numerusform>Remove %n allocations of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::RemoveCommunicationItem</name>
    <message>
        <source>Remove communication &quot;%1&quot;</source>
        <translation>Remove communication &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>parat::RemoveDecision</name>
    <message>
        <source>Remove decision %1 %2</source>
        <translation>Remove decision %1 %2</translation>
    </message>
</context>
<context>
    <name>parat::RemoveGoLiveCriterion</name>
    <message>
        <source>Remove go-live criterion %1</source>
        <translation>Remove go-live criterion %1</translation>
    </message>
</context>
<context>
    <name>parat::RemoveLocalTask</name>
    <message>
        <source>Delete local task %1</source>
        <translation>Delete local task %1</translation>
    </message>
</context>
<context>
    <name>parat::RemoveMunicipality</name>
    <message>
        <source>Remove municipality %1</source>
        <translation>Remove municipality %1</translation>
    </message>
</context>
<context>
    <name>parat::RemovePerson</name>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>parat::RemoveRisk</name>
    <message>
        <source>Remove risk %1 %2</source>
        <translation>Remove risk %1 %2</translation>
    </message>
</context>
<context>
    <name>parat::RemoveRunbookStep</name>
    <message>
        <source>Remove runbook step %1 %2</source>
        <translation>Remove runbook step %1 %2</translation>
    </message>
</context>
<context>
    <name>parat::RemoveStakeholder</name>
    <message>
        <source>Remove stakeholder %1</source>
        <translation>Remove stakeholder %1</translation>
    </message>
</context>
<context>
    <name>parat::ReportCli</name>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 is given twice.</translation>
    </message>
    <message>
        <source>Give exactly one of --municipality, --all and --overview.</source>
        <translation>Give exactly one of --municipality, --all and --overview.</translation>
    </message>
    <message>
        <source>--all writes into a folder: give --out-dir DIR (and no --out).</source>
        <translation>--all writes into a folder: give --out-dir DIR (and no --out).</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE (and no --out-dir).</source>
        <translation>Give the file to write with --out FILE (and no --out-dir).</translation>
    </message>
    <message>
        <source>Unknown format %1: use pdf, html or csv.</source>
        <translation>Unknown format %1: use pdf, html or csv.</translation>
    </message>
    <message>
        <source>Unknown language %1: use da or en.</source>
        <translation>Unknown language %1: use da or en.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>There is no municipality with code %1 in the database.</source>
        <translation>There is no municipality with code %1 in the database.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written.</source>
        <translation>
            <numerusform>%n report written.</numerusform>
            <numerusform>%n reports written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status reports for the steering group.</source>
        <translation>Status reports for the steering group.</translation>
    </message>
    <message>
        <source>the report of one municipality</source>
        <translation>the report of one municipality</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>one report per municipality, into --out-dir</source>
        <translation>one report per municipality, into --out-dir</translation>
    </message>
    <message>
        <source>one row per municipality</source>
        <translation>one row per municipality</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>the folder for --all (created when missing)</source>
        <translation>the folder for --all (created when missing)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>pdf, html or csv (default: the file name&apos;s suffix, else pdf)</source>
        <translation>pdf, html or csv (default: the file name&apos;s suffix, else pdf)</translation>
    </message>
    <message>
        <source>the date the report is made as of (default: today)</source>
        <translation>the date the report is made as of (default: today)</translation>
    </message>
    <message>
        <source>separate CSV cells with commas instead of semicolons</source>
        <translation>separate CSV cells with commas instead of semicolons</translation>
    </message>
    <message>
        <source>--overview --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD]</source>
        <translation>--overview --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Note: the database is open read-only (another Parat has it open, or it cannot be written here), so this report is written but not recorded as sent.</source>
        <translation>Note: the database is open read-only (another Parat has it open, or it cannot be written here), so this report is written but not recorded as sent.</translation>
    </message>
    <message>
        <source>--final records status reports as sent; the overview is not one.</source>
        <translation>--final records status reports as sent; the overview is not one.</translation>
    </message>
    <message>
        <source>record the report as sent to the steering group (without it: a draft)</source>
        <translation>record the report as sent to the steering group (without it: a draft)</translation>
    </message>
    <message>
        <source>--municipality CODE --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--comma] [--final]</source>
        <translation>--municipality CODE --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--comma] [--final]</translation>
    </message>
    <message>
        <source>--all --out-dir DIR [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--final]</source>
        <translation>--all --out-dir DIR [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--final]</translation>
    </message>
    <message>
        <source>Status reports for the steering group.
Without --format the file name&apos;s suffix decides (.html, .csv); otherwise PDF. A report is a draft unless --final records it as sent: the next report lists what changed since the last one sent.</source>
        <translation>Status reports for the steering group.
Without --format the file name&apos;s suffix decides (.html, .csv); otherwise PDF. A report is a draft unless --final records it as sent: the next report lists what changed since the last one sent.</translation>
    </message>
</context>
<context>
    <name>parat::ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>The report could not be written.</translation>
    </message>
</context>
<context>
    <name>parat::ReportPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Export C&amp;SV…</translation>
    </message>
    <message>
        <source>All m&amp;unicipalities…</source>
        <translation>All m&amp;unicipalities…</translation>
    </message>
    <message>
        <source>Save one PDF report per municipality into a folder</source>
        <translation>Save one PDF report per municipality into a folder</translation>
    </message>
    <message>
        <source>Since the &amp;last report:</source>
        <translation>Since the &amp;last report:</translation>
    </message>
    <message>
        <source>&amp;Next period:</source>
        <translation>&amp;Next period:</translation>
    </message>
    <message>
        <source>Main &amp;problem:</source>
        <translation>Main &amp;problem:</translation>
    </message>
    <message>
        <source>R&amp;isks (one per line):</source>
        <translation>R&amp;isks (one per line):</translation>
    </message>
    <message>
        <source>D&amp;ecisions for the steering group (one per line):</source>
        <translation>D&amp;ecisions for the steering group (one per line):</translation>
    </message>
    <message>
        <source>Traffic &amp;light:</source>
        <translation>Traffic &amp;light:</translation>
    </message>
    <message>
        <source>&amp;Reason for the manual light:</source>
        <translation>&amp;Reason for the manual light:</translation>
    </message>
    <message>
        <source>As the rules say</source>
        <translation>As the rules say</translation>
    </message>
    <message>
        <source>Green (set manually)</source>
        <translation>Green (set manually)</translation>
    </message>
    <message>
        <source>Yellow (set manually)</source>
        <translation>Yellow (set manually)</translation>
    </message>
    <message>
        <source>Red (set manually)</source>
        <translation>Red (set manually)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Required when the light is set manually</source>
        <translation>Required when the light is set manually</translation>
    </message>
    <message>
        <source>Status report: choose a municipality</source>
        <translation>Status report: choose a municipality</translation>
    </message>
    <message>
        <source>Status report: %1 %2</source>
        <translation>Status report: %1 %2</translation>
    </message>
    <message>
        <source>Texts of the report of %1</source>
        <translation>Texts of the report of %1</translation>
    </message>
    <message>
        <source>A manual traffic light needs a written reason. Write why the light differs from what the rules say, or choose &quot;As the rules say&quot;.</source>
        <translation>A manual traffic light needs a written reason. Write why the light differs from what the rules say, or choose &quot;As the rules say&quot;.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Print status report</source>
        <translation>Print status report</translation>
    </message>
    <message>
        <source>Save status report as PDF</source>
        <translation>Save status report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export status report as HTML</source>
        <translation>Export status report as HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML files (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export task list as CSV</source>
        <translation>Export task list as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Folder for the reports of all municipalities</source>
        <translation>Folder for the reports of all municipalities</translation>
    </message>
    <message>
        <source>Writing status reports…</source>
        <translation>Writing status reports…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Writing the report of %1…</source>
        <translation>Writing the report of %1…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n report(s).</source>
        <translation>
            <numerusform>Cancelled after %n report.</numerusform>
            <numerusform>Cancelled after %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>%n report written to %1.</numerusform>
            <numerusform>%n reports written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages as they will be printed, as pictures. The tab &quot;Text&quot; has the same report as text.</source>
        <translation>The pages as they will be printed, as pictures. The tab &quot;Text&quot; has the same report as text.</translation>
    </message>
    <message>
        <source>Pa&amp;ges</source>
        <translation>Pa&amp;ges</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Report as text</source>
        <translation>Report as text</translation>
    </message>
    <message>
        <source>Mark as sent to the steering &amp;group</source>
        <translation>Mark as sent to the steering &amp;group</translation>
    </message>
    <message>
        <source>Record today&apos;s report as the one sent: the next report lists the changes made after it. Previews, prints and saved files are drafts and record nothing.</source>
        <translation>Record today&apos;s report as the one sent: the next report lists the changes made after it. Previews, prints and saved files are drafts and record nothing.</translation>
    </message>
    <message>
        <source>Last report sent: %1</source>
        <translation>Last report sent: %1</translation>
    </message>
    <message>
        <source>No report sent yet</source>
        <translation>No report sent yet</translation>
    </message>
</context>
<context>
    <name>parat::ReportRepository</name>
    <message>
        <source>The report date is missing.</source>
        <translation>The report date is missing.</translation>
    </message>
    <message>
        <source>A manual traffic light needs a written reason.</source>
        <translation>A manual traffic light needs a written reason.</translation>
    </message>
    <message>
        <source>The report notes could not be removed</source>
        <translation>The report notes could not be removed</translation>
    </message>
    <message>
        <source>The time of the report is missing.</source>
        <translation>The time of the report is missing.</translation>
    </message>
    <message>
        <source>The report could not be recorded</source>
        <translation>The report could not be recorded</translation>
    </message>
    <message>
        <source>The report could not be unmarked as sent</source>
        <translation>The report could not be unmarked as sent</translation>
    </message>
</context>
<context>
    <name>parat::ReportSections</name>
    <message>
        <source>Superusers and hours</source>
        <translation>Superusers and hours</translation>
    </message>
    <message numerus="yes">
        <source>%n superuser(s), %1 registered in KLIK.</source>
        <translation>
            <numerusform>%n superuser, %1 registered in KLIK.</numerusform>
            <numerusform>%n superusers, %1 registered in KLIK.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 caseworkers covered: %2 per superuser.</source>
        <translation>%1 caseworkers covered: %2 per superuser.</translation>
    </message>
    <message>
        <source>Allocated and needed hours per week; &quot;!&quot; marks weeks where more is needed than allocated.</source>
        <translation>Allocated and needed hours per week; &quot;!&quot; marks weeks where more is needed than allocated.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Allocated next 4 weeks</source>
        <translation>Allocated next 4 weeks</translation>
    </message>
    <message>
        <source>Needed next 4 weeks</source>
        <translation>Needed next 4 weeks</translation>
    </message>
    <message>
        <source>Weeks short</source>
        <translation>Weeks short</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Stakeholder map: influence against how affected, with engagement now and target.</source>
        <translation>Stakeholder map: influence against how affected, with engagement now and target.</translation>
    </message>
    <message>
        <source>Largest engagement gaps</source>
        <translation>Largest engagement gaps</translation>
    </message>
    <message>
        <source>Every stakeholder is at the engagement the project aims for.</source>
        <translation>Every stakeholder is at the engagement the project aims for.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Communication overdue</source>
        <translation>Communication overdue</translation>
    </message>
    <message>
        <source>Communication in the next 4 weeks</source>
        <translation>Communication in the next 4 weeks</translation>
    </message>
    <message>
        <source>%1 (review overdue)</source>
        <translation>%1 (review overdue)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Top risks</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>No open risks.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Risk heat map, probability against consequence. %1</source>
        <translation>Risk heat map, probability against consequence. %1</translation>
    </message>
    <message>
        <source>Risk log</source>
        <translation>Risk log</translation>
    </message>
    <message>
        <source>P × C</source>
        <translation>P × C</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation>Decisions needed</translation>
    </message>
    <message>
        <source>No decisions are waiting.</source>
        <translation>No decisions are waiting.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Decision log</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Risk or task</source>
        <translation>Risk or task</translation>
    </message>
    <message>
        <source>Cutover runbook</source>
        <translation>Cutover runbook</translation>
    </message>
    <message>
        <source>%1 of %2 steps done, %3 late at the start of %4.</source>
        <translation>%1 of %2 steps done, %3 late at the start of %4.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Every step is done.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>%1, late</source>
        <translation>%1, late</translation>
    </message>
</context>
<context>
    <name>parat::ReportWriter</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The report of %1 %2 failed: %3</source>
        <translation>The report of %1 %2 failed: %3</translation>
    </message>
</context>
<context>
    <name>parat::RestorePoints</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>it cannot be read (%1)</translation>
    </message>
    <message>
        <source>it is not a complete database file</source>
        <translation>it is not a complete database file</translation>
    </message>
    <message>
        <source>it is not a Parat database</source>
        <translation>it is not a Parat database</translation>
    </message>
    <message>
        <source>its size does not match its contents (it is cut short or damaged)</source>
        <translation>its size does not match its contents (it is cut short or damaged)</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>it cannot be opened (%1)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>it is damaged (%1)</translation>
    </message>
    <message>
        <source>it holds no Parat data</source>
        <translation>it holds no Parat data</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Parat (database version %1)</source>
        <translation>it was saved by a newer version of Parat (database version %1)</translation>
    </message>
    <message>
        <source>its municipalities cannot be read (%1)</source>
        <translation>its municipalities cannot be read (%1)</translation>
    </message>
    <message>
        <source>it holds %1 municipalities, but the database held %2 when it was taken</source>
        <translation>it holds %1 municipalities, but the database held %2 when it was taken</translation>
    </message>
    <message>
        <source>The folder for restore points %1 could not be created.</source>
        <translation>The folder for restore points %1 could not be created.</translation>
    </message>
    <message>
        <source>A restore point could not be taken: %1</source>
        <translation>A restore point could not be taken: %1</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>it could not be written to the disk</translation>
    </message>
    <message>
        <source>A restore point could not be taken: the copy failed its check (%1).</source>
        <translation>A restore point could not be taken: the copy failed its check (%1).</translation>
    </message>
    <message>
        <source>A restore point could not be taken: its record could not be written (%1).</source>
        <translation>A restore point could not be taken: its record could not be written (%1).</translation>
    </message>
    <message>
        <source>A restore point could not be taken: the copy could not be given its name.</source>
        <translation>A restore point could not be taken: the copy could not be given its name.</translation>
    </message>
    <message>
        <source>The restore point %1 cannot be used: %2. Nothing was changed.</source>
        <translation>The restore point %1 cannot be used: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>The restore point could not be copied beside the database (is the disk full?). Nothing was changed.</source>
        <translation>The restore point could not be copied beside the database (is the disk full?). Nothing was changed.</translation>
    </message>
    <message>
        <source>The copy of the restore point %1 failed its check (%2). Nothing was changed.</source>
        <translation>The copy of the restore point %1 failed its check (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>its check was stopped</source>
        <translation>its check was stopped</translation>
    </message>
    <message>
        <source>A restore point could not be taken: it was stopped.</source>
        <translation>A restore point could not be taken: it was stopped.</translation>
    </message>
</context>
<context>
    <name>parat::RestorePointsDialog</name>
    <message>
        <source>Restore Points</source>
        <translation>Restore Points</translation>
    </message>
    <message>
        <source>A restore point is a copy of the whole database. Parat takes one before each handbook import, database update, removal of a municipality and restore.</source>
        <translation>A restore point is a copy of the whole database. Parat takes one before each handbook import, database update, removal of a municipality and restore.</translation>
    </message>
    <message>
        <source>&amp;Restore points:</source>
        <translation>&amp;Restore points:</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Restore points</translation>
    </message>
    <message>
        <source>There are no restore points yet.</source>
        <translation>There are no restore points yet.</translation>
    </message>
    <message>
        <source>&amp;Take Restore Point Now</source>
        <translation>&amp;Take Restore Point Now</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>R&amp;estore…</translation>
    </message>
    <message>
        <source>That restore point no longer exists.</source>
        <translation>That restore point no longer exists.</translation>
    </message>
    <message>
        <source>Restore the database as it was on %1 (%2)?

Everything changed since then is replaced. The current state is kept as a restore point itself, so you can go back to it. Undo history is cleared.</source>
        <translation>Restore the database as it was on %1 (%2)?

Everything changed since then is replaced. The current state is kept as a restore point itself, so you can go back to it. Undo history is cleared.</translation>
    </message>
    <message>
        <source>Restore Database</source>
        <translation>Restore Database</translation>
    </message>
    <message>
        <source>The database is back as it was on %1. The state before the restore is kept as a restore point (&quot;%2&quot;).</source>
        <translation>The database is back as it was on %1. The state before the restore is kept as a restore point (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 (cannot be used: %2)</source>
        <translation>%1 (cannot be used: %2)</translation>
    </message>
    <message>
        <source>This restore point cannot be used: %1.</source>
        <translation>This restore point cannot be used: %1.</translation>
    </message>
</context>
<context>
    <name>parat::RiskCli</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is required.</translation>
    </message>
    <message>
        <source>There is no person called &quot;%1&quot; in %2.</source>
        <translation>There is no person called &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>Added risk %1 &quot;%2&quot; (score %3) to %4.</source>
        <translation>Added risk %1 &quot;%2&quot; (score %3) to %4.</translation>
    </message>
    <message>
        <source>%1 (review overdue)</source>
        <translation>%1 (review overdue)</translation>
    </message>
    <message>
        <source>No risks in %1. Add one with: parat risk add</source>
        <translation>No risks in %1. Add one with: parat risk add</translation>
    </message>
    <message>
        <source>The risk log: risks with probability, consequence, owner and action.</source>
        <translation>The risk log: risks with probability, consequence, owner and action.</translation>
    </message>
    <message>
        <source>only risks with this status</source>
        <translation>only risks with this status</translation>
    </message>
    <message>
        <source>List the risks, highest score first: number, score, status, title, owner, action and next review.</source>
        <translation>List the risks, highest score first: number, score, status, title, owner, action and next review.</translation>
    </message>
    <message>
        <source>what could go wrong</source>
        <translation>what could go wrong</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>how likely, 1 (unlikely) to 4 (very likely)</source>
        <translation>how likely, 1 (unlikely) to 4 (very likely)</translation>
    </message>
    <message>
        <source>how serious, 1 (minor) to 4 (critical)</source>
        <translation>how serious, 1 (minor) to 4 (critical)</translation>
    </message>
    <message>
        <source>more about the risk</source>
        <translation>more about the risk</translation>
    </message>
    <message>
        <source>the person who owns the risk, by name</source>
        <translation>the person who owns the risk, by name</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>what is done about it</source>
        <translation>what is done about it</translation>
    </message>
    <message>
        <source>the next review date</source>
        <translation>the next review date</translation>
    </message>
    <message>
        <source>keys of the tasks it concerns, separated by commas</source>
        <translation>keys of the tasks it concerns, separated by commas</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>KEYS</translation>
    </message>
    <message>
        <source>open (the default), in_hand or closed</source>
        <translation>open (the default), in_hand or closed</translation>
    </message>
    <message>
        <source>tasks (the default), superusers, organisation or golive</source>
        <translation>tasks (the default), superusers, organisation or golive</translation>
    </message>
    <message>
        <source>Add a risk to the log; it gets the next number (R1, R2, ...).</source>
        <translation>Add a risk to the log; it gets the next number (R1, R2, ...).</translation>
    </message>
</context>
<context>
    <name>parat::RiskDialog</name>
    <message>
        <source>Edit Risk %1</source>
        <translation>Edit Risk %1</translation>
    </message>
    <message>
        <source>Add Risk</source>
        <translation>Add Risk</translation>
    </message>
    <message>
        <source>For example: converted case data is incomplete</source>
        <translation>For example: converted case data is incomplete</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>1 unlikely, 2 possible, 3 likely, 4 very likely</source>
        <translation>1 unlikely, 2 possible, 3 likely, 4 very likely</translation>
    </message>
    <message>
        <source>&amp;Probability (1–4):</source>
        <translation>&amp;Probability (1–4):</translation>
    </message>
    <message>
        <source>1 minor, 2 noticeable, 3 serious, 4 critical</source>
        <translation>1 minor, 2 noticeable, 3 serious, 4 critical</translation>
    </message>
    <message>
        <source>&amp;Consequence (1–4):</source>
        <translation>&amp;Consequence (1–4):</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Next &amp;review:</source>
        <translation>Next &amp;review:</translation>
    </message>
    <message>
        <source>Task keys, separated by commas</source>
        <translation>Task keys, separated by commas</translation>
    </message>
    <message>
        <source>Tas&amp;ks:</source>
        <translation>Tas&amp;ks:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <source>high: makes the traffic light red while open</source>
        <translation>high: makes the traffic light red while open</translation>
    </message>
    <message>
        <source>raised: makes the traffic light yellow while open</source>
        <translation>raised: makes the traffic light yellow while open</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no task with key %1.</source>
        <translation>There is no task with key %1.</translation>
    </message>
</context>
<context>
    <name>parat::RiskHeatMapText</name>
    <message>
        <source>Probability %1, consequence %2, score %3</source>
        <translation>Probability %1, consequence %2, score %3</translation>
    </message>
    <message>
        <source>%1: no risks</source>
        <translation>%1: no risks</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>No open risks.</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
</context>
<context>
    <name>parat::RiskHeatMapWidget</name>
    <message>
        <source>Risk heat map: probability × consequence</source>
        <translation>Risk heat map: probability × consequence</translation>
    </message>
    <message>
        <source>Current cell: %1. Arrow keys move between cells. %2</source>
        <translation>Current cell: %1. Arrow keys move between cells. %2</translation>
    </message>
</context>
<context>
    <name>parat::RiskLogPage</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Open and in hand</source>
        <translation>Open and in hand</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Sc&amp;ore at least:</source>
        <translation>Sc&amp;ore at least:</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Any score</translation>
    </message>
    <message>
        <source>%1 (yellow light)</source>
        <translation>%1 (yellow light)</translation>
    </message>
    <message>
        <source>%1 (red light)</source>
        <translation>%1 (red light)</translation>
    </message>
    <message>
        <source>Ris&amp;k log:</source>
        <translation>Ris&amp;k log:</translation>
    </message>
    <message>
        <source>Risk log</source>
        <translation>Risk log</translation>
    </message>
    <message>
        <source>&amp;Add Risk…</source>
        <translation>&amp;Add Risk…</translation>
    </message>
    <message>
        <source>Ed&amp;it Risk…</source>
        <translation>Ed&amp;it Risk…</translation>
    </message>
    <message>
        <source>&amp;Remove Risk…</source>
        <translation>&amp;Remove Risk…</translation>
    </message>
    <message>
        <source>Decision &amp;log:</source>
        <translation>Decision &amp;log:</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Decision log</translation>
    </message>
    <message>
        <source>Add &amp;Decision…</source>
        <translation>Add &amp;Decision…</translation>
    </message>
    <message>
        <source>Edi&amp;t Decision…</source>
        <translation>Edi&amp;t Decision…</translation>
    </message>
    <message>
        <source>Remove Decisio&amp;n…</source>
        <translation>Remove Decisio&amp;n…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s)</source>
        <translation>
            <numerusform>%n open risk</numerusform>
            <numerusform>%n open risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n review overdue</numerusform>
            <numerusform>%n reviews overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) past the date needed</source>
        <translation>
            <numerusform>%n decision past the date needed</numerusform>
            <numerusform>%n decisions past the date needed</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Risk</source>
        <translation>Remove Risk</translation>
    </message>
    <message>
        <source>Remove risk %1 &quot;%2&quot; from the log? You can undo this.</source>
        <translation>Remove risk %1 &quot;%2&quot; from the log? You can undo this.</translation>
    </message>
    <message>
        <source>Remove Decision</source>
        <translation>Remove Decision</translation>
    </message>
    <message>
        <source>Remove decision %1 &quot;%2&quot; from the log? You can undo this.</source>
        <translation>Remove decision %1 &quot;%2&quot; from the log? You can undo this.</translation>
    </message>
</context>
<context>
    <name>parat::RiskRepository</name>
    <message>
        <source>The municipality of the risk &quot;%1&quot; is not in the database.</source>
        <translation>The municipality of the risk &quot;%1&quot; is not in the database.</translation>
    </message>
    <message>
        <source>The owner of the risk &quot;%1&quot; must be a person of the same municipality.</source>
        <translation>The owner of the risk &quot;%1&quot; must be a person of the same municipality.</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; names task %2, which is not a task of the municipality.</source>
        <translation>The risk &quot;%1&quot; names task %2, which is not a task of the municipality.</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; could not be numbered</source>
        <translation>The risk &quot;%1&quot; could not be numbered</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; could not be added</source>
        <translation>The risk &quot;%1&quot; could not be added</translation>
    </message>
    <message>
        <source>The risk to change is not in the database.</source>
        <translation>The risk to change is not in the database.</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; cannot be moved to another municipality.</source>
        <translation>The risk &quot;%1&quot; cannot be moved to another municipality.</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; could not be changed</source>
        <translation>The risk &quot;%1&quot; could not be changed</translation>
    </message>
    <message>
        <source>The risk to remove is not in the database.</source>
        <translation>The risk to remove is not in the database.</translation>
    </message>
    <message>
        <source>The decisions about the risk &quot;%1&quot; could not be read</source>
        <translation>The decisions about the risk &quot;%1&quot; could not be read</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; could not be removed</source>
        <translation>The risk &quot;%1&quot; could not be removed</translation>
    </message>
    <message>
        <source>The risk to put back has no number.</source>
        <translation>The risk to put back has no number.</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; cannot be put back: its place is used by another risk.</source>
        <translation>The risk &quot;%1&quot; cannot be put back: its place is used by another risk.</translation>
    </message>
    <message>
        <source>The risk %1 &quot;%2&quot; could not be put back</source>
        <translation>The risk %1 &quot;%2&quot; could not be put back</translation>
    </message>
    <message>
        <source>The decisions about the risk &quot;%1&quot; could not be linked again</source>
        <translation>The decisions about the risk &quot;%1&quot; could not be linked again</translation>
    </message>
</context>
<context>
    <name>parat::RiskTableModel</name>
    <message>
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Tasks: %1</translation>
    </message>
    <message>
        <source>Probability %1 × consequence %2</source>
        <translation>Probability %1 × consequence %2</translation>
    </message>
    <message>
        <source>%1 (review overdue)</source>
        <translation>%1 (review overdue)</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the risk log: the risk&apos;s number (R1, R2, ...). Danish: Nr.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>Column of the risk log: probability × consequence. Danish: Score</extracomment>
        <translation>Score</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
</context>
<context>
    <name>parat::RiskText</name>
    <message>
        <source>A risk needs a title.</source>
        <translation>A risk needs a title.</translation>
    </message>
    <message>
        <source>The probability of the risk &quot;%1&quot; must be between %2 and %3 (it is %4).</source>
        <translation>The probability of the risk &quot;%1&quot; must be between %2 and %3 (it is %4).</translation>
    </message>
    <message>
        <source>The consequence of the risk &quot;%1&quot; must be between %2 and %3 (it is %4).</source>
        <translation>The consequence of the risk &quot;%1&quot; must be between %2 and %3 (it is %4).</translation>
    </message>
    <message>
        <source>R%1</source>
        <extracomment>How a risk is numbered in lists and on the heat map. Danish: R%1</extracomment>
        <translation>R%1</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Risk status. Danish: Åben</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>In hand</source>
        <extracomment>Risk status: someone is working on it. Danish: Under håndtering</extracomment>
        <translation>In hand</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Risk status. Danish: Lukket</extracomment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <extracomment>Dimension of the project. Danish: Opgaver og frister</extracomment>
        <translation>Tasks and deadlines</translation>
    </message>
    <message>
        <source>Superusers and hours</source>
        <extracomment>Dimension of the project. Danish: Superbrugere og timer</extracomment>
        <translation>Superusers and hours</translation>
    </message>
    <message>
        <source>Organisation and stakeholders</source>
        <extracomment>Dimension of the project. Danish: Organisation og interessenter</extracomment>
        <translation>Organisation and stakeholders</translation>
    </message>
    <message>
        <source>Go-live readiness</source>
        <extracomment>Dimension of the project. Danish: Parathed til go-live</extracomment>
        <translation>Go-live readiness</translation>
    </message>
</context>
<context>
    <name>parat::RunbookCli</name>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (late)</translation>
    </message>
    <message>
        <source>%1 has no runbook yet. Create the default one with: parat runbook template</source>
        <translation>%1 has no runbook yet. Create the default one with: parat runbook template</translation>
    </message>
    <message>
        <source>--format must be csv or pdf, not &quot;%1&quot;.</source>
        <translation>--format must be csv or pdf, not &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n step(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n step).</numerusform>
            <numerusform>Wrote %1 (%n steps).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was changed.</source>
        <translation>%1 cannot be read: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>Import runbook</source>
        <translation>Import runbook</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n step(s) into the runbook of %1.</source>
        <translation>
            <numerusform>Imported %n step into the runbook of %1.</numerusform>
            <numerusform>Imported %n steps into the runbook of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has a runbook of %n step(s); add --replace to replace it.</source>
        <translation>
            <numerusform>%1 already has a runbook of %n step; add --replace to replace it.</numerusform>
            <numerusform>%1 already has a runbook of %n steps; add --replace to replace it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the default runbook</source>
        <translation>Create the default runbook</translation>
    </message>
    <message numerus="yes">
        <source>Created the default runbook of %n step(s) for %1.</source>
        <translation>
            <numerusform>Created the default runbook of %n step for %1.</numerusform>
            <numerusform>Created the default runbook of %n steps for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cutover runbook: the steps of the go-live weekend and the weeks around it.</source>
        <translation>The cutover runbook: the steps of the go-live weekend and the weeks around it.</translation>
    </message>
    <message>
        <source>List the steps by start: number, start (T−2d 15:00), day and time, duration, status (marked late when its end has passed), title, owner, depends on and contact.</source>
        <translation>List the steps by start: number, start (T−2d 15:00), day and time, duration, status (marked late when its end has passed), title, owner, depends on and contact.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>csv (the default) or pdf: the printed runbook on A4 landscape</source>
        <translation>csv (the default) or pdf: the printed runbook on A4 landscape</translation>
    </message>
    <message>
        <source>Write the runbook as CSV (to edit in a spreadsheet and import again) or PDF.</source>
        <translation>Write the runbook as CSV (to edit in a spreadsheet and import again) or PDF.</translation>
    </message>
    <message>
        <source>Replace the runbook by the steps of a CSV file. A line that cannot be read, a dependency on a missing step or a cycle stops the import and nothing changes.</source>
        <translation>Replace the runbook by the steps of a CSV file. A line that cannot be read, a dependency on a missing step or a cycle stops the import and nothing changes.</translation>
    </message>
    <message>
        <source>replace a runbook that has steps already</source>
        <translation>replace a runbook that has steps already</translation>
    </message>
    <message>
        <source>Create the default runbook: freeze, last conversion, reconciliation samples, access and roles, smoke test, go/no-go call, first-day support rota and hypercare.</source>
        <translation>Create the default runbook: freeze, last conversion, reconciliation samples, access and roles, smoke test, go/no-go call, first-day support rota and hypercare.</translation>
    </message>
</context>
<context>
    <name>parat::RunbookEditor</name>
    <message>
        <source>The step to change is not in the database.</source>
        <translation>The step to change is not in the database.</translation>
    </message>
    <message>
        <source>The step to remove is not in the database.</source>
        <translation>The step to remove is not in the database.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2 depends on it.</source>
        <translation>%1 cannot be removed: %2 depends on it.</translation>
    </message>
</context>
<context>
    <name>parat::RunbookExport</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Line %1: a quote opens a field that never closes.</source>
        <translation>Line %1: a quote opens a field that never closes.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line (%1) and a line per step.</source>
        <translation>The file is empty: it needs a header line (%1) and a line per step.</translation>
    </message>
    <message>
        <source>Line %1, column %2: &quot;%3&quot; is not a runbook column; the columns are %4.</source>
        <translation>Line %1, column %2: &quot;%3&quot; is not a runbook column; the columns are %4.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the column &quot;%3&quot; is there twice.</source>
        <translation>Line %1, column %2: the column &quot;%3&quot; is there twice.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; is missing.</source>
        <translation>Line %1: the column &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4, not &quot;%5&quot;.</source>
        <translation>Line %1, column %2 (%3): %4, not &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>expected a whole number above 0</source>
        <translation>expected a whole number above 0</translation>
    </message>
    <message>
        <source>expected a title</source>
        <translation>expected a title</translation>
    </message>
    <message>
        <source>expected a start relative to go-live such as T-3d 15:00</source>
        <translation>expected a start relative to go-live such as T-3d 15:00</translation>
    </message>
    <message>
        <source>expected a duration in hours and minutes such as 4:00</source>
        <translation>expected a duration in hours and minutes such as 4:00</translation>
    </message>
    <message>
        <source>expected step numbers separated by commas</source>
        <translation>expected step numbers separated by commas</translation>
    </message>
    <message>
        <source>expected waiting, running, done or problem</source>
        <translation>expected waiting, running, done or problem</translation>
    </message>
    <message>
        <source>expected a time such as 2026-12-31 15:00</source>
        <translation>expected a time such as 2026-12-31 15:00</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>expected a number not used by an earlier line</source>
        <translation>expected a number not used by an earlier line</translation>
    </message>
    <message>
        <source>Cutover runbook %1 %2</source>
        <translation>Cutover runbook %1 %2</translation>
    </message>
    <message>
        <source>Runbook, printed %1</source>
        <translation>Runbook, printed %1</translation>
    </message>
    <message>
        <source>Cutover runbook</source>
        <translation>Cutover runbook</translation>
    </message>
    <message>
        <source>Go-live (T) is %1 at 00:00. Times are local.</source>
        <translation>Go-live (T) is %1 at 00:00. Times are local.</translation>
    </message>
    <message>
        <source>No go-live date is set: steps are shown relative to go-live only.</source>
        <translation>No go-live date is set: steps are shown relative to go-live only.</translation>
    </message>
    <message>
        <source>The runbook has no steps yet.</source>
        <translation>The runbook has no steps yet.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Day and time</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>LATE</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>started %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>ended %1</translation>
    </message>
</context>
<context>
    <name>parat::RunbookNowView</name>
    <message>
        <source>%1. %2 — %3, %4 (%5)</source>
        <translation>%1. %2 — %3, %4 (%5)</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>PROBLEM: %1</translation>
    </message>
    <message>
        <source>%1 — running since %2</source>
        <translation>%1 — running since %2</translation>
    </message>
    <message>
        <source>%1 — not started</source>
        <translation>%1 — not started</translation>
    </message>
    <message>
        <source>    note: %1</source>
        <translation>    note: %1</translation>
    </message>
    <message>
        <source>    contact: %1</source>
        <translation>    contact: %1</translation>
    </message>
    <message>
        <source>Runbook now</source>
        <translation>Runbook now</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · No go-live date: set it for the municipality to place the runbook in time.</source>
        <translation>%1 · No go-live date: set it for the municipality to place the runbook in time.</translation>
    </message>
    <message numerus="yes">
        <source>Should be running now (%n)</source>
        <translation>
            <numerusform>Should be running now (%n)</numerusform>
            <numerusform>Should be running now (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nothing.</translation>
    </message>
    <message numerus="yes">
        <source>LATE: planned end passed, not done (%n)</source>
        <translation>
            <numerusform>LATE: planned end passed, not done (%n)</numerusform>
            <numerusform>LATE: planned end passed, not done (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation>Nothing is late.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>No more steps waiting.</source>
        <translation>No more steps waiting.</translation>
    </message>
</context>
<context>
    <name>parat::RunbookPage</name>
    <message>
        <source>Cutover &amp;runbook (times relative to go-live, T = 00:00 on the go-live day):</source>
        <translation>Cutover &amp;runbook (times relative to go-live, T = 00:00 on the go-live day):</translation>
    </message>
    <message>
        <source>Cutover runbook</source>
        <translation>Cutover runbook</translation>
    </message>
    <message>
        <source>&amp;Add Step…</source>
        <translation>&amp;Add Step…</translation>
    </message>
    <message>
        <source>&amp;Edit Step…</source>
        <translation>&amp;Edit Step…</translation>
    </message>
    <message>
        <source>Re&amp;move Step…</source>
        <translation>Re&amp;move Step…</translation>
    </message>
    <message>
        <source>&amp;Start Now</source>
        <translation>&amp;Start Now</translation>
    </message>
    <message>
        <source>Set the step running, with the actual start now (Ctrl+Shift+S)</source>
        <translation>Set the step running, with the actual start now (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Finish Now</source>
        <translation>&amp;Finish Now</translation>
    </message>
    <message>
        <source>Set the step done, with the actual end now (Ctrl+Shift+F)</source>
        <translation>Set the step done, with the actual end now (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Create &amp;Default Runbook…</source>
        <translation>Create &amp;Default Runbook…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;Print (PDF)…</source>
        <translation>&amp;Print (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Now View</source>
        <translation>&amp;Now View</translation>
    </message>
    <message>
        <source>Large text for the go-live weekend: running, late, next</source>
        <translation>Large text for the go-live weekend: running, late, next</translation>
    </message>
    <message>
        <source>Start step now</source>
        <translation>Start step now</translation>
    </message>
    <message>
        <source>Finish step now</source>
        <translation>Finish step now</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message>
        <source>no go-live date</source>
        <translation>no go-live date</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Remove Step</translation>
    </message>
    <message>
        <source>Remove step %1 &quot;%2&quot; from the runbook? Undo puts it back.</source>
        <translation>Remove step %1 &quot;%2&quot; from the runbook? Undo puts it back.</translation>
    </message>
    <message>
        <source>Create Default Runbook</source>
        <translation>Create Default Runbook</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n step(s) of the runbook by the default runbook? Undo brings them back.</source>
        <translation>
            <numerusform>Replace the %n step of the runbook by the default runbook? Undo brings them back.</numerusform>
            <numerusform>Replace the %n steps of the runbook by the default runbook? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the default runbook</source>
        <translation>Create the default runbook</translation>
    </message>
    <message>
        <source>Import Runbook</source>
        <translation>Import Runbook</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was changed.</source>
        <translation>%1 cannot be read: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n step(s) of the runbook by the %1 of the file? Undo brings them back.</source>
        <translation>
            <numerusform>Replace the %n step of the runbook by the %1 of the file? Undo brings them back.</numerusform>
            <numerusform>Replace the %n steps of the runbook by the %1 of the file? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import runbook</source>
        <translation>Import runbook</translation>
    </message>
    <message>
        <source>Export Runbook</source>
        <translation>Export Runbook</translation>
    </message>
    <message>
        <source>runbook-%1.csv</source>
        <translation>runbook-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Print Runbook as PDF</source>
        <translation>Print Runbook as PDF</translation>
    </message>
    <message>
        <source>runbook-%1.pdf</source>
        <translation>runbook-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>parat::RunbookRepository</name>
    <message>
        <source>The %1 could not be stored</source>
        <translation>The %1 could not be stored</translation>
    </message>
    <message>
        <source>The municipality of the step &quot;%1&quot; is not in the database.</source>
        <translation>The municipality of the step &quot;%1&quot; is not in the database.</translation>
    </message>
    <message>
        <source>The step to change is not in the database.</source>
        <translation>The step to change is not in the database.</translation>
    </message>
    <message>
        <source>The %1 could not be changed</source>
        <translation>The %1 could not be changed</translation>
    </message>
    <message>
        <source>The step to remove is not in the database.</source>
        <translation>The step to remove is not in the database.</translation>
    </message>
    <message>
        <source>The %1 could not be removed</source>
        <translation>The %1 could not be removed</translation>
    </message>
    <message>
        <source>The step to put back has no number.</source>
        <translation>The step to put back has no number.</translation>
    </message>
    <message>
        <source>The %1 cannot be put back: its place is taken.</source>
        <translation>The %1 cannot be put back: its place is taken.</translation>
    </message>
    <message>
        <source>The %1 cannot be put back: its number is taken.</source>
        <translation>The %1 cannot be put back: its number is taken.</translation>
    </message>
    <message>
        <source>The municipality of the runbook is not in the database.</source>
        <translation>The municipality of the runbook is not in the database.</translation>
    </message>
    <message>
        <source>The runbook could not be replaced</source>
        <translation>The runbook could not be replaced</translation>
    </message>
    <message>
        <source>The runbook could not be read</source>
        <translation>The runbook could not be read</translation>
    </message>
</context>
<context>
    <name>parat::RunbookStepDialog</name>
    <message>
        <source>Edit Step %1</source>
        <translation>Edit Step %1</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Add Step</translation>
    </message>
    <message>
        <source>For example: freeze of the old system</source>
        <translation>For example: freeze of the old system</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Days from go-live: −2 is two days before, 0 the go-live day</source>
        <translation>Days from go-live: −2 is two days before, 0 the go-live day</translation>
    </message>
    <message>
        <source>&amp;Day (T±days):</source>
        <translation>&amp;Day (T±days):</translation>
    </message>
    <message>
        <source>T&amp;ime of day:</source>
        <translation>T&amp;ime of day:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Duration, hours</source>
        <translation>Duration, hours</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Duration, minutes</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>Numbers of the steps that must be done first, e.g. 3, 5</source>
        <translation>Numbers of the steps that must be done first, e.g. 3, 5</translation>
    </message>
    <message>
        <source>De&amp;pends on:</source>
        <translation>De&amp;pends on:</translation>
    </message>
    <message>
        <source>Name and phone</source>
        <translation>Name and phone</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm</source>
        <translation>yyyy-mm-dd hh:mm</translation>
    </message>
    <message>
        <source>Actual st&amp;art:</source>
        <translation>Actual st&amp;art:</translation>
    </message>
    <message>
        <source>Actual &amp;end:</source>
        <translation>Actual &amp;end:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Depends on: write the numbers of steps separated by commas, e.g. 3, 5.</source>
        <translation>Depends on: write the numbers of steps separated by commas, e.g. 3, 5.</translation>
    </message>
    <message>
        <source>Actual start: write a time such as 2026-12-31 15:00, or leave it empty.</source>
        <translation>Actual start: write a time such as 2026-12-31 15:00, or leave it empty.</translation>
    </message>
    <message>
        <source>Actual end: write a time such as 2026-12-31 15:00, or leave it empty.</source>
        <translation>Actual end: write a time such as 2026-12-31 15:00, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>parat::RunbookTableModel</name>
    <message>
        <source>%1, late</source>
        <translation>%1, late</translation>
    </message>
    <message>
        <source>(started %1)</source>
        <translation>(started %1)</translation>
    </message>
    <message>
        <source>(ended %1)</source>
        <translation>(ended %1)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Day and time</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>parat::RunbookText</name>
    <message>
        <source>A step needs a title.</source>
        <translation>A step needs a title.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; starts at %2; a runbook reaches from T−%3d 00:00 to T+%4d 23:59.</source>
        <translation>The step &quot;%1&quot; starts at %2; a runbook reaches from T−%3d 00:00 to T+%4d 23:59.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; must last at least one minute and at most %2 days.</source>
        <translation>The step &quot;%1&quot; must last at least one minute and at most %2 days.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; cannot end (%2) before it started (%3).</source>
        <translation>The step &quot;%1&quot; cannot end (%2) before it started (%3).</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>step %1 &quot;%2&quot;</source>
        <translation>step %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; has no number.</source>
        <translation>The step &quot;%1&quot; has no number.</translation>
    </message>
    <message>
        <source>Two steps have the number %1.</source>
        <translation>Two steps have the number %1.</translation>
    </message>
    <message>
        <source>%1 depends on step %2, which is not in the runbook.</source>
        <translation>%1 depends on step %2, which is not in the runbook.</translation>
    </message>
    <message>
        <source>The steps depend on each other in a circle: %1 (%2). Remove one of these dependencies.</source>
        <translation>The steps depend on each other in a circle: %1 (%2). Remove one of these dependencies.</translation>
    </message>
    <message>
        <source>%1 cannot be done before %2 it depends on is done.</source>
        <translation>%1 cannot be done before %2 it depends on is done.</translation>
    </message>
    <message>
        <source>Confirm the cutover plan with the supplier and IT operations</source>
        <translation>Confirm the cutover plan with the supplier and IT operations</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Project leader</translation>
    </message>
    <message>
        <source>Dress rehearsal of the last conversion</source>
        <translation>Dress rehearsal of the last conversion</translation>
    </message>
    <message>
        <source>Conversion lead</source>
        <translation>Conversion lead</translation>
    </message>
    <message>
        <source>Access and roles: user accounts and role assignments checked in DUBU 3.0</source>
        <translation>Access and roles: user accounts and role assignments checked in DUBU 3.0</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>Freeze of the old system: no new registrations</source>
        <translation>Freeze of the old system: no new registrations</translation>
    </message>
    <message>
        <source>System owner</source>
        <translation>System owner</translation>
    </message>
    <message>
        <source>Last conversion: extract from the old system</source>
        <translation>Last conversion: extract from the old system</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Last conversion: load into DUBU 3.0</source>
        <translation>Last conversion: load into DUBU 3.0</translation>
    </message>
    <message>
        <source>Reconciliation samples: 20 cases per unit checked against the old system</source>
        <translation>Reconciliation samples: 20 cases per unit checked against the old system</translation>
    </message>
    <message>
        <source>Superusers</source>
        <translation>Superusers</translation>
    </message>
    <message>
        <source>Smoke test of key work processes: notification, case opening, decision, payment</source>
        <translation>Smoke test of key work processes: notification, case opening, decision, payment</translation>
    </message>
    <message>
        <source>Go/no-go call with the steering group</source>
        <translation>Go/no-go call with the steering group</translation>
    </message>
    <message>
        <source>Project owner</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <source>Open access for all users and send the go-live message</source>
        <translation>Open access for all users and send the go-live message</translation>
    </message>
    <message>
        <source>First-day support rota: superusers on duty in every unit</source>
        <translation>First-day support rota: superusers on duty in every unit</translation>
    </message>
    <message>
        <source>Superuser coordinator</source>
        <translation>Superuser coordinator</translation>
    </message>
    <message>
        <source>End-of-day status meeting after the first day</source>
        <translation>End-of-day status meeting after the first day</translation>
    </message>
    <message>
        <source>Hypercare: daily status meeting and issue list</source>
        <translation>Hypercare: daily status meeting and issue list</translation>
    </message>
    <message>
        <source>End of hypercare: hand over to operations</source>
        <translation>End of hypercare: hand over to operations</translation>
    </message>
</context>
<context>
    <name>parat::SampleHandbook</name>
    <message>
        <source>The bundled sample handbook is missing from this build of Parat.</source>
        <translation>The bundled sample handbook is missing from this build of Parat.</translation>
    </message>
</context>
<context>
    <name>parat::SaveStatusMapping</name>
    <message>
        <source>Save the column mapping &quot;%1&quot;</source>
        <translation>Save the column mapping &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>parat::SavedNotice</name>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Show the folder of the saved file</source>
        <translation>Show the folder of the saved file</translation>
    </message>
</context>
<context>
    <name>parat::SchoolHolidaysDialog</name>
    <message>
        <source>week </source>
        <translation>week </translation>
    </message>
    <message>
        <source>School Holidays of %1</source>
        <translation>School Holidays of %1</translation>
    </message>
    <message>
        <source>The school-holiday weeks, the same ISO weeks every year. Hours set aside are not lowered in them, but the grid marks them and the suggested hours keep their peak out of them: superusers with children are often away.</source>
        <translation>The school-holiday weeks, the same ISO weeks every year. Hours set aside are not lowered in them, but the grid marks them and the suggested hours keep their peak out of them: superusers with children are often away.</translation>
    </message>
    <message>
        <source>Winter holiday</source>
        <translation>Winter holiday</translation>
    </message>
    <message>
        <source>Autumn holiday</source>
        <translation>Autumn holiday</translation>
    </message>
    <message>
        <source>Summer holiday from</source>
        <translation>Summer holiday from</translation>
    </message>
    <message>
        <source>Summer holiday to</source>
        <translation>Summer holiday to</translation>
    </message>
    <message>
        <source>&amp;Winter holiday:</source>
        <translation>&amp;Winter holiday:</translation>
    </message>
    <message>
        <source>Summer holiday &amp;from:</source>
        <translation>Summer holiday &amp;from:</translation>
    </message>
    <message>
        <source>Summer holiday &amp;to:</source>
        <translation>Summer holiday &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Autumn holiday:</source>
        <translation>&amp;Autumn holiday:</translation>
    </message>
</context>
<context>
    <name>parat::ServerAccess</name>
    <message>
        <source>Roles and grants belong to a server database; a file is one person&apos;s plan.</source>
        <translation>Roles and grants belong to a server database; a file is one person&apos;s plan.</translation>
    </message>
    <message>
        <source>%1 is not one of Parat&apos;s roles; use parat_admin, parat_editor or parat_viewer.</source>
        <translation>%1 is not one of Parat&apos;s roles; use parat_admin, parat_editor or parat_viewer.</translation>
    </message>
    <message>
        <source>Parat&apos;s roles are not set up on this server yet; run: parat server init %1</source>
        <translation>Parat&apos;s roles are not set up on this server yet; run: parat server init %1</translation>
    </message>
    <message>
        <source>The server has no user %1; create the login first (createuser %1).</source>
        <translation>The server has no user %1; create the login first (createuser %1).</translation>
    </message>
    <message>
        <source>The plan has no municipality %1.</source>
        <translation>The plan has no municipality %1.</translation>
    </message>
    <message>
        <source>The server has no user %1.</source>
        <translation>The server has no user %1.</translation>
    </message>
</context>
<context>
    <name>parat::ServerBackupDialog</name>
    <message>
        <source>parat-backup-%1.sqlite</source>
        <translation>parat-backup-%1.sqlite</translation>
    </message>
    <message>
        <source>Back up the plan to a file</source>
        <translation>Back up the plan to a file</translation>
    </message>
    <message>
        <source>Parat database (*.sqlite)</source>
        <translation>Parat database (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the plan …</source>
        <translation>Backing up the plan …</translation>
    </message>
    <message numerus="yes">
        <source>The plan was backed up to %1 and verified: %n table(s), %2 rows. The checksums are kept beside it in %3; keep the two files together.</source>
        <translation>
            <numerusform>The plan was backed up to %1 and verified: %n table(s), %2 rows. The checksums are kept beside it in %3; keep the two files together.</numerusform>
            <numerusform>The plan was backed up to %1 and verified: %n table(s), %2 rows. The checksums are kept beside it in %3; keep the two files together.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the plan from a backup</source>
        <translation>Restore the plan from a backup</translation>
    </message>
    <message>
        <source>Parat backup (*.sqlite);;All files (*)</source>
        <translation>Parat backup (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the whole plan on %1 with the backup taken %2 from %3 (%4 rows)?

Every user of the server sees the backup&apos;s plan from then on; changes made since the backup are lost. Back up the plan as it is now first if you may need it. This cannot be undone with Edit ▸ Undo.</source>
        <translation>Replace the whole plan on %1 with the backup taken %2 from %3 (%4 rows)?

Every user of the server sees the backup&apos;s plan from then on; changes made since the backup are lost. Back up the plan as it is now first if you may need it. This cannot be undone with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Restoring the plan …</source>
        <translation>Restoring the plan …</translation>
    </message>
    <message>
        <source>The plan on %1 is the backup&apos;s again (taken %2), verified table by table.</source>
        <translation>The plan on %1 is the backup&apos;s again (taken %2), verified table by table.</translation>
    </message>
</context>
<context>
    <name>parat::ServerCli</name>
    <message>
        <source>%1 is not the address of a server database; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 is not the address of a server database; write postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>%1 already holds Parat&apos;s schema (database version %2); nothing was changed.</source>
        <translation>%1 already holds Parat&apos;s schema (database version %2); nothing was changed.</translation>
    </message>
    <message>
        <source>Parat&apos;s schema is ready in %1 (database version %2). Put a plan in it with: parat copy FILE %1</source>
        <translation>Parat&apos;s schema is ready in %1 (database version %2). Put a plan in it with: parat copy FILE %1</translation>
    </message>
    <message>
        <source>Team mode: a plan on a PostgreSQL server (docs/team-mode.md).</source>
        <translation>Team mode: a plan on a PostgreSQL server (docs/team-mode.md).</translation>
    </message>
    <message>
        <source>Create Parat&apos;s schema in an empty PostgreSQL database, or bring it up to this version of Parat.
ADDRESS is postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; the password comes from ~/.pgpass or PGPASSWORD, and Parat never stores it.</source>
        <translation>Create Parat&apos;s schema in an empty PostgreSQL database, or bring it up to this version of Parat.
ADDRESS is postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; the password comes from ~/.pgpass or PGPASSWORD, and Parat never stores it.</translation>
    </message>
    <message>
        <source>The roles parat_admin, parat_editor and parat_viewer could not be set up in %1 (the user who runs init must own Parat&apos;s tables and may create roles): %2</source>
        <translation>The roles parat_admin, parat_editor and parat_viewer could not be set up in %1 (the user who runs init must own Parat&apos;s tables and may create roles): %2</translation>
    </message>
    <message>
        <source>The roles parat_admin, parat_editor and parat_viewer and their row-level security are set up; give them to users with: parat server grant USER ROLE [--municipality CODE]</source>
        <translation>The roles parat_admin, parat_editor and parat_viewer and their row-level security are set up; give them to users with: parat server grant USER ROLE [--municipality CODE]</translation>
    </message>
    <message>
        <source>Roles and grants belong to a server database; give the server&apos;s address with --db or PARAT_DB.</source>
        <translation>Roles and grants belong to a server database; give the server&apos;s address with --db or PARAT_DB.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 for every municipality.</source>
        <translation>%1 now has the role %2 for every municipality.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 for municipality %3 (beside any granted before).</source>
        <translation>%1 now has the role %2 for municipality %3 (beside any granted before).</translation>
    </message>
    <message>
        <source>%1 no longer has the role %2 nor any municipality.</source>
        <translation>%1 no longer has the role %2 nor any municipality.</translation>
    </message>
    <message>
        <source>%1 no longer has municipality %2.</source>
        <translation>%1 no longer has municipality %2.</translation>
    </message>
    <message>
        <source>the municipality&apos;s code</source>
        <translation>the municipality&apos;s code</translation>
    </message>
    <message>
        <source>Give a server user one of Parat&apos;s roles: parat_admin (everything), parat_editor (the plan&apos;s data) or parat_viewer (read and print); the user&apos;s other Parat role is taken away.
With --municipality the user sees and changes only the municipalities granted this way (repeat for more); without it, all of them. The server is --db or PARAT_DB.</source>
        <translation>Give a server user one of Parat&apos;s roles: parat_admin (everything), parat_editor (the plan&apos;s data) or parat_viewer (read and print); the user&apos;s other Parat role is taken away.
With --municipality the user sees and changes only the municipalities granted this way (repeat for more); without it, all of them. The server is --db or PARAT_DB.</translation>
    </message>
    <message>
        <source>Take a role and all municipalities from a server user; with --municipality only that municipality (the user keeps the role and sees only the municipalities left).</source>
        <translation>Take a role and all municipalities from a server user; with --municipality only that municipality (the user keeps the role and sees only the municipalities left).</translation>
    </message>
    <message>
        <source>%1 already holds Parat&apos;s schema (database version %2); live updates were set up on %3 tables.</source>
        <translation>%1 already holds Parat&apos;s schema (database version %2); live updates were set up on %3 tables.</translation>
    </message>
</context>
<context>
    <name>parat::ServerConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Open a plan the project group shares on a PostgreSQL server. Ask whoever runs the server for these details.</source>
        <translation>Open a plan the project group shares on a PostgreSQL server. Ask whoever runs the server for these details.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Encryption (sslmode)</source>
        <translation>Encryption (sslmode)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>from ~/.pgpass when empty</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Encryption (sslmode):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Parat never stores the password: it is used for this connection only. The address is remembered without it.</source>
        <translation>Parat never stores the password: it is used for this connection only. The address is remembered without it.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write the server&apos;s name or address.</source>
        <translation>Write the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Write the name of the database on the server.</source>
        <translation>Write the name of the database on the server.</translation>
    </message>
    <message>
        <source>Write your user name on the server.</source>
        <translation>Write your user name on the server.</translation>
    </message>
</context>
<context>
    <name>parat::ServerConnectionBar</name>
    <message>
        <source>The change whose answer the lost connection took was stored on the server.</source>
        <translation>The change whose answer the lost connection took was stored on the server.</translation>
    </message>
    <message>
        <source>The change whose answer the lost connection took was NOT stored on the server. Make it again.</source>
        <translation>The change whose answer the lost connection took was NOT stored on the server. Make it again.</translation>
    </message>
    <message>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Reconnect now</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Reconnect now</translation>
    </message>
    <message>
        <source>The change whose answer the lost connection took was NOT stored on the server. Try again in the banner makes it, or Discard drops it.</source>
        <translation>The change whose answer the lost connection took was NOT stored on the server. Try again in the banner makes it, or Discard drops it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection to the server is lost – reconnecting …&lt;/b&gt; The window is read-only until it is back.</source>
        <translation>&lt;b&gt;The connection to the server is lost – reconnecting …&lt;/b&gt; The window is read-only until it is back.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection to the server is back.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The connection to the server is back.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The change “%1” was not stored; Parat keeps it so it can be made again when the connection is back.</source>
        <translation>The change “%1” was not stored; Parat keeps it so it can be made again when the connection is back.</translation>
    </message>
    <message>
        <source>The change “%1” was not stored. &lt;b&gt;Try again&lt;/b&gt; makes it now (refused, as always, if someone else changed the same item meanwhile); &lt;b&gt;Discard&lt;/b&gt; drops it.</source>
        <translation>The change “%1” was not stored. &lt;b&gt;Try again&lt;/b&gt; makes it now (refused, as always, if someone else changed the same item meanwhile); &lt;b&gt;Discard&lt;/b&gt; drops it.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Try the change again</source>
        <translation>Try the change again</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Discard the change</translation>
    </message>
    <message>
        <source>Makes the change that was not stored, as it was made; it can then be undone.</source>
        <translation>Makes the change that was not stored, as it was made; it can then be undone.</translation>
    </message>
    <message>
        <source>Drops the change that was not stored.</source>
        <translation>Drops the change that was not stored.</translation>
    </message>
</context>
<context>
    <name>parat::SetGoLiveMeeting</name>
    <message>
        <source>Record the go/no-go meeting</source>
        <translation>Record the go/no-go meeting</translation>
    </message>
    <message>
        <source>Remove the go/no-go meeting</source>
        <translation>Remove the go/no-go meeting</translation>
    </message>
</context>
<context>
    <name>parat::SetReportNotes</name>
    <message>
        <source>Set the report light to %1 manually</source>
        <translation>Set the report light to %1 manually</translation>
    </message>
    <message>
        <source>Clear the manual report light</source>
        <translation>Clear the manual report light</translation>
    </message>
    <message>
        <source>Edit report texts</source>
        <translation>Edit report texts</translation>
    </message>
</context>
<context>
    <name>parat::SetTaskStates</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>%1 of %n task</numerusform>
            <numerusform>%1 of %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::SheetsCli</name>
    <message>
        <source>--from must be an ISO week such as 2026-W50 (or 50 for this year), not &quot;%1&quot;.</source>
        <translation>--from must be an ISO week such as 2026-W50 (or 50 for this year), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--weeks must be a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--weeks must be a number from 1 to %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 is given twice.</translation>
    </message>
    <message>
        <source>Say whose sheets with --municipality CODE.</source>
        <translation>Say whose sheets with --municipality CODE.</translation>
    </message>
    <message>
        <source>Give the folder for the sheets with --out-dir DIR.</source>
        <translation>Give the folder for the sheets with --out-dir DIR.</translation>
    </message>
    <message>
        <source>Use --person NAME or --superusers, not both.</source>
        <translation>Use --person NAME or --superusers, not both.</translation>
    </message>
    <message>
        <source>Municipality %1 is not in the database. See: parat municipality list</source>
        <translation>Municipality %1 is not in the database. See: parat municipality list</translation>
    </message>
    <message>
        <source>Municipality %1 could not be read.</source>
        <translation>Municipality %1 could not be read.</translation>
    </message>
    <message>
        <source>%1 has no person named &quot;%2&quot;. The people are: %3</source>
        <translation>%1 has no person named &quot;%2&quot;. The people are: %3</translation>
    </message>
    <message>
        <source>%1 has no superusers.</source>
        <translation>%1 has no superusers.</translation>
    </message>
    <message>
        <source>%1 has no people.</source>
        <translation>%1 has no people.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task sheet(s) for %1 written.</source>
        <translation>
            <numerusform>%n task sheet for %1 written.</numerusform>
            <numerusform>%n task sheets for %1 written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task sheets (PDF): each person&apos;s tasks, hours and communication for a period.</source>
        <translation>Task sheets (PDF): each person&apos;s tasks, hours and communication for a period.</translation>
    </message>
    <message>
        <source>the municipality whose people get task sheets</source>
        <translation>the municipality whose people get task sheets</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>the folder for the sheets (created when missing)</source>
        <translation>the folder for the sheets (created when missing)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>the first ISO week of the period (default: this week)</source>
        <translation>the first ISO week of the period (default: this week)</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>WEEK</translation>
    </message>
    <message>
        <source>the number of weeks (default: 4)</source>
        <translation>the number of weeks (default: 4)</translation>
    </message>
    <message>
        <source>only this person&apos;s sheet</source>
        <translation>only this person&apos;s sheet</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>only the superusers&apos; sheets</source>
        <translation>only the superusers&apos; sheets</translation>
    </message>
    <message>
        <source>--municipality CODE --out-dir DIR [--from WEEK] [--weeks N] [--person NAME] [--superusers]</source>
        <translation>--municipality CODE --out-dir DIR [--from WEEK] [--weeks N] [--person NAME] [--superusers]</translation>
    </message>
    <message>
        <source>Write a task sheet (A4 PDF) for each person of the municipality, or for the superusers or one person, into a folder, one file each: the open tasks they are responsible for or perform that are due in the period (with what each task is and whom to ask), their hours set aside against the hours needed week by week, and the communication they send. WEEK is an ISO week such as 2026-W50. Texts follow --lang.</source>
        <translation>Write a task sheet (A4 PDF) for each person of the municipality, or for the superusers or one person, into a folder, one file each: the open tasks they are responsible for or perform that are due in the period (with what each task is and whom to ask), their hours set aside against the hours needed week by week, and the communication they send. WEEK is an ISO week such as 2026-W50. Texts follow --lang.</translation>
    </message>
</context>
<context>
    <name>parat::ShowPersonTasks</name>
    <message>
        <source>Show &amp;Tasks of %1</source>
        <translation>Show &amp;Tasks of %1</translation>
    </message>
    <message>
        <source>Show &amp;Tasks of a Person</source>
        <translation>Show &amp;Tasks of a Person</translation>
    </message>
    <message>
        <source>Everything this person is responsible for or performs (%1)</source>
        <translation>Everything this person is responsible for or performs (%1)</translation>
    </message>
</context>
<context>
    <name>parat::SpreadsheetExport</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Tasks to Excel</source>
        <translation>Export Tasks to Excel</translation>
    </message>
    <message>
        <source>Export Grid to Excel</source>
        <translation>Export Grid to Excel</translation>
    </message>
    <message>
        <source>Export Status Sheet</source>
        <translation>Export Status Sheet</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open task(s))</source>
        <translation>
            <numerusform>%1 (%n open task)</numerusform>
            <numerusform>%1 (%n open tasks)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in the municipality is responsible for or performs an open task.</source>
        <translation>No one in the municipality is responsible for or performs an open task.</translation>
    </message>
    <message>
        <source>&amp;Whose status sheet:</source>
        <translation>&amp;Whose status sheet:</translation>
    </message>
</context>
<context>
    <name>parat::SpreadsheetReaderText</name>
    <message>
        <source>The part %1 of the workbook is too large to read.</source>
        <translation>The part %1 of the workbook is too large to read.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be unpacked: %2</source>
        <translation>The part %1 of the workbook cannot be unpacked: %2</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged (it cannot be unpacked in full).</source>
        <translation>The part %1 of the workbook is damaged (it cannot be unpacked in full).</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged at line %2: %3</source>
        <translation>The part %1 of the workbook is damaged at line %2: %3</translation>
    </message>
    <message>
        <source>the shared text number %1 does not exist</source>
        <translation>the shared text number %1 does not exist</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date</source>
        <translation>the date &quot;%1&quot; is not a date</translation>
    </message>
    <message>
        <source>the number &quot;%1&quot; is not a number</source>
        <translation>the number &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the date number %1 is outside the calendar</source>
        <translation>the date number %1 is outside the calendar</translation>
    </message>
    <message>
        <source>the cell type &quot;%1&quot; is unknown</source>
        <translation>the cell type &quot;%1&quot; is unknown</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: the row number &quot;%2&quot; is not valid (after row %3).</source>
        <translation>Sheet &quot;%1&quot;: the row number &quot;%2&quot; is not valid (after row %3).</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2: the cell reference &quot;%3&quot; is not valid.</source>
        <translation>Sheet &quot;%1&quot;, row %2: the cell reference &quot;%3&quot; is not valid.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; is damaged at line %2 of its part: %3</source>
        <translation>Sheet &quot;%1&quot; is damaged at line %2 of its part: %3</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2</source>
        <translation>Sheet &quot;%1&quot;, row %2</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2, column %3</source>
        <translation>Sheet &quot;%1&quot;, row %2, column %3</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx): %2</source>
        <translation>%1 is not a readable Excel workbook (.xlsx): %2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no list of sheets (xl/workbook.xml).</source>
        <translation>%1 is not an Excel workbook: it has no list of sheets (xl/workbook.xml).</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; is missing from the workbook (%2).</source>
        <translation>Sheet &quot;%1&quot; is missing from the workbook (%2).</translation>
    </message>
    <message>
        <source>%1 holds no sheets with cells.</source>
        <translation>%1 holds no sheets with cells.</translation>
    </message>
    <message>
        <source>%1 is not a text file (CSV) and not an Excel workbook (.xlsx).</source>
        <translation>%1 is not a text file (CSV) and not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2: a quote opens a field that never closes.</source>
        <translation>Sheet &quot;%1&quot;, row %2: a quote opens a field that never closes.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 is too large to be a status sheet (more than %2 MB).</source>
        <translation>%1 is too large to be a status sheet (more than %2 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>parat::SpreadsheetText</name>
    <message>
        <source>tasks</source>
        <comment>file name: no spaces or special characters</comment>
        <translation>tasks</translation>
    </message>
    <message>
        <source>capacity</source>
        <comment>file name: no spaces or special characters</comment>
        <translation>capacity</translation>
    </message>
</context>
<context>
    <name>parat::SqlText</name>
    <message>
        <source>The database could not run a query: %1</source>
        <translation>The database could not run a query: %1</translation>
    </message>
    <message>
        <source>the disk is full (%1); free some space and try again</source>
        <translation>the disk is full (%1); free some space and try again</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>the file cannot be written (%1)</translation>
    </message>
    <message>
        <source>the database is busy in another program (%1); try again in a moment</source>
        <translation>the database is busy in another program (%1); try again in a moment</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); use a restore point</source>
        <translation>the database file is damaged (%1); use a restore point</translation>
    </message>
    <message>
        <source>the server refuses it: your Parat role (parat_viewer, parat_editor or parat_admin) or your municipalities do not allow this (%1)</source>
        <translation>the server refuses it: your Parat role (parat_viewer, parat_editor or parat_admin) or your municipalities do not allow this (%1)</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderDialog</name>
    <message>
        <source>Edit Stakeholder %1</source>
        <translation>Edit Stakeholder %1</translation>
    </message>
    <message>
        <source>Add Stakeholder</source>
        <translation>Add Stakeholder</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Internal or e&amp;xternal:</source>
        <translation>Internal or e&amp;xternal:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Role in the project:</source>
        <translation>&amp;Role in the project:</translation>
    </message>
    <message>
        <source>&amp;Influence (0-3):</source>
        <translation>&amp;Influence (0-3):</translation>
    </message>
    <message>
        <source>How &amp;affected (0-3):</source>
        <translation>How &amp;affected (0-3):</translation>
    </message>
    <message>
        <source>Quadrant:</source>
        <translation>Quadrant:</translation>
    </message>
    <message>
        <source>&amp;Engagement now:</source>
        <translation>&amp;Engagement now:</translation>
    </message>
    <message>
        <source>&amp;Target engagement:</source>
        <translation>&amp;Target engagement:</translation>
    </message>
    <message>
        <source>Gap:</source>
        <translation>Gap:</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategy:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Next conta&amp;ct:</source>
        <translation>Next conta&amp;ct:</translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation>&amp;Last reviewed:</translation>
    </message>
    <message>
        <source>Stake&amp;holder</source>
        <translation>Stake&amp;holder</translation>
    </message>
    <message>
        <source>What &amp;matters to them:</source>
        <translation>What &amp;matters to them:</translation>
    </message>
    <message>
        <source>&amp;Before go-live:</source>
        <translation>&amp;Before go-live:</translation>
    </message>
    <message>
        <source>&amp;During go-live:</source>
        <translation>&amp;During go-live:</translation>
    </message>
    <message>
        <source>A&amp;fter go-live:</source>
        <translation>A&amp;fter go-live:</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) below target</source>
        <translation>
            <numerusform>%n step below target</numerusform>
            <numerusform>%n steps below target</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderMapText</name>
    <message>
        <source>How affected by the change →</source>
        <translation>How affected by the change →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Influence →</translation>
    </message>
    <message>
        <source>engagement now</source>
        <translation>engagement now</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>Steps from left: %1</source>
        <translation>Steps from left: %1</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderMapWidget</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder map</translation>
    </message>
    <message>
        <source>No stakeholders to show.</source>
        <translation>No stakeholders to show.</translation>
    </message>
    <message>
        <source>%1
%2 (influence %3, affected %4)
Engagement: %5 → %6</source>
        <translation>%1
%2 (influence %3, affected %4)
Engagement: %5 → %6</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s). Tab selects a marker; arrow keys move it.</source>
        <translation>
            <numerusform>%n stakeholder. Tab selects a marker; arrow keys move it.</numerusform>
            <numerusform>%n stakeholders. Tab selects a marker; arrow keys move it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected: %2, influence %3, affected %4, engagement %5, target %6.</source>
        <translation>%1 selected: %2, influence %3, affected %4, engagement %5, target %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s). Tab selects a marker.</source>
        <translation>
            <numerusform>%n stakeholder. Tab selects a marker.</numerusform>
            <numerusform>%n stakeholders. Tab selects a marker.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; influence %2 of 3, affected %3 of 3; engagement %4, target %5</source>
        <translation>%1; influence %2 of 3, affected %3 of 3; engagement %4, target %5</translation>
    </message>
    <message>
        <source>Markers cannot be moved: %1</source>
        <translation>Markers cannot be moved: %1</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderPage</name>
    <message>
        <source>Internal and external</source>
        <translation>Internal and external</translation>
    </message>
    <message>
        <source>Internal only</source>
        <translation>Internal only</translation>
    </message>
    <message>
        <source>External only</source>
        <translation>External only</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Only &amp;below target engagement</source>
        <translation>Only &amp;below target engagement</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Stakeholder &amp;map (drag a marker or use the arrow keys to move it):</source>
        <translation>Stakeholder &amp;map (drag a marker or use the arrow keys to move it):</translation>
    </message>
    <message>
        <source>S&amp;takeholders:</source>
        <translation>S&amp;takeholders:</translation>
    </message>
    <message>
        <source>&amp;Add Stakeholder…</source>
        <translation>&amp;Add Stakeholder…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Export &amp;PNG…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) shown</source>
        <translation>
            <numerusform>%n stakeholder shown</numerusform>
            <numerusform>%n stakeholders shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below target engagement</source>
        <translation>
            <numerusform>%n below target engagement</numerusform>
            <numerusform>%n below target engagement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n communication item(s) name them; those items stay in the plan without a stakeholder. You can undo this.</source>
        <translation>
            <numerusform>Remove %1? %n communication item name them; those items stay in the plan without a stakeholder. You can undo this.</numerusform>
            <numerusform>Remove %1? %n communication items name them; those items stay in the plan without a stakeholder. You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1? You can undo this.</source>
        <translation>Remove %1? You can undo this.</translation>
    </message>
    <message>
        <source>Remove Stakeholder</source>
        <translation>Remove Stakeholder</translation>
    </message>
    <message>
        <source>Stakeholder map - %1 %2</source>
        <translation>Stakeholder map - %1 %2</translation>
    </message>
    <message>
        <source>The map could not be saved as %1.</source>
        <translation>The map could not be saved as %1.</translation>
    </message>
    <message>
        <source>Export Stakeholder Map</source>
        <translation>Export Stakeholder Map</translation>
    </message>
    <message>
        <source>stakeholder-map.png</source>
        <translation>stakeholder-map.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Print Stakeholder Map</source>
        <translation>Print Stakeholder Map</translation>
    </message>
    <message>
        <source>Stakeholder &amp;map:</source>
        <translation>Stakeholder &amp;map:</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderRepository</name>
    <message>
        <source>A stakeholder needs a name.</source>
        <translation>A stakeholder needs a name.</translation>
    </message>
    <message>
        <source>Influence and how affected %1 is must be between 0 and 3.</source>
        <translation>Influence and how affected %1 is must be between 0 and 3.</translation>
    </message>
    <message>
        <source>The municipality of %1 is not in the database.</source>
        <translation>The municipality of %1 is not in the database.</translation>
    </message>
    <message>
        <source>The owner of %1 must be a person of the same municipality.</source>
        <translation>The owner of %1 must be a person of the same municipality.</translation>
    </message>
    <message>
        <source>%1 could not be added</source>
        <translation>%1 could not be added</translation>
    </message>
    <message>
        <source>The stakeholder to change is not in the database.</source>
        <translation>The stakeholder to change is not in the database.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to another municipality.</source>
        <translation>%1 cannot be moved to another municipality.</translation>
    </message>
    <message>
        <source>%1 could not be changed</source>
        <translation>%1 could not be changed</translation>
    </message>
    <message>
        <source>The stakeholder to move is not in the database.</source>
        <translation>The stakeholder to move is not in the database.</translation>
    </message>
    <message>
        <source>The stakeholder to remove is not in the database.</source>
        <translation>The stakeholder to remove is not in the database.</translation>
    </message>
    <message>
        <source>The communication about %1 could not be read</source>
        <translation>The communication about %1 could not be read</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 could not be removed</translation>
    </message>
    <message>
        <source>The stakeholder to put back has no number.</source>
        <translation>The stakeholder to put back has no number.</translation>
    </message>
    <message>
        <source>%1 cannot be put back: the number is used by another stakeholder.</source>
        <translation>%1 cannot be put back: the number is used by another stakeholder.</translation>
    </message>
    <message>
        <source>%1 could not be put back</source>
        <translation>%1 could not be put back</translation>
    </message>
    <message>
        <source>The communication about %1 could not be linked again</source>
        <translation>The communication about %1 could not be linked again</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderTableModel</name>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) below</source>
        <translation>
            <numerusform>%n step below</numerusform>
            <numerusform>%n steps below</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Internal/external</source>
        <translation>Internal/external</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Affected</translation>
    </message>
    <message>
        <source>Engagement now → target</source>
        <translation>Engagement now → target</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderText</name>
    <message>
        <source>Manage closely</source>
        <extracomment>Quadrant of high influence and highly affected. Danish: Ressourcepersoner</extracomment>
        <translation>Manage closely</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <extracomment>Quadrant of high influence, little affected. Danish: Hold tilfredse</extracomment>
        <translation>Keep satisfied</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <extracomment>Quadrant of low influence, highly affected. Danish: Hold informeret</extracomment>
        <translation>Keep informed</translation>
    </message>
    <message>
        <source>Monitor</source>
        <extracomment>Quadrant of low influence, little affected. Danish: Hold øje med (not &quot;external&quot;: anyone can be here)</extracomment>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Involve closely and build ownership</source>
        <translation>Involve closely and build ownership</translation>
    </message>
    <message>
        <source>Consult on key decisions; keep them satisfied</source>
        <translation>Consult on key decisions; keep them satisfied</translation>
    </message>
    <message>
        <source>Inform often about what changes for them</source>
        <translation>Inform often about what changes for them</translation>
    </message>
    <message>
        <source>Monitor; inform when needed</source>
        <translation>Monitor; inform when needed</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Unaware</source>
        <extracomment>Engagement level. Danish: Uvidende</extracomment>
        <translation>Unaware</translation>
    </message>
    <message>
        <source>Resistant</source>
        <extracomment>Engagement level. Danish: Modstræbende</extracomment>
        <translation>Resistant</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>Engagement level. Danish: Neutral</extracomment>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Supportive</source>
        <extracomment>Engagement level. Danish: Støttende</extracomment>
        <translation>Supportive</translation>
    </message>
    <message>
        <source>Leading</source>
        <extracomment>Engagement level. Danish: Førende</extracomment>
        <translation>Leading</translation>
    </message>
    <message>
        <source>Inform</source>
        <extracomment>Strategy ladder. Danish: Informeres</extracomment>
        <translation>Inform</translation>
    </message>
    <message>
        <source>Consult</source>
        <extracomment>Strategy ladder. Danish: Høres</extracomment>
        <translation>Consult</translation>
    </message>
    <message>
        <source>Involve</source>
        <extracomment>Strategy ladder. Danish: Inddrages</extracomment>
        <translation>Involve</translation>
    </message>
    <message>
        <source>Co-ownership</source>
        <extracomment>Strategy ladder. Danish: Medejerskab</extracomment>
        <translation>Co-ownership</translation>
    </message>
    <message>
        <source>Personal dialogue</source>
        <translation>Personal dialogue</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Staff meeting</source>
        <translation>Staff meeting</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Communication status. Danish: Planlagt</extracomment>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Communication status. Danish: Gennemført</extracomment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Communication status. Danish: Aflyst</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>High influence, highly affected</source>
        <translation>High influence, highly affected</translation>
    </message>
    <message>
        <source>High influence, little affected</source>
        <translation>High influence, little affected</translation>
    </message>
    <message>
        <source>Low influence, highly affected</source>
        <translation>Low influence, highly affected</translation>
    </message>
    <message>
        <source>Low influence, little affected</source>
        <translation>Low influence, little affected</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>quadrant name: what places a stakeholder there</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>parat::StatusCli</name>
    <message>
        <source>There is no column &quot;%1&quot; in the header row of sheet &quot;%2&quot; (give its heading or its letters, such as C).</source>
        <translation>There is no column &quot;%1&quot; in the header row of sheet &quot;%2&quot; (give its heading or its letters, such as C).</translation>
    </message>
    <message>
        <source>Say which municipality with --municipality CODE.</source>
        <translation>Say which municipality with --municipality CODE.</translation>
    </message>
    <message>
        <source>--conflicts must be parat or sheet, not &quot;%1&quot;.</source>
        <translation>--conflicts must be parat or sheet, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--min-certainty must be a percentage from 0 to 100.</source>
        <translation>--min-certainty must be a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>--header-row must be a row number from 1.</source>
        <translation>--header-row must be a row number from 1.</translation>
    </message>
    <message>
        <source>--word must be WORD=STATUS with a status code of Parat (not_started, in_progress, waiting, done, not_relevant), not &quot;%1&quot;.</source>
        <translation>--word must be WORD=STATUS with a status code of Parat (not_started, in_progress, waiting, done, not_relevant), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no saved column mapping &quot;%1&quot;. See: parat status mappings</source>
        <translation>There is no saved column mapping &quot;%1&quot;. See: parat status mappings</translation>
    </message>
    <message>
        <source>The file %1 has no sheet &quot;%2&quot;.</source>
        <translation>The file %1 has no sheet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>left out:</source>
        <translation>left out:</translation>
    </message>
    <message>
        <source>, title %1%</source>
        <translation>, title %1%</translation>
    </message>
    <message>
        <source>! %1  Parat: %2 (changed since the sheet: %3); sheet: %4  (%5) → %6</source>
        <translation>! %1  Parat: %2 (changed since the sheet: %3); sheet: %4  (%5) → %6</translation>
    </message>
    <message>
        <source>the sheet&apos;s</source>
        <translation>the sheet&apos;s</translation>
    </message>
    <message>
        <source>Parat&apos;s kept</source>
        <translation>Parat&apos;s kept</translation>
    </message>
    <message>
        <source>Municipality %1 is not in the database. See: parat municipality list</source>
        <translation>Municipality %1 is not in the database. See: parat municipality list</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the sheet has %n error(s).</source>
        <translation>
            <numerusform>Nothing was imported: the sheet has %n error.</numerusform>
            <numerusform>Nothing was imported: the sheet has %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts keep Parat&apos;s status; --conflicts sheet takes the sheet&apos;s.</source>
        <translation>Conflicts keep Parat&apos;s status; --conflicts sheet takes the sheet&apos;s.</translation>
    </message>
    <message>
        <source>Saved the column mapping &quot;%1&quot;.</source>
        <translation>Saved the column mapping &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>The sheet changes no task. Nothing was changed.</source>
        <translation>The sheet changes no task. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the statuses of %n task(s). Restore point taken first: %1</source>
        <translation>
            <numerusform>Imported the statuses of %n task. Restore point taken first: %1</numerusform>
            <numerusform>Imported the statuses of %n tasks. Restore point taken first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No column mapping has been saved yet.</source>
        <translation>No column mapping has been saved yet.</translation>
    </message>
    <message>
        <source>header row %1</source>
        <translation>header row %1</translation>
    </message>
    <message>
        <source>Statuses from spreadsheets: import a status sheet, a KLIK export or any sheet with a status column.</source>
        <translation>Statuses from spreadsheets: import a status sheet, a KLIK export or any sheet with a status column.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>a saved column mapping (default: Parat&apos;s status sheet, or the headings)</source>
        <translation>a saved column mapping (default: Parat&apos;s status sheet, or the headings)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>the sheet to read (default: the first)</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <source>the row with the headings (default: found from the headings)</source>
        <translation>the row with the headings (default: found from the headings)</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ROW</translation>
    </message>
    <message>
        <source>the column of the task key (heading or letters)</source>
        <translation>the column of the task key (heading or letters)</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <source>the column of the task title, to match by title</source>
        <translation>the column of the task title, to match by title</translation>
    </message>
    <message>
        <source>the column of the status</source>
        <translation>the column of the status</translation>
    </message>
    <message>
        <source>the column of the done date</source>
        <translation>the column of the done date</translation>
    </message>
    <message>
        <source>the column of the note</source>
        <translation>the column of the note</translation>
    </message>
    <message>
        <source>the column of &quot;marked in KLIK&quot; (a date or yes)</source>
        <translation>the column of &quot;marked in KLIK&quot; (a date or yes)</translation>
    </message>
    <message>
        <source>a status word of the sheet and Parat&apos;s status code (repeatable)</source>
        <translation>a status word of the sheet and Parat&apos;s status code (repeatable)</translation>
    </message>
    <message>
        <source>WORD=STATUS</source>
        <translation>WORD=STATUS</translation>
    </message>
    <message>
        <source>save the columns and words as a mapping of this name</source>
        <translation>save the columns and words as a mapping of this name</translation>
    </message>
    <message>
        <source>leave out title matches less certain than this (default: 0, all are taken)</source>
        <translation>leave out title matches less certain than this (default: 0, all are taken)</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>whose status wins a conflict (default: parat)</source>
        <translation>whose status wins a conflict (default: parat)</translation>
    </message>
    <message>
        <source>show what would change and write nothing</source>
        <translation>show what would change and write nothing</translation>
    </message>
    <message>
        <source>Import task statuses from a spreadsheet (.xlsx or CSV): Parat&apos;s own status sheet as it comes back, or any sheet with a task key or title and a status column. Shows what changes, what conflicts (changed in Parat after the sheet was made) and which rows fit no task; any unreadable cell stops the import before anything is written. A restore point is taken first.</source>
        <translation>Import task statuses from a spreadsheet (.xlsx or CSV): Parat&apos;s own status sheet as it comes back, or any sheet with a task key or title and a status column. Shows what changes, what conflicts (changed in Parat after the sheet was made) and which rows fit no task; any unreadable cell stops the import before anything is written. A restore point is taken first.</translation>
    </message>
    <message>
        <source>List the saved column mappings.</source>
        <translation>List the saved column mappings.</translation>
    </message>
</context>
<context>
    <name>parat::StatusImportCommandText</name>
    <message numerus="yes">
        <source>The sheet has %n error(s) and was not imported. Nothing has been changed.</source>
        <translation>
            <numerusform>The sheet has %n error and was not imported. Nothing has been changed.</numerusform>
            <numerusform>The sheet has %n errors and was not imported. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet changes no task. Nothing has been changed.</source>
        <translation>The sheet changes no task. Nothing has been changed.</translation>
    </message>
    <message>
        <source>The statuses were not imported because no restore point could be taken first: %1</source>
        <translation>The statuses were not imported because no restore point could be taken first: %1</translation>
    </message>
</context>
<context>
    <name>parat::StatusImportDialog</name>
    <message>
        <source>Left out: %1</source>
        <translation>Left out: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import Statuses</source>
        <translation>Import Statuses</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choose File…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Saved column mapping</source>
        <translation>Saved column mapping</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Saved &amp;mapping:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>Header &amp;row:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Task &amp;key:</source>
        <translation>Task &amp;key:</translation>
    </message>
    <message>
        <source>Task &amp;title:</source>
        <translation>Task &amp;title:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Done on:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Marked in K&amp;LIK:</source>
        <translation>Marked in K&amp;LIK:</translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation>Column of %1</translation>
    </message>
    <message>
        <source>Status words of the sheet</source>
        <translation>Status words of the sheet</translation>
    </message>
    <message>
        <source>Name of the mapping</source>
        <translation>Name of the mapping</translation>
    </message>
    <message>
        <source>KLIK export, superusers&apos; sheet …</source>
        <translation>KLIK export, superusers&apos; sheet …</translation>
    </message>
    <message>
        <source>Save mapping &amp;as:</source>
        <translation>Save mapping &amp;as:</translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping</source>
        <translation>Sa&amp;ve Mapping</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>What the import d&amp;oes (untick a change to leave it out; tick a conflict to take the sheet&apos;s value):</source>
        <translation>What the import d&amp;oes (untick a change to leave it out; tick a conflict to take the sheet&apos;s value):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>In the sheet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <source>Problems in the sheet</source>
        <translation>Problems in the sheet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>(from the headings)</source>
        <translation>(from the headings)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(not mapped)</translation>
    </message>
    <message>
        <source>Parat&apos;s status for &quot;%1&quot;</source>
        <translation>Parat&apos;s status for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Choose a status sheet, a KLIK export or another spreadsheet (.xlsx or CSV).</source>
        <translation>Choose a status sheet, a KLIK export or another spreadsheet (.xlsx or CSV).</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>Nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as it is read now.</source>
        <translation>%1 cannot be imported as it is read now.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %n problem(s). Map the columns and words, or correct the file and choose it again. Nothing has been changed.</source>
        <translation>
            <numerusform>The sheet has %n problem. Map the columns and words, or correct the file and choose it again. Nothing has been changed.</numerusform>
            <numerusform>The sheet has %n problems. Map the columns and words, or correct the file and choose it again. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet changes no task. Nothing has been changed.</source>
        <translation>The sheet changes no task. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Import applies the ticked changes and conflicts as one step you can undo; a restore point is taken first.</source>
        <translation>Nothing has been changed yet. Import applies the ticked changes and conflicts as one step you can undo; a restore point is taken first.</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n (changed in Parat after the sheet was made)</source>
        <translation>
            <numerusform>Conflicts: %n (changed in Parat after the sheet was made)</numerusform>
            <numerusform>Conflicts: %n (changed in Parat after the sheet was made)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes: %n</source>
        <translation>
            <numerusform>Changes: %n</numerusform>
            <numerusform>Changes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without a task: %n</source>
        <translation>
            <numerusform>Without a task: %n</numerusform>
            <numerusform>Without a task: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n</source>
        <translation>
            <numerusform>Unchanged: %n</numerusform>
            <numerusform>Unchanged: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>title, %1%</source>
        <translation>title, %1%</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Parat: %1 (changed: %2). Sheet: %3. %4</source>
        <translation>Parat: %1 (changed: %2). Sheet: %3. %4</translation>
    </message>
    <message>
        <source>The sheet&apos;s value is taken.</source>
        <translation>The sheet&apos;s value is taken.</translation>
    </message>
    <message>
        <source>Parat&apos;s value is kept.</source>
        <translation>Parat&apos;s value is kept.</translation>
    </message>
    <message>
        <source>The column mapping &quot;%1&quot; was saved.</source>
        <translation>The column mapping &quot;%1&quot; was saved.</translation>
    </message>
    <message numerus="yes">
        <source>The statuses of %n task(s) were imported from %1. Edit ▸ Undo takes them back; a restore point was taken first (%2).</source>
        <translation>
            <numerusform>The statuses of %n task were imported from %1. Edit ▸ Undo takes them back; a restore point was taken first (%2).</numerusform>
            <numerusform>The statuses of %n tasks were imported from %1. Edit ▸ Undo takes them back; a restore point was taken first (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a municipality first: statuses are imported into the municipality shown.</source>
        <translation>Choose a municipality first: statuses are imported into the municipality shown.</translation>
    </message>
</context>
<context>
    <name>parat::StatusImportService</name>
    <message numerus="yes">
        <source>The title fits %n task(s) equally well: %1.</source>
        <translation>
            <numerusform>The title fits %n task equally well: %1.</numerusform>
            <numerusform>The title fits %n tasks equally well: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No task has this key or a title like it.</source>
        <translation>No task has this key or a title like it.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>status</source>
        <comment>file name: no spaces or special characters</comment>
        <translation>status</translation>
    </message>
    <message>
        <source>The file %1 has no sheet &quot;%2&quot;.</source>
        <translation>The file %1 has no sheet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Say which column holds the task key or the task title.</source>
        <translation>Say which column holds the task key or the task title.</translation>
    </message>
    <message>
        <source>Say which column holds the status (or the done date, note or KLIK mark).</source>
        <translation>Say which column holds the status (or the done date, note or KLIK mark).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not the time of an export.</source>
        <translation>%1: &quot;%2&quot; is not the time of an export.</translation>
    </message>
    <message>
        <source>%1: the status &quot;%2&quot; is not one of Parat&apos;s; map it to a status.</source>
        <translation>%1: the status &quot;%2&quot; is not one of Parat&apos;s; map it to a status.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write it as 24-12-2026 or 2026-12-24).</source>
        <translation>%1: &quot;%2&quot; is not a date (write it as 24-12-2026 or 2026-12-24).</translation>
    </message>
    <message>
        <source>%1: the done date %2 is after today.</source>
        <translation>%1: the done date %2 is after today.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither a date nor yes (x, ja, yes).</source>
        <translation>%1: &quot;%2&quot; is neither a date nor yes (x, ja, yes).</translation>
    </message>
    <message>
        <source>No current task has the key %1.</source>
        <translation>No current task has the key %1.</translation>
    </message>
    <message>
        <source>The task %1 is already in row %2.</source>
        <translation>The task %1 is already in row %2.</translation>
    </message>
    <message>
        <source>Set to &quot;%1&quot; in the sheet %2.</source>
        <translation>Set to &quot;%1&quot; in the sheet %2.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Done on: %1</source>
        <translation>Done on: %1</translation>
    </message>
    <message>
        <source>Marked in KLIK: %1</source>
        <translation>Marked in KLIK: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4.</source>
        <translation>%1, %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a task</source>
        <translation>
            <numerusform>%n row without a task</numerusform>
            <numerusform>%n rows without a task</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::StatusMappingRepository</name>
    <message>
        <source>Give the column mapping a name of 1 to 80 characters.</source>
        <translation>Give the column mapping a name of 1 to 80 characters.</translation>
    </message>
    <message>
        <source>Saving the column mapping</source>
        <translation>Saving the column mapping</translation>
    </message>
    <message>
        <source>Removing the column mapping</source>
        <translation>Removing the column mapping</translation>
    </message>
</context>
<context>
    <name>parat::StatusReportText</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Performer</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Marked done in KLIK</source>
        <translation>Marked done in KLIK</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (mandatory)</source>
        <translation>%1 (mandatory)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Variance (points)</source>
        <translation>Variance (points)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>(removed person)</source>
        <translation>(removed person)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Status report</translation>
    </message>
    <message>
        <source>The municipality does not exist.</source>
        <translation>The municipality does not exist.</translation>
    </message>
    <message>
        <source>Status report %1</source>
        <translation>Status report %1</translation>
    </message>
    <message>
        <source>Status report: %1 %2</source>
        <translation>Status report: %1 %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Status as of</translation>
    </message>
    <message>
        <source>Handbook version</source>
        <translation>Handbook version</translation>
    </message>
    <message>
        <source>No handbook imported</source>
        <translation>No handbook imported</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Overall status</translation>
    </message>
    <message>
        <source>%1 (set manually; the rules say %2)</source>
        <translation>%1 (set manually; the rules say %2)</translation>
    </message>
    <message>
        <source>Reason for the manual light: %1</source>
        <translation>Reason for the manual light: %1</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Progress against plan</source>
        <translation>Progress against plan</translation>
    </message>
    <message>
        <source>Done %1 of the work, planned by now %2 (variance %3 points).</source>
        <translation>Done %1 of the work, planned by now %2 (variance %3 points).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Other (no theme)</source>
        <translation>Other (no theme)</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>Blocked tasks</source>
        <translation>Blocked tasks</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Due in the next 4 weeks</source>
        <translation>Due in the next 4 weeks</translation>
    </message>
    <message>
        <source>Changes in the last 2 weeks</source>
        <translation>Changes in the last 2 weeks</translation>
    </message>
    <message>
        <source>No changes of status, KLIK marking or deadlines.</source>
        <translation>No changes of status, KLIK marking or deadlines.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message numerus="yes">
        <source>Also %n change(s) of responsible, performer, reasons or notes.</source>
        <translation>
            <numerusform>Also %n change of responsible, performer, reasons or notes.</numerusform>
            <numerusform>Also %n changes of responsible, performer, reasons or notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mandatory tasks not yet marked done in KLIK</source>
        <translation>Mandatory tasks not yet marked done in KLIK</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Go-live date</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>the report sent on %1</source>
        <translation>the report sent on %1</translation>
    </message>
    <message>
        <source>no report sent yet (changes of the last 2 weeks)</source>
        <translation>no report sent yet (changes of the last 2 weeks)</translation>
    </message>
    <message>
        <source>Changes since the report sent on %1</source>
        <translation>Changes since the report sent on %1</translation>
    </message>
    <message>
        <source>Deadlines on a holiday</source>
        <translation>Deadlines on a holiday</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>task, due date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), listed in the appendix</source>
        <translation>
            <numerusform>%n task, listed in the appendix</numerusform>
            <numerusform>%n tasks, listed in the appendix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Status report for the steering group</source>
        <translation>Status report for the steering group</translation>
    </message>
    <message>
        <source>%1 to %2 (since the report sent on %3)</source>
        <translation>%1 to %2 (since the report sent on %3)</translation>
    </message>
    <message>
        <source>%1 to %2 (no report sent yet: the last 2 weeks)</source>
        <translation>%1 to %2 (no report sent yet: the last 2 weeks)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n week(s) to go</source>
        <translation>
            <numerusform>%1 (%2), %n week to go</numerusform>
            <numerusform>%1 (%2), %n weeks to go</numerusform>
        </translation>
    </message>
    <message>
        <source>Project owner and leader</source>
        <translation>Project owner and leader</translation>
    </message>
    <message>
        <source>%1 (owner), %2 (leader)</source>
        <translation>%1 (owner), %2 (leader)</translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation>Traffic lights</translation>
    </message>
    <message>
        <source>Set manually (the rules say %1): %2</source>
        <translation>Set manually (the rules say %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more reason(s) in the appendix)</source>
        <translation>
            <numerusform>%1 (and %n more reason in the appendix)</numerusform>
            <numerusform>%1 (and %n more reasons in the appendix)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>light name: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Progress week by week</source>
        <translation>Progress week by week</translation>
    </message>
    <message>
        <source>Since the previous report</source>
        <translation>Since the previous report</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Done (%1)</translation>
    </message>
    <message>
        <source>Slipped (%1)</source>
        <translation>Slipped (%1)</translation>
    </message>
    <message>
        <source>New tasks released (%1)</source>
        <translation>New tasks released (%1)</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation>Next 4 weeks</translation>
    </message>
    <message>
        <source>Milestones (%1)</source>
        <translation>Milestones (%1)</translation>
    </message>
    <message>
        <source>Mandatory tasks (%1)</source>
        <translation>Mandatory tasks (%1)</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Top risks</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>No open risks.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message numerus="yes">
        <source>%n more open risk(s) in the appendix.</source>
        <translation>
            <numerusform>%n more open risk in the appendix.</numerusform>
            <numerusform>%n more open risks in the appendix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions the steering group must take</source>
        <translation>Decisions the steering group must take</translation>
    </message>
    <message>
        <source>No decisions are waiting.</source>
        <translation>No decisions are waiting.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message numerus="yes">
        <source>%n more decision(s) waiting, in the appendix.</source>
        <translation>
            <numerusform>%n more decision waiting, in the appendix.</numerusform>
            <numerusform>%n more decisions waiting, in the appendix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Biggest problem</source>
        <translation>Biggest problem</translation>
    </message>
    <message>
        <source>Other risks (notes)</source>
        <translation>Other risks (notes)</translation>
    </message>
    <message>
        <source>Other decisions (notes)</source>
        <translation>Other decisions (notes)</translation>
    </message>
    <message>
        <source>From the project leader</source>
        <translation>From the project leader</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Appendix</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), live for %n week(s)</source>
        <translation>
            <numerusform>%1 (%2), live for %n week</numerusform>
            <numerusform>%1 (%2), live for %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::StatusSheetText</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Could not add the status sheet to the workbook.</source>
        <translation>Could not add the status sheet to the workbook.</translation>
    </message>
    <message>
        <source>Choose one of the statuses in the list.</source>
        <translation>Choose one of the statuses in the list.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Write a date, for example 24-12-2026.</source>
        <translation>Write a date, for example 24-12-2026.</translation>
    </message>
    <message>
        <source>Could not write the status sheet: %1</source>
        <translation>Could not write the status sheet: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Marked in KLIK</source>
        <translation>Marked in KLIK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>parat::SuperuserDialog</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Colleagues (caseworkers) this superuser trains and supports</source>
        <translation>Colleagues (caseworkers) this superuser trains and supports</translation>
    </message>
    <message>
        <source>Case&amp;workers covered:</source>
        <translation>Case&amp;workers covered:</translation>
    </message>
    <message>
        <source>A&amp;ppointed on:</source>
        <translation>A&amp;ppointed on:</translation>
    </message>
    <message>
        <source>T&amp;rained on:</source>
        <translation>T&amp;rained on:</translation>
    </message>
    <message>
        <source>Acti&amp;ve until:</source>
        <translation>Acti&amp;ve until:</translation>
    </message>
</context>
<context>
    <name>parat::SuperuserPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Caseworkers</source>
        <translation>Caseworkers</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>In KLIK</source>
        <translation>In KLIK</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trained on</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Active until</translation>
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
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;People and superuser details:</source>
        <translation>&amp;People and superuser details:</translation>
    </message>
    <message>
        <source>People and superuser details</source>
        <translation>People and superuser details</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>Edit &amp;Details…</translation>
    </message>
    <message>
        <source>&amp;Suggest Hours…</source>
        <translation>&amp;Suggest Hours…</translation>
    </message>
    <message>
        <source>Replace the hours of the selected person (or of all superusers) with the suggested plan: about 20 % of 37 hours in the project, 50 % around go-live, 10 % after, 5 % in steady state</source>
        <translation>Replace the hours of the selected person (or of all superusers) with the suggested plan: about 20 % of 37 hours in the project, 50 % around go-live, 10 % after, 5 % in steady state</translation>
    </message>
    <message>
        <source>Assign Pe&amp;rformers…</source>
        <translation>Assign Pe&amp;rformers…</translation>
    </message>
    <message>
        <source>&amp;Hours allocated:</source>
        <translation>&amp;Hours allocated:</translation>
    </message>
    <message>
        <source>Hours allocated</source>
        <translation>Hours allocated</translation>
    </message>
    <message>
        <source>&amp;Add Hours…</source>
        <translation>&amp;Add Hours…</translation>
    </message>
    <message>
        <source>&amp;Edit Hours…</source>
        <translation>&amp;Edit Hours…</translation>
    </message>
    <message>
        <source>Re&amp;move Hours</source>
        <translation>Re&amp;move Hours</translation>
    </message>
    <message>
        <source>Allocated and needed hours per person and week</source>
        <translation>Allocated and needed hours per person and week</translation>
    </message>
    <message>
        <source>Capacity warnings</source>
        <translation>Capacity warnings</translation>
    </message>
    <message>
        <source>Weekly &amp;grid</source>
        <translation>Weekly &amp;grid</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>&amp;Warnings</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No warnings: everyone has the hours they need.</source>
        <translation>No warnings: everyone has the hours they need.</translation>
    </message>
    <message>
        <source>&amp;Warnings (%1)</source>
        <translation>&amp;Warnings (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n superuser(s)</source>
        <translation>
            <numerusform>%n superuser</numerusform>
            <numerusform>%n superusers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hours allocated to %1:</source>
        <translation>&amp;Hours allocated to %1:</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message>
        <source>The suggested hours are planned around go-live: give %1 a go-live date first.</source>
        <translation>The suggested hours are planned around go-live: give %1 a go-live date first.</translation>
    </message>
    <message>
        <source>There are no superusers to plan hours for. Give people the SU role first.</source>
        <translation>There are no superusers to plan hours for. Give people the SU role first.</translation>
    </message>
    <message numerus="yes">
        <source>This replaces %n period(s) already allocated.</source>
        <translation>
            <numerusform>This replaces %n period already allocated.</numerusform>
            <numerusform>This replaces %n periods already allocated.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can edit the hours afterwards, and undo this.</source>
        <translation>You can edit the hours afterwards, and undo this.</translation>
    </message>
    <message>
        <source>Suggest Hours</source>
        <translation>Suggest Hours</translation>
    </message>
    <message>
        <source>Schoo&amp;l Holidays…</source>
        <translation>Schoo&amp;l Holidays…</translation>
    </message>
    <message>
        <source>The municipality&apos;s school-holiday weeks, marked in the grid</source>
        <translation>The municipality&apos;s school-holiday weeks, marked in the grid</translation>
    </message>
    <message>
        <source>Give %1 the suggested hours from %2 to %3 (about 20 % of 37 hours in the project, 50 % around go-live, 10 % after, 5 % in steady state; the 50 % weeks stay out of holiday weeks)?</source>
        <translation>Give %1 the suggested hours from %2 to %3 (about 20 % of 37 hours in the project, 50 % around go-live, 10 % after, 5 % in steady state; the 50 % weeks stay out of holiday weeks)?</translation>
    </message>
    <message>
        <source>E&amp;xport Grid to Excel…</source>
        <translation>E&amp;xport Grid to Excel…</translation>
    </message>
    <message>
        <source>The hours allocated, needed and free of each person and week as an Excel workbook</source>
        <translation>The hours allocated, needed and free of each person and week as an Excel workbook</translation>
    </message>
</context>
<context>
    <name>parat::SuperuserText</name>
    <message>
        <source>Over-allocated</source>
        <translation>Over-allocated</translation>
    </message>
    <message>
        <source>Needed, nothing allocated</source>
        <translation>Needed, nothing allocated</translation>
    </message>
    <message>
        <source>More than 37 hours</source>
        <translation>More than 37 hours</translation>
    </message>
    <message>
        <source>Not registered in KLIK</source>
        <translation>Not registered in KLIK</translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation>Not trained</translation>
    </message>
    <message>
        <source>Too many caseworkers per superuser</source>
        <translation>Too many caseworkers per superuser</translation>
    </message>
    <message>
        <source>Trained late</source>
        <translation>Trained late</translation>
    </message>
    <message>
        <source>Go-live in holidays</source>
        <translation>Go-live in holidays</translation>
    </message>
</context>
<context>
    <name>parat::TaskDetailPane</name>
    <message>
        <source>Select a task in the list to see and change its details.</source>
        <translation>Select a task in the list to see and change its details.</translation>
    </message>
    <message>
        <source>Withdrawn: this task is no longer in the handbook. It is kept with its state and history.</source>
        <translation>Withdrawn: this task is no longer in the handbook. It is kept with its state and history.</translation>
    </message>
    <message>
        <source>Phase and theme:</source>
        <translation>Phase and theme:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Released:</source>
        <translation>Released:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Estimate:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <source>State in this municipality</source>
        <translation>State in this municipality</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <source>Perf&amp;ormer:</source>
        <translation>Perf&amp;ormer:</translation>
    </message>
    <message>
        <source>Use hand&amp;book date</source>
        <translation>Use hand&amp;book date</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <source>Marked in KL&amp;IK:</source>
        <translation>Marked in KL&amp;IK:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>Histor&amp;y:</translation>
    </message>
    <message>
        <source>History of the task</source>
        <translation>History of the task</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;New local task…</source>
        <translation>&amp;New local task…</translation>
    </message>
    <message>
        <source>Edit local tas&amp;k…</source>
        <translation>Edit local tas&amp;k…</translation>
    </message>
    <message>
        <source>De&amp;lete local task…</source>
        <translation>De&amp;lete local task…</translation>
    </message>
    <message>
        <source>the change failed.</source>
        <translation>the change failed.</translation>
    </message>
    <message>
        <source>This task was changed while you were editing it. Apply stores your changes over it; Revert shows what is stored now.</source>
        <translation>This task was changed while you were editing it. Apply stores your changes over it; Revert shows what is stored now.</translation>
    </message>
    <message>
        <source>local task</source>
        <translation>local task</translation>
    </message>
    <message>
        <source>responsible %1, performer %2</source>
        <translation>responsible %1, performer %2</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>from the start</translation>
    </message>
    <message>
        <source>changed for this municipality</source>
        <translation>changed for this municipality</translation>
    </message>
    <message>
        <source>no date until the municipality has a go-live date</source>
        <translation>no date until the municipality has a go-live date</translation>
    </message>
    <message>
        <source>%1 hours per person</source>
        <translation>%1 hours per person</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>(unknown person)</source>
        <translation>(unknown person)</translation>
    </message>
    <message>
        <source>Required for &quot;%1&quot;</source>
        <translation>Required for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Write a reason: a task set to &quot;%1&quot; needs one.</source>
        <translation>Write a reason: a task set to &quot;%1&quot; needs one.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Change reason</source>
        <translation>Change reason</translation>
    </message>
    <message>
        <source>Change responsible</source>
        <translation>Change responsible</translation>
    </message>
    <message>
        <source>Change performer</source>
        <translation>Change performer</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Change due date</translation>
    </message>
    <message>
        <source>Change KLIK marking</source>
        <translation>Change KLIK marking</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Change note</translation>
    </message>
    <message numerus="yes">
        <source>Change %n field(s)</source>
        <translation>
            <numerusform>Change %n field</numerusform>
            <numerusform>Change %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Performer</translation>
    </message>
    <message>
        <source>Due date override</source>
        <translation>Due date override</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Marked in KLIK</source>
        <translation>Marked in KLIK</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>Delete the local task %1 &quot;%2&quot; with its state and %n history entries? You can undo this.</source>
        <translation>
            <numerusform>Delete the local task %1 &quot;%2&quot; with its state and %n history entry? You can undo this.</numerusform>
            <numerusform>Delete the local task %1 &quot;%2&quot; with its state and %n history entries? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the local task %1 &quot;%2&quot;? You can undo this.</source>
        <translation>Delete the local task %1 &quot;%2&quot;? You can undo this.</translation>
    </message>
    <message>
        <source>Delete Local Task</source>
        <translation>Delete Local Task</translation>
    </message>
    <message>
        <source>Not mar&amp;ked</source>
        <translation>Not mar&amp;ked</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved yet. Save them?</source>
        <translation>The changes to %1 are not saved yet. Save them?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>The changes to %1 were not saved: %2</source>
        <translation>The changes to %1 were not saved: %2</translation>
    </message>
</context>
<context>
    <name>parat::TaskFilterBar</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Fi&amp;nd:</translation>
    </message>
    <message>
        <source>Key, title, description or person (Ctrl+F)</source>
        <translation>Key, title, description or person (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find tasks</source>
        <translation>Find tasks</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rson:</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>Person filter</translation>
    </message>
    <message>
        <source>Tasks the person is responsible for or performs</source>
        <translation>Tasks the person is responsible for or performs</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation>Due this &amp;week</translation>
    </message>
    <message>
        <source>Due in the next &amp;4 weeks</source>
        <translation>Due in the next &amp;4 weeks</translation>
    </message>
    <message>
        <source>Hide &amp;closed</source>
        <translation>Hide &amp;closed</translation>
    </message>
    <message>
        <source>Hide tasks that are done or not relevant</source>
        <translation>Hide tasks that are done or not relevant</translation>
    </message>
    <message>
        <source>Show with&amp;drawn</source>
        <translation>Show with&amp;drawn</translation>
    </message>
    <message>
        <source>Show tasks a newer handbook version no longer has</source>
        <translation>Show tasks a newer handbook version no longer has</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>&amp;Group by phase</source>
        <translation>&amp;Group by phase</translation>
    </message>
    <message>
        <source>Sort by phase, then due date</source>
        <translation>Sort by phase, then due date</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Ph&amp;ase: %1</source>
        <translation>Ph&amp;ase: %1</translation>
    </message>
    <message>
        <source>&amp;Theme: %1</source>
        <translation>&amp;Theme: %1</translation>
    </message>
    <message>
        <source>Stat&amp;us: %1</source>
        <translation>Stat&amp;us: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n task(s)</source>
        <translation>
            <numerusform>Showing %1 of %n task</numerusform>
            <numerusform>Showing %1 of %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <source>Phase filter: every phase is shown. Opens a menu of phases.</source>
        <translation>Phase filter: every phase is shown. Opens a menu of phases.</translation>
    </message>
    <message>
        <source>Phase filter: shows only %1. Opens a menu of phases.</source>
        <translation>Phase filter: shows only %1. Opens a menu of phases.</translation>
    </message>
    <message>
        <source>Theme filter: every theme is shown. Opens a menu of themes.</source>
        <translation>Theme filter: every theme is shown. Opens a menu of themes.</translation>
    </message>
    <message>
        <source>Theme filter: shows only %1. Opens a menu of themes.</source>
        <translation>Theme filter: shows only %1. Opens a menu of themes.</translation>
    </message>
    <message>
        <source>Status filter: every status is shown. Opens a menu of statuses.</source>
        <translation>Status filter: every status is shown. Opens a menu of statuses.</translation>
    </message>
    <message>
        <source>Status filter: shows only %1. Opens a menu of statuses.</source>
        <translation>Status filter: shows only %1. Opens a menu of statuses.</translation>
    </message>
</context>
<context>
    <name>parat::TaskItemDelegate</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (with reason)…</source>
        <translation>%1 (with reason)…</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Performer</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>parat::TaskRepository</name>
    <message>
        <source>The task is not one of the municipality&apos;s tasks.</source>
        <translation>The task is not one of the municipality&apos;s tasks.</translation>
    </message>
    <message>
        <source>Write a reason when a task is set to &quot;%1&quot;.</source>
        <translation>Write a reason when a task is set to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The responsible person is not one of the municipality&apos;s people.</source>
        <translation>The responsible person is not one of the municipality&apos;s people.</translation>
    </message>
    <message>
        <source>The performer is not one of the municipality&apos;s people.</source>
        <translation>The performer is not one of the municipality&apos;s people.</translation>
    </message>
    <message>
        <source>The task&apos;s history could not be saved</source>
        <translation>The task&apos;s history could not be saved</translation>
    </message>
    <message>
        <source>A local task must belong to a municipality in the database.</source>
        <translation>A local task must belong to a municipality in the database.</translation>
    </message>
    <message>
        <source>A task needs a Danish title.</source>
        <translation>A task needs a Danish title.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; cannot contain spaces, commas or semicolons.</source>
        <translation>The key &quot;%1&quot; cannot contain spaces, commas or semicolons.</translation>
    </message>
    <message>
        <source>The estimate of a task must be zero or more hours.</source>
        <translation>The estimate of a task must be zero or more hours.</translation>
    </message>
    <message>
        <source>A task cannot be released after it is due (released in week %1, due in week %2 relative to go-live).</source>
        <translation>A task cannot be released after it is due (released in week %1, due in week %2 relative to go-live).</translation>
    </message>
    <message>
        <source>The key %1 is already used by another task.</source>
        <translation>The key %1 is already used by another task.</translation>
    </message>
    <message>
        <source>The local task could not be added</source>
        <translation>The local task could not be added</translation>
    </message>
    <message>
        <source>The task to change is not one of the municipality&apos;s local tasks.</source>
        <translation>The task to change is not one of the municipality&apos;s local tasks.</translation>
    </message>
    <message>
        <source>The local task could not be changed</source>
        <translation>The local task could not be changed</translation>
    </message>
    <message>
        <source>The task to remove is not one of the municipality&apos;s local tasks.</source>
        <translation>The task to remove is not one of the municipality&apos;s local tasks.</translation>
    </message>
    <message>
        <source>The local task could not be removed</source>
        <translation>The local task could not be removed</translation>
    </message>
    <message>
        <source>The task&apos;s state could not be read</source>
        <translation>The task&apos;s state could not be read</translation>
    </message>
    <message>
        <source>The local task %1 cannot be put back: its key or number is used by another task.</source>
        <translation>The local task %1 cannot be put back: its key or number is used by another task.</translation>
    </message>
    <message>
        <source>The local task could not be put back</source>
        <translation>The local task could not be put back</translation>
    </message>
    <message>
        <source>The task&apos;s state could not be put back</source>
        <translation>The task&apos;s state could not be put back</translation>
    </message>
    <message>
        <source>The task&apos;s history could not be put back</source>
        <translation>The task&apos;s history could not be put back</translation>
    </message>
</context>
<context>
    <name>parat::TaskSheet</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>Your part</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>nobody named yet</source>
        <translation>nobody named yet</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No description in the handbook.</source>
        <translation>No description in the handbook.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 short</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 free</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (done)</translation>
    </message>
    <message>
        <source>Task sheet – %1</source>
        <translation>Task sheet – %1</translation>
    </message>
    <message>
        <source>Task sheet %1</source>
        <translation>Task sheet %1</translation>
    </message>
    <message>
        <source>Tasks of %1</source>
        <translation>Tasks of %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Project leader</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Your tasks</source>
        <translation>Your tasks</translation>
    </message>
    <message>
        <source>No open tasks are due in this period.</source>
        <translation>No open tasks are due in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s) due by %1, %2 in all. Tasks due before the period and not done are marked overdue.</source>
        <translation>
            <numerusform>%n open task due by %1, %2 in all. Tasks due before the period and not done are marked overdue.</numerusform>
            <numerusform>%n open tasks due by %1, %2 in all. Tasks due before the period and not done are marked overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hours</source>
        <translation>Your hours</translation>
    </message>
    <message>
        <source>Hours set aside for the project (after public holidays) against the hours your tasks need, week by week, as the superuser plan counts them.</source>
        <translation>Hours set aside for the project (after public holidays) against the hours your tasks need, week by week, as the superuser plan counts them.</translation>
    </message>
    <message>
        <source>Communication you send</source>
        <translation>Communication you send</translation>
    </message>
    <message>
        <source>No communication planned for you to send in this period.</source>
        <translation>No communication planned for you to send in this period.</translation>
    </message>
    <message>
        <source>%1 exists and is not a PDF; Parat leaves it alone. Move it or choose another folder.</source>
        <translation>%1 exists and is not a PDF; Parat leaves it alone. Move it or choose another folder.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The task sheet of %1 failed: %2</source>
        <translation>The task sheet of %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>parat::TaskSheetDialog</name>
    <message>
        <source>Task Sheets</source>
        <translation>Task Sheets</translation>
    </message>
    <message>
        <source>Whose task sheets</source>
        <translation>Whose task sheets</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>All people</translation>
    </message>
    <message>
        <source>All superusers</source>
        <translation>All superusers</translation>
    </message>
    <message>
        <source>First week (ISO week, such as 2026-W50)</source>
        <translation>First week (ISO week, such as 2026-W50)</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Number of weeks</translation>
    </message>
    <message>
        <source>Folder for the task sheets</source>
        <translation>Folder for the task sheets</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Whose:</translation>
    </message>
    <message>
        <source>&amp;From week:</source>
        <translation>&amp;From week:</translation>
    </message>
    <message>
        <source>&amp;Number of weeks:</source>
        <translation>&amp;Number of weeks:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Task sheets written</source>
        <translation>Task sheets written</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>W&amp;rite Task Sheets</source>
        <translation>W&amp;rite Task Sheets</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Write the first week as an ISO week, such as 2026-W50.</source>
        <translation>Write the first week as an ISO week, such as 2026-W50.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>The first week must be an ISO week, such as 2026-W50.</source>
        <translation>The first week must be an ISO week, such as 2026-W50.</translation>
    </message>
    <message>
        <source>Choose the folder for the task sheets.</source>
        <translation>Choose the folder for the task sheets.</translation>
    </message>
    <message>
        <source>Choose a municipality first.</source>
        <translation>Choose a municipality first.</translation>
    </message>
    <message>
        <source>There is nobody to write a task sheet for.</source>
        <translation>There is nobody to write a task sheet for.</translation>
    </message>
    <message>
        <source>Writing the task sheet of %1…</source>
        <translation>Writing the task sheet of %1…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n task sheet(s).</source>
        <translation>
            <numerusform>Stopped after %n task sheet.</numerusform>
            <numerusform>Stopped after %n task sheets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::TaskTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (withdrawn)</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Performer</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation>Weeks left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Marked in KLIK</source>
        <translation>Marked in KLIK</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Set responsible</source>
        <translation>Set responsible</translation>
    </message>
    <message>
        <source>Set performer</source>
        <translation>Set performer</translation>
    </message>
    <message>
        <source>Due on %1, a %2: offices are closed that day.</source>
        <translation>Due on %1, a %2: offices are closed that day.</translation>
    </message>
    <message>
        <source>%1 – holiday</source>
        <translation>%1 – holiday</translation>
    </message>
    <message>
        <source>Role: %1 (%2)</source>
        <translation>Role: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>parat::TaskWorkbook</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Performer</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Marked done in KLIK</source>
        <translation>Marked done in KLIK</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Week starts</source>
        <translation>Week starts</translation>
    </message>
    <message>
        <source>Hours allocated</source>
        <translation>Hours allocated</translation>
    </message>
    <message>
        <source>Hours needed</source>
        <translation>Hours needed</translation>
    </message>
    <message>
        <source>Hours free</source>
        <translation>Hours free</translation>
    </message>
</context>
<context>
    <name>parat::TasksPage</name>
    <message>
        <source>Set &amp;status</source>
        <translation>Set &amp;status</translation>
    </message>
    <message>
        <source>%1 (with reason)…</source>
        <translation>%1 (with reason)…</translation>
    </message>
    <message>
        <source>Set &amp;performer</source>
        <translation>Set &amp;performer</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Set &amp;status…</translation>
    </message>
    <message>
        <source>Set the status of the selected tasks (Ctrl+Shift+S)</source>
        <translation>Set the status of the selected tasks (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Set &amp;performer…</source>
        <translation>Set &amp;performer…</translation>
    </message>
    <message>
        <source>Set the performer of the selected tasks (Ctrl+Shift+P)</source>
        <translation>Set the performer of the selected tasks (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Set performer</source>
        <translation>Set performer</translation>
    </message>
    <message>
        <source>Show task &amp;details</source>
        <translation>Show task &amp;details</translation>
    </message>
    <message>
        <source>Show or hide the task details beside the list (Ctrl+Shift+D)</source>
        <translation>Show or hide the task details beside the list (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>parat::TrendChartText</name>
    <message>
        <source>Too little history to draw the trend yet.</source>
        <translation>Too little history to draw the trend yet.</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Report sent</translation>
    </message>
    <message>
        <source>Progress week by week from %1: %2 % done against %3 % planned by %4. %5</source>
        <translation>Progress week by week from %1: %2 % done against %3 % planned by %4. %5</translation>
    </message>
</context>
<context>
    <name>parat::TrendChartWidget</name>
    <message>
        <source>Progress week by week</source>
        <translation>Progress week by week</translation>
    </message>
</context>
<context>
    <name>parat::TrendText</name>
    <message>
        <source>Too little history for a forecast yet.</source>
        <translation>Too little history for a forecast yet.</translation>
    </message>
    <message>
        <source>All the work is done.</source>
        <translation>All the work is done.</translation>
    </message>
    <message numerus="yes">
        <source>No progress in the last %n week(s): no forecast.</source>
        <translation>
            <numerusform>No progress in the last %n week: no forecast.</numerusform>
            <numerusform>No progress in the last %n weeks: no forecast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the pace of the last %n week(s): not done within five years.</source>
        <translation>
            <numerusform>At the pace of the last %n week: not done within five years.</numerusform>
            <numerusform>At the pace of the last %n weeks: not done within five years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the pace of the last %n week(s): done in %1.</source>
        <translation>
            <numerusform>At the pace of the last %n week: done in %1.</numerusform>
            <numerusform>At the pace of the last %n weeks: done in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::UndoNavigation</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Undo &quot;%1&quot;? This removes the municipality %2 with everything recorded for it.</source>
        <translation>Undo &quot;%1&quot;? This removes the municipality %2 with everything recorded for it.</translation>
    </message>
    <message>
        <source>Redo &quot;%1&quot;? This removes the municipality %2 with everything recorded for it.</source>
        <translation>Redo &quot;%1&quot;? This removes the municipality %2 with everything recorded for it.</translation>
    </message>
    <message numerus="yes">
        <source>Undo &quot;%1&quot;? This removes %n row(s).</source>
        <translation>
            <numerusform>Undo &quot;%1&quot;? This removes %n row.</numerusform>
            <numerusform>Undo &quot;%1&quot;? This removes %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redo &quot;%1&quot;? This removes %n row(s).</source>
        <translation>
            <numerusform>Redo &quot;%1&quot;? This removes %n row.</numerusform>
            <numerusform>Redo &quot;%1&quot;? This removes %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>parat::Vocabulary</name>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Clarification</translation>
    </message>
    <message>
        <source>Readiness build</source>
        <translation>Readiness build</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Benefits and operations</source>
        <translation>Benefits and operations</translation>
    </message>
    <message>
        <source>Project management and organisation</source>
        <translation>Project management and organisation</translation>
    </message>
    <message>
        <source>Business and work processes</source>
        <translation>Business and work processes</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Communication and change management</source>
        <translation>Communication and change management</translation>
    </message>
    <message>
        <source>Technology, access and integrations</source>
        <translation>Technology, access and integrations</translation>
    </message>
    <message>
        <source>Data and conversion</source>
        <translation>Data and conversion</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Go-live and support</source>
        <translation>Go-live and support</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Project owner</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>DUBU project leader</source>
        <translation>DUBU project leader</translation>
    </message>
    <message>
        <source>Manager with staff responsibility</source>
        <translation>Manager with staff responsibility</translation>
    </message>
    <message>
        <source>DUBU system administrator</source>
        <translation>DUBU system administrator</translation>
    </message>
    <message>
        <source>DUBU superuser</source>
        <translation>DUBU superuser</translation>
    </message>
    <message>
        <source>KLIK administrator</source>
        <translation>KLIK administrator</translation>
    </message>
    <message>
        <source>IT department</source>
        <translation>IT department</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Communication/HR</source>
        <translation>Communication/HR</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>parat::XlsxWriter</name>
    <message>
        <source>Could not add the sheet &quot;%1&quot; to the workbook.</source>
        <translation>Could not add the sheet &quot;%1&quot; to the workbook.</translation>
    </message>
    <message>
        <source>Could not write the sheet &quot;%1&quot;: %2</source>
        <translation>Could not write the sheet &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the workbook: %1</source>
        <translation>Could not make a temporary folder for the workbook: %1</translation>
    </message>
    <message>
        <source>Could not start the workbook.</source>
        <translation>Could not start the workbook.</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation>Could not write the workbook: %1</translation>
    </message>
    <message>
        <source>Could not read the workbook back: %1</source>
        <translation>Could not read the workbook back: %1</translation>
    </message>
</context>
<context>
    <name>parat::sql::VersionedRow</name>
    <message>
        <source>The task %1</source>
        <translation>The task %1</translation>
    </message>
    <message>
        <source>The person %1</source>
        <translation>The person %1</translation>
    </message>
    <message>
        <source>The stakeholder %1</source>
        <translation>The stakeholder %1</translation>
    </message>
    <message>
        <source>The risk %1</source>
        <translation>The risk %1</translation>
    </message>
    <message>
        <source>The decision %1</source>
        <translation>The decision %1</translation>
    </message>
    <message>
        <source>The communication activity %1</source>
        <translation>The communication activity %1</translation>
    </message>
    <message>
        <source>The allocation of hours %1</source>
        <translation>The allocation of hours %1</translation>
    </message>
    <message>
        <source>the task has been fetched again</source>
        <translation>the task has been fetched again</translation>
    </message>
    <message>
        <source>the person has been fetched again</source>
        <translation>the person has been fetched again</translation>
    </message>
    <message>
        <source>the stakeholder has been fetched again</source>
        <translation>the stakeholder has been fetched again</translation>
    </message>
    <message>
        <source>the risk has been fetched again</source>
        <translation>the risk has been fetched again</translation>
    </message>
    <message>
        <source>the decision has been fetched again</source>
        <translation>the decision has been fetched again</translation>
    </message>
    <message>
        <source>the activity has been fetched again</source>
        <translation>the activity has been fetched again</translation>
    </message>
    <message>
        <source>the allocation has been fetched again</source>
        <translation>the allocation has been fetched again</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>removed by %1</source>
        <translation>removed by %1</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>changed by %1</translation>
    </message>
    <message>
        <source>changed by %1 at %2</source>
        <translation>changed by %1 at %2</translation>
    </message>
    <message>
        <source>changed by %1 on %2 at %3</source>
        <translation>changed by %1 on %2 at %3</translation>
    </message>
    <message>
        <source>%1 was %2 after you opened it. Your changes are not saved; %3.</source>
        <translation>%1 was %2 after you opened it. Your changes are not saved; %3.</translation>
    </message>
    <message>
        <source>The row&apos;s version could not be read</source>
        <translation>The row&apos;s version could not be read</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>The change could not be saved</translation>
    </message>
    <message>
        <source>The runbook step %1</source>
        <translation>The runbook step %1</translation>
    </message>
    <message>
        <source>The go-live criterion %1</source>
        <translation>The go-live criterion %1</translation>
    </message>
    <message>
        <source>the step has been fetched again</source>
        <translation>the step has been fetched again</translation>
    </message>
    <message>
        <source>the criterion has been fetched again</source>
        <translation>the criterion has been fetched again</translation>
    </message>
    <message>
        <source>The municipality %1</source>
        <translation>The municipality %1</translation>
    </message>
    <message>
        <source>The status report of %1</source>
        <translation>The status report of %1</translation>
    </message>
    <message>
        <source>The go/no-go meeting of %1</source>
        <translation>The go/no-go meeting of %1</translation>
    </message>
    <message>
        <source>The runbook of %1</source>
        <translation>The runbook of %1</translation>
    </message>
    <message>
        <source>the municipality has been fetched again</source>
        <translation>the municipality has been fetched again</translation>
    </message>
    <message>
        <source>the report texts have been fetched again</source>
        <translation>the report texts have been fetched again</translation>
    </message>
    <message>
        <source>the meeting has been fetched again</source>
        <translation>the meeting has been fetched again</translation>
    </message>
    <message>
        <source>the runbook has been fetched again</source>
        <translation>the runbook has been fetched again</translation>
    </message>
</context>
</TS>
