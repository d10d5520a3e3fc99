# The command line's own words: `knotless plan`, `knotless status` framing, the verbs that
# talk to the daemon, `exercises list/show`, history, and the errors a person reads
# (printed after "knotless: "). Text in `backticks` is a command, option or config key:
# keep it as it is.

## `knotless plan`: a simulated day, as a timeline. Durations ($every, $length, $sitting…)
## are written as in the config file ("40m", "1h 30m"); $time is a time of day ("14:05").

# The first line; $script describes the simulated day (e.g. "8h at the desk").
cli-plan-title = Plan de { $days ->
        [one] { $days } día simulado
       *[other] { $days } días simulados
    }: { $script }.
# The second line, the settings the plan runs with; $unanswered is one of cli-plan-insist-…,
# $micro_pause and $hydration cli-plan-every or cli-plan-off; with a heads-up ($heads_up_secs
# more than 0), the heads-up $heads_up before each break.
cli-plan-movement-line = Pausa activa cada { $every } en la silla ({ $length } de duración, posponer { $snooze } hasta { $max_snoozes }×{ $heads_up_secs ->
        [0] {""}
       *[other] , aviso previo { $heads_up } antes
    }; sin respuesta: { $unanswered }); micropausa { $micro_pause }; hidratación { $hydration }; ausente tras { $away } sin actividad.
cli-plan-every = cada { $every }
cli-plan-off = desactivada
# What happens to an unanswered movement break ([movement] insist).
cli-plan-insist-never = se da por perdida al momento
cli-plan-insist-gentle = se pregunta una vez más
cli-plan-insist-firm = se pregunta una vez más y luego en la ventana de pausa
# With a sit-stand desk.
cli-plan-standing = Escritorio elevable: de pie { $stand_for } tras { $every } en la silla; cambio de posición tras { $max } de pie.
cli-plan-standing-script = Escritorio elevable (activado para este plan: el guion incluye estar de pie): de pie { $stand_for } tras { $every } en la silla; cambio de posición tras { $max } de pie.
# $count: meetings found; $before: how early a break is offered before one.
cli-plan-meetings = { $count ->
        [one] { $count } reunión
       *[other] { $count } reuniones
    } del calendario: ningún recordatorio durante ellas; si una pausa toca a menos de { $before } de una reunión, se ofrece antes de ella.
# The totals after several days.
cli-plan-totals = En { $days } días: { $sitting } en la silla (aprox. { $per_day } al día), tramo más largo { $longest }, { $taken } pausas realizadas, { $skipped } omitidas, { $missed } perdidas.

## The timeline's lines.

# A reminder when its kind leads; $sitting: time sat.
cli-plan-movement = pausa activa pendiente ({ $sitting } en la silla)
cli-plan-stand = ¿ponerte de pie un rato? ({ $sitting } en la silla)
cli-plan-change_position = cambiar de posición: siéntate un rato o camina
cli-plan-micro_pause = micropausa: revisa la postura, descansa la vista
cli-plan-hydration = hidratación: un vaso de agua
# $reminder: one of the lines above, asked again after a snooze.
cli-plan-again = { $reminder } de nuevo
# Asked again after it went unanswered $times times.
cli-plan-again-unanswered = { $reminder } de nuevo (sin respuesta { $times ->
        [1] una vez
        [2] dos veces
       *[other] { $times } veces
    })
cli-plan-again-in-window = { $reminder } de nuevo en la ventana de pausa (sin respuesta { $times ->
        [1] una vez
        [2] dos veces
       *[other] { $times } veces
    })
# A reminder that carries other kinds: $others, their names joined by cli-plan-with-separator.
cli-plan-with = { $reminder } + { $others }
cli-plan-with-separator = {" + "}
# $time: the meeting's end; $summary: its title from the calendar.
cli-plan-meeting = reunión hasta las { $time }
cli-plan-meeting-named = reunión hasta las { $time }: { $summary }
cli-plan-meeting-held = en una reunión: pausa en espera ({ $sitting } en la silla)
# $reminder: a reminder's line; $time: the meeting's start.
cli-plan-before-meeting = { $reminder }, antes de la reunión de las { $time }
# $left: snoozes left.
cli-plan-snoozed = pospuesta { $length } ({ $left ->
        [one] queda { $left } aplazamiento
       *[other] quedan { $left } aplazamientos
    })
