<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>The guidance in this app summarises, in our own words, the medically reviewed article {article}, and the sources it cites. It is not medical advice and does not replace care.</source>
        <translation>La orientación de esta app resume, con nuestras propias palabras, el artículo con revisión médica {article} y las fuentes que cita. No es consejo médico y no sustituye la atención profesional.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>A private, offline journal for recovery. Nothing you write leaves this computer unless you export it.</source>
        <translation>Un diario privado y sin conexión para la recuperación. Nada de lo que escribes sale de este equipo, a menos que lo exportes.</translation>
    </message>
    <message>
        <source>Recovery Journal is free software under the MIT licence.</source>
        <translation>Recovery Journal es software libre con licencia MIT.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotecas y sus licencias</translation>
    </message>
    <message>
        <source>How to use your own Qt or PySide6:</source>
        <translation>Cómo usar tu propia versión de Qt o PySide6:</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Bibliotecas y licencias</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Funciona con:</translation>
    </message>
    <message>
        <source>Licence names and the licence texts themselves stay in English, word for word: they are legal texts, valid as their authors published them.</source>
        <translation>Los nombres de las licencias y los propios textos de las licencias se mantienen en inglés, palabra por palabra: son textos legales, válidos tal como los publicaron sus autores.</translation>
    </message>
    <message>
        <source>Qt for Python: the windows and widgets</source>
        <translation>Qt para Python: las ventanas y los controles</translation>
    </message>
    <message>
        <source>the binding layer PySide6 is built on</source>
        <translation>la capa de enlace sobre la que se construye PySide6</translation>
    </message>
    <message>
        <source>the charts</source>
        <translation>los gráficos</translation>
    </message>
    <message>
        <source>the charts&apos; figures</source>
        <translation>las cifras de los gráficos</translation>
    </message>
    <message>
        <source>the journal&apos;s schema and bulk work (loaded when first needed)</source>
        <translation>la estructura del diario y el trabajo por lotes (se carga la primera vez que hace falta)</translation>
    </message>
    <message>
        <source>the encrypted journal (SQLCipher, BSD-3-Clause, built in)</source>
        <translation>el diario cifrado (SQLCipher, BSD-3-Clause, incluido)</translation>
    </message>
    <message>
        <source>passphrases and encrypted exports (OpenSSL inside)</source>
        <translation>las frases de contraseña y las exportaciones cifradas (con OpenSSL dentro)</translation>
    </message>
    <message>
        <source>where the journal is kept</source>
        <translation>dónde se guarda el diario</translation>
    </message>
    <message>
        <source>used by sqlite-utils</source>
        <translation>lo usa sqlite-utils</translation>
    </message>
    <message>
        <source>used by python-dateutil</source>
        <translation>lo usa python-dateutil</translation>
    </message>
    <message>
        <source>used by cryptography</source>
        <translation>lo usa cryptography</translation>
    </message>
    <message>
        <source>used by cffi</source>
        <translation>lo usa cffi</translation>
    </message>
    <message>
        <source>the interpreter (inside the bundle)</source>
        <translation>el intérprete (dentro del paquete)</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0). They are not changed by this app and stay separate, replaceable libraries: you may replace them with your own build of the same major version.</source>
        <translation>Qt y PySide6 se usan bajo la Licencia Pública General Reducida de GNU, versión 3 (LGPL-3.0). Esta app no los modifica y siguen siendo bibliotecas separadas y reemplazables: puedes reemplazarlas por tu propia compilación de la misma versión principal.</translation>
    </message>
    <message>
        <source>With an installed wheel (pip or pipx): install your own PySide6 build into the same environment ({command}); the app loads it at the next start.</source>
        <translation>Con un paquete wheel instalado (con pip o pipx): instala tu propia compilación de PySide6 en el mismo entorno ({command}); la app la carga la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>With the bundle: the Qt and PySide6 libraries are plain files in the bundle&apos;s {folder} folder ({files}); replace them with your build of the same major version, or rebuild the bundle from the source with {command} after installing your PySide6.</source>
        <translation>Con el paquete autónomo: las bibliotecas de Qt y PySide6 son archivos normales en la carpeta {folder} del paquete ({files}); reemplázalas por tu compilación de la misma versión principal, o vuelve a crear el paquete desde el código fuente con {command} después de instalar tu PySide6.</translation>
    </message>
    <message>
        <source>The full licence texts and the source offer are in the bundle&apos;s {folder} folder ({index}, and each library&apos;s own licence files).</source>
        <translation>Los textos completos de las licencias y la oferta del código fuente están en la carpeta {folder} del paquete ({index} y los archivos de licencia de cada biblioteca).</translation>
    </message>
