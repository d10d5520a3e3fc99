# The daemon's words: the tray's tooltip, `knotless status` and `status --format`, and
# the replies `knotless pause`, `snooze`, `stand` and the other verbs print.

## Short durations, in menus, the tooltip, status lines and notifications.
## $secs, $min, $hours: numbers; $min in daemon-short-hours-min is two digits ("05").

# "40 s"
daemon-short-secs = { $secs } s
# "23 min"
daemon-short-min = { $min } min
# "1 godz. 05 min"
daemon-short-hours-min = { $hours } godz. { $min } min

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
daemon-tooltip-away = nieobecność
daemon-tooltip-standing = stanie { $standing } (siedzenie { $sitting })
daemon-tooltip-sitting = siedzenie { $sitting }
daemon-tooltip-paused-until = wstrzymane do { $time }
daemon-tooltip-paused = wstrzymane
daemon-tooltip-due = czas się poruszać
daemon-tooltip-on-break = trwa przerwa
# Standing at a sit-stand desk: the sitting clock holds.
daemon-tooltip-after-sitting = następny ruch po kolejnych { $left } siedzenia
# The break waits to come with other reminders due soon after.
daemon-tooltip-next-at = następny ruch o { $time }
daemon-tooltip-next-in = następny ruch za { $left }
# The tooltip and `knotless status` while the calendar has a meeting; $time its end.
daemon-in-meeting = spotkanie do { $time }

## `knotless status --format`: the {next} field while paused or due, and the {paused} field
## while paused (short words for a status bar).

daemon-format-paused = wstrzymane
daemon-format-now = teraz

## `knotless status`: a few plain lines. $sitting, $standing, $left: short durations;
## $time: a time of day. Text in `backticks` is a command or config key: keep it as it is.

# How present you are, at the end of the first line.
daemon-presence-active = aktywność
daemon-presence-passive = obecność, bez pisania
daemon-presence-away = nieobecność
# The first line; $presence is one of the three above.
daemon-status-sitting = Siedzenie { $sitting } · { $presence }
daemon-status-sitting-since = Siedzenie { $sitting } od { $time } · { $presence }
daemon-status-standing = Stanie { $standing }: zegar siedzenia stoi (`knotless sit`, gdy usiądziesz)
daemon-status-paused-until = Wstrzymane do { $time } (`knotless resume`, aby wznowić)
daemon-status-paused = Wstrzymane do wznowienia (`knotless resume`)
daemon-status-due = Przerwa na ruch: teraz (odłóż, pomiń lub rozpocznij)
daemon-status-running = Przerwa na ruch: trwa
daemon-status-snoozed = Przerwa na ruch: odłożona, wróci za { $left }
daemon-status-held = Następna przerwa na ruch o { $time } (wstrzymana: `[schedule] merge_within` rozdziela przypomnienia)
daemon-status-next = Następna przerwa na ruch za { $left }
# The other reminders: $kind is a reminder's name (daemon-reminder-...).
daemon-status-other-held = { $kind } o { $time } (wstrzymane)
daemon-status-other-in = { $kind } za { $left }
# $reminders: the lines above, joined by daemon-list-separator.
daemon-status-then = Potem: { $reminders }
# Between the reminders of "Then:" (spaces included).
daemon-list-separator = {" · "}
daemon-status-snoozes-left = Pozostałe odłożenia: { $count }
# $why: why reminders wait (one of daemon-busy-… or a meeting).
daemon-status-busy = Przypomnienia czekają: { $why }
# Why reminders wait, as $why above (or the meeting line daemon-in-meeting).
daemon-busy-do-not-disturb = nie przeszkadzać
daemon-busy-fullscreen = pełny ekran
# Windows' presentation mode.
daemon-busy-presentation = prezentacja
# An app asked the desktop not to be interrupted (a video call, a film).
daemon-busy-inhibitors = blokada przez aplikację
daemon-busy-camera = kamera
daemon-busy-outside-hours = poza godzinami pracy
daemon-status-autostart = Uruchamia się po zalogowaniu
# $problem: what is wrong with one calendar.
daemon-status-calendar = Kalendarz: { $problem }
# $channels: the missing channels below, joined by daemon-limited-separator.
daemon-status-limited = Ograniczenia: { $channels }
daemon-limited-separator = {"; "}
daemon-limited-idle = brak źródła bezczynności, więc siedzenie jest liczone tylko według czasu
daemon-limited-notifications = brak serwera powiadomień, więc przypomnienia nie mogą się pojawiać
daemon-limited-tray = brak hosta zasobnika, więc nie ma ikony w zasobniku
daemon-limited-sound = brak serwera dźwięku, więc przerwy odbywają się bez sygnałów dźwiękowych
daemon-limited-calendar = nie można odczytać kalendarza, więc może brakować spotkań lub mogą być nieaktualne

