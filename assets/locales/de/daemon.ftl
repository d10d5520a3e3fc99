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
daemon-tooltip-away = abwesend
daemon-tooltip-standing = { $standing } gestanden ({ $sitting } gesessen)
daemon-tooltip-sitting = { $sitting } gesessen
daemon-tooltip-paused-until = pausiert bis { $time }
daemon-tooltip-paused = pausiert
daemon-tooltip-due = Zeit für Bewegung
daemon-tooltip-on-break = in der Pause
# Standing at a sit-stand desk: the sitting clock holds.
daemon-tooltip-after-sitting = nächste Bewegung nach weiteren { $left } Sitzen
# The break waits to come with other reminders due soon after.
daemon-tooltip-next-at = nächste Bewegung um { $time }
daemon-tooltip-next-in = nächste Bewegung in { $left }
# The tooltip and `knotless status` while the calendar has a meeting; $time its end.
daemon-in-meeting = im Termin bis { $time }

## `knotless status --format`: the {next} field while paused or due, and the {paused} field
## while paused (short words for a status bar).

daemon-format-paused = pausiert
daemon-format-now = jetzt

## `knotless status`: a few plain lines. $sitting, $standing, $left: short durations;
## $time: a time of day. Text in `backticks` is a command or config key: keep it as it is.

# How present you are, at the end of the first line.
daemon-presence-active = aktiv
daemon-presence-passive = anwesend, ohne Eingabe
daemon-presence-away = abwesend
# The first line; $presence is one of the three above.
daemon-status-sitting = { $sitting } gesessen · { $presence }
daemon-status-sitting-since = { $sitting } gesessen, seit { $time } · { $presence }
daemon-status-standing = { $standing } gestanden: Die Sitzzeit ruht (`knotless sit`, wenn du dich setzt)
daemon-status-paused-until = Pausiert bis { $time } (`knotless resume` beendet die Pause)
daemon-status-paused = Pausiert, bis du fortsetzt (`knotless resume`)
daemon-status-due = Bewegungspause: jetzt fällig (aufschieben, überspringen oder starten)
daemon-status-running = Bewegungspause: läuft
daemon-status-snoozed = Bewegungspause: aufgeschoben, wieder in { $left }
daemon-status-held = Nächste Bewegungspause um { $time } (zurückgehalten: `[schedule] merge_within` hält Erinnerungen auseinander)
daemon-status-next = Nächste Bewegungspause in { $left }
# The other reminders: $kind is a reminder's name (daemon-reminder-...).
daemon-status-other-held = { $kind } um { $time } (zurückgehalten)
daemon-status-other-in = { $kind } in { $left }
# $reminders: the lines above, joined by daemon-list-separator.
daemon-status-then = Danach: { $reminders }
# Between the reminders of "Then:" (spaces included).
daemon-list-separator = {" · "}
daemon-status-snoozes-left = Aufschübe übrig: { $count }
# $why: why reminders wait (one of daemon-busy-… or a meeting).
daemon-status-busy = Erinnerungen warten: { $why }
# Why reminders wait, as $why above (or the meeting line daemon-in-meeting).
daemon-busy-do-not-disturb = Nicht stören
daemon-busy-fullscreen = Vollbild
# Windows' presentation mode.
daemon-busy-presentation = Präsentation
# An app asked the desktop not to be interrupted (a video call, a film).
daemon-busy-inhibitors = eine App verhindert Unterbrechungen
daemon-busy-camera = Kamera
daemon-busy-outside-hours = außerhalb der Arbeitszeit
daemon-status-autostart = Startet bei der Anmeldung
# $problem: what is wrong with one calendar.
daemon-status-calendar = Kalender: { $problem }
# $channels: the missing channels below, joined by daemon-limited-separator.
daemon-status-limited = Eingeschränkt: { $channels }
daemon-limited-separator = {"; "}
daemon-limited-idle = keine Quelle für Leerlaufzeit, daher wird Sitzen nur nach Zeit gezählt
daemon-limited-notifications = kein Benachrichtigungsserver, daher können Erinnerungen nicht erscheinen
daemon-limited-tray = kein Tray-Host, daher gibt es kein Tray-Symbol
daemon-limited-sound = kein Soundserver, daher laufen Pausen ohne Tonsignale
daemon-limited-calendar = ein Kalender kann nicht gelesen werden, daher fehlen womöglich Termine oder sind veraltet

## The reminders' names, in `knotless status` ("Then: micro-pause in 12 min") and
## `knotless plan`.

