<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BackfillView</name>
    <message>
        <source>Use</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Mark as: use</source>
        <translation>Marcar como: consumo</translation>
    </message>
    <message>
        <source>No use</source>
        <translation>Sin consumo</translation>
    </message>
    <message>
        <source>Mark as: no use</source>
        <translation>Marcar como: sin consumo</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Mark as: don&apos;t know</source>
        <translation>Marcar como: no lo sé</translation>
    </message>
    <message>
        <source>Back-fill days</source>
        <translation>Completar días pasados</translation>
    </message>
    <message>
        <source>Missed some days? Mark past days here as use, no use or “don&apos;t know”. Being honest about a hard stretch is part of recovery, not a failure. Each mark becomes an entry in your journal; your days without use and the charts follow. Marking a day again changes its mark.</source>
        <translation>¿Te faltan algunos días? Marca aquí días pasados como consumo, sin consumo o “no lo sé”. Contar con honestidad una etapa difícil es parte de la recuperación, no un fracaso. Cada marca se convierte en una entrada de tu diario; tus días sin consumo y los gráficos se actualizan. Marcar un día otra vez cambia su marca.</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Sustancia:</translation>
    </message>
    <message>
        <source>Day to mark (first day of the range)</source>
        <translation>Día que marcar (primer día del periodo)</translation>
    </message>
    <message>
        <source>Through (last day of the range)</source>
        <translation>Hasta (último día del periodo)</translation>
    </message>
    <message>
        <source>Through:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Make these entries private</source>
        <translation>Hacer privadas estas entradas</translation>
    </message>
    <message>
        <source>Undo the last marking</source>
        <translation>Deshacer la última marca</translation>
    </message>
    <message>
        <source>Look back at my latest use…</source>
        <translation>Revisar mi último consumo…</translation>
    </message>
    <message>
        <source>A short, kind look at what led up to it, whenever you are ready</source>
        <translation>Una mirada breve y amable a lo que llevó a él, cuando quieras</translation>
    </message>
    <message>
        <source>%1, %2: use %3, no use %4, don&apos;t know %5 days marked (orange: use, blue: no use, grey: don&apos;t know).</source>
        <translation>%1, %2: días marcados: consumo %3, sin consumo %4, no lo sé %5 (naranja: consumo, azul: sin consumo, gris: no lo sé).</translation>
    </message>
    <message>
        <source>The last marking was taken back.</source>
        <translation>Se deshizo la última marca.</translation>
    </message>
    <message>
        <source>There is no use entry to look back at.</source>
        <translation>No hay ninguna entrada de consumo que revisar.</translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <source>How are you right now?</source>
        <translation>¿Cómo estás ahora mismo?</translation>
    </message>
    <message>
        <source>Two clicks: a mood, then a craving. It is saved at once.</source>
        <translation>Dos clics: tu ánimo y luego tu ansia. Se guarda al instante.</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bueno</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no craving</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Intense</source>
        <translation>Intensa</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Ansia</translation>
    </message>
    <message>
        <source>Right now I am:</source>
        <translation>Ahora mismo siento:</translation>
    </message>
    <message>
        <source>%1 (HALT)</source>
        <translation>%1 (HALT)</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <source>Open the full check-in form on this check-in</source>
        <translation>Abrir este registro en el formulario completo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checked in at %1. Change anything; it is saved at once.</source>
        <translation>Registro hecho a las %1. Cambia lo que quieras; se guarda al instante.</translation>
    </message>
    <message>
        <source>Choose a mood first.</source>
        <translation>Elige primero tu ánimo.</translation>
    </message>
    <message>
        <source>The check-in could not be saved: %1</source>
        <translation>No se pudo guardar el registro: %1</translation>
    </message>
    <message>
        <source>Saved at %1. Change anything; it is saved at once.</source>
        <translation>Guardado a las %1. Cambia lo que quieras; se guarda al instante.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>Unas palabras (opcional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Mood, 1 is very low and 10 is great</source>
        <translation>Ánimo: 1 es muy bajo y 10 es excelente</translation>
    </message>
    <message>
        <source>Craving, 0 is none and 10 is overwhelming</source>
        <translation>Ansia: 0 es ninguna y 10 es abrumadora</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours, after a number</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <source>Talked with someone supportive</source>
        <translation>Hablé con alguien que me apoya</translation>
    </message>
    <message>
        <source>Went to a meeting or therapy</source>
        <translation>Fui a una reunión o a terapia</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Taken as prescribed</source>
        <translation>Tomada según la receta</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No tomada</translation>
    </message>
    <message>
        <source>Where were you, what was happening?</source>
        <translation>¿Dónde estabas, qué estaba pasando?</translation>
    </message>
    <message>
        <source>What went through your mind?</source>
        <translation>¿Qué se te pasó por la cabeza?</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes, after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Not yet / not said</source>
        <translation>Todavía no / sin indicar</translation>
    </message>
    <message>
        <source>It passed</source>
        <translation>Se me pasó</translation>
    </message>
    <message>
        <source>I used</source>
        <translation>Consumí</translation>
    </message>
    <message>
        <source>What was used</source>
        <translation>Qué se consumió</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>What led up to it? No judgement — it helps you see patterns.</source>
        <translation>¿Qué llevó a esto? Sin juicios: te ayuda a ver patrones.</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. work, family</source>
        <translation>Separadas por comas, p. ej. trabajo, familia</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Escribe tanto o tan poco como quieras.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privada</translation>
    </message>
    <message>
        <source>Private entries are left out of session mode and exports unless you include them on purpose.</source>
        <translation>Las entradas privadas quedan fuera del modo sesión y de las exportaciones, salvo que las incluyas a propósito.</translation>
    </message>
    <message>
        <source>Left out of session mode and exports unless you include it.</source>
        <translation>Queda fuera del modo sesión y de las exportaciones, salvo que la incluyas.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>&amp;Ánimo</translation>
    </message>
    <message>
        <source>C&amp;raving</source>
        <translation>Ans&amp;ia</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lead-up</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Supportive contact</source>
        <translation>Contacto de apoyo</translation>
    </message>
    <message>
        <source>Meeting or therapy</source>
        <translation>Reunión o terapia</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
    <message>
        <source>Coping</source>
        <translation>Afrontamiento</translation>
    </message>
    <message>
        <source>I notice in myself</source>
        <translation>Noto en mí</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this entry (%1)</source>
        <translation>Guardar esta entrada (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Undo the changes made in this form since it was opened</source>
        <translation>Deshacer los cambios hechos en este formulario desde que se abrió</translation>
    </message>
    <message>
        <source>Look back at this use…</source>
        <translation>Revisar este consumo…</translation>
    </message>
    <message>
        <source>A short, kind look at what led up to it; open it now or whenever</source>
        <translation>Una mirada breve y amable a lo que llevó a él; ábrela ahora o cuando quieras</translation>
    </message>
    <message>
        <source>Urge intensity, 0 to 10</source>
        <translation>Intensidad del impulso, de 0 a 10</translation>
    </message>
    <message>
        <source>Craving, 0 to 10</source>
        <translation>Ansia, de 0 a 10</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>I&amp;ntensidad</translation>
    </message>
</context>
<context>
    <name>EntryWords</name>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>Impulso</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>urge</source>
        <translation>impulso</translation>
    </message>
    <message>
        <source>use</source>
        <translation>consumo</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Consumos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>New urge</source>
        <translation>Nuevo impulso</translation>
    </message>
    <message>
        <source>New use</source>
        <translation>Nuevo consumo</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Write a new check-in (%1)</source>
        <translation>Escribir un registro nuevo (%1)</translation>
    </message>
    <message>
        <source>Write a new urge (%1)</source>
        <translation>Anotar un impulso nuevo (%1)</translation>
    </message>
    <message>
        <source>Write a new use (%1)</source>
        <translation>Anotar un consumo nuevo (%1)</translation>
    </message>
    <message>
        <source>Write a new note (%1)</source>
        <translation>Escribir una nota nueva (%1)</translation>
    </message>
    <message>
        <source>Editing check-in</source>
        <translation>Editando registro</translation>
    </message>
    <message>
        <source>Editing urge</source>
        <translation>Editando impulso</translation>
    </message>
    <message>
        <source>Editing use</source>
        <translation>Editando consumo</translation>
    </message>
    <message>
        <source>Editing note</source>
        <translation>Editando nota</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Registro guardado.</translation>
    </message>
    <message>
        <source>Urge saved.</source>
        <translation>Impulso guardado.</translation>
    </message>
    <message>
        <source>Use saved.</source>
        <translation>Consumo guardado.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Save new check-in</source>
        <translation>Guardar registro nuevo</translation>
    </message>
    <message>
        <source>Save new urge</source>
        <translation>Guardar impulso nuevo</translation>
    </message>
    <message>
        <source>Save new use</source>
        <translation>Guardar consumo nuevo</translation>
    </message>
    <message>
        <source>Save new note</source>
        <translation>Guardar nota nueva</translation>
    </message>
    <message>
        <source>Save edit to check-in</source>
        <translation>Guardar cambios del registro</translation>
    </message>
    <message>
        <source>Save edit to urge</source>
        <translation>Guardar cambios del impulso</translation>
    </message>
    <message>
        <source>Save edit to use</source>
        <translation>Guardar cambios del consumo</translation>
    </message>
    <message>
        <source>Save edit to note</source>
        <translation>Guardar cambios de la nota</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Delete urge</source>
        <translation>Eliminar impulso</translation>
    </message>
    <message>
        <source>Delete use</source>
        <translation>Eliminar consumo</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enojo</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search your journal  (Ctrl+F)</source>
        <translation>Busca en tu diario  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Otras fechas…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Nothing in your recent entries stands out right now. Keep checking in: the more you write, the better the journal can notice changes early.</source>
        <translation>Nada en tus entradas recientes llama la atención ahora mismo. Sigue haciendo tus registros: cuanto más escribas, antes podrá el diario notar cambios.</translation>
    </message>
    <message>
        <source>Days without use</source>
        <translation>Días sin consumo</translation>
    </message>
    <message>
        <source>e.g. Opioids</source>
        <translation>p. ej. Opioides</translation>
    </message>
    <message>
        <source>Add recovery start</source>
        <translation>Añadir inicio de la recuperación</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Start day</source>
        <translation>Día de inicio</translation>
    </message>
    <message>
        <source>What your journal has noticed</source>
        <translation>Lo que tu diario ha notado</translation>
    </message>
    <message>
        <source>These are patterns in what you wrote, not a diagnosis. They are here to help you and the people supporting you notice things early.</source>
        <translation>Son patrones en lo que escribiste, no un diagnóstico. Están aquí para ayudarte, a ti y a quienes te apoyan, a notar las cosas a tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>days in this stretch</source>
        <translation>
            <numerusform>día en esta etapa</numerusform>
            <numerusform>días en esta etapa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest %Ln day(s)</source>
        <translation>
            <numerusform>la más larga, %Ln día</numerusform>
            <numerusform>la más larga, %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) without use since %1</source>
        <translation>
            <numerusform>%Ln día sin consumo desde el %1</numerusform>
            <numerusform>%Ln días sin consumo desde el %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Milestones reached: %1.</source>
        <translation>
            <numerusform>Hito alcanzado: %1.</numerusform>
            <numerusform>Hitos alcanzados: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, in %Ln day(s).</source>
        <translation>
            <numerusform>Próximo: %1, en %Ln día.</numerusform>
            <numerusform>Próximo: %1, en %Ln días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights could not be worked out just now: %1</source>
        <translation>No se pudo preparar el análisis en este momento: %1</translation>
    </message>
    <message>
        <source>Add the day your recovery started to see your days without use and milestones.</source>
        <translation>Añade el día en que empezó tu recuperación para ver tus días sin consumo y tus hitos.</translation>
    </message>
    <message>
        <source>That could not be saved: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar lo seleccionado</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>← All entries</source>
        <translation>← Todas las entradas</translation>
    </message>
    <message>
        <source>Back to the timeline; this entry stays open as it is</source>
        <translation>Volver a la cronología; esta entrada sigue abierta tal como está</translation>
    </message>
    <message>
        <source>Back to all entries</source>
        <translation>Volver a todas las entradas</translation>
    </message>
    <message>
        <source>Pick an entry to read or edit it,
or start a new one.</source>
        <translation>Elige una entrada para leerla o editarla,
o empieza una nueva.</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Guardar entrada</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Eliminar entrada…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Your journal is empty.

A check-in takes a minute: how is your mood, how strong are cravings, what helped today?</source>
        <translation>Tu diario está vacío.

Un registro toma un minuto: ¿cómo está tu ánimo, cuánta ansia sientes, qué te ayudó hoy?</translation>
    </message>
    <message>
        <source>Write your first check-in</source>
        <translation>Escribe tu primer registro</translation>
    </message>
    <message>
        <source>No entries match this search and these filters.</source>
        <translation>Ninguna entrada coincide con esta búsqueda y estos filtros.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar búsqueda y filtros</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 entries match</source>
        <comment>%2 is the whole journal&apos;s count</comment>
        <translation>
            <numerusform>%1 de %2 entrada coincide</numerusform>
            <numerusform>%1 de %2 entradas coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 entries</source>
        <translation>
            <numerusform>%1 entrada</numerusform>
            <numerusform>%1 entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This entry has changes that are not saved yet.</source>
        <translation>Esta entrada tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Delete entry?</source>
        <translation>¿Eliminar la entrada?</translation>
    </message>
    <message>
        <source>Delete this entry? You can bring it back with Undo (Ctrl+Z) until you close the app.</source>
        <translation>¿Eliminar esta entrada? Puedes recuperarla con Deshacer (Ctrl+Z) hasta que cierres la aplicación.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Entry deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Entrada eliminada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
</context>
<context>
    <name>LearnView</name>
    <message>
        <source>What it can look like</source>
        <translation>Cómo puede verse</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Qué ayuda</translation>
    </message>
    <message>
        <source>Prevention strategies</source>
        <translation>Estrategias de prevención</translation>
    </message>
    <message>
        <source>The Insights view looks for this in your %1, and shows it whenever you note it yourself in an entry.</source>
        <translation>La vista Análisis busca esto en: %1. También lo muestra siempre que tú lo anotes en una entrada.</translation>
    </message>
    <message>
        <source>You can change these for your country in the Prevention plan.</source>
        <translation>Puedes cambiarlos por los de tu país en el plan de prevención.</translation>
    </message>
    <message>
        <source>Common triggers</source>
        <translation>Detonantes frecuentes</translation>
    </message>
    <message>
        <source>Ways of coping</source>
        <translation>Formas de afrontamiento</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Search the guidance (e.g. naloxone, cravings)</source>
        <translation>Busca en la guía (p. ej. naloxona, ansia)</translation>
    </message>
    <message>
        <source>Search the guidance</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>The eight warning signs</source>
        <translation>Las ocho señales de alerta</translation>
    </message>
    <message>
        <source>Crisis numbers</source>
        <translation>Números de crisis</translation>
    </message>
    <message>
        <source>Triggers and coping ideas</source>
        <translation>Detonantes e ideas de afrontamiento</translation>
    </message>
    <message>
        <source>Nothing in the guidance matches “%1”.</source>
        <translation>Nada en la guía coincide con “%1”.</translation>
    </message>
</context>
<context>
    <name>MedicationView</name>
    <message>
        <source>Next dose</source>
        <translation>Próxima dosis</translation>
    </message>
    <message>
        <source>Date of the next dose</source>
        <translation>Fecha de la próxima dosis</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Próxima inyección</translation>
    </message>
    <message>
        <source>Date of the next injection</source>
        <translation>Fecha de la próxima inyección</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>inyección</translation>
    </message>
    <message>
        <source>Next clinic visit</source>
        <translation>Próxima cita en la clínica</translation>
    </message>
    <message>
        <source>Date of the next clinic visit</source>
        <translation>Fecha de la próxima cita en la clínica</translation>
    </message>
    <message>
        <source>clinic visit</source>
        <translation>cita en la clínica</translation>
    </message>
    <message>
        <source>Missing several days, or stopping, lowers tolerance: talk with your prescriber first.</source>
        <translation>Saltarte varios días, o dejarla, baja la tolerancia: háblalo primero con quien te la receta.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Your medicines for opioid use disorder and when the next dose, injection or clinic visit is. Each day&apos;s check-in says whether you took it.</source>
        <translation>Tus medicamentos para el trastorno por consumo de opioides y cuándo es la próxima dosis, inyección o cita en la clínica. El registro de cada día dice si lo tomaste.</translation>
    </message>
    <message>
        <source>Your medicines</source>
        <translation>Tus medicamentos</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>Prescriber or clinic</source>
        <translation>Quien lo receta o clínica</translation>
    </message>
    <message>
        <source>e.g. every morning, monthly injection</source>
        <translation>p. ej. cada mañana, inyección mensual</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Dose (optional)</source>
        <translation>Dosis (opcional)</translation>
    </message>
    <message>
        <source>Keep the dose private (out of session mode and reports)</source>
        <translation>Mantener la dosis privada (fuera del modo sesión y de los informes)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Prescriber or clinic:</source>
        <translation>Quien lo receta o clínica:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>Dose:</source>
        <translation>Dosis:</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>Nuevo medicamento</translation>
    </message>
    <message>
        <source>Save medicine</source>
        <translation>Guardar medicamento</translation>
    </message>
    <message>
        <source>Remove medicine…</source>
        <translation>Quitar medicamento…</translation>
    </message>
    <message>
        <source>Last 30 days: %1</source>
        <translation>Últimos 30 días: %1</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <comment>what, which medicine, on which day</comment>
        <translation>%1 (%2) el %3</translation>
    </message>
    <message>
        <source>Coming up: %1</source>
        <translation>Próximamente: %1</translation>
    </message>
    <message>
        <source>No next dose, injection or clinic date set.</source>
        <translation>No hay fecha de próxima dosis, inyección ni cita en la clínica.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Remove this medicine?</source>
        <translation>¿Quitar este medicamento?</translation>
    </message>
    <message>
        <source>Remove %1 from your list?</source>
        <translation>¿Quitar %1 de tu lista?</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>My prevention plan</source>
        <translation>Mi plan de prevención</translation>
    </message>
    <message>
        <source>What I will do when a trigger shows up, who I can call, and why I am doing this. Changes are saved as you make them.</source>
        <translation>Lo que haré cuando aparezca un detonante, a quién puedo llamar y por qué hago esto. Los cambios se guardan a medida que los haces.</translation>
    </message>
    <message>
        <source>My reasons for recovery</source>
        <translation>Mis razones para la recuperación</translation>
    </message>
    <message>
        <source>A reason that matters to me</source>
        <translation>Una razón que me importa</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Nueva razón</translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation>Añadir razón</translation>
    </message>
    <message>
        <source>Remove selected reason</source>
        <translation>Quitar la razón seleccionada</translation>
    </message>
    <message>
        <source>Warning signs I have seen in myself before</source>
        <translation>Señales de alerta que he notado antes en mí</translation>
    </message>
    <message>
        <source>Something I noticed before a hard time</source>
        <translation>Algo que noté antes de un momento difícil</translation>
    </message>
    <message>
        <source>New warning sign</source>
        <translation>Nueva señal de alerta</translation>
    </message>
    <message>
        <source>Add warning sign</source>
        <translation>Añadir señal de alerta</translation>
    </message>
    <message>
        <source>Remove selected warning sign</source>
        <translation>Quitar la señal de alerta seleccionada</translation>
    </message>
    <message>
        <source>My triggers and what I will do</source>
        <translation>Mis detonantes y lo que haré</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>My planned response</source>
        <translation>Mi respuesta planeada</translation>
    </message>
    <message>
        <source>Double-click a planned response (or select it and press F2) to change it</source>
        <translation>Haz doble clic en una respuesta planeada (o selecciónala y presiona F2) para cambiarla</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Detonante:</translation>
    </message>
    <message>
        <source>What I will do instead</source>
        <translation>Lo que haré en su lugar</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>Remove selected response</source>
        <translation>Quitar la respuesta seleccionada</translation>
    </message>
    <message>
        <source>My support contacts</source>
        <translation>Mis contactos de apoyo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Double-click a name, role or phone number to change it</source>
        <translation>Haz doble clic en un nombre, una relación o un teléfono para cambiarlo</translation>
    </message>
    <message>
        <source>Role (sponsor, counsellor, sister…)</source>
        <translation>Relación (padrino, terapeuta, hermana…)</translation>
    </message>
    <message>
        <source>New contact&apos;s name</source>
        <translation>Nombre del nuevo contacto</translation>
    </message>
    <message>
        <source>New contact&apos;s role</source>
        <translation>Relación del nuevo contacto</translation>
    </message>
    <message>
        <source>New contact&apos;s phone</source>
        <translation>Teléfono del nuevo contacto</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Remove selected contact</source>
        <translation>Quitar el contacto seleccionado</translation>
    </message>
    <message>
        <source>Crisis numbers</source>
        <translation>Números de crisis</translation>
    </message>
    <message>
        <source>Shown in Get help. Change them to the numbers of your own country; Save keeps the whole list.</source>
        <translation>Aparecen en Pedir ayuda. Cámbialos por los números de tu país; Guardar conserva toda la lista.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>Remove selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>Save numbers</source>
        <translation>Guardar números</translation>
    </message>
    <message>
        <source>Use the built-in numbers</source>
        <translation>Usar los números incluidos</translation>
    </message>
    <message>
        <source> days</source>
        <comment>after a number</comment>
        <translation> días</translation>
    </message>
    <message>
        <source>After a use that follows this many days without use, the app shows the overdose-safety facts once.</source>
        <translation>Después de un consumo que sigue a esta cantidad de días sin consumo, la aplicación muestra una vez la información de seguridad sobre sobredosis.</translation>
    </message>
    <message>
        <source>Show the overdose-safety facts after a use that follows</source>
        <translation>Mostrar la información de seguridad sobre sobredosis tras un consumo que sigue a</translation>
    </message>
    <message>
        <source>An empty response is not saved, so your plan for “%1” stays as it was.</source>
        <translation>Una respuesta vacía no se guarda, así que tu plan para “%1” queda como estaba.</translation>
    </message>
    <message>
        <source>Crisis numbers saved.</source>
        <translation>Números de crisis guardados.</translation>
    </message>
    <message>
        <source>They could not be copied for the lock screen: %1.</source>
        <translation>No se pudieron copiar para la pantalla de bloqueo: %1.</translation>
    </message>
</context>
<context>
    <name>QuestionnairesView</name>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Three short, well-known questionnaires you can fill in now and then, to follow how you are doing and bring the numbers to your clinician. Each is optional. A result is something to talk over, never a diagnosis.</source>
        <translation>Tres cuestionarios breves y conocidos que puedes completar de vez en cuando, para seguir cómo te va y llevar los números a tu profesional de salud. Cada uno es opcional. Un resultado es algo para conversar, nunca un diagnóstico.</translation>
    </message>
    <message numerus="yes">
        <source>Offered every %Ln day(s).</source>
        <translation>
            <numerusform>Se ofrece cada %Ln día.</numerusform>
            <numerusform>Se ofrece cada %Ln días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the %1…</source>
        <translation>Completar el %1…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Questionnaire results</source>
        <translation>Resultados de los cuestionarios</translation>
    </message>
    <message>
        <source>Delete the chosen result…</source>
        <translation>Eliminar el resultado elegido…</translation>
    </message>
    <message>
        <source>Due — whenever you like.</source>
        <translation>Pendiente, cuando quieras.</translation>
    </message>
    <message>
        <source>Filled in recently.</source>
        <translation>Completado hace poco.</translation>
    </message>
    <message>
        <source>Your unfinished answers are kept.</source>
        <translation>Tus respuestas sin terminar se conservan.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4)</source>
        <comment>a questionnaire&apos;s score: label, value, maximum, band</comment>
        <translation>%1 %2 de %3 (%4)</translation>
    </message>
    <message>
        <source>Delete this result?</source>
        <translation>¿Eliminar este resultado?</translation>
    </message>
    <message>
        <source>Delete this questionnaire result? It cannot be brought back.</source>
        <translation>¿Eliminar este resultado del cuestionario? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
