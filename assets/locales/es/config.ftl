## The config file's keys and messages (settings window, welcome, `knotless config check`).
## Keys, section names and values in the file (movement.every, [movement], "45m", true,
## upper_back) are the file's contract and stay as they are: never translate them inside
## a message.

## The titles of the settings window's groups of keys (headings on the More page, row
## labels on the Common page).

config-group-move = Pausas activas
config-group-micro-pauses = Micropausas
config-group-water = Agua
config-group-working-hours = Horario laboral
config-group-sound = Sonido
config-group-login = Inicio automático
config-group-language = Idioma
config-group-focus = Zonas prioritarias
config-group-at-hand = Lo que tienes a mano
config-group-snoozing = Aplazamientos y recordatorios perdidos
config-group-busy = Sin interrupciones
config-group-away = Ausencias y pausas
config-group-days = Días y horario laboral
config-group-desk = Escritorio elevable
config-group-check-ins = Chequeos del cuerpo
config-group-voice = Lectura en voz alta
config-group-suggestions = Qué ejercicios sugerir

## One message per config key, named config-SECTION-KEY: its label in the settings window
## (the text of a row, or of a checkbox for a true/false key), also the name a screen reader
## reads for its control and the name in "No se puede guardar: revisa “…”".

# [movement]
config-movement-every = Recordarme moverme tras
config-movement-length = Duración de la pausa
config-movement-snooze = Posponer durante
config-movement-max_snoozes = Aplazamientos permitidos por pausa
config-movement-heads_up = Aviso discreto antes de la pausa (0s: ninguno)
config-movement-insist = Si no respondo a un recordatorio

# [micro_pause]
config-micro_pause-enabled = Micropausas (postura y vista)
config-micro_pause-every = Micropausa cada

# [hydration]
config-hydration-enabled = Recordatorios para beber agua
config-hydration-every = Recordatorio de agua cada

# [checkin]
config-checkin-enabled = Preguntar cómo noto el cuerpo tras una pausa
config-checkin-every = Preguntar como máximo cada

# [sound]
config-sound-cues = Sonidos durante la pausa
config-sound-volume = Volumen de los sonidos
config-sound-voice = Leer cada paso en voz alta

# [presence]
config-presence-natural_break_after = Considerarme ausente tras una inactividad de

# [standing]
config-standing-enabled = Tengo un escritorio elevable
config-standing-every = Sugerir ponerme de pie tras pasar en la silla
config-standing-for = Estar de pie unos
config-standing-max = Sugerir cambiar de posición tras estar de pie

# [schedule]
config-schedule-merge_within = Agrupar recordatorios que coincidan en menos de
config-schedule-answer_within = Dar un recordatorio por perdido tras
config-schedule-morning = “Pausar hasta mañana” termina a las

# [context]
config-context-max_sitting = Aviso suave, aun sin poder interrumpir, tras pasar en la silla
config-context-grace = Cuando vuelva a estar libre, esperar
config-context-do_not_disturb = Esperar si las notificaciones están silenciadas
config-context-fullscreen = Esperar si hay una ventana a pantalla completa
config-context-inhibitors = Esperar si un video o una llamada mantiene activa la pantalla
config-context-camera = Esperar si la cámara está en uso

# [calendar]
config-calendar-sources = Calendarios con mis reuniones
config-calendar-before = Ofrecer una pausa si una reunión empieza en menos de
config-calendar-me = Mi dirección en las invitaciones

# [working_hours]
config-working_hours-enabled = Recordarme solo en horario laboral
config-working_hours-monday = Lunes
config-working_hours-tuesday = Martes
config-working_hours-wednesday = Miércoles
config-working_hours-thursday = Jueves
config-working_hours-friday = Viernes
config-working_hours-saturday = Sábado
config-working_hours-sunday = Domingo

# [startup]
config-startup-autostart = Abrir knotless al iniciar sesión

# [ui]
config-ui-language = Idioma

# [suggestions]
config-suggestions-focus = Zonas prioritarias
config-suggestions-equipment = Lo que tienes a mano
config-suggestions-positions = Posiciones que te resultan cómodas
config-suggestions-exclude = Ejercicios excluidos

## What a key allows, in words: the end of a problem's message (`config check`) and of the
## settings window's report ("…; valores permitidos: una duración de 10s a 8h").