## The reminders' names, in `knotless status` ("Then: micro-pause in 12 min") and
## `knotless plan`.

daemon-reminder-movement = przerwa na ruch
daemon-reminder-stand = chwila na stojąco
daemon-reminder-change_position = zmiana pozycji
daemon-reminder-micro_pause = mikroprzerwa
daemon-reminder-hydration = nawodnienie

## The daemon's replies, printed by `knotless pause`, `resume`, `snooze`, `skip`, `stand`,
## `sit`, `break`, `done`, `quit` and shown by the windows. $left, $sitting, $stood: short
## durations ("10 min"); $time: a weekday and time ("Fri 14:05").

# $pid: the daemon's process id.
daemon-reply-running = knotless działa (pid { $pid })
daemon-reply-resumed = Przypomnienia znów są włączone.
daemon-reply-skipped = Pominięto tę przerwę na ruch.
daemon-reply-feedback = Dzięki: zapisano.
daemon-reply-checkin = Ocena samopoczucia zapisana.
# A piece of advice was shown and recorded.
daemon-reply-advised = Zapisano.
daemon-reply-done = Przerwa zakończona. Dobra robota.
daemon-reply-quit = knotless zatrzymany.
daemon-reply-paused-until = Wstrzymano do { $time }.
daemon-reply-paused = Wstrzymano do wznowienia.
daemon-reply-snoozed = Odłożono; przerwa wróci za { $left }.
# Another exercise was picked in the break window; $title: its title.
daemon-reply-switched = Teraz: { $title }
daemon-reply-standing = Na stojąco. Zegar siedzenia stoi na { $sitting }, dopóki nie usiądziesz (`knotless sit`).
daemon-reply-sitting = Na siedząco, po { $stood } stania. Zegar siedzenia rusza dalej od { $sitting }.
daemon-reply-settings-opened = Otwarto okno ustawień.
# `knotless break --no-window`: $title the exercise, $steps its steps, one a line.
daemon-reply-break-started =
    Przerwa rozpoczęta: { $title }
    { $steps }
# Added under a reply when history cannot be written; $why says why.
daemon-reply-not-in-history = Jeszcze nie w historii: { $why }.

## Why the daemon refused a request (printed after "knotless: ").

daemon-refused-nothing-to-snooze = żadna przerwa na ruch nie jest wyświetlana, więc nie ma czego odłożyć
# $times: how many times it was snoozed.
daemon-refused-no-snoozes-left = tę przerwę odłożono już { $times ->
        [one] raz
       *[other] { $times } razy
    }, to maksimum (movement.max_snoozes)
daemon-refused-no-break-running = żadna przerwa nie trwa
daemon-refused-already-on-break = przerwa już trwa
daemon-refused-not-paused = przypomnienia nie są wstrzymane
daemon-refused-pause-in-past = wstrzymanie musi kończyć się w przyszłości
daemon-refused-standing-off = stanie jest wyłączone; włącz je przez `enabled = true` w [standing] w konfiguracji
daemon-refused-already-standing = już stoisz
daemon-refused-already-sitting = już siedzisz
daemon-refused-not-a-nudge = na później można przełożyć tylko przypomnienie o wstaniu lub zmianie pozycji
daemon-refused-answered-already = na tę przerwę na ruch już odpowiedziano
# $id: the exercise id asked for.
daemon-refused-no-such-exercise = nie ma ćwiczenia o nazwie { $id }

## The last days, in a notification when no window can open (under notify-stats-title).

# $error: why the history file cannot be read.
daemon-stats-unreadable = nie można odczytać historii: { $error }
daemon-stats-none = W ostatnim tygodniu nie ma jeszcze zakończonych dni.
# $status: the tray's tooltip ("sitting 23 min · next move in 17 min").
daemon-stats-now = Teraz: { $status }

## Why a part of knotless does not work now (in `knotless status`'s "Limited:" line).

# $error: why history cannot be written; $count: the events waiting to be written.
daemon-history-unwritten = nie można zapisać historii ({ $error }); { $count ->
        [one] { $count } zdarzenie jest przechowywane i zostanie zapisane, gdy tylko będzie to możliwe
        [few] { $count } zdarzenia są przechowywane i zostaną zapisane, gdy tylko będzie to możliwe
       *[other] { $count } zdarzeń jest przechowywanych i zostanie zapisanych, gdy tylko będzie to możliwe
    }

## Why `knotless` cannot start (printed after "knotless: ").

# $path: knotless's runtime folder or lock file; $uid: the user id that owns it.
daemon-error-not-ours = { $path } należy do innego użytkownika (uid { $uid }); odmowa użycia
# $lock: the lock file; $address: the control socket or pipe.
daemon-error-stuck = inny knotless trzyma { $lock }, ale nie odpowiada pod { $address }
