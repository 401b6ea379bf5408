<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarChart</name>
    <message numerus="yes">
        <source>{measure} on {count} of %n days; mean {mean}, from {low} to {high}.</source>
        <translation>
            <numerusform>{measure} on {count} of %n day; mean {mean}, from {low} to {high}.</numerusform>
            <numerusform>{measure} on {count} of %n days; mean {mean}, from {low} to {high}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopingChart</name>
    <message numerus="yes">
        <source>%n strategies used.</source>
        <translation>
            <numerusform>%n strategy used.</numerusform>
            <numerusform>%n strategies used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: used %n times; helped {helped}, did not help {not_helped}, not said {not_said}</source>
        <translation>
            <numerusform>{name}: used %n time; helped {helped}, did not help {not_helped}, not said {not_said}</numerusform>
            <numerusform>{name}: used %n times; helped {helped}, did not help {not_helped}, not said {not_said}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HourWeekdayChart</name>
    <message numerus="yes">
        <source>%n urges logged.</source>
        <translation>
            <numerusform>%n urge logged.</numerusform>
            <numerusform>%n urges logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n urges, mean intensity {intensity}</source>
        <translation>
            <numerusform>{when}: %n urge, mean intensity {intensity}</numerusform>
            <numerusform>{when}: %n urges, mean intensity {intensity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n urges</source>
        <translation>
            <numerusform>{when}: %n urge</numerusform>
            <numerusform>{when}: %n urges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodCravingChart</name>
    <message numerus="yes">
        <source>{recorded} of %n days have entries.</source>
        <translation>
            <numerusform>{recorded} of %n day has entries.</numerusform>
            <numerusform>{recorded} of %n days have entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with a use.</source>
        <translation>
            <numerusform>%n day with a use.</numerusform>
            <numerusform>%n days with a use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, including a use — click to open</source>
        <translation>
            <numerusform>%n entry, including a use — click to open</numerusform>
            <numerusform>%n entries, including a use — click to open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries — click to open</source>
        <translation>
            <numerusform>%n entry — click to open</numerusform>
            <numerusform>%n entries — click to open</numerusform>
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
    <name>SessionLapseReviews</name>
    <message numerus="yes">
        <source>%n reviews in this period, looking back at the use on: {days}.</source>
        <translation>
            <numerusform>%n review in this period, looking back at the use on: {days}.</numerusform>
            <numerusform>%n reviews in this period, looking back at the use on: {days}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SleepChart</name>
    <message numerus="yes">
        <source>{band}: mood {mood}, craving {craving} (%n days)</source>
        <translation>
            <numerusform>{band}: mood {mood}, craving {craving} (%n day)</numerusform>
            <numerusform>{band}: mood {mood}, craving {craving} (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with sleep recorded. Means by sleep — {bands}.</source>
        <translation>
            <numerusform>%n day with sleep recorded. Means by sleep — {bands}.</numerusform>
            <numerusform>%n days with sleep recorded. Means by sleep — {bands}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreakChart</name>
    <message numerus="yes">
        <source>On the last day of the range: %n days without use.</source>
        <translation>
            <numerusform>On the last day of the range: %n day without use.</numerusform>
            <numerusform>On the last day of the range: %n days without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest in this range: %n days.</source>
        <translation>
            <numerusform>Longest in this range: %n day.</numerusform>
            <numerusform>Longest in this range: %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with a use.</source>
        <translation>
            <numerusform>%n day with a use.</numerusform>
            <numerusform>%n days with a use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days without use</source>
        <translation>
            <numerusform>%n day without use</numerusform>
            <numerusform>%n days without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerCravingChart</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
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