</context>
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
        <source>Lapse review of my latest use…</source>
        <translation>Revisión de mi último desliz…</translation>
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
    <name>BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
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
    <message>
        <source>No mood recorded in this range.</source>
        <translation>No hay ánimo anotado en este periodo.</translation>
    </message>
    <message>
        <source>No peak craving recorded in this range.</source>
        <translation>No hay ansia anotada en este periodo.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>{day}: {values}</source>
        <translation>{day}: {values}</translation>
    </message>
    <message>
        <source>{measure} {value}</source>
        <translation>{measure} {value}</translation>
    </message>
    <message>
        <source>no {measure} recorded</source>
        <translation>sin {measure} registrado</translation>
    </message>
    <message numerus="yes">
        <source>{measure} on {count} of %Ln days; mean {mean}, from {low} to {high}.</source>
        <translation>
            <numerusform>{measure} en {count} de %Ln día; media {mean}, de {low} a {high}.</numerusform>
            <numerusform>{measure} en {count} de %Ln días; media {mean}, de {low} a {high}.</numerusform>
        </translation>
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
    <message>
        <source>Helped most often: {name} ({helped}).</source>
        <translation>La que más ayudó: {name} ({helped}).</translation>
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
    <message numerus="yes">
        <source>%Ln strategies used.</source>
        <translation>
            <numerusform>%Ln estrategia usada.</numerusform>
            <numerusform>%Ln estrategias usadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: used %Ln times; helped {helped}, did not help {not_helped}, not said {not_said}</source>
        <translation>
            <numerusform>{name}: usada %Ln vez; ayudó {helped}, no ayudó {not_helped}, sin decir {not_said}</numerusform>
            <numerusform>{name}: usada %Ln veces; ayudó {helped}, no ayudó {not_helped}, sin decir {not_said}</numerusform>
        </translation>
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
    <name>CrashDialog</name>
    <message>
        <source>A short note about the problem was saved on this computer, for fixing it:</source>
        <translation>Se guardó en este equipo una nota breve sobre el problema, para poder corregirlo:</translation>
    </message>
    <message>
        <source>It holds no journal text, no passphrase and no search words, and nothing is sent anywhere.</source>
        <translation>No contiene texto del diario, ni tu frase de contraseña, ni palabras de búsqueda, y no se envía a ningún sitio.</translation>
    </message>
    <message>
        <source>A note about the problem could not be saved (the folders for it cannot be written).</source>
        <translation>No se pudo guardar una nota sobre el problema (no se puede escribir en sus carpetas).</translation>
    </message>
    <message>
        <source>Something went wrong inside Recovery Journal.</source>
        <translation>Algo falló dentro de Recovery Journal.</translation>
    </message>
    <message>
        <source>Your journal is safe.</source>
        <translation>Tu diario está a salvo.</translation>
    </message>
    <message>
        <source>Everything you saved is still there: each save is written completely or not at all.</source>
        <translation>Todo lo que guardaste sigue ahí: cada guardado se escribe completo o no se escribe.</translation>
    </message>
    <message>
        <source>If you were writing something, check that your words are still in the editor and save them.</source>
        <translation>Si estabas escribiendo algo, comprueba que tus palabras siguen en el editor y guárdalas.</translation>
    </message>
    <message>
        <source>You can keep going. If this keeps happening, closing and reopening the app usually helps.</source>
        <translation>Puedes seguir usando la app. Si vuelve a pasar, cerrarla y abrirla de nuevo suele ayudar.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo falló</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Copy the log&apos;s location</source>
        <translation>Copiar dónde está la nota</translation>
    </message>
    <message>
        <source>Open the log&apos;s folder</source>
        <translation>Abrir la carpeta de la nota</translation>
    </message>
    <message numerus="yes">
        <source>This has now happened %Ln times since the message opened.</source>
        <translation>
            <numerusform>Esto ha pasado %Ln vez desde que se abrió el mensaje.</numerusform>
            <numerusform>Esto ha pasado %Ln veces desde que se abrió el mensaje.</numerusform>
        </translation>
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
    <name>EncryptionDialog</name>
    <message>
        <source>Please wait: this window closes only when it is done.</source>
        <translation>Espera, por favor: esta ventana se cerrará solo cuando termine.</translation>
    </message>
    <message>
        <source>This is your [b]recovery key[/b]. It opens your journal if you ever forget your passphrase. Write it down, or save it to a file, and keep it somewhere safe away from this computer. It is shown only this once.</source>
        <comment>keep the [b] and [/b] marks around the words to show in bold</comment>
        <translation>Esta es tu [b]clave de recuperación[/b]. Abre tu diario si alguna vez olvidas tu frase de contraseña. Anótala o guárdala en un archivo, y guárdala en un lugar seguro, lejos de este equipo. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Encryption and passphrase</source>
        <translation>Cifrado y frase de contraseña</translation>
    </message>
    <message>
        <source>Working on your journal</source>
        <translation>Trabajando en tu diario</translation>
    </message>
    <message>
        <source>Please keep your recovery key first: write it down or save it to a file, then tick the box. It cannot be shown again once this closes.</source>
        <translation>Primero guarda tu clave de recuperación: anótala o guárdala en un archivo y luego marca la casilla. Cuando esto se cierre, no se podrá volver a mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>Encryption keeps your journal, and its backups, unreadable to anyone without your passphrase, even if they copy the files. You will also get a recovery key, in case you forget the passphrase. Choose at least %Ln characters; a few words you will remember work well.</source>
        <translation>
            <numerusform>El cifrado hace que tu diario y sus copias de seguridad sean ilegibles para cualquiera que no tenga tu frase de contraseña, aunque copie los archivos. También recibirás una clave de recuperación, por si olvidas la frase de contraseña. Elige al menos %Ln carácter; unas cuantas palabras que vayas a recordar funcionan bien.</numerusform>
            <numerusform>El cifrado hace que tu diario y sus copias de seguridad sean ilegibles para cualquiera que no tenga tu frase de contraseña, aunque copie los archivos. También recibirás una clave de recuperación, por si olvidas la frase de contraseña. Elige al menos %Ln caracteres; unas cuantas palabras que vayas a recordar funcionan bien.</numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <source>Turn on encryption</source>
        <translation>Activar el cifrado</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>La misma otra vez:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <source>I have written it down or saved it somewhere safe</source>
        <translation>La anoté o la guardé en un lugar seguro</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Your journal is encrypted. To change the passphrase or turn encryption off, first enter the passphrase you use now (or your recovery key).</source>
        <translation>Tu diario está cifrado. Para cambiar la frase de contraseña o desactivar el cifrado, primero escribe la frase de contraseña que usas ahora (o tu clave de recuperación).</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>This is my recovery key</source>
        <translation>Es mi clave de recuperación</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Turn off encryption…</source>
        <translation>Desactivar el cifrado…</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation>Bloquear tras este tiempo sin uso</translation>
    </message>
    <message>
        <source>Lock when not used for:</source>
        <translation>Bloquear si no se usa durante:</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message numerus="yes">
        <source>Please choose at least %Ln characters.</source>
        <translation>
            <numerusform>Elige al menos %Ln carácter, por favor.</numerusform>
            <numerusform>Elige al menos %Ln caracteres, por favor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Encrypting your journal and its backups…</source>
        <translation>Cifrando tu diario y sus copias de seguridad…</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>recovery-key</source>
        <translation>clave-de-recuperacion</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>Archivos de texto</translation>
    </message>
    <message>
        <source>Recovery Journal recovery key</source>
        <translation>Clave de recuperación de Recovery Journal</translation>
    </message>
    <message>
        <source>It opens the journal if the passphrase is forgotten. Keep it away from the computer the journal is on.</source>
        <translation>Abre el diario si se olvida la frase de contraseña. Guárdala lejos del equipo donde está el diario.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there ({reason}). Please write it down instead.</source>
        <translation>No se pudo guardar la clave de recuperación ahí ({reason}). Anótala a mano, por favor.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Guardada en {path}.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Cambiando tu frase de contraseña…</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery key still works.</source>
        <translation>Tu frase de contraseña cambió. Tu clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Please enter your current passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña actual, por favor.</translation>
    </message>
    <message>
        <source>Turn off encryption?</source>
        <translation>¿Desactivar el cifrado?</translation>
    </message>
    <message>
        <source>Without encryption, anyone who can use this computer account can read your journal and its backups. Turn encryption off?</source>
        <translation>Sin cifrado, cualquier persona que pueda usar esta cuenta del equipo puede leer tu diario y sus copias de seguridad. ¿Desactivar el cifrado?</translation>
    </message>
    <message>
        <source>Decrypting your journal and its backups…</source>
        <translation>Descifrando tu diario y sus copias de seguridad…</translation>
    </message>
    <message>
        <source>Encryption is off</source>
        <translation>El cifrado está desactivado</translation>
    </message>
    <message>
        <source>Your journal is no longer encrypted.</source>
        <translation>Tu diario ya no está cifrado.</translation>
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
        <source>Lapse review…</source>
        <translation>Revisión de un desliz…</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (hoja de cálculo)</translation>
    </message>
    <message>
        <source>JSON (to import again)</source>
        <translation>JSON (para volver a importar)</translation>
    </message>
    <message>
        <source>Markdown (plain text)</source>
        <translation>Markdown (texto sin formato)</translation>
    </message>
    <message>
        <source>Mood, craving, sleep and other measures</source>
        <translation>Ánimo, ansia, sueño y otras medidas</translation>
    </message>
    <message>
        <source>Urge details (how long, how it ended)</source>
        <translation>Detalles de los impulsos (cuánto duraron, cómo terminaron)</translation>
    </message>
    <message>
        <source>Use details</source>
        <translation>Detalles del consumo</translation>
    </message>
    <message>
        <source>Triggers, coping, tags and warning signs</source>
        <translation>Detonantes, afrontamiento, etiquetas y señales de alerta</translation>
    </message>
    <message>
        <source>When entries were written</source>
        <translation>Cuándo se escribieron las entradas</translation>
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
        <source>Export entries</source>
        <translation>Exportar entradas</translation>
    </message>
    <message>
        <source>The whole journal</source>
        <translation>Todo el diario</translation>
    </message>
    <message>
        <source>Export from</source>
        <translation>Exportar desde</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Include what I wrote (titles, notes, situations, thoughts)</source>
        <translation>Incluir lo que escribí (títulos, notas, situaciones, pensamientos)</translation>
    </message>
    <message>
        <source>Include private entries</source>
        <translation>Incluir las entradas privadas</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <source>Mark as UTF-8 for Excel (byte-order mark)</source>
        <translation>Marcar como UTF-8 para Excel (marca de orden de bytes)</translation>
    </message>
    <message>
        <source>Protect the file with a passphrase</source>
        <translation>Proteger el archivo con una frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>La frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Se detuvo; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Choose at least one kind of entry to export.</source>
        <translation>Elige al menos un tipo de entrada para exportar.</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>El diario está bloqueado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries will be exported.</source>
        <translation>
            <numerusform>Se exportará %Ln entrada.</numerusform>
            <numerusform>Se exportarán %Ln entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private entries are left out.</source>
        <translation>
            <numerusform>%Ln entrada privada queda fuera.</numerusform>
            <numerusform>%Ln entradas privadas quedan fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %Ln characters.</source>
        <translation>
            <numerusform>Elige una frase de contraseña de al menos %Ln carácter.</numerusform>
            <numerusform>Elige una frase de contraseña de al menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to {path}.</source>
        <translation>
            <numerusform>Se exportó %Ln entrada a {path}.</numerusform>
            <numerusform>Se exportaron %Ln entradas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Exportar a un archivo…</translation>
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
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>You don&apos;t have to get through this alone.</source>
        <translation>No tienes que pasar por esto a solas.</translation>
    </message>
    <message>
        <source>If someone may be overdosing, call the emergency number now and give naloxone if you have it.</source>
        <translation>Si crees que alguien puede estar sufriendo una sobredosis, llama ahora al número de emergencias y dale naloxona si la tienes.</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>Country for crisis numbers</source>
        <translation>País para los números de crisis</translation>
    </message>
    <message>
        <source>Choose your country…</source>
        <translation>Elige tu país…</translation>
    </message>
    <message>
        <source>Your country:</source>
        <translation>Tu país:</translation>
    </message>
    <message>
        <source>Your support people</source>
        <translation>Tus personas de apoyo</translation>
    </message>
    <message>
        <source>Unlock your journal to see your support contacts.</source>
        <translation>Desbloquea tu diario para ver tus contactos de apoyo.</translation>
    </message>
    <message>
        <source>You have not added support contacts yet. You can add them in the Prevention plan.</source>
        <translation>Todavía no has añadido contactos de apoyo. Puedes añadirlos en el plan de prevención.</translation>
    </message>
    <message>
        <source>This app does not replace care from a professional. You can keep your own crisis numbers in the Prevention plan.</source>
        <translation>Esta app no sustituye la atención de un profesional. Puedes guardar tus propios números de crisis en el plan de prevención.</translation>
    </message>
    <message>
        <source>No numbers for a country yet.</source>
        <translation>Todavía no hay números de ningún país.</translation>
    </message>
    <message>
        <source>The country could not be saved: {reason}</source>
        <translation>No se pudo guardar el país: {reason}</translation>
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
    <message>
        <source>The most: {weekday}, {hours} ({count}).</source>
        <translation>Cuándo más: {weekday}, {hours} ({count}).</translation>
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
    <message numerus="yes">
        <source>%Ln urges logged.</source>
        <translation>
            <numerusform>%Ln impulso anotado.</numerusform>
            <numerusform>%Ln impulsos anotados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}: %Ln urges, mean intensity {intensity}</source>
        <translation>
            <numerusform>{when}: %Ln impulso, intensidad media {intensity}</numerusform>
            <numerusform>{when}: %Ln impulsos, intensidad media {intensity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}: %Ln urges</source>
        <translation>
            <numerusform>{when}: %Ln impulso</numerusform>
            <numerusform>{when}: %Ln impulsos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Tell from the file</source>
        <translation>Deducirlo del archivo</translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation>Importar entradas</translation>
    </message>
    <message>
        <source>Choose a file exported from Recovery Journal, Daylio, jrnl or Day One.</source>
        <translation>Elige un archivo exportado de Recovery Journal, Daylio, jrnl o Day One.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>This export is encrypted.</source>
        <translation>Esta exportación está cifrada.</translation>
    </message>
    <message>
        <source>What do these moods mean, from 1 (worst) to 10 (best)?</source>
        <translation>¿Qué significan estos estados de ánimo, del 1 (peor) al 10 (mejor)?</translation>
    </message>
    <message>
        <source>Use these moods</source>
        <translation>Usar estos estados de ánimo</translation>
    </message>
    <message>
        <source>The same moods for the command line (--mood-map)</source>
        <translation>Los mismos estados de ánimo para la línea de comandos (--mood-map)</translation>
    </message>
    <message>
        <source>Keep my versions of entries that differ from the file</source>
        <translation>Conservar mis versiones de las entradas que difieren del archivo</translation>
    </message>
    <message>
        <source>Entries imported before and changed since: leave them as they are in your journal instead of updating them from the file.</source>
        <translation>Entradas importadas antes y cambiadas desde entonces: déjalas como están en tu diario en lugar de actualizarlas desde el archivo.</translation>
    </message>
    <message>
        <source>Entries to be added</source>
        <translation>Entradas que se añadirán</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>la importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Stopped; nothing was added.</source>
        <translation>Se detuvo; no se añadió nada.</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>Exports and backups</source>
        <translation>Exportaciones y copias de seguridad</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Mood for {label}</source>
        <translation>Ánimo para {label}</translation>
    </message>
    <message>
        <source>On the command line:</source>
        <translation>En la línea de comandos:</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are listed.</source>
        <translation>
            <numerusform>Se muestra la primera (%Ln).</numerusform>
            <numerusform>Se muestran las primeras %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding {added} and updating %Ln entries…</source>
        <translation>
            <numerusform>Añadiendo {added} y actualizando %Ln entrada…</numerusform>
            <numerusform>Añadiendo {added} y actualizando %Ln entradas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entries to your journal.</source>
        <translation>
            <numerusform>Se añadió %Ln entrada a tu diario.</numerusform>
            <numerusform>Se añadieron %Ln entradas a tu diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %Ln entries from the file.</source>
        <translation>
            <numerusform>Se actualizó %Ln entrada desde el archivo.</numerusform>
            <numerusform>Se actualizaron %Ln entradas desde el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not open this file.</source>
        <translation>Esa frase de contraseña no abre este archivo.</translation>
    </message>
    <message>
        <source>Type the passphrase chosen when the file was exported.</source>
        <translation>Escribe la frase de contraseña que se eligió al exportar el archivo.</translation>
    </message>
    <message>
        <source>This Daylio file has moods of its own; say what each one means.</source>
        <translation>Este archivo de Daylio tiene sus propios estados de ánimo; indica qué significa cada uno.</translation>
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
    <name>LapseReviewDialog</name>
    <message>
        <source>Lapse review</source>
        <translation>Revisión de un desliz</translation>
    </message>
    <message>
        <source>Your lapse review</source>
        <translation>Tu revisión del desliz</translation>
    </message>
    <message>
        <source>Message about your review</source>
        <translation>Mensaje sobre tu revisión</translation>
    </message>
    <message>
        <source>Add “next time” to my prevention plan</source>
        <translation>Añadir «la próxima vez» a mi plan de prevención</translation>
    </message>
    <message>
        <source>Save my review</source>
        <translation>Guardar mi revisión</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Added to your prevention plan, for “{trigger}”.</source>
        <translation>Se añadió a tu plan de prevención, para «{trigger}».</translation>
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
    <name>LifeEventsDialog</name>
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
    <name>LockScreen</name>
    <message>
        <source>Your journal is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <source>Enter your passphrase to open it.</source>
        <translation>Escribe tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show the passphrase while you type it (make sure no one is looking)</source>
        <translation>Muestra la frase de contraseña mientras la escribes (asegúrate de que nadie esté mirando)</translation>
    </message>
    <message>
        <source>I forgot it: use my recovery key</source>
        <translation>La olvidé: usar mi clave de recuperación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Enter the recovery key you wrote down or saved, with or without dashes.</source>
        <translation>Escribe la clave de recuperación que anotaste o guardaste, con o sin guiones.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
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
        <source>&amp;Import entries…</source>
        <translation>&amp;Importar entradas…</translation>
    </message>
    <message>
        <source>&amp;Export entries…</source>
        <translation>&amp;Exportar entradas…</translation>
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
    <message>
        <source>Keep the dose private</source>
        <translation>Mantener la dosis privada</translation>
    </message>
    <message>
        <source>A private dose stays out of session mode and reports.</source>
        <translation>Una dosis privada queda fuera del modo sesión y de los informes.</translation>
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
    <message>
        <source>Mood {value} (7-day mean {mean})</source>
        <translation>Ánimo {value} (media de 7 días {mean})</translation>
    </message>
    <message>
        <source>Peak craving {value} (7-day mean {mean})</source>
        <translation>Ansia máxima {value} (media de 7 días {mean})</translation>
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
    <message numerus="yes">
        <source>{recorded} of %Ln days have entries.</source>
        <translation>
            <numerusform>{recorded} de %Ln día tiene entradas.</numerusform>
            <numerusform>{recorded} de %Ln días tienen entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days with a use.</source>
        <translation>
            <numerusform>%Ln día con consumo.</numerusform>
            <numerusform>%Ln días con consumo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries, including a use — click to open</source>
        <translation>
            <numerusform>%Ln entrada, con un consumo — haz clic para abrir</numerusform>
            <numerusform>%Ln entradas, con un consumo — haz clic para abrir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries — click to open</source>
        <translation>
            <numerusform>%Ln entrada — haz clic para abrir</numerusform>
            <numerusform>%Ln entradas — haz clic para abrir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
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
    <message>
        <source>Warning signs I have seen before</source>
        <translation>Señales de alerta que he visto antes</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
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
        <source>Entry</source>
        <translation>Entrada</translation>
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
    <name>QuestionnaireDialog</name>
    <message>
        <source>Nobody watches this app and nobody is told what you answer here. If you might act on these thoughts, or you are not safe right now, please call one of these numbers or someone you trust now.</source>
        <translation>Nadie vigila esta app y nadie se entera de lo que respondes aquí. Si crees que podrías actuar según estos pensamientos, o si ahora mismo no estás a salvo, llama ya a uno de estos números o a alguien de confianza, por favor.</translation>
    </message>
    <message>
        <source>The {instrument}&apos;s questions stay in English: no validated translation into your language is included, and one we made ourselves would no longer be the tested questionnaire. You can still answer them.</source>
        <translation>Las preguntas del {instrument} se quedan en inglés: no incluimos una traducción validada a tu idioma, y una hecha por nosotros ya no sería el cuestionario probado. Puedes responderlas igualmente.</translation>
    </message>
    <message>
        <source>Thank you for answering honestly. You deserve support right now.</source>
        <translation>Gracias por responder con sinceridad. Mereces apoyo ahora mismo.</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>Call your local emergency number. You can choose your country in Get help (F1).</source>
        <translation>Llama al número de emergencias de tu zona. Puedes elegir tu país en Pedir ayuda (F1).</translation>
    </message>
    <message>
        <source>Your support people</source>
        <translation>Tus personas de apoyo</translation>
    </message>
    <message>
        <source>You have not added support contacts yet; you can add them in the Prevention plan.</source>
        <translation>Todavía no has añadido contactos de apoyo; puedes añadirlos en el plan de prevención.</translation>
    </message>
    <message>
        <source>Thoughts like these are common when mood is low, and they can pass with help. Please tell your doctor or clinician about them too.</source>
        <translation>Pensamientos como estos son frecuentes cuando el estado de ánimo está bajo, y pueden pasar con ayuda. Cuéntaselos también a tu médico o a tu profesional de salud, por favor.</translation>
    </message>
    <message>
        <source>Every question is optional to fill in at all; the score counts only when all of them are answered. The result is something to talk over with your clinician, never a diagnosis.</source>
        <translation>Cada pregunta es opcional; la puntuación solo cuenta cuando todas tienen respuesta. El resultado es algo para hablar con tu profesional de salud, nunca un diagnóstico.</translation>
    </message>
    <message>
        <source>Question {key}: {text}</source>
        <translation>Pregunta {key}: {text}</translation>
    </message>
    <message>
        <source>{option}, question {key}</source>
        <translation>{option}, pregunta {key}</translation>
    </message>
    <message>
        <source>Private (left out of session mode and exports unless included)</source>
        <translation>Privada (fuera del modo sesión y de las exportaciones, salvo que la incluyas)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Ver mi resultado</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>Todas las preguntas tienen respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln answered.</source>
        <translation>
            <numerusform>{done} de %Ln respondida.</numerusform>
            <numerusform>{done} de %Ln respondidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue to my result</source>
        <translation>Continuar a mi resultado</translation>
    </message>
    <message>
        <source>{label}: {value} of {maximum}</source>
        <translation>{label}: {value} de {maximum}</translation>
    </message>
    <message>
        <source>{instrument}: your result</source>
        <translation>{instrument}: tu resultado</translation>
    </message>
    <message>
        <source>This is something to talk over with your clinician, not a diagnosis. Your scores over time are on the Charts view (Questionnaire scores).</source>
        <translation>Esto es algo para hablar con tu profesional de salud, no un diagnóstico. Tus puntuaciones a lo largo del tiempo están en la vista Gráficos (Puntuaciones de cuestionarios).</translation>
    </message>
    <message>
        <source>Keep your answers?</source>
        <translation>¿Conservar tus respuestas?</translation>
    </message>
    <message>
        <source>This questionnaire is not finished, so it has no score. Keep your answers so far for later, or discard them?</source>
        <translation>Este cuestionario no está terminado, así que no tiene puntuación. ¿Conservas tus respuestas hasta ahora para más tarde, o las descartas?</translation>
    </message>
    <message>
        <source>Answers not kept</source>
        <translation>No se conservaron las respuestas</translation>
    </message>
