<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <source>days in this stretch</source>
        <translation>
            <numerusform>day in this stretch</numerusform>
            <numerusform>days in this stretch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest %Ln day(s)</source>
        <translation>
            <numerusform>longest %Ln day</numerusform>
            <numerusform>longest %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) without use since %1</source>
        <translation>
            <numerusform>%Ln day without use since %1</numerusform>
            <numerusform>%Ln days without use since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Milestones reached: %1.</source>
        <translation>
            <numerusform>Milestone reached: %1.</numerusform>
            <numerusform>Milestones reached: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, in %Ln day(s).</source>
        <translation>
            <numerusform>Next: %1, in %Ln day.</numerusform>
            <numerusform>Next: %1, in %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message numerus="yes">
        <source>%1 of %2 entries match</source>
        <comment>%2 is the whole journal's count</comment>
        <translation>
            <numerusform>%1 of %2 entry match</numerusform>
            <numerusform>%1 of %2 entries match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 entries</source>
        <translation>
            <numerusform>%1 entry</numerusform>
            <numerusform>%1 entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnairesView</name>
    <message numerus="yes">
        <source>Offered every %Ln day(s).</source>
        <translation>
            <numerusform>Offered every %Ln day.</numerusform>
            <numerusform>Offered every %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEntries</name>
    <message numerus="yes">
        <source>%n entries (the newest shown)</source>
        <translation>
            <numerusform>%n entry (the newest shown)</numerusform>
            <numerusform>%n entries (the newest shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them private.</source>
        <translation>
            <numerusform>%n of them private.</numerusform>
            <numerusform>%n of them private.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>days without %1 · since %2</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform>day without %1 · since %2</numerusform>
            <numerusform>days without %1 · since %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next milestone: %1, in %n day(s).</source>
        <translation>
            <numerusform>Next milestone: %1, in %n day.</numerusform>
            <numerusform>Next milestone: %1, in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerFrequencyChart</name>
    <message numerus="yes">
        <source>%n triggers noted.</source>
        <translation>
            <numerusform>%n trigger noted.</numerusform>
            <numerusform>%n triggers noted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>This has now happened %n times since the message opened.</source>
        <translation>
            <numerusform>This has now happened %n time since the message opened.</numerusform>
            <numerusform>This has now happened %n times since the message opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message numerus="yes">
        <source>Encryption keeps your journal, and its backups, unreadable to anyone without your passphrase, even if they copy the files. You will also get a recovery key, in case you forget the passphrase. Choose at least %n characters; a few words you will remember work well.</source>
        <translation>
            <numerusform>Encryption keeps your journal, and its backups, unreadable to anyone without your passphrase, even if they copy the files. You will also get a recovery key, in case you forget the passphrase. Choose at least %n character; a few words you will remember work well.</numerusform>
            <numerusform>Encryption keeps your journal, and its backups, unreadable to anyone without your passphrase, even if they copy the files. You will also get a recovery key, in case you forget the passphrase. Choose at least %n characters; a few words you will remember work well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please choose at least %n characters.</source>
        <translation>
            <numerusform>Please choose at least %n character.</numerusform>
            <numerusform>Please choose at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%Ln entries will be exported.</source>
        <translation>
            <numerusform>%Ln entry will be exported.</numerusform>
            <numerusform>%Ln entries will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private entries are left out.</source>
        <translation>
            <numerusform>%Ln private entry is left out.</numerusform>
            <numerusform>%Ln private entries are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to {path}.</source>
        <translation>
            <numerusform>Exported %Ln entry to {path}.</numerusform>
            <numerusform>Exported %Ln entries to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>The first %Ln are listed.</source>
        <translation>
            <numerusform>The first %Ln is listed.</numerusform>
            <numerusform>The first %Ln are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding {added} and updating %Ln entries…</source>
        <translation>
            <numerusform>Adding {added} and updating %Ln entry…</numerusform>
            <numerusform>Adding {added} and updating %Ln entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entries to your journal.</source>
        <translation>
            <numerusform>Added %Ln entry to your journal.</numerusform>
            <numerusform>Added %Ln entries to your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln entries from the file.</source>
        <translation>
            <numerusform>Updated %Ln entry from the file.</numerusform>
            <numerusform>Updated %Ln entries from the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message numerus="yes">
        <source>{done} of %n answered.</source>
        <translation>
            <numerusform>{done} of %n answered.</numerusform>
            <numerusform>{done} of %n answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>{name}: %Ln entries. Restore it to make it your journal.</source>
        <translation>
            <numerusform>{name}: %Ln entry. Restore it to make it your journal.</numerusform>
            <numerusform>{name}: %Ln entries. Restore it to make it your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the backup from {when} (%Ln entries) your journal? The journal as it is now is kept as a backup first.</source>
        <translation>
            <numerusform>Make the backup from {when} (%Ln entry) your journal? The journal as it is now is kept as a backup first.</numerusform>
            <numerusform>Make the backup from {when} (%Ln entries) your journal? The journal as it is now is kept as a backup first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored: your journal now has %Ln entries.</source>
        <translation>
            <numerusform>Restored: your journal now has %Ln entry.</numerusform>
            <numerusform>Restored: your journal now has %Ln entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityController</name>
    <message numerus="yes">
        <source>Backup saved: {name} (%Ln entries).</source>
        <translation>
            <numerusform>Backup saved: {name} (%Ln entry).</numerusform>
            <numerusform>Backup saved: {name} (%Ln entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message numerus="yes">
        <source>Step {number} of %n</source>
        <translation>
            <numerusform>Step {number} of %n</numerusform>
            <numerusform>Step {number} of %n</numerusform>
        </translation>
    </message>
</context>
</TS>