</context>
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
    <name>SignCard</name>
    <message>
        <source>%1: the days it showed</source>
        <translation>%1: los días en que apareció</translation>
    </message>
    <message>
        <source>Double-click a day to open its entry</source>
        <translation>Haz doble clic en un día para abrir su entrada</translation>
    </message>
    <message>
        <source>What can help</source>
        <translation>Qué puede ayudar</translation>
    </message>
    <message>
        <source>From your prevention plan</source>
        <translation>De tu plan de prevención</translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation>Recordármelo en una semana</translation>
    </message>
    <message>
        <source>How long to put this away</source>
        <translation>Cuánto tiempo apartar esto</translation>
    </message>
    <message>
        <source>for 2 weeks</source>
        <translation>durante 2 semanas</translation>
    </message>
    <message>
        <source>for 30 days</source>
        <translation>durante 30 días</translation>
    </message>
    <message>
        <source>for 90 days</source>
        <translation>durante 90 días</translation>
    </message>
    <message>
        <source>until something new</source>
        <translation>hasta que haya algo nuevo</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Apartar</translation>
    </message>
    <message>
        <source>Hide this for the time chosen beside it</source>
        <translation>Ocultar esto durante el tiempo elegido al lado</translation>
    </message>
    <message>
        <source>Remind me in a week: %1</source>
        <translation>Recordármelo en una semana: %1</translation>
    </message>
    <message>
        <source>Put away: %1</source>
        <translation>Apartar: %1</translation>
    </message>
    <message>
        <source>Put away for:</source>
        <translation>Apartar durante:</translation>
    </message>
    <message>
        <source>Put away %1 for</source>
        <translation>Apartar %1 durante</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>mood %1 of 10</source>
        <translation>ánimo %1 de 10</translation>
    </message>
    <message>
        <source>craving %1 of 10</source>
        <translation>ansia %1 de 10</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Ansia</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>(private) %1</source>
        <translation>(privada) %1</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>A clear start</source>
        <translation>Un buen comienzo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome. This is where each day starts.&lt;/h3&gt;&lt;p&gt;Check in below with two clicks — how you feel and how strong any craving is. Tell the journal what you are recovering from and since when, and Today will count your days without use here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Te damos la bienvenida. Aquí empieza cada día.&lt;/h3&gt;&lt;p&gt;Haz tu registro aquí abajo con dos clics: cómo te sientes y qué fuerza tiene el ansia, si la hay. Cuéntale al diario de qué te estás recuperando y desde cuándo, y Hoy contará aquí tus días sin consumo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up with the welcome…</source>
        <translation>Configurar con la bienvenida…</translation>
    </message>
    <message>
        <source>Log an urge…</source>
        <translation>Anotar un impulso…</translation>
    </message>
    <message>
        <source>How strong, what set it off — and ride it out (Ctrl+U)</source>
        <translation>Cuánta fuerza tiene, qué lo provocó, y aguantar hasta que pase (Ctrl+U)</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Vale la pena mirar</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <source>Today&apos;s entries</source>
        <translation>Entradas de hoy</translation>
    </message>
    <message>
        <source>Nothing written yet today.</source>
        <translation>Todavía no has escrito nada hoy.</translation>
    </message>
    <message numerus="yes">
        <source>days without %1 · since %2</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform>día sin %1 · desde el %2</numerusform>
            <numerusform>días sin %1 · desde el %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next milestone: %1, in %n day(s).</source>
        <translation>
            <numerusform>Próximo hito: %1, en %n día.</numerusform>
            <numerusform>Próximo hito: %1, en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today could not be worked out just now: %1</source>
        <translation>No se pudo preparar Hoy en este momento: %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>%1 without %2</source>
        <translation>%1 sin %2</translation>
    </message>
    <message>
        <source>That is real, and it is yours. Take a moment to notice how far you have come.</source>
        <translation>Es real, y es tuyo. Tómate un momento para notar cuánto has avanzado.</translation>
    </message>
    <message>
        <source>Insights shows what was noticed and what can help.</source>
        <translation>Análisis muestra lo que se notó y qué puede ayudar.</translation>
    </message>
    <message>
        <source>Your reasons</source>
        <translation>Tus razones</translation>
    </message>
    <message>
        <source>When these come up</source>
        <translation>Cuando aparezcan</translation>
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
<context>
    <name>TriggerKinds</name>
    <message>
        <source>What kind are my own triggers?</source>
        <translation>¿De qué tipo son mis propios detonantes?</translation>
    </message>
    <message>
        <source>Triggers you name yourself are listed here. If one is about places or things, people, or money from the time you used, you can say so, and Insights will notice when triggers like it come up more than usual for you.</source>
        <translation>Aquí aparecen los detonantes que nombras tú. Si uno tiene que ver con lugares o cosas, personas o dinero de la época en que consumías, puedes indicarlo, y Análisis notará cuando detonantes parecidos aparezcan más de lo habitual para ti.</translation>
    </message>
    <message>
        <source>You haven&apos;t named triggers of your own yet. When you add one to an entry, it shows up here.</source>
        <translation>Todavía no has nombrado detonantes propios. Cuando añadas uno a una entrada, aparecerá aquí.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Places or things from using</source>
        <translation>Lugares o cosas de la época de consumo</translation>
    </message>
    <message>
        <source>People from using</source>
        <translation>Personas de la época de consumo</translation>
    </message>
    <message>
        <source>Money worries, debt or borrowing</source>
        <translation>Preocupaciones por dinero, deudas o préstamos</translation>
    </message>
    <message>
        <source>Cash on hand or payday</source>
        <translation>Dinero en efectivo o día de pago</translation>
    </message>
    <message>
        <source>Kind of trigger: %1</source>
        <translation>Tipo de detonante: %1</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>Plan de prevención</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Back-fill days</source>
        <translation>Completar días pasados</translation>
    </message>
</context>
</TS>
