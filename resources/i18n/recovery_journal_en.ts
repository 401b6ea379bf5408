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
</TS>
