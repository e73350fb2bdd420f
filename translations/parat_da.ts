<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name></name>
    <message>
        <source>Expected a whole number of weeks relative to go-live (such as -12), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number of weeks, found %1; offsets are counted in whole weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number of weeks between %1 and %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number of hours (such as 4 or 2,5), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number of hours that is zero or more, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected yes or no (1/0, ja/nej, true/false, yes/no, or x/empty), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role %1; expected one of %2, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty; expected a unique key such as P1-01 for every task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 contains a space, comma or semicolon; expected a key such as P1-01 that depends_on can refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase is empty; expected one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown phase %1; expected one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown theme %1; expected one of %2, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Danish title is empty; expected a title_da for every task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due week is empty; expected a whole number of weeks relative to go-live, such as -12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is released in week %1, after it is due in week %2; expected release_offset_weeks to be at most due_offset_weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is also used on line %2; expected each key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is also used by task %2; expected each key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task depends on itself; expected keys of other tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task depends on %1, which is not a key in this file; expected keys of tasks in the same handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependencies go round in a circle (%1); expected tasks that can be done one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an Excel workbook or another packed document, not text; expected a handbook saved as CSV or JSON. In Excel, use Save As and choose CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 and was read as Windows-1252, the encoding Excel&apos;s plain &quot;CSV&quot; format uses on Danish PCs. Check that æ, ø and å look right; saving as &quot;CSV UTF-8&quot; avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data, not text; expected a handbook saved as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; expected a handbook file of at most %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; expected a header line with the column names followed by one line per task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;format&quot;: &quot;%1&quot;, found %2; this is not a Parat handbook file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;format_version&quot;: %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has format version %1, which is newer than this version of Parat can read (up to %2); expected format version %2. Update Parat to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object with title, version and published, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date written as YYYY-MM-DD, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value starts on this line but its closing quote is missing; expected a &quot; at the end of the value (a &quot; inside a value is written as &quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is not a handbook column and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 appears more than once in the header (columns %2 and %3); expected each column once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column %1 is missing; expected a header with at least the columns key, phase, title_da and due_offset_weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 values but the header has %2 columns; expected at most %2 values. Is there a separator (%3) in a value that is not in quotes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has values but no name in the header; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no tasks; expected one line per task below the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at column %2; expected a handbook in Parat&apos;s JSON format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot;: &quot;%1&quot; at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list with one object per task, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no tasks; expected at least one object in the list &quot;tasks&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object with the task&apos;s fields, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not a handbook field and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the keys of other tasks as text, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text or a number, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; expected a handbook file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Parat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::Calendar</name>
    <message>
        <source>week %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::Cli</name>
    <message>
        <source>No display was found, so Parat&apos;s window cannot open. On a machine without a screen, run it under a virtual display (xvfb-run -a parat), or use the commands that need no window (parat --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parat [--db FILE] [--lang da|en] [COMMAND ...]

Without a command Parat opens its window.

Commands:
  init [--demo] [--as-of YYYY-MM-DD]
      Create the database with the bundled sample handbook; --demo adds a demo municipality.
  handbook import FILE [--label LABEL] [--dry-run]
      Import a handbook version (CSV or JSON) and merge it with the stored one.
  handbook versions
      List the imported handbook versions.
  municipality add CODE [--go-live YYYY-MM-DD]
  municipality list
  backup list
  backup restore ID
      List restore points, or put one back (the current state is kept as a restore point).

Options:
  --db FILE     the database (default: %1; the PARAT_DB environment variable also sets it)
  --lang da|en  language of messages
  --help        show this help
  --version     show the version

Exit codes: 0 success, 2 usage error, 3 invalid input (nothing changed), 4 database error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run parat --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handbook import needs exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handbook versions takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use handbook import FILE or handbook versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality add needs exactly one municipality code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality list takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use municipality add CODE or municipality list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup restore needs exactly one restore point id (see backup list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup list takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use backup list or backup restore ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with: parat --db %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already has a handbook (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled sample handbook is missing from this build of Parat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with the sample handbook (%n task(s); sample data, not KOMBIT&apos;s handbook).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The demo municipality %1 %2 is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the demo municipality %1 %2 with go-live on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handbook has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as handbook version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipalities yet. Add one with: parat municipality add CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no go-live date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Danish municipality code. Use the official four-digit code, e.g. 0101 for København.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--go-live needs a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no restore points yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1. The state before the restore was kept as a restore point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::Database</name>
    <message>
        <source>The database file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Parat database (it is not an SQLite database file). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it is cut short). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged or not a database (%2). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Parat database. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Parat (database version %2; this Parat reads up to version %3). Install the newer Parat to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be updated to this version of Parat, but the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be updated to version %1: %2. It is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for restore points %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore point could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no restore point called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore point could not replace the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a handbook import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before removing a municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First opening of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::DemoBuilder</name>
    <message>
        <source>The list of municipalities is missing from this build of Parat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo municipality %1 %2 is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::HandbookImporter</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The handbook has %n error(s) and was not imported. Nothing has been changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The handbook contains no tasks and was not imported. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook was not imported because no restore point could be taken first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook could not be imported: %1. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::HandbookReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 (key %2), field %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 (key %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1, field %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::HandbookRepository</name>
    <message>
        <source>A handbook version needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook version could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is no longer stored as the import plan expected. Nothing was imported; try the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 could not be marked as withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::MainWindow</name>
    <message>
        <source>Parat – DUBU 3.0 readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tasks (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality yet. Add one from the command line: parat municipality add CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2&lt;/b&gt; – go-live %3 (%4): %n day(s) to go</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; – no go-live date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress %1 % against %2 % planned (%3 points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Parat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline planning companion for a municipality&apos;s DUBU 3.0 implementation.&lt;/p&gt;&lt;p&gt;Licence: Mozilla Public License 2.0.&lt;/p&gt;&lt;p&gt;The bundled handbook is sample data written for Parat; it is not KOMBIT&apos;s implementation handbook.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::MergePlan</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::MunicipalityRepository</name>
    <message>
        <source>&quot;%1&quot; is not the code of a Danish municipality. Use one of the 98 official four-digit codes, for example 0101 for Copenhagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality %1 (%2) is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality %1 could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality to change is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality %1 could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality to remove is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality %1 could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality of %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@example.dk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be their own manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager of %1 must be a person of the same municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person to change is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved to another municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person to remove is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::Readiness</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names that was cut short</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory task(s) more than %1 days overdue: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Progress is %1 percentage points behind plan: %2 % done, %3 % planned by now (red when more than %4 points behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Go-live is in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Went live %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and only %2 % of the work due by go-live is done (%3 of %n task(s)); at least %4 % is needed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 (%3 h needed, %4 h allocated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n over-allocated person-week(s) in the next %1 weeks: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource person(s) %1 or more engagement steps below target: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No relevant tasks yet; nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue tasks; progress is %1 percentage points ahead of plan (%2 % done, %3 % planned by now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue tasks; progress is %1 percentage points behind plan (%2 % done, %3 % planned by now), within the tolerance of %4 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue tasks; progress is on plan (%1 % done, %2 % planned by now).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::SetTaskStates</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parat::SqlText</name>
    <message>
        <source>The database could not run a query: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::TaskRepository</name>
    <message>
        <source>The task is not one of the municipality&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reason when a task is set to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible person is not one of the municipality&apos;s people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The performer is not one of the municipality&apos;s people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s state could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s history could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local task must belong to a municipality in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a Danish title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; cannot contain spaces, commas or semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate of a task must be zero or more hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task cannot be released after it is due (released in week %1, due in week %2 relative to go-live).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is already used by another task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local task could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task to change is not one of the municipality&apos;s local tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local task could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task to remove is not one of the municipality&apos;s local tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local task could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::TaskTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked in KLIK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parat::Vocabulary</name>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits and operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project management and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business and work processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication and change management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology, access and integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUBU project leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager with staff responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUBU system administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUBU superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KLIK administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication/HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
