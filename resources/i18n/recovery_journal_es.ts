<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdherenceChart</name>
    <message>
        <source>Medication taken or missed</source>
        <translation>Medicación tomada u olvidada</translation>
    </message>
    <message>
        <source>Each day a check-in said whether medication was taken: a square on the upper line when taken, a cross on the lower line when missed, nothing when not said. Never dosing advice.</source>
        <translation>Cada día en que un registro dijo si se tomó la medicación: un cuadrado en la línea de arriba si se tomó, una cruz en la de abajo si se olvidó, nada si no se dijo. Nunca es un consejo de dosis.</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>sin decir</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Taken (squares)</source>
        <translation>Tomada (cuadrados)</translation>
    </message>
    <message>
        <source>Missed (crosses)</source>
        <translation>Olvidada (cruces)</translation>
    </message>
    <message>
        <source>Medication: {status} — click to open</source>
        <translation>Medicación: {status} — haz clic para abrir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Already open</source>
        <translation>Ya está abierto</translation>
    </message>
    <message>
        <source>Cannot open the journal</source>
        <translation>No se puede abrir el diario</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show in this range yet.</source>
        <translation>Todavía no hay nada que mostrar en este periodo.</translation>
    </message>
    <message>
        <source>The {shown} largest are drawn; the table lists all {count}.</source>
        <translation>Se dibujan los {shown} mayores; la tabla muestra los {count}.</translation>
    </message>
</context>
<context>
    <name>CalendarChart</name>
    <message>
        <source>Year in pixels</source>
        <translation>El año en píxeles</translation>
    </message>
    <message>
        <source>Each small square is one day: rows are months, columns the days of the month. Lighter squares are higher values (see the scale); empty squares have no value.</source>
        <translation>Cada cuadradito es un día: las filas son los meses y las columnas los días del mes. Los cuadrados más claros tienen valores más altos (mira la escala); los vacíos no tienen valor.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Peak craving</source>
        <translation>Ansia máxima</translation>
    </message>
    <message>
        <source>Measure shown in the year in pixels</source>
        <translation>Medida que muestra el año en píxeles</translation>
    </message>
    <message>
        <source>Colour the days by:</source>
        <translation>Colorear los días por:</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Día del mes</translation>
    </message>
    <message numerus="yes">
        <source>{measure} on {count} of %n days; mean {mean}, from {low} to {high}.</source>
        <translation>
            <numerusform>{measure} en {count} de %n día; media {mean}, de {low} a {high}.</numerusform>
            <numerusform>{measure} en {count} de %n días; media {mean}, de {low} a {high}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mood recorded in this range.</source>
        <translation>No hay ánimo anotado en este periodo.</translation>
    </message>
    <message>
        <source>No peak craving recorded in this range.</source>
        <translation>No hay ansia anotada en este periodo.</translation>
    </message>
    <message>
        <source>{day}: {measure} {value}</source>
        <translation>{day}: {measure} {value}</translation>
    </message>
    <message>
        <source>{day}: nothing recorded</source>
        <translation>{day}: nada anotado</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show as table</source>
        <translation>Ver como tabla</translation>
    </message>
    <message>
        <source>Show {title} as a data table</source>
        <translation>Ver «{title}» como tabla de datos</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export {title} as a picture</source>
        <translation>Exportar «{title}» como imagen</translation>
    </message>
    <message>
        <source>As PNG picture…</source>
        <translation>Como imagen PNG…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>Como dibujo SVG…</translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation>Gráfico «{title}»</translation>
    </message>
    <message>
        <source>{title}: data table</source>
        <translation>{title}: tabla de datos</translation>
    </message>
    <message>
        <source> Where a row is a day, Enter opens that day&apos;s entries. T shows the chart.</source>
        <translation> Si una fila es un día, Intro abre las entradas de ese día. T muestra el gráfico.</translation>
    </message>
    <message>
        <source> Press T for the figures as a table.</source>
        <translation> Presiona T para ver las cifras en una tabla.</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Ver como gráfico</translation>
    </message>
    <message>
        <source>Export {title}</source>
        <translation>Exportar «{title}»</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>El gráfico no se guardó</translation>
    </message>
