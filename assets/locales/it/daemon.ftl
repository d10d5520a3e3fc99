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
## what comes next, e.g. "sitting 23 min · next move in 17 min".
## $sitting, $standing, $left: short durations ("23 min"); $time: a time of day ("14:05").

# The whole tooltip: $presence is one of the daemon-tooltip-away/-standing/-sitting texts,
# $next one of the texts after them.
daemon-tooltip = { $presence } · { $next }
daemon-tooltip-away = assente
daemon-tooltip-standing = in piedi da { $standing } (sulla sedia { $sitting })
daemon-tooltip-sitting = sulla sedia da { $sitting }
daemon-tooltip-paused-until = in pausa fino alle { $time }
daemon-tooltip-paused = in pausa
daemon-tooltip-due = è ora di muoversi
daemon-tooltip-on-break = pausa in corso
# Standing at a sit-stand desk: the sitting clock holds.
daemon-tooltip-after-sitting = prossimo movimento dopo altri { $left } sulla sedia
# The break waits to come with other reminders due soon after.
daemon-tooltip-next-at = prossimo movimento alle { $time }
daemon-tooltip-next-in = prossimo movimento tra { $left }
# The tooltip and `knotless status` while the calendar has a meeting; $time its end.
daemon-in-meeting = in riunione fino alle { $time }

## `knotless status --format`: the {next} field while paused or due, and the {paused} field
## while paused (short words for a status bar).

daemon-format-paused = in pausa
daemon-format-now = ora

## `knotless status`: a few plain lines. $sitting, $standing, $left: short durations;
## $time: a time of day. Text in `backticks` is a command or config key: keep it as it is.

# How present you are, at the end of the first line.
daemon-presence-active = in attività
daemon-presence-passive = presente, senza digitare
daemon-presence-away = assente
# The first line; $presence is one of the three above.
daemon-status-sitting = Sulla sedia da { $sitting } · { $presence }
daemon-status-sitting-since = Sulla sedia da { $sitting }, dalle { $time } · { $presence }
daemon-status-standing = In piedi da { $standing }: il conteggio del tempo sulla sedia è fermo (`knotless sit` quando ti siedi)
daemon-status-paused-until = In pausa fino alle { $time } (`knotless resume` per terminarla)
daemon-status-paused = In pausa finché non riprendi (`knotless resume`)
daemon-status-due = Pausa di movimento: adesso (posticipala, saltala o iniziala)
daemon-status-running = Pausa di movimento: in corso
daemon-status-snoozed = Pausa di movimento: posticipata, di nuovo tra { $left }
daemon-status-held = Prossima pausa di movimento alle { $time } (in attesa: `[schedule] merge_within` distanzia i promemoria)
daemon-status-next = Prossima pausa di movimento tra { $left }
# The other reminders: $kind is a reminder's name (daemon-reminder-...).
daemon-status-other-held = { $kind } alle { $time } (in attesa)
daemon-status-other-in = { $kind } tra { $left }
# $reminders: the lines above, joined by daemon-list-separator.
daemon-status-then = Poi: { $reminders }
# Between the reminders of "Then:" (spaces included).
daemon-list-separator = {" · "}
daemon-status-snoozes-left = Posticipi rimasti: { $count }
# $why: why reminders wait (one of daemon-busy-… or a meeting).
daemon-status-busy = Promemoria in attesa: { $why }
# Why reminders wait, as $why above (or the meeting line daemon-in-meeting).
daemon-busy-do-not-disturb = non disturbare
daemon-busy-fullscreen = schermo intero
# Windows' presentation mode.
daemon-busy-presentation = presentazione
# An app asked the desktop not to be interrupted (a video call, a film).
daemon-busy-inhibitors = blocco dello standby
daemon-busy-camera = fotocamera
daemon-busy-outside-hours = fuori dall'orario di lavoro
daemon-status-autostart = Si avvia all'accesso
# $problem: what is wrong with one calendar.
daemon-status-calendar = Calendario: { $problem }
# $channels: the missing channels below, joined by daemon-limited-separator.
daemon-status-limited = Limitazioni: { $channels }
daemon-limited-separator = {"; "}
daemon-limited-idle = nessuna fonte di inattività, quindi il tempo sulla sedia si conta solo in base all'orologio
daemon-limited-notifications = nessun server di notifiche, quindi i promemoria non possono comparire
daemon-limited-tray = nessun host dell'area di notifica, quindi non c'è l'icona nell'area di notifica
daemon-limited-sound = nessun server audio, quindi le pause si svolgono senza segnali acustici
daemon-limited-calendar = un calendario non è leggibile, quindi le riunioni possono mancare o non essere aggiornate

