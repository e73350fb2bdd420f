<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>QObject</name>
    <message>
        <source>Parat</source>
        <translation>Parat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>parat::Access</name>
    <message>
        <source>You have read access only to this plan (the role parat_viewer).</source>
        <translation>Du har kun læseadgang til denne plan (rollen parat_viewer).</translation>
    </message>
    <message>
        <source>You have no Parat role on this server; ask an administrator for one (parat server grant).</source>
        <translation>Du har ingen Parat-rolle på denne server; bed en administrator om en (parat server grant).</translation>
    </message>
    <message>
        <source>Only a Parat administrator (the role parat_admin) may do this; you are an editor (parat_editor).</source>
        <translation>Kun en Parat-administrator (rollen parat_admin) må gøre dette; du er redaktør (parat_editor).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ejer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktør</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>læser</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>ingen rolle</translation>
    </message>
</context>
<context>
    <name>parat::AddAllocation</name>
    <message>
        <source>Allocate hours to %1</source>
        <translation>afsættelse af timer til %1</translation>
    </message>
</context>
<context>
    <name>parat::AddCommunicationItem</name>
    <message>
        <source>Add communication &quot;%1&quot;</source>
        <translation>tilføjelse af kommunikationsaktiviteten &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>parat::AddDecision</name>
    <message>
        <source>Add decision %1</source>
        <translation>Tilføj beslutning %1</translation>
    </message>
</context>
<context>
    <name>parat::AddDefaultGoLiveCriteria</name>
    <message>
        <source>Create the default go-live criteria</source>
        <translation>Opret standardkriterierne for go-live</translation>
    </message>
</context>
<context>
    <name>parat::AddGoLiveCriterion</name>
    <message>
        <source>Add go-live criterion %1</source>
        <translation>Tilføj go-live-kriterium %1</translation>
    </message>
</context>
<context>
    <name>parat::AddLocalTask</name>
    <message>
        <source>Add local task &quot;%1&quot;</source>
        <translation>tilføjelse af den lokale opgave &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>parat::AddMunicipality</name>
    <message>
        <source>Add municipality %1</source>
        <translation>tilføjelse af kommunen %1</translation>
    </message>
</context>
<context>
    <name>parat::AddPerson</name>
    <message>
        <source>Add %1</source>
        <translation>tilføjelse af %1</translation>
    </message>
</context>
<context>
    <name>parat::AddRisk</name>
    <message>
        <source>Add risk %1</source>
        <translation>Tilføj risiko %1</translation>
    </message>
</context>
<context>
    <name>parat::AddRunbookStep</name>
    <message>
        <source>Add runbook step %1</source>
        <translation>Tilføj trin %1 til drejebogen</translation>
    </message>
</context>
<context>
    <name>parat::AddStakeholder</name>
    <message>
        <source>Add stakeholder %1</source>
        <translation>tilføjelse af interessenten %1</translation>
    </message>
</context>
<context>
    <name>parat::AllocationDialog</name>
    <message>
        <source>Edit Allocation</source>
        <translation>Rediger afsat tid</translation>
    </message>
    <message>
        <source>Allocate Hours</source>
        <translation>Afsæt timer</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;From week:</source>
        <translation>&amp;Fra uge:</translation>
    </message>
    <message>
        <source>&amp;To week:</source>
        <translation>&amp;Til uge:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>Timer pr. &amp;uge:</translation>
    </message>
    <message>
        <source>%1 % of a 37-hour week</source>
        <translation>%1 % af en arbejdsuge på 37 timer</translation>
    </message>
    <message>
        <source>The manager who agreed to the hours (pick a leader or type a name)</source>
        <translation>Den leder, der har godkendt timerne (vælg en leder, eller skriv et navn)</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Godkendt af:</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Godkendt &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Choose the person the hours are for.</source>
        <translation>Vælg den person, timerne er til.</translation>
    </message>
</context>
<context>
    <name>parat::AllocationRepository</name>
    <message>
        <source>The person of the allocation is not in the database.</source>
        <translation>Personen, som tiden er afsat til, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The allocation of %1 needs a real first and last week.</source>
        <translation>Den afsatte tid for %1 skal have en gyldig første og sidste uge.</translation>
    </message>
    <message>
        <source>The allocation of %1 ends (%2) before it starts (%3).</source>
        <translation>Den afsatte tid for %1 slutter (%2), før den begynder (%3).</translation>
    </message>
    <message>
        <source>The allocation of %1 is longer than five years; split it into shorter periods.</source>
        <translation>Den afsatte tid for %1 strækker sig over mere end fem år; del den op i kortere perioder.</translation>
    </message>
    <message>
        <source>Hours per week must be between 0 and 168 (there are 168 hours in a week).</source>
        <translation>Timer pr. uge skal være mellem 0 og 168 (en uge har 168 timer).</translation>
    </message>
    <message>
        <source>The approver of the allocation of %1 must be a person of the same municipality.</source>
        <translation>Den, der godkender den afsatte tid for %1, skal være en person fra samme kommune.</translation>
    </message>
    <message>
        <source>%1 already has %2 h a week from %3 to %4, which overlaps %5 to %6. Change or remove that period first.</source>
        <translation>%1 har allerede %2 t om ugen afsat fra %3 til %4, hvilket overlapper %5 til %6. Ret eller fjern den periode først.</translation>
    </message>
    <message>
        <source>The allocation could not be stored</source>
        <translation>Den afsatte tid kunne ikke gemmes</translation>
    </message>
    <message>
        <source>The allocation to change is not in the database.</source>
        <translation>Den afsatte tid, der skal ændres, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>An allocation cannot be moved to another person; remove it and add a new one.</source>
        <translation>Afsat tid kan ikke flyttes til en anden person; fjern den, og tilføj en ny.</translation>
    </message>
    <message>
        <source>The allocation could not be changed</source>
        <translation>Den afsatte tid kunne ikke ændres</translation>
    </message>
    <message>
        <source>The allocation to remove is not in the database.</source>
        <translation>Den afsatte tid, der skal fjernes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The allocation could not be removed</source>
        <translation>Den afsatte tid kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The allocation cannot be put back: its number is in use.</source>
        <translation>Den afsatte tid kan ikke genskabes: Nummeret er allerede i brug.</translation>
    </message>
</context>
<context>
    <name>parat::AppContext</name>
    <message>
        <source>The database is open read-only: changes cannot be saved.</source>
        <translation>Databasen er åbnet skrivebeskyttet: ændringer kan ikke gemmes.</translation>
    </message>
    <message>
        <source>The connection to the server is lost: nothing can be changed until it is back (Parat reconnects by itself).</source>
        <translation>Forbindelsen til serveren er afbrudt: intet kan ændres, før den er tilbage (Parat genopretter den selv).</translation>
    </message>
    <message>
        <source>Parat keeps the change: if it turns out not to be stored, the banner offers to make it again (Try again).</source>
        <translation>Parat gemmer ændringen: Viser det sig, at den ikke blev gemt på serveren, tilbyder banneret at foretage den igen (Prøv igen).</translation>
    </message>
    <message>
        <source>Nothing of this change was stored: the connection to the server was lost. Parat reconnects by itself and keeps the change: once the connection is back, Try again in the banner makes it, or Discard drops it.</source>
        <translation>Intet af denne ændring blev gemt: Forbindelsen til serveren blev afbrudt. Parat genopretter selv forbindelsen og beholder ændringen: Når forbindelsen er tilbage, foretager Prøv igen i banneret ændringen, eller Kassér fjerner den.</translation>
    </message>
</context>
<context>
    <name>parat::ApplySuggestedPlan</name>
    <message>
        <source>Apply suggested hours to %1</source>
        <translation>anvendelse af de foreslåede timer for %1</translation>
    </message>
    <message numerus="yes">
        <source>Apply suggested hours to %n people</source>
        <translation>
            <numerusform>anvendelse af de foreslåede timer for %n person</numerusform>
            <numerusform>anvendelse af de foreslåede timer for %n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no suggested plan without a go-live date.</source>
        <translation>Der kan ikke laves et forslag til timer, før kommunen har en go-live-dato.</translation>
    </message>
</context>
<context>
    <name>parat::AssignPerformersDialog</name>
    <message>
        <source>Assign Performers</source>
        <translation>Tildel udførere</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Alle roller</translation>
    </message>
    <message>
        <source>Performer &amp;role:</source>
        <translation>&amp;Udfører (rolle):</translation>
    </message>
    <message>
        <source>Only tasks that are not &amp;done or not relevant</source>
        <translation>&amp;Kun opgaver, der hverken er fuldført eller ikke relevante</translation>
    </message>
    <message>
        <source>The chosen people, &amp;in turn</source>
        <translation>De valgte personer på &amp;skift</translation>
    </message>
    <message>
        <source>&amp;All superusers together (hours shared each week)</source>
        <translation>&amp;Alle superbrugere i fællesskab (timerne deles hver uge)</translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation>Udføres af:</translation>
    </message>
    <message>
        <source>People to assign</source>
        <translation>Personer, der skal tildeles</translation>
    </message>
    <message>
        <source>P&amp;eople:</source>
        <translation>&amp;Personer:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will be performed by all superusers together.</source>
        <translation>
            <numerusform>%n opgave udføres af alle superbrugere i fællesskab.</numerusform>
            <numerusform>%n opgaver udføres af alle superbrugere i fællesskab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will be shared out in turn among %1.</source>
        <translation>
            <numerusform>%n opgave fordeles på skift mellem %1.</numerusform>
            <numerusform>%n opgaver fordeles på skift mellem %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen person(s)</source>
        <translation>
            <numerusform>%n valgt person</numerusform>
            <numerusform>%n valgte personer</numerusform>
        </translation>
    </message>
    <message>
        <source>No task matches the chosen phase and role.</source>
        <translation>Ingen opgaver passer til den valgte fase og rolle.</translation>
    </message>
    <message>
        <source>Tick the people who should perform the tasks, or choose all superusers together.</source>
        <translation>Sæt flueben ved de personer, der skal udføre opgaverne, eller vælg alle superbrugere i fællesskab.</translation>
    </message>
</context>
<context>
    <name>parat::AssignPerformersText</name>
    <message>
        <source>A task to assign is not in the database.</source>
        <translation>En af opgaverne, der skal tildeles, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The tasks already have these performers.</source>
        <translation>Opgaverne har allerede disse udførere.</translation>
    </message>
    <message>
        <source>Assign all superusers</source>
        <translation>Tildel alle superbrugere</translation>
    </message>
    <message>
        <source>Assign performer</source>
        <translation>Tildel udfører</translation>
    </message>
</context>
<context>
    <name>parat::BackupCli</name>
    <message>
        <source>There are no restore points yet.</source>
        <translation>Der er endnu ingen gendannelsespunkter.</translation>
    </message>
    <message>
        <source>List the restore points: id, time taken and why.</source>
        <translation>Vis gendannelsespunkterne: id, tidspunkt og årsag.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1</source>
        <translation>IKKE KONTROLLERET: %1</translation>
    </message>
    <message>
        <source>%1 %2  %3</source>
        <translation>%1 %2  %3</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rækker</translation>
    </message>
    <message>
        <source>SHA-256 of the rows</source>
        <translation>SHA-256 af rækkerne</translation>
    </message>
    <message>
        <source>backup list shows the restore points of a database file; a plan on a server has none. Back it up to a file with: parat --db %1 backup save FILE (or parat copy %1 FILE)</source>
        <translation>backup list viser gendannelsespunkterne for en databasefil; en plan på en server har ingen. Tag en sikkerhedskopi af den i en fil med: parat --db %1 backup save FIL (eller parat copy %1 FIL)</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup %1 (taken %2 from %3) into %4 and verified it: %n table(s), %5 rows, in %6 s.</source>
        <translation>
            <numerusform>Sikkerhedskopien %1 (taget %2 fra %3) er gendannet i %4 og kontrolleret: %n tabel, %5 rækker, på %6 s.</numerusform>
            <numerusform>Sikkerhedskopien %1 (taget %2 fra %3) er gendannet i %4 og kontrolleret: %n tabeller, %5 rækker, på %6 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE must be the name of a new database file.</source>
        <translation>FIL skal være navnet på en ny databasefil.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the plan from %1 to %2 and verified it: %n table(s), %3 rows, in %4 s. The checksums are kept in %5.</source>
        <translation>
            <numerusform>Planen fra %1 er kopieret til %2 og kontrolleret: %n tabel, %3 rækker, på %4 s. Kontrolsummerne ligger i %5.</numerusform>
            <numerusform>Planen fra %1 er kopieret til %2 og kontrolleret: %n tabeller, %3 rækker, på %4 s. Kontrolsummerne ligger i %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore points: taken before database updates, imports, restores and removals. Backups of a plan on a server.</source>
        <translation>Gendannelsespunkter: oprettes før databaseopdateringer, importer, gendannelser og sletninger. Sikkerhedskopier af en plan på en server.</translation>
    </message>
    <message>
        <source>Put a restore point back (the current state is kept as a restore point).