</context>
<context>
    <name>QuestionnairesView</name>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup to make it your journal again. The journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Elige una copia de seguridad para que vuelva a ser tu diario. Antes, el diario tal como está ahora se guarda como copia de seguridad, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restaurar esta copia…</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Elegir un archivo de copia…</translation>
    </message>
    <message>
        <source>A backup saved somewhere else, for example on a USB stick</source>
        <translation>Una copia de seguridad guardada en otro lugar, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>There are no backups yet. One is made each day and each time you close the app. A backup saved elsewhere can be chosen as a file.</source>
        <translation>Todavía no hay copias de seguridad. Se hace una cada día y cada vez que cierras la app. Una copia guardada en otro lugar se puede elegir como archivo.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Journal backups</source>
        <translation>Copias de seguridad del diario</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Passphrase for this backup</source>
        <translation>Frase de contraseña de esta copia</translation>
    </message>
    <message>
        <source>{name} is encrypted with its own key file. Type the passphrase it was saved with:</source>
        <translation>{name} está cifrada con su propio archivo de clave. Escribe la frase de contraseña con la que se guardó:</translation>
    </message>
    <message>
        <source>No passphrase was typed, so the backup was not opened.</source>
        <translation>No se escribió ninguna frase de contraseña, así que la copia no se abrió.</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Abriendo la copia de seguridad…</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln entries. Restore it to make it your journal.</source>
        <translation>
            <numerusform>{name}: %Ln entrada. Restáurala para que sea tu diario.</numerusform>
            <numerusform>{name}: %Ln entradas. Restáurala para que sea tu diario.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>Esta copia de seguridad no se puede restaurar.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message numerus="yes">
        <source>Make the backup from {when} (%Ln entries) your journal? The journal as it is now is kept as a backup first.</source>
        <translation>
            <numerusform>¿Hacer que la copia del {when} (%Ln entrada) sea tu diario? Antes, el diario tal como está ahora se guarda como copia de seguridad.</numerusform>
            <numerusform>¿Hacer que la copia del {when} (%Ln entradas) sea tu diario? Antes, el diario tal como está ahora se guarda como copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>The journal as it was is kept as {name}.</source>
        <translation>El diario tal como estaba se guarda como {name}.</translation>
    </message>
    <message>
        <source>It is stored without encryption, like the journal it replaced; File ▸ Encryption and passphrase… can encrypt it.</source>
        <translation>Se guarda sin cifrar, como el diario al que reemplazó; puedes cifrarlo en Archivo ▸ Cifrado y frase de contraseña…</translation>
    </message>
    <message numerus="yes">
        <source>Restored: your journal now has %Ln entries.</source>
        <translation>
            <numerusform>Restaurada: tu diario tiene ahora %Ln entrada.</numerusform>
            <numerusform>Restaurada: tu diario tiene ahora %Ln entradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>Call your local emergency number. You can choose your country in Get help (F1).</source>
        <translation>Llama al número de emergencias de tu zona. Puedes elegir tu país en Pedir ayuda (F1).</translation>
    </message>
    <message>
        <source>Please read: overdose safety</source>
        <translation>Lee esto, por favor: seguridad ante una sobredosis</translation>
    </message>
    <message>
        <source>Please read: safety</source>
        <translation>Lee esto, por favor: seguridad</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Lo he leído</translation>
    </message>