## The reminders' names, in `knotless status` ("Then: micro-pause in 12 min") and
## `knotless plan`.

daemon-reminder-movement = pausa di movimento
daemon-reminder-stand = un po' in piedi
daemon-reminder-change_position = cambio di posizione
daemon-reminder-micro_pause = micropausa
daemon-reminder-hydration = idratazione

## The daemon's replies, printed by `knotless pause`, `resume`, `snooze`, `skip`, `stand`,
## `sit`, `break`, `done`, `quit` and shown by the windows. $left, $sitting, $stood: short
## durations ("10 min"); $time: a weekday and time ("Fri 14:05").

# $pid: the daemon's process id.
daemon-reply-running = knotless è in esecuzione (pid { $pid })
daemon-reply-resumed = I promemoria sono di nuovo attivi.
daemon-reply-skipped = Pausa di movimento saltata.
daemon-reply-feedback = Grazie: registrato.
daemon-reply-checkin = Autovalutazione salvata.
# A piece of advice was shown and recorded.
daemon-reply-advised = Registrato.
daemon-reply-done = Pausa completata. Ben fatto.
daemon-reply-quit = knotless è stato chiuso.
daemon-reply-paused-until = In pausa fino a { $time }.
daemon-reply-paused = In pausa finché non riprendi.
daemon-reply-snoozed = Posticipata; la pausa torna tra { $left }.
# Another exercise was picked in the break window; $title: its title.
daemon-reply-switched = Ora: { $title }
daemon-reply-standing = In piedi. Il conteggio del tempo sulla sedia resta fermo a { $sitting } finché non ti siedi (`knotless sit`).
daemon-reply-sitting = Sulla sedia, dopo { $stood } in piedi. Il conteggio del tempo sulla sedia riprende da { $sitting }.
daemon-reply-settings-opened = Finestra delle impostazioni aperta.
# `knotless break --no-window`: $title the exercise, $steps its steps, one a line.
daemon-reply-break-started =
    Pausa iniziata: { $title }
    { $steps }
# Added under a reply when history cannot be written; $why says why.
daemon-reply-not-in-history = Non ancora nella cronologia: { $why }.

## Why the daemon refused a request (printed after "knotless: ").

daemon-refused-nothing-to-snooze = non è visualizzata nessuna pausa di movimento, quindi non c'è niente da posticipare
# $times: how many times it was snoozed.
daemon-refused-no-snoozes-left = questa pausa è già stata posticipata { $times ->
        [one] una volta
       *[other] { $times } volte
    }, il massimo consentito (movement.max_snoozes)
daemon-refused-no-break-running = nessuna pausa in corso
daemon-refused-already-on-break = una pausa è già in corso
daemon-refused-not-paused = i promemoria non sono sospesi
daemon-refused-pause-in-past = una sospensione deve terminare nel futuro
daemon-refused-standing-off = la funzione in piedi è disattivata; attivala con `enabled = true` sotto [standing] nella configurazione
daemon-refused-already-standing = risulti già in piedi
daemon-refused-already-sitting = risulti già sulla sedia
daemon-refused-not-a-nudge = solo un invito ad alzarti o a cambiare posizione può essere rimandato a più tardi
daemon-refused-answered-already = a questa pausa di movimento è già stata data una risposta
# $id: the exercise id asked for.
daemon-refused-no-such-exercise = nessun esercizio si chiama { $id }

## The last days, in a notification when no window can open (under notify-stats-title).

# $error: why the history file cannot be read.
daemon-stats-unreadable = impossibile leggere la cronologia: { $error }
daemon-stats-none = Ancora nessun giorno concluso nell'ultima settimana.
# $status: the tray's tooltip ("sitting 23 min · next move in 17 min").
daemon-stats-now = Ora: { $status }

## Why a part of knotless does not work now (in `knotless status`'s "Limited:" line).

# $error: why history cannot be written; $count: the events waiting to be written.
daemon-history-unwritten = impossibile scrivere la cronologia ({ $error }); { $count ->
        [one] { $count } evento viene conservato e scritto appena possibile
       *[other] { $count } eventi vengono conservati e scritti appena possibile
    }

## Why `knotless` cannot start (printed after "knotless: ").

# $path: knotless's runtime folder or lock file; $uid: the user id that owns it.
daemon-error-not-ours = { $path } appartiene a un altro utente (uid { $uid }); non verrà usato
# $lock: the lock file; $address: the control socket or pipe.
daemon-error-stuck = un'altra istanza di knotless tiene { $lock } ma non risponde su { $address }
