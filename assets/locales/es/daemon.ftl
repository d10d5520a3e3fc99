# The daemon's words: the tray's tooltip, `knotless status` and `status --format`, and
# the replies `knotless pause`, `snooze`, `stand` and the other verbs print.

## Short durations, in menus, the tooltip, status lines and notifications.
## $secs, $min, $hours: numbers; $min in daemon-short-hours-min is two digits ("05").

# "40 s"
daemon-short-secs = { $secs } s
# "23 min"
daemon-short-min = { $min } min
# "1 h 05 min"
daemon-short-hours-min = { $hours } h { $min } min

## An exercise's length to the second: "45 s", "2 min", "1 min 30 s".

daemon-length-secs = { $secs } s
daemon-length-min = { $min } min
daemon-length-min-secs = { $min } min { $secs } s

## The tray's tooltip (and the status line at the top of its menu): where you are, then
## what comes next, e.g. "23 min en la silla · próxima pausa en 17 min".
## $sitting, $standing, $left: short durations ("23 min"); $time: a time of day ("14:05").

# The whole tooltip: $presence is one of the daemon-tooltip-away/-standing/-sitting texts,
# $next one of the texts after them.
daemon-tooltip = { $presence } · { $next }
daemon-tooltip-away = ausente
daemon-tooltip-standing = { $standing } de pie ({ $sitting } en la silla)
daemon-tooltip-sitting = { $sitting } en la silla
daemon-tooltip-paused-until = en pausa hasta las { $time }
daemon-tooltip-paused = en pausa
daemon-tooltip-due = hora de moverte
daemon-tooltip-on-break = haciendo una pausa
# Standing at a sit-stand desk: the sitting clock holds.
daemon-tooltip-after-sitting = próxima pausa tras { $left } más en la silla
# The break waits to come with other reminders due soon after.
daemon-tooltip-next-at = próxima pausa a las { $time }
daemon-tooltip-next-in = próxima pausa en { $left }
# The tooltip and `knotless status` while the calendar has a meeting; $time its end.
daemon-in-meeting = en una reunión hasta las { $time }

## `knotless status --format`: the {next} field while paused or due, and the {paused} field
## while paused (short words for a status bar).

daemon-format-paused = en pausa
daemon-format-now = ahora

## `knotless status`: a few plain lines. $sitting, $standing, $left: short durations;
## $time: a time of day. Text in `backticks` is a command or config key: keep it as it is.

# How present you are, at the end of the first line.
daemon-presence-active = con actividad
daemon-presence-passive = presente, sin teclear
daemon-presence-away = ausente
# The first line; $presence is one of the three above.
daemon-status-sitting = En la silla: { $sitting } · { $presence }
daemon-status-sitting-since = En la silla: { $sitting } desde las { $time } · { $presence }
daemon-status-standing = De pie: { $standing }; el contador de tiempo en la silla se detiene (`knotless sit` cuando te sientes)
daemon-status-paused-until = En pausa hasta las { $time } (`knotless resume` para reanudar)
daemon-status-paused = En pausa hasta que reanudes (`knotless resume`)
daemon-status-due = Pausa activa: pendiente ahora (posponla, omítela o empiézala)
daemon-status-running = Pausa activa: en curso
daemon-status-snoozed = Pausa activa: pospuesta, vuelve en { $left }
daemon-status-held = Próxima pausa activa a las { $time } (en espera: `[schedule] merge_within` separa los recordatorios)
daemon-status-next = Próxima pausa activa en { $left }
# The other reminders: $kind is a reminder's name (daemon-reminder-...).
daemon-status-other-held = { $kind } a las { $time } (en espera)
daemon-status-other-in = { $kind } en { $left }
# $reminders: the lines above, joined by daemon-list-separator.
daemon-status-then = Después: { $reminders }
# Between the reminders of "Después:" (spaces included).
daemon-list-separator = {" · "}
daemon-status-snoozes-left = Aplazamientos restantes: { $count }
# $why: why reminders wait (one of daemon-busy-… or a meeting).
daemon-status-busy = Recordatorios en espera: { $why }
# Why reminders wait, as $why above (or the meeting line daemon-in-meeting).
daemon-busy-do-not-disturb = no molestar
daemon-busy-fullscreen = pantalla completa
# Windows' presentation mode.
daemon-busy-presentation = presentación
# An app asked the desktop not to be interrupted (a video call, a film).
daemon-busy-inhibitors = inhibidores
daemon-busy-camera = cámara
daemon-busy-outside-hours = fuera del horario laboral
daemon-status-autostart = Se abre al iniciar sesión
# $problem: what is wrong with one calendar.
daemon-status-calendar = Calendario: { $problem }
# $channels: the missing channels below, joined by daemon-limited-separator.
daemon-status-limited = Limitado: { $channels }
daemon-limited-separator = {"; "}
daemon-limited-idle = no hay fuente de inactividad, así que el tiempo en la silla se cuenta solo por el reloj
daemon-limited-notifications = no hay servidor de notificaciones, así que los recordatorios no pueden aparecer
daemon-limited-tray = no hay anfitrión de la bandeja del sistema, así que no hay icono en la bandeja
daemon-limited-sound = no hay servidor de sonido, así que las pausas no tienen sonidos
daemon-limited-calendar = no se puede leer un calendario, así que puede que falten reuniones o estén desactualizadas