On a server (--db postgresql://…): put a backup FILE made with backup save back as the whole plan. Only an administrator (parat_admin) or the plan&apos;s owner may; the file is verified against its checksums first, and the plan is replaced in one transaction, all or nothing.</source>
        <translation>Gendan et gendannelsespunkt (den nuværende tilstand gemmes som et gendannelsespunkt).
På en server (--db postgresql://…): læg en sikkerhedskopi FIL, taget med backup save, tilbage som hele planen. Kun en administrator (parat_admin) eller planens ejer må; filen kontrolleres først mod sine kontrolsummer, og planen erstattes i én transaktion, helt eller slet ikke.</translation>
    </message>
    <message>
        <source>Write the whole plan (a server&apos;s, with --db postgresql://…) to a new database file FILE and verify it: row count and checksum of every table, kept in FILE.checksums. Never writes over an existing file.</source>
        <translation>Skriv hele planen (en servers, med --db postgresql://…) til en ny databasefil FIL og kontrollér den: antal rækker og kontrolsum for hver tabel, gemt i FIL.checksums. Skriver aldrig over en eksisterende fil.</translation>
    </message>
</context>
<context>
    <name>parat::CalendarCli</name>
    <message>
        <source>--year must be a year from 1583 to 9999, not &quot;%1&quot;.</source>
        <translation>--year skal være et år fra 1583 til 9999, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>default weeks</source>
        <translation>standarduger</translation>
    </message>
    <message>
        <source>Municipality %1 is not in the database. See: parat municipality list</source>
        <translation>Kommune %1 findes ikke i databasen. Se: parat municipality list</translation>
    </message>
    <message>
        <source>Public holidays and customary days off %1</source>
        <translation>Helligdage og sædvanlige fridage %1</translation>
    </message>
    <message>
        <source>Store bededag is no longer a public holiday (abolished from 2024).</source>
        <translation>Store bededag er ikke længere en helligdag (afskaffet fra 2024).</translation>
    </message>
    <message>
        <source>School holidays %1 (%2)</source>
        <translation>Skoleferier %1 (%2)</translation>
    </message>
    <message>
        <source>the year to list</source>
        <translation>året, der skal vises</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>--year YYYY [--municipality CODE]</source>
        <translation>--year ÅÅÅÅ [--municipality KODE]</translation>
    </message>
    <message>
        <source>Use --year to list holidays or --out to write a calendar file, not both.</source>
        <translation>Brug --year for at vise helligdage eller --out for at skrive en kalenderfil, ikke begge.</translation>
    </message>
    <message>
        <source>Say whose calendar with --municipality CODE.</source>
        <translation>Angiv hvis kalender med --municipality KODE.</translation>
    </message>
    <message>
        <source>--out needs a file name, such as plan.ics.</source>
        <translation>--out skal have et filnavn, fx plan.ics.</translation>
    </message>
    <message>
        <source>--person and --releases go with --out FILE.</source>
        <translation>--person og --releases bruges sammen med --out FIL.</translation>
    </message>
    <message>
        <source>Say which year with --year YYYY, or write a calendar file with --out FILE.</source>
        <translation>Angiv året med --year ÅÅÅÅ, eller skriv en kalenderfil med --out FIL.</translation>
    </message>
    <message>
        <source>%1 has no person named &quot;%2&quot;. The people are: %3</source>
        <translation>%1 har ingen person, der hedder &quot;%2&quot;. Personerne er: %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar entry(s) to %1</source>
        <translation>
            <numerusform>Skrev %n kalenderaftale til %1</numerusform>
            <numerusform>Skrev %n kalenderaftaler til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Danish holidays and school-holiday weeks of a year; the plan as a calendar file.</source>
        <translation>Danske helligdage og skoleferieuger i et år; planen som kalenderfil.</translation>
    </message>
    <message>
        <source>with --year: the school holidays of this municipality (default: the usual weeks); with --out: whose plan</source>
        <translation>med --year: kommunens skoleferier (ellers de sædvanlige uger); med --out: hvis plan</translation>
    </message>
    <message>
        <source>write the plan as an iCalendar file (.ics)</source>
        <translation>skriv planen som iCalendar-fil (.ics)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>with --out: only the tasks and communication of this person</source>
        <translation>med --out: kun denne persons opgaver og kommunikation</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>with --out: also the date each task is released</source>
        <translation>med --out: også datoen, hver opgave frigives</translation>
    </message>
    <message>
        <source>--municipality CODE --out FILE [--person NAME] [--releases]</source>
        <translation>--municipality KODE --out FIL [--person NAVN] [--releases]</translation>
    </message>
    <message>
        <source>List the public holidays and customary days off of a year (which lower the hours set aside in their weeks) and the school-holiday weeks. With --out, write the municipality&apos;s task deadlines, milestones, go-live and communication plan as an iCalendar file for Outlook and other calendars; importing a newer file updates the entries instead of adding them again.</source>
        <translation>Vis et års helligdage og sædvanlige fridage (som sænker de afsatte timer i deres uger) og skoleferieugerne. Med --out skrives kommunens opgavefrister, milepæle, idriftsættelsesdato og kommunikationsplan som en iCalendar-fil til Outlook og andre kalendere; når en nyere fil importeres, opdateres aftalerne i stedet for at blive lagt ind igen.</translation>
    </message>
</context>
<context>
    <name>parat::CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Eksporter kalender</translation>
    </message>
    <message>
        <source>The deadlines, milestones, go-live and communication plan as a calendar file for Outlook and other calendars. Importing a newer file updates the entries instead of adding them again.</source>
        <translation>Frister, milepæle, idriftsættelsesdato og kommunikationsplan som en kalenderfil til Outlook og andre kalendere. Når en nyere fil importeres, opdateres aftalerne i stedet for at blive lagt ind igen.</translation>
    </message>
    <message>
        <source>The whole municipality</source>
        <translation>Hele kommunen</translation>
    </message>
    <message>
        <source>&amp;Whose calendar:</source>
        <translation>&amp;Hvis kalender:</translation>
    </message>
    <message>
        <source>Also the date each task is &amp;released</source>
        <translation>Også datoen, hver opgave &amp;frigives</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
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
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <source>Performer: %1</source>
        <translation>Udfører: %1</translation>
    </message>
    <message>
        <source>Due: %1 (%2)</source>
        <translation>Frist: %1 (%2)</translation>
    </message>
    <message>
        <source>Estimate: %1 hours</source>
        <translation>Estimat: %1 timer</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>Milepæl: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (udført)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Released: %1</source>
        <translation>Frigives: %1</translation>
    </message>
    <message>
        <source>Task released</source>
        <translation>Opgave frigivet</translation>
    </message>
    <message>
        <source>Communication: %1</source>
        <translation>Kommunikation: %1</translation>
    </message>
    <message>
        <source>Communication to %1: %2</source>
        <translation>Kommunikation til %1: %2</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Afsender: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Go-live of DUBU 3.0 in %1</source>
        <translation>DUBU 3.0 går i drift i %1</translation>
    </message>
    <message>
        <source>Go-live date: %1 (%2)</source>
        <translation>Idriftsættelsesdato: %1 (%2)</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Idriftsættelse</translation>
    </message>
</context>
<context>
    <name>parat::CalendarRepository</name>
    <message>
        <source>The municipality of these school holidays is not in the database.</source>
        <translation>Kommunen for disse skoleferier findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The school holidays could not be saved</source>
        <translation>Skoleferierne kunne ikke gemmes</translation>
    </message>
</context>
<context>
    <name>parat::CalendarText</name>
    <message>
        <source>week %1</source>
        <translation>uge %1</translation>
    </message>
    <message>
        <source>week %1 %2</source>
        <translation>uge %1 %2</translation>
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
        <translation>Afsatte og nødvendige timer pr. uge</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Afsat</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>! more needed than allocated</source>
        <translation>! større behov end afsat tid</translation>
    </message>
    <message>
        <source>No weeks to show: the municipality needs a go-live date, tasks or allocations.</source>
        <translation>Ingen uger at vise: Kommunen skal have en dato for idriftsættelse, opgaver eller afsat tid.</translation>
    </message>
    <message>
        <source>go-live</source>
        <translation>idriftsættelse</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>parat::CapacityChartWidget</name>
    <message>
        <source>Chart of allocated and needed hours per week</source>
        <translation>Diagram over afsatte og nødvendige timer pr. uge</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) need more hours than allocated</source>
        <translation>
            <numerusform>%n uge kræver flere timer end afsat</numerusform>
            <numerusform>%n uger kræver flere timer end afsat</numerusform>
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
        <translation>Afsat: %1 t</translation>
    </message>
    <message>
        <source>Needed: %1 h</source>
        <translation>Behov: %1 t</translation>
    </message>
    <message>
        <source>Over-allocated: %1 h more needed than allocated</source>
        <translation>Overbooket: Behovet er %1 t større end den afsatte tid</translation>
    </message>
    <message>
        <source>Needed, but no time allocated</source>
        <translation>Behov, men ingen tid afsat</translation>
    </message>
    <message>
        <source>Free: %1 h</source>
        <translation>Ledig: %1 t</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Opgaver:</translation>
    </message>
    <message>
        <source>%1 %2: %3 h</source>
        <translation>%1 %2: %3 t</translation>
    </message>
    <message numerus="yes">
        <source>(shared by %n superuser(s))</source>
        <translation>
            <numerusform>(deles af %n superbruger)</numerusform>
            <numerusform>(deles af %n superbrugere)</numerusform>
        </translation>
    </message>
    <message>
        <source>(per person)</source>
        <translation>(pr. person)</translation>
    </message>
    <message>
        <source>wk %1
%2</source>
        <translation>uge %1
%2</translation>
    </message>
    <message>
        <source>go-live</source>
        <translation>idriftsættelse</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, fra %2</translation>
    </message>
    <message>
        <source>%1 (SU)</source>
        <translation>%1 (SU)</translation>
    </message>
    <message numerus="yes">
        <source>Allocated: %1 h of %2 h set aside, after %n day(s) off</source>
        <translation>
            <numerusform>Afsat: %1 t af %2 t, efter %n fridag</numerusform>
            <numerusform>Afsat: %1 t af %2 t, efter %n fridage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off</source>
        <translation>
            <numerusform>%n fridag</numerusform>
            <numerusform>%n fridage</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours set aside count for %1 of 5 working days.</source>
        <translation>De afsatte timer gælder for %1 af 5 arbejdsdage.</translation>
    </message>
    <message>
        <source>School holiday: superusers with children are often away.</source>
        <translation>Skoleferie: superbrugere med børn holder ofte fri.</translation>
    </message>
    <message>
        <source>Each cell: hours allocated / hours needed that week. %1 free (needs at most %2 % of the time allocated) · %3 tight (needs more than %2 %) · %4 over (needs more than allocated, in bold). The header marks this week and the go-live week.</source>
        <translation>Hver celle: afsatte timer / nødvendige timer i ugen. %1 ledig (behovet er højst %2 % af den afsatte tid) · %3 stramt (behovet er over %2 %) · %4 for lidt tid (behovet er større end den afsatte tid, med fed). Overskriften markerer denne uge og ugen for idriftsættelse.</translation>
    </message>
    <message>
        <source>Tight: only %1 h to spare</source>
        <translation>Stramt: kun %1 t til overs</translation>
    </message>
</context>
<context>
    <name>parat::CapacityText</name>
    <message numerus="yes">
        <source>%1 and %n more period(s)</source>
        <translation>
            <numerusform>%1 og %n periode til</numerusform>
            <numerusform>%1 og %n perioder til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs more hours than allocated in %n week(s): %2. Most over: %3 h in %4.</source>
        <translation>
            <numerusform>%1 har brug for flere timer end afsat i %n uge: %2. Mest overbooket: %3 t i %4.</numerusform>
            <numerusform>%1 har brug for flere timer end afsat i %n uger: %2. Mest overbooket: %3 t i %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %2 h in %n week(s) with no time allocated: %3.</source>
        <translation>
            <numerusform>%1 har brug for %2 t i %n uge uden afsat tid: %3.</numerusform>
            <numerusform>%1 har brug for %2 t i %n uger uden afsat tid: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %2 h allocated in %n week(s) (up to %3 h): %4.</source>
        <translation>
            <numerusform>%1 har mere end %2 t afsat i %n uge (op til %3 t): %4.</numerusform>
            <numerusform>%1 har mere end %2 t afsat i %n uger (op til %3 t): %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a superuser but not registered in KLIK, so the supplier&apos;s support does not answer them.</source>
        <translation>%1 er superbruger, men er ikke registreret i KLIK, så leverandørens support besvarer ikke henvendelser fra vedkommende.</translation>
    </message>
    <message>
        <source>%1 is trained on %2, after the training milestone %3 (%4).</source>
        <translation>%1 er uddannet den %2, efter uddannelsesmilepælen %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not trained, and the training milestone %2 was due %3.</source>
        <translation>%1 er ikke uddannet, og uddannelsesmilepælen %2 havde frist %3.</translation>
    </message>
    <message>
        <source>%1 is not trained yet; the training milestone %2 is due %3.</source>
        <translation>%1 er endnu ikke uddannet; uddannelsesmilepælen %2 har frist %3.</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(ingen enhed)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n superuser(s) for %2 caseworkers (%3 per superuser; at most %4).</source>
        <translation>
            <numerusform>%1: %n superbruger til %2 sagsbehandlere (%3 pr. superbruger; højst %4).</numerusform>
            <numerusform>%1: %n superbrugere til %2 sagsbehandlere (%3 pr. superbruger; højst %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 h set aside after %n day(s) off, %4 h needed</source>
        <translation>
            <numerusform>%1 (%2): %3 t afsat efter %n fridag, %4 t behov</numerusform>
            <numerusform>%1 (%2): %3 t afsat efter %n fridage, %4 t behov</numerusform>
        </translation>
    </message>
    <message>
        <source>Go-live falls in holidays with too few hours: %1.</source>
        <translation>Idriftsættelsen falder i ferie og helligdage med for få timer: %1.</translation>
    </message>
    <message>
        <source>Superusers with children are often away in school holidays.</source>
        <translation>Superbrugere med børn holder ofte fri i skoleferien.</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Idriftsættelse</translation>
    </message>
</context>
<context>
    <name>parat::Cli</name>
    <message>
        <source>No display was found, so Parat&apos;s window cannot open. On a machine without a screen, run it under a virtual display (xvfb-run -a parat), or use the commands that need no window (parat --help).</source>
        <translation>Der blev ikke fundet nogen skærm, så Parats vindue kan ikke åbnes. På en maskine uden skærm kan du køre Parat med en virtuel skærm (xvfb-run -a parat) eller bruge de kommandoer, der ikke kræver et vindue (parat --help).</translation>
    </message>
    <message>
        <source>Run parat --help for usage.</source>
        <translation>Skriv parat --help for at se, hvordan Parat bruges.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Ukendt kommando: %1</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with: parat --db %1 init</source>
        <translation>Der er ingen database i %1. Opret en med: parat --db %1 init</translation>
    </message>
    <message>
        <source>Warning: today&apos;s restore point could not be taken: %1</source>
        <translation>Advarsel: Dagens gendannelsespunkt kunne ikke oprettes: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>sprog for meddelelser</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>vis denne hjælp</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>vis versionen</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 invalid input (nothing changed), 4 database error.</source>
        <translation>Afslutningskoder: 0 gennemført, 2 forkert brug, 3 ugyldige inddata (intet er ændret), 4 databasefejl.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Brug:</translation>
    </message>
    <message>
        <source>Run parat %1 COMMAND --help for the options of a command.</source>
        <translation>Skriv parat %1 KOMMANDO --help for at se en kommandos tilvalg.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tilvalg:</translation>
    </message>
    <message>
        <source>Usage: parat [--db FILE] [--lang da|en] [COMMAND ...]</source>
        <translation>Brug: parat [--db FIL] [--lang da|en] [KOMMANDO ...]</translation>
    </message>
    <message>
        <source>Without a command Parat opens its window.</source>
        <translation>Uden en kommando åbner Parat sit vindue.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Run parat COMMAND --help for the options of a command.</source>
        <translation>Skriv parat KOMMANDO --help for at se en kommandos tilvalg.</translation>
    </message>
    <message>
        <source>%1 needs one of its commands:</source>
        <translation>%1 skal efterfølges af en af sine kommandoer:</translation>
    </message>
    <message>
        <source>Run parat %1 --help for usage.</source>
        <translation>Skriv parat %1 --help for at se, hvordan kommandoen bruges.</translation>
    </message>
    <message>
        <source>%1 takes no further arguments.</source>
        <translation>%1 tager ikke flere argumenter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs exactly %n argument(s): %2</source>
        <translation>
            <numerusform>%1 kræver præcis %n argument: %2</numerusform>
            <numerusform>%1 kræver præcis %n argumenter: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The option --db needs the name of a database file; it is empty.</source>
        <translation>Tilvalget --db kræver navnet på en databasefil; det er tomt.</translation>
    </message>
    <message>
        <source>the database: a file (default: %1) or a server database postgresql://USER@HOST:PORT/NAME; the PARAT_DB environment variable also sets it</source>
        <translation>databasen: en fil (standard: %1) eller en serverdatabase postgresql://BRUGER@VÆRT:PORT/NAVN; miljøvariablen PARAT_DB kan også angive den</translation>
    </message>
</context>
<context>
    <name>parat::CommunicationItemDialog</name>
    <message>
        <source>Edit Communication</source>
        <translation>Rediger kommunikationsaktivitet</translation>
    </message>
    <message>
        <source>Add Communication</source>
        <translation>Tilføj kommunikationsaktivitet</translation>
    </message>
    <message>
        <source>(a target group, named below)</source>
        <translation>(en målgruppe, som angives nedenfor)</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>&amp;Interessent:</translation>
    </message>
    <message>
        <source>For example: all caseworkers</source>
        <translation>For eksempel: alle sagsbehandlere</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>&amp;Anledning:</translation>
    </message>
    <message>
        <source>(no task)</source>
        <translation>(ingen opgave)</translation>
    </message>
    <message>
        <source>Milestone %1 %2</source>
        <translation>Milepæl %1 %2</translation>
    </message>
    <message>
        <source>Ta&amp;sk or milestone:</source>
        <translation>&amp;Opgave eller milepæl:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Budskab:</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 (leader with staff responsibility)</source>
        <translation>%1 (leder med personaleansvar)</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Afse&amp;nder:</translation>
    </message>
    <message>
        <source>&amp;Planned on:</source>
        <translation>&amp;Planlagt til:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>An&amp;svarlig:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Choose a stakeholder or name a target group.</source>
        <translation>Vælg en interessent, eller angiv en målgruppe.</translation>
    </message>
    <message>
        <source>Enter an occasion or a message.</source>
        <translation>Skriv en anledning eller et budskab.</translation>
    </message>
</context>
<context>
    <name>parat::CommunicationPlanModel</name>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Forfalder snart</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Gennemført %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Formål: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Opgave: %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Stakeholder or target group</source>
        <translation>Interessent eller målgruppe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Budskab</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
</context>
<context>
    <name>parat::CommunicationPlanPage</name>
    <message>
        <source>Communication &amp;plan:</source>
        <translation>Kommunikations&amp;plan:</translation>
    </message>
    <message>
        <source>&amp;Hide done and cancelled</source>
        <translation>&amp;Skjul gennemførte og aflyste</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <source>&amp;Add Communication…</source>
        <translation>&amp;Tilføj kommunikationsaktivitet…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>F&amp;jern…</translation>
    </message>
    <message>
        <source>&amp;Mark Done</source>
        <translation>&amp;Marker som gennemført</translation>
    </message>
    <message>
        <source>Mark the selected item done today (Ctrl+Return)</source>
        <translation>Marker den valgte aktivitet som gennemført i dag (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinkede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due in the next 4 weeks</source>
        <translation>
            <numerusform>%n planlagt inden for de næste 4 uger</numerusform>
            <numerusform>%n planlagte inden for de næste 4 uger</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Communication</source>
        <translation>Fjern kommunikationsaktivitet</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the communication plan? You can undo this.</source>
        <translation>Vil du fjerne &quot;%1&quot; fra kommunikationsplanen? Du kan fortryde dette.</translation>
    </message>
</context>
<context>
    <name>parat::CommunicationRepository</name>
    <message>
        <source>A communication item needs a stakeholder or a target group.</source>
        <translation>En kommunikationsaktivitet skal have en interessent eller en målgruppe.</translation>
    </message>
    <message>
        <source>A communication item needs an occasion or a message.</source>
        <translation>En kommunikationsaktivitet skal have en anledning eller et budskab.</translation>
    </message>
    <message>
        <source>The stakeholder of a communication item must be one of the same municipality.</source>
        <translation>Interessenten for en kommunikationsaktivitet skal høre til samme kommune.</translation>
    </message>
    <message>
        <source>The sender and the responsible must be people of the same municipality.</source>
        <translation>Afsenderen og den ansvarlige skal være personer fra samme kommune.</translation>
    </message>
    <message>
        <source>The communication item could not be stored</source>
        <translation>Kommunikationsaktiviteten kunne ikke gemmes</translation>
    </message>
    <message>
        <source>The communication item to change is not in the database.</source>
        <translation>Kommunikationsaktiviteten, der skal ændres, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>A communication item cannot be moved to another municipality.</source>
        <translation>En kommunikationsaktivitet kan ikke flyttes til en anden kommune.</translation>
    </message>
    <message>
        <source>The communication item could not be changed</source>
        <translation>Kommunikationsaktiviteten kunne ikke ændres</translation>
    </message>
    <message>
        <source>The communication item to remove is not in the database.</source>
        <translation>Kommunikationsaktiviteten, der skal fjernes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The communication item could not be removed</source>
        <translation>Kommunikationsaktiviteten kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The communication item cannot be put back: its number is in use.</source>
        <translation>Kommunikationsaktiviteten kan ikke genskabes: Nummeret er allerede i brug.</translation>
    </message>
    <message>
        <source>(removed stakeholder)</source>
        <translation>(fjernet interessent)</translation>
    </message>
</context>
<context>
    <name>parat::CopyCli</name>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Der er ingen databasefil i %1.</translation>
    </message>
    <message>
        <source>%1 already holds a plan; Parat copies only into an empty server database and never writes over a plan.</source>
        <translation>%1 indeholder allerede en plan; Parat kopierer kun til en tom serverdatabase og skriver aldrig over en plan.</translation>
    </message>
    <message>
        <source>%1 already exists; Parat copies only into a new file and never writes over one.</source>
        <translation>%1 findes allerede; Parat kopierer kun til en ny fil og skriver aldrig over en fil.</translation>
    </message>
    <message>
        <source>FROM and TO must each be a database file or a server database address.</source>
        <translation>FROM og TO skal hver være en databasefil eller adressen på en serverdatabase.</translation>
    </message>
    <message>
        <source>FROM and TO are the same database.</source>
        <translation>FROM og TO er den samme database.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the plan from %1 to %2 and verified it: %n table(s), %3 rows, in %4 s.</source>
        <translation>
            <numerusform>Kopierede planen fra %1 til %2 og kontrollerede den: %n tabel, %3 rækker, på %4 s.</numerusform>
            <numerusform>Kopierede planen fra %1 til %2 og kontrollerede den: %n tabeller, %3 rækker, på %4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2  %3 (the same on both sides)</source>
        <translation>%1 %2  %3 (ens på begge sider)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rækker</translation>
    </message>
    <message>
        <source>SHA-256 of the rows</source>
        <translation>SHA-256 af rækkerne</translation>
    </message>
    <message>
        <source>Copy a whole plan between a database file and a server database, and verify the copy.</source>
        <translation>Kopiér en hel plan mellem en databasefil og en serverdatabase, og kontrollér kopien.</translation>
    </message>
    <message>
        <source>Copy a whole plan between a database file and a server database, and verify the copy.
FROM and TO are each a file or a postgresql:// address. TO must be a new file or a server database without a plan. Every table is copied in one transaction and then checked: row count and checksum per table on both sides. A copy that fails or does not match is removed.</source>
        <translation>Kopiér en hel plan mellem en databasefil og en serverdatabase, og kontrollér kopien.
FROM og TO er hver en fil eller en postgresql://-adresse. TO skal være en ny fil eller en serverdatabase uden en plan. Alle tabeller kopieres i én transaktion og kontrolleres derefter: antal rækker og kontrolsum pr. tabel på begge sider. En kopi, der mislykkes eller ikke stemmer, fjernes.</translation>
    </message>
</context>
<context>
    <name>parat::Database</name>
    <message>
        <source>The database file %1 could not be opened: %2</source>
        <translation>Databasefilen %1 kunne ikke åbnes: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>The database file %1 could not be created: %2</source>
        <translation>Databasefilen %1 kunne ikke oprettes: %2</translation>
    </message>
    <message>
        <source>The database file %1 could not be read: %2</source>
        <translation>Databasefilen %1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 is not a Parat database (it is not an SQLite database file). It has not been changed.</source>
        <translation>%1 er ikke en Parat-database (det er ikke en SQLite-databasefil). Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it is cut short). It has not been changed.</source>
        <translation>Databasefilen %1 er beskadiget (den er afkortet). Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or not a database (%2). It has not been changed.</source>
        <translation>Databasefilen %1 er beskadiget eller ikke en database (%2). Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Parat database. It has not been changed.</source>
        <translation>%1 er en SQLite-database fra et andet program, ikke en Parat-database. Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Parat (database version %2; this Parat reads up to version %3). Install the newer Parat to open it. The file has not been changed.</source>
        <translation>%1 er gemt af en nyere version af Parat (databaseversion %2; denne version af Parat kan læse op til version %3). Installer den nyere Parat for at åbne den. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>%1 must be updated to this version of Parat, but the file is read-only.</source>
        <translation>%1 skal opdateres til denne version af Parat, men filen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The database file %1 could not be prepared: %2</source>
        <translation>Databasefilen %1 kunne ikke klargøres: %2</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1: %2. It is unchanged.</source>
        <translation>Databasen kunne ikke opdateres til version %1: %2. Den er uændret.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be changed.</source>
        <translation>Databasen er åbnet skrivebeskyttet; intet kan ændres.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written: %1</source>
        <translation>Databasen er optaget, eller der kan ikke skrives til den: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Ændringen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>A restore point could not be taken: %1</source>
        <translation>Der kunne ikke oprettes et gendannelsespunkt: %1</translation>
    </message>
    <message>
        <source>There is no restore point called %1.</source>
        <translation>Der findes intet gendannelsespunkt med navnet %1.</translation>
    </message>
    <message>
        <source>The restore point could not replace the database: %1</source>
        <translation>Gendannelsespunktet kunne ikke erstatte databasen: %1</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Før en opdatering af databasen</translation>
    </message>
    <message>
        <source>Before a handbook import</source>
        <translation>Før import af en håndbog</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <source>Before removing a municipality</source>
        <translation>Før fjernelse af en kommune</translation>
    </message>
    <message>
        <source>First opening of the day</source>
        <translation>Dagens første åbning</translation>
    </message>
    <message>
        <source>Taken by the user</source>
        <translation>Oprettet af brugeren</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>proces %1 på %2</translation>
    </message>
    <message>
        <source>%1 is already open in another Parat (%2). Close it there first, or open it read-only.</source>
        <translation>%1 er allerede åben i en anden Parat (%2). Luk den der først, eller åbn den skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The database file %1 could not be opened (%2). It has not been changed.</source>
        <translation>Databasefilen %1 kunne ikke åbnes (%2). Den er ikke ændret.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Make room on it and try again; nothing has been changed.</source>
        <translation>Disken med %1 er fuld. Frigør plads på den, og prøv igen; intet er ændret.</translation>
    </message>
    <message>
        <source>SQLite found damaged data</source>
        <translation>SQLite fandt beskadigede data</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Parat does not write to a damaged file, so nothing more is lost; what it shows from it may be incomplete.</source>
        <translation>Databasefilen %1 er beskadiget (%2). Parat skriver ikke i en beskadiget fil, så intet mere går tabt; det, der vises fra den, kan være ufuldstændigt.</translation>
    </message>
    <message>
        <source>The newest verified restore point is from %1 (%2). Restore it with Restore Points in the window, or with: parat --db %3 backup restore %4</source>
        <translation>Det nyeste kontrollerede gendannelsespunkt er fra %1 (%2). Gendan det under Gendannelsespunkter i vinduet eller med: parat --db %3 backup restore %4</translation>
    </message>
    <message>
        <source>There is no verified restore point. Keep a copy of the file and ask for help before changing it.</source>
        <translation>Der er intet kontrolleret gendannelsespunkt. Gem en kopi af filen, og få hjælp, før du ændrer den.</translation>
    </message>
    <message>
        <source>The database %1 is on a read-only medium or in a folder that cannot be written; nothing can be changed. Copy it to a writable folder to change it.</source>
        <translation>Databasen %1 ligger på et skrivebeskyttet medie eller i en mappe, der ikke kan skrives i; intet kan ændres. Kopiér den til en mappe, der kan skrives i, for at ændre den.</translation>
    </message>
    <message>
        <source>the database is not open.</source>
        <translation>databasen er ikke åben.</translation>
    </message>
    <message>
        <source>A restore point could not be taken: the disk holding %1 is full.</source>
        <translation>Der kunne ikke tages et gendannelsespunkt: disken med %1 er fuld.</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside; nothing was changed.</source>
        <translation>Den beskadigede fil kunne ikke flyttes til side; intet er ændret.</translation>
    </message>
    <message>
        <source>The restore point %1 cannot be used: %2. Nothing was changed.</source>
        <translation>Gendannelsespunktet %1 kan ikke bruges: %2. Intet er ændret.</translation>
    </message>
    <message>
        <source>Restored %1. The state before the restore was kept as a restore point.</source>
        <translation>%1 er gendannet. Tilstanden før gendannelsen er gemt som et gendannelsespunkt.</translation>
    </message>
    <message>
        <source>%1 is open in another Parat (%2). Close it there first.</source>
        <translation>%1 er åben i en anden Parat (%2). Luk den der først.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written, so the restore point cannot replace it.</source>
        <translation>Der kan ikke skrives i mappen med %1, så gendannelsespunktet kan ikke erstatte den.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 er gendannet.</translation>
    </message>
    <message>
        <source>Restored %1. The file it replaced was kept as %2.</source>
        <translation>%1 er gendannet. Filen, det erstattede, er gemt som %2.</translation>
    </message>
    <message>
        <source>A restore point could not be taken: restore points are copies of a database file, and this plan is on a server. Copy it to a file with: parat copy %1 FILE</source>
        <translation>Der kunne ikke tages et gendannelsespunkt: gendannelsespunkter er kopier af en databasefil, og denne plan ligger på en server. Kopiér den til en fil med: parat copy %1 FIL</translation>
    </message>
    <message>
        <source>Parat cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Parat kan ikke forbinde til en PostgreSQL-server: Qt’s PostgreSQL-driver er ikke installeret (Debian-pakken libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server database %1 could not be opened: %2</source>
        <translation>Serverdatabasen %1 kunne ikke åbnes: %2</translation>
    </message>
    <message>
        <source>%1 is not the address of a server database; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 er ikke adressen på en serverdatabase; skriv postgresql://BRUGER@VÆRT:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server database %1 could not be read: %2</source>
        <translation>Serverdatabasen %1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>The server database %1 holds tables of another program; it is not a Parat plan. It has not been changed.</source>
        <translation>Serverdatabasen %1 indeholder et andet programs tabeller; den er ikke en Parat-plan. Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The server database %1 holds no Parat plan yet. Create one with: parat server init %1</source>
        <translation>Serverdatabasen %1 indeholder endnu ingen Parat-plan. Opret en med: parat server init %1</translation>
    </message>
    <message>
        <source>The server database %1 is not a Parat plan (its schema mark is another program&apos;s). It has not been changed.</source>
        <translation>Serverdatabasen %1 er ikke en Parat-plan (dens skemamærke er et andet programs). Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The server database %1 was set up by a newer version of Parat (database version %2; this Parat reads up to version %3). Install the newer Parat to use it. It has not been changed.</source>
        <translation>Serverdatabasen %1 er oprettet af en nyere version af Parat (databaseversion %2; denne version af Parat kan læse op til version %3). Installer den nyere Parat for at bruge den. Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The server database %1 must be updated to this version of Parat (from database version %2 to %3). Everyone using it must then use this version. Update it with: parat server init %1</source>
        <translation>Serverdatabasen %1 skal opdateres til denne version af Parat (fra databaseversion %2 til %3). Alle, der bruger den, skal derefter bruge denne version. Opdatér den med: parat server init %1</translation>
    </message>
    <message>
        <source>Before a status import</source>
        <translation>Før en statusindlæsning</translation>
    </message>
    <message>
        <source>The connection to the server was lost while the change was being saved, so it is not known yet whether it was stored. Parat reconnects by itself and then says which.</source>
        <translation>Forbindelsen til serveren blev afbrudt, mens ændringen blev gemt, så det vides endnu ikke, om den blev gemt. Parat genopretter selv forbindelsen og siger derefter, hvilket det blev.</translation>
    </message>
    <message>
        <source>The server database %1 could not be set up for live updates: %2. It is unchanged.</source>
        <translation>Serverdatabasen %1 kunne ikke gøres klar til levende opdateringer: %2. Den er uændret.</translation>
    </message>
    <message>
        <source>Nothing of this change was stored: the connection to the server was lost. Parat reconnects by itself; make the change again when the window is no longer read-only.</source>
        <translation>Intet af denne ændring blev gemt: forbindelsen til serveren blev afbrudt. Parat genopretter selv forbindelsen; foretag ændringen igen, når vinduet ikke længere er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The server database %1 cannot be reached: %2</source>
        <translation>Der er ikke forbindelse til serverdatabasen %1: %2</translation>
    </message>
    <message>
        <source>The plan could not be reserved for the import: %1</source>
        <translation>Planen kunne ikke reserveres til importen: %1</translation>
    </message>
    <message>
        <source>Another user is importing into the plan or restoring part of it right now. Nothing has been changed; try again in a moment.</source>
        <translation>En anden bruger importerer til planen eller genskaber en del af den lige nu. Intet er ændret; prøv igen om lidt.</translation>
    </message>
</context>
<context>
    <name>parat::DateEdit</name>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as dd-mm-yyyy, such as 01-02-2027, or as 2027-02-01.</source>
        <translation>&quot;%1&quot; er ikke en dato. Skriv den som dd-mm-åååå, fx 01-02-2027, eller som 2027-02-01.</translation>
    </message>
    <message>
        <source>There is no date &quot;%1&quot;: check the day and the month.</source>
        <translation>Datoen &quot;%1&quot; findes ikke: tjek dag og måned.</translation>
    </message>
    <message>
        <source>The date must lie between %1 and %2.</source>
        <translation>Datoen skal ligge mellem %1 og %2.</translation>
    </message>
    <message>
        <source>Type a date as dd-mm-yyyy or yyyy-mm-dd, or choose it in the calendar.</source>
        <translation>Skriv datoen som dd-mm-åååå eller åååå-mm-dd, eller vælg den i kalenderen.</translation>
    </message>
</context>
<context>
    <name>parat::DecisionCli</name>
    <message>
        <source>--question is required.</source>
        <translation>--question skal angives.</translation>
    </message>
    <message>
        <source>--risk takes the number of a risk (3 or R3), not &quot;%1&quot;.</source>
        <translation>--risk skal være nummeret på en risiko (3 eller R3), ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no risk %1 in %2.</source>
        <translation>Der er ingen risiko %1 i %2.</translation>
    </message>
    <message>
        <source>Added decision %1 &quot;%2&quot; to %3.</source>
        <translation>Beslutning %1 &quot;%2&quot; er tilføjet i %3.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overskredet)</translation>
    </message>
    <message>
        <source>No decisions in %1. Add one with: parat decision add</source>
        <translation>Ingen beslutninger i %1. Tilføj en med: parat decision add</translation>
    </message>
    <message>
        <source>The decision log: questions for the steering group and the date each answer is needed by.</source>
        <translation>Beslutningsloggen: spørgsmål til styregruppen og datoen, hvor hvert svar senest skal foreligge.</translation>
    </message>
    <message>
        <source>only decisions with this status</source>
        <translation>kun beslutninger med denne status</translation>
    </message>
    <message>
        <source>List the decisions: number, status, needed by, question and what was decided.</source>
        <translation>Vis beslutningerne: nummer, status, frist, spørgsmål og hvad der blev besluttet.</translation>
    </message>
    <message>
        <source>what must be decided</source>
        <translation>hvad der skal besluttes</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>the date the decision is needed by</source>
        <translation>datoen, hvor beslutningen senest skal træffes</translation>
    </message>
    <message>
        <source>why the question comes up</source>
        <translation>hvorfor spørgsmålet opstår</translation>
    </message>
    <message>
        <source>the options to choose between</source>
        <translation>de muligheder, der skal vælges imellem</translation>
    </message>
    <message>
        <source>the number of the risk it answers</source>
        <translation>nummeret på den risiko, den handler om</translation>
    </message>
    <message>
        <source>the key of the task it concerns</source>
        <translation>nøglen på den opgave, den handler om</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NØGLE</translation>
    </message>
    <message>
        <source>Add a decision the steering group must take; it gets the next number and waits.</source>
        <translation>Tilføj en beslutning, som styregruppen skal træffe; den får næste nummer og status afventer.</translation>
    </message>
</context>
<context>
    <name>parat::DecisionDialog</name>
    <message>
        <source>Edit Decision %1</source>
        <translation>Ret beslutning %1</translation>
    </message>
    <message>
        <source>Add Decision</source>
        <translation>Tilføj beslutning</translation>
    </message>
    <message>
        <source>For example: may superusers use overtime in the go-live weeks?</source>
        <translation>For eksempel: må superbrugerne bruge overarbejde i go-live-ugerne?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>S&amp;pørgsmål:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Baggrund:</translation>
    </message>
    <message>
        <source>O&amp;ptions:</source>
        <translation>&amp;Muligheder:</translation>
    </message>
    <message>
        <source>&amp;Needed by:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Be&amp;slutning:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Truffet &amp;den:</translation>
    </message>
    <message>
        <source>For example: the steering group</source>
        <translation>For eksempel: styregruppen</translation>
    </message>
    <message>
        <source>Decided b&amp;y:</source>
        <translation>Tr&amp;uffet af:</translation>
    </message>
    <message>
        <source>(no risk)</source>
        <translation>(ingen risiko)</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>Task key</source>
        <translation>Opgavens nøgle</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>&amp;Opgave:</translation>
    </message>
    <message>
        <source>There is no task with key %1.</source>
        <translation>Der er ingen opgave med nøglen %1.</translation>
    </message>
</context>
<context>
    <name>parat::DecisionRepository</name>
    <message>
        <source>The municipality of the decision &quot;%1&quot; is not in the database.</source>
        <translation>Kommunen for beslutningen &quot;%1&quot; findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The risk of the decision &quot;%1&quot; must be a risk of the same municipality.</source>
        <translation>Risikoen for beslutningen &quot;%1&quot; skal være en risiko i samme kommune.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; names task %2, which is not a task of the municipality.</source>
        <translation>Beslutningen &quot;%1&quot; nævner opgave %2, som ikke er en af kommunens opgaver.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; could not be numbered</source>
        <translation>Beslutningen &quot;%1&quot; kunne ikke få et nummer</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; could not be added</source>
        <translation>Beslutningen &quot;%1&quot; kunne ikke tilføjes</translation>
    </message>
    <message>
        <source>The decision to change is not in the database.</source>
        <translation>Beslutningen, der skal rettes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; cannot be moved to another municipality.</source>
        <translation>Beslutningen &quot;%1&quot; kan ikke flyttes til en anden kommune.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; could not be changed</source>
        <translation>Beslutningen &quot;%1&quot; kunne ikke rettes</translation>
    </message>
    <message>
        <source>The decision to remove is not in the database.</source>
        <translation>Beslutningen, der skal fjernes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; could not be removed</source>
        <translation>Beslutningen &quot;%1&quot; kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The decision to put back has no number.</source>
        <translation>Beslutningen, der skal sættes tilbage, har intet nummer.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; cannot be put back: its place is used by another decision.</source>
        <translation>Beslutningen &quot;%1&quot; kan ikke sættes tilbage: dens plads bruges af en anden beslutning.</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; could not be put back</source>
        <translation>Beslutningen &quot;%1&quot; kunne ikke sættes tilbage</translation>
    </message>
</context>
<context>
    <name>parat::DecisionTableModel</name>
    <message>
        <source>Background: %1</source>
        <translation>Baggrund: %1</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Muligheder: %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overskredet)</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the decision log: the decision&apos;s number (D1, D2, ...). Danish: Nr.</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Truffet</translation>
    </message>
    <message>
        <source>Risk or task</source>
        <translation>Risiko eller opgave</translation>
    </message>
</context>
<context>
    <name>parat::DecisionText</name>
    <message>
        <source>A decision needs a question.</source>
        <translation>En beslutning skal have et spørgsmål.</translation>
    </message>
    <message>
        <source>The decision on &quot;%1&quot; is marked as taken: write what was decided.</source>
        <translation>Beslutningen om &quot;%1&quot; er markeret som truffet: skriv, hvad der blev besluttet.</translation>
    </message>
    <message>
        <source>D%1</source>
        <extracomment>How a decision is numbered in lists. Danish: B%1 (beslutning)</extracomment>
        <translation>B%1</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Decision status. Danish: Afventer</extracomment>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Taken</source>
        <extracomment>Decision status. Danish: Truffet</extracomment>
        <translation>Truffet</translation>
    </message>
    <message>
        <source>Postponed</source>
        <extracomment>Decision status. Danish: Udsat</extracomment>
        <translation>Udsat</translation>
    </message>
</context>
<context>
    <name>parat::DemoBuilder</name>
    <message>
        <source>The list of municipalities is missing from this build of Parat.</source>
        <translation>Listen over kommuner mangler i denne udgave af Parat.</translation>
    </message>
    <message>
        <source>The demo municipality %1 %2 is already in the database.</source>
        <translation>Demokommunen %1 %2 findes allerede i databasen.</translation>
    </message>
</context>
<context>
    <name>parat::DemoRunbookText</name>
    <message>
        <source>First-day support in %1</source>
        <translation>Support første dag i %1</translation>
    </message>
    <message>
        <source>Superusers</source>
        <translation>Superbrugere</translation>
    </message>
</context>
<context>
    <name>parat::DemoSuperusersText</name>
    <message>
        <source>The demo municipality has no go-live date.</source>
        <translation>Demokommunen har ingen dato for idriftsættelse.</translation>
    </message>
</context>
<context>
    <name>parat::DimensionText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n mere</numerusform>
            <numerusform>%1 og %n flere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” (score %3)</source>
        <translation>%1 “%2” (score %3)</translation>
    </message>
    <message>
        <source>Open risk: %1.</source>
        <translation>Åben risiko: %1.</translation>
    </message>
    <message>
        <source>Mandatory task %1 days overdue: %2.</source>
        <translation>Obligatorisk opgave %1 dage forsinket: %2.</translation>
    </message>
    <message>
        <source>%1 percentage points behind plan (%2 % done, %3 % planned).</source>
        <translation>%1 procentpoint bagud i forhold til planen (%2 % fuldført, %3 % planlagt).</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>Forsinket: %1.</translation>
    </message>
    <message>
        <source>No relevant tasks yet.</source>
        <translation>Endnu ingen relevante opgaver.</translation>
    </message>
    <message>
        <source>Nothing overdue; %1 % done, %2 % planned.</source>
        <translation>Intet er forsinket; %1 % fuldført, %2 % planlagt.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3 h needed, %4 h allocated)</source>
        <translation>%1 i %2 (%3 t behov, %4 t afsat)</translation>
    </message>
    <message>
        <source>Too few hours: %1.</source>
        <translation>For få timer: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Enough hours allocated for the next %n week(s).</source>
        <translation>
            <numerusform>Timer nok afsat til den næste %n uge.</numerusform>
            <numerusform>Timer nok afsat til de næste %n uger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagement below target: %1.</source>
        <translation>Engagement under målet: %1.</translation>
    </message>
    <message>
        <source>%1 “%2” (needed by %3)</source>
        <translation>%1 “%2” (skal træffes senest %3)</translation>
    </message>
    <message>
        <source>Decision overdue: %1.</source>
        <translation>Beslutning ikke truffet til tiden: %1.</translation>
    </message>
    <message>
        <source>Stakeholders at their target engagement; no decision overdue.</source>
        <translation>Interessenterne er på det ønskede engagement; ingen beslutninger er forsinket.</translation>
    </message>
    <message>
        <source>No go-live date yet.</source>
        <translation>Endnu ingen go-live-dato.</translation>
    </message>
    <message numerus="yes">
        <source>Go-live in %n day(s) and go-live work overdue: %1.</source>
        <translation>
            <numerusform>Go-live om %n dag, og go-live-arbejde er forsinket: %1.</numerusform>
            <numerusform>Go-live om %n dage, og go-live-arbejde er forsinket: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Live with go-live work still overdue: %1.</source>
        <translation>I drift, men go-live-arbejde er stadig forsinket: %1.</translation>
    </message>
    <message>
        <source>Go-live work overdue: %1.</source>
        <translation>Go-live-arbejde forsinket: %1.</translation>
    </message>
    <message>
        <source>Too few hours in the go-live weeks: %1.</source>
        <translation>For få timer i go-live-ugerne: %1.</translation>
    </message>
    <message>
        <source>Live; the go-live work is done.</source>
        <translation>I drift; go-live-arbejdet er gjort.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) to go-live; go-live work on track.</source>
        <translation>
            <numerusform>%n uge til go-live; go-live-arbejdet følger planen.</numerusform>
            <numerusform>%n uger til go-live; go-live-arbejdet følger planen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::EditAllocation</name>
    <message>
        <source>Change allocation of %1</source>
        <translation>ændring af afsat tid for %1</translation>
    </message>
</context>
<context>
    <name>parat::EditCommunicationItem</name>
    <message>
        <source>Edit communication &quot;%1&quot;</source>
        <translation>redigering af kommunikationsaktiviteten &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>parat::EditDecision</name>
    <message>
        <source>Edit decision %1 %2</source>
        <translation>Ret beslutning %1 %2</translation>
    </message>
</context>
<context>
    <name>parat::EditGoLiveCriterion</name>
    <message>
        <source>Edit go-live criterion %1</source>
        <translation>Redigér go-live-kriterium %1</translation>
    </message>
</context>
<context>
    <name>parat::EditLocalTask</name>
    <message>
        <source>Edit local task %1</source>
        <translation>redigering af den lokale opgave %1</translation>
    </message>
</context>
<context>
    <name>parat::EditMunicipality</name>
    <message>
        <source>Change go-live date of %1</source>
        <translation>ændring af go-live-datoen for %1</translation>
    </message>
    <message>
        <source>Edit municipality %1</source>
        <translation>redigering af kommunen %1</translation>
    </message>
</context>
<context>
    <name>parat::EditPerson</name>
    <message>
        <source>Edit %1</source>
        <translation>redigering af %1</translation>
    </message>
</context>
<context>
    <name>parat::EditRisk</name>
    <message>
        <source>Edit risk %1 %2</source>
        <translation>Ret risiko %1 %2</translation>
    </message>
</context>
<context>
    <name>parat::EditRunbookStep</name>
    <message>
        <source>Set step %1 %2 to %3</source>
        <translation>Sæt trin %1 %2 til %3</translation>
    </message>
    <message>
        <source>Edit runbook step %1 %2</source>
        <translation>Ret trin %1 %2 i drejebogen</translation>
    </message>
</context>
<context>
    <name>parat::EditSchoolHolidays</name>
    <message>
        <source>Change school-holiday weeks</source>
        <translation>Ret skoleferieuger</translation>
    </message>
</context>
<context>
    <name>parat::EditStakeholder</name>
    <message>
        <source>Edit stakeholder %1</source>
        <translation>redigering af interessenten %1</translation>
    </message>
</context>
<context>
    <name>parat::EditSuperuser</name>
    <message>
        <source>Edit %1</source>
        <translation>redigering af %1</translation>
    </message>
</context>
<context>
    <name>parat::ExportCli</name>
    <message>
        <source>Say which municipality with --municipality CODE.</source>
        <translation>Angiv kommunen med --municipality KODE.</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.</source>
        <translation>Angiv med --out FIL, hvor der skal skrives.</translation>
    </message>
    <message>
        <source>--format must be xlsx or csv, not &quot;%1&quot;.</source>
        <translation>--format skal være xlsx eller csv, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Municipality %1 is not in the database. See: parat municipality list</source>
        <translation>Kommune %1 findes ikke i databasen. Se: parat municipality list</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n task(s) to %1</source>
        <translation>
            <numerusform>Skrev %n opgave til %1</numerusform>
            <numerusform>Skrev %n opgaver til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person-week(s) to %1</source>
        <translation>
            <numerusform>Skrev %n personuge til %1</numerusform>
            <numerusform>Skrev %n personuger til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>den fil, der skal skrives</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>xlsx (Excel, the default) or csv (default: the file name&apos;s suffix)</source>
        <translation>xlsx (Excel, standard) eller csv (standard: filnavnets endelse)</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s current tasks as a spreadsheet: key, title, phase, theme, status, people, the release, due and done dates as dates and the hours as numbers, with a frozen header row and a filter. CSV is &apos;;&apos;-separated UTF-8, as Danish Excel opens it.</source>
        <translation>Skriv kommunens aktuelle opgaver som regneark: nummer, titel, fase, tema, status, personer, frigivelses-, frist- og fuldført-datoer som datoer og timerne som tal, med fastfrosset overskriftsrække og filter. CSV er UTF-8 adskilt med &apos;;&apos;, som dansk Excel åbner det.</translation>
    </message>
    <message>
        <source>the Excel file to write (.xlsx)</source>
        <translation>den Excel-fil, der skal skrives (.xlsx)</translation>
    </message>
    <message>
        <source>Write the superuser grid as an Excel workbook: one row per person and week with hours allocated (after holidays), needed and free (negative when over).</source>
        <translation>Skriv superbrugeroversigten som Excel-projektmappe: én række pr. person og uge med afsatte timer (efter helligdage), behov og ledige timer (negativ ved overbelastning).</translation>
    </message>
    <message>
        <source>Say whose status sheet with --person NAME.</source>
        <translation>Angiv, hvis statusark det er, med --person NAVN.</translation>
    </message>
    <message>
        <source>%1 is not one of the municipality&apos;s people.</source>
        <translation>%1 er ikke en af kommunens personer.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are called %1; rename one in Parat first.</source>
        <translation>
            <numerusform>%n person hedder %1; omdøb en af dem i Parat først.</numerusform>
            <numerusform>%n personer hedder %1; omdøb en af dem i Parat først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a status sheet with %n task(s) to %1</source>
        <translation>
            <numerusform>Skrev et statusark med %n opgave til %1</numerusform>
            <numerusform>Skrev et statusark med %n opgaver til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The task list, the superuser grid and status sheets as spreadsheets (Excel or CSV).</source>
        <translation>Opgavelisten, superbrugeroversigten og statusark som regneark (Excel eller CSV).</translation>
    </message>
    <message>
        <source>the person, by name</source>
        <translation>personen, ved navn</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Write a person&apos;s status sheet: their open tasks with due dates and hours, and columns for status, done date, KLIK and a note to fill in. Read it back with: parat status import FILE</source>
        <translation>Skriv en persons statusark: vedkommendes åbne opgaver med frister og timer og kolonner til status, udført dato, KLIK og en note, som skal udfyldes. Indlæs det igen med: parat status import FIL</translation>
    </message>
</context>
<context>
    <name>parat::FirstRunPage</name>
    <message>
        <source>Welcome to Parat</source>
        <translation>Velkommen til Parat</translation>
    </message>
    <message>
        <source>This plan has no municipality yet. Choose how to start:</source>
        <translation>Planen har endnu ingen kommune. Vælg, hvordan du vil begynde:</translation>
    </message>
    <message>
        <source>&amp;Add a municipality…</source>
        <translation>&amp;Tilføj en kommune…</translation>
    </message>
    <message>
        <source>Add a municipality</source>
        <translation>Tilføj en kommune</translation>
    </message>
    <message>
        <source>Choose your municipality from the official list and set its go-live date. The tasks of the handbook are then planned from that date.</source>
        <translation>Vælg kommunen på den officielle liste, og angiv go-live-datoen. Håndbogens opgaver planlægges derefter ud fra den dato.</translation>
    </message>
    <message>
        <source>&amp;Import a handbook…</source>
        <translation>&amp;Importér en håndbog…</translation>
    </message>
    <message>
        <source>Import a handbook</source>
        <translation>Importér en håndbog</translation>
    </message>
    <message>
        <source>Bring in a newer implementation handbook (a CSV or JSON file) before you add the municipality.</source>
        <translation>Hent en nyere implementeringshåndbog ind (en CSV- eller JSON-fil), før du tilføjer kommunen.</translation>
    </message>
    <message>
        <source>Open the &amp;demo…</source>
        <translation>Åbn &amp;demoen…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Åbn demoen</translation>
    </message>
    <message>
        <source>Try Parat on a made-up municipality. The demo is saved in a new file you name, so this plan stays empty.</source>
        <translation>Prøv Parat på en opdigtet kommune. Demoen gemmes i en ny fil, som du selv navngiver, så denne plan forbliver tom.</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveCriteriaModel</name>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (målt)</translation>
    </message>
    <message>
        <source>Not relevant because: %1</source>
        <translation>Ikke relevant, fordi: %1</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (overskredet)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Numbers or evidence</source>
        <translation>Tal eller dokumentation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveCriterionDialog</name>
    <message>
        <source>Edit Go-live Criterion</source>
        <translation>Redigér go-live-kriterium</translation>
    </message>
    <message>
        <source>Add Go-live Criterion</source>
        <translation>Tilføj go-live-kriterium</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Kriterium:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ejer:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Parat measures this criterion; its status follows the numbers.</source>
        <translation>Parat måler dette kriterium; status følger tallene.</translation>
    </message>
    <message>
        <source>Why the criterion is not relevant</source>
        <translation>Hvorfor kriteriet ikke er relevant</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Dokumentation:</translation>
    </message>
    <message>
        <source>A link or a file path</source>
        <translation>Et link eller en filsti</translation>
    </message>
    <message>
        <source>&amp;Link or file:</source>
        <translation>&amp;Link eller fil:</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveMeetingDialog</name>
    <message>
        <source>Go/no-go Meeting</source>
        <translation>Go/no-go-møde</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>D&amp;eltagere:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>&amp;Beslutning:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Betingelser</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Betingelse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;Add Condition</source>
        <translation>&amp;Tilføj betingelse</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Betingelse %1</translation>
    </message>
    <message>
        <source>Owner of condition %1</source>
        <translation>Ejer af betingelse %1</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>Deadline of condition %1</source>
        <translation>Frist for betingelse %1</translation>
    </message>
</context>
<context>
    <name>parat::GoLivePaper</name>
    <message>
        <source>%1 — readiness score %2 of 100</source>
        <translation>%1 — parathedsscore %2 af 100</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Numbers or evidence</source>
        <translation>Tal eller dokumentation</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (målt)</translation>
    </message>
    <message>
        <source>Not relevant because: %1</source>
        <translation>Ikke relevant, fordi: %1</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (overskredet)</translation>
    </message>
    <message>
        <source>Go/no-go decision paper — %1</source>
        <translation>Beslutningsoplæg til go/no-go — %1</translation>
    </message>
    <message>
        <source>Go/no-go %1</source>
        <translation>Go/no-go %1</translation>
    </message>
    <message>
        <source>Go/no-go decision paper: %1</source>
        <translation>Beslutningsoplæg til go/no-go: %1</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikke fastlagt</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Opgjort pr.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>%1 met, %2 partly met, %3 not met, %4 not relevant</source>
        <translation>%1 opfyldt, %2 delvist opfyldt, %3 ikke opfyldt, %4 ikke relevant</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <source>The go/no-go meeting</source>
        <translation>Go/no-go-mødet</translation>
    </message>
    <message>
        <source>No meeting recorded yet.</source>
        <translation>Der er endnu ikke registreret et møde.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Betingelse</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>☐ Go    ☐ Go with conditions    ☐ No-go        Signature: ____________________</source>
        <translation>☐ Go    ☐ Go med betingelser    ☐ No-go        Underskrift: ____________________</translation>
    </message>
    <message>
        <source>Go-live criteria</source>
        <translation>Kriterier for go-live</translation>
    </message>
    <message>
        <source>No go-live criteria yet.</source>
        <translation>Der er endnu ingen kriterier for go-live.</translation>
    </message>
    <message>
        <source>The municipality is not in the database.</source>
        <translation>Kommunen findes ikke i databasen.</translation>
    </message>
    <message>
        <source>Go-live readiness</source>
        <translation>Parathed til go-live</translation>
    </message>
    <message>
        <source>Go/no-go meeting %1: %2</source>
        <translation>Go/no-go-møde %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Det mangler</translation>
    </message>
    <message>
        <source>Go-live checklist %1 % ready (%2 of %3 criteria met)</source>
        <translation>Tjeklisten til go-live er %1 % klar (%2 af %3 kriterier opfyldt)</translation>
    </message>
    <message>
        <source>Go-live checklist %1 % ready: %2</source>
        <translation>Tjeklisten til go-live er %1 % klar: %2</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveReadinessPage</name>
    <message>
        <source>Go-live &amp;criteria:</source>
        <translation>&amp;Kriterier for go-live:</translation>
    </message>
    <message>
        <source>Go-live criteria</source>
        <translation>Kriterier for go-live</translation>
    </message>
    <message>
        <source>&amp;Add Criterion…</source>
        <translation>&amp;Tilføj kriterium…</translation>
    </message>
    <message>
        <source>Ed&amp;it Criterion…</source>
        <translation>R&amp;edigér kriterium…</translation>
    </message>
    <message>
        <source>&amp;Remove Criterion…</source>
        <translation>&amp;Fjern kriterium…</translation>
    </message>
    <message>
        <source>Create De&amp;fault Criteria</source>
        <translation>Opret &amp;standardkriterier</translation>
    </message>
    <message>
        <source>Go/no-go &amp;Meeting…</source>
        <translation>Go/no-go-&amp;møde…</translation>
    </message>
    <message>
        <source>&amp;Save Decision Paper as PDF…</source>
        <translation>&amp;Gem beslutningsoplæg som PDF…</translation>
    </message>
    <message>
        <source>&amp;Print Decision Paper…</source>
        <translation>&amp;Udskriv beslutningsoplæg…</translation>
    </message>
    <message>
        <source>Readiness light and score</source>
        <translation>Parathedslys og score</translation>
    </message>
    <message>
        <source>Reasons for the readiness light</source>
        <translation>Begrundelser for parathedslyset</translation>
    </message>
    <message>
        <source>Go/no-go meeting</source>
        <translation>Go/no-go-møde</translation>
    </message>
    <message>
        <source>No municipality chosen.</source>
        <translation>Ingen kommune valgt.</translation>
    </message>
    <message>
        <source>Readiness for go-live: %1 — score %2 of 100 (%3 met, %4 partly met, %5 not met, %6 not relevant)</source>
        <translation>Parathed til go-live: %1 — score %2 af 100 (%3 opfyldt, %4 delvist opfyldt, %5 ikke opfyldt, %6 ikke relevant)</translation>
    </message>
    <message>
        <source>Go/no-go meeting: none recorded yet.</source>
        <translation>Go/no-go-møde: endnu ikke registreret.</translation>
    </message>
    <message>
        <source>Go/no-go meeting %1: %2</source>
        <translation>Go/no-go-møde %1: %2</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deltagere: %1</translation>
    </message>
    <message>
        <source>Condition: %1 (%2, by %3)</source>
        <translation>Betingelse: %1 (%2, senest %3)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>Fjern kriterium</translation>
    </message>
    <message>
        <source>Remove the go-live criterion &quot;%1&quot;? You can undo this.</source>
        <translation>Fjern go-live-kriteriet &quot;%1&quot;? Du kan fortryde det.</translation>
    </message>
    <message>
        <source>go-no-go-%1.pdf</source>
        <translation>go-no-go-%1.pdf</translation>
    </message>
    <message>
        <source>Save Decision Paper</source>
        <translation>Gem beslutningsoplæg</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Print Decision Paper</source>
        <translation>Udskriv beslutningsoplæg</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveReadinessText</name>
    <message>
        <source>No go-live date: nothing to measure against.</source>
        <translation>Ingen go-live-dato: der er intet at måle op imod.</translation>
    </message>
    <message>
        <source>%1 (not marked in KLIK)</source>
        <translation>%1 (ikke markeret i KLIK)</translation>
    </message>
    <message>
        <source>%1 (not done)</source>
        <translation>%1 (ikke udført)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mandatory task(s) done and marked in KLIK</source>
        <translation>
            <numerusform>%1 af %n obligatorisk opgave udført og markeret i KLIK</numerusform>
            <numerusform>%1 af %n obligatoriske opgaver udført og markeret i KLIK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n superuser(s) active in the go-live weeks trained</source>
        <translation>
            <numerusform>%1 af %n superbruger i go-live-ugerne uddannet</numerusform>
            <numerusform>%1 af %n superbrugere i go-live-ugerne uddannet</numerusform>
        </translation>
    </message>
    <message>
        <source>No superuser is active in the go-live weeks</source>
        <translation>Ingen superbruger er aktiv i go-live-ugerne</translation>
    </message>
    <message>
        <source>%1: %2 h set aside, %3 h needed</source>
        <translation>%1: %2 t afsat, %3 t nødvendige</translation>
    </message>
    <message>
        <source>%1 h set aside of %2 h needed in the go-live weeks</source>
        <translation>%1 t afsat af %2 t nødvendige i go-live-ugerne</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test and conversion task(s) done</source>
        <translation>
            <numerusform>%1 af %n test- og konverteringsopgave udført</numerusform>
            <numerusform>%1 af %n test- og konverteringsopgaver udført</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, wanted %3)</source>
        <translation>%1 (%2, ønsket %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resource person(s) at or above their target engagement</source>
        <translation>
            <numerusform>%1 af %n ressourceperson på eller over det ønskede engagement</numerusform>
            <numerusform>%1 af %n ressourcepersoner på eller over det ønskede engagement</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n communication item(s) before go-live done</source>
        <translation>
            <numerusform>%1 af %n kommunikationsaktivitet før go-live gennemført</numerusform>
            <numerusform>%1 af %n kommunikationsaktiviteter før go-live gennemført</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (score %3)</source>
        <translation>%1 %2 (score %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s) scoring %1 or more</source>
        <translation>
            <numerusform>%n åben risiko med score %1 eller derover</numerusform>
            <numerusform>%n åbne risici med score %1 eller derover</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– and %n more</source>
        <translation>
            <numerusform>– og %n mere</numerusform>
            <numerusform>– og %n flere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (partly met)</source>
        <translation>%1 (delvist opfyldt)</translation>
    </message>
    <message numerus="yes">
        <source>%n go-live criterion/criteria not met after the due date:</source>
        <translation>
            <numerusform>%n go-live-kriterium er ikke opfyldt efter fristen:</numerusform>
            <numerusform>%n go-live-kriterier er ikke opfyldt efter fristen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n go-live criterion/criteria not met yet:</source>
        <translation>
            <numerusform>%n go-live-kriterium er endnu ikke opfyldt:</numerusform>
            <numerusform>%n go-live-kriterier er endnu ikke opfyldt:</numerusform>
        </translation>
    </message>
    <message>
        <source>No go-live criteria yet: create the default set.</source>
        <translation>Der er endnu ingen kriterier for go-live: opret standardkriterierne.</translation>
    </message>
    <message>
        <source>Every go-live criterion is met or not relevant.</source>
        <translation>Alle kriterier for go-live er opfyldt eller ikke relevante.</translation>
    </message>
    <message>
        <source>Every user has access and the right roles in DUBU 3.0</source>
        <extracomment>Go-live criterion. Danish: Alle brugere har adgang og de rette roller i DUBU 3.0</extracomment>
        <translation>Alle brugere har adgang og de rette roller i DUBU 3.0</translation>
    </message>
    <message>
        <source>The final conversion is reconciled and approved</source>
        <extracomment>Go-live criterion. Danish: Den endelige konvertering er afstemt og godkendt</extracomment>
        <translation>Den endelige konvertering er afstemt og godkendt</translation>
    </message>
    <message>
        <source>Support and the superuser rota for the first days are planned</source>
        <extracomment>Go-live criterion. Danish: Support og superbrugervagter til de første dage er planlagt</extracomment>
        <translation>Support og superbrugervagter til de første dage er planlagt</translation>
    </message>
    <message>
        <source>Closing the old system is planned and announced</source>
        <extracomment>Go-live criterion. Danish: Lukningen af det gamle system er planlagt og varslet</extracomment>
        <translation>Lukningen af det gamle system er planlagt og varslet</translation>
    </message>
    <message>
        <source>The runbook for the go-live weekend is reviewed</source>
        <extracomment>Go-live criterion. Danish: Drejebogen for go-live-weekenden er gennemgået</extracomment>
        <translation>Drejebogen for go-live-weekenden er gennemgået</translation>
    </message>
    <message>
        <source>The steering group is informed and ready to decide</source>
        <extracomment>Go-live criterion. Danish: Styregruppen er orienteret og klar til at træffe beslutning</extracomment>
        <translation>Styregruppen er orienteret og klar til at træffe beslutning</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveRepository</name>
    <message>
        <source>The municipality of the criterion &quot;%1&quot; is not in the database.</source>
        <translation>Kommunen for kriteriet &quot;%1&quot; findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The owner of the criterion &quot;%1&quot; must be a person of the same municipality.</source>
        <translation>Ejeren af kriteriet &quot;%1&quot; skal være en person i samme kommune.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; could not be placed</source>
        <translation>Kriteriet &quot;%1&quot; kunne ikke placeres</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; could not be added</source>
        <translation>Kriteriet &quot;%1&quot; kunne ikke tilføjes</translation>
    </message>
    <message>
        <source>The criterion to change is not in the database.</source>
        <translation>Kriteriet, der skal ændres, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; cannot be moved to another municipality.</source>
        <translation>Kriteriet &quot;%1&quot; kan ikke flyttes til en anden kommune.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; could not be changed</source>
        <translation>Kriteriet &quot;%1&quot; kunne ikke ændres</translation>
    </message>
    <message>
        <source>The criterion to remove is not in the database.</source>
        <translation>Kriteriet, der skal fjernes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; could not be removed</source>
        <translation>Kriteriet &quot;%1&quot; kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The criterion to put back has no id.</source>
        <translation>Kriteriet, der skal sættes tilbage, har intet id.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; cannot be put back: its place is used by another one.</source>
        <translation>Kriteriet &quot;%1&quot; kan ikke sættes tilbage: dets plads bruges af et andet.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; could not be put back</source>
        <translation>Kriteriet &quot;%1&quot; kunne ikke sættes tilbage</translation>
    </message>
    <message>
        <source>The owner of the condition &quot;%1&quot; must be a person of the same municipality.</source>
        <translation>Ejeren af betingelsen &quot;%1&quot; skal være en person i samme kommune.</translation>
    </message>
    <message>
        <source>The conditions of the go/no-go meeting could not be replaced</source>
        <translation>Betingelserne for go/no-go-mødet kunne ikke erstattes</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; could not be saved</source>
        <translation>Betingelsen &quot;%1&quot; kunne ikke gemmes</translation>
    </message>
    <message>
        <source>The go/no-go meeting could not be removed</source>
        <translation>Go/no-go-mødet kunne ikke fjernes</translation>
    </message>
</context>
<context>
    <name>parat::GoLiveText</name>
    <message>
        <source>A go-live criterion needs a text.</source>
        <translation>Et go-live-kriterium skal have en tekst.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; is marked not relevant: write why.</source>
        <translation>Kriteriet &quot;%1&quot; er markeret som ikke relevant: skriv hvorfor.</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; needs a deadline.</source>
        <translation>Betingelsen &quot;%1&quot; skal have en frist.</translation>
    </message>
    <message>
        <source>The go/no-go meeting needs a date.</source>
        <translation>Go/no-go-mødet skal have en dato.</translation>
    </message>
    <message>
        <source>A go with conditions needs at least one condition.</source>
        <translation>Go med betingelser kræver mindst én betingelse.</translation>
    </message>
    <message>
        <source>Not met</source>
        <extracomment>Status of a go-live criterion. Danish: Ikke opfyldt</extracomment>
        <translation>Ikke opfyldt</translation>
    </message>
    <message>
        <source>Partly met</source>
        <extracomment>Status of a go-live criterion. Danish: Delvist opfyldt</extracomment>
        <translation>Delvist opfyldt</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>Status of a go-live criterion. Danish: Opfyldt</extracomment>
        <translation>Opfyldt</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <extracomment>Status of a go-live criterion. Danish: Ikke relevant</extracomment>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Mandatory tasks are done and marked in KLIK</source>
        <extracomment>Go-live criterion. Danish: Obligatoriske opgaver er udført og markeret i KLIK</extracomment>
        <translation>Obligatoriske opgaver er udført og markeret i KLIK</translation>
    </message>
    <message>
        <source>Superusers of the go-live weeks are trained</source>
        <extracomment>Go-live criterion. Danish: Superbrugerne i go-live-ugerne er uddannet</extracomment>
        <translation>Superbrugerne i go-live-ugerne er uddannet</translation>
    </message>
    <message>
        <source>Enough hours are set aside in the go-live weeks</source>
        <extracomment>Go-live criterion. Danish: Der er afsat timer nok i go-live-ugerne</extracomment>
        <translation>Der er afsat timer nok i go-live-ugerne</translation>
    </message>
    <message>
        <source>Tests and test conversion are done</source>
        <extracomment>Go-live criterion. Danish: Test og prøvekonvertering er gennemført</extracomment>
        <translation>Test og prøvekonvertering er gennemført</translation>
    </message>
    <message>
        <source>Resource persons are as engaged as wanted</source>
        <extracomment>Go-live criterion. Danish: Ressourcepersonerne er så engagerede som ønsket</extracomment>
        <translation>Ressourcepersonerne er så engagerede som ønsket</translation>
    </message>
    <message>
        <source>Communication before go-live is done</source>
        <extracomment>Go-live criterion. Danish: Kommunikationen før go-live er gennemført</extracomment>
        <translation>Kommunikationen før go-live er gennemført</translation>
    </message>
    <message>
        <source>No open risks scoring 9 or more</source>
        <extracomment>Go-live criterion. Danish: Ingen åbne risici med score 9 eller derover</extracomment>
        <translation>Ingen åbne risici med score 9 eller derover</translation>
    </message>
    <message>
        <source>Not decided</source>
        <extracomment>Decision of the go/no-go meeting. Danish: Ikke truffet</extracomment>
        <translation>Ikke truffet</translation>
    </message>
    <message>
        <source>Go</source>
        <extracomment>Decision of the go/no-go meeting. Danish: Go</extracomment>
        <translation>Go</translation>
    </message>
    <message>
        <source>Go with conditions</source>
        <extracomment>Decision of the go/no-go meeting. Danish: Go med betingelser</extracomment>
        <translation>Go med betingelser</translation>
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
        <translation>Fejl: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n error(s).</source>
        <translation>
            <numerusform>Intet blev importeret: Filen har %n fejl.</numerusform>
            <numerusform>Intet blev importeret: Filen har %n fejl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Prøvekørsel: Intet blev ændret.</translation>
    </message>
    <message>
        <source>Imported as handbook version %1.</source>
        <translation>Importeret som håndbogsversion %1.</translation>
    </message>
    <message>
        <source>No handbook has been imported yet.</source>
        <translation>Der er endnu ikke importeret nogen håndbog.</translation>
    </message>
    <message>
        <source>Handbook versions: import a new one, list the imported ones.</source>
        <translation>Håndbogsversioner: importer en ny, vis de importerede.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>the label of the new version (default: from the file)</source>
        <translation>mærkaten på den nye version (standard: fra filen)</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>MÆRKAT</translation>
    </message>
    <message>
        <source>show what would change and write nothing</source>
        <translation>vis, hvad der ville blive ændret, uden at skrive noget</translation>
    </message>
    <message>
        <source>Import a handbook version (CSV or JSON) and merge it with the stored one.
Local progress is kept; any error in the file stops the import before anything is written.</source>
        <translation>Importer en håndbogsversion (CSV eller JSON), og flet den sammen med den gemte.
Lokale fremskridt bevares; enhver fejl i filen stopper importen, før noget bliver skrevet.</translation>
    </message>
    <message>
        <source>List the imported handbook versions.</source>
        <translation>Vis de importerede håndbogsversioner.</translation>
    </message>
</context>
<context>
    <name>parat::HandbookImporter</name>
    <message>
        <source>No database is open.</source>
        <translation>Der er ingen åben database.</translation>
    </message>
    <message numerus="yes">
        <source>The handbook has %n error(s) and was not imported. Nothing has been changed.</source>
        <translation>
            <numerusform>Håndbogen har %n fejl og blev ikke importeret. Intet er ændret.</numerusform>
            <numerusform>Håndbogen har %n fejl og blev ikke importeret. Intet er ændret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… og %n til.</numerusform>
            <numerusform>… og %n til.</numerusform>
        </translation>
    </message>
    <message>
        <source>The handbook contains no tasks and was not imported. Nothing has been changed.</source>
        <translation>Håndbogen indeholder ingen opgaver og blev ikke importeret. Intet er ændret.</translation>
    </message>
    <message>
        <source>The handbook was not imported because no restore point could be taken first: %1</source>
        <translation>Håndbogen blev ikke importeret, fordi der ikke først kunne oprettes et gendannelsespunkt: %1</translation>
    </message>
    <message>
        <source>The handbook could not be imported, and nothing has been changed: %1.</source>
        <translation>Håndbogen kunne ikke importeres, og intet er ændret: %1.</translation>
    </message>
</context>
<context>
    <name>parat::HandbookRepository</name>
    <message>
        <source>A handbook version needs a label.</source>
        <translation>En håndbogsversion skal have en versionsbetegnelse.</translation>
    </message>
    <message>
        <source>The handbook version could not be recorded</source>
        <translation>Håndbogsversionen kunne ikke registreres</translation>
    </message>
    <message>
        <source>Task %1 could not be added</source>
        <translation>Opgave %1 kunne ikke tilføjes</translation>
    </message>
    <message>
        <source>Task %1 could not be updated</source>
        <translation>Opgave %1 kunne ikke opdateres</translation>
    </message>
    <message>
        <source>Task %1 is no longer stored as the import plan expected. Nothing was imported; try the import again.</source>
        <translation>Opgave %1 er ikke længere gemt, som importplanen forventede. Intet blev importeret; prøv at importere igen.</translation>
    </message>
    <message>
        <source>Task %1 could not be marked as withdrawn</source>
        <translation>Opgave %1 kunne ikke markeres som udgået</translation>
    </message>
</context>
<context>
    <name>parat::HandbookText</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>Task %1 (key %2), field %3: %4</source>
        <translation>Opgave %1 (nøgle %2), felt %3: %4</translation>
    </message>
    <message>
        <source>Task %1 (key %2): %3</source>
        <translation>Opgave %1 (nøgle %2): %3</translation>
    </message>
    <message>
        <source>Task %1, field %2: %3</source>
        <translation>Opgave %1, felt %2: %3</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Opgave %1: %2</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>Felt %1: %2</translation>
    </message>
    <message>
        <source>Expected a whole number of weeks relative to go-live (such as -12), found %1.</source>
        <translation>Forventede et helt antal uger i forhold til idriftsættelsen (f.eks. -12), men fandt %1.</translation>
    </message>
    <message>
        <source>Expected a whole number of weeks, found %1; offsets are counted in whole weeks.</source>
        <translation>Forventede et helt antal uger, men fandt %1; forskydninger regnes i hele uger.</translation>
    </message>
    <message>
        <source>Expected a number of weeks between %1 and %2, found %3.</source>
        <translation>Forventede et antal uger mellem %1 og %2, men fandt %3.</translation>
    </message>
    <message>
        <source>Expected a number of hours (such as 4 or 2,5), found %1.</source>
        <translation>Forventede et antal timer (f.eks. 4 eller 2,5), men fandt %1.</translation>
    </message>
    <message>
        <source>Expected a number of hours between 0 and %1, found %2.</source>
        <translation>Forventede et antal timer mellem 0 og %1, men fandt %2.</translation>
    </message>
    <message>
        <source>Expected yes or no (1/0, ja/nej, true/false, yes/no, or x/empty), found %1.</source>
        <translation>Forventede ja eller nej (1/0, ja/nej, true/false, yes/no eller x/tom), men fandt %1.</translation>
    </message>
    <message>
        <source>Unknown role %1; expected one of %2, or nothing.</source>
        <translation>Ukendt rolle %1; der forventes en af %2 eller ingen rolle.</translation>
    </message>
    <message>
        <source>The key is empty; expected a unique key such as P1-01 for every task.</source>
        <translation>Nøglen er tom; der forventes en entydig nøgle som f.eks. P1-01 for hver opgave.</translation>
    </message>
    <message>
        <source>The key %1 contains a space, comma or semicolon; expected a key such as P1-01 that depends_on can refer to.</source>
        <translation>Nøglen %1 indeholder et mellemrum, et komma eller et semikolon; der forventes en nøgle som f.eks. P1-01, som depends_on kan henvise til.</translation>
    </message>
    <message>
        <source>The phase is empty; expected one of %1.</source>
        <translation>Fasen er tom; der forventes en af %1.</translation>
    </message>
    <message>
        <source>Unknown phase %1; expected one of %2.</source>
        <translation>Ukendt fase %1; der forventes en af %2.</translation>
    </message>
    <message>
        <source>Unknown theme %1; expected one of %2, or nothing.</source>
        <translation>Ukendt tema %1; der forventes et af %2 eller intet tema.</translation>
    </message>
    <message>
        <source>The Danish title is empty; expected a title_da for every task.</source>
        <translation>Den danske titel er tom; der forventes en title_da for hver opgave.</translation>
    </message>
    <message>
        <source>The due week is empty; expected a whole number of weeks relative to go-live, such as -12.</source>
        <translation>Ugen for fristen er tom; der forventes et helt antal uger i forhold til idriftsættelsen, f.eks. -12.</translation>
    </message>
    <message>
        <source>The task is released in week %1, after it is due in week %2; expected release_offset_weeks to be at most due_offset_weeks.</source>
        <translation>Opgaven frigives i uge %1, efter dens frist i uge %2; release_offset_weeks må højst være det samme som due_offset_weeks.</translation>
    </message>
    <message>
        <source>The key %1 is also used on line %2; expected each key once.</source>
        <translation>Nøglen %1 bruges også på linje %2; hver nøgle må kun bruges én gang.</translation>
    </message>
    <message>
        <source>The key %1 is also used by task %2; expected each key once.</source>
        <translation>Nøglen %1 bruges også af opgave %2; hver nøgle må kun bruges én gang.</translation>
    </message>
    <message>
        <source>Keys that differ only in upper and lower case (%1 and %2) name the same task.</source>
        <translation>Nøgler, der kun adskiller sig ved store og små bogstaver (%1 og %2), betegner den samme opgave.</translation>
    </message>
    <message>
        <source>The task depends on itself; expected keys of other tasks.</source>
        <translation>Opgaven afhænger af sig selv; der forventes nøgler på andre opgaver.</translation>
    </message>
    <message>
        <source>The task depends on %1, which is not a key in this file; expected keys of tasks in the same handbook.</source>
        <translation>Opgaven afhænger af %1, som ikke er en nøgle i denne fil; der forventes nøgler på opgaver i samme håndbog.</translation>
    </message>
    <message>
        <source>The dependencies go round in a circle (%1); expected tasks that can be done one after another.</source>
        <translation>Afhængighederne går i ring (%1); opgaverne skal kunne udføres den ene efter den anden.</translation>
    </message>
    <message>
        <source>The file is an Excel workbook or another packed document, not text; expected a handbook saved as CSV or JSON. In Excel, use Save As and choose CSV.</source>
        <translation>Filen er en Excel-projektmappe eller et andet pakket dokument, ikke tekst; der forventes en håndbog gemt som CSV eller JSON. Brug Gem som i Excel, og vælg CSV.</translation>
    </message>
    <message>
        <source>Column %1 holds the byte 0x%2, which is not valid UTF-8, while the rest of the file is UTF-8; correct the character there and save the file as UTF-8 again.</source>
        <translation>Kolonne %1 indeholder byten 0x%2, som ikke er gyldig UTF-8, mens resten af filen er UTF-8; ret tegnet dér, og gem filen som UTF-8 igen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more byte(s) that are not valid UTF-8.</source>
        <translation>
            <numerusform>… og %n byte mere, som ikke er gyldig UTF-8.</numerusform>
            <numerusform>… og %n byte mere, som ikke er gyldige UTF-8.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 and was read as Windows-1252, the encoding Excel&apos;s plain &quot;CSV&quot; format uses on Danish PCs. Check that æ, ø and å look right; saving as &quot;CSV UTF-8&quot; avoids this.</source>
        <translation>Filen er ikke gyldig UTF-8 og blev læst som Windows-1252, den tegnkodning, som Excels almindelige &quot;CSV&quot;-format bruger på danske pc&apos;er. Kontroller, at æ, ø og å ser rigtige ud; det undgås ved at gemme som &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The file contains binary data, not text; expected a handbook saved as CSV or JSON.</source>
        <translation>Filen indeholder binære data, ikke tekst; der forventes en håndbog gemt som CSV eller JSON.</translation>
    </message>
    <message>
        <source>The file is %1 MB; expected a handbook file of at most %2 MB.</source>
        <translation>Filen fylder %1 MB; en håndbogsfil må højst fylde %2 MB.</translation>
    </message>
    <message>
        <source>The file is empty; expected a header line with the column names followed by one line per task.</source>
        <translation>Filen er tom; der forventes en overskriftslinje med kolonnenavnene efterfulgt af én linje pr. opgave.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>Expected &quot;format&quot;: &quot;%1&quot;, found %2; this is not a Parat handbook file.</source>
        <translation>Forventede &quot;format&quot;: &quot;%1&quot;, men fandt %2; dette er ikke en håndbogsfil til Parat.</translation>
    </message>
    <message>
        <source>Expected &quot;format_version&quot;: %1, found %2.</source>
        <translation>Forventede &quot;format_version&quot;: %1, men fandt %2.</translation>
    </message>
    <message>
        <source>The file has format version %1, which is newer than this version of Parat can read (up to %2); expected format version %2. Update Parat to import it.</source>
        <translation>Filen har formatversion %1, som er nyere, end denne version af Parat kan læse (op til %2); der forventes formatversion %2. Opdater Parat for at importere den.</translation>
    </message>
    <message>
        <source>Expected an object with title, version and published, found %1.</source>
        <translation>Forventede et objekt med title, version og published, men fandt %1.</translation>
    </message>
    <message>
        <source>Expected a date written as YYYY-MM-DD, found %1.</source>
        <translation>Forventede en dato skrevet som YYYY-MM-DD, men fandt %1.</translation>
    </message>
    <message>
        <source>A quoted value starts on this line but its closing quote is missing; expected a &quot; at the end of the value (a &quot; inside a value is written as &quot;&quot;).</source>
        <translation>En værdi i anførselstegn begynder på denne linje, men det afsluttende anførselstegn mangler; der forventes et &quot; i slutningen af værdien (et &quot; inde i en værdi skrives som &quot;&quot;).</translation>
    </message>
    <message>
        <source>The column %1 is not a handbook column and is ignored.</source>
        <translation>Kolonnen %1 er ikke en håndbogskolonne og ignoreres.</translation>
    </message>
    <message>
        <source>The column %1 appears more than once in the header (columns %2 and %3); expected each column once.</source>
        <translation>Kolonnen %1 står mere end én gang i overskriftslinjen (kolonne %2 og %3); hver kolonne må kun stå én gang.</translation>
    </message>
    <message>
        <source>The required column %1 is missing; expected a header with at least the columns key, phase, title_da and due_offset_weeks.</source>
        <translation>Den påkrævede kolonne %1 mangler; overskriftslinjen skal mindst have kolonnerne key, phase, title_da og due_offset_weeks.</translation>
    </message>
    <message>
        <source>The line has %1 values but the header has %2 columns; expected at most %2 values. Is there a separator (%3) in a value that is not in quotes?</source>
        <translation>Linjen har %1 værdier, men overskriftslinjen har %2 kolonner; der forventes højst %2 værdier. Står der et skilletegn (%3) i en værdi, der ikke er sat i anførselstegn?</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>Column %1 has values but no name in the header; it is ignored.</source>
        <translation>Kolonne %1 har værdier, men intet navn i overskriftslinjen; den ignoreres.</translation>
    </message>
    <message>
        <source>The file has a header but no tasks; expected one line per task below the header.</source>
        <translation>Filen har en overskriftslinje, men ingen opgaver; der forventes én linje pr. opgave under overskriftslinjen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at column %2; expected a handbook in Parat&apos;s JSON format.</source>
        <translation>Filen er ikke gyldig JSON: %1 ved kolonne %2; der forventes en håndbog i Parats JSON-format.</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot;: &quot;%1&quot; at the top level.</source>
        <translation>Forventede et JSON-objekt med &quot;format&quot;: &quot;%1&quot; på øverste niveau.</translation>
    </message>
    <message>
        <source>Expected a list with one object per task, found %1.</source>
        <translation>Forventede en liste med ét objekt pr. opgave, men fandt %1.</translation>
    </message>
    <message>
        <source>The file contains no tasks; expected at least one object in the list &quot;tasks&quot;.</source>
        <translation>Filen indeholder ingen opgaver; der forventes mindst ét objekt i listen &quot;tasks&quot;.</translation>
    </message>
    <message>
        <source>Expected an object with the task&apos;s fields, found %1.</source>
        <translation>Forventede et objekt med opgavens felter, men fandt %1.</translation>
    </message>
    <message>
        <source>The field %1 is not a handbook field and is ignored.</source>
        <translation>Feltet %1 er ikke et håndbogsfelt og ignoreres.</translation>
    </message>
    <message>
        <source>Expected the keys of other tasks as text, found %1.</source>
        <translation>Forventede andre opgavers nøgler som tekst, men fandt %1.</translation>
    </message>
    <message>
        <source>Expected text or a number, found %1.</source>
        <translation>Forventede tekst eller et tal, men fandt %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is a folder; expected a handbook file.</source>
        <translation>%1 er en mappe; der forventes en håndbogsfil.</translation>
    </message>
    <message>
        <source>%1 is a device or another special file, not an ordinary file; expected a handbook file (CSV or JSON).</source>
        <translation>%1 er en enhed eller en anden særlig fil, ikke en almindelig fil; der forventes en håndbogsfil (CSV eller JSON).</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Filen %1 kunne ikke åbnes: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Filen %1 kunne ikke læses: %2</translation>
    </message>
</context>
<context>
    <name>parat::HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>nytårsdag</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>skærtorsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>langfredag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>påskedag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>2. påskedag</translation>
    </message>
    <message>
        <source>Great Prayer Day</source>
        <translation>store bededag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>pinsedag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>2. pinsedag</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>grundlovsdag</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>juleaftensdag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>1. juledag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>2. juledag</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>nytårsaftensdag</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>helligdag</translation>
    </message>
    <message>
        <source>customary day off</source>
        <translation>sædvanlig fridag</translation>
    </message>
    <message>
        <source>winter holiday</source>
        <translation>vinterferie</translation>
    </message>
    <message>
        <source>autumn holiday</source>
        <translation>efterårsferie</translation>
    </message>
    <message>
        <source>summer holiday</source>
        <translation>sommerferie</translation>
    </message>
    <message>
        <source>School-holiday weeks must be week numbers from 1 to 53.</source>
        <translation>Skoleferieuger skal være ugenumre fra 1 til 53.</translation>
    </message>
    <message>
        <source>The summer holiday must end in or after the week it starts.</source>
        <translation>Sommerferien skal slutte i eller efter den uge, den begynder.</translation>
    </message>
</context>
<context>
    <name>parat::ImportDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Import Handbook</source>
        <translation>Importer håndbog</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>The name of this handbook version, shown in reports.</source>
        <translation>Navnet på denne håndbogsversion, som vises i rapporter.</translation>
    </message>
    <message>
        <source>Version &amp;label:</source>
        <translation>&amp;Versionsbetegnelse:</translation>
    </message>
    <message>
        <source>What the import &amp;does:</source>
        <translation>&amp;Hvad importen gør:</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importplan</translation>
    </message>
    <message>
        <source>&amp;Problems in the file:</source>
        <translation>&amp;Problemer i filen:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemer i filen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Handbook files (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Håndbogsfiler (*.csv *.tsv *.txt *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose a handbook file (CSV or Parat&apos;s JSON) to see what importing it would do.</source>
        <translation>Vælg en håndbogsfil (CSV eller Parats JSON-format) for at se, hvad en import af den vil gøre.</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 kan ikke importeres.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s). Nothing has been changed. Correct the file and choose it again.</source>
        <translation>
            <numerusform>Filen har %n fejl. Intet er ændret. Ret filen, og vælg den igen.</numerusform>
            <numerusform>Filen har %n fejl. Intet er ændret. Ret filen, og vælg den igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file matches the stored handbook: importing records it as a new version and changes no task. Nothing has been changed yet.</source>
        <translation>Filen svarer til den gemte håndbog: Importen registrerer den som en ny version og ændrer ingen opgaver. Intet er ændret endnu.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Import applies this plan.</source>
        <translation>Intet er ændret endnu. Vælg Importer for at gennemføre denne plan.</translation>
    </message>
    <message numerus="yes">
        <source>Added: %n task(s)</source>
        <translation>
            <numerusform>Tilføjet: %n opgave</numerusform>
            <numerusform>Tilføjet: %n opgaver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n task(s)</source>
        <translation>
            <numerusform>Ændret: %n opgave</numerusform>
            <numerusform>Ændret: %n opgaver</numerusform>
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
            <numerusform>Udgået: %n opgave (bevares, men skjules som standard)</numerusform>
            <numerusform>Udgået: %n opgaver (bevares, men skjules som standard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n task(s)</source>
        <translation>
            <numerusform>Uændret: %n opgave</numerusform>
            <numerusform>Uændret: %n opgaver</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fejl: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>Importing the handbook…</source>
        <translation>Importerer håndbogen…</translation>
    </message>
    <message>
        <source>Handbook version &quot;%1&quot; was imported: %2.</source>
        <translation>Håndbogsversionen &quot;%1&quot; er importeret: %2.</translation>
    </message>
    <message>
        <source>A restore point was taken first (%1). To go back to the handbook as it was, restore it under File &gt; Restore Points.</source>
        <translation>Der blev først oprettet et gendannelsespunkt (%1). Hvis du vil tilbage til håndbogen, som den var, kan du gendanne det under Filer &gt; Gendannelsespunkter.</translation>
    </message>
    <message>
        <source>This is the first handbook of the database, so no restore point was needed.</source>
        <translation>Dette er databasens første håndbog, så der var ikke brug for et gendannelsespunkt.</translation>
    </message>
</context>
<context>
    <name>parat::ImportStatuses</name>
    <message>
        <source>Import statuses from %1</source>
        <translation>Indlæs statusser fra %1</translation>
    </message>
</context>
<context>
    <name>parat::InitCli</name>
    <message>
        <source>The demo municipality %1 %2 is already there.</source>
        <translation>Demokommunen %1 %2 findes allerede.</translation>
    </message>
    <message>
        <source>Added the demo municipality %1 %2 with go-live on %3.</source>
        <translation>Demokommunen %1 %2 er tilføjet med idriftsættelse den %3.</translation>
    </message>
    <message>
        <source>The database %1 already has a handbook (version %2).</source>
        <translation>Databasen %1 har allerede en håndbog (version %2).</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with the sample handbook (%n task(s); sample data, not KOMBIT&apos;s handbook).</source>
        <translation>
            <numerusform>%1 er oprettet med eksempelhåndbogen (%n opgave; eksempeldata, ikke KOMBITs håndbog).</numerusform>
            <numerusform>%1 er oprettet med eksempelhåndbogen (%n opgaver; eksempeldata, ikke KOMBITs håndbog).</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the database.</source>
        <translation>Opret databasen.</translation>
    </message>
    <message>
        <source>the date the demo is built for (default: today)</source>
        <translation>den dato, demoen bygges til (standard: i dag)</translation>
    </message>
    <message>
        <source>Create the database with the bundled sample handbook; --demo adds a demo municipality.</source>
        <translation>Opret databasen med den medfølgende eksempelhåndbog; --demo tilføjer en demokommune.</translation>
    </message>
    <message>
        <source>add a demo municipality (go-live on the first 1 January at least two weeks after the as-of date)</source>
        <translation>tilføj en demokommune (go-live-dato den første 1. januar mindst to uger efter opgørelsesdatoen)</translation>
    </message>
</context>
<context>
    <name>parat::InputLimits</name>
    <message>
        <source>%1 must be a date between %2 and %3.</source>
        <translation>%1 skal være en dato mellem %2 og %3.</translation>
    </message>
    <message>
        <source>%1 needs a date written as YYYY-MM-DD, such as 2027-02-01; found &quot;%2&quot;.</source>
        <translation>%1 kræver en dato skrevet som ÅÅÅÅ-MM-DD, f.eks. 2027-02-01; fandt &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>parat::LocalTaskDialog</name>
    <message>
        <source>Edit Local Task %1</source>
        <translation>Rediger lokal opgave %1</translation>
    </message>
    <message>
        <source>New Local Task</source>
        <translation>Ny lokal opgave</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>Released from the st&amp;art</source>
        <translation>Frigivet fra &amp;starten</translation>
    </message>
    <message>
        <source> weeks from go-live</source>
        <translation> uger fra idriftsættelsen</translation>
    </message>
    <message>
        <source>Release, weeks from go-live</source>
        <translation>Frigivelse, uger fra idriftsættelsen</translation>
    </message>
    <message>
        <source>&amp;Weeks from go-live:</source>
        <translation>&amp;Uger fra idriftsættelsen:</translation>
    </message>
    <message>
        <source>Due, weeks from go-live</source>
        <translation>Frist, uger fra idriftsættelsen</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>På &amp;dato:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>The municipality has no go-live date yet, so a date cannot be turned into weeks.</source>
        <translation>Kommunen har endnu ingen go-live-dato, så en dato kan ikke omregnes til uger.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <source>&amp;Mandatory</source>
        <translation>&amp;Obligatorisk</translation>
    </message>
    <message>
        <source>Mileston&amp;e</source>
        <translation>&amp;Milepæl</translation>
    </message>
    <message>
        <source>Estimate is per pers&amp;on</source>
        <translation>Timetallet gælder &amp;pr. person</translation>
    </message>
    <message>
        <source>&amp;Title (Danish):</source>
        <translation>&amp;Titel (dansk):</translation>
    </message>
    <message>
        <source>Title (E&amp;nglish):</source>
        <translation>Titel (e&amp;ngelsk):</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Responsible role:</source>
        <translation>&amp;Ansvarlig (rolle):</translation>
    </message>
    <message>
        <source>Per&amp;former role:</source>
        <translation>Udfø&amp;rer (rolle):</translation>
    </message>
    <message>
        <source>Re&amp;lease:</source>
        <translation>Fri&amp;givelse:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>E&amp;stimate:</source>
        <translation>Anslået t&amp;imetal:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Tilføj opgave</translation>
    </message>
    <message>
        <source>The municipality has no go-live date yet; the due date follows once it has one.</source>
        <translation>Kommunen har endnu ingen go-live-dato; fristen beregnes, når den har en.</translation>
    </message>
    <message numerus="yes">
        <source>Stored as %n week(s) from go-live: due %1 (%2).</source>
        <translation>
            <numerusform>Gemmes som %n uge fra idriftsættelsen: frist %1 (%2).</numerusform>
            <numerusform>Gemmes som %n uger fra idriftsættelsen: frist %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1 (%2).</source>
        <translation>Frist %1 (%2).</translation>
    </message>
    <message>
        <source>Write a Danish title for the task.</source>
        <translation>Skriv en dansk titel til opgaven.</translation>
    </message>
    <message>
        <source>The task cannot be released after it is due (released %1 weeks, due %2 weeks from go-live).</source>
        <translation>Opgaven kan ikke frigives efter sin frist (frigives %1 uger og har frist %2 uger fra idriftsættelsen).</translation>
    </message>
</context>
<context>
    <name>parat::LogHistoryText</name>
    <message>
        <source>The history could not be saved</source>
        <translation>Historikken kunne ikke gemmes</translation>
    </message>
</context>
<context>
    <name>parat::MainWindow</name>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation>&amp;Find opgave</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Parat</source>
        <translation>&amp;Om Parat</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Handbook: %1</source>
        <translation>Håndbog: %1</translation>
    </message>
    <message>
        <source>About Parat</source>
        <translation>Om Parat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline planning companion for a municipality&apos;s DUBU 3.0 implementation.&lt;/p&gt;&lt;p&gt;Licence: Mozilla Public License 2.0.&lt;/p&gt;&lt;p&gt;The bundled handbook is sample data written for Parat; it is not KOMBIT&apos;s implementation handbook.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Parat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Planlægningsværktøj, der virker offline, til en kommunes implementering af DUBU 3.0.&lt;/p&gt;&lt;p&gt;Licens: Mozilla Public License 2.0.&lt;/p&gt;&lt;p&gt;Den medfølgende håndbog er eksempeldata skrevet til Parat; den er ikke KOMBITs implementeringshåndbog.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overblik</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Op&amp;gaver</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>&amp;Import handbook…</source>
        <translation>&amp;Importer håndbog…</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>&amp;Add municipality…</source>
        <translation>&amp;Tilføj kommune…</translation>
    </message>
    <message>
        <source>&amp;Edit municipality…</source>
        <translation>&amp;Rediger kommune…</translation>
    </message>
    <message>
        <source>&amp;Remove municipality…</source>
        <translation>&amp;Fjern kommune…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemets sprog</translation>
    </message>
    <message>
        <source>%1 %2 – Parat</source>
        <translation>%1 %2 – Parat</translation>
    </message>
    <message>
        <source>No handbook imported</source>
        <translation>Ingen håndbog importeret</translation>
    </message>
    <message>
        <source>S&amp;uperusers and hours</source>
        <translation>&amp;Superbrugere og timer</translation>
    </message>
    <message>
        <source>Sta&amp;keholders</source>
        <translation>I&amp;nteressenter</translation>
    </message>
    <message>
        <source>&amp;Communication plan</source>
        <translation>Ko&amp;mmunikationsplan</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>R&amp;apport</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1 is open read-only (another Parat has it open, or the file or its folder cannot be written). Changes cannot be saved.</source>
        <translation>&lt;b&gt;Skrivebeskyttet:&lt;/b&gt; %1 er åbnet skrivebeskyttet (en anden Parat har den åben, eller der kan ikke skrives til filen eller dens mappe). Ændringer kan ikke gemmes.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>plan.parat</source>
        <translation>plan.parat</translation>
    </message>
    <message>
        <source>Parat databases (*.parat *.sqlite)</source>
        <translation>Parat-databaser (*.parat *.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Parat databases (*.parat *.sqlite);;All files (*)</source>
        <translation>Parat-databaser (*.parat *.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Print status report…</source>
        <translation>&amp;Udskriv statusrapport…</translation>
    </message>
    <message>
        <source>Save status report as P&amp;DF…</source>
        <translation>Gem statusrapport som P&amp;DF…</translation>
    </message>
    <message>
        <source>Export reports for &amp;all municipalities…</source>
        <translation>&amp;Eksporter rapporter for alle kommuner…</translation>
    </message>
    <message>
        <source>Restore &amp;points…</source>
        <translation>&amp;Gendannelsespunkter…</translation>
    </message>
    <message>
        <source>Stakeholder &amp;map</source>
        <translation>In&amp;teressentkort</translation>
    </message>
    <message>
        <source>&amp;Export map as PNG…</source>
        <translation>&amp;Eksporter kort som PNG…</translation>
    </message>
    <message>
        <source>&amp;Print map…</source>
        <translation>&amp;Udskriv kort…</translation>
    </message>
    <message>
        <source>No other databases opened yet</source>
        <translation>Der er endnu ikke åbnet andre databaser</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File ▸ Open database.</source>
        <translation>%1 findes allerede. Vælg et nyt filnavn, eller åbn filen med Filer ▸ Åbn database.</translation>
    </message>
    <message>
        <source>Municipalit&amp;y:</source>
        <translation>K&amp;ommune:</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>N&amp;æste side</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>Fo&amp;rrige side</translation>
    </message>
    <message>
        <source>Save the demo as</source>
        <translation>Gem demoen som</translation>
    </message>
    <message>
        <source>demo.parat</source>
        <translation>demo.parat</translation>
    </message>
    <message>
        <source>Risks &amp;and decisions</source>
        <translation>Risici og &amp;beslutninger</translation>
    </message>
    <message>
        <source>&amp;Go-live readiness</source>
        <translation>Parat&amp;hed til go-live</translation>
    </message>
    <message>
        <source>Run&amp;book</source>
        <translation>Dre&amp;jebog</translation>
    </message>
    <message>
        <source>Export &amp;calendar (iCalendar)…</source>
        <translation>Eksporter &amp;kalender (iCalendar)…</translation>
    </message>
    <message>
        <source>Export &amp;tasks to Excel…</source>
        <translation>Eksporter &amp;opgaver til Excel…</translation>
    </message>
    <message>
        <source>Export &amp;status sheet…</source>
        <translation>Eksportér &amp;statusark…</translation>
    </message>
    <message>
        <source>Import stat&amp;uses…</source>
        <translation>Indlæs stat&amp;usser…</translation>
    </message>
    <message>
        <source>Write task &amp;sheets (PDF)…</source>
        <translation>Skriv opga&amp;veark (PDF)…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Forbind til &amp;server …</translation>
    </message>
    <message>
        <source>Restore points are copies of a database file; this plan is on a server. Take a copy of it with: parat copy %1 FILE</source>
        <translation>Gendannelsespunkter er kopier af en databasefil; denne plan ligger på en server. Tag en kopi af den med: parat copy %1 FIL</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>&amp;Back up the plan to a file…</source>
        <translation>&amp;Tag sikkerhedskopi af planen i en fil…</translation>
    </message>
    <message>
        <source>Restore the plan from a bac&amp;kup…</source>
        <translation>&amp;Gendan planen fra en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>all municipalities</source>
        <translation>alle kommuner</translation>
    </message>
    <message>
        <source>Logged in as %1 · %2 · %3</source>
        <translation>Logget ind som %1 · %2 · %3</translation>
    </message>
    <message>
        <source>no municipalities</source>
        <translation>ingen kommuner</translation>
    </message>
    <message>
        <source>Your role on the server: %1. What you may do is decided by the server.</source>
        <translation>Din rolle på serveren: %1. Det er serveren, der afgør, hvad du må.</translation>
    </message>
    <message>
        <source>Your access on the server changed: %1</source>
        <translation>Din adgang på serveren er ændret: %1</translation>
    </message>
</context>
<context>
    <name>parat::MarkCommunicationDone</name>
    <message>
        <source>Mark communication &quot;%1&quot; done</source>
        <translation>markering af kommunikationsaktiviteten &quot;%1&quot; som gennemført</translation>
    </message>
</context>
<context>
    <name>parat::MarkReportSent</name>
    <message>
        <source>Mark the report of %1 as sent</source>
        <translation>markering af rapporten for %1 som sendt</translation>
    </message>
</context>
<context>
    <name>parat::MergeText</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n tilføjet</numerusform>
            <numerusform>%n tilføjede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ændret</numerusform>
            <numerusform>%n ændrede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n udgået</numerusform>
            <numerusform>%n udgåede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uændret</numerusform>
            <numerusform>%n uændrede</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>Tilføjet %1: %2</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>Ændret %1: %2</translation>
    </message>
    <message>
        <source>    %1: %2 → %3</source>
        <translation>    %1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Withdrawn %1: %2</source>
        <translation>Udgået %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The file has no column %1: the stored values of these fields are kept.</source>
        <translation>
            <numerusform>Filen har ikke kolonnen %1: den gemte værdi af feltet bevares.</numerusform>
            <numerusform>Filen har ikke kolonnerne %1: de gemte værdier af felterne bevares.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Danish title</source>
        <translation>Dansk titel</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Engelsk titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Responsible role</source>
        <translation>Ansvarlig rolle</translation>
    </message>
    <message>
        <source>Performer role</source>
        <translation>Udførende rolle</translation>
    </message>
    <message>
        <source>Released (weeks from go-live)</source>
        <translation>Frigives (uger fra go-live-datoen)</translation>
    </message>
    <message>
        <source>Deadline (weeks from go-live)</source>
        <translation>Frist (uger fra go-live-datoen)</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Anslået timetal</translation>
    </message>
    <message>
        <source>Hours per person</source>
        <translation>Timer pr. person</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Afhænger af</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern reference</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Udgået</translation>
    </message>
</context>
<context>
    <name>parat::MoveStakeholder</name>
    <message>
        <source>Move %1 on the stakeholder map</source>
        <translation>flytning af %1 på interessentkortet</translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityCli</name>
    <message>
        <source>%1 is not a Danish municipality code. Use the official four-digit code, e.g. 0101 for København.</source>
        <translation>%1 er ikke en dansk kommunekode. Brug den officielle firecifrede kode, f.eks. 0101 for København.</translation>
    </message>
    <message>
        <source>%1 %2 is already in the database.</source>
        <translation>%1 %2 findes allerede i databasen.</translation>
    </message>
    <message>
        <source>Added %1 %2.</source>
        <translation>%1 %2 er tilføjet.</translation>
    </message>
    <message>
        <source>No municipalities yet. Add one with: parat municipality add CODE</source>
        <translation>Der er endnu ingen kommuner. Tilføj en med: parat municipality add KODE</translation>
    </message>
    <message>
        <source>no go-live date</source>
        <translation>ingen go-live-dato</translation>
    </message>
    <message>
        <source>The municipalities in the database.</source>
        <translation>Kommunerne i databasen.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>the go-live date</source>
        <translation>datoen for idriftsættelse</translation>
    </message>
    <message>
        <source>Add a municipality by its official four-digit code.</source>
        <translation>Tilføj en kommune med dens officielle firecifrede kode.</translation>
    </message>
    <message>
        <source>List the municipalities: code, name, region and go-live date.</source>
        <translation>Vis kommunerne: kode, navn, region og dato for idriftsættelse.</translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityCommandText</name>
    <message>
        <source>the municipality (may be left out when there is only one)</source>
        <translation>kommunen (kan udelades, når der kun er én)</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>There is no municipality with code %1 in the database.</source>
        <translation>Der er ingen kommune med koden %1 i databasen.</translation>
    </message>
    <message>
        <source>There are no municipalities in the database yet.</source>
        <translation>Der er endnu ingen kommuner i databasen.</translation>
    </message>
    <message>
        <source>Name the municipality with --municipality CODE.</source>
        <translation>Angiv kommunen med --municipality KODE.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2.</source>
        <translation>--%1 skal være en af %2.</translation>
    </message>
    <message>
        <source>There is no task with key %1 in %2.</source>
        <translation>Der er ingen opgave med nøglen %1 i %2.</translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityDialog</name>
    <message>
        <source>Add Municipality</source>
        <translation>Tilføj kommune</translation>
    </message>
    <message>
        <source>&amp;Search by name or code:</source>
        <translation>&amp;Søg efter navn eller kode:</translation>
    </message>
    <message>
        <source>For example Vejle or 0630</source>
        <translation>For eksempel Vejle eller 0630</translation>
    </message>
    <message>
        <source>Official municipalities</source>
        <translation>Officielle kommuner</translation>
    </message>
    <message>
        <source>No municipality matches the search.</source>
        <translation>Ingen kommune passer til søgningen.</translation>
    </message>
    <message>
        <source>&amp;Go-live date:</source>
        <translation>&amp;Go-live-dato:</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Go-live-dato</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <source>Project &amp;owner:</source>
        <translation>Projekt&amp;ejer:</translation>
    </message>
    <message>
        <source>Project &amp;leader:</source>
        <translation>Projekt&amp;leder:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Edit Municipality</source>
        <translation>Rediger kommune</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>municipality (region)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>%1 %2 (already added)</source>
        <translation>%1 %2 (allerede tilføjet)</translation>
    </message>
    <message>
        <source>The municipality is no longer in the database.</source>
        <translation>Kommunen findes ikke længere i databasen.</translation>
    </message>
    <message>
        <source>Remove %1 from this database?

Its go-live date, people, task statuses, task history and local tasks are removed with it. The handbook stays. A restore point is taken first, and Edit &gt; Undo puts everything back.</source>
        <translation>Vil du fjerne %1 fra denne database?

Kommunens dato for idriftsættelse, personer, opgavestatusser, opgavehistorik og lokale opgaver fjernes sammen med den. Håndbogen bliver. Der oprettes først et gendannelsespunkt, og Rediger &gt; Fortryd bringer det hele tilbage.</translation>
    </message>
    <message>
        <source>Remove Municipality</source>
        <translation>Fjern kommune</translation>
    </message>
    <message>
        <source>%1 was not removed because no restore point could be taken first: %2</source>
        <translation>%1 blev ikke fjernet, fordi der ikke først kunne oprettes et gendannelsespunkt: %2</translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityOverviewModel</name>
    <message numerus="yes">
        <source>%1 done, %2 planned by now (%n relevant task(s))</source>
        <translation>
            <numerusform>%1 fuldført, %2 planlagt til nu (%n relevant opgave)</numerusform>
            <numerusform>%1 fuldført, %2 planlagt til nu (%n relevante opgaver)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done minus planned, in percentage points</source>
        <translation>Fuldført minus planlagt, i procentpoint</translation>
    </message>
    <message>
        <source>Traffic light: %1</source>
        <translation>Trafiklys: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live-dato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Variance (points)</source>
        <translation>Afvigelse (procentpoint)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Trafiklys</translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityRepository</name>
    <message>
        <source>&quot;%1&quot; is not the code of a Danish municipality. Use one of the 98 official four-digit codes, for example 0101 for Copenhagen.</source>
        <translation>&quot;%1&quot; er ikke koden for en dansk kommune. Brug en af de 98 officielle firecifrede koder, for eksempel 0101 for København.</translation>
    </message>
    <message>
        <source>Municipality %1 (%2) is already in the database.</source>
        <translation>Kommune %1 (%2) findes allerede i databasen.</translation>
    </message>
    <message>
        <source>Municipality %1 could not be added</source>
        <translation>Kommune %1 kunne ikke tilføjes</translation>
    </message>
    <message>
        <source>The municipality to change is not in the database.</source>
        <translation>Kommunen, der skal ændres, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>Municipality %1 could not be changed</source>
        <translation>Kommune %1 kunne ikke ændres</translation>
    </message>
    <message>
        <source>The municipality to remove is not in the database.</source>
        <translation>Kommunen, der skal fjernes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>Municipality %1 could not be removed</source>
        <translation>Kommune %1 kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The tables could not be listed</source>
        <translation>Listen over tabeller kunne ikke hentes</translation>
    </message>
    <message>
        <source>The municipality is not in the database.</source>
        <translation>Kommunen findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The tables of the database link to each other too deeply to be copied.</source>
        <translation>Databasens tabeller henviser for dybt til hinanden til at kunne kopieres.</translation>
    </message>
    <message>
        <source>The rows of table %1 could not be read</source>
        <translation>Rækkerne i tabel %1 kunne ikke læses</translation>
    </message>
    <message>
        <source>There is no municipality to put back.</source>
        <translation>Der er ingen kommune at genskabe.</translation>
    </message>
    <message>
        <source>Municipality %1 (%2) cannot be put back: it is in the database again.</source>
        <translation>Kommune %1 (%2) kan ikke genskabes: Den findes allerede i databasen igen.</translation>
    </message>
    <message>
        <source>The database could not defer its checks</source>
        <translation>Databasen kunne ikke udskyde sine kontroller</translation>
    </message>
    <message>
        <source>Municipality %1 could not be put back (table %2)</source>
        <translation>Kommune %1 kunne ikke genskabes (tabel %2)</translation>
    </message>
</context>
<context>
    <name>parat::OpenDatabase</name>
    <message>
        <source>Today&apos;s restore point could not be taken: %1</source>
        <translation>Dagens gendannelsespunkt kunne ikke oprettes: %1</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Åbn skrivebeskyttet?</translation>
    </message>
    <message>
        <source>Open it read-only now, to look without changing anything?</source>
        <translation>Vil du åbne den skrivebeskyttet nu, så du kan se indholdet uden at ændre noget?</translation>
    </message>
    <message>
        <source>Open the latest restore point?</source>
        <translation>Åbn det seneste gendannelsespunkt?</translation>
    </message>
    <message>
        <source>The copy %1 could not be made.</source>
        <translation>Kopien %1 kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>The newest verified restore point is from %1. Open a copy of it as %2? The damaged file stays as it is.</source>
        <translation>Det nyeste kontrollerede gendannelsespunkt er fra %1. Vil du åbne en kopi af det som %2? Den beskadigede fil forbliver, som den er.</translation>
    </message>
    <message>
        <source>The server asks for a password: %1</source>
        <translation>Serveren beder om en adgangskode: %1</translation>
    </message>
</context>
<context>
    <name>parat::OutputTarget</name>
    <message>
        <source>%1 is inside the restore folder of the open database; restore points are never overwritten. Choose a file in another folder.</source>
        <translation>%1 ligger i gendannelsesmappen til den åbne database; gendannelsespunkter overskrives aldrig. Vælg en fil i en anden mappe.</translation>
    </message>
    <message>
        <source>%1 is the open database; writing a report there would destroy the plan. Choose another file name.</source>
        <translation>%1 er den åbne database; hvis rapporten blev skrevet dér, ville planen gå tabt. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>%1 belongs to the open database (its journal or lock file); writing a report there would damage the plan. Choose another file name.</source>
        <translation>%1 hører til den åbne database (dens journal- eller låsefil); hvis rapporten blev skrevet dér, ville planen blive beskadiget. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Der er ikke angivet et filnavn til rapporten.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; give the name of the file to write.</source>
        <translation>%1 er en mappe, ikke en fil; angiv navnet på den fil, der skal skrives.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device or another special file); give the name of an ordinary file to write.</source>
        <translation>%1 er ikke en almindelig fil (det er en enhed eller en anden særlig fil); angiv navnet på en almindelig fil, der skal skrives.</translation>
    </message>
    <message>
        <source>No folder was given for the reports.</source>
        <translation>Der er ikke angivet en mappe til rapporterne.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; give a folder for the reports.</source>
        <translation>%1 er en fil, ikke en mappe; angiv en mappe til rapporterne.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full (the file needs %2, and %3 is free). Free some space or choose another place; nothing was written.</source>
        <translation>%1 kunne ikke skrives: Disken er fuld (filen kræver %2, og der er %3 ledig). Frigør plads, eller vælg et andet sted; intet er skrevet.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>parat::OverviewPage</name>
    <message>
        <source>Why:</source>
        <translation>Hvorfor:</translation>
    </message>
    <message>
        <source>Progress against plan</source>
        <translation>Fremdrift i forhold til planen</translation>
    </message>
    <message>
        <source>&amp;All municipalities</source>
        <translation>&amp;Alle kommuner</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Trafiklys</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>There is no municipality yet. Add one to start planning.</source>
        <translation>Der er endnu ingen kommune. Tilføj en for at begynde planlægningen.</translation>
    </message>
    <message>
        <source>Choose a municipality to see its overview.</source>
        <translation>Vælg en kommune for at se dens overblik.</translation>
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
        <translation>Sat manuelt til %1: %2 (reglerne giver %3).</translation>
    </message>
    <message>
        <source>No relevant tasks yet.</source>
        <translation>Endnu ingen relevante opgaver.</translation>
    </message>
    <message numerus="yes">
        <source>%1 done, %2 planned by now (%3 points); %4 of %n relevant task(s) done.</source>
        <translation>
            <numerusform>%1 fuldført, %2 planlagt til nu (%3 procentpoint); %4 af %n relevant opgave er fuldført.</numerusform>
            <numerusform>%1 fuldført, %2 planlagt til nu (%3 procentpoint); %4 af %n relevante opgaver er fuldført.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Overdue (%n)</source>
        <translation>
            <numerusform>Forsi&amp;nket (%n)</numerusform>
            <numerusform>Forsi&amp;nket (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Ingen forsinkede opgaver.</translation>
    </message>
    <message numerus="yes">
        <source>Due in the next &amp;2 weeks (%n)</source>
        <translation>
            <numerusform>Frist inden for de næste &amp;2 uger (%n)</numerusform>
            <numerusform>Frist inden for de næste &amp;2 uger (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing open is due in the next 2 weeks.</source>
        <translation>Ingen åbne opgaver har frist inden for de næste 2 uger.</translation>
    </message>
    <message numerus="yes">
        <source>Due in &amp;3 to 4 weeks (%n)</source>
        <translation>
            <numerusform>Frist om &amp;3 til 4 uger (%n)</numerusform>
            <numerusform>Frist om &amp;3 til 4 uger (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else open is due within 4 weeks.</source>
        <translation>Ingen andre åbne opgaver har frist inden for 4 uger.</translation>
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
        <translation>Ingen opgaver er frigivet siden seneste rapport.</translation>
    </message>
    <message>
        <source>No tasks were released in the last 2 weeks.</source>
        <translation>Ingen opgaver er frigivet inden for de seneste 2 uger.</translation>
    </message>
    <message numerus="yes">
        <source>Done but not marked in &amp;KLIK (%n)</source>
        <translation>
            <numerusform>Fuldført, men ikke markeret i K&amp;LIK (%n)</numerusform>
            <numerusform>Fuldført, men ikke markeret i K&amp;LIK (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mandatory task that is done is marked in KLIK.</source>
        <translation>Alle fuldførte obligatoriske opgaver er markeret i KLIK.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (week)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Forsinket %n dag</numerusform>
            <numerusform>Forsinket %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>Frigivet %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Progress week by week</source>
        <translation>Fremdrift uge for uge</translation>
    </message>
</context>
<context>
    <name>parat::OverviewReportText</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live-dato</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Fremdrift (%)</translation>
    </message>
    <message>
        <source>Planned (%)</source>
        <translation>Planlagt (%)</translation>
    </message>
    <message>
        <source>Variance (points)</source>
        <translation>Afvigelse (procentpoint)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Capacity warnings</source>
        <translation>Kapacitetsadvarsler</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Trafiklys</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>%1 (set manually)</source>
        <translation>%1 (valgt manuelt)</translation>
    </message>
    <message>
        <source>DUBU readiness of all municipalities</source>
        <translation>Parathed til DUBU i alle kommuner</translation>
    </message>
    <message numerus="yes">
        <source>Overview of %n municipality(s)</source>
        <translation>
            <numerusform>Overblik over %n kommune</numerusform>
            <numerusform>Overblik over %n kommuner</numerusform>
        </translation>
    </message>
    <message>
        <source>Report date %1</source>
        <translation>Rapportdato %1</translation>
    </message>
    <message>
        <source>Status as of %1. Progress is the share of the work done (hours-weighted); variance is progress minus planned progress, in percentage points.</source>
        <translation>Status pr. %1. Fremdrift er den andel af arbejdet, der er fuldført (vægtet efter timer); afvigelse er fremdrift minus planlagt fremdrift i procentpoint.</translation>
    </message>
    <message>
        <source>No municipalities yet.</source>
        <translation>Endnu ingen kommuner.</translation>
    </message>
</context>
<context>
    <name>parat::OverviewText</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n uge</numerusform>
            <numerusform>%n uger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>weeks and days</comment>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>Released since the last report (%1)</source>
        <translation>Frigivet siden seneste rapport (%1)</translation>
    </message>
    <message>
        <source>Released in the last 2 weeks</source>
        <translation>Frigivet inden for de seneste 2 uger</translation>
    </message>
    <message>
        <source>No go-live date yet</source>
        <translation>Endnu ingen dato for idriftsættelse</translation>
    </message>
    <message>
        <source>Go-live %1 (%2)</source>
        <translation>Go-live-dato %1 (%2)</translation>
    </message>
    <message>
        <source>Go-live is today</source>
        <translation>Idriftsættelsen er i dag</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <comment>weeks and days until go-live</comment>
        <translation>%1 tilbage</translation>
    </message>
    <message>
        <source>Went live %1 ago</source>
        <comment>weeks and days since go-live</comment>
        <translation>Idriftsættelsen var for %1 siden</translation>
    </message>
</context>
<context>
    <name>parat::PeoplePage</name>
    <message>
        <source>&amp;People of the municipality:</source>
        <translation>Kommunens &amp;personer:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Tilføj person…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>F&amp;jern…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n task(s) name them as responsible or performer; those tasks will name nobody. You can undo this.</source>
        <translation>
            <numerusform>Vil du fjerne %1? %n opgave angiver personen som ansvarlig eller udfører; opgaven vil derefter ikke angive nogen. Du kan fortryde dette.</numerusform>
            <numerusform>Vil du fjerne %1? %n opgaver angiver personen som ansvarlig eller udfører; opgaverne vil derefter ikke angive nogen. Du kan fortryde dette.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1? You can undo this.</source>
        <translation>Vil du fjerne %1? Du kan fortryde dette.</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Fjern person</translation>
    </message>
</context>
<context>
    <name>parat::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <source>name@example.dk</source>
        <translation>navn@example.dk</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Leder:</translation>
    </message>
    <message>
        <source>Registered in &amp;KLIK</source>
        <translation>Registreret i &amp;KLIK</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Skriv personens navn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@example.dk).</source>
        <translation>&quot;%1&quot; er ikke en e-mailadresse (forventet: navn@example.dk).</translation>
    </message>
</context>
<context>
    <name>parat::PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation>En person skal have et navn.</translation>
    </message>
    <message>
        <source>The municipality of %1 is not in the database.</source>
        <translation>Kommunen for %1 findes ikke i databasen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@example.dk).</source>
        <translation>&quot;%1&quot; er ikke en e-mailadresse (forventet: navn@example.dk).</translation>
    </message>
    <message>
        <source>%1 cannot be their own manager.</source>
        <translation>%1 kan ikke være sin egen leder.</translation>
    </message>
    <message>
        <source>The manager of %1 must be a person of the same municipality.</source>
        <translation>Lederen af %1 skal være en person fra samme kommune.</translation>
    </message>
    <message>
        <source>%1 could not be added</source>
        <translation>%1 kunne ikke tilføjes</translation>
    </message>
    <message>
        <source>The person to change is not in the database.</source>
        <translation>Personen, der skal ændres, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to another municipality.</source>
        <translation>%1 kan ikke flyttes til en anden kommune.</translation>
    </message>
    <message>
        <source>%1 could not be changed</source>
        <translation>%1 kunne ikke ændres</translation>
    </message>
    <message>
        <source>The person to remove is not in the database.</source>
        <translation>Personen, der skal fjernes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The links to %1 could not be read.</source>
        <translation>Henvisningerne til %1 kunne ikke læses.</translation>
    </message>
    <message>
        <source>The person to put back has no number.</source>
        <translation>Personen, der skal genskabes, har intet nummer.</translation>
    </message>
    <message>
        <source>%1 cannot be put back: the number is used by another person.</source>
        <translation>%1 kan ikke genskabes: Nummeret bruges af en anden person.</translation>
    </message>
    <message>
        <source>%1 could not be put back</source>
        <translation>%1 kunne ikke genskabes</translation>
    </message>
    <message>
        <source>The tasks of %1 could not be linked again</source>
        <translation>Opgaverne for %1 kunne ikke tilknyttes igen</translation>
    </message>
    <message>
        <source>The people managed by %1 could not be linked again</source>
        <translation>Personerne med %1 som leder kunne ikke tilknyttes igen</translation>
    </message>
    <message>
        <source>The allocations approved by %1 could not be linked again</source>
        <translation>Den afsatte tid, som %1 har godkendt, kunne ikke tilknyttes igen</translation>
    </message>
    <message>
        <source>The number of caseworkers covered must be between 0 and 100000.</source>
        <translation>Antallet af dækkede sagsbehandlere skal være mellem 0 og 100.000.</translation>
    </message>
    <message>
        <source>&quot;Active until&quot; (%1) is before &quot;appointed on&quot; (%2).</source>
        <translation>&quot;Aktiv til&quot; (%1) ligger før &quot;Udpeget den&quot; (%2).</translation>
    </message>
    <message>
        <source>The superuser details could not be saved</source>
        <translation>Superbrugeroplysningerne kunne ikke gemmes</translation>
    </message>
    <message>
        <source>The links to %1 could not be restored</source>
        <translation>Forbindelserne til %1 kunne ikke genskabes</translation>
    </message>
</context>
<context>
    <name>parat::PersonTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Registered in KLIK</source>
        <translation>Registreret i KLIK</translation>
    </message>
</context>
<context>
    <name>parat::PersonTaskModel</name>
    <message numerus="yes">
        <source>%n task(s), %1 h</source>
        <translation>
            <numerusform>%n opgave, %1 t</numerusform>
            <numerusform>%n opgaver, %1 t</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 h short</source>
        <translation>%1 t for lidt</translation>
    </message>
    <message>
        <source>%1 h free</source>
        <translation>%1 t i overskud</translation>
    </message>
    <message>
        <source>%1 (%2): %3 – set aside %4 h, needed %5 h (%6)</source>
        <translation>%1 (%2): %3 – afsat %4 t, behov %5 t (%6)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – overskredet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Spørg</translation>
    </message>
</context>
<context>
    <name>parat::PersonTasksPane</name>
    <message>
        <source>Tasks of a Person</source>
        <translation>Opgaver for en person</translation>
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
        <translation>Personens opgaver efter frist</translation>
    </message>
    <message>
        <source>Task &amp;Sheet (PDF)…</source>
        <translation>Opgave&amp;ark (PDF)…</translation>
    </message>
    <message>
        <source>Task sheet (PDF)</source>
        <translation>Opgaveark (PDF)</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>(vælg en person)</translation>
    </message>
    <message>
        <source>Choose a person to see what they are responsible for or perform.</source>
        <translation>Vælg en person for at se, hvad personen er ansvarlig for eller udfører.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open task(s) handed out. Enter opens a task in the task list.</source>
        <translation>
            <numerusform>%1: %n åben opgave uddelt. Enter åbner opgaven i opgavelisten.</numerusform>
            <numerusform>%1: %n åbne opgaver uddelt. Enter åbner en opgave i opgavelisten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::PersonTasksText</name>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>Next 2 weeks</source>
        <translation>De næste 2 uger</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Udfører</translation>
    </message>
    <message>
        <source>Responsible and performer</source>
        <translation>Ansvarlig og udfører</translation>
    </message>
    <message>
        <source>All superusers</source>
        <translation>Alle superbrugere</translation>
    </message>
</context>
<context>
    <name>parat::PlanBackup</name>
    <message>
        <source>%1 already exists; a backup is written only to a new file and never over one.</source>
        <translation>%1 findes allerede; en sikkerhedskopi skrives kun til en ny fil og aldrig oven i en eksisterende.</translation>
    </message>
    <message>
        <source>The backup to %1 failed and has been removed: %2</source>
        <translation>Sikkerhedskopien til %1 mislykkedes og er fjernet: %2</translation>
    </message>
    <message>
        <source>The checksum record %1 could not be written (%2); the backup has been removed.</source>
        <translation>Kontrolsumfilen %1 kunne ikke skrives (%2); sikkerhedskopien er fjernet.</translation>
    </message>
    <message>
        <source>The backup %1 did not pass its check after writing and has been removed: %2</source>
        <translation>Sikkerhedskopien %1 bestod ikke kontrollen efter skrivningen og er fjernet: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2.</source>
        <translation>Sikkerhedskopien %1 kan ikke bruges: %2.</translation>
    </message>
    <message>
        <source>The backup %1 has no readable checksum record (%2), so it cannot be verified; Parat restores only a backup made with parat backup save.</source>
        <translation>Sikkerhedskopien %1 har ingen læsbar kontrolsumfil (%2) og kan derfor ikke kontrolleres; Parat gendanner kun en sikkerhedskopi taget med parat backup save.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>Sikkerhedskopien %1 kan ikke bruges: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not match its checksum record (database version %2, the record says %3).</source>
        <translation>Sikkerhedskopien %1 passer ikke med sin kontrolsumfil (databaseversion %2, kontrolsumfilen siger %3).</translation>
    </message>
    <message>
        <source>The backup %1 does not match its checksum record (tables: %2): it was changed or damaged after it was made.</source>
        <translation>Sikkerhedskopien %1 passer ikke med sin kontrolsumfil (tabeller: %2): den er ændret eller beskadiget, efter at den blev taget.</translation>
    </message>
    <message>
        <source>A backup is restored into a server database. A plan file is restored from its restore points: parat backup restore ID.</source>
        <translation>En sikkerhedskopi gendannes i en serverdatabase. En planfil gendannes fra sine gendannelsespunkter: parat backup restore ID.</translation>
    </message>
    <message>
        <source>Only a Parat administrator (parat_admin) or the plan&apos;s owner may restore a backup: it replaces the whole plan for every user. Your role is %1. Nothing was changed.</source>
        <translation>Kun en Parat-administrator (parat_admin) eller planens ejer må gendanne en sikkerhedskopi: den erstatter hele planen for alle brugere. Din rolle er %1. Intet er ændret.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The backup %1 has database version %2 and the server %3; open the backup with the Parat that matches the server first. Nothing was changed.</source>
        <translation>Sikkerhedskopien %1 har databaseversion %2 og serveren %3; åbn først sikkerhedskopien med den Parat, der passer til serveren. Intet er ændret.</translation>
    </message>
    <message>
        <source>The backup %1 and the server do not have the same tables. Nothing was changed.</source>
        <translation>Sikkerhedskopien %1 og serveren har ikke de samme tabeller. Intet er ændret.</translation>
    </message>
    <message>
        <source>the server&apos;s tables did not match the backup after writing (tables: %1)</source>
        <translation>serverens tabeller passede ikke med sikkerhedskopien efter skrivningen (tabeller: %1)</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored into %2: %3. Nothing was changed.</source>
        <translation>Sikkerhedskopien %1 kunne ikke gendannes i %2: %3. Intet er ændret.</translation>
    </message>
</context>
<context>
    <name>parat::PlanCopy</name>
    <message>
        <source>The table %1 could not be read: %2</source>
        <translation>Tabellen %1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>De to databaser har forskellige skemaversioner (%1 og %2).</translation>
    </message>
    <message>
        <source>%1 already holds a plan; Parat copies only into an empty one and never writes over a plan.</source>
        <translation>%1 indeholder allerede en plan; Parat kopierer kun til en tom database og skriver aldrig over en plan.</translation>
    </message>
    <message>
        <source>The two databases do not have the same tables.</source>
        <translation>De to databaser har ikke de samme tabeller.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the target.</source>
        <translation>Tabellen %1 har andre kolonner i målet.</translation>
    </message>
    <message>
        <source>The table %1 could not be written: %2</source>
        <translation>Tabellen %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>The plan could not be copied to %1: %2. Nothing was written there.</source>
        <translation>Planen kunne ikke kopieres til %1: %2. Intet blev skrevet dér.</translation>
    </message>
    <message>
        <source>The copy in %1 does not match the plan it was copied from (tables: %2). It has been removed.</source>
        <translation>Kopien i %1 stemmer ikke med den plan, den blev kopieret fra (tabeller: %2). Den er fjernet.</translation>
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
        <translation>Fuldført</translation>
    </message>
    <message>
        <source>Planned by now</source>
        <translation>Planlagt til nu</translation>
    </message>
    <message>
        <source>No tasks to show.</source>
        <translation>Ingen opgaver at vise.</translation>
    </message>
    <message>
        <source>Progress against plan per phase</source>
        <translation>Fremdrift i forhold til planen pr. fase</translation>
    </message>
    <message>
        <source>%1: %2 % done, %3 % planned</source>
        <translation>%1: %2 % fuldført, %3 % planlagt</translation>
    </message>
</context>
<context>
    <name>parat::ProgressChartWidget</name>
    <message>
        <source>Progress against plan per phase</source>
        <translation>Fremdrift i forhold til planen pr. fase</translation>
    </message>
    <message>
        <source>%1: %2 % done, %3 % planned</source>
        <translation>%1: %2 % fuldført, %3 % planlagt</translation>
    </message>
</context>
<context>
    <name>parat::ReadinessCli</name>
    <message>
        <source>the date to measure as of (default: today)</source>
        <translation>datoen der måles pr. (standard: i dag)</translation>
    </message>
    <message>
        <source>--format must be text or csv, not &quot;%1&quot;.</source>
        <translation>--format skal være text eller csv, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>Parathedsscore</translation>
    </message>
    <message>
        <source>No go-live criteria in %1. Create the default set with: parat readiness defaults</source>
        <translation>Ingen kriterier for go-live i %1. Opret standardkriterierne med: parat readiness defaults</translation>
    </message>
    <message>
        <source>Readiness score %1 of 100, light %2 (%3 met, %4 partly met, %5 not met, %6 not relevant).</source>
        <translation>Parathedsscore %1 af 100, lys %2 (%3 opfyldt, %4 delvist opfyldt, %5 ikke opfyldt, %6 ikke relevant).</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n go-live criterion/criteria; nothing was added.</source>
        <translation>
            <numerusform>%1 har allerede %n go-live-kriterium; intet er tilføjet.</numerusform>
            <numerusform>%1 har allerede %n go-live-kriterier; intet er tilføjet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n go-live criterion/criteria to %1.</source>
        <translation>
            <numerusform>%n go-live-kriterium er tilføjet til %1.</numerusform>
            <numerusform>%n go-live-kriterier er tilføjet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out FILE.</source>
        <translation>Angiv PDF-filen, der skal skrives, med --out FIL.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 er gemt</translation>
    </message>
    <message>
        <source>Go/no-go readiness: the go-live criteria, the readiness score and the decision paper.</source>
        <translation>Parathed til go/no-go: kriterierne for go-live, parathedsscoren og beslutningsoplægget.</translation>
    </message>
    <message>
        <source>text (the default) or csv</source>
        <translation>text (standard) eller csv</translation>
    </message>
    <message>
        <source>List the go-live criteria with their status (measured ones with their numbers), then the readiness score, light and reasons.</source>
        <translation>Vis kriterierne for go-live med deres status (de målte med deres tal) og derefter parathedsscore, lys og begrundelser.</translation>
    </message>
    <message>
        <source>Create the default go-live criteria from the handbook (only when there are none).</source>
        <translation>Opret standardkriterierne for go-live ud fra håndbogen (kun når der ingen er).</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF-filen, der skal skrives</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Write the go/no-go decision paper as a PDF: a summary page and the criteria list.</source>
        <translation>Skriv beslutningsoplægget til go/no-go som PDF: en side med sammenfatning og listen over kriterier.</translation>
    </message>
</context>
<context>
    <name>parat::ReadinessText</name>
    <message>
        <source>Progress is %1 percentage points behind plan: %2 % done, %3 % planned by now (red when more than %4 points behind).</source>
        <translation>Fremdriften er %1 procentpoint bagud i forhold til planen: %2 % er fuldført, %3 % var planlagt til nu (rød ved mere end %4 procentpoint bagud).</translation>
    </message>
    <message numerus="yes">
        <source>Go-live is in %n day(s)</source>
        <translation>
            <numerusform>Der er %n dag til idriftsættelsen</numerusform>
            <numerusform>Der er %n dage til idriftsættelsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Went live %n day(s) ago</source>
        <translation>
            <numerusform>Idriftsættelsen var for %n dag siden</numerusform>
            <numerusform>Idriftsættelsen var for %n dage siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and only %2 % of the work due by go-live is done (%3 of %n task(s)); at least %4 % is needed.</source>
        <translation>
            <numerusform>%1, og kun %2 % af det arbejde, der skal være udført inden idriftsættelsen, er fuldført (%3 af %n opgave); der kræves mindst %4 %.</numerusform>
            <numerusform>%1, og kun %2 % af det arbejde, der skal være udført inden idriftsættelsen, er fuldført (%3 af %n opgaver); der kræves mindst %4 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 (%3 h needed, %4 h allocated)</source>
        <translation>%1 i %2 (behov: %3 t, afsat: %4 t)</translation>
    </message>
    <message>
        <source>No relevant tasks yet; nothing is overdue.</source>
        <translation>Endnu ingen relevante opgaver; intet er forsinket.</translation>
    </message>
    <message>
        <source>No overdue tasks; progress is %1 percentage points ahead of plan (%2 % done, %3 % planned by now).</source>
        <translation>Ingen forsinkede opgaver; fremdriften er %1 procentpoint foran planen (%2 % fuldført, %3 % planlagt til nu).</translation>
    </message>
    <message>
        <source>No overdue tasks; progress is %1 percentage points behind plan (%2 % done, %3 % planned by now), within the tolerance of %4 points.</source>
        <translation>Ingen forsinkede opgaver; fremdriften er %1 procentpoint bagud i forhold til planen (%2 % fuldført, %3 % planlagt til nu), hvilket er inden for tolerancen på %4 procentpoint.</translation>
    </message>
    <message>
        <source>No overdue tasks; progress is on plan (%1 % done, %2 % planned by now).</source>
        <translation>Ingen forsinkede opgaver; fremdriften følger planen (%1 % fuldført, %2 % planlagt til nu).</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>last line of a list that was cut short</comment>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory task(s) more than %1 days overdue:</source>
        <translation>
            <numerusform>%n obligatorisk opgave er mere end %1 dage forsinket:</numerusform>
            <numerusform>%n obligatoriske opgaver er mere end %1 dage forsinket:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue:</source>
        <translation>
            <numerusform>%n opgave er forsinket:</numerusform>
            <numerusform>%n opgaver er forsinket:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over-allocated person-week(s) in the next %1 weeks:</source>
        <translation>
            <numerusform>I de næste %1 uger har en person i %n uge brug for flere timer end afsat:</numerusform>
            <numerusform>I de næste %1 uger er der %n tilfælde, hvor en person i en uge har brug for flere timer end afsat:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource person(s) %1 or more engagement steps below target:</source>
        <translation>
            <numerusform>%n ressourceperson er %1 eller flere engagementstrin under målet:</numerusform>
            <numerusform>%n ressourcepersoner er %1 eller flere engagementstrin under målet:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” (score %3)</source>
        <translation>%1 “%2” (score %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s) with a score of %1 or more:</source>
        <translation>
            <numerusform>%n åben risiko med score %1 eller derover:</numerusform>
            <numerusform>%n åbne risici med score %1 eller derover:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” (needed by %3)</source>
        <translation>%1 “%2” (frist %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) not taken by the date needed:</source>
        <translation>
            <numerusform>%n beslutning er ikke truffet inden fristen:</numerusform>
            <numerusform>%n beslutninger er ikke truffet inden fristen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::ReasonDialog</name>
    <message>
        <source>Reason for &quot;%1&quot;</source>
        <translation>Begrundelse for &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Why are the %n tasks set to &quot;%1&quot;? A reason is required.</source>
        <translation>
            <numerusform>Hvorfor sættes %n opgave til &quot;%1&quot;? Der skal angives en begrundelse.</numerusform>
            <numerusform>Hvorfor sættes de %n opgaver til &quot;%1&quot;? Der skal angives en begrundelse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why is the task set to &quot;%1&quot;? A reason is required.</source>
        <translation>Hvorfor sættes opgaven til &quot;%1&quot;? Der skal angives en begrundelse.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
</context>
<context>
    <name>parat::RemoveAllocation</name>
    <message numerus="yes">
        <source>Remove %n allocation(s) of %1</source>
        <translation>
            <numerusform>fjernelse af %n periode med afsat tid for %1</numerusform>
            <numerusform>fjernelse af %n perioder med afsat tid for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::RemoveCommunicationItem</name>
    <message>
        <source>Remove communication &quot;%1&quot;</source>
        <translation>fjernelse af kommunikationsaktiviteten &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>parat::RemoveDecision</name>
    <message>
        <source>Remove decision %1 %2</source>
        <translation>Fjern beslutning %1 %2</translation>
    </message>
</context>
<context>
    <name>parat::RemoveGoLiveCriterion</name>
    <message>
        <source>Remove go-live criterion %1</source>
        <translation>Fjern go-live-kriterium %1</translation>
    </message>
</context>
<context>
    <name>parat::RemoveLocalTask</name>
    <message>
        <source>Delete local task %1</source>
        <translation>sletning af den lokale opgave %1</translation>
    </message>
</context>
<context>
    <name>parat::RemoveMunicipality</name>
    <message>
        <source>Remove municipality %1</source>
        <translation>fjernelse af kommunen %1</translation>
    </message>
</context>
<context>
    <name>parat::RemovePerson</name>
    <message>
        <source>Remove %1</source>
        <translation>fjernelse af %1</translation>
    </message>
</context>
<context>
    <name>parat::RemoveRisk</name>
    <message>
        <source>Remove risk %1 %2</source>
        <translation>Fjern risiko %1 %2</translation>
    </message>
</context>
<context>
    <name>parat::RemoveRunbookStep</name>
    <message>
        <source>Remove runbook step %1 %2</source>
        <translation>Fjern trin %1 %2 fra drejebogen</translation>
    </message>
</context>
<context>
    <name>parat::RemoveStakeholder</name>
    <message>
        <source>Remove stakeholder %1</source>
        <translation>fjernelse af interessenten %1</translation>
    </message>
</context>
<context>
    <name>parat::ReportCli</name>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 er angivet to gange.</translation>
    </message>
    <message>
        <source>Give exactly one of --municipality, --all and --overview.</source>
        <translation>Angiv præcis ét af --municipality, --all og --overview.</translation>
    </message>
    <message>
        <source>--all writes into a folder: give --out-dir DIR (and no --out).</source>
        <translation>--all skriver til en mappe: Angiv --out-dir MAPPE (og ikke --out).</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE (and no --out-dir).</source>
        <translation>Angiv den fil, der skal skrives, med --out FIL (og ikke --out-dir).</translation>
    </message>
    <message>
        <source>Unknown format %1: use pdf, html or csv.</source>
        <translation>Ukendt format %1: Brug pdf, html eller csv.</translation>
    </message>
    <message>
        <source>Unknown language %1: use da or en.</source>
        <translation>Ukendt sprog %1: Brug da eller en.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 er gemt</translation>
    </message>
    <message>
        <source>There is no municipality with code %1 in the database.</source>
        <translation>Der er ingen kommune med koden %1 i databasen.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunne ikke oprettes.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written.</source>
        <translation>
            <numerusform>%n rapport er gemt.</numerusform>
            <numerusform>%n rapporter er gemt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status reports for the steering group.</source>
        <translation>Statusrapporter til styregruppen.</translation>
    </message>
    <message>
        <source>the report of one municipality</source>
        <translation>rapporten for én kommune</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>one report per municipality, into --out-dir</source>
        <translation>én rapport pr. kommune i mappen --out-dir</translation>
    </message>
    <message>
        <source>one row per municipality</source>
        <translation>én række pr. kommune</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>den fil, der skal skrives</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>the folder for --all (created when missing)</source>
        <translation>mappen til --all (oprettes, hvis den mangler)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>pdf, html or csv (default: the file name&apos;s suffix, else pdf)</source>
        <translation>pdf, html eller csv (standard: filnavnets endelse, ellers pdf)</translation>
    </message>
    <message>
        <source>the date the report is made as of (default: today)</source>
        <translation>den dato, rapporten opgøres pr. (standard: i dag)</translation>
    </message>
    <message>
        <source>separate CSV cells with commas instead of semicolons</source>
        <translation>adskil CSV-celler med kommaer i stedet for semikoloner</translation>
    </message>
    <message>
        <source>--overview --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD]</source>
        <translation>--overview --out FIL [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Note: the database is open read-only (another Parat has it open, or it cannot be written here), so this report is written but not recorded as sent.</source>
        <translation>Bemærk: Databasen er kun åben for læsning (en anden Parat har den åben, eller den kan ikke skrives her), så rapporten er skrevet, men ikke registreret som sendt.</translation>
    </message>
    <message>
        <source>--final records status reports as sent; the overview is not one.</source>
        <translation>--final registrerer statusrapporter som sendt; oversigten er ikke en statusrapport.</translation>
    </message>
    <message>
        <source>record the report as sent to the steering group (without it: a draft)</source>
        <translation>registrér rapporten som sendt til styregruppen (uden: en kladde)</translation>
    </message>
    <message>
        <source>--municipality CODE --out FILE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--comma] [--final]</source>
        <translation>--municipality KODE --out FIL [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--comma] [--final]</translation>
    </message>
    <message>
        <source>--all --out-dir DIR [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--final]</source>
        <translation>--all --out-dir MAPPE [--format pdf|html|csv] [--lang da|en] [--as-of YYYY-MM-DD] [--final]</translation>
    </message>
    <message>
        <source>Status reports for the steering group.
Without --format the file name&apos;s suffix decides (.html, .csv); otherwise PDF. A report is a draft unless --final records it as sent: the next report lists what changed since the last one sent.</source>
        <translation>Statusrapporter til styregruppen.
Uden --format afgør filnavnets endelse formatet (.html, .csv); ellers bliver det PDF. En rapport er en kladde, medmindre --final registrerer den som sendt: Næste rapport viser, hvad der er ændret siden den sidst sendte.</translation>
    </message>
</context>
<context>
    <name>parat::ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Rapporten kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>parat::ReportPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Gem som P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Eksporter HT&amp;ML…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>&amp;Eksporter CSV…</translation>
    </message>
    <message>
        <source>All m&amp;unicipalities…</source>
        <translation>A&amp;lle kommuner…</translation>
    </message>
    <message>
        <source>Save one PDF report per municipality into a folder</source>
        <translation>Gem én PDF-rapport pr. kommune i en mappe</translation>
    </message>
    <message>
        <source>Since the &amp;last report:</source>
        <translation>&amp;Siden sidste rapport:</translation>
    </message>
    <message>
        <source>&amp;Next period:</source>
        <translation>N&amp;æste periode:</translation>
    </message>
    <message>
        <source>Main &amp;problem:</source>
        <translation>Største &amp;problem:</translation>
    </message>
    <message>
        <source>R&amp;isks (one per line):</source>
        <translation>Risi&amp;ci (én pr. linje):</translation>
    </message>
    <message>
        <source>D&amp;ecisions for the steering group (one per line):</source>
        <translation>&amp;Beslutninger til styregruppen (én pr. linje):</translation>
    </message>
    <message>
        <source>Traffic &amp;light:</source>
        <translation>&amp;Trafiklys:</translation>
    </message>
    <message>
        <source>&amp;Reason for the manual light:</source>
        <translation>Be&amp;grundelse for manuelt valgt trafiklys:</translation>
    </message>
    <message>
        <source>As the rules say</source>
        <translation>Efter reglerne</translation>
    </message>
    <message>
        <source>Green (set manually)</source>
        <translation>Grøn (valgt manuelt)</translation>
    </message>
    <message>
        <source>Yellow (set manually)</source>
        <translation>Gul (valgt manuelt)</translation>
    </message>
    <message>
        <source>Red (set manually)</source>
        <translation>Rød (valgt manuelt)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;nvend</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Fortr&amp;yd ændringer</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Forhåndsvisning af rapporten</translation>
    </message>
    <message>
        <source>Required when the light is set manually</source>
        <translation>Skal udfyldes, når trafiklyset er valgt manuelt</translation>
    </message>
    <message>
        <source>Status report: choose a municipality</source>
        <translation>Statusrapport: Vælg en kommune</translation>
    </message>
    <message>
        <source>Status report: %1 %2</source>
        <translation>Statusrapport: %1 %2</translation>
    </message>
    <message>
        <source>Texts of the report of %1</source>
        <translation>Rapporttekster for %1</translation>
    </message>
    <message>
        <source>A manual traffic light needs a written reason. Write why the light differs from what the rules say, or choose &quot;As the rules say&quot;.</source>
        <translation>Et manuelt valgt trafiklys skal have en skriftlig begrundelse. Skriv, hvorfor trafiklyset afviger fra det, reglerne giver, eller vælg &quot;Efter reglerne&quot;.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Print status report</source>
        <translation>Udskriv statusrapport</translation>
    </message>
    <message>
        <source>Save status report as PDF</source>
        <translation>Gem statusrapport som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Export status report as HTML</source>
        <translation>Eksporter statusrapport som HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-filer (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export task list as CSV</source>
        <translation>Eksporter opgavelisten som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Folder for the reports of all municipalities</source>
        <translation>Mappe til rapporterne for alle kommuner</translation>
    </message>
    <message>
        <source>Writing status reports…</source>
        <translation>Gemmer statusrapporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>Writing the report of %1…</source>
        <translation>Gemmer rapporten for %1…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n report(s).</source>
        <translation>
            <numerusform>Annulleret efter %n rapport.</numerusform>
            <numerusform>Annulleret efter %n rapporter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>%n rapport er gemt i %1.</numerusform>
            <numerusform>%n rapporter er gemt i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages as they will be printed, as pictures. The tab &quot;Text&quot; has the same report as text.</source>
        <translation>Siderne, som de bliver udskrevet, som billeder. Fanen &quot;Tekst&quot; har den samme rapport som tekst.</translation>
    </message>
    <message>
        <source>Pa&amp;ges</source>
        <translation>Si&amp;der</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>Report as text</source>
        <translation>Rapporten som tekst</translation>
    </message>
    <message>
        <source>Mark as sent to the steering &amp;group</source>
        <translation>Marker som sendt til st&amp;yregruppen</translation>
    </message>
    <message>
        <source>Record today&apos;s report as the one sent: the next report lists the changes made after it. Previews, prints and saved files are drafts and record nothing.</source>
        <translation>Registrér dagens rapport som den, der er sendt: Næste rapport viser de ændringer, der er sket efter den. Forhåndsvisninger, udskrifter og gemte filer er kladder og registrerer intet.</translation>
    </message>
    <message>
        <source>Last report sent: %1</source>
        <translation>Sidste rapport sendt: %1</translation>
    </message>
    <message>
        <source>No report sent yet</source>
        <translation>Ingen rapport sendt endnu</translation>
    </message>
</context>
<context>
    <name>parat::ReportRepository</name>
    <message>
        <source>The report date is missing.</source>
        <translation>Rapportdatoen mangler.</translation>
    </message>
    <message>
        <source>A manual traffic light needs a written reason.</source>
        <translation>Et manuelt valgt trafiklys skal have en skriftlig begrundelse.</translation>
    </message>
    <message>
        <source>The report notes could not be removed</source>
        <translation>Rapportteksterne kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The time of the report is missing.</source>
        <translation>Tidspunktet for rapporten mangler.</translation>
    </message>
    <message>
        <source>The report could not be recorded</source>
        <translation>Rapporten kunne ikke registreres</translation>
    </message>
    <message>
        <source>The report could not be unmarked as sent</source>
        <translation>Markeringen af rapporten som sendt kunne ikke fjernes</translation>
    </message>
</context>
<context>
    <name>parat::ReportSections</name>
    <message>
        <source>Superusers and hours</source>
        <translation>Superbrugere og timer</translation>
    </message>
    <message numerus="yes">
        <source>%n superuser(s), %1 registered in KLIK.</source>
        <translation>
            <numerusform>%n superbruger, %1 registreret i KLIK.</numerusform>
            <numerusform>%n superbrugere, %1 registreret i KLIK.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 caseworkers covered: %2 per superuser.</source>
        <translation>%1 sagsbehandlere i alt: %2 pr. superbruger.</translation>
    </message>
    <message>
        <source>Allocated and needed hours per week; &quot;!&quot; marks weeks where more is needed than allocated.</source>
        <translation>Afsatte og nødvendige timer pr. uge; &quot;!&quot; markerer uger, hvor behovet er større end den afsatte tid.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Allocated next 4 weeks</source>
        <translation>Afsat de næste 4 uger</translation>
    </message>
    <message>
        <source>Needed next 4 weeks</source>
        <translation>Behov de næste 4 uger</translation>
    </message>
    <message>
        <source>Weeks short</source>
        <translation>Uger med for få timer</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Interessenter</translation>
    </message>
    <message>
        <source>Stakeholder map: influence against how affected, with engagement now and target.</source>
        <translation>Interessentkort: indflydelse over for, hvor berørt interessenten er, med nuværende engagement og mål.</translation>
    </message>
    <message>
        <source>Largest engagement gaps</source>
        <translation>Største afstand til ønsket engagement</translation>
    </message>
    <message>
        <source>Every stakeholder is at the engagement the project aims for.</source>
        <translation>Alle interessenter har det engagement, projektet sigter mod.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Communication overdue</source>
        <translation>Forsinket kommunikation</translation>
    </message>
    <message>
        <source>Communication in the next 4 weeks</source>
        <translation>Kommunikation de næste 4 uger</translation>
    </message>
    <message>
        <source>%1 (review overdue)</source>
        <translation>%1 (opfølgning overskredet)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Største risici</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>Ingen åbne risici.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Risk heat map, probability against consequence. %1</source>
        <translation>Risikokort, sandsynlighed mod konsekvens. %1</translation>
    </message>
    <message>
        <source>Risk log</source>
        <translation>Risikolog</translation>
    </message>
    <message>
        <source>P × C</source>
        <translation>S × K</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overskredet)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation>Beslutninger, der skal træffes</translation>
    </message>
    <message>
        <source>No decisions are waiting.</source>
        <translation>Ingen beslutninger venter.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Beslutningslog</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Truffet</translation>
    </message>
    <message>
        <source>Risk or task</source>
        <translation>Risiko eller opgave</translation>
    </message>
    <message>
        <source>Cutover runbook</source>
        <translation>Drejebog for idriftsættelsen</translation>
    </message>
    <message>
        <source>%1 of %2 steps done, %3 late at the start of %4.</source>
        <translation>%1 af %2 trin er færdige, %3 forsinkede ved starten af %4.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Alle trin er færdige.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>%1, late</source>
        <translation>%1, forsinket</translation>
    </message>
</context>
<context>
    <name>parat::ReportWriter</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>The report of %1 %2 failed: %3</source>
        <translation>Rapporten for %1 %2 mislykkedes: %3</translation>
    </message>
</context>
<context>
    <name>parat::RestorePoints</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>den kan ikke læses (%1)</translation>
    </message>
    <message>
        <source>it is not a complete database file</source>
        <translation>den er ikke en hel databasefil</translation>
    </message>
    <message>
        <source>it is not a Parat database</source>
        <translation>den er ikke en Parat-database</translation>
    </message>
    <message>
        <source>its size does not match its contents (it is cut short or damaged)</source>
        <translation>dens størrelse passer ikke til indholdet (den er afkortet eller beskadiget)</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>filen mangler</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>den kan ikke åbnes (%1)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>den er beskadiget (%1)</translation>
    </message>
    <message>
        <source>it holds no Parat data</source>
        <translation>den indeholder ingen Parat-data</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Parat (database version %1)</source>
        <translation>den er gemt af en nyere version af Parat (databaseversion %1)</translation>
    </message>
    <message>
        <source>its municipalities cannot be read (%1)</source>
        <translation>dens kommuner kan ikke læses (%1)</translation>
    </message>
    <message>
        <source>it holds %1 municipalities, but the database held %2 when it was taken</source>
        <translation>den indeholder %1 kommuner, men databasen havde %2, da det blev taget</translation>
    </message>
    <message>
        <source>The folder for restore points %1 could not be created.</source>
        <translation>Mappen til gendannelsespunkter %1 kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>A restore point could not be taken: %1</source>
        <translation>Der kunne ikke tages et gendannelsespunkt: %1</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>den kunne ikke skrives til disken</translation>
    </message>
    <message>
        <source>A restore point could not be taken: the copy failed its check (%1).</source>
        <translation>Der kunne ikke tages et gendannelsespunkt: kopien bestod ikke kontrollen (%1).</translation>
    </message>
    <message>
        <source>A restore point could not be taken: its record could not be written (%1).</source>
        <translation>Der kunne ikke tages et gendannelsespunkt: dets oplysninger kunne ikke skrives (%1).</translation>
    </message>
    <message>
        <source>A restore point could not be taken: the copy could not be given its name.</source>
        <translation>Der kunne ikke tages et gendannelsespunkt: kopien kunne ikke få sit navn.</translation>
    </message>
    <message>
        <source>The restore point %1 cannot be used: %2. Nothing was changed.</source>
        <translation>Gendannelsespunktet %1 kan ikke bruges: %2. Intet er ændret.</translation>
    </message>
    <message>
        <source>The restore point could not be copied beside the database (is the disk full?). Nothing was changed.</source>
        <translation>Gendannelsespunktet kunne ikke kopieres ved siden af databasen (er disken fuld?). Intet er ændret.</translation>
    </message>
    <message>
        <source>The copy of the restore point %1 failed its check (%2). Nothing was changed.</source>
        <translation>Kopien af gendannelsespunktet %1 bestod ikke kontrollen (%2). Intet er ændret.</translation>
    </message>
    <message>
        <source>its check was stopped</source>
        <translation>kontrollen af den blev stoppet</translation>
    </message>
    <message>
        <source>A restore point could not be taken: it was stopped.</source>
        <translation>Der kunne ikke tages et gendannelsespunkt: det blev stoppet.</translation>
    </message>
</context>
<context>
    <name>parat::RestorePointsDialog</name>
    <message>
        <source>Restore Points</source>
        <translation>Gendannelsespunkter</translation>
    </message>
    <message>
        <source>A restore point is a copy of the whole database. Parat takes one before each handbook import, database update, removal of a municipality and restore.</source>
        <translation>Et gendannelsespunkt er en kopi af hele databasen. Parat opretter et før hver import af en håndbog, opdatering af databasen, fjernelse af en kommune og gendannelse.</translation>
    </message>
    <message>
        <source>&amp;Restore points:</source>
        <translation>&amp;Gendannelsespunkter:</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Gendannelsespunkter</translation>
    </message>
    <message>
        <source>There are no restore points yet.</source>
        <translation>Der er endnu ingen gendannelsespunkter.</translation>
    </message>
    <message>
        <source>&amp;Take Restore Point Now</source>
        <translation>&amp;Opret gendannelsespunkt nu</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>Gen&amp;dan…</translation>
    </message>
    <message>
        <source>That restore point no longer exists.</source>
        <translation>Gendannelsespunktet findes ikke længere.</translation>
    </message>
    <message>
        <source>Restore the database as it was on %1 (%2)?

Everything changed since then is replaced. The current state is kept as a restore point itself, so you can go back to it. Undo history is cleared.</source>
        <translation>Vil du gendanne databasen, som den var den %1 (%2)?

Alt, hvad der er ændret siden da, bliver erstattet. Den nuværende tilstand gemmes selv som et gendannelsespunkt, så du kan vende tilbage til den. Historikken for Fortryd bliver ryddet.</translation>
    </message>
    <message>
        <source>Restore Database</source>
        <translation>Gendan database</translation>
    </message>
    <message>
        <source>The database is back as it was on %1. The state before the restore is kept as a restore point (&quot;%2&quot;).</source>
        <translation>Databasen er gendannet, som den var den %1. Tilstanden før gendannelsen er gemt som et gendannelsespunkt (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 (cannot be used: %2)</source>
        <translation>%1 (kan ikke bruges: %2)</translation>
    </message>
    <message>
        <source>This restore point cannot be used: %1.</source>
        <translation>Dette gendannelsespunkt kan ikke bruges: %1.</translation>
    </message>
</context>
<context>
    <name>parat::RiskCli</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 skal være et helt tal fra %2 til %3, ikke &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 skal angives.</translation>
    </message>
    <message>
        <source>There is no person called &quot;%1&quot; in %2.</source>
        <translation>Der er ingen person, der hedder &quot;%1&quot;, i %2.</translation>
    </message>
    <message>
        <source>Added risk %1 &quot;%2&quot; (score %3) to %4.</source>
        <translation>Risiko %1 &quot;%2&quot; (score %3) er tilføjet i %4.</translation>
    </message>
    <message>
        <source>%1 (review overdue)</source>
        <translation>%1 (opfølgning overskredet)</translation>
    </message>
    <message>
        <source>No risks in %1. Add one with: parat risk add</source>
        <translation>Ingen risici i %1. Tilføj en med: parat risk add</translation>
    </message>
    <message>
        <source>The risk log: risks with probability, consequence, owner and action.</source>
        <translation>Risikologgen: risici med sandsynlighed, konsekvens, ejer og handling.</translation>
    </message>
    <message>
        <source>only risks with this status</source>
        <translation>kun risici med denne status</translation>
    </message>
    <message>
        <source>List the risks, highest score first: number, score, status, title, owner, action and next review.</source>
        <translation>Vis risiciene, højeste score først: nummer, score, status, titel, ejer, handling og næste opfølgning.</translation>
    </message>
    <message>
        <source>what could go wrong</source>
        <translation>hvad der kan gå galt</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>how likely, 1 (unlikely) to 4 (very likely)</source>
        <translation>hvor sandsynligt, 1 (usandsynligt) til 4 (meget sandsynligt)</translation>
    </message>
    <message>
        <source>how serious, 1 (minor) to 4 (critical)</source>
        <translation>hvor alvorligt, 1 (lille) til 4 (kritisk)</translation>
    </message>
    <message>
        <source>more about the risk</source>
        <translation>mere om risikoen</translation>
    </message>
    <message>
        <source>the person who owns the risk, by name</source>
        <translation>den person, der ejer risikoen, ved navn</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>what is done about it</source>
        <translation>hvad der gøres ved den</translation>
    </message>
    <message>
        <source>the next review date</source>
        <translation>datoen for næste opfølgning</translation>
    </message>
    <message>
        <source>keys of the tasks it concerns, separated by commas</source>
        <translation>nøglerne på de opgaver, den handler om, adskilt af komma</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>NØGLER</translation>
    </message>
    <message>
        <source>open (the default), in_hand or closed</source>
        <translation>open (åben, standard), in_hand (under håndtering) eller closed (lukket)</translation>
    </message>
    <message>
        <source>tasks (the default), superusers, organisation or golive</source>
        <translation>tasks (opgaver og frister, standard), superusers (superbrugere og timer), organisation (organisation og interessenter) eller golive (parathed til go-live)</translation>
    </message>
    <message>
        <source>Add a risk to the log; it gets the next number (R1, R2, ...).</source>
        <translation>Tilføj en risiko til loggen; den får næste nummer (R1, R2, ...).</translation>
    </message>
</context>
<context>
    <name>parat::RiskDialog</name>
    <message>
        <source>Edit Risk %1</source>
        <translation>Ret risiko %1</translation>
    </message>
    <message>
        <source>Add Risk</source>
        <translation>Tilføj risiko</translation>
    </message>
    <message>
        <source>For example: converted case data is incomplete</source>
        <translation>For eksempel: konverterede sagsdata er ufuldstændige</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ejer:</translation>
    </message>
    <message>
        <source>1 unlikely, 2 possible, 3 likely, 4 very likely</source>
        <translation>1 usandsynligt, 2 muligt, 3 sandsynligt, 4 meget sandsynligt</translation>
    </message>
    <message>
        <source>&amp;Probability (1–4):</source>
        <translation>&amp;Sandsynlighed (1–4):</translation>
    </message>
    <message>
        <source>1 minor, 2 noticeable, 3 serious, 4 critical</source>
        <translation>1 lille, 2 mærkbar, 3 alvorlig, 4 kritisk</translation>
    </message>
    <message>
        <source>&amp;Consequence (1–4):</source>
        <translation>&amp;Konsekvens (1–4):</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Next &amp;review:</source>
        <translation>Næste &amp;opfølgning:</translation>
    </message>
    <message>
        <source>Task keys, separated by commas</source>
        <translation>Opgavernes nøgler, adskilt af komma</translation>
    </message>
    <message>
        <source>Tas&amp;ks:</source>
        <translation>Opg&amp;aver:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>O&amp;mråde:</translation>
    </message>
    <message>
        <source>high: makes the traffic light red while open</source>
        <translation>høj: gør trafiklyset rødt, så længe den er åben</translation>
    </message>
    <message>
        <source>raised: makes the traffic light yellow while open</source>
        <translation>forhøjet: gør trafiklyset gult, så længe den er åben</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no task with key %1.</source>
        <translation>Der er ingen opgave med nøglen %1.</translation>
    </message>
</context>
<context>
    <name>parat::RiskHeatMapText</name>
    <message>
        <source>Probability %1, consequence %2, score %3</source>
        <translation>Sandsynlighed %1, konsekvens %2, score %3</translation>
    </message>
    <message>
        <source>%1: no risks</source>
        <translation>%1: ingen risici</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>Ingen åbne risici.</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Sandsynlighed</translation>
    </message>
</context>
<context>
    <name>parat::RiskHeatMapWidget</name>
    <message>
        <source>Risk heat map: probability × consequence</source>
        <translation>Risikokort: sandsynlighed × konsekvens</translation>
    </message>
    <message>
        <source>Current cell: %1. Arrow keys move between cells. %2</source>
        <translation>Valgt felt: %1. Piletasterne flytter mellem felterne. %2</translation>
    </message>
</context>
<context>
    <name>parat::RiskLogPage</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Open and in hand</source>
        <translation>Åbne og under håndtering</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ejer:</translation>
    </message>
    <message>
        <source>Sc&amp;ore at least:</source>
        <translation>Score &amp;mindst:</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Alle scorer</translation>
    </message>
    <message>
        <source>%1 (yellow light)</source>
        <translation>%1 (gult lys)</translation>
    </message>
    <message>
        <source>%1 (red light)</source>
        <translation>%1 (rødt lys)</translation>
    </message>
    <message>
        <source>Ris&amp;k log:</source>
        <translation>Risiko&amp;log:</translation>
    </message>
    <message>
        <source>Risk log</source>
        <translation>Risikolog</translation>
    </message>
    <message>
        <source>&amp;Add Risk…</source>
        <translation>&amp;Tilføj risiko…</translation>
    </message>
    <message>
        <source>Ed&amp;it Risk…</source>
        <translation>Ret risik&amp;o…</translation>
    </message>
    <message>
        <source>&amp;Remove Risk…</source>
        <translation>Fjer&amp;n risiko…</translation>
    </message>
    <message>
        <source>Decision &amp;log:</source>
        <translation>&amp;Beslutningslog:</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Beslutningslog</translation>
    </message>
    <message>
        <source>Add &amp;Decision…</source>
        <translation>Tilf&amp;øj beslutning…</translation>
    </message>
    <message>
        <source>Edi&amp;t Decision…</source>
        <translation>Ret beslutnin&amp;g…</translation>
    </message>
    <message>
        <source>Remove Decisio&amp;n…</source>
        <translation>Fjern besl&amp;utning…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ingen ejer)</translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s)</source>
        <translation>
            <numerusform>%n åben risiko</numerusform>
            <numerusform>%n åbne risici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n opfølgning overskredet</numerusform>
            <numerusform>%n opfølgninger overskredet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) past the date needed</source>
        <translation>
            <numerusform>%n beslutning over fristen</numerusform>
            <numerusform>%n beslutninger over fristen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Risk</source>
        <translation>Fjern risiko</translation>
    </message>
    <message>
        <source>Remove risk %1 &quot;%2&quot; from the log? You can undo this.</source>
        <translation>Fjern risiko %1 &quot;%2&quot; fra loggen? Du kan fortryde det.</translation>
    </message>
    <message>
        <source>Remove Decision</source>
        <translation>Fjern beslutning</translation>
    </message>
    <message>
        <source>Remove decision %1 &quot;%2&quot; from the log? You can undo this.</source>
        <translation>Fjern beslutning %1 &quot;%2&quot; fra loggen? Du kan fortryde det.</translation>
    </message>
</context>
<context>
    <name>parat::RiskRepository</name>
    <message>
        <source>The municipality of the risk &quot;%1&quot; is not in the database.</source>
        <translation>Kommunen for risikoen &quot;%1&quot; findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The owner of the risk &quot;%1&quot; must be a person of the same municipality.</source>
        <translation>Ejeren af risikoen &quot;%1&quot; skal være en person i samme kommune.</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; names task %2, which is not a task of the municipality.</source>
        <translation>Risikoen &quot;%1&quot; nævner opgave %2, som ikke er en af kommunens opgaver.</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; could not be numbered</source>
        <translation>Risikoen &quot;%1&quot; kunne ikke få et nummer</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; could not be added</source>
        <translation>Risikoen &quot;%1&quot; kunne ikke tilføjes</translation>
    </message>
    <message>
        <source>The risk to change is not in the database.</source>
        <translation>Risikoen, der skal rettes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; cannot be moved to another municipality.</source>
        <translation>Risikoen &quot;%1&quot; kan ikke flyttes til en anden kommune.</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; could not be changed</source>
        <translation>Risikoen &quot;%1&quot; kunne ikke rettes</translation>
    </message>
    <message>
        <source>The risk to remove is not in the database.</source>
        <translation>Risikoen, der skal fjernes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The decisions about the risk &quot;%1&quot; could not be read</source>
        <translation>Beslutningerne om risikoen &quot;%1&quot; kunne ikke læses</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; could not be removed</source>
        <translation>Risikoen &quot;%1&quot; kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The risk to put back has no number.</source>
        <translation>Risikoen, der skal sættes tilbage, har intet nummer.</translation>
    </message>
    <message>
        <source>The risk &quot;%1&quot; cannot be put back: its place is used by another risk.</source>
        <translation>Risikoen &quot;%1&quot; kan ikke sættes tilbage: dens plads bruges af en anden risiko.</translation>
    </message>
    <message>
        <source>The risk %1 &quot;%2&quot; could not be put back</source>
        <translation>Risiko %1 &quot;%2&quot; kunne ikke sættes tilbage</translation>
    </message>
    <message>
        <source>The decisions about the risk &quot;%1&quot; could not be linked again</source>
        <translation>Beslutningerne om risikoen &quot;%1&quot; kunne ikke knyttes til den igen</translation>
    </message>
</context>
<context>
    <name>parat::RiskTableModel</name>
    <message>
        <source>Action: %1</source>
        <translation>Handling: %1</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Opgaver: %1</translation>
    </message>
    <message>
        <source>Probability %1 × consequence %2</source>
        <translation>Sandsynlighed %1 × konsekvens %2</translation>
    </message>
    <message>
        <source>%1 (review overdue)</source>
        <translation>%1 (opfølgning overskredet)</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the risk log: the risk&apos;s number (R1, R2, ...). Danish: Nr.</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>Column of the risk log: probability × consequence. Danish: Score</extracomment>
        <translation>Score</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
</context>
<context>
    <name>parat::RiskText</name>
    <message>
        <source>A risk needs a title.</source>
        <translation>En risiko skal have en titel.</translation>
    </message>
    <message>
        <source>The probability of the risk &quot;%1&quot; must be between %2 and %3 (it is %4).</source>
        <translation>Sandsynligheden for risikoen &quot;%1&quot; skal være mellem %2 og %3 (den er %4).</translation>
    </message>
    <message>
        <source>The consequence of the risk &quot;%1&quot; must be between %2 and %3 (it is %4).</source>
        <translation>Konsekvensen af risikoen &quot;%1&quot; skal være mellem %2 og %3 (den er %4).</translation>
    </message>
    <message>
        <source>R%1</source>
        <extracomment>How a risk is numbered in lists and on the heat map. Danish: R%1</extracomment>
        <translation>R%1</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Risk status. Danish: Åben</extracomment>
        <translation>Åben</translation>
    </message>
    <message>
        <source>In hand</source>
        <extracomment>Risk status: someone is working on it. Danish: Under håndtering</extracomment>
        <translation>Under håndtering</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Risk status. Danish: Lukket</extracomment>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <extracomment>Dimension of the project. Danish: Opgaver og frister</extracomment>
        <translation>Opgaver og frister</translation>
    </message>
    <message>
        <source>Superusers and hours</source>
        <extracomment>Dimension of the project. Danish: Superbrugere og timer</extracomment>
        <translation>Superbrugere og timer</translation>
    </message>
    <message>
        <source>Organisation and stakeholders</source>
        <extracomment>Dimension of the project. Danish: Organisation og interessenter</extracomment>
        <translation>Organisation og interessenter</translation>
    </message>
    <message>
        <source>Go-live readiness</source>
        <extracomment>Dimension of the project. Danish: Parathed til go-live</extracomment>
        <translation>Parathed til go-live</translation>
    </message>
</context>
<context>
    <name>parat::RunbookCli</name>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (forsinket)</translation>
    </message>
    <message>
        <source>%1 has no runbook yet. Create the default one with: parat runbook template</source>
        <translation>%1 har ingen drejebog endnu. Opret standarddrejebogen med: parat runbook template</translation>
    </message>
    <message>
        <source>--format must be csv or pdf, not &quot;%1&quot;.</source>
        <translation>--format skal være csv eller pdf, ikke &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n step(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%n trin).</numerusform>
            <numerusform>Skrev %1 (%n trin).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Intet er ændret.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was changed.</source>
        <translation>%1 kan ikke læses: %2. Intet er ændret.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Intet er ændret.</translation>
    </message>
    <message>
        <source>Import runbook</source>
        <translation>Importér drejebog</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n step(s) into the runbook of %1.</source>
        <translation>
            <numerusform>Importerede %n trin til drejebogen for %1.</numerusform>
            <numerusform>Importerede %n trin til drejebogen for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has a runbook of %n step(s); add --replace to replace it.</source>
        <translation>
            <numerusform>%1 har allerede en drejebog med %n trin; tilføj --replace for at erstatte den.</numerusform>
            <numerusform>%1 har allerede en drejebog med %n trin; tilføj --replace for at erstatte den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the default runbook</source>
        <translation>Opret standarddrejebogen</translation>
    </message>
    <message numerus="yes">
        <source>Created the default runbook of %n step(s) for %1.</source>
        <translation>
            <numerusform>Oprettede standarddrejebogen med %n trin for %1.</numerusform>
            <numerusform>Oprettede standarddrejebogen med %n trin for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cutover runbook: the steps of the go-live weekend and the weeks around it.</source>
        <translation>Drejebogen for idriftsættelsen: trinene i go-live-weekenden og ugerne omkring den.</translation>
    </message>
    <message>
        <source>List the steps by start: number, start (T−2d 15:00), day and time, duration, status (marked late when its end has passed), title, owner, depends on and contact.</source>
        <translation>Vis trinene efter start: nummer, start (T−2d 15:00), dag og klokkeslæt, varighed, status (markeret forsinket, når sluttidspunktet er passeret), titel, ansvarlig, afhænger af og kontakt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>csv (the default) or pdf: the printed runbook on A4 landscape</source>
        <translation>csv (standard) eller pdf: den udskrevne drejebog på A4 liggende</translation>
    </message>
    <message>
        <source>Write the runbook as CSV (to edit in a spreadsheet and import again) or PDF.</source>
        <translation>Skriv drejebogen som CSV (til at rette i et regneark og importere igen) eller PDF.</translation>
    </message>
    <message>
        <source>Replace the runbook by the steps of a CSV file. A line that cannot be read, a dependency on a missing step or a cycle stops the import and nothing changes.</source>
        <translation>Erstat drejebogen med trinene i en CSV-fil. En linje, der ikke kan læses, en afhængighed af et trin, der ikke findes, eller en cirkel stopper importen, og intet ændres.</translation>
    </message>
    <message>
        <source>replace a runbook that has steps already</source>
        <translation>erstat en drejebog, der allerede har trin</translation>
    </message>
    <message>
        <source>Create the default runbook: freeze, last conversion, reconciliation samples, access and roles, smoke test, go/no-go call, first-day support rota and hypercare.</source>
        <translation>Opret standarddrejebogen: frysning, sidste konvertering, afstemningsstikprøver, adgange og roller, røgtest, go/no-go-møde, supportvagtplan første dag og hypercare.</translation>
    </message>
</context>
<context>
    <name>parat::RunbookEditor</name>
    <message>
        <source>The step to change is not in the database.</source>
        <translation>Trinet, der skal ændres, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The step to remove is not in the database.</source>
        <translation>Trinet, der skal fjernes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2 depends on it.</source>
        <translation>%1 kan ikke fjernes: %2 afhænger af det.</translation>
    </message>
</context>
<context>
    <name>parat::RunbookExport</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Filen er ikke UTF-8-tekst. Gem den fra regnearket som &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Line %1: a quote opens a field that never closes.</source>
        <translation>Linje %1: et anførselstegn åbner et felt, der aldrig lukkes.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line (%1) and a line per step.</source>
        <translation>Filen er tom: den skal have en overskriftslinje (%1) og en linje pr. trin.</translation>
    </message>
    <message>
        <source>Line %1, column %2: &quot;%3&quot; is not a runbook column; the columns are %4.</source>
        <translation>Linje %1, kolonne %2: &quot;%3&quot; er ikke en kolonne i drejebogen; kolonnerne er %4.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the column &quot;%3&quot; is there twice.</source>
        <translation>Linje %1, kolonne %2: kolonnen &quot;%3&quot; findes to gange.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; is missing.</source>
        <translation>Linje %1: kolonnen &quot;%2&quot; mangler.</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4, not &quot;%5&quot;.</source>
        <translation>Linje %1, kolonne %2 (%3): %4, ikke &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>expected a whole number above 0</source>
        <translation>forventede et helt tal over 0</translation>
    </message>
    <message>
        <source>expected a title</source>
        <translation>forventede en titel</translation>
    </message>
    <message>
        <source>expected a start relative to go-live such as T-3d 15:00</source>
        <translation>forventede en start i forhold til go-live, f.eks. T-3d 15:00</translation>
    </message>
    <message>
        <source>expected a duration in hours and minutes such as 4:00</source>
        <translation>forventede en varighed i timer og minutter, f.eks. 4:00</translation>
    </message>
    <message>
        <source>expected step numbers separated by commas</source>
        <translation>forventede trinnumre adskilt af kommaer</translation>
    </message>
    <message>
        <source>expected waiting, running, done or problem</source>
        <translation>forventede waiting, running, done eller problem</translation>
    </message>
    <message>
        <source>expected a time such as 2026-12-31 15:00</source>
        <translation>forventede et tidspunkt som 2026-12-31 15:00</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>expected a number not used by an earlier line</source>
        <translation>forventede et nummer, som ikke er brugt i en tidligere linje</translation>
    </message>
    <message>
        <source>Cutover runbook %1 %2</source>
        <translation>Drejebog for idriftsættelsen %1 %2</translation>
    </message>
    <message>
        <source>Runbook, printed %1</source>
        <translation>Drejebog, udskrevet %1</translation>
    </message>
    <message>
        <source>Cutover runbook</source>
        <translation>Drejebog for idriftsættelsen</translation>
    </message>
    <message>
        <source>Go-live (T) is %1 at 00:00. Times are local.</source>
        <translation>Go-live (T) er %1 kl. 00:00. Tidspunkter er dansk tid.</translation>
    </message>
    <message>
        <source>No go-live date is set: steps are shown relative to go-live only.</source>
        <translation>Der er ingen go-live-dato: trinene vises kun i forhold til go-live.</translation>
    </message>
    <message>
        <source>The runbook has no steps yet.</source>
        <translation>Drejebogen har ingen trin endnu.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Dag og klokkeslæt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Afhænger af</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>FORSINKET</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>startet %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>afsluttet %1</translation>
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
        <translation>%1 — i gang siden %2</translation>
    </message>
    <message>
        <source>%1 — not started</source>
        <translation>%1 — ikke startet</translation>
    </message>
    <message>
        <source>    note: %1</source>
        <translation>    note: %1</translation>
    </message>
    <message>
        <source>    contact: %1</source>
        <translation>    kontakt: %1</translation>
    </message>
    <message>
        <source>Runbook now</source>
        <translation>Drejebogen nu</translation>
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
        <translation>%1 · Ingen go-live-dato: angiv den for kommunen, så drejebogen kan placeres i tid.</translation>
    </message>
    <message numerus="yes">
        <source>Should be running now (%n)</source>
        <translation>
            <numerusform>Burde være i gang nu (%n)</numerusform>
            <numerusform>Burde være i gang nu (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Intet.</translation>
    </message>
    <message numerus="yes">
        <source>LATE: planned end passed, not done (%n)</source>
        <translation>
            <numerusform>FORSINKET: planlagt slut passeret, ikke færdig (%n)</numerusform>
            <numerusform>FORSINKET: planlagt slut passeret, ikke færdige (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation>Intet er forsinket.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>No more steps waiting.</source>
        <translation>Ingen flere trin venter.</translation>
    </message>
</context>
<context>
    <name>parat::RunbookPage</name>
    <message>
        <source>Cutover &amp;runbook (times relative to go-live, T = 00:00 on the go-live day):</source>
        <translation>Drejebo&amp;g for idriftsættelsen (tider i forhold til go-live, T = kl. 00:00 på go-live-dagen):</translation>
    </message>
    <message>
        <source>Cutover runbook</source>
        <translation>Drejebog for idriftsættelsen</translation>
    </message>
    <message>
        <source>&amp;Add Step…</source>
        <translation>&amp;Tilføj trin…</translation>
    </message>
    <message>
        <source>&amp;Edit Step…</source>
        <translation>&amp;Ret trin…</translation>
    </message>
    <message>
        <source>Re&amp;move Step…</source>
        <translation>F&amp;jern trin…</translation>
    </message>
    <message>
        <source>&amp;Start Now</source>
        <translation>&amp;Start nu</translation>
    </message>
    <message>
        <source>Set the step running, with the actual start now (Ctrl+Shift+S)</source>
        <translation>Sæt trinet i gang med faktisk start nu (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Finish Now</source>
        <translation>&amp;Færdig nu</translation>
    </message>
    <message>
        <source>Set the step done, with the actual end now (Ctrl+Shift+F)</source>
        <translation>Sæt trinet til færdigt med faktisk slut nu (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Create &amp;Default Runbook…</source>
        <translation>Opret standard&amp;drejebog…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importér CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksportér CSV…</translation>
    </message>
    <message>
        <source>&amp;Print (PDF)…</source>
        <translation>&amp;Udskriv (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Now View</source>
        <translation>&amp;Nu-visning</translation>
    </message>
    <message>
        <source>Large text for the go-live weekend: running, late, next</source>
        <translation>Stor tekst til go-live-weekenden: i gang, forsinket, næste</translation>
    </message>
    <message>
        <source>Start step now</source>
        <translation>Start trinet nu</translation>
    </message>
    <message>
        <source>Finish step now</source>
        <translation>Afslut trinet nu</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n trin</numerusform>
            <numerusform>%n trin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n færdigt</numerusform>
            <numerusform>%n færdige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinkede</numerusform>
        </translation>
    </message>
    <message>
        <source>no go-live date</source>
        <translation>ingen go-live-dato</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Fjern trin</translation>
    </message>
    <message>
        <source>Remove step %1 &quot;%2&quot; from the runbook? Undo puts it back.</source>
        <translation>Fjern trin %1 &quot;%2&quot; fra drejebogen? Fortryd sætter det ind igen.</translation>
    </message>
    <message>
        <source>Create Default Runbook</source>
        <translation>Opret standarddrejebog</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n step(s) of the runbook by the default runbook? Undo brings them back.</source>
        <translation>
            <numerusform>Erstat drejebogens %n trin med standarddrejebogen? Fortryd henter dem tilbage.</numerusform>
            <numerusform>Erstat drejebogens %n trin med standarddrejebogen? Fortryd henter dem tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the default runbook</source>
        <translation>Opret standarddrejebogen</translation>
    </message>
    <message>
        <source>Import Runbook</source>
        <translation>Importér drejebog</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was changed.</source>
        <translation>%1 kan ikke læses: %2. Intet er ændret.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Intet er ændret.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n step(s) of the runbook by the %1 of the file? Undo brings them back.</source>
        <translation>
            <numerusform>Erstat drejebogens %n trin med filens %1? Fortryd henter dem tilbage.</numerusform>
            <numerusform>Erstat drejebogens %n trin med filens %1? Fortryd henter dem tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import runbook</source>
        <translation>Importér drejebog</translation>
    </message>
    <message>
        <source>Export Runbook</source>
        <translation>Eksportér drejebog</translation>
    </message>
    <message>
        <source>runbook-%1.csv</source>
        <translation>drejebog-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 er gemt.</translation>
    </message>
    <message>
        <source>Print Runbook as PDF</source>
        <translation>Udskriv drejebogen som PDF</translation>
    </message>
    <message>
        <source>runbook-%1.pdf</source>
        <translation>drejebog-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>parat::RunbookRepository</name>
    <message>
        <source>The %1 could not be stored</source>
        <translation>%1 kunne ikke gemmes</translation>
    </message>
    <message>
        <source>The municipality of the step &quot;%1&quot; is not in the database.</source>
        <translation>Kommunen for trinet &quot;%1&quot; findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The step to change is not in the database.</source>
        <translation>Trinet, der skal ændres, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The %1 could not be changed</source>
        <translation>%1 kunne ikke ændres</translation>
    </message>
    <message>
        <source>The step to remove is not in the database.</source>
        <translation>Trinet, der skal fjernes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The %1 could not be removed</source>
        <translation>%1 kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The step to put back has no number.</source>
        <translation>Trinet, der skal sættes ind igen, har intet nummer.</translation>
    </message>
    <message>
        <source>The %1 cannot be put back: its place is taken.</source>
        <translation>%1 kan ikke sættes ind igen: pladsen er optaget.</translation>
    </message>
    <message>
        <source>The %1 cannot be put back: its number is taken.</source>
        <translation>%1 kan ikke sættes ind igen: nummeret er optaget.</translation>
    </message>
    <message>
        <source>The municipality of the runbook is not in the database.</source>
        <translation>Drejebogens kommune findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The runbook could not be replaced</source>
        <translation>Drejebogen kunne ikke erstattes</translation>
    </message>
    <message>
        <source>The runbook could not be read</source>
        <translation>Drejebogen kunne ikke læses</translation>
    </message>
</context>
<context>
    <name>parat::RunbookStepDialog</name>
    <message>
        <source>Edit Step %1</source>
        <translation>Ret trin %1</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Tilføj trin</translation>
    </message>
    <message>
        <source>For example: freeze of the old system</source>
        <translation>For eksempel: frysning af det gamle system</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Days from go-live: −2 is two days before, 0 the go-live day</source>
        <translation>Dage fra go-live: −2 er to dage før, 0 er go-live-dagen</translation>
    </message>
    <message>
        <source>&amp;Day (T±days):</source>
        <translation>&amp;Dag (T±dage):</translation>
    </message>
    <message>
        <source>T&amp;ime of day:</source>
        <translation>&amp;Klokkeslæt:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Starter:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <source>Duration, hours</source>
        <translation>Varighed, timer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Varighed, minutter</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>Numbers of the steps that must be done first, e.g. 3, 5</source>
        <translation>Numre på de trin, der skal være færdige først, f.eks. 3, 5</translation>
    </message>
    <message>
        <source>De&amp;pends on:</source>
        <translation>A&amp;fhænger af:</translation>
    </message>
    <message>
        <source>Name and phone</source>
        <translation>Navn og telefon</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>K&amp;ontakt:</translation>
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
        <translation>åååå-mm-dd tt:mm</translation>
    </message>
    <message>
        <source>Actual st&amp;art:</source>
        <translation>Faktisk sta&amp;rt:</translation>
    </message>
    <message>
        <source>Actual &amp;end:</source>
        <translation>Faktisk sl&amp;ut:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Depends on: write the numbers of steps separated by commas, e.g. 3, 5.</source>
        <translation>Afhænger af: skriv trinnenes numre adskilt af kommaer, f.eks. 3, 5.</translation>
    </message>
    <message>
        <source>Actual start: write a time such as 2026-12-31 15:00, or leave it empty.</source>
        <translation>Faktisk start: skriv et tidspunkt som 2026-12-31 15:00, eller lad feltet være tomt.</translation>
    </message>
    <message>
        <source>Actual end: write a time such as 2026-12-31 15:00, or leave it empty.</source>
        <translation>Faktisk slut: skriv et tidspunkt som 2026-12-31 15:00, eller lad feltet være tomt.</translation>
    </message>
</context>
<context>
    <name>parat::RunbookTableModel</name>
    <message>
        <source>%1, late</source>
        <translation>%1, forsinket</translation>
    </message>
    <message>
        <source>(started %1)</source>
        <translation>(startet %1)</translation>
    </message>
    <message>
        <source>(ended %1)</source>
        <translation>(afsluttet %1)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Dag og klokkeslæt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Afhænger af</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
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
        <translation>Et trin skal have en titel.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; starts at %2; a runbook reaches from T−%3d 00:00 to T+%4d 23:59.</source>
        <translation>Trinet &quot;%1&quot; starter %2; en drejebog går fra T−%3d 00:00 til T+%4d 23:59.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; must last at least one minute and at most %2 days.</source>
        <translation>Trinet &quot;%1&quot; skal vare mindst ét minut og højst %2 dage.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; cannot end (%2) before it started (%3).</source>
        <translation>Trinet &quot;%1&quot; kan ikke slutte (%2), før det startede (%3).</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>step %1 &quot;%2&quot;</source>
        <translation>trin %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; has no number.</source>
        <translation>Trinet &quot;%1&quot; har intet nummer.</translation>
    </message>
    <message>
        <source>Two steps have the number %1.</source>
        <translation>To trin har nummeret %1.</translation>
    </message>
    <message>
        <source>%1 depends on step %2, which is not in the runbook.</source>
        <translation>%1 afhænger af trin %2, som ikke er i drejebogen.</translation>
    </message>
    <message>
        <source>The steps depend on each other in a circle: %1 (%2). Remove one of these dependencies.</source>
        <translation>Trinene afhænger af hinanden i en cirkel: %1 (%2). Fjern en af disse afhængigheder.</translation>
    </message>
    <message>
        <source>%1 cannot be done before %2 it depends on is done.</source>
        <translation>%1 kan ikke være færdigt, før %2, som det afhænger af, er færdigt.</translation>
    </message>
    <message>
        <source>Confirm the cutover plan with the supplier and IT operations</source>
        <translation>Bekræft planen for idriftsættelsen med leverandøren og IT-drift</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Projektleder</translation>
    </message>
    <message>
        <source>Dress rehearsal of the last conversion</source>
        <translation>Generalprøve på den sidste konvertering</translation>
    </message>
    <message>
        <source>Conversion lead</source>
        <translation>Konverteringsansvarlig</translation>
    </message>
    <message>
        <source>Access and roles: user accounts and role assignments checked in DUBU 3.0</source>
        <translation>Adgange og roller: brugerkonti og rolletildelinger kontrolleret i DUBU 3.0</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>Systemadministrator</translation>
    </message>
    <message>
        <source>Freeze of the old system: no new registrations</source>
        <translation>Frys det gamle system: ingen nye registreringer</translation>
    </message>
    <message>
        <source>System owner</source>
        <translation>Systemejer</translation>
    </message>
    <message>
        <source>Last conversion: extract from the old system</source>
        <translation>Sidste konvertering: udtræk fra det gamle system</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Last conversion: load into DUBU 3.0</source>
        <translation>Sidste konvertering: indlæsning i DUBU 3.0</translation>
    </message>
    <message>
        <source>Reconciliation samples: 20 cases per unit checked against the old system</source>
        <translation>Afstemningsstikprøver: 20 sager pr. enhed kontrolleret mod det gamle system</translation>
    </message>
    <message>
        <source>Superusers</source>
        <translation>Superbrugere</translation>
    </message>
    <message>
        <source>Smoke test of key work processes: notification, case opening, decision, payment</source>
        <translation>Røgtest af de vigtigste arbejdsgange: underretning, sagsoprettelse, afgørelse, udbetaling</translation>
    </message>
    <message>
        <source>Go/no-go call with the steering group</source>
        <translation>Go/no-go-møde med styregruppen</translation>
    </message>
    <message>
        <source>Project owner</source>
        <translation>Projektejer</translation>
    </message>
    <message>
        <source>Open access for all users and send the go-live message</source>
        <translation>Åbn adgangen for alle brugere og send go-live-beskeden</translation>
    </message>
    <message>
        <source>First-day support rota: superusers on duty in every unit</source>
        <translation>Supportvagtplan første dag: superbrugere på vagt i alle enheder</translation>
    </message>
    <message>
        <source>Superuser coordinator</source>
        <translation>Superbrugerkoordinator</translation>
    </message>
    <message>
        <source>End-of-day status meeting after the first day</source>
        <translation>Statusmøde ved dagens slutning efter første dag</translation>
    </message>
    <message>
        <source>Hypercare: daily status meeting and issue list</source>
        <translation>Hypercare: dagligt statusmøde og fejlliste</translation>
    </message>
    <message>
        <source>End of hypercare: hand over to operations</source>
        <translation>Hypercare slutter: overdragelse til drift</translation>
    </message>
</context>
<context>
    <name>parat::SampleHandbook</name>
    <message>
        <source>The bundled sample handbook is missing from this build of Parat.</source>
        <translation>Den medfølgende eksempelhåndbog mangler i denne udgave af Parat.</translation>
    </message>
</context>
<context>
    <name>parat::SaveStatusMapping</name>
    <message>
        <source>Save the column mapping &quot;%1&quot;</source>
        <translation>Gem kolonneopsætningen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>parat::SavedNotice</name>
    <message>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Åbn mappe</translation>
    </message>
    <message>
        <source>Show the folder of the saved file</source>
        <translation>Vis mappen med den gemte fil</translation>
    </message>
</context>
<context>
    <name>parat::SchoolHolidaysDialog</name>
    <message>
        <source>week </source>
        <translation>uge </translation>
    </message>
    <message>
        <source>School Holidays of %1</source>
        <translation>Skoleferier i %1</translation>
    </message>
    <message>
        <source>The school-holiday weeks, the same ISO weeks every year. Hours set aside are not lowered in them, but the grid marks them and the suggested hours keep their peak out of them: superusers with children are often away.</source>
        <translation>Skoleferieugerne, de samme ISO-uger hvert år. De afsatte timer nedsættes ikke i dem, men oversigten markerer dem, og forslaget til timer lægger ikke sin top i dem: superbrugere med børn holder ofte fri.</translation>
    </message>
    <message>
        <source>Winter holiday</source>
        <translation>Vinterferie</translation>
    </message>
    <message>
        <source>Autumn holiday</source>
        <translation>Efterårsferie</translation>
    </message>
    <message>
        <source>Summer holiday from</source>
        <translation>Sommerferie fra</translation>
    </message>
    <message>
        <source>Summer holiday to</source>
        <translation>Sommerferie til</translation>
    </message>
    <message>
        <source>&amp;Winter holiday:</source>
        <translation>&amp;Vinterferie:</translation>
    </message>
    <message>
        <source>Summer holiday &amp;from:</source>
        <translation>Sommerferie &amp;fra:</translation>
    </message>
    <message>
        <source>Summer holiday &amp;to:</source>
        <translation>Sommerferie &amp;til:</translation>
    </message>
    <message>
        <source>&amp;Autumn holiday:</source>
        <translation>&amp;Efterårsferie:</translation>
    </message>
</context>
<context>
    <name>parat::ServerAccess</name>
    <message>
        <source>Roles and grants belong to a server database; a file is one person&apos;s plan.</source>
        <translation>Roller og rettigheder hører til en serverdatabase; en fil er én persons plan.</translation>
    </message>
    <message>
        <source>%1 is not one of Parat&apos;s roles; use parat_admin, parat_editor or parat_viewer.</source>
        <translation>%1 er ikke en af Parats roller; brug parat_admin, parat_editor eller parat_viewer.</translation>
    </message>
    <message>
        <source>Parat&apos;s roles are not set up on this server yet; run: parat server init %1</source>
        <translation>Parats roller er endnu ikke oprettet på denne server; kør: parat server init %1</translation>
    </message>
    <message>
        <source>The server has no user %1; create the login first (createuser %1).</source>
        <translation>Serveren har ingen bruger %1; opret brugeren først (createuser %1).</translation>
    </message>
    <message>
        <source>The plan has no municipality %1.</source>
        <translation>Planen har ingen kommune %1.</translation>
    </message>
    <message>
        <source>The server has no user %1.</source>
        <translation>Serveren har ingen bruger %1.</translation>
    </message>
</context>
<context>
    <name>parat::ServerBackupDialog</name>
    <message>
        <source>parat-backup-%1.sqlite</source>
        <translation>parat-sikkerhedskopi-%1.sqlite</translation>
    </message>
    <message>
        <source>Back up the plan to a file</source>
        <translation>Tag sikkerhedskopi af planen i en fil</translation>
    </message>
    <message>
        <source>Parat database (*.sqlite)</source>
        <translation>Parat-database (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the plan …</source>
        <translation>Tager sikkerhedskopi af planen …</translation>
    </message>
    <message numerus="yes">
        <source>The plan was backed up to %1 and verified: %n table(s), %2 rows. The checksums are kept beside it in %3; keep the two files together.</source>
        <translation>
            <numerusform>Planen er kopieret til %1 og kontrolleret: %n tabel, %2 rækker. Kontrolsummerne ligger ved siden af i %3; hold de to filer sammen.</numerusform>
            <numerusform>Planen er kopieret til %1 og kontrolleret: %n tabeller, %2 rækker. Kontrolsummerne ligger ved siden af i %3; hold de to filer sammen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the plan from a backup</source>
        <translation>Gendan planen fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Parat backup (*.sqlite);;All files (*)</source>
        <translation>Parat-sikkerhedskopi (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Replace the whole plan on %1 with the backup taken %2 from %3 (%4 rows)?

Every user of the server sees the backup&apos;s plan from then on; changes made since the backup are lost. Back up the plan as it is now first if you may need it. This cannot be undone with Edit ▸ Undo.</source>
        <translation>Erstat hele planen på %1 med sikkerhedskopien taget %2 fra %3 (%4 rækker)?

Alle serverens brugere ser derefter sikkerhedskopiens plan; ændringer siden sikkerhedskopien går tabt. Tag først en sikkerhedskopi af planen, som den er nu, hvis du kan få brug for den. Det kan ikke fortrydes med Rediger ▸ Fortryd.</translation>
    </message>
    <message>
        <source>Restoring the plan …</source>
        <translation>Gendanner planen …</translation>
    </message>
    <message>
        <source>The plan on %1 is the backup&apos;s again (taken %2), verified table by table.</source>
        <translation>Planen på %1 er igen sikkerhedskopiens (taget %2), kontrolleret tabel for tabel.</translation>
    </message>
</context>
<context>
    <name>parat::ServerCli</name>
    <message>
        <source>%1 is not the address of a server database; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 er ikke adressen på en serverdatabase; skriv postgresql://BRUGER@VÆRT:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>%1 already holds Parat&apos;s schema (database version %2); nothing was changed.</source>
        <translation>%1 har allerede Parats skema (databaseversion %2); intet blev ændret.</translation>
    </message>
    <message>
        <source>Parat&apos;s schema is ready in %1 (database version %2). Put a plan in it with: parat copy FILE %1</source>
        <translation>Parats skema er klar i %1 (databaseversion %2). Læg en plan i den med: parat copy FIL %1</translation>
    </message>
    <message>
        <source>Team mode: a plan on a PostgreSQL server (docs/team-mode.md).</source>
        <translation>Teamtilstand: en plan på en PostgreSQL-server (docs/team-mode.md).</translation>
    </message>
    <message>
        <source>Create Parat&apos;s schema in an empty PostgreSQL database, or bring it up to this version of Parat.
ADDRESS is postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; the password comes from ~/.pgpass or PGPASSWORD, and Parat never stores it.</source>
        <translation>Opret Parats skema i en tom PostgreSQL-database, eller opdatér det til denne version af Parat.
ADDRESS er postgresql://BRUGER@VÆRT:PORT/DATABASE[?sslmode=…]; adgangskoden kommer fra ~/.pgpass eller PGPASSWORD, og Parat gemmer den aldrig.</translation>
    </message>
    <message>
        <source>The roles parat_admin, parat_editor and parat_viewer could not be set up in %1 (the user who runs init must own Parat&apos;s tables and may create roles): %2</source>
        <translation>Rollerne parat_admin, parat_editor og parat_viewer kunne ikke oprettes i %1 (den bruger, der kører init, skal eje Parats tabeller og have lov til at oprette roller): %2</translation>
    </message>
    <message>
        <source>The roles parat_admin, parat_editor and parat_viewer and their row-level security are set up; give them to users with: parat server grant USER ROLE [--municipality CODE]</source>
        <translation>Rollerne parat_admin, parat_editor og parat_viewer og deres sikkerhed på rækkeniveau er oprettet; giv dem til brugere med: parat server grant BRUGER ROLLE [--municipality KODE]</translation>
    </message>
    <message>
        <source>Roles and grants belong to a server database; give the server&apos;s address with --db or PARAT_DB.</source>
        <translation>Roller og rettigheder hører til en serverdatabase; angiv serverens adresse med --db eller PARAT_DB.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 for every municipality.</source>
        <translation>%1 har nu rollen %2 for alle kommuner.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 for municipality %3 (beside any granted before).</source>
        <translation>%1 har nu rollen %2 for kommune %3 (ud over dem, der er givet før).</translation>
    </message>
    <message>
        <source>%1 no longer has the role %2 nor any municipality.</source>
        <translation>%1 har ikke længere rollen %2 og heller ingen kommuner.</translation>
    </message>
    <message>
        <source>%1 no longer has municipality %2.</source>
        <translation>%1 har ikke længere kommune %2.</translation>
    </message>
    <message>
        <source>the municipality&apos;s code</source>
        <translation>kommunens kode</translation>
    </message>
    <message>
        <source>Give a server user one of Parat&apos;s roles: parat_admin (everything), parat_editor (the plan&apos;s data) or parat_viewer (read and print); the user&apos;s other Parat role is taken away.
With --municipality the user sees and changes only the municipalities granted this way (repeat for more); without it, all of them. The server is --db or PARAT_DB.</source>
        <translation>Giv en bruger på serveren en af Parats roller: parat_admin (alt), parat_editor (planens data) eller parat_viewer (læse og udskrive); brugerens anden Parat-rolle fjernes.
Med --municipality ser og ændrer brugeren kun de kommuner, der er givet på denne måde (gentag for flere); uden den alle kommuner. Serveren er --db eller PARAT_DB.</translation>
    </message>
    <message>
        <source>Take a role and all municipalities from a server user; with --municipality only that municipality (the user keeps the role and sees only the municipalities left).</source>
        <translation>Fjern en rolle og alle kommuner fra en bruger på serveren; med --municipality kun den kommune (brugeren beholder rollen og ser kun de kommuner, der er tilbage).</translation>
    </message>
    <message>
        <source>%1 already holds Parat&apos;s schema (database version %2); live updates were set up on %3 tables.</source>
        <translation>%1 har allerede Parats skema (databaseversion %2); levende opdateringer blev sat op på %3 tabeller.</translation>
    </message>
</context>
<context>
    <name>parat::ServerConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <source>Open a plan the project group shares on a PostgreSQL server. Ask whoever runs the server for these details.</source>
        <translation>Åbn en plan, som projektgruppen deler på en PostgreSQL-server. Spørg den, der driver serveren, om disse oplysninger.</translation>
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
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Encryption (sslmode)</source>
        <translation>Kryptering (sslmode)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>fra ~/.pgpass, når feltet er tomt</translation>
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
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Kryptering (sslmode):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Parat never stores the password: it is used for this connection only. The address is remembered without it.</source>
        <translation>Parat gemmer aldrig adgangskoden: den bruges kun til denne forbindelse. Adressen huskes uden den.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Write the server&apos;s name or address.</source>
        <translation>Skriv serverens navn eller adresse.</translation>
    </message>
    <message>
        <source>Write the name of the database on the server.</source>
        <translation>Skriv navnet på databasen på serveren.</translation>
    </message>
    <message>
        <source>Write your user name on the server.</source>
        <translation>Skriv dit brugernavn på serveren.</translation>
    </message>
</context>
<context>
    <name>parat::ServerConnectionBar</name>
    <message>
        <source>The change whose answer the lost connection took was stored on the server.</source>
        <translation>Ændringen, hvis svar gik tabt med forbindelsen, blev gemt på serveren.</translation>
    </message>
    <message>
        <source>The change whose answer the lost connection took was NOT stored on the server. Make it again.</source>
        <translation>Ændringen, hvis svar gik tabt med forbindelsen, blev IKKE gemt på serveren. Foretag den igen.</translation>
    </message>
    <message>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Genopret nu</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Genopret nu</translation>
    </message>
    <message>
        <source>The change whose answer the lost connection took was NOT stored on the server. Try again in the banner makes it, or Discard drops it.</source>
        <translation>Ændringen, hvis svar gik tabt med forbindelsen, blev IKKE gemt på serveren. Prøv igen i banneret foretager den, eller Kassér fjerner den.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection to the server is lost – reconnecting …&lt;/b&gt; The window is read-only until it is back.</source>
        <translation>&lt;b&gt;Forbindelsen til serveren er afbrudt – genopretter …&lt;/b&gt; Vinduet er skrivebeskyttet, indtil den er tilbage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection to the server is back.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Forbindelsen til serveren er genoprettet.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The change “%1” was not stored; Parat keeps it so it can be made again when the connection is back.</source>
        <translation>Ændringen “%1” blev ikke gemt; Parat beholder den, så den kan foretages igen, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>The change “%1” was not stored. &lt;b&gt;Try again&lt;/b&gt; makes it now (refused, as always, if someone else changed the same item meanwhile); &lt;b&gt;Discard&lt;/b&gt; drops it.</source>
        <translation>Ændringen “%1” blev ikke gemt. &lt;b&gt;Prøv igen&lt;/b&gt; foretager den nu (den afvises som altid, hvis en anden har ændret det samme imens); &lt;b&gt;Kassér&lt;/b&gt; fjerner den.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Try the change again</source>
        <translation>Prøv ændringen igen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Kassér ændringen</translation>
    </message>
    <message>
        <source>Makes the change that was not stored, as it was made; it can then be undone.</source>
        <translation>Foretager den ændring, der ikke blev gemt, som den blev lavet; den kan derefter fortrydes.</translation>
    </message>
    <message>
        <source>Drops the change that was not stored.</source>
        <translation>Fjerner den ændring, der ikke blev gemt.</translation>
    </message>
</context>
<context>
    <name>parat::SetGoLiveMeeting</name>
    <message>
        <source>Record the go/no-go meeting</source>
        <translation>Registrér go/no-go-mødet</translation>
    </message>
    <message>
        <source>Remove the go/no-go meeting</source>
        <translation>Fjern go/no-go-mødet</translation>
    </message>
</context>
<context>
    <name>parat::SetReportNotes</name>
    <message>
        <source>Set the report light to %1 manually</source>
        <translation>manuel indstilling af rapportens trafiklys til %1</translation>
    </message>
    <message>
        <source>Clear the manual report light</source>
        <translation>fjernelse af rapportens manuelt valgte trafiklys</translation>
    </message>
    <message>
        <source>Edit report texts</source>
        <translation>redigering af rapportteksterne</translation>
    </message>
</context>
<context>
    <name>parat::SetTaskStates</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>%1 for %n opgave</numerusform>
            <numerusform>%1 for %n opgaver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::SheetsCli</name>
    <message>
        <source>--from must be an ISO week such as 2026-W50 (or 50 for this year), not &quot;%1&quot;.</source>
        <translation>--from skal være en ISO-uge som 2026-W50 (eller 50 for i år), ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--weeks must be a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--weeks skal være et tal fra 1 til %1, ikke &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 er angivet to gange.</translation>
    </message>
    <message>
        <source>Say whose sheets with --municipality CODE.</source>
        <translation>Angiv hvis opgaveark med --municipality KODE.</translation>
    </message>
    <message>
        <source>Give the folder for the sheets with --out-dir DIR.</source>
        <translation>Angiv mappen til opgavearkene med --out-dir MAPPE.</translation>
    </message>
    <message>
        <source>Use --person NAME or --superusers, not both.</source>
        <translation>Brug --person NAVN eller --superusers, ikke begge.</translation>
    </message>
    <message>
        <source>Municipality %1 is not in the database. See: parat municipality list</source>
        <translation>Kommune %1 findes ikke i databasen. Se: parat municipality list</translation>
    </message>
    <message>
        <source>Municipality %1 could not be read.</source>
        <translation>Kommune %1 kunne ikke læses.</translation>
    </message>
    <message>
        <source>%1 has no person named &quot;%2&quot;. The people are: %3</source>
        <translation>%1 har ingen person ved navn &quot;%2&quot;. Personerne er: %3</translation>
    </message>
    <message>
        <source>%1 has no superusers.</source>
        <translation>%1 har ingen superbrugere.</translation>
    </message>
    <message>
        <source>%1 has no people.</source>
        <translation>%1 har ingen personer.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task sheet(s) for %1 written.</source>
        <translation>
            <numerusform>%n opgaveark for %1 skrevet.</numerusform>
            <numerusform>%n opgaveark for %1 skrevet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task sheets (PDF): each person&apos;s tasks, hours and communication for a period.</source>
        <translation>Opgaveark (PDF): hver persons opgaver, timer og kommunikation for en periode.</translation>
    </message>
    <message>
        <source>the municipality whose people get task sheets</source>
        <translation>kommunen, hvis personer får opgaveark</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>the folder for the sheets (created when missing)</source>
        <translation>mappen til opgavearkene (oprettes, hvis den mangler)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>the first ISO week of the period (default: this week)</source>
        <translation>periodens første ISO-uge (standard: denne uge)</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>UGE</translation>
    </message>
    <message>
        <source>the number of weeks (default: 4)</source>
        <translation>antal uger (standard: 4)</translation>
    </message>
    <message>
        <source>only this person&apos;s sheet</source>
        <translation>kun denne persons opgaveark</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>only the superusers&apos; sheets</source>
        <translation>kun superbrugernes opgaveark</translation>
    </message>
    <message>
        <source>--municipality CODE --out-dir DIR [--from WEEK] [--weeks N] [--person NAME] [--superusers]</source>
        <translation>--municipality KODE --out-dir MAPPE [--from UGE] [--weeks N] [--person NAVN] [--superusers]</translation>
    </message>
    <message>
        <source>Write a task sheet (A4 PDF) for each person of the municipality, or for the superusers or one person, into a folder, one file each: the open tasks they are responsible for or perform that are due in the period (with what each task is and whom to ask), their hours set aside against the hours needed week by week, and the communication they send. WEEK is an ISO week such as 2026-W50. Texts follow --lang.</source>
        <translation>Skriv et opgaveark (A4-PDF) for hver person i kommunen, eller for superbrugerne eller én person, i en mappe med én fil pr. person: de åbne opgaver, personen er ansvarlig for eller udfører, med frist i perioden (med hvad opgaven går ud på, og hvem man spørger), den afsatte tid over for behovet uge for uge og den kommunikation, personen sender. UGE er en ISO-uge som 2026-W50. Teksterne følger --lang.</translation>
    </message>
</context>
<context>
    <name>parat::ShowPersonTasks</name>
    <message>
        <source>Show &amp;Tasks of %1</source>
        <translation>Vis &amp;opgaver for %1</translation>
    </message>
    <message>
        <source>Show &amp;Tasks of a Person</source>
        <translation>Vis &amp;opgaver for en person</translation>
    </message>
    <message>
        <source>Everything this person is responsible for or performs (%1)</source>
        <translation>Alt, hvad personen er ansvarlig for eller udfører (%1)</translation>
    </message>
</context>
<context>
    <name>parat::SpreadsheetExport</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Tasks to Excel</source>
        <translation>Eksporter opgaver til Excel</translation>
    </message>
    <message>
        <source>Export Grid to Excel</source>
        <translation>Eksporter ugeoversigt til Excel</translation>
    </message>
    <message>
        <source>Export Status Sheet</source>
        <translation>Eksportér statusark</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open task(s))</source>
        <translation>
            <numerusform>%1 (%n åben opgave)</numerusform>
            <numerusform>%1 (%n åbne opgaver)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in the municipality is responsible for or performs an open task.</source>
        <translation>Ingen i kommunen er ansvarlig for eller udfører en åben opgave.</translation>
    </message>
    <message>
        <source>&amp;Whose status sheet:</source>
        <translation>&amp;Hvis statusark:</translation>
    </message>
</context>
<context>
    <name>parat::SpreadsheetReaderText</name>
    <message>
        <source>The part %1 of the workbook is too large to read.</source>
        <translation>Delen %1 af projektmappen er for stor til at blive læst.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be unpacked: %2</source>
        <translation>Delen %1 af projektmappen kan ikke pakkes ud: %2</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged (it cannot be unpacked in full).</source>
        <translation>Delen %1 af projektmappen er beskadiget (den kan ikke pakkes helt ud).</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged at line %2: %3</source>
        <translation>Delen %1 af projektmappen er beskadiget i linje %2: %3</translation>
    </message>
    <message>
        <source>the shared text number %1 does not exist</source>
        <translation>den delte tekst nummer %1 findes ikke</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date</source>
        <translation>datoen &quot;%1&quot; er ikke en dato</translation>
    </message>
    <message>
        <source>the number &quot;%1&quot; is not a number</source>
        <translation>tallet &quot;%1&quot; er ikke et tal</translation>
    </message>
    <message>
        <source>the date number %1 is outside the calendar</source>
        <translation>datotallet %1 ligger uden for kalenderen</translation>
    </message>
    <message>
        <source>the cell type &quot;%1&quot; is unknown</source>
        <translation>celletypen &quot;%1&quot; er ukendt</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: the row number &quot;%2&quot; is not valid (after row %3).</source>
        <translation>Ark &quot;%1&quot;: rækkenummeret &quot;%2&quot; er ikke gyldigt (efter række %3).</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2: the cell reference &quot;%3&quot; is not valid.</source>
        <translation>Ark &quot;%1&quot;, række %2: cellereferencen &quot;%3&quot; er ikke gyldig.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; is damaged at line %2 of its part: %3</source>
        <translation>Ark &quot;%1&quot; er beskadiget i linje %2 af sin del: %3</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2</source>
        <translation>Ark &quot;%1&quot;, række %2</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2, column %3</source>
        <translation>Ark &quot;%1&quot;, række %2, kolonne %3</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx): %2</source>
        <translation>%1 er ikke en læsbar Excel-projektmappe (.xlsx): %2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no list of sheets (xl/workbook.xml).</source>
        <translation>%1 er ikke en Excel-projektmappe: den har ingen liste over ark (xl/workbook.xml).</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; is missing from the workbook (%2).</source>
        <translation>Ark &quot;%1&quot; mangler i projektmappen (%2).</translation>
    </message>
    <message>
        <source>%1 holds no sheets with cells.</source>
        <translation>%1 indeholder ingen ark med celler.</translation>
    </message>
    <message>
        <source>%1 is not a text file (CSV) and not an Excel workbook (.xlsx).</source>
        <translation>%1 er hverken en tekstfil (CSV) eller en Excel-projektmappe (.xlsx).</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2: a quote opens a field that never closes.</source>
        <translation>Ark &quot;%1&quot;, række %2: et anførselstegn åbner et felt, der aldrig lukkes.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>%1 is too large to be a status sheet (more than %2 MB).</source>
        <translation>%1 er for stor til at være et statusark (mere end %2 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
</context>
<context>
    <name>parat::SpreadsheetText</name>
    <message>
        <source>tasks</source>
        <comment>file name: no spaces or special characters</comment>
        <translation>opgaver</translation>
    </message>
    <message>
        <source>capacity</source>
        <comment>file name: no spaces or special characters</comment>
        <translation>kapacitet</translation>
    </message>
</context>
<context>
    <name>parat::SqlText</name>
    <message>
        <source>The database could not run a query: %1</source>
        <translation>Databasen kunne ikke udføre en forespørgsel: %1</translation>
    </message>
    <message>
        <source>the disk is full (%1); free some space and try again</source>
        <translation>disken er fuld (%1); frigør noget plads, og prøv igen</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>der kan ikke skrives til filen (%1)</translation>
    </message>
    <message>
        <source>the database is busy in another program (%1); try again in a moment</source>
        <translation>databasen er optaget af et andet program (%1); prøv igen om lidt</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); use a restore point</source>
        <translation>databasefilen er beskadiget (%1); brug et gendannelsespunkt</translation>
    </message>
    <message>
        <source>the server refuses it: your Parat role (parat_viewer, parat_editor or parat_admin) or your municipalities do not allow this (%1)</source>
        <translation>serveren afviser det: din Parat-rolle (parat_viewer, parat_editor eller parat_admin) eller dine kommuner giver ikke adgang til dette (%1)</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderDialog</name>
    <message>
        <source>Edit Stakeholder %1</source>
        <translation>Rediger interessent %1</translation>
    </message>
    <message>
        <source>Add Stakeholder</source>
        <translation>Tilføj interessent</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Ekstern</translation>
    </message>
    <message>
        <source>Internal or e&amp;xternal:</source>
        <translation>Intern e&amp;ller ekstern:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Enhe&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Role in the project:</source>
        <translation>Rolle i &amp;projektet:</translation>
    </message>
    <message>
        <source>&amp;Influence (0-3):</source>
        <translation>Indfl&amp;ydelse (0–3):</translation>
    </message>
    <message>
        <source>How &amp;affected (0-3):</source>
        <translation>Hvor &amp;berørt (0–3):</translation>
    </message>
    <message>
        <source>Quadrant:</source>
        <translation>Felt:</translation>
    </message>
    <message>
        <source>&amp;Engagement now:</source>
        <translation>&amp;Engagement nu:</translation>
    </message>
    <message>
        <source>&amp;Target engagement:</source>
        <translation>&amp;Mål for engagement:</translation>
    </message>
    <message>
        <source>Gap:</source>
        <translation>Afstand til mål:</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategi:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Next conta&amp;ct:</source>
        <translation>Næste &amp;kontakt:</translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation>Sidst &amp;gennemgået:</translation>
    </message>
    <message>
        <source>Stake&amp;holder</source>
        <translation>&amp;Interessent</translation>
    </message>
    <message>
        <source>What &amp;matters to them:</source>
        <translation>&amp;Hvad er vigtigt for dem:</translation>
    </message>
    <message>
        <source>&amp;Before go-live:</source>
        <translation>&amp;Før idriftsættelsen:</translation>
    </message>
    <message>
        <source>&amp;During go-live:</source>
        <translation>&amp;Under idriftsættelsen:</translation>
    </message>
    <message>
        <source>A&amp;fter go-live:</source>
        <translation>Efte&amp;r idriftsættelsen:</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;oter</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) below target</source>
        <translation>
            <numerusform>%n trin under målet</numerusform>
            <numerusform>%n trin under målet</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Skriv et navn.</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderMapText</name>
    <message>
        <source>How affected by the change →</source>
        <translation>Hvor berørt af forandringen →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Indflydelse →</translation>
    </message>
    <message>
        <source>engagement now</source>
        <translation>engagement nu</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>Steps from left: %1</source>
        <translation>Trin fra venstre: %1</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderMapWidget</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Interessentkort</translation>
    </message>
    <message>
        <source>No stakeholders to show.</source>
        <translation>Ingen interessenter at vise.</translation>
    </message>
    <message>
        <source>%1
%2 (influence %3, affected %4)
Engagement: %5 → %6</source>
        <translation>%1
%2 (indflydelse %3, berørt %4)
Engagement: %5 → %6</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s). Tab selects a marker; arrow keys move it.</source>
        <translation>
            <numerusform>%n interessent. Tab-tasten vælger en markør, og piletasterne flytter den.</numerusform>
            <numerusform>%n interessenter. Tab-tasten vælger en markør, og piletasterne flytter den.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected: %2, influence %3, affected %4, engagement %5, target %6.</source>
        <translation>%1 er valgt: %2, indflydelse %3, berørt %4, engagement %5, mål %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s). Tab selects a marker.</source>
        <translation>
            <numerusform>%n interessent. Tab-tasten vælger en markør.</numerusform>
            <numerusform>%n interessenter. Tab-tasten vælger en markør.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; influence %2 of 3, affected %3 of 3; engagement %4, target %5</source>
        <translation>%1; indflydelse %2 af 3, berørt %3 af 3; engagement %4, mål %5</translation>
    </message>
    <message>
        <source>Markers cannot be moved: %1</source>
        <translation>Markørerne kan ikke flyttes: %1</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderPage</name>
    <message>
        <source>Internal and external</source>
        <translation>Interne og eksterne</translation>
    </message>
    <message>
        <source>Internal only</source>
        <translation>Kun interne</translation>
    </message>
    <message>
        <source>External only</source>
        <translation>Kun eksterne</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Vi&amp;s:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Only &amp;below target engagement</source>
        <translation>Kun under &amp;målet for engagement</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Interessenter</translation>
    </message>
    <message>
        <source>Stakeholder &amp;map (drag a marker or use the arrow keys to move it):</source>
        <translation>Interessentk&amp;ort (træk en markør, eller brug piletasterne til at flytte den):</translation>
    </message>
    <message>
        <source>S&amp;takeholders:</source>
        <translation>I&amp;nteressenter:</translation>
    </message>
    <message>
        <source>&amp;Add Stakeholder…</source>
        <translation>&amp;Tilføj interessent…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>F&amp;jern…</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Eksporter som &amp;PNG…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) shown</source>
        <translation>
            <numerusform>%n interessent vises</numerusform>
            <numerusform>%n interessenter vises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below target engagement</source>
        <translation>
            <numerusform>%n under målet for engagement</numerusform>
            <numerusform>%n under målet for engagement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n communication item(s) name them; those items stay in the plan without a stakeholder. You can undo this.</source>
        <translation>
            <numerusform>Vil du fjerne %1? %n kommunikationsaktivitet er knyttet til interessenten; den bliver stående i planen uden interessent. Du kan fortryde dette.</numerusform>
            <numerusform>Vil du fjerne %1? %n kommunikationsaktiviteter er knyttet til interessenten; de bliver stående i planen uden interessent. Du kan fortryde dette.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1? You can undo this.</source>
        <translation>Vil du fjerne %1? Du kan fortryde dette.</translation>
    </message>
    <message>
        <source>Remove Stakeholder</source>
        <translation>Fjern interessent</translation>
    </message>
    <message>
        <source>Stakeholder map - %1 %2</source>
        <translation>Interessentkort – %1 %2</translation>
    </message>
    <message>
        <source>The map could not be saved as %1.</source>
        <translation>Kortet kunne ikke gemmes som %1.</translation>
    </message>
    <message>
        <source>Export Stakeholder Map</source>
        <translation>Eksporter interessentkort</translation>
    </message>
    <message>
        <source>stakeholder-map.png</source>
        <translation>interessentkort.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <source>Print Stakeholder Map</source>
        <translation>Udskriv interessentkort</translation>
    </message>
    <message>
        <source>Stakeholder &amp;map:</source>
        <translation>Interessentk&amp;ort:</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderRepository</name>
    <message>
        <source>A stakeholder needs a name.</source>
        <translation>En interessent skal have et navn.</translation>
    </message>
    <message>
        <source>Influence and how affected %1 is must be between 0 and 3.</source>
        <translation>Indflydelse og hvor berørt %1 er, skal angives med et tal fra 0 til 3.</translation>
    </message>
    <message>
        <source>The municipality of %1 is not in the database.</source>
        <translation>Kommunen for %1 findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The owner of %1 must be a person of the same municipality.</source>
        <translation>Den ansvarlige for %1 skal være en person fra samme kommune.</translation>
    </message>
    <message>
        <source>%1 could not be added</source>
        <translation>%1 kunne ikke tilføjes</translation>
    </message>
    <message>
        <source>The stakeholder to change is not in the database.</source>
        <translation>Interessenten, der skal ændres, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to another municipality.</source>
        <translation>%1 kan ikke flyttes til en anden kommune.</translation>
    </message>
    <message>
        <source>%1 could not be changed</source>
        <translation>%1 kunne ikke ændres</translation>
    </message>
    <message>
        <source>The stakeholder to move is not in the database.</source>
        <translation>Interessenten, der skal flyttes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The stakeholder to remove is not in the database.</source>
        <translation>Interessenten, der skal fjernes, findes ikke i databasen.</translation>
    </message>
    <message>
        <source>The communication about %1 could not be read</source>
        <translation>Kommunikationsaktiviteterne for %1 kunne ikke læses</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The stakeholder to put back has no number.</source>
        <translation>Interessenten, der skal genskabes, har intet nummer.</translation>
    </message>
    <message>
        <source>%1 cannot be put back: the number is used by another stakeholder.</source>
        <translation>%1 kan ikke genskabes: Nummeret bruges af en anden interessent.</translation>
    </message>
    <message>
        <source>%1 could not be put back</source>
        <translation>%1 kunne ikke genskabes</translation>
    </message>
    <message>
        <source>The communication about %1 could not be linked again</source>
        <translation>Kommunikationsaktiviteterne for %1 kunne ikke tilknyttes igen</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderTableModel</name>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Ekstern</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) below</source>
        <translation>
            <numerusform>%n trin under</numerusform>
            <numerusform>%n trin under</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forsinket)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Internal/external</source>
        <translation>Intern/ekstern</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Indflydelse</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Berørt</translation>
    </message>
    <message>
        <source>Engagement now → target</source>
        <translation>Engagement nu → mål</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Afstand til mål</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Næste kontakt</translation>
    </message>
</context>
<context>
    <name>parat::StakeholderText</name>
    <message>
        <source>Manage closely</source>
        <extracomment>Quadrant of high influence and highly affected. Danish: Ressourcepersoner</extracomment>
        <translation>Ressourcepersoner</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <extracomment>Quadrant of high influence, little affected. Danish: Hold tilfredse</extracomment>
        <translation>Hold tilfredse</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <extracomment>Quadrant of low influence, highly affected. Danish: Hold informeret</extracomment>
        <translation>Hold informeret</translation>
    </message>
    <message>
        <source>Monitor</source>
        <extracomment>Quadrant of low influence, little affected. Danish: Hold øje med (not &quot;external&quot;: anyone can be here)</extracomment>
        <translation>Hold øje med</translation>
    </message>
    <message>
        <source>Involve closely and build ownership</source>
        <translation>Inddrag tæt, og skab ejerskab</translation>
    </message>
    <message>
        <source>Consult on key decisions; keep them satisfied</source>
        <translation>Hør dem om vigtige beslutninger, og hold dem tilfredse</translation>
    </message>
    <message>
        <source>Inform often about what changes for them</source>
        <translation>Informer ofte om, hvad der ændrer sig for dem</translation>
    </message>
    <message>
        <source>Monitor; inform when needed</source>
        <translation>Hold øje; informer efter behov</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Unaware</source>
        <extracomment>Engagement level. Danish: Uvidende</extracomment>
        <translation>Uvidende</translation>
    </message>
    <message>
        <source>Resistant</source>
        <extracomment>Engagement level. Danish: Modstræbende</extracomment>
        <translation>Modstræbende</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>Engagement level. Danish: Neutral</extracomment>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Supportive</source>
        <extracomment>Engagement level. Danish: Støttende</extracomment>
        <translation>Støttende</translation>
    </message>
    <message>
        <source>Leading</source>
        <extracomment>Engagement level. Danish: Førende</extracomment>
        <translation>Førende</translation>
    </message>
    <message>
        <source>Inform</source>
        <extracomment>Strategy ladder. Danish: Informeres</extracomment>
        <translation>Informeres</translation>
    </message>
    <message>
        <source>Consult</source>
        <extracomment>Strategy ladder. Danish: Høres</extracomment>
        <translation>Høres</translation>
    </message>
    <message>
        <source>Involve</source>
        <extracomment>Strategy ladder. Danish: Inddrages</extracomment>
        <translation>Inddrages</translation>
    </message>
    <message>
        <source>Co-ownership</source>
        <extracomment>Strategy ladder. Danish: Medejerskab</extracomment>
        <translation>Medejerskab</translation>
    </message>
    <message>
        <source>Personal dialogue</source>
        <translation>Personlig dialog</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Staff meeting</source>
        <translation>Personalemøde</translation>
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
        <translation>Nyhedsbrev</translation>
    </message>
    <message>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>Communication status. Danish: Planlagt</extracomment>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Communication status. Danish: Gennemført</extracomment>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Communication status. Danish: Aflyst</extracomment>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>High influence, highly affected</source>
        <translation>Stor indflydelse, meget berørt</translation>
    </message>
    <message>
        <source>High influence, little affected</source>
        <translation>Stor indflydelse, lidt berørt</translation>
    </message>
    <message>
        <source>Low influence, highly affected</source>
        <translation>Lille indflydelse, meget berørt</translation>
    </message>
    <message>
        <source>Low influence, little affected</source>
        <translation>Lille indflydelse, lidt berørt</translation>
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
        <translation>Der er ingen kolonne &quot;%1&quot; i overskriftsrækken i ark &quot;%2&quot; (angiv dens overskrift eller bogstaver, fx C).</translation>
    </message>
    <message>
        <source>Say which municipality with --municipality CODE.</source>
        <translation>Angiv kommunen med --municipality KODE.</translation>
    </message>
    <message>
        <source>--conflicts must be parat or sheet, not &quot;%1&quot;.</source>
        <translation>--conflicts skal være parat eller sheet, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--min-certainty must be a percentage from 0 to 100.</source>
        <translation>--min-certainty skal være en procentsats fra 0 til 100.</translation>
    </message>
    <message>
        <source>--header-row must be a row number from 1.</source>
        <translation>--header-row skal være et rækkenummer fra 1.</translation>
    </message>
    <message>
        <source>--word must be WORD=STATUS with a status code of Parat (not_started, in_progress, waiting, done, not_relevant), not &quot;%1&quot;.</source>
        <translation>--word skal være ORD=STATUS med en af Parats statuskoder (not_started, in_progress, waiting, done, not_relevant), ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 findes ikke.</translation>
    </message>
    <message>
        <source>There is no saved column mapping &quot;%1&quot;. See: parat status mappings</source>
        <translation>Der er ingen gemt kolonneopsætning &quot;%1&quot;. Se: parat status mappings</translation>
    </message>
    <message>
        <source>The file %1 has no sheet &quot;%2&quot;.</source>
        <translation>Filen %1 har intet ark &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>række %1</translation>
    </message>
    <message>
        <source>left out:</source>
        <translation>udeladt:</translation>
    </message>
    <message>
        <source>, title %1%</source>
        <translation>, titel %1%</translation>
    </message>
    <message>
        <source>! %1  Parat: %2 (changed since the sheet: %3); sheet: %4  (%5) → %6</source>
        <translation>! %1  Parat: %2 (ændret siden arket: %3); ark: %4  (%5) → %6</translation>
    </message>
    <message>
        <source>the sheet&apos;s</source>
        <translation>arkets</translation>
    </message>
    <message>
        <source>Parat&apos;s kept</source>
        <translation>Parats beholdes</translation>
    </message>
    <message>
        <source>Municipality %1 is not in the database. See: parat municipality list</source>
        <translation>Kommune %1 findes ikke i databasen. Se: parat municipality list</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Intet blev indlæst: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fejl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the sheet has %n error(s).</source>
        <translation>
            <numerusform>Intet blev indlæst: arket har %n fejl.</numerusform>
            <numerusform>Intet blev indlæst: arket har %n fejl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts keep Parat&apos;s status; --conflicts sheet takes the sheet&apos;s.</source>
        <translation>Ved konflikter beholdes Parats status; --conflicts sheet tager arkets.</translation>
    </message>
    <message>
        <source>Saved the column mapping &quot;%1&quot;.</source>
        <translation>Gemte kolonneopsætningen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Prøvekørsel: intet blev ændret.</translation>
    </message>
    <message>
        <source>The sheet changes no task. Nothing was changed.</source>
        <translation>Arket ændrer ingen opgaver. Intet blev ændret.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the statuses of %n task(s). Restore point taken first: %1</source>
        <translation>
            <numerusform>Indlæste status for %n opgave. Gendannelsespunkt taget først: %1</numerusform>
            <numerusform>Indlæste status for %n opgaver. Gendannelsespunkt taget først: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No column mapping has been saved yet.</source>
        <translation>Der er endnu ikke gemt nogen kolonneopsætning.</translation>
    </message>
    <message>
        <source>header row %1</source>
        <translation>overskriftsrække %1</translation>
    </message>
    <message>
        <source>Statuses from spreadsheets: import a status sheet, a KLIK export or any sheet with a status column.</source>
        <translation>Statusser fra regneark: indlæs et statusark, et KLIK-udtræk eller et hvilket som helst ark med en statuskolonne.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>a saved column mapping (default: Parat&apos;s status sheet, or the headings)</source>
        <translation>en gemt kolonneopsætning (standard: Parats statusark eller overskrifterne)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>arket, der skal læses (standard: det første)</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>ARK</translation>
    </message>
    <message>
        <source>the row with the headings (default: found from the headings)</source>
        <translation>rækken med overskrifterne (standard: findes ud fra overskrifterne)</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>RÆKKE</translation>
    </message>
    <message>
        <source>the column of the task key (heading or letters)</source>
        <translation>kolonnen med opgavens nøgle (overskrift eller bogstaver)</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>KOLONNE</translation>
    </message>
    <message>
        <source>the column of the task title, to match by title</source>
        <translation>kolonnen med opgavens titel, for at finde opgaven ud fra titlen</translation>
    </message>
    <message>
        <source>the column of the status</source>
        <translation>kolonnen med status</translation>
    </message>
    <message>
        <source>the column of the done date</source>
        <translation>kolonnen med udført dato</translation>
    </message>
    <message>
        <source>the column of the note</source>
        <translation>kolonnen med noten</translation>
    </message>
    <message>
        <source>the column of &quot;marked in KLIK&quot; (a date or yes)</source>
        <translation>kolonnen med &quot;markeret i KLIK&quot; (en dato eller ja)</translation>
    </message>
    <message>
        <source>a status word of the sheet and Parat&apos;s status code (repeatable)</source>
        <translation>et statusord fra arket og Parats statuskode (kan gentages)</translation>
    </message>
    <message>
        <source>WORD=STATUS</source>
        <translation>ORD=STATUS</translation>
    </message>
    <message>
        <source>save the columns and words as a mapping of this name</source>
        <translation>gem kolonner og ord som en kolonneopsætning med dette navn</translation>
    </message>
    <message>
        <source>leave out title matches less certain than this (default: 0, all are taken)</source>
        <translation>udelad titelmatch, der er mindre sikre end dette (standard: 0, alle tages med)</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROCENT</translation>
    </message>
    <message>
        <source>whose status wins a conflict (default: parat)</source>
        <translation>hvis status vinder ved en konflikt (standard: parat)</translation>
    </message>
    <message>
        <source>show what would change and write nothing</source>
        <translation>vis, hvad der ville ændre sig, og skriv intet</translation>
    </message>
    <message>
        <source>Import task statuses from a spreadsheet (.xlsx or CSV): Parat&apos;s own status sheet as it comes back, or any sheet with a task key or title and a status column. Shows what changes, what conflicts (changed in Parat after the sheet was made) and which rows fit no task; any unreadable cell stops the import before anything is written. A restore point is taken first.</source>
        <translation>Indlæs opgavestatusser fra et regneark (.xlsx eller CSV): Parats eget statusark, når det kommer retur, eller et hvilket som helst ark med opgavens nøgle eller titel og en statuskolonne. Viser, hvad der ændres, hvad der er i konflikt (ændret i Parat efter arket blev lavet), og hvilke rækker der ikke passer til en opgave; en celle, der ikke kan læses, stopper indlæsningen, før noget skrives. Der tages et gendannelsespunkt først.</translation>
    </message>
    <message>
        <source>List the saved column mappings.</source>
        <translation>Vis de gemte kolonneopsætninger.</translation>
    </message>
</context>
<context>
    <name>parat::StatusImportCommandText</name>
    <message numerus="yes">
        <source>The sheet has %n error(s) and was not imported. Nothing has been changed.</source>
        <translation>
            <numerusform>Arket har %n fejl og blev ikke indlæst. Intet er ændret.</numerusform>
            <numerusform>Arket har %n fejl og blev ikke indlæst. Intet er ændret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet changes no task. Nothing has been changed.</source>
        <translation>Arket ændrer ingen opgaver. Intet er ændret.</translation>
    </message>
    <message>
        <source>The statuses were not imported because no restore point could be taken first: %1</source>
        <translation>Statusserne blev ikke indlæst, fordi der ikke kunne tages et gendannelsespunkt først: %1</translation>
    </message>
</context>
<context>
    <name>parat::StatusImportDialog</name>
    <message>
        <source>Left out: %1</source>
        <translation>Udeladt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import Statuses</source>
        <translation>Indlæs statusser</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Vælg fil</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Saved column mapping</source>
        <translation>Gemt kolonneopsætning</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Gemt &amp;opsætning:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Overskriftsrække</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>Overskrifts&amp;række:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Task &amp;key:</source>
        <translation>Opgavens &amp;nøgle:</translation>
    </message>
    <message>
        <source>Task &amp;title:</source>
        <translation>Opgavens &amp;titel:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Udført dato:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>Marked in K&amp;LIK:</source>
        <translation>Markeret i &amp;KLIK:</translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation>Kolonne for %1</translation>
    </message>
    <message>
        <source>Status words of the sheet</source>
        <translation>Arkets statusord</translation>
    </message>
    <message>
        <source>Name of the mapping</source>
        <translation>Opsætningens navn</translation>
    </message>
    <message>
        <source>KLIK export, superusers&apos; sheet …</source>
        <translation>KLIK-udtræk, superbrugernes ark …</translation>
    </message>
    <message>
        <source>Save mapping &amp;as:</source>
        <translation>Gem opsætning so&amp;m:</translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping</source>
        <translation>Gem o&amp;psætning</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Gem opsætning</translation>
    </message>
    <message>
        <source>What the import d&amp;oes (untick a change to leave it out; tick a conflict to take the sheet&apos;s value):</source>
        <translation>Hvad indlæsningen &amp;gør (fjern fluebenet ved en ændring for at udelade den; sæt flueben ved en konflikt for at tage arkets værdi):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>I arket</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Indlæsningsplan</translation>
    </message>
    <message>
        <source>Problems in the sheet</source>
        <translation>Problemer i arket</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Indlæs</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Indlæs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Regneark (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>(from the headings)</source>
        <translation>(ud fra overskrifterne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(ikke tilknyttet)</translation>
    </message>
    <message>
        <source>Parat&apos;s status for &quot;%1&quot;</source>
        <translation>Parats status for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Choose a status sheet, a KLIK export or another spreadsheet (.xlsx or CSV).</source>
        <translation>Vælg et statusark, et KLIK-udtræk eller et andet regneark (.xlsx eller CSV).</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as it is read now.</source>
        <translation>%1 kan ikke indlæses, som det læses nu.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fejl: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %n problem(s). Map the columns and words, or correct the file and choose it again. Nothing has been changed.</source>
        <translation>
            <numerusform>Arket har %n problem. Knyt kolonner og ord, eller ret filen og vælg den igen. Intet er ændret.</numerusform>
            <numerusform>Arket har %n problemer. Knyt kolonner og ord, eller ret filen og vælg den igen. Intet er ændret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet changes no task. Nothing has been changed.</source>
        <translation>Arket ændrer ingen opgaver. Intet er ændret.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Import applies the ticked changes and conflicts as one step you can undo; a restore point is taken first.</source>
        <translation>Intet er ændret endnu. Indlæs gennemfører de afkrydsede ændringer og konflikter som ét trin, der kan fortrydes; der tages et gendannelsespunkt først.</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n (changed in Parat after the sheet was made)</source>
        <translation>
            <numerusform>Konflikter: %n (ændret i Parat efter arket blev lavet)</numerusform>
            <numerusform>Konflikter: %n (ændret i Parat efter arket blev lavet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes: %n</source>
        <translation>
            <numerusform>Ændringer: %n</numerusform>
            <numerusform>Ændringer: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without a task: %n</source>
        <translation>
            <numerusform>Uden opgave: %n</numerusform>
            <numerusform>Uden opgave: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n</source>
        <translation>
            <numerusform>Uændrede: %n</numerusform>
            <numerusform>Uændrede: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>key</source>
        <translation>nøgle</translation>
    </message>
    <message>
        <source>title, %1%</source>
        <translation>titel, %1%</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Parat: %1 (changed: %2). Sheet: %3. %4</source>
        <translation>Parat: %1 (ændret: %2). Ark: %3. %4</translation>
    </message>
    <message>
        <source>The sheet&apos;s value is taken.</source>
        <translation>Arkets værdi tages.</translation>
    </message>
    <message>
        <source>Parat&apos;s value is kept.</source>
        <translation>Parats værdi beholdes.</translation>
    </message>
    <message>
        <source>The column mapping &quot;%1&quot; was saved.</source>
        <translation>Kolonneopsætningen &quot;%1&quot; blev gemt.</translation>
    </message>
    <message numerus="yes">
        <source>The statuses of %n task(s) were imported from %1. Edit ▸ Undo takes them back; a restore point was taken first (%2).</source>
        <translation>
            <numerusform>Status for %n opgave blev indlæst fra %1. Rediger ▸ Fortryd tager dem tilbage; der blev taget et gendannelsespunkt først (%2).</numerusform>
            <numerusform>Status for %n opgaver blev indlæst fra %1. Rediger ▸ Fortryd tager dem tilbage; der blev taget et gendannelsespunkt først (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a municipality first: statuses are imported into the municipality shown.</source>
        <translation>Vælg en kommune først: statusser indlæses i den viste kommune.</translation>
    </message>
</context>
<context>
    <name>parat::StatusImportService</name>
    <message numerus="yes">
        <source>The title fits %n task(s) equally well: %1.</source>
        <translation>
            <numerusform>Titlen passer lige godt på %n opgave: %1.</numerusform>
            <numerusform>Titlen passer lige godt på %n opgaver: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No task has this key or a title like it.</source>
        <translation>Ingen opgave har denne nøgle eller en titel, der ligner.</translation>
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
        <translation>Filen %1 har intet ark &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Say which column holds the task key or the task title.</source>
        <translation>Angiv, hvilken kolonne der indeholder opgavens nøgle eller titel.</translation>
    </message>
    <message>
        <source>Say which column holds the status (or the done date, note or KLIK mark).</source>
        <translation>Angiv, hvilken kolonne der indeholder status (eller udført dato, note eller KLIK-markering).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not the time of an export.</source>
        <translation>%1: &quot;%2&quot; er ikke tidspunktet for en eksport.</translation>
    </message>
    <message>
        <source>%1: the status &quot;%2&quot; is not one of Parat&apos;s; map it to a status.</source>
        <translation>%1: statussen &quot;%2&quot; er ikke en af Parats; knyt den til en status.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write it as 24-12-2026 or 2026-12-24).</source>
        <translation>%1: &quot;%2&quot; er ikke en dato (skriv den som 24-12-2026 eller 2026-12-24).</translation>
    </message>
    <message>
        <source>%1: the done date %2 is after today.</source>
        <translation>%1: udført-datoen %2 ligger efter i dag.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither a date nor yes (x, ja, yes).</source>
        <translation>%1: &quot;%2&quot; er hverken en dato eller ja (x, ja, yes).</translation>
    </message>
    <message>
        <source>No current task has the key %1.</source>
        <translation>Ingen aktuel opgave har nøglen %1.</translation>
    </message>
    <message>
        <source>The task %1 is already in row %2.</source>
        <translation>Opgaven %1 står allerede i række %2.</translation>
    </message>
    <message>
        <source>Set to &quot;%1&quot; in the sheet %2.</source>
        <translation>Sat til &quot;%1&quot; i arket %2.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Done on: %1</source>
        <translation>Udført: %1</translation>
    </message>
    <message>
        <source>Marked in KLIK: %1</source>
        <translation>Markeret i KLIK: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begrundelse: %1</translation>
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
            <numerusform>%n ændring</numerusform>
            <numerusform>%n ændringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a task</source>
        <translation>
            <numerusform>%n række uden opgave</numerusform>
            <numerusform>%n rækker uden opgave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uændret</numerusform>
            <numerusform>%n uændrede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::StatusMappingRepository</name>
    <message>
        <source>Give the column mapping a name of 1 to 80 characters.</source>
        <translation>Giv kolonneopsætningen et navn på 1 til 80 tegn.</translation>
    </message>
    <message>
        <source>Saving the column mapping</source>
        <translation>Gemning af kolonneopsætningen</translation>
    </message>
    <message>
        <source>Removing the column mapping</source>
        <translation>Fjernelse af kolonneopsætningen</translation>
    </message>
</context>
<context>
    <name>parat::StatusReportText</name>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Udfører</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Frigivet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dage forsinket</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fuldført den</translation>
    </message>
    <message>
        <source>Marked done in KLIK</source>
        <translation>Markeret som fuldført i KLIK</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (mandatory)</source>
        <translation>%1 (obligatorisk)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fuldført</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Variance (points)</source>
        <translation>Afvigelse (procentpoint)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>(removed person)</source>
        <translation>(fjernet person)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <source>The municipality does not exist.</source>
        <translation>Kommunen findes ikke.</translation>
    </message>
    <message>
        <source>Status report %1</source>
        <translation>Statusrapport %1</translation>
    </message>
    <message>
        <source>Status report: %1 %2</source>
        <translation>Statusrapport: %1 %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (kode %2)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdato</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Status pr.</translation>
    </message>
    <message>
        <source>Handbook version</source>
        <translation>Håndbogsversion</translation>
    </message>
    <message>
        <source>No handbook imported</source>
        <translation>Ingen håndbog importeret</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Samlet status</translation>
    </message>
    <message>
        <source>%1 (set manually; the rules say %2)</source>
        <translation>%1 (valgt manuelt; reglerne giver %2)</translation>
    </message>
    <message>
        <source>Reason for the manual light: %1</source>
        <translation>Begrundelse for manuelt valgt trafiklys: %1</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Næste periode</translation>
    </message>
    <message>
        <source>Progress against plan</source>
        <translation>Fremdrift i forhold til planen</translation>
    </message>
    <message>
        <source>Done %1 of the work, planned by now %2 (variance %3 points).</source>
        <translation>%1 af arbejdet er fuldført, %2 var planlagt til nu (afvigelse %3 procentpoint).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Other (no theme)</source>
        <translation>Andet (intet tema)</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Forsinkede opgaver</translation>
    </message>
    <message>
        <source>Blocked tasks</source>
        <translation>Opgaver, der afventer</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milepæle</translation>
    </message>
    <message>
        <source>Due in the next 4 weeks</source>
        <translation>Frist inden for de næste 4 uger</translation>
    </message>
    <message>
        <source>Changes in the last 2 weeks</source>
        <translation>Ændringer inden for de seneste 2 uger</translation>
    </message>
    <message>
        <source>No changes of status, KLIK marking or deadlines.</source>
        <translation>Ingen ændringer af status, markering i KLIK eller frister.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message numerus="yes">
        <source>Also %n change(s) of responsible, performer, reasons or notes.</source>
        <translation>
            <numerusform>Desuden %n ændring af ansvarlig, udfører, begrundelse eller note.</numerusform>
            <numerusform>Desuden %n ændringer af ansvarlig, udfører, begrundelser eller noter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mandatory tasks not yet marked done in KLIK</source>
        <translation>Obligatoriske opgaver, der endnu ikke er markeret som fuldført i KLIK</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Go-live-dato</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Sammenlignet med</translation>
    </message>
    <message>
        <source>the report sent on %1</source>
        <translation>rapporten sendt den %1</translation>
    </message>
    <message>
        <source>no report sent yet (changes of the last 2 weeks)</source>
        <translation>ingen rapport sendt endnu (ændringer i de seneste 2 uger)</translation>
    </message>
    <message>
        <source>Changes since the report sent on %1</source>
        <translation>Ændringer siden rapporten sendt den %1</translation>
    </message>
    <message>
        <source>Deadlines on a holiday</source>
        <translation>Frister på en helligdag eller fridag</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Helligdag/fridag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>task, due date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), listed in the appendix</source>
        <translation>
            <numerusform>%n opgave, se bilag</numerusform>
            <numerusform>%n opgaver, se bilag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n mere</numerusform>
            <numerusform>og %n flere</numerusform>
        </translation>
    </message>
    <message>
        <source>Status report for the steering group</source>
        <translation>Statusrapport til styregruppen</translation>
    </message>
    <message>
        <source>%1 to %2 (since the report sent on %3)</source>
        <translation>%1 til %2 (siden rapporten sendt den %3)</translation>
    </message>
    <message>
        <source>%1 to %2 (no report sent yet: the last 2 weeks)</source>
        <translation>%1 til %2 (ingen rapport sendt endnu: de seneste 2 uger)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n week(s) to go</source>
        <translation>
            <numerusform>%1 (%2), %n uge til</numerusform>
            <numerusform>%1 (%2), %n uger til</numerusform>
        </translation>
    </message>
    <message>
        <source>Project owner and leader</source>
        <translation>Projektejer og -leder</translation>
    </message>
    <message>
        <source>%1 (owner), %2 (leader)</source>
        <translation>%1 (projektejer), %2 (projektleder)</translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation>Trafiklys</translation>
    </message>
    <message>
        <source>Set manually (the rules say %1): %2</source>
        <translation>Valgt manuelt (reglerne giver %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more reason(s) in the appendix)</source>
        <translation>
            <numerusform>%1 (og %n begrundelse mere i bilag)</numerusform>
            <numerusform>%1 (og %n begrundelser mere i bilag)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>light name: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
    <message>
        <source>Progress week by week</source>
        <translation>Fremdrift uge for uge</translation>
    </message>
    <message>
        <source>Since the previous report</source>
        <translation>Siden sidste rapport</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Fuldført (%1)</translation>
    </message>
    <message>
        <source>Slipped (%1)</source>
        <translation>Skredet (%1)</translation>
    </message>
    <message>
        <source>New tasks released (%1)</source>
        <translation>Nye opgaver frigivet (%1)</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation>De næste 4 uger</translation>
    </message>
    <message>
        <source>Milestones (%1)</source>
        <translation>Milepæle (%1)</translation>
    </message>
    <message>
        <source>Mandatory tasks (%1)</source>
        <translation>Obligatoriske opgaver (%1)</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Største risici</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>Ingen åbne risici.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Håndtering</translation>
    </message>
    <message numerus="yes">
        <source>%n more open risk(s) in the appendix.</source>
        <translation>
            <numerusform>%n åben risiko mere i bilag.</numerusform>
            <numerusform>%n åbne risici mere i bilag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions the steering group must take</source>
        <translation>Beslutninger, styregruppen skal træffe</translation>
    </message>
    <message>
        <source>No decisions are waiting.</source>
        <translation>Ingen beslutninger venter.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Senest</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overskredet)</translation>
    </message>
    <message numerus="yes">
        <source>%n more decision(s) waiting, in the appendix.</source>
        <translation>
            <numerusform>%n beslutning mere venter, se bilag.</numerusform>
            <numerusform>%n beslutninger mere venter, se bilag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Biggest problem</source>
        <translation>Største problem</translation>
    </message>
    <message>
        <source>Other risks (notes)</source>
        <translation>Øvrige risici (noter)</translation>
    </message>
    <message>
        <source>Other decisions (notes)</source>
        <translation>Øvrige beslutninger (noter)</translation>
    </message>
    <message>
        <source>From the project leader</source>
        <translation>Fra projektlederen</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Bilag</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), live for %n week(s)</source>
        <translation>
            <numerusform>%1 (%2), i drift i %n uge</numerusform>
            <numerusform>%1 (%2), i drift i %n uger</numerusform>
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
        <translation>Statusarket kunne ikke føjes til projektmappen.</translation>
    </message>
    <message>
        <source>Choose one of the statuses in the list.</source>
        <translation>Vælg en af statusserne på listen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Write a date, for example 24-12-2026.</source>
        <translation>Skriv en dato, for eksempel 24-12-2026.</translation>
    </message>
    <message>
        <source>Could not write the status sheet: %1</source>
        <translation>Statusarket kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Udført dato</translation>
    </message>
    <message>
        <source>Marked in KLIK</source>
        <translation>Markeret i KLIK</translation>
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
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Colleagues (caseworkers) this superuser trains and supports</source>
        <translation>Kolleger (sagsbehandlere), som denne superbruger oplærer og støtter</translation>
    </message>
    <message>
        <source>Case&amp;workers covered:</source>
        <translation>&amp;Antal sagsbehandlere:</translation>
    </message>
    <message>
        <source>A&amp;ppointed on:</source>
        <translation>&amp;Udpeget den:</translation>
    </message>
    <message>
        <source>T&amp;rained on:</source>
        <translation>U&amp;ddannet den:</translation>
    </message>
    <message>
        <source>Acti&amp;ve until:</source>
        <translation>&amp;Aktiv til:</translation>
    </message>
</context>
<context>
    <name>parat::SuperuserPage</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Caseworkers</source>
        <translation>Sagsbehandlere</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>In KLIK</source>
        <translation>I KLIK</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Uddannet den</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktiv til</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkendt af</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Godkendt den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;People and superuser details:</source>
        <translation>Personer og super&amp;brugeroplysninger:</translation>
    </message>
    <message>
        <source>People and superuser details</source>
        <translation>Personer og superbrugeroplysninger</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>Rediger opl&amp;ysninger…</translation>
    </message>
    <message>
        <source>&amp;Suggest Hours…</source>
        <translation>Foreslå &amp;timer…</translation>
    </message>
    <message>
        <source>Replace the hours of the selected person (or of all superusers) with the suggested plan: about 20 % of 37 hours in the project, 50 % around go-live, 10 % after, 5 % in steady state</source>
        <translation>Erstat timerne for den valgte person (eller for alle superbrugere) med forslaget: ca. 20 % af 37 timer i projektet, 50 % omkring idriftsættelsen, 10 % efter og 5 % i drift</translation>
    </message>
    <message>
        <source>Assign Pe&amp;rformers…</source>
        <translation>Tildel &amp;udførere…</translation>
    </message>
    <message>
        <source>&amp;Hours allocated:</source>
        <translation>Afsatt&amp;e timer:</translation>
    </message>
    <message>
        <source>Hours allocated</source>
        <translation>Afsatte timer</translation>
    </message>
    <message>
        <source>&amp;Add Hours…</source>
        <translation>Ti&amp;lføj timer…</translation>
    </message>
    <message>
        <source>&amp;Edit Hours…</source>
        <translation>Re&amp;diger timer…</translation>
    </message>
    <message>
        <source>Re&amp;move Hours</source>
        <translation>F&amp;jern timer</translation>
    </message>
    <message>
        <source>Allocated and needed hours per person and week</source>
        <translation>Afsatte og nødvendige timer pr. person og uge</translation>
    </message>
    <message>
        <source>Capacity warnings</source>
        <translation>Kapacitetsadvarsler</translation>
    </message>
    <message>
        <source>Weekly &amp;grid</source>
        <translation>U&amp;geoversigt</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>Diagra&amp;m</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>&amp;Advarsler</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>No warnings: everyone has the hours they need.</source>
        <translation>Ingen advarsler: Alle har de timer, de har brug for.</translation>
    </message>
    <message>
        <source>&amp;Warnings (%1)</source>
        <translation>&amp;Advarsler (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n superuser(s)</source>
        <translation>
            <numerusform>%n superbruger</numerusform>
            <numerusform>%n superbrugere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hours allocated to %1:</source>
        <translation>Afsatt&amp;e timer til %1:</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>ikke godkendt</translation>
    </message>
    <message>
        <source>The suggested hours are planned around go-live: give %1 a go-live date first.</source>
        <translation>De foreslåede timer planlægges ud fra idriftsættelsen: Giv først %1 en go-live-dato.</translation>
    </message>
    <message>
        <source>There are no superusers to plan hours for. Give people the SU role first.</source>
        <translation>Der er ingen superbrugere at planlægge timer for. Giv først personer rollen SU.</translation>
    </message>
    <message numerus="yes">
        <source>This replaces %n period(s) already allocated.</source>
        <translation>
            <numerusform>Det erstatter %n allerede afsat periode.</numerusform>
            <numerusform>Det erstatter %n allerede afsatte perioder.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can edit the hours afterwards, and undo this.</source>
        <translation>Du kan redigere timerne bagefter og fortryde dette.</translation>
    </message>
    <message>
        <source>Suggest Hours</source>
        <translation>Foreslå timer</translation>
    </message>
    <message>
        <source>Schoo&amp;l Holidays…</source>
        <translation>Sko&amp;leferier…</translation>
    </message>
    <message>
        <source>The municipality&apos;s school-holiday weeks, marked in the grid</source>
        <translation>Kommunens skoleferieuger, markeret i oversigten</translation>
    </message>
    <message>
        <source>Give %1 the suggested hours from %2 to %3 (about 20 % of 37 hours in the project, 50 % around go-live, 10 % after, 5 % in steady state; the 50 % weeks stay out of holiday weeks)?</source>
        <translation>Vil du give %1 de foreslåede timer fra %2 til %3 (ca. 20 % af 37 timer i projektet, 50 % omkring idriftsættelsen, 10 % efter og 5 % i drift; ugerne med 50 % lægges uden for ferie- og helligdagsuger)?</translation>
    </message>
    <message>
        <source>E&amp;xport Grid to Excel…</source>
        <translation>E&amp;ksporter ugeoversigt til Excel…</translation>
    </message>
    <message>
        <source>The hours allocated, needed and free of each person and week as an Excel workbook</source>
        <translation>Afsatte timer, behov og ledige timer for hver person og uge som Excel-projektmappe</translation>
    </message>
</context>
<context>
    <name>parat::SuperuserText</name>
    <message>
        <source>Over-allocated</source>
        <translation>Overbooket</translation>
    </message>
    <message>
        <source>Needed, nothing allocated</source>
        <translation>Behov, men intet afsat</translation>
    </message>
    <message>
        <source>More than 37 hours</source>
        <translation>Mere end 37 timer</translation>
    </message>
    <message>
        <source>Not registered in KLIK</source>
        <translation>Ikke registreret i KLIK</translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation>Ikke uddannet</translation>
    </message>
    <message>
        <source>Too many caseworkers per superuser</source>
        <translation>For mange sagsbehandlere pr. superbruger</translation>
    </message>
    <message>
        <source>Trained late</source>
        <translation>Uddannet for sent</translation>
    </message>
    <message>
        <source>Go-live in holidays</source>
        <translation>Idriftsættelse i ferie og helligdage</translation>
    </message>
</context>
<context>
    <name>parat::TaskDetailPane</name>
    <message>
        <source>Select a task in the list to see and change its details.</source>
        <translation>Vælg en opgave på listen for at se og ændre dens oplysninger.</translation>
    </message>
    <message>
        <source>Withdrawn: this task is no longer in the handbook. It is kept with its state and history.</source>
        <translation>Udgået: Opgaven findes ikke længere i håndbogen. Den bevares med sin tilstand og historik.</translation>
    </message>
    <message>
        <source>Phase and theme:</source>
        <translation>Fase og tema:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>Released:</source>
        <translation>Frigivet:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Anslået timetal:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Egenskaber:</translation>
    </message>
    <message>
        <source>State in this municipality</source>
        <translation>Status i kommunen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Perf&amp;ormer:</source>
        <translation>&amp;Udfører:</translation>
    </message>
    <message>
        <source>Use hand&amp;book date</source>
        <translation>Brug håndbo&amp;gens dato</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Fris&amp;t:</translation>
    </message>
    <message>
        <source>Marked in KL&amp;IK:</source>
        <translation>Markeret i K&amp;LIK:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Anv&amp;end</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Fortr&amp;yd ændringer</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>Hist&amp;orik:</translation>
    </message>
    <message>
        <source>History of the task</source>
        <translation>Opgavens historik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>&amp;New local task…</source>
        <translation>Tilfø&amp;j lokal opgave…</translation>
    </message>
    <message>
        <source>Edit local tas&amp;k…</source>
        <translation>Re&amp;diger lokal opgave…</translation>
    </message>
    <message>
        <source>De&amp;lete local task…</source>
        <translation>Slet lokal o&amp;pgave…</translation>
    </message>
    <message>
        <source>the change failed.</source>
        <translation>ændringen mislykkedes.</translation>
    </message>
    <message>
        <source>This task was changed while you were editing it. Apply stores your changes over it; Revert shows what is stored now.</source>
        <translation>Opgaven er blevet ændret, mens du redigerede den. Anvend overskriver den med dine ændringer; Fortryd ændringer viser, hvad der er gemt nu.</translation>
    </message>
    <message>
        <source>local task</source>
        <translation>lokal opgave</translation>
    </message>
    <message>
        <source>responsible %1, performer %2</source>
        <translation>ansvarlig %1, udfører %2</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>fra starten</translation>
    </message>
    <message>
        <source>changed for this municipality</source>
        <translation>ændret for denne kommune</translation>
    </message>
    <message>
        <source>no date until the municipality has a go-live date</source>
        <translation>ingen dato, før kommunen har en go-live-dato</translation>
    </message>
    <message>
        <source>%1 hours per person</source>
        <translation>%1 timer pr. person</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 timer</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>(unknown person)</source>
        <translation>(ukendt person)</translation>
    </message>
    <message>
        <source>Required for &quot;%1&quot;</source>
        <translation>Påkrævet ved &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <source>Write a reason: a task set to &quot;%1&quot; needs one.</source>
        <translation>Skriv en begrundelse: En opgave, der sættes til &quot;%1&quot;, skal have en.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>ændring af status</translation>
    </message>
    <message>
        <source>Change reason</source>
        <translation>ændring af begrundelse</translation>
    </message>
    <message>
        <source>Change responsible</source>
        <translation>ændring af ansvarlig</translation>
    </message>
    <message>
        <source>Change performer</source>
        <translation>ændring af udfører</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>ændring af frist</translation>
    </message>
    <message>
        <source>Change KLIK marking</source>
        <translation>ændring af markering i KLIK</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>ændring af note</translation>
    </message>
    <message numerus="yes">
        <source>Change %n field(s)</source>
        <translation>
            <numerusform>ændring af %n felt</numerusform>
            <numerusform>ændring af %n felter</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Udfører</translation>
    </message>
    <message>
        <source>Due date override</source>
        <translation>Tilpasset frist</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fuldført den</translation>
    </message>
    <message>
        <source>Marked in KLIK</source>
        <translation>Markeret i KLIK</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>Delete the local task %1 &quot;%2&quot; with its state and %n history entries? You can undo this.</source>
        <translation>
            <numerusform>Vil du slette den lokale opgave %1 &quot;%2&quot; med dens tilstand og %n historikpost? Du kan fortryde dette.</numerusform>
            <numerusform>Vil du slette den lokale opgave %1 &quot;%2&quot; med dens tilstand og %n historikposter? Du kan fortryde dette.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the local task %1 &quot;%2&quot;? You can undo this.</source>
        <translation>Vil du slette den lokale opgave %1 &quot;%2&quot;? Du kan fortryde dette.</translation>
    </message>
    <message>
        <source>Delete Local Task</source>
        <translation>Slet lokal opgave</translation>
    </message>
    <message>
        <source>Not mar&amp;ked</source>
        <translation>Ikke &amp;markeret</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved yet. Save them?</source>
        <translation>Ændringerne af %1 er ikke gemt endnu. Vil du gemme dem?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <source>The changes to %1 were not saved: %2</source>
        <translation>Ændringerne af %1 blev ikke gemt: %2</translation>
    </message>
</context>
<context>
    <name>parat::TaskFilterBar</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Key, title, description or person (Ctrl+F)</source>
        <translation>Nøgle, titel, beskrivelse eller person (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find tasks</source>
        <translation>Søg i opgaver</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>Personfilter</translation>
    </message>
    <message>
        <source>Tasks the person is responsible for or performs</source>
        <translation>Opgaver, som personen er ansvarlig for eller udfører</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Forsi&amp;nket</translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation>Frist &amp;denne uge</translation>
    </message>
    <message>
        <source>Due in the next &amp;4 weeks</source>
        <translation>Frist inden for de næste &amp;4 uger</translation>
    </message>
    <message>
        <source>Hide &amp;closed</source>
        <translation>Skjul afs&amp;luttede</translation>
    </message>
    <message>
        <source>Hide tasks that are done or not relevant</source>
        <translation>Skjul opgaver, der er fuldført eller ikke relevante</translation>
    </message>
    <message>
        <source>Show with&amp;drawn</source>
        <translation>&amp;Medtag udgåede</translation>
    </message>
    <message>
        <source>Show tasks a newer handbook version no longer has</source>
        <translation>Vis opgaver, som en nyere version af håndbogen ikke længere indeholder</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>R&amp;yd filtre</translation>
    </message>
    <message>
        <source>&amp;Group by phase</source>
        <translation>&amp;Grupper efter fase</translation>
    </message>
    <message>
        <source>Sort by phase, then due date</source>
        <translation>Sorter efter fase og derefter frist</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Vis &amp;alle</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Ph&amp;ase: %1</source>
        <translation>F&amp;ase: %1</translation>
    </message>
    <message>
        <source>&amp;Theme: %1</source>
        <translation>&amp;Tema: %1</translation>
    </message>
    <message>
        <source>Stat&amp;us: %1</source>
        <translation>Stat&amp;us: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n task(s)</source>
        <translation>
            <numerusform>Viser %1 af %n opgave</numerusform>
            <numerusform>Viser %1 af %n opgaver</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Ryd søgning</translation>
    </message>
    <message>
        <source>Phase filter: every phase is shown. Opens a menu of phases.</source>
        <translation>Fasefilter: alle faser vises. Åbner en menu med faser.</translation>
    </message>
    <message>
        <source>Phase filter: shows only %1. Opens a menu of phases.</source>
        <translation>Fasefilter: viser kun %1. Åbner en menu med faser.</translation>
    </message>
    <message>
        <source>Theme filter: every theme is shown. Opens a menu of themes.</source>
        <translation>Temafilter: alle temaer vises. Åbner en menu med temaer.</translation>
    </message>
    <message>
        <source>Theme filter: shows only %1. Opens a menu of themes.</source>
        <translation>Temafilter: viser kun %1. Åbner en menu med temaer.</translation>
    </message>
    <message>
        <source>Status filter: every status is shown. Opens a menu of statuses.</source>
        <translation>Statusfilter: alle statusser vises. Åbner en menu med statusser.</translation>
    </message>
    <message>
        <source>Status filter: shows only %1. Opens a menu of statuses.</source>
        <translation>Statusfilter: viser kun %1. Åbner en menu med statusser.</translation>
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
        <translation>%1 (med begrundelse)…</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Udfører</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>parat::TaskRepository</name>
    <message>
        <source>The task is not one of the municipality&apos;s tasks.</source>
        <translation>Opgaven er ikke en af kommunens opgaver.</translation>
    </message>
    <message>
        <source>Write a reason when a task is set to &quot;%1&quot;.</source>
        <translation>Skriv en begrundelse, når en opgave sættes til &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The responsible person is not one of the municipality&apos;s people.</source>
        <translation>Den ansvarlige er ikke en af kommunens personer.</translation>
    </message>
    <message>
        <source>The performer is not one of the municipality&apos;s people.</source>
        <translation>Udføreren er ikke en af kommunens personer.</translation>
    </message>
    <message>
        <source>The task&apos;s history could not be saved</source>
        <translation>Opgavens historik kunne ikke gemmes</translation>
    </message>
    <message>
        <source>A local task must belong to a municipality in the database.</source>
        <translation>En lokal opgave skal høre til en kommune i databasen.</translation>
    </message>
    <message>
        <source>A task needs a Danish title.</source>
        <translation>En opgave skal have en dansk titel.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; cannot contain spaces, commas or semicolons.</source>
        <translation>Nøglen &quot;%1&quot; må ikke indeholde mellemrum, kommaer eller semikoloner.</translation>
    </message>
    <message>
        <source>The estimate of a task must be zero or more hours.</source>
        <translation>Det anslåede timetal for en opgave skal være nul eller mere.</translation>
    </message>
    <message>
        <source>A task cannot be released after it is due (released in week %1, due in week %2 relative to go-live).</source>
        <translation>En opgave kan ikke frigives efter sin frist (frigives i uge %1, frist i uge %2 i forhold til idriftsættelsen).</translation>
    </message>
    <message>
        <source>The key %1 is already used by another task.</source>
        <translation>Nøglen %1 bruges allerede af en anden opgave.</translation>
    </message>
    <message>
        <source>The local task could not be added</source>
        <translation>Den lokale opgave kunne ikke tilføjes</translation>
    </message>
    <message>
        <source>The task to change is not one of the municipality&apos;s local tasks.</source>
        <translation>Opgaven, der skal ændres, er ikke en af kommunens lokale opgaver.</translation>
    </message>
    <message>
        <source>The local task could not be changed</source>
        <translation>Den lokale opgave kunne ikke ændres</translation>
    </message>
    <message>
        <source>The task to remove is not one of the municipality&apos;s local tasks.</source>
        <translation>Opgaven, der skal fjernes, er ikke en af kommunens lokale opgaver.</translation>
    </message>
    <message>
        <source>The local task could not be removed</source>
        <translation>Den lokale opgave kunne ikke fjernes</translation>
    </message>
    <message>
        <source>The task&apos;s state could not be read</source>
        <translation>Opgavens tilstand kunne ikke læses</translation>
    </message>
    <message>
        <source>The local task %1 cannot be put back: its key or number is used by another task.</source>
        <translation>Den lokale opgave %1 kan ikke genskabes: Dens nøgle eller nummer bruges af en anden opgave.</translation>
    </message>
    <message>
        <source>The local task could not be put back</source>
        <translation>Den lokale opgave kunne ikke genskabes</translation>
    </message>
    <message>
        <source>The task&apos;s state could not be put back</source>
        <translation>Opgavens tilstand kunne ikke genskabes</translation>
    </message>
    <message>
        <source>The task&apos;s history could not be put back</source>
        <translation>Opgavens historik kunne ikke genskabes</translation>
    </message>
</context>
<context>
    <name>parat::TaskSheet</name>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – overskredet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>Din rolle</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Spørg</translation>
    </message>
    <message>
        <source>nobody named yet</source>
        <translation>ingen udpeget endnu</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No description in the handbook.</source>
        <translation>Ingen beskrivelse i drejebogen.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Afsat</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 for lidt</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 i overskud</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (udført)</translation>
    </message>
    <message>
        <source>Task sheet – %1</source>
        <translation>Opgaveark – %1</translation>
    </message>
    <message>
        <source>Task sheet %1</source>
        <translation>Opgaveark %1</translation>
    </message>
    <message>
        <source>Tasks of %1</source>
        <translation>Opgaver for %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 til %3)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Projektleder</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Idriftsættelse</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>ikke besluttet</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Your tasks</source>
        <translation>Dine opgaver</translation>
    </message>
    <message>
        <source>No open tasks are due in this period.</source>
        <translation>Ingen åbne opgaver har frist i perioden.</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s) due by %1, %2 in all. Tasks due before the period and not done are marked overdue.</source>
        <translation>
            <numerusform>%n åben opgave med frist senest %1, %2 i alt. Opgaver med frist før perioden, som ikke er udført, er markeret som overskredet.</numerusform>
            <numerusform>%n åbne opgaver med frist senest %1, %2 i alt. Opgaver med frist før perioden, som ikke er udført, er markeret som overskredet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hours</source>
        <translation>Din tid</translation>
    </message>
    <message>
        <source>Hours set aside for the project (after public holidays) against the hours your tasks need, week by week, as the superuser plan counts them.</source>
        <translation>Den tid, der er afsat til projektet (efter helligdage), over for den tid, dine opgaver kræver, uge for uge, som superbrugerplanen regner dem.</translation>
    </message>
    <message>
        <source>Communication you send</source>
        <translation>Kommunikation, du sender</translation>
    </message>
    <message>
        <source>No communication planned for you to send in this period.</source>
        <translation>Der er ingen planlagt kommunikation, som du skal sende i perioden.</translation>
    </message>
    <message>
        <source>%1 exists and is not a PDF; Parat leaves it alone. Move it or choose another folder.</source>
        <translation>%1 findes og er ikke en PDF; Parat lader den være. Flyt den, eller vælg en anden mappe.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>The task sheet of %1 failed: %2</source>
        <translation>Opgavearket for %1 mislykkedes: %2</translation>
    </message>
</context>
<context>
    <name>parat::TaskSheetDialog</name>
    <message>
        <source>Task Sheets</source>
        <translation>Opgaveark</translation>
    </message>
    <message>
        <source>Whose task sheets</source>
        <translation>Hvis opgaveark</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle personer</translation>
    </message>
    <message>
        <source>All superusers</source>
        <translation>Alle superbrugere</translation>
    </message>
    <message>
        <source>First week (ISO week, such as 2026-W50)</source>
        <translation>Første uge (ISO-uge, fx 2026-W50)</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Antal uger</translation>
    </message>
    <message>
        <source>Folder for the task sheets</source>
        <translation>Mappe til opgavearkene</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Vælg mappen</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Hvis:</translation>
    </message>
    <message>
        <source>&amp;From week:</source>
        <translation>&amp;Fra uge:</translation>
    </message>
    <message>
        <source>&amp;Number of weeks:</source>
        <translation>&amp;Antal uger:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>Task sheets written</source>
        <translation>Opgaveark skrevet</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v af %m</translation>
    </message>
    <message>
        <source>W&amp;rite Task Sheets</source>
        <translation>&amp;Skriv opgaveark</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Write the first week as an ISO week, such as 2026-W50.</source>
        <translation>Skriv den første uge som en ISO-uge, fx 2026-W50.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 til %3)</translation>
    </message>
    <message>
        <source>The first week must be an ISO week, such as 2026-W50.</source>
        <translation>Den første uge skal være en ISO-uge, fx 2026-W50.</translation>
    </message>
    <message>
        <source>Choose the folder for the task sheets.</source>
        <translation>Vælg mappen til opgavearkene.</translation>
    </message>
    <message>
        <source>Choose a municipality first.</source>
        <translation>Vælg først en kommune.</translation>
    </message>
    <message>
        <source>There is nobody to write a task sheet for.</source>
        <translation>Der er ingen at skrive et opgaveark for.</translation>
    </message>
    <message>
        <source>Writing the task sheet of %1…</source>
        <translation>Skriver opgavearket for %1…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n task sheet(s).</source>
        <translation>
            <numerusform>Stoppet efter %n opgaveark.</numerusform>
            <numerusform>Stoppet efter %n opgaveark.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::TaskTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Forsinket %n dag</numerusform>
            <numerusform>Forsinket %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (udgået)</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – forsinket</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Udfører</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Frigivet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation>Uger tilbage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Marked in KLIK</source>
        <translation>Markeret i KLIK</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, forsinket</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>ændring af status</translation>
    </message>
    <message>
        <source>Set responsible</source>
        <translation>ændring af ansvarlig</translation>
    </message>
    <message>
        <source>Set performer</source>
        <translation>ændring af udfører</translation>
    </message>
    <message>
        <source>Due on %1, a %2: offices are closed that day.</source>
        <translation>Frist på %1, en %2: kontorerne er lukket den dag.</translation>
    </message>
    <message>
        <source>%1 – holiday</source>
        <translation>%1 – fridag</translation>
    </message>
    <message>
        <source>Role: %1 (%2)</source>
        <translation>Rolle: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>parat::TaskWorkbook</name>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Udfører</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Frigivet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dage forsinket</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fuldført den</translation>
    </message>
    <message>
        <source>Marked done in KLIK</source>
        <translation>Markeret som fuldført i KLIK</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Superuser</source>
        <translation>Superbruger</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Week starts</source>
        <translation>Ugen starter</translation>
    </message>
    <message>
        <source>Hours allocated</source>
        <translation>Afsatte timer</translation>
    </message>
    <message>
        <source>Hours needed</source>
        <translation>Timer behov</translation>
    </message>
    <message>
        <source>Hours free</source>
        <translation>Ledige timer</translation>
    </message>
</context>
<context>
    <name>parat::TasksPage</name>
    <message>
        <source>Set &amp;status</source>
        <translation>Angiv &amp;status</translation>
    </message>
    <message>
        <source>%1 (with reason)…</source>
        <translation>%1 (med begrundelse)…</translation>
    </message>
    <message>
        <source>Set &amp;performer</source>
        <translation>Angiv &amp;udfører</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Angiv &amp;status…</translation>
    </message>
    <message>
        <source>Set the status of the selected tasks (Ctrl+Shift+S)</source>
        <translation>Angiv status for de valgte opgaver (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Set &amp;performer…</source>
        <translation>Angiv &amp;udfører…</translation>
    </message>
    <message>
        <source>Set the performer of the selected tasks (Ctrl+Shift+P)</source>
        <translation>Angiv udfører for de valgte opgaver (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>ændring af status</translation>
    </message>
    <message>
        <source>Set performer</source>
        <translation>ændring af udfører</translation>
    </message>
    <message>
        <source>Show task &amp;details</source>
        <translation>Vis opgave&amp;detaljer</translation>
    </message>
    <message>
        <source>Show or hide the task details beside the list (Ctrl+Shift+D)</source>
        <translation>Vis eller skjul opgavens detaljer ved siden af listen (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>parat::TrendChartText</name>
    <message>
        <source>Too little history to draw the trend yet.</source>
        <translation>Endnu for lidt historik til at tegne udviklingen.</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fuldført</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Rapport sendt</translation>
    </message>
    <message>
        <source>Progress week by week from %1: %2 % done against %3 % planned by %4. %5</source>
        <translation>Fremdrift uge for uge fra %1: %2 % fuldført mod %3 % planlagt pr. %4. %5</translation>
    </message>
</context>
<context>
    <name>parat::TrendChartWidget</name>
    <message>
        <source>Progress week by week</source>
        <translation>Fremdrift uge for uge</translation>
    </message>
</context>
<context>
    <name>parat::TrendText</name>
    <message>
        <source>Too little history for a forecast yet.</source>
        <translation>Endnu for lidt historik til en prognose.</translation>
    </message>
    <message>
        <source>All the work is done.</source>
        <translation>Alt arbejdet er fuldført.</translation>
    </message>
    <message numerus="yes">
        <source>No progress in the last %n week(s): no forecast.</source>
        <translation>
            <numerusform>Ingen fremdrift den seneste uge: ingen prognose.</numerusform>
            <numerusform>Ingen fremdrift de sidste %n uger: ingen prognose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the pace of the last %n week(s): not done within five years.</source>
        <translation>
            <numerusform>I det tempo den sidste uge: ikke færdig inden for fem år.</numerusform>
            <numerusform>I det tempo de sidste %n uger: ikke færdig inden for fem år.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the pace of the last %n week(s): done in %1.</source>
        <translation>
            <numerusform>I det tempo den sidste uge: færdig i %1.</numerusform>
            <numerusform>I det tempo de sidste %n uger: færdig i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::UndoNavigation</name>
    <message>
        <source>&amp;Undo</source>
        <translation>For&amp;tryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>For&amp;tryd %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gentag %1</translation>
    </message>
    <message>
        <source>Undo &quot;%1&quot;? This removes the municipality %2 with everything recorded for it.</source>
        <translation>Vil du fortryde &quot;%1&quot;? Det fjerner kommunen %2 med alt, hvad der er registreret for den.</translation>
    </message>
    <message>
        <source>Redo &quot;%1&quot;? This removes the municipality %2 with everything recorded for it.</source>
        <translation>Vil du gentage &quot;%1&quot;? Det fjerner kommunen %2 med alt, hvad der er registreret for den.</translation>
    </message>
    <message numerus="yes">
        <source>Undo &quot;%1&quot;? This removes %n row(s).</source>
        <translation>
            <numerusform>Vil du fortryde &quot;%1&quot;? Det fjerner %n linje.</numerusform>
            <numerusform>Vil du fortryde &quot;%1&quot;? Det fjerner %n linjer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redo &quot;%1&quot;? This removes %n row(s).</source>
        <translation>
            <numerusform>Vil du gentage &quot;%1&quot;? Det fjerner %n linje.</numerusform>
            <numerusform>Vil du gentage &quot;%1&quot;? Det fjerner %n linjer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
</context>
<context>
    <name>parat::Vocabulary</name>
    <message>
        <source>Preparation</source>
        <translation>Forberedelse</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Afklaring</translation>
    </message>
    <message>
        <source>Readiness build</source>
        <translation>Klargøring</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Idriftsættelse</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Ibrugtagning</translation>
    </message>
    <message>
        <source>Benefits and operations</source>
        <translation>Gevinstrealisering og drift</translation>
    </message>
    <message>
        <source>Project management and organisation</source>
        <translation>Projektledelse og organisering</translation>
    </message>
    <message>
        <source>Business and work processes</source>
        <translation>Forretning og arbejdsgange</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Communication and change management</source>
        <translation>Kommunikation og forandringsledelse</translation>
    </message>
    <message>
        <source>Technology, access and integrations</source>
        <translation>Teknik, adgang og integrationer</translation>
    </message>
    <message>
        <source>Data and conversion</source>
        <translation>Data og konvertering</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Go-live and support</source>
        <translation>Idriftsættelse og support</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Gevinster</translation>
    </message>
    <message>
        <source>Project owner</source>
        <translation>Projektejer</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Styregruppe</translation>
    </message>
    <message>
        <source>DUBU project leader</source>
        <translation>DUBU-projektleder</translation>
    </message>
    <message>
        <source>Manager with staff responsibility</source>
        <translation>Leder med personaleansvar</translation>
    </message>
    <message>
        <source>DUBU system administrator</source>
        <translation>DUBU-systemansvarlig</translation>
    </message>
    <message>
        <source>DUBU superuser</source>
        <translation>DUBU-superbruger</translation>
    </message>
    <message>
        <source>KLIK administrator</source>
        <translation>KLIK-administrator</translation>
    </message>
    <message>
        <source>IT department</source>
        <translation>IT-afdeling</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Communication/HR</source>
        <translation>Kommunikation/HR</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fuldført</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
</context>
<context>
    <name>parat::XlsxWriter</name>
    <message>
        <source>Could not add the sheet &quot;%1&quot; to the workbook.</source>
        <translation>Arket &quot;%1&quot; kunne ikke føjes til projektmappen.</translation>
    </message>
    <message>
        <source>Could not write the sheet &quot;%1&quot;: %2</source>
        <translation>Arket &quot;%1&quot; kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the workbook: %1</source>
        <translation>Der kunne ikke oprettes en midlertidig mappe til projektmappen: %1</translation>
    </message>
    <message>
        <source>Could not start the workbook.</source>
        <translation>Projektmappen kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation>Projektmappen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Could not read the workbook back: %1</source>
        <translation>Projektmappen kunne ikke læses igen: %1</translation>
    </message>
</context>
<context>
    <name>parat::sql::VersionedRow</name>
    <message>
        <source>The task %1</source>
        <translation>Opgaven %1</translation>
    </message>
    <message>
        <source>The person %1</source>
        <translation>Personen %1</translation>
    </message>
    <message>
        <source>The stakeholder %1</source>
        <translation>Interessenten %1</translation>
    </message>
    <message>
        <source>The risk %1</source>
        <translation>Risikoen %1</translation>
    </message>
    <message>
        <source>The decision %1</source>
        <translation>Beslutningen %1</translation>
    </message>
    <message>
        <source>The communication activity %1</source>
        <translation>Kommunikationsaktiviteten %1</translation>
    </message>
    <message>
        <source>The allocation of hours %1</source>
        <translation>Timefordelingen %1</translation>
    </message>
    <message>
        <source>the task has been fetched again</source>
        <translation>opgaven er hentet igen</translation>
    </message>
    <message>
        <source>the person has been fetched again</source>
        <translation>personen er hentet igen</translation>
    </message>
    <message>
        <source>the stakeholder has been fetched again</source>
        <translation>interessenten er hentet igen</translation>
    </message>
    <message>
        <source>the risk has been fetched again</source>
        <translation>risikoen er hentet igen</translation>
    </message>
    <message>
        <source>the decision has been fetched again</source>
        <translation>beslutningen er hentet igen</translation>
    </message>
    <message>
        <source>the activity has been fetched again</source>
        <translation>aktiviteten er hentet igen</translation>
    </message>
    <message>
        <source>the allocation has been fetched again</source>
        <translation>timefordelingen er hentet igen</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>en anden bruger</translation>
    </message>
    <message>
        <source>removed by %1</source>
        <translation>slettet af %1</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>ændret af %1</translation>
    </message>
    <message>
        <source>changed by %1 at %2</source>
        <translation>ændret af %1 kl. %2</translation>
    </message>
    <message>
        <source>changed by %1 on %2 at %3</source>
        <translation>ændret af %1 den %2 kl. %3</translation>
    </message>
    <message>
        <source>%1 was %2 after you opened it. Your changes are not saved; %3.</source>
        <translation>%1 blev %2, efter du åbnede den. Dine ændringer er ikke gemt; %3.</translation>
    </message>
    <message>
        <source>The row&apos;s version could not be read</source>
        <translation>Rækkens version kunne ikke læses</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Ændringen kunne ikke gemmes</translation>
    </message>
    <message>
        <source>The runbook step %1</source>
        <translation>Trin %1 i drejebogen</translation>
    </message>
    <message>
        <source>The go-live criterion %1</source>
        <translation>Kriteriet %1 på siden Parathed</translation>
    </message>
    <message>
        <source>the step has been fetched again</source>
        <translation>trinnet er hentet igen</translation>
    </message>
    <message>
        <source>the criterion has been fetched again</source>
        <translation>kriteriet er hentet igen</translation>
    </message>
    <message>
        <source>The municipality %1</source>
        <translation>Kommunen %1</translation>
    </message>
    <message>
        <source>The status report of %1</source>
        <translation>Statusrapporten for %1</translation>
    </message>
    <message>
        <source>The go/no-go meeting of %1</source>
        <translation>Registreringen af go/no-go-mødet for %1</translation>
    </message>
    <message>
        <source>The runbook of %1</source>
        <translation>Drejebogen for %1</translation>
    </message>
    <message>
        <source>the municipality has been fetched again</source>
        <translation>kommunen er hentet igen</translation>
    </message>
    <message>
        <source>the report texts have been fetched again</source>
        <translation>rapportteksterne er hentet igen</translation>
    </message>
    <message>
        <source>the meeting has been fetched again</source>
        <translation>mødet er hentet igen</translation>
    </message>
    <message>
        <source>the runbook has been fetched again</source>
        <translation>drejebogen er hentet igen</translation>
    </message>
</context>
</TS>
