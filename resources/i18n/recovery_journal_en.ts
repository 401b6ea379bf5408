<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarChart</name>
    <message numerus="yes">
        <source>{measure} on {count} of %Ln days; mean {mean}, from {low} to {high}.</source>
        <translation>
            <numerusform>{measure} on {count} of %Ln day; mean {mean}, from {low} to {high}.</numerusform>
            <numerusform>{measure} on {count} of %Ln days; mean {mean}, from {low} to {high}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopingChart</name>
    <message numerus="yes">
        <source>%Ln strategies used.</source>
        <translation>
            <numerusform>%Ln strategy used.</numerusform>
            <numerusform>%Ln strategies used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: used %Ln times; helped {helped}, did not help {not_helped}, not said {not_said}</source>
        <translation>
            <numerusform>{name}: used %Ln time; helped {helped}, did not help {not_helped}, not said {not_said}</numerusform>
            <numerusform>{name}: used %Ln times; helped {helped}, did not help {not_helped}, not said {not_said}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>This has now happened %Ln times since the message opened.</source>
        <translation>
            <numerusform>This has now happened %Ln time since the message opened.</numerusform>
            <numerusform>This has now happened %Ln times since the message opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message numerus="yes">
        <source>Encryption keeps your journal, and its backups, unreadable to anyone without your passphrase, even if they copy the files. You will also get a recovery key, in case you forget the passphrase. Choose at least %Ln characters; a few words you will remember work well.</source>
        <translation>
            <numerusform>Encryption keeps your journal, and its backups, unreadable to anyone without your passphrase, even if they copy the files. You will also get a recovery key, in case you forget the passphrase. Choose at least %Ln character; a few words you will remember work well.</numerusform>
            <numerusform>Encryption keeps your journal, and its backups, unreadable to anyone without your passphrase, even if they copy the files. You will also get a recovery key, in case you forget the passphrase. Choose at least %Ln characters; a few words you will remember work well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please choose at least %Ln characters.</source>
        <translation>
            <numerusform>Please choose at least %Ln character.</numerusform>
            <numerusform>Please choose at least %Ln characters.</numerusform>
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
        <source>Choose a passphrase of at least %Ln characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %Ln character.</numerusform>
            <numerusform>Choose a passphrase of at least %Ln characters.</numerusform>
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
    <name>HourWeekdayChart</name>
    <message numerus="yes">
        <source>%Ln urges logged.</source>
        <translation>
            <numerusform>%Ln urge logged.</numerusform>
            <numerusform>%Ln urges logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}: %Ln urges, mean intensity {intensity}</source>
        <translation>
            <numerusform>{when}: %Ln urge, mean intensity {intensity}</numerusform>
            <numerusform>{when}: %Ln urges, mean intensity {intensity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}: %Ln urges</source>
        <translation>
            <numerusform>{when}: %Ln urge</numerusform>
            <numerusform>{when}: %Ln urges</numerusform>
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
        <comment>%2 is the whole journal&apos;s count</comment>
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
    <name>MoodCravingChart</name>
    <message numerus="yes">
        <source>{recorded} of %Ln days have entries.</source>
        <translation>
            <numerusform>{recorded} of %Ln day has entries.</numerusform>
            <numerusform>{recorded} of %Ln days have entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days with a use.</source>
        <translation>
            <numerusform>%Ln day with a use.</numerusform>
            <numerusform>%Ln days with a use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries, including a use — click to open</source>
        <translation>
            <numerusform>%Ln entry, including a use — click to open</numerusform>
            <numerusform>%Ln entries, including a use — click to open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries — click to open</source>
        <translation>
            <numerusform>%Ln entry — click to open</numerusform>
            <numerusform>%Ln entries — click to open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message numerus="yes">
        <source>{done} of %Ln answered.</source>
        <translation>
            <numerusform>{done} of %Ln answered.</numerusform>
            <numerusform>{done} of %Ln answered.</numerusform>
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
    <name>SessionEntries</name>
    <message numerus="yes">
        <source>%Ln entries (the newest shown)</source>
        <translation>
            <numerusform>%Ln entry (the newest shown)</numerusform>
            <numerusform>%Ln entries (the newest shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them private.</source>
        <translation>
            <numerusform>%Ln of them private.</numerusform>
            <numerusform>%Ln of them private.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionLapseReviews</name>
    <message numerus="yes">
        <source>%Ln reviews in this period, looking back at the use on: {days}.</source>
        <translation>
            <numerusform>%Ln review in this period, looking back at the use on: {days}.</numerusform>
            <numerusform>%Ln reviews in this period, looking back at the use on: {days}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SleepChart</name>
    <message numerus="yes">
        <source>{band}: mood {mood}, craving {craving} (%Ln days)</source>
        <translation>
            <numerusform>{band}: mood {mood}, craving {craving} (%Ln day)</numerusform>
            <numerusform>{band}: mood {mood}, craving {craving} (%Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days with sleep recorded. Means by sleep — {bands}.</source>
        <translation>
            <numerusform>%Ln day with sleep recorded. Means by sleep — {bands}.</numerusform>
            <numerusform>%Ln days with sleep recorded. Means by sleep — {bands}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreakChart</name>
    <message numerus="yes">
        <source>On the last day of the range: %Ln days without use.</source>
        <translation>
            <numerusform>On the last day of the range: %Ln day without use.</numerusform>
            <numerusform>On the last day of the range: %Ln days without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest in this range: %Ln days.</source>
        <translation>
            <numerusform>Longest in this range: %Ln day.</numerusform>
            <numerusform>Longest in this range: %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days with a use.</source>
        <translation>
            <numerusform>%Ln day with a use.</numerusform>
            <numerusform>%Ln days with a use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days without use</source>
        <translation>
            <numerusform>%Ln day without use</numerusform>
            <numerusform>%Ln days without use</numerusform>
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
        <source>Next milestone: %1, in %Ln day(s).</source>
        <translation>
            <numerusform>Next milestone: %1, in %Ln day.</numerusform>
            <numerusform>Next milestone: %1, in %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerCravingChart</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerFrequencyChart</name>
    <message numerus="yes">
        <source>%Ln triggers noted.</source>
        <translation>
            <numerusform>%Ln trigger noted.</numerusform>
            <numerusform>%Ln triggers noted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message numerus="yes">
        <source>Step {number} of %Ln</source>
        <translation>
            <numerusform>Step {number} of %Ln</numerusform>
            <numerusform>Step {number} of %Ln</numerusform>
        </translation>
    </message>
</context>
</TS>