# $min, $max: durations as the file writes them ("10s", "8h").
config-allowed-duration = una duración de { $min } a { $max }
# $min, $max: whole numbers.
config-allowed-count = un número entero de { $min } a { $max }
# true and false are the file's words: keep them.
config-allowed-bool = true o false
config-allowed-time-of-day = una hora del día como "08:00"
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-names = una lista de: { $names }
# `knotless exercises list` is a command: keep it.
config-allowed-ids = una lista de ids de ejercicios (`knotless exercises list`)
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-choice = uno de: { $names }
config-allowed-text = texto entre comillas, o ""
config-allowed-sources = una lista de archivos .ics (ruta completa, o bajo ~/) y direcciones https://
# "off" is the file's word: keep it.
config-allowed-hours = un intervalo como "09:00-17:30" ("22:00-06:00" pasa de medianoche) u "off"

## Why a value cannot be used for a key (`config check`, after "line:column: key = value:").
## $allowed is one of the config-allowed-* texts above.

# $reason: what could not be read, in English (from a library).
config-value-not-a-duration = no es una duración ({ $reason }); escríbela como "45m", "1h30m" o "20s"
config-value-no-unit = una duración necesita una unidad, como "45m" o "20s"; valores permitidos: { $allowed }
config-value-not-a-list = se esperaba una lista entre corchetes, como ["a", "b"]; valores permitidos: { $allowed }
config-value-expected = se esperaba { $allowed }
# $name: the value written in the file.
config-value-unknown-name = "{ $name }" no es ninguno de ellos; valores permitidos: { $allowed }
# $name: the value written in the file; $suggestion: the allowed value closest to it.
config-value-unknown-name-did-you-mean = "{ $name }" no es ninguno de ellos (¿quisiste decir "{ $suggestion }"?); valores permitidos: { $allowed }
config-value-out-of-range = fuera de rango; valores permitidos: { $allowed }
# $path: a file; $reason: the system's reason.
config-value-unreadable = no se puede leer { $path }: { $reason }

## Problems with the file's layout (`config check`, after "line:column: name:").

# $reason: the TOML parser's reason, in English.
config-problem-not-toml = no es TOML válido: { $reason }
# $name: a section's name written as a key; [{ $name }] is how a section is written.
config-problem-not-a-section = `{ $name }` debe ser una sección, escrita [{ $name }]
# $name: the unknown section; $sections: the sections there are, comma-separated.
config-problem-unknown-section = sección desconocida [{ $name }]; las secciones son { $sections }
# $name: the unknown section; $suggestion: the section closest to it.
config-problem-unknown-section-did-you-mean = sección desconocida [{ $name }]; ¿quisiste decir [{ $suggestion }]?
# $name: a key written before any section.
config-problem-outside-section = `{ $name }` debe estar dentro de una sección
# $name: a key written before any section; $section: the section that has that key.
config-problem-outside-section-did-you-mean = `{ $name }` debe estar dentro de una sección; ¿quisiste decir `{ $name }` en [{ $section }]?
# $section: the section; $names: its keys, comma-separated.
config-problem-unknown-key = clave desconocida; [{ $section }] tiene { $names }
# $suggestion: the key of that section closest to the one written.
config-problem-unknown-key-did-you-mean = clave desconocida; ¿quisiste decir `{ $suggestion }`?

## `knotless config path` and `knotless config check`. $path: the config file.

# On stderr after the path, when there is no file there.
config-path-none = (aún no hay ningún archivo ahí: knotless usa los valores predeterminados; `knotless config default > "{ $path }"` crea uno)
config-check-no-file = no hay ningún archivo de configuración en { $path }
config-check-defaults = { $path }: no hay archivo de configuración; knotless usa los valores predeterminados
# $reason: the system's reason.
config-check-unreadable = no se puede leer { $path }: { $reason }
config-check-ok = { $path }: correcto
# The last line, after each problem on a line of its own. $count: how many problems.
config-check-problems = { $count ->
    [one] { $count } problema en { $path }; esas claves mantienen sus valores predeterminados hasta que se corrija
   *[other] { $count } problemas en { $path }; esas claves mantienen sus valores predeterminados hasta que se corrijan
}