</context>
<context>
    <name>CopingChart</name>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>Each coping strategy used in the range: the dashed outline is how many times it was used, the filled bar how many of those times the person said it helped.</source>
        <translation>Cada estrategia de afrontamiento usada en el periodo: el contorno discontinuo es cuántas veces se usó y la barra rellena cuántas de esas veces ayudó, según la persona.</translation>
    </message>
    <message>
        <source>No coping strategies were noted in this range.</source>
        <translation>No se anotaron estrategias de afrontamiento en este periodo.</translation>
    </message>
    <message>
        <source>helped {helped} of {used} ({not_said} not said)</source>
        <translation>ayudó {helped} de {used} ({not_said} sin decir)</translation>
    </message>
    <message>
        <source>helped {helped} of {used}</source>
        <translation>ayudó {helped} de {used}</translation>
    </message>
    <message>
        <source>times used</source>
        <translation>veces usada</translation>
    </message>
    <message>
        <source>times it helped</source>
        <translation>veces que ayudó</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message numerus="yes">
        <source>%n strategies used.</source>
        <translation>
            <numerusform>%n estrategia usada.</numerusform>
            <numerusform>%n estrategias usadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Helped most often: {name} ({helped}).</source>
        <translation>La que más ayudó: {name} ({helped}).</translation>
    </message>
    <message numerus="yes">
        <source>{name}: used %n times; helped {helped}, did not help {not_helped}, not said {not_said}</source>
        <translation>
            <numerusform>{name}: usada %n vez; ayudó {helped}, no ayudó {not_helped}, sin decir {not_said}</numerusform>
            <numerusform>{name}: usada %n veces; ayudó {helped}, no ayudó {not_helped}, sin decir {not_said}</numerusform>
        </translation>
    </message>
    <message>
        <source>Coping strategy</source>
        <translation>Estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Veces usada</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Ayudó</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>No ayudó</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin decir</translation>
    </message>
    <message>
        <source>Helped (of those said)</source>
        <translation>Ayudó (de las dichas)</translation>
    </message>