cli-plan-break-asked = pausa iniciada a petición
cli-plan-break-started = pausa iniciada
cli-plan-break-done = pausa hecha tras { $length }
cli-plan-break-done-away = pausa hecha: lejos del equipo ({ $length })
cli-plan-skipped = omitida
cli-plan-abandoned = pausa abandonada
cli-plan-missed = perdida: sin respuesta
cli-plan-ignored = sin respuesta: se vuelve a preguntar al cabo de un aplazamiento
cli-plan-heads-up = aviso previo: pausa en { $left }
cli-plan-natural-break = de vuelta tras { $away } fuera: pausa natural
cli-plan-sat = · { $length } seguidos en la silla
cli-plan-paused-for = en pausa durante { $length }
cli-plan-paused = en pausa
cli-plan-resumed = reanudado
cli-plan-stood-up = de pie
cli-plan-stand-ended = fin del tiempo de pie tras { $length }
cli-plan-sat-down = de vuelta a la silla tras { $length } de pie
cli-plan-later = más tarde: en { $length }
cli-plan-busy = no conviene interrumpir: pausa en espera ({ $sitting } en la silla)

## Warnings and errors (after "knotless: " unless they start with "warning:").

# $problem: which calendar and what is wrong.
cli-warning-calendar = aviso: calendario { $problem }
cli-error-idle-script = no se puede leer el guion de actividad { $path }: { $error }
# $address: the socket or pipe knotless listens on.
cli-error-not-running = knotless no está en marcha (nada responde en { $address }); inícialo con `knotless`
cli-error-no-status = el proceso en segundo plano no envió ningún estado
# $error: what the system said.
cli-error-history-write = no se puede escribir el historial: { $error }
cli-error-write = no se puede escribir { $path }: { $error }
cli-error-read = no se puede leer { $path }: { $error }
cli-error-no-config = no hay ningún archivo de configuración en { $path }
# On a system the background reminder does not support yet.
cli-error-no-daemon-here = por ahora, el recordatorio en segundo plano funciona en Linux, los BSD y Windows; `knotless plan` muestra cómo caerían los recordatorios en tu día
# A config problem, when a command reads the config; $problem: the line and what is wrong.
cli-warning-config = aviso: { $path }:{ $problem } (se usa su valor predeterminado)
# Lines of the history file that had to be skipped; $line: its number; $reason: why.
cli-warning-history-torn = aviso: { $path }:{ $line }: se omitió la última línea, incompleta (¿cortada por un fallo?): { $reason }
cli-warning-history-unreadable = aviso: { $path }:{ $line }: se omitió una línea ilegible: { $reason }

## `knotless break` and `knotless welcome` without a desktop.

# Printed above the steps when no daemon runs.
cli-break-not-counted = knotless no está en marcha, así que esta pausa no se cuenta
cli-break-nothing-waiting = Ninguna pausa activa espera respuesta.
# $opened: what `knotless settings` did (opened the config file in an editor, or where it is).
cli-welcome-no-desktop = La bienvenida es una ventana y aquí no hay escritorio. Las mismas opciones son [suggestions] focus y equipment, y [startup] autostart, en tu configuración: { $opened }

## `knotless exercises list` and `show`.