## The reminders' names, in `knotless status` ("Después: micropausa en 12 min") and
## `knotless plan`.

daemon-reminder-movement = pausa activa
daemon-reminder-stand = ponerte de pie un rato
daemon-reminder-change_position = cambiar de posición
daemon-reminder-micro_pause = micropausa
daemon-reminder-hydration = hidratación

## The daemon's replies, printed by `knotless pause`, `resume`, `snooze`, `skip`, `stand`,
## `sit`, `break`, `done`, `quit` and shown by the windows. $left, $sitting, $stood: short
## durations ("10 min"); $time: a weekday and time ("vie 14:05").

# $pid: the daemon's process id.
daemon-reply-running = knotless está en marcha (pid { $pid })
daemon-reply-resumed = Los recordatorios vuelven a estar activos.
daemon-reply-skipped = Pausa activa omitida.
daemon-reply-feedback = Gracias: anotado.
daemon-reply-checkin = Chequeo guardado.
# A piece of advice was shown and recorded.
daemon-reply-advised = Anotado.
daemon-reply-done = Pausa hecha. ¡Buen trabajo!
daemon-reply-quit = knotless se ha cerrado.
daemon-reply-paused-until = En pausa hasta el { $time }.
daemon-reply-paused = En pausa hasta que reanudes.
daemon-reply-snoozed = Pospuesta; la pausa vuelve en { $left }.
# Another exercise was picked in the break window; $title: its title.
daemon-reply-switched = Ahora: { $title }
daemon-reply-standing = De pie. El contador de tiempo en la silla se queda en { $sitting } hasta que te sientes (`knotless sit`).
daemon-reply-sitting = En la silla, tras { $stood } de pie. El contador de tiempo en la silla sigue desde { $sitting }.
daemon-reply-settings-opened = Se abrió la ventana de configuración.
# `knotless break --no-window`: $title the exercise, $steps its steps, one a line.
daemon-reply-break-started =
    Pausa iniciada: { $title }
    { $steps }
# Added under a reply when history cannot be written; $why says why.
daemon-reply-not-in-history = Aún no está en el historial: { $why }.

## Why the daemon refused a request (printed after "knotless: ").

daemon-refused-nothing-to-snooze = no se muestra ninguna pausa activa, así que no hay nada que posponer
# $times: how many times it was snoozed.
daemon-refused-no-snoozes-left = esta pausa ya se ha pospuesto { $times ->
        [one] una vez
       *[other] { $times } veces
    }, el máximo permitido (movement.max_snoozes)
daemon-refused-no-break-running = no hay ninguna pausa en curso
daemon-refused-already-on-break = ya hay una pausa en curso
daemon-refused-not-paused = los recordatorios no están en pausa
daemon-refused-pause-in-past = una pausa tiene que terminar en el futuro
daemon-refused-standing-off = la opción de estar de pie está desactivada; actívala con `enabled = true` en [standing] en la configuración
daemon-refused-already-standing = ya estás de pie
daemon-refused-already-sitting = ya estás en la silla
daemon-refused-not-a-nudge = solo un aviso para ponerte de pie o cambiar de posición se puede dejar para más tarde
daemon-refused-answered-already = esta pausa activa ya tiene respuesta
# $id: the exercise id asked for.
daemon-refused-no-such-exercise = no hay ningún ejercicio llamado { $id }

## The last days, in a notification when no window can open (under notify-stats-title).

# $error: why the history file cannot be read.
daemon-stats-unreadable = no se puede leer el historial: { $error }
daemon-stats-none = Aún no hay días terminados en la última semana.
# $status: the tray's tooltip ("23 min en la silla · próxima pausa en 17 min").
daemon-stats-now = Ahora: { $status }

## Why a part of knotless does not work now (in `knotless status`'s "Limited:" line).

# $error: why history cannot be written; $count: the events waiting to be written.
daemon-history-unwritten = no se puede escribir el historial ({ $error }); { $count ->
        [one] { $count } evento se conserva y se escribirá en cuanto sea posible
       *[other] { $count } eventos se conservan y se escribirán en cuanto sea posible
    }

## Why `knotless` cannot start (printed after "knotless: ").

# $path: knotless's runtime folder or lock file; $uid: the user id that owns it.
daemon-error-not-ours = { $path } pertenece a otro usuario (uid { $uid }); no se usará
# $lock: the lock file; $address: the control socket or pipe.
daemon-error-stuck = otra instancia de knotless tiene { $lock } pero no responde en { $address }