</context>
<context>
    <name>CopingPicker</name>
    <message>
        <source>Coping strategies</source>
        <translation>Estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Probada</translation>
    </message>
    <message>
        <source>Helped?</source>
        <translation>¿Ayudó?</translation>
    </message>
    <message>
        <source>Space ticks Tried. Right arrow moves to Helped, where Space ticks it; Left arrow moves back.</source>
        <translation>Espacio marca Probada. La flecha derecha pasa a ¿Ayudó?, donde Espacio la marca; la flecha izquierda vuelve.</translation>
    </message>
    <message>
        <source>Add your own coping strategy…</source>
        <translation>Añade tu propia estrategia de afrontamiento…</translation>
    </message>
    <message>
        <source>New coping strategy</source>
        <translation>Nueva estrategia de afrontamiento</translation>
    </message>
    <message>
        <source>Add coping strategy</source>
        <translation>Añadir estrategia de afrontamiento</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Life events…</source>
        <translation>Acontecimientos…</translation>
    </message>
    <message>
        <source>Add, change or remove the life events marked on the charts</source>
        <translation>Añade, cambia o quita los acontecimientos marcados en los gráficos</translation>
    </message>
    <message>
        <source>Session mode</source>
        <translation>Modo sesión</translation>
    </message>
    <message>
        <source>Full screen, large type, private text hidden (F11)</source>
        <translation>Pantalla completa, letra grande, texto privado oculto (F11)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>HourWeekdayChart</name>
    <message>
        <source>Urges by hour and weekday</source>
        <translation>Impulsos por hora y día de la semana</translation>
    </message>
    <message>
        <source>How many urges were logged in each hour of each weekday, in local time. Each cell shows its count; lighter cells have more urges.</source>
        <translation>Cuántos impulsos se anotaron en cada hora de cada día de la semana, en hora local. Cada celda muestra su número; las más claras tienen más impulsos.</translation>
    </message>
    <message>
        <source>Hour of the day (local time)</source>
        <translation>Hora del día (hora local)</translation>
    </message>
    <message>
        <source>No urges were logged in this range.</source>
        <translation>No se anotaron impulsos en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n urges logged.</source>
        <translation>
            <numerusform>%n impulso anotado.</numerusform>
            <numerusform>%n impulsos anotados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The most: {weekday}, {hours} ({count}).</source>
        <translation>Cuándo más: {weekday}, {hours} ({count}).</translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n urges, mean intensity {intensity}</source>
        <translation>
            <numerusform>{when}: %n impulso, intensidad media {intensity}</numerusform>
            <numerusform>{when}: %n impulsos, intensidad media {intensity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n urges</source>
        <translation>
            <numerusform>{when}: %n impulso</numerusform>
            <numerusform>{when}: %n impulsos</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Intensidad media</translation>
    </message>
</context>
<context>
    <name>LabelledSlider</name>
    <message>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>uneasy</source>
        <translation>inquieto</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <source>great</source>
        <translation>genial</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>faint</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>suave</translation>
    </message>
    <message>
        <source>noticeable</source>
        <translation>notable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>muy fuerte</translation>
    </message>
    <message>
        <source>intense</source>
        <translation>intensa</translation>
    </message>
    <message>
        <source>overwhelming</source>
        <translation>abrumadora</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin decir</translation>
    </message>
    <message>
        <source>{name}: not said</source>
        <translation>{name}: sin decir</translation>
    </message>
    <message>
        <source>Leave this out of the entry; moving the slider says it.</source>
        <translation>Deja esto fuera de la entrada; al mover el control se dice.</translation>
    </message>
    <message>
        <source>{value} of {top} — {words}</source>
        <translation>{value} de {top} — {words}</translation>
    </message>
    <message>
        <source>Move the slider to say</source>
        <translation>Mueve el control para decirlo</translation>
    </message>
</context>
<context>
    <name>LifeEventsDialog</name>
    <message>
        <source>Life events on the charts</source>
        <translation>Acontecimientos en los gráficos</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <source>A few words, e.g. “Started a new job”</source>
        <translation>Unas palabras, p. ej. «Empecé un trabajo nuevo»</translation>
    </message>
    <message>
        <source>Optional; only shown here, never on the charts</source>
        <translation>Opcional; solo se muestra aquí, nunca en los gráficos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Life events are drawn as dashed lines, with their labels, on the time charts.</source>
        <translation>Los acontecimientos se dibujan como líneas discontinuas, con su etiqueta, en los gráficos de tiempo.</translation>
    </message>
    <message>
        <source>Saved “{label}” on {day}.</source>
        <translation>Guardado «{label}» el {day}.</translation>
    </message>
    <message>
        <source>Remove life event</source>
        <translation>Quitar el acontecimiento</translation>
    </message>
    <message>
        <source>Remove “{label}” from the charts?</source>
        <translation>¿Quitar «{label}» de los gráficos?</translation>
    </message>
    <message>
        <source>Removed “{label}”.</source>
        <translation>Quitado «{label}».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journal: {folder}</source>
        <translation>Diario: {folder}</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>Crisis numbers and your support contacts (F1)</source>
        <translation>Números de crisis y tus contactos de apoyo (F1)</translation>
    </message>
    <message>
        <source>Log an &amp;urge…</source>
        <translation>Anotar un &amp;impulso…</translation>
    </message>
    <message>
        <source>Quick capture: how strong, what set it off, HALT (Ctrl+U)</source>
        <translation>Anotación rápida: qué tan fuerte, qué lo detonó, HALT (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Theme, text size, safety, privacy and backups (Ctrl+,)</source>
        <translation>Tema, tamaño del texto, seguridad, privacidad y copias de seguridad (Ctrl+,)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>&amp;Welcome and first steps…</source>
        <translation>&amp;Bienvenida y primeros pasos…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
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
<context>
    <name>MoodCravingChart</name>
    <message>
        <source>Mood and craving over time</source>
        <translation>Ánimo y ansia a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Each day&apos;s mean mood (circles, 1 to 10, 10 is best) and peak craving (triangles, 0 to 10, 0 is none), with their 7-day means as lines (mood solid, craving dashed). A cross above the scale marks a day with a use (a use entry, or an urge that ended in use); dashed lines are life events, dotted lines sessions.</source>
        <translation>El ánimo medio de cada día (círculos, de 1 a 10, 10 es el mejor) y el ansia máxima (triángulos, de 0 a 10, 0 es ninguna), con sus medias de 7 días como líneas (ánimo continua, ansia discontinua). Una cruz sobre la escala marca un día con consumo (una entrada de consumo o un impulso que terminó en consumo); las líneas discontinuas son acontecimientos y las punteadas, sesiones.</translation>
    </message>
    <message>
        <source>Mood 1–10 · craving 0–10</source>
        <translation>Ánimo 1–10 · ansia 0–10</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>ánimo</translation>
    </message>
    <message>
        <source>mood, 7-day mean</source>
        <translation>ánimo, media de 7 días</translation>
    </message>
    <message>
        <source>peak craving</source>
        <translation>ansia máxima</translation>
    </message>
    <message>
        <source>craving, 7-day mean</source>
        <translation>ansia, media de 7 días</translation>
    </message>
    <message>
        <source>use</source>
        <translation>consumo</translation>
    </message>
    <message>
        <source>Mood, each day (circles)</source>
        <translation>Ánimo, cada día (círculos)</translation>
    </message>
    <message>
        <source>Mood, 7-day mean (solid line)</source>
        <translation>Ánimo, media de 7 días (línea continua)</translation>
    </message>
    <message>
        <source>Peak craving, each day (triangles)</source>
        <translation>Ansia máxima, cada día (triángulos)</translation>
    </message>
    <message>
        <source>Craving, 7-day mean (dashed line)</source>
        <translation>Ansia, media de 7 días (línea discontinua)</translation>
    </message>
    <message>
        <source>Day with a use (cross)</source>
        <translation>Día con consumo (cruz)</translation>
    </message>
    <message>
        <source>Nothing recorded in this range yet.</source>
        <translation>Todavía no hay nada anotado en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n days have entries.</source>
        <translation>
            <numerusform>{recorded} de %n día tiene entradas.</numerusform>
            <numerusform>{recorded} de %n días tienen entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean daily mood {mood}.</source>
        <translation>Ánimo diario medio: {mood}.</translation>
    </message>
    <message>
        <source>Mean peak craving {craving}.</source>
        <translation>Ansia máxima media: {craving}.</translation>
    </message>
    <message>
        <source>No days with a use.</source>
        <translation>Ningún día con consumo.</translation>
    </message>
    <message numerus="yes">
        <source>%n days with a use.</source>
        <translation>
            <numerusform>%n día con consumo.</numerusform>
            <numerusform>%n días con consumo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mood {value} (7-day mean {mean})</source>
        <translation>Ánimo {value} (media de 7 días {mean})</translation>
    </message>
    <message>
        <source>Peak craving {value} (7-day mean {mean})</source>
        <translation>Ansia máxima {value} (media de 7 días {mean})</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, including a use — click to open</source>
        <translation>
            <numerusform>%n entrada, con un consumo — haz clic para abrir</numerusform>
            <numerusform>%n entradas, con un consumo — haz clic para abrir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries — click to open</source>
        <translation>
            <numerusform>%n entrada — haz clic para abrir</numerusform>
            <numerusform>%n entradas — haz clic para abrir</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded this day</source>
        <translation>Nada anotado este día</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Mood, 7-day mean</source>
        <translation>Ánimo, media de 7 días</translation>
    </message>
    <message>
        <source>Peak craving</source>
        <translation>Ansia máxima</translation>
    </message>
    <message>
        <source>Craving, 7-day mean</source>
        <translation>Ansia, media de 7 días</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Use entry</source>
        <translation>Entrada de consumo</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>the work</source>
        <translation>el trabajo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>Days shown in the charts</source>
        <translation>Días que muestran los gráficos</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Show these days</source>
        <translation>Mostrar estos días</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Still showing {days}; pick the days, then “Show these days”.</source>
        <translation>Sigue mostrando {days}; elige los días y luego «Mostrar estos días».</translation>
    </message>
</context>
<context>
    <name>ScoresChart</name>
    <message>
        <source>Questionnaire scores</source>
        <translation>Puntuaciones de los cuestionarios</translation>
    </message>
    <message>
        <source>The scores of the questionnaires filled in (PHQ-9 for low mood, GAD-7 for anxiety, the Brief Addiction Monitor&apos;s use, risk and protective scores) on the days they were filled in. Bands are for talking over with a clinician, never a diagnosis.</source>
        <translation>Las puntuaciones de los cuestionarios que respondiste (PHQ-9 para el ánimo bajo, GAD-7 para la ansiedad, y las de consumo, riesgo y protección del Brief Addiction Monitor) en los días en que los respondiste. Los rangos son para hablarlos con un profesional clínico, nunca un diagnóstico.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>No questionnaires filled in during this range. You can fill one in from the Questionnaires view, whenever you like.</source>
        <translation>No respondiste ningún cuestionario en este periodo. Puedes responder uno desde la vista Cuestionarios cuando quieras.</translation>
    </message>
    <message>
        <source>{name}: latest {score} of {top} ({band}) on {day}, {count} in this range</source>
        <translation>{name}: la última {score} de {top} ({band}) el {day}, {count} en este periodo</translation>
    </message>
    <message>
        <source>Talk these over with your clinician; they are not a diagnosis.</source>
        <translation>Háblalas con tu profesional clínico; no son un diagnóstico.</translation>
    </message>
    <message>
        <source>{name}: {score} of {top} ({band})</source>
        <translation>{name}: {score} de {top} ({band})</translation>
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
        <source>Out of</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
</context>
<context>
    <name>SessionBackfill</name>
    <message>
        <source>Back-filled days</source>
        <translation>Días completados después</translation>
    </message>
    <message>
        <source>No days were back-filled in this period.</source>
        <translation>No se completó ningún día después en este periodo.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>Days marked afterwards, looking back ({days}):</source>
        <translation>Días marcados después, mirando atrás ({days}):</translation>
    </message>
    <message>
        <source>Back-filled days count in the streaks and charts like any other day.</source>
        <translation>Los días completados después cuentan en las rachas y los gráficos como cualquier otro día.</translation>
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
        <translation>Las entradas de estos días con sus números. Sus palabras están ocultas; las entradas privadas solo muestran su día. Selecciona una y presiona Mostrar para verla.</translation>
    </message>
    <message>
        <source>Hidden — select and press Show</source>
        <translation>Oculto — selecciona y presiona Mostrar</translation>
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
        <translation>Ansia</translation>
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
    <name>SessionLapseReviews</name>
    <message>
        <source>Lapse reviews</source>
        <translation>Revisiones de deslices</translation>
    </message>
    <message>
        <source>No lapse review in this period.</source>
        <translation>Ninguna revisión de un desliz en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviews in this period, looking back at the use on: {days}.</source>
        <translation>
            <numerusform>%n revisión en este periodo, mirando atrás al consumo del: {days}.</numerusform>
            <numerusform>%n revisiones en este periodo, mirando atrás al consumo del: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The words show in the entries step, one at a time, when you choose.</source>
        <translation>Las palabras se ven en el paso de las entradas, una a una, cuando tú lo decides.</translation>
    </message>
</context>
<context>
    <name>SessionMedication</name>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
</context>
<context>
    <name>SessionModeController</name>
    <message>
        <source>Therapist &amp;session mode</source>
        <translation>&amp;Modo sesión con terapeuta</translation>
    </message>
    <message>
        <source>Full screen, large type, private text hidden (F11)</source>
        <translation>Pantalla completa, letra grande, texto privado oculto (F11)</translation>
    </message>
</context>
<context>
    <name>SessionModeWindow</name>
    <message>
        <source>Session mode — {app}</source>
        <translation>Modo sesión — {app}</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>&amp;Record this session</source>
        <translation>&amp;Registrar esta sesión</translation>
    </message>
    <message>
        <source>Adds today&apos;s session to the journal, for “since last session”</source>
        <translation>Añade la sesión de hoy al diario, para «desde la última sesión»</translation>
    </message>
    <message>
        <source>&amp;Leave session mode (Esc)</source>
        <translation>&amp;Salir del modo sesión (Esc)</translation>
    </message>
    <message>
        <source>Get help now (F1)</source>
        <translation>Pedir ayuda ahora (F1)</translation>
    </message>
    <message>
        <source>Crisis numbers and support contacts</source>
        <translation>Números de crisis y contactos de apoyo</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Si&amp;guiente ▶</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Step {step} of {steps}: {title}</source>
        <translation>Paso {step} de {steps}: {title}</translation>
    </message>
    <message>
        <source>Session recorded: {day}, {time}. Next time, “since last session” starts here.</source>
        <translation>Sesión registrada: {day}, {time}. La próxima vez, «desde la última sesión» empieza aquí.</translation>
    </message>
</context>
<context>
    <name>SleepChart</name>
    <message>
        <source>Sleep, mood and craving</source>
        <translation>Sueño, ánimo y ansia</translation>
    </message>
    <message>
        <source>Each day with a sleep figure: hours slept across, that day&apos;s mood (circles) and peak craving (triangles) up. The table gives the means for each band of sleep.</source>
        <translation>Cada día con horas de sueño: las horas dormidas en horizontal y, en vertical, el ánimo de ese día (círculos) y el ansia máxima (triángulos). La tabla da las medias de cada franja de sueño.</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <source>Mood 1–10 · craving 0–10</source>
        <translation>Ánimo 1–10 · ansia 0–10</translation>
    </message>
    <message>
        <source>Mood (circles)</source>
        <translation>Ánimo (círculos)</translation>
    </message>
    <message>
        <source>Peak craving (triangles)</source>
        <translation>Ansia máxima (triángulos)</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>ánimo</translation>
    </message>
    <message>
        <source>peak craving</source>
        <translation>ansia máxima</translation>
    </message>
    <message>
        <source>No sleep hours recorded in this range.</source>
        <translation>No hay horas de sueño anotadas en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>{band}: mood {mood}, craving {craving} (%n days)</source>
        <translation>
            <numerusform>{band}: ánimo {mood}, ansia {craving} (%n día)</numerusform>
            <numerusform>{band}: ánimo {mood}, ansia {craving} (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with sleep recorded. Means by sleep — {bands}.</source>
        <translation>
            <numerusform>%n día con sueño anotado. Medias según el sueño — {bands}.</numerusform>
            <numerusform>%n días con sueño anotado. Medias según el sueño — {bands}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slept {hours} h, mood {mood}, peak craving {craving} — click to open</source>
        <translation>Durmió {hours} h, ánimo {mood}, ansia máxima {craving} — haz clic para abrir</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Mean mood</source>
        <translation>Ánimo medio</translation>
    </message>
    <message>
        <source>Mean peak craving</source>
        <translation>Ansia máxima media</translation>
    </message>
</context>
<context>
    <name>StreakChart</name>
    <message>
        <source>Streak timeline</source>
        <translation>Racha a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Days since the last use (a use entry, or an urge that ended in use), or since the recovery start, on each day. The line goes back to 0 on a day with a use (a cross). A lapse is part of many people&apos;s recovery; the count starts again the next day.</source>
        <translation>Los días desde el último consumo (una entrada de consumo o un impulso que terminó en consumo), o desde el inicio de la recuperación, en cada día. La línea vuelve a 0 en un día con consumo (una cruz). Un desliz es parte de la recuperación de mucha gente; la cuenta vuelve a empezar al día siguiente.</translation>
    </message>
    <message>
        <source>Days without use</source>
        <translation>Días sin consumo</translation>
    </message>
    <message>
        <source>Days without use (line)</source>
        <translation>Días sin consumo (línea)</translation>
    </message>
    <message>
        <source>Day with a use (cross)</source>
        <translation>Día con consumo (cruz)</translation>
    </message>
    <message>
        <source>days without use</source>
        <translation>días sin consumo</translation>
    </message>
    <message>
        <source>use</source>
        <translation>consumo</translation>
    </message>
    <message>
        <source>No recovery start is recorded yet, so there is no streak to show.</source>
        <translation>Todavía no hay un inicio de la recuperación anotado, así que no hay racha que mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>On the last day of the range: %n days without use.</source>
        <translation>
            <numerusform>El último día del periodo: %n día sin consumo.</numerusform>
            <numerusform>El último día del periodo: %n días sin consumo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest in this range: %n days.</source>
        <translation>
            <numerusform>La más larga en este periodo: %n día.</numerusform>
            <numerusform>La más larga en este periodo: %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with a use.</source>
        <translation>
            <numerusform>%n día con consumo.</numerusform>
            <numerusform>%n días con consumo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days without use</source>
        <translation>
            <numerusform>%n día sin consumo</numerusform>
            <numerusform>%n días sin consumo</numerusform>
        </translation>
    </message>
    <message>
        <source>Before the recovery start</source>
        <translation>Antes del inicio de la recuperación</translation>
    </message>
    <message>
        <source>A use this day — click to open</source>
        <translation>Un consumo este día — haz clic para abrir</translation>
    </message>
    <message>
        <source>Recovery start</source>
        <translation>Inicio de la recuperación</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Use entry</source>
        <translation>Entrada de consumo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Algo salió mal: {problem}</translation>
    </message>
</context>
<context>
    <name>TaskRegistry</name>
    <message>
        <source>{what} is still running. {doing} when it has finished, or cancel it first.</source>
        <translation>{what} sigue en marcha. {doing} cuando haya terminado, o cancélalo antes.</translation>
    </message>
    <message>
        <source>{what} are still running. {doing} when they have finished, or cancel them first.</source>
        <translation>{what} siguen en marcha. {doing} cuando hayan terminado, o cancélalos antes.</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Life event: {label}</source>
        <translation>Acontecimiento: {label}</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Show {app}</source>
        <translation>Mostrar {app}</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Hacer el registro</translation>
    </message>
    <message>
        <source>Log an urge</source>
        <translation>Anotar un impulso</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Hide everything</source>
        <translation>Ocultarlo todo</translation>
    </message>
    <message>
        <source>Hide every window, lock an encrypted journal, clear what the app copied</source>
        <translation>Oculta todas las ventanas, bloquea un diario cifrado y borra lo que copió la app</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Recuérdamelo más tarde</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop, so reminders appear in this window while it is open.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que los recordatorios aparecen en esta ventana mientras está abierta.</translation>
    </message>
    <message>
        <source>I will remind you again at {time}.</source>
        <translation>Te lo recordaré de nuevo a las {time}.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {reason}.</source>
        <translation>No se pudo cambiar el inicio al entrar en la sesión: {reason}.</translation>
    </message>
</context>
<context>
    <name>TriggerCravingChart</name>
    <message>
        <source>Mean craving by trigger</source>
        <translation>Ansia media por detonante</translation>
    </message>
    <message>
        <source>For each trigger, the mean craving (0 to 10) of the entries that name it and record a craving; the number of those entries is written beside each bar.</source>
        <translation>Para cada detonante, el ansia media (de 0 a 10) de las entradas que lo nombran y anotan un ansia; el número de esas entradas aparece junto a cada barra.</translation>
    </message>
    <message>
        <source>No triggers with a craving figure in this range.</source>
        <translation>Ningún detonante con una cifra de ansia en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>{craving} (from {entries})</source>
        <translation>{craving} (de {entries})</translation>
    </message>
    <message>
        <source>Mean craving, 0 (none) to 10</source>
        <translation>Ansia media, de 0 (ninguna) a 10</translation>
    </message>
    <message>
        <source>Highest mean craving: {name}, {craving} out of 10 (from {entries}).</source>
        <translation>Ansia media más alta: {name}, {craving} sobre 10 (de {entries}).</translation>
    </message>
    <message>
        <source>{name}: mean craving {craving} from {entries}</source>
        <translation>{name}: ansia media {craving} de {entries}</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>Mean craving</source>
        <translation>Ansia media</translation>
    </message>
    <message>
        <source>Entries with a craving figure</source>
        <translation>Entradas con una cifra de ansia</translation>
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
    <message>
        <source>Triggers by frequency</source>
        <translation>Detonantes por frecuencia</translation>
    </message>
    <message>
        <source>How many entries in the range name each trigger, most frequent at the top.</source>
        <translation>Cuántas entradas del periodo nombran cada detonante, los más frecuentes arriba.</translation>
    </message>
    <message>
        <source>No triggers were noted in this range.</source>
        <translation>No se anotaron detonantes en este periodo.</translation>
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
    <name>TriggerPicker</name>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
    <message>
        <source>Add your own trigger…</source>
        <translation>Añade tu propio detonante…</translation>
    </message>
    <message>
        <source>New trigger</source>
        <translation>Nuevo detonante</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>Añadir detonante</translation>
    </message>
</context>
<context>
    <name>WarningSignPicker</name>
    <message>
        <source>Warning signs I notice in myself (optional)</source>
        <translation>Señales de alerta que noto en mí (opcional)</translation>
    </message>
    <message>
        <source>Ticking a sign lets Insights show it with tips and your plan. See Learn for more.</source>
        <translation>Marcar una señal permite que Análisis la muestre con consejos y tu plan. Más en Aprender.</translation>
    </message>
</context>
<context>
    <name>_AddRow</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Charts can be saved as .png or .svg; pick one of those.</source>
        <translation>Los gráficos se pueden guardar como .png o .svg; elige uno de los dos.</translation>
    </message>
    <message>
        <source>The chart could not be written to {path}.</source>
        <translation>No se pudo escribir el gráfico en {path}.</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: {reason}.</source>
        <translation>No se pudo guardar el gráfico en {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Clear {field}</source>
        <translation>Borrar {field}</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
</context>
<context>
    <name>text_blocks</name>
    <message>
        <source>Sources: {list}</source>
        <translation>Fuentes: {list}</translation>
    </message>
</context>
<context>
    <name>yes_no_combo</name>
    <message>
        <source>Not said</source>
        <translation>Sin decir</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
