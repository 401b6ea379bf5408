<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