daemon-reminder-movement = Bewegungspause
daemon-reminder-stand = eine Weile stehen
daemon-reminder-change_position = Positionswechsel
daemon-reminder-micro_pause = Mikropause
daemon-reminder-hydration = Trinken

## The daemon's replies, printed by `knotless pause`, `resume`, `snooze`, `skip`, `stand`,
## `sit`, `break`, `done`, `quit` and shown by the windows. $left, $sitting, $stood: short
## durations ("10 min"); $time: a weekday and time ("Fri 14:05").

# $pid: the daemon's process id.
daemon-reply-running = knotless läuft (PID { $pid })
daemon-reply-resumed = Erinnerungen sind wieder an.
daemon-reply-skipped = Diese Bewegungspause übersprungen.
daemon-reply-feedback = Danke: notiert.
daemon-reply-checkin = Körpercheck gespeichert.
# A piece of advice was shown and recorded.
daemon-reply-advised = Notiert.
daemon-reply-done = Pause erledigt. Gut bewegt.
daemon-reply-quit = knotless beendet.
daemon-reply-paused-until = Pausiert bis { $time }.
daemon-reply-paused = Pausiert, bis du fortsetzt.
daemon-reply-snoozed = Aufgeschoben; die Pause kommt in { $left } wieder.
# Another exercise was picked in the break window; $title: its title.
daemon-reply-switched = Jetzt: { $title }
daemon-reply-standing = Du stehst. Die Sitzzeit ruht bei { $sitting }, bis du dich setzt (`knotless sit`).
daemon-reply-sitting = Du sitzt, nach { $stood } Stehen. Die Sitzzeit läuft ab { $sitting } weiter.
daemon-reply-settings-opened = Einstellungsfenster geöffnet.
# `knotless break --no-window`: $title the exercise, $steps its steps, one a line.
daemon-reply-break-started =
    Pause gestartet: { $title }
    { $steps }
# Added under a reply when history cannot be written; $why says why.
daemon-reply-not-in-history = Noch nicht im Verlauf: { $why }.

## Why the daemon refused a request (printed after "knotless: ").

daemon-refused-nothing-to-snooze = es wird keine Bewegungspause angezeigt, also gibt es nichts aufzuschieben
# $times: how many times it was snoozed.
daemon-refused-no-snoozes-left = diese Pause wurde schon { $times ->
        [one] einmal
       *[other] { $times }-mal
    } aufgeschoben, so oft wie erlaubt (movement.max_snoozes)
daemon-refused-no-break-running = es läuft keine Pause
daemon-refused-already-on-break = es läuft bereits eine Pause
daemon-refused-not-paused = Erinnerungen sind nicht pausiert
daemon-refused-pause-in-past = das Pausieren muss in der Zukunft enden
daemon-refused-standing-off = Stehen ist aus; schalte es mit `enabled = true` unter [standing] in der Konfiguration ein
daemon-refused-already-standing = du stehst bereits
daemon-refused-already-sitting = du sitzt bereits
daemon-refused-not-a-nudge = nur ein Hinweis zum Stehen oder Positionswechsel lässt sich auf später verschieben
daemon-refused-answered-already = diese Bewegungspause wurde bereits beantwortet
# $id: the exercise id asked for.
daemon-refused-no-such-exercise = es gibt keine Übung namens { $id }

## The last days, in a notification when no window can open (under notify-stats-title).

# $error: why the history file cannot be read.
daemon-stats-unreadable = Verlauf kann nicht gelesen werden: { $error }
daemon-stats-none = Noch keine abgeschlossenen Tage in der letzten Woche.
# $status: the tray's tooltip ("sitting 23 min · next move in 17 min").
daemon-stats-now = Jetzt: { $status }

## Why a part of knotless does not work now (in `knotless status`'s "Limited:" line).

# $error: why history cannot be written; $count: the events waiting to be written.
daemon-history-unwritten = Verlauf kann nicht geschrieben werden ({ $error }); { $count ->
        [one] { $count } Ereignis wird aufbewahrt und geschrieben, sobald es geht
       *[other] { $count } Ereignisse werden aufbewahrt und geschrieben, sobald es geht
    }

## Why `knotless` cannot start (printed after "knotless: ").

# $path: knotless's runtime folder or lock file; $uid: the user id that owns it.
daemon-error-not-ours = { $path } gehört einem anderen Benutzer (UID { $uid }); wird nicht verwendet
# $lock: the lock file; $address: the control socket or pipe.
daemon-error-stuck = ein anderes knotless hält { $lock }, antwortet aber nicht unter { $address }
