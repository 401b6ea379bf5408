<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SessionEntries</name>
    <message>
        <source>Entries in this period</source>
        <translation>Entradas de este periodo</translation>
    </message>
    <message>
        <source>The entries of these days with their numbers. Their words are hidden; private entries show only their day. Select one and press Show to reveal it.</source>
        <translation>Las entradas de estos días con sus números. Sus palabras están ocultas; las entradas privadas solo muestran su día. Selecciona una y pulsa Mostrar para verla.</translation>
    </message>
    <message>
        <source>Hidden — select and press Show</source>
        <translation>Oculto — selecciona y pulsa Mostrar</translation>
    </message>
    <message>
        <source>Private entry</source>
        <translation>Entrada privada</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Antojo</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>&amp;Show the selected entry</source>
        <translation>&amp;Mostrar la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Hide all again</source>
        <translation>&amp;Ocultar todo de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n entries (the newest shown)</source>
        <translation>
            <numerusform>%n entrada (se muestra la más reciente)</numerusform>
            <numerusform>%n entradas (se muestran las más recientes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them private.</source>
        <translation>
            <numerusform>%n de ellas es privada.</numerusform>
            <numerusform>%n de ellas son privadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{counted}, {private} {description}</source>
        <translation>{counted}, {private} {description}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Hours cannot be below zero, so {typed} was not saved; it stays {kept}.</source>
        <translation>Las horas no pueden ser menos de cero, así que {typed} no se guardó; se queda en {kept}.</translation>
    </message>
    <message>
        <source>A day has {most} hours, so {typed} was not saved; it stays {kept}.</source>
        <translation>Un día tiene {most} horas, así que {typed} no se guardó; se queda en {kept}.</translation>
    </message>
    <message>
        <source>A daily cost cannot be below zero, so {typed} was not saved; it stays {kept}.</source>
        <translation>Un gasto diario no puede ser menor que cero, así que {typed} no se guardó; se queda en {kept}.</translation>
    </message>
    <message>
        <source>{typed} a day is more than {most}, which cannot be right, so it was not saved; it stays {kept}. Check for a digit too many.</source>
        <translation>{typed} al día es más de {most}, lo que no puede ser correcto, así que no se guardó; se queda en {kept}. Revisa si sobra alguna cifra.</translation>
    </message>
    <message>
        <source>Saved. With 0 hours, Today shows no time regained.</source>
        <translation>Guardado. Con 0 horas, Hoy no muestra tiempo recuperado.</translation>
    </message>
    <message>
        <source>Saved. With a cost of 0, Today shows no money regained.</source>
        <translation>Guardado. Con un gasto de 0, Hoy no muestra dinero recuperado.</translation>
    </message>
</context>
<context>
    <name>TriggerFrequencyChart</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries that name the trigger</source>
        <translation>Entradas que nombran el detonante</translation>
    </message>
    <message numerus="yes">
        <source>%n triggers noted.</source>
        <translation>
            <numerusform>%n detonante anotado.</numerusform>
            <numerusform>%n detonantes anotados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most often: {name} ({entries}).</source>
        <translation>El más frecuente: {name} ({entries}).</translation>
    </message>
    <message>
        <source>{name}: named in {entries}</source>
        <translation>{name}: aparece en {entries}</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
</context>
</TS>