</context>
<context>
    <name>SafetyNoticeHook</name>
    <message>
        <source>A lapse is not the end of recovery: your days without use still count, and a new stretch starts now.</source>
        <translation>Un desliz no es el fin de la recuperación: tus días sin consumo siguen contando, y ahora empieza un nuevo tramo.</translation>
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
    <name>SecurityController</name>
    <message>
        <source>&amp;Lock the journal</source>
        <translation>&amp;Bloquear el diario</translation>
    </message>
    <message>
        <source>&amp;Encryption and passphrase…</source>
        <translation>&amp;Cifrado y frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Locking needs encryption: turn it on first</source>
        <translation>Para bloquear hace falta cifrado: actívalo primero</translation>
    </message>
    <message>
        <source>Locking needs encryption: turn it on in File ▸ Encryption and passphrase…</source>
        <translation>Para bloquear hace falta cifrado: actívalo en Archivo ▸ Cifrado y frase de contraseña…</translation>
    </message>
    <message>
        <source>Your unsaved entry is back in the editor.</source>
        <translation>Tu entrada sin guardar está de nuevo en el editor.</translation>
    </message>
    <message>
        <source>Cannot open the journal</source>
        <translation>No se puede abrir el diario</translation>
    </message>
    <message>
        <source>Change encryption</source>
        <translation>Cambia el cifrado</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaura una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: {reason}</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Haz la copia de seguridad</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup could not be made: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Backup saved: {name} (%Ln entries).</source>
        <translation>
            <numerusform>Copia de seguridad guardada: {name} (%Ln entrada).</numerusform>
            <numerusform>Copia de seguridad guardada: {name} (%Ln entradas).</numerusform>
        </translation>
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
    <message>
        <source>{counted}, {private} {description}</source>
        <translation>{counted}, {private} {description}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries (the newest shown)</source>
        <translation>
            <numerusform>%Ln entrada (se muestra la más reciente)</numerusform>
            <numerusform>%Ln entradas (se muestran las más recientes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them private.</source>
        <translation>
            <numerusform>%Ln de ellas es privada.</numerusform>
            <numerusform>%Ln de ellas son privadas.</numerusform>
        </translation>
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
    <message>
        <source>The words show in the entries step, one at a time, when you choose.</source>
        <translation>Las palabras se ven en el paso de las entradas, una a una, cuando tú lo decides.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews in this period, looking back at the use on: {days}.</source>
        <translation>
            <numerusform>%Ln revisión en este periodo, mirando atrás al consumo del: {days}.</numerusform>
            <numerusform>%Ln revisiones en este periodo, mirando atrás al consumo del: {days}.</numerusform>
        </translation>
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
        <source>Full screen, large type, private text hidden (F11)</source>
        <translation>Pantalla completa, letra grande, texto privado oculto (F11)</translation>
    </message>
    <message>
        <source>&amp;Session mode</source>
        <translation>&amp;Modo sesión</translation>
    </message>
</context>
<context>
    <name>SessionModeWindow</name>
    <message>
        <source>Session mode — {app}</source>
        <translation>Modo sesión — {app}</translation>
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
    <name>Setting</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Country for crisis numbers</source>
        <translation>País para los números de crisis</translation>
    </message>
    <message>
        <source>Get help shows the emergency and crisis numbers for this country, also while locked.</source>
        <translation>Pedir ayuda muestra los números de emergencia y de crisis de este país, también con el diario bloqueado.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Every view and dialog is laid out to fit from 8 to 24 points.</source>
        <translation>Cada vista y cada cuadro de diálogo se ajusta a tamaños de 8 a 24 puntos.</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The app changes language at once; nothing you are writing is lost.</source>
        <translation>La aplicación cambia de idioma al momento; no se pierde nada de lo que estás escribiendo.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes without use</source>
        <translation>Bloquear el diario tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>Only an encrypted journal can lock. 0 means never.</source>
        <translation>Solo un diario cifrado se puede bloquear. 0 significa nunca.</translation>
    </message>
    <message>
        <source>The default (5 minutes)</source>
        <translation>El valor predeterminado (5 minutos)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Automatic backups to keep, one a day</source>
        <translation>Copias de seguridad automáticas que se conservan, una al día</translation>
    </message>
    <message>
        <source>A backup is taken once a day and when the app closes; older ones are removed.</source>
        <translation>Se hace una copia de seguridad una vez al día y al cerrar la app; las más antiguas se eliminan.</translation>
    </message>
    <message>
        <source>Weekly backups to keep besides</source>
        <translation>Copias semanales que se conservan además</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Evening review (a time, or empty)</source>
        <translation>Repaso de la noche (una hora, o vacío)</translation>
    </message>
    <message>
        <source>What a check-in reminder says</source>
        <translation>Qué dice el recordatorio de registro</translation>
    </message>
    <message>
        <source>Reminders never show anything you wrote in the journal.</source>
        <translation>Los recordatorios nunca muestran nada de lo que escribiste en el diario.</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>Snooze for (minutes)</source>
        <translation>Posponer durante (minutos)</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Mostrar un icono en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Start when I log in</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Abrir minimizada en la bandeja</translation>
    </message>
    <message>
        <source>Hide everything (shortcut)</source>
        <translation>Ocultarlo todo (atajo de teclado)</translation>
    </message>
    <message>
        <source>Hides every window, locks an encrypted journal and clears what the app copied.</source>
        <translation>Oculta todas las ventanas, bloquea un diario cifrado y borra lo que la app copió.</translation>
    </message>
    <message>
        <source>Show the overdose safety facts after this many days without use</source>
        <translation>Mostrar la información de seguridad sobre sobredosis tras estos días sin consumo</translation>
    </message>
    <message>
        <source>After a break, tolerance drops quickly; a use after this many days brings up the facts.</source>
        <translation>Tras una pausa, la tolerancia baja rápido; un consumo después de estos días muestra la información.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Put questionnaire scores in the PDF report</source>
        <translation>Incluir las puntuaciones de los cuestionarios en el informe PDF</translation>
    </message>
    <message>
        <source>Your PHQ-9, GAD-7 and BAM scores over time, for your clinician. Off unless you choose.</source>
        <translation>Tus puntuaciones de PHQ-9, GAD-7 y BAM a lo largo del tiempo, para tu profesional de salud. Desactivado salvo que lo elijas.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>What using cost on a typical day (0: not shown)</source>
        <translation>Lo que costaba el consumo en un día típico (0: no se muestra)</translation>
    </message>
    <message>
        <source>Today shows the money regained since your recovery start.</source>
        <translation>Hoy muestra el dinero recuperado desde el inicio de tu recuperación.</translation>
    </message>
    <message>
        <source>Hours a typical day of using took (0: not shown)</source>
        <translation>Horas que ocupaba el consumo en un día típico (0: no se muestra)</translation>
    </message>
    <message>
        <source>Currency sign for the cost (e.g. €, $)</source>
        <translation>Símbolo de moneda para el costo (p. ej., €, $)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Not chosen (the system&apos;s region is used)</source>
        <translation>Sin elegir (se usa la región del sistema)</translation>
    </message>
    <message>
        <source>Unlock your journal to change this.</source>
        <translation>Desbloquea tu diario para cambiar esto.</translation>
    </message>
    <message>
        <source>“{setting}” could not be saved: {reason}.</source>
        <translation>No se pudo guardar «{setting}»: {reason}.</translation>
    </message>
    <message>
        <source>“{setting}” could not be saved: {reason}</source>
        <translation>No se pudo guardar «{setting}»: {reason}</translation>
    </message>
    <message>
        <source>your system&apos;s language</source>
        <translation>el idioma de tu sistema</translation>
    </message>
    <message>
        <source>Saved. Recovery Journal is now in {language}; nothing you were writing was lost.</source>
        <translation>Guardado. Recovery Journal ya está en {language}; no se perdió nada de lo que estabas escribiendo.</translation>
    </message>
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
    <message numerus="yes">
        <source>{band}: mood {mood}, craving {craving} (%Ln days)</source>
        <translation>
            <numerusform>{band}: ánimo {mood}, ansia {craving} (%Ln día)</numerusform>
            <numerusform>{band}: ánimo {mood}, ansia {craving} (%Ln días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days with sleep recorded. Means by sleep — {bands}.</source>
        <translation>
            <numerusform>%Ln día con sueño anotado. Medias según el sueño — {bands}.</numerusform>
            <numerusform>%Ln días con sueño anotado. Medias según el sueño — {bands}.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>On the last day of the range: %Ln days without use.</source>
        <translation>
            <numerusform>El último día del periodo: %Ln día sin consumo.</numerusform>
            <numerusform>El último día del periodo: %Ln días sin consumo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest in this range: %Ln days.</source>
        <translation>
            <numerusform>La más larga en este periodo: %Ln día.</numerusform>
            <numerusform>La más larga en este periodo: %Ln días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days with a use.</source>
        <translation>
            <numerusform>%Ln día con consumo.</numerusform>
            <numerusform>%Ln días con consumo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days without use</source>
        <translation>
            <numerusform>%Ln día sin consumo</numerusform>
            <numerusform>%Ln días sin consumo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubstanceQuestion</name>
    <message>
        <source>Which kind of substance is this?</source>
        <translation>¿Qué tipo de sustancia es esta?</translation>
    </message>
    <message>
        <source>“{name}” is new to the app. Which kind of substance is it? Your answer stays in your journal and keeps your days without use and the safety facts right. You will not be asked about this name again.</source>
        <translation>«{name}» es nuevo para la app. ¿Qué tipo de sustancia es? Tu respuesta se queda en tu diario y mantiene correctos tus días sin consumo y la información de seguridad. No se te volverá a preguntar por este nombre.</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>Prefiero no decirlo</translation>
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
    <name>TimelineTable</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
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
    <message>
        <source>Today could not be worked out just now: %1</source>
        <translation>No se pudo preparar Hoy en este momento: %1</translation>
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
    <message>
        <source>Your prevention plan</source>
        <translation>Tu plan de prevención</translation>
    </message>
    <message>
        <source>Welcome and first steps…</source>
        <translation>Bienvenida y primeros pasos…</translation>
    </message>
    <message numerus="yes">
        <source>Next milestone: %1, in %Ln day(s).</source>
        <translation>
            <numerusform>Próximo hito: %1, en %Ln día.</numerusform>
            <numerusform>Próximo hito: %1, en %Ln días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Show {app}</source>
        <translation>Mostrar {app}</translation>
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
    <message>
        <source>New check-in</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>Log an urge…</source>
        <translation>Anotar un impulso…</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Bloquear el diario</translation>
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
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerFrequencyChart</name>
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
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln triggers noted.</source>
        <translation>
            <numerusform>%Ln detonante anotado.</numerusform>
            <numerusform>%Ln detonantes anotados.</numerusform>
        </translation>
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
    <name>UrgeDialog</name>
    <message>
        <source>Log an urge</source>
        <translation>Anotar un impulso</translation>
    </message>
    <message>
        <source>How strong the urge is, 0 to 10</source>
        <translation>Qué tan fuerte es el impulso, de 0 a 10</translation>
    </message>
    <message>
        <source>How strong (0–10)</source>
        <translation>Intensidad (0–10)</translation>
    </message>
    <message>
        <source>What set it off? (optional)</source>
        <translation>¿Qué lo desencadenó? (opcional)</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
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
        <source>Right now I am</source>
        <translation>Ahora mismo siento</translation>
    </message>
    <message>
        <source>Where am I, what is going on? (optional)</source>
        <translation>¿Dónde estoy, qué está pasando? (opcional)</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Warning signs I notice in myself (optional)</source>
        <translation>Señales de alerta que noto en mí (opcional)</translation>
    </message>
    <message>
        <source>Warning signs I notice in myself</source>
        <translation>Señales de alerta que noto en mí</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save urge</source>
        <translation>Guardar impulso</translation>
    </message>
    <message>
        <source>Urge surfing (optional)</source>
        <translation>Surfear el impulso (opcional)</translation>
    </message>
    <message>
        <source>An urge is like a wave: it rises, peaks and passes, usually within 20 to 30 minutes. Start the timer and ride it out.</source>
        <translation>Un impulso es como una ola: sube, llega a su punto más alto y pasa, por lo general en 20 a 30 minutos. Pon en marcha el temporizador y déjalo pasar.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Minutes on the timer</source>
        <translation>Minutos del temporizador</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
    <message>
        <source>Time through the urge</source>
        <translation>Tiempo transcurrido del impulso</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>It passed</source>
        <translation>Pasó</translation>
    </message>
    <message>
        <source>I used</source>
        <translation>Consumí</translation>
    </message>
    <message>
        <source>Your plan for “{trigger}”:</source>
        <translation>Tu plan para «{trigger}»:</translation>
    </message>
    <message>
        <source>Leave this urge unsaved?</source>
        <translation>¿Salir sin guardar este impulso?</translation>
    </message>
    <message>
        <source>The timer is still running.</source>
        <translation>El temporizador sigue en marcha.</translation>
    </message>
    <message>
        <source>What you entered is not saved yet.</source>
        <translation>Lo que escribiste todavía no está guardado.</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Quedan {time}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Unlock your journal to save this urge.</source>
        <translation>Desbloquea tu diario para guardar este impulso.</translation>
    </message>
    <message>
        <source>The urge could not be saved: {reason}</source>
        <translation>No se pudo guardar el impulso: {reason}</translation>
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
    <name>WelcomeDialog</name>
    <message>
        <source>Where you are</source>
        <translation>Dónde estás</translation>
    </message>
    <message>
        <source>Your recovery</source>
        <translation>Tu recuperación</translation>
    </message>
    <message>
        <source>Your reasons</source>
        <translation>Tus razones</translation>
    </message>
    <message>
        <source>People you can reach</source>
        <translation>Personas a quienes puedes acudir</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Keeping it private</source>
        <translation>Mantenerlo privado</translation>
    </message>
    <message>
        <source>You can protect this journal with a passphrase. Then it is encrypted on this computer and opens only with the passphrase.</source>
        <translation>Puedes proteger este diario con una frase de contraseña. Así queda cifrado en este equipo y solo se abre con la frase de contraseña.</translation>
    </message>
    <message>
        <source>[b]If you forget the passphrase, nobody can open the journal for you[/b] — not us, not anyone. That is why the app also gives you a [b]recovery key[/b]: a long code to write on paper and keep somewhere safe. With it you can set a new passphrase.</source>
        <comment>keep the [b] and [/b] marks around the words to show in bold</comment>
        <translation>[b]Si olvidas la frase de contraseña, nadie puede abrir el diario por ti[/b]: ni nosotros ni nadie. Por eso la app también te da una [b]clave de recuperación[/b]: un código largo para anotar en papel y guardar en un lugar seguro. Con ella puedes poner una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>You can do this now or any time later from File ▸ Encryption and passphrase.</source>
        <translation>Puedes hacerlo ahora o cuando quieras desde Archivo ▸ Cifrado y frase de contraseña.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Saltar este paso</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Knowing where you are lets Get help show the right emergency and crisis numbers.</source>
        <translation>Saber dónde estás permite que Pedir ayuda muestre los números de emergencia y de crisis correctos.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>e.g. My local crisis line</source>
        <translation>p. ej., Mi línea de crisis local</translation>
    </message>
    <message>
        <source>Another number to call:</source>
        <translation>Otro número al que llamar:</translation>
    </message>
    <message>
        <source>Its number:</source>
        <translation>Su número:</translation>
    </message>
    <message>
        <source>A crisis number needs a name and a number.</source>
        <translation>Un número de crisis necesita un nombre y un número.</translation>
    </message>
    <message>
        <source>Choose a country to see its numbers. 112 reaches emergency services from most mobile phones.</source>
        <translation>Elige un país para ver sus números. El 112 comunica con los servicios de emergencia desde la mayoría de los teléfonos móviles.</translation>
    </message>
    <message>
        <source>Today counts your days without use from this day. You can add more later.</source>
        <translation>Hoy cuenta tus días sin consumo a partir de este día. Puedes añadir más después.</translation>
    </message>
    <message>
        <source>Opioids</source>
        <translation>Opioides</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Stimulants</source>
        <translation>Estimulantes</translation>
    </message>
    <message>
        <source>Cannabis</source>
        <translation>Cannabis</translation>
    </message>
    <message>
        <source>Benzodiazepines</source>
        <translation>Benzodiacepinas</translation>
    </message>
    <message>
        <source>What you are recovering from:</source>
        <translation>De qué te estás recuperando:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>A recovery start is a day that has already come; pick today or earlier.</source>
        <translation>El inicio de una recuperación es un día que ya llegó; elige hoy o un día anterior.</translation>
    </message>
    <message>
        <source>What is recovery for? Today shows your own words back to you.</source>
        <translation>¿Para qué es la recuperación? Hoy te devuelve tus propias palabras.</translation>
    </message>
    <message>
        <source>Reason {number}:</source>
        <translation>Razón {number}:</translation>
    </message>
    <message>
        <source>Up to three people you can call or message when it gets hard.</source>
        <translation>Hasta tres personas a quienes puedes llamar o escribir cuando se pone difícil.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name of person {number}</source>
        <translation>Nombre de la persona {number}</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>Phone of person {number}</source>
        <translation>Teléfono de la persona {number}</translation>
    </message>
    <message>
        <source>Person {number}:</source>
        <translation>Persona {number}:</translation>
    </message>
    <message>
        <source>A quiet reminder to check in, at the times you choose (like 09:00, 20:30). It says only “{message}” and never shows anything you wrote.</source>
        <translation>Un recordatorio discreto para hacer tu registro, a las horas que elijas (como 09:00, 20:30). Solo dice «{message}» y nunca muestra nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>21:30 (optional)</source>
        <translation>21:30 (opcional)</translation>
    </message>
    <message>
        <source>Check-in reminders:</source>
        <translation>Recordatorios de registro:</translation>
    </message>
    <message>
        <source>Evening review:</source>
        <translation>Repaso de la noche:</translation>
    </message>
    <message>
        <source>The other times were saved.</source>
        <translation>Las demás horas se guardaron.</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Poner una frase de contraseña…</translation>
    </message>
    <message>
        <source>This journal already has a passphrase.</source>
        <translation>Este diario ya tiene una frase de contraseña.</translation>
    </message>
    <message>
        <source>Time for your check-in</source>
        <translation>Es hora de tu registro</translation>
    </message>
    <message numerus="yes">
        <source>Step {number} of %Ln</source>
        <translation>
            <numerusform>Paso {number} de %Ln</numerusform>
            <numerusform>Paso {number} de %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Unlock your journal to save this.</source>
        <translation>Desbloquea tu diario para guardar esto.</translation>
    </message>
    <message>
        <source>Welcome and first steps</source>
        <translation>Bienvenida y primeros pasos</translation>
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
    <message>
        <source>Calendar: {field}</source>
        <translation>Calendario: {field}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
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