# The list's column headings (short: the columns are narrow).
cli-exercises-column-id = ID
cli-exercises-column-kind = TIPO
cli-exercises-column-where = DÓNDE
cli-exercises-column-time = TIEMPO
cli-exercises-column-title = TÍTULO
# After an exercise of the user's own.
cli-exercises-yours = (tuyo)
# Under the list; $dir: the folder of the user's own exercises. ID stays as it is.
cli-exercises-count = { $count } ejercicios ({ $yours } tuyos, de { $dir }). `knotless exercises show ID` para ver los pasos.
# `show` of an id that does not exist; $suggestion: a similar id.
cli-exercises-unknown = no existe el ejercicio `{ $id }` (`knotless exercises list` los muestra todos)
cli-exercises-unknown-did-you-mean = no existe el ejercicio `{ $id }`; ¿quisiste decir `{ $suggestion }`?
# Where an exercise comes from: the user's own file ($path), or built in.
cli-exercises-origin-yours = tuyo, { $path }
cli-exercises-origin-built-in = integrado
# `show`'s first line: $origin is one of the two above.
cli-exercises-show-title = { $title }  ({ $id }, { $origin })
# `show`'s second line: $regions the body areas, $kind, $position, $needs the equipment
# (or cli-exercises-needs-nothing), $length ("1m 30s").
cli-exercises-show-works = Trabaja: { $regions } · { $kind } · { $position } · necesita: { $needs } · { $length }
cli-exercises-needs-nothing = nada
cli-exercises-list-separator = {", "}
# An exercise file that cannot be read; $problem: the file and what is wrong.
cli-warning-exercise-file = aviso: { $problem } (se omite este archivo)
# A duration on the command line (`knotless pause 30m`) that cannot be read; $error: why.
cli-error-duration = { $error }; escríbela como "30m" o "1h30m"
cli-error-duration-short = debe ser de al menos 10s
# Talking to the running knotless failed; $address: its socket or pipe; $error: the
# system's reason; $detail: what was wrong with its answer.
cli-error-call-nothing = nada responde en { $address }
cli-error-call-io = al comunicarse con knotless en { $address }: { $error }
cli-error-call-garbled = knotless en { $address } respondió algo ilegible: { $detail }
# $path: a file; $error: the system's reason.
cli-error-history-file-write = no se puede escribir el historial { $path }: { $error }
cli-error-history-file-read = no se puede leer el historial { $path }: { $error }
cli-error-create = no se puede crear { $path }: { $error }
cli-error-no-home = no se encuentra tu carpeta personal (¿está definida $HOME?)
# A web calendar ($url, its address without secrets).
cli-error-calendar-not-fetched = { $url }: aún no se ha descargado (knotless, mientras está en marcha, lo descarga cuando estás presente)
cli-error-fetch-no-curl = { $url }: no se puede ejecutar curl para descargarlo: { $error }
# $reason: what is wrong with the file (the parser's words).
cli-error-fetch-malformed = { $url }: no es un calendario: { $reason }
cli-error-fetch-cache = { $url }: no se puede guardar una copia en { $path }: { $error }

## `knotless settings` without a desktop: the config file was opened in an editor, or (when
## none could open) where to edit it. $path: the config file.

cli-settings-opened = Se abrió { $path }: ahí se explica cada clave, y si knotless está en marcha, aplica tus cambios en cuanto guardas (revísalos con `knotless config check`).
cli-settings-edit = Edita { $path }: ahí se explica cada clave, y si knotless está en marcha, aplica tus cambios en cuanto guardas (revísalos con `knotless config check`).

## `knotless --help` and `knotless VERB --help`. The message cli-help-VERB is the verb's
## one-line description; .long its longer one (`--help`), .after the text after the options;
## .arg-NAME an option's or argument's help. Text in `backticks`, --options, FILE, AREA and
## the like are what one types: keep them as they are. {"{"} and {"}"} write a brace.

# The headings of the help (clap shows them followed by a colon).
cli-help-heading-usage = Uso:
cli-help-heading-commands = Comandos
cli-help-heading-options = Opciones
cli-help-heading-arguments = Argumentos
# The -h and -V options.
cli-help-flag-help = Mostrar la ayuda
# -h when --help says more, and --help then.
cli-help-flag-help-more = Mostrar la ayuda (más detalles con '--help')
cli-help-flag-help-summary = Mostrar la ayuda (un resumen con '-h')
cli-help-flag-version = Mostrar la versión

cli-help-knotless =
    knotless: muévete a menudo, muévete con variedad. Un recordatorio de pausas ligero que mide el tiempo que pasas en la silla
    .after =
        Inícialo una vez (por ejemplo, al iniciar sesión) y olvídate: `knotless` vive en la bandeja del sistema,
        cuenta cuánto tiempo llevas en la silla y, en los momentos adecuados, te propone una pausa activa
        corta y variada. Todo lo demás se comunica con esa copia en marcha.

        Archivos:
          configuración  $XDG_CONFIG_HOME/knotless/config.toml   (`knotless config path`)
          historial      $XDG_DATA_HOME/knotless/history.jsonl    (`knotless history export`)

        Códigos de salida: 0 correcto, 1 fallo, 2 uso o entrada incorrectos, 3 knotless no está en marcha.
cli-help-run =
    Iniciar el recordatorio en segundo plano (bandeja + notificaciones); la opción predeterminada. Si ya está en marcha, le pasa el control y termina
cli-help-status =
    Mostrar el tiempo en la silla, la presencia, los próximos recordatorios, el estado de pausa y los canales que faltan
    .arg-json =
        Un objeto JSON (nombres de campo estables, para scripts y barras de estado)
    .arg-format =
        Una línea a partir de una plantilla, para barras de estado: `--format '{"{"}sitting{"}"} · {"{"}next{"}"}'`. Marcadores: {"{"}sitting{"}"} {"{"}sitting_secs{"}"} {"{"}next{"}"} {"{"}next_secs{"}"} {"{"}presence{"}"} {"{"}phase{"}"} {"{"}paused{"}"} {"{"}snoozes_left{"}"} {"{"}posture{"}"} {"{"}standing{"}"} {"{"}standing_secs{"}"} {"{"}tooltip{"}"}; `{"{"}{"{"}` y `{"}"}{"}"}` para las llaves
cli-help-break =
    Empezar ahora una micropausa con la siguiente sugerencia, guiada en la ventana de pausa (donde no hay escritorio, se imprimen sus pasos)
    .arg-now =
        Empezarla enseguida, aunque no toque ninguna pausa (lo que `break` hace de todos modos; se mantiene para scripts)
    .arg-prompt =
        Preguntar primero: la ventana muestra el recordatorio pendiente con Empezar pausa / Posponer / Omitir. knotless, si está en marcha, la abre así cuando no hay servidor de notificaciones
cli-help-pause =
    Pausar los recordatorios un tiempo: `pause 30m`, `pause 2h`, `pause --until-tomorrow`, o `pause` solo hasta `knotless resume`
    .arg-secs =
        Cuánto tiempo, como "30m" o "1h30m"
    .arg-until_tomorrow =
        Hasta mañana por la mañana (`schedule.morning` en la configuración; las 08:00 por defecto)
cli-help-resume =
    Volver a recordar tras una pausa
cli-help-snooze =
    Posponer la pausa activa que se está mostrando (según `movement.snooze` si no se indica)
    .arg-secs =
        Cuánto tiempo, como "5m"
cli-help-skip =
    Omitir la pausa activa que se está mostrando, o la siguiente
cli-help-stand =
    Te has puesto de pie en un escritorio elevable: el tiempo de pie no cuenta como tiempo en la silla, así que la pausa activa se retrasa lo que estés de pie (requiere `[standing] enabled`)
cli-help-sit =
    Has vuelto a la silla: el contador de tiempo en la silla sigue donde se detuvo
cli-help-quit =
    Detener el recordatorio en segundo plano
cli-help-settings =
    Abrir la ventana de configuración (sin escritorio: tu archivo de configuración en tu editor, creado con cada clave explicada si no existe); knotless, si está en marcha, aplica al momento lo que guardes
cli-help-welcome =
    Volver a ver la bienvenida: qué hacen los recordatorios, tus zonas prioritarias, lo que tienes a mano y si abrir knotless al iniciar sesión (se guarda en tu archivo de configuración)
cli-help-stats =
    Tus últimos días: tiempo en la silla, tramo más largo, pausas por resultado y zonas del cuerpo que moviste, en la ventana de estadísticas (una tabla con `--text` o sin escritorio)
    .arg-text =
        Imprimir una tabla en lugar de abrir la ventana (para scripts y terminales)
    .arg-days =
        Cuántos días mostrar
cli-help-checkin =
    Indicar cómo notas el cuerpo ahora: cada zona de 0 (bien) a 10, y cualquier señal de alarma
    .long =
        Indicar cómo notas el cuerpo ahora: cada zona de 0 (bien) a 10, y cualquier señal de alarma.

        `knotless checkin neck=2 shoulders=5 --warning shoulders`. Una zona con una señal de alarma o con dolor de 9 o más queda en reposo: no se sugiere nada que la cargue hasta que un chequeo la puntúe con 3 o menos y sin señales de alarma. Sin respuestas: las zonas que responder ahora, primero las que están en reposo, y el motivo de cada una.
    .arg-answers =
        AREA=PUNTUACIÓN para cada zona, como `neck=2`: neck, shoulders, upper_back, lower_back, chest, hips, wrists, legs; de 0 (bien) a 10
    .arg-warning =
        Entumecimiento, hormigueo, hinchazón o dolor que limita tu día a día en AREA (repítelo para más zonas)
    .arg-window =
        Responder en una ventana (la que abre “Hacer un chequeo” en la bandeja)
cli-help-report =
    Un resumen en texto plano para llevar a un fisioterapeuta: cómo se ha notado cada zona con el tiempo (según tus chequeos), señales de alarma, lo que probaste y lo que ayudó
    .arg-days =
        Cuántos días hacia atrás
cli-help-plan =
    Simular el planificador con tu configuración en días de trabajo simulados e imprimir la cronología
    .long =
        Simular el planificador con tu configuración en días de trabajo simulados e imprimir la cronología.

        Sin guion, cada día es escritura continua desde las 09:00, con 45 minutos de comida fuera a mitad de jornada. Con `--idle-script FILE`, cada día sigue el archivo: una línea por cambio, como `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `17:30 end` (`#` inicia un comentario; `passive 3m` significa una entrada cada 3 minutos).
    .arg-hours =
        Horas ante el equipo por día simulado (sin guion)
    .arg-idle_script =
        Reproducir un día con guion en lugar del predeterminado: una línea por cambio, como `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `16:00 standing`, `16:40 sitting` y, al final, `17:30 end`
    .arg-days =
        Cuántos días simular (con más de uno se imprime una línea por día; ver --timeline)
    .arg-start =
        Primer día simulado, AAAA-MM-DD (por defecto: hoy)
    .arg-respond =
        Cómo responde la versión simulada de ti a los recordatorios de movimiento
    .arg-timeline =
        Imprimir todos los eventos incluso con muchos días
    .arg-config =
        Usar este archivo de configuración en lugar del tuyo
    .arg-calendar =
        Planificar en torno a las reuniones de este archivo .ics (se puede indicar más de una vez), además de las de los calendarios de la configuración
cli-help-config =
    Dónde está el archivo de configuración, revisarlo o imprimir los valores predeterminados documentados
cli-help-config-path =
    Imprimir la ruta de tu archivo de configuración
cli-help-config-check =
    Revisar un archivo de configuración (el tuyo salvo que se indique FILE); sale con 2 si hay algún error
cli-help-config-default =
    Imprimir la configuración predeterminada, con cada clave documentada
cli-help-exercises =
    La biblioteca de ejercicios: listarlos, mostrar uno o revisar un archivo propio
cli-help-exercises-list =
    Listar todos los ejercicios (integrados y propios)
cli-help-exercises-show =
    Mostrar un ejercicio con sus pasos y advertencias
cli-help-exercises-check =
    Revisar un archivo de ejercicio propio; sale con 2 si hay algún error
cli-help-exercises-render =
    Dibujar la figura de un ejercicio, un SVG por fotograma clave, para crear los tuyos y para revisarlos: `knotless exercises render calf-raises --out /tmp/fig` (o un FILE tuyo). `--all` dibuja todos los ejercicios y una hoja de contactos con todos ellos
    .arg-target =
        Un id de ejercicio, o la ruta de un archivo de ejercicio
    .arg-out =
        La carpeta donde escribir (se crea si no existe)
    .arg-all =
        Todos los ejercicios de la biblioteca, y `contact-sheet.svg`
    .arg-size =
        Tamaño en píxeles de cada dibujo (cuadrado)
cli-help-history =
    Tu historial de pausas
cli-help-history-export =
    Imprimir todo tu historial en otro formato (en stdout salvo que se use --output)
    .arg-output =
        Escribir en este archivo en lugar de stdout
cli-help-manpages =
    Escribir las páginas de manual (knotless.1 y una página por verbo) en DIR; para empaquetadores (`make install` lo hace)
cli-help-completions =
    Imprimir un script de autocompletado para la shell, p. ej. `knotless completions bash > ~/.local/share/bash-completion/completions/knotless`
