# The daemon's words: the tray's tooltip, `knotless status` and `status --format`, and
# the replies `knotless pause`, `snooze`, `stand` and the other verbs print.

## Short durations, in menus, the tooltip, status lines and notifications.
## $secs, $min, $hours: numbers; $min in daemon-short-hours-min is two digits ("05").

# "40 s"
daemon-short-secs = { $secs } s
# "23 min"
daemon-short-min = { $min } min
# "1 u 05 min"
daemon-short-hours-min = { $hours } u { $min } min

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
daemon-tooltip-away = afwezig
daemon-tooltip-standing = { $standing } gestaan ({ $sitting } gezeten)
daemon-tooltip-sitting = { $sitting } gezeten
daemon-tooltip-paused-until = gepauzeerd tot { $time }
daemon-tooltip-paused = gepauzeerd
daemon-tooltip-due = tijd om te bewegen
daemon-tooltip-on-break = pauze bezig
# Standing at a sit-stand desk: the sitting clock holds.
daemon-tooltip-after-sitting = volgende beweegmoment na nog { $left } zitten
# The break waits to come with other reminders due soon after.
daemon-tooltip-next-at = volgende beweegmoment om { $time }
daemon-tooltip-next-in = volgende beweegmoment over { $left }
# The tooltip and `knotless status` while the calendar has a meeting; $time its end.
daemon-in-meeting = in vergadering tot { $time }

## `knotless status --format`: the {next} field while paused or due, and the {paused} field
## while paused (short words for a status bar).

daemon-format-paused = gepauzeerd
daemon-format-now = nu

## `knotless status`: a few plain lines. $sitting, $standing, $left: short durations;
## $time: a time of day. Text in `backticks` is a command or config key: keep it as it is.

# How present you are, at the end of the first line.
daemon-presence-active = actief
daemon-presence-passive = aanwezig, typt niet
daemon-presence-away = afwezig
# The first line; $presence is one of the three above.
daemon-status-sitting = { $sitting } gezeten · { $presence }
daemon-status-sitting-since = { $sitting } gezeten sinds { $time } · { $presence }
daemon-status-standing = { $standing } gestaan: de zitklok staat stil (`knotless sit` als je gaat zitten)
daemon-status-paused-until = Gepauzeerd tot { $time } (`knotless resume` om te hervatten)
daemon-status-paused = Gepauzeerd tot je hervat (`knotless resume`)
daemon-status-due = Bewegingspauze: nu (uitstellen, overslaan of starten)
daemon-status-running = Bewegingspauze: bezig
daemon-status-snoozed = Bewegingspauze: uitgesteld, weer over { $left }
daemon-status-held = Volgende bewegingspauze om { $time } (wacht: `[schedule] merge_within` houdt herinneringen uit elkaar)
daemon-status-next = Volgende bewegingspauze over { $left }
# The other reminders: $kind is a reminder's name (daemon-reminder-...).
daemon-status-other-held = { $kind } om { $time } (wacht)
daemon-status-other-in = { $kind } over { $left }
# $reminders: the lines above, joined by daemon-list-separator.
daemon-status-then = Daarna: { $reminders }
# Between the reminders of "Then:" (spaces included).
daemon-list-separator = {" · "}
daemon-status-snoozes-left = Nog uit te stellen: { $count }
# $why: why reminders wait (one of daemon-busy-… or a meeting).
daemon-status-busy = Herinneringen wachten: { $why }
# Why reminders wait, as $why above (or the meeting line daemon-in-meeting).
daemon-busy-do-not-disturb = niet storen
daemon-busy-fullscreen = schermvullend
# Windows' presentation mode.
daemon-busy-presentation = presentatie
# An app asked the desktop not to be interrupted (a video call, a film).
daemon-busy-inhibitors = onderdrukt door een app
daemon-busy-camera = camera
daemon-busy-outside-hours = buiten werktijden
daemon-status-autostart = Start bij inloggen
# $problem: what is wrong with one calendar.
daemon-status-calendar = Agenda: { $problem }
# $channels: the missing channels below, joined by daemon-limited-separator.
daemon-status-limited = Beperkt: { $channels }
daemon-limited-separator = {"; "}
daemon-limited-idle = geen bron voor inactiviteit, dus zitten wordt alleen op tijd geteld
daemon-limited-notifications = geen meldingsserver, dus herinneringen kunnen niet verschijnen
daemon-limited-tray = geen systeemvakhost, dus er is geen systeemvakpictogram
daemon-limited-sound = geen geluidsserver, dus pauzes verlopen zonder geluidssignalen
daemon-limited-calendar = een agenda kan niet worden gelezen, dus vergaderingen kunnen ontbreken of verouderd zijn

## The reminders' names, in `knotless status` ("Then: micro-pause in 12 min") and
## `knotless plan`.

daemon-reminder-movement = bewegingspauze
daemon-reminder-stand = even staan
daemon-reminder-change_position = van houding wisselen
daemon-reminder-micro_pause = micropauze
daemon-reminder-hydration = drinken

## The daemon's replies, printed by `knotless pause`, `resume`, `snooze`, `skip`, `stand`,
## `sit`, `break`, `done`, `quit` and shown by the windows. $left, $sitting, $stood: short
## durations ("10 min"); $time: a weekday and time ("Fri 14:05").

# $pid: the daemon's process id.
daemon-reply-running = knotless draait (pid { $pid })
daemon-reply-resumed = Herinneringen staan weer aan.
daemon-reply-skipped = Deze bewegingspauze overgeslagen.
daemon-reply-feedback = Bedankt: genoteerd.
daemon-reply-checkin = Zelfcheck opgeslagen.
# A piece of advice was shown and recorded.
daemon-reply-advised = Genoteerd.
daemon-reply-done = Pauze klaar. Goed bewogen.
daemon-reply-quit = knotless gestopt.
daemon-reply-paused-until = Gepauzeerd tot { $time }.
daemon-reply-paused = Gepauzeerd tot je hervat.
daemon-reply-snoozed = Uitgesteld; de pauze komt terug over { $left }.
# Another exercise was picked in the break window; $title: its title.
daemon-reply-switched = Nu: { $title }
daemon-reply-standing = Je staat. De zitklok blijft op { $sitting } staan tot je gaat zitten (`knotless sit`).
daemon-reply-sitting = Je zit, na { $stood } staan. De zitklok loopt verder vanaf { $sitting }.
daemon-reply-settings-opened = Instellingenvenster geopend.
# `knotless break --no-window`: $title the exercise, $steps its steps, one a line.
daemon-reply-break-started =
    Pauze gestart: { $title }
    { $steps }
# Added under a reply when history cannot be written; $why says why.
daemon-reply-not-in-history = Nog niet in de geschiedenis: { $why }.

## Why the daemon refused a request (printed after "knotless: ").

daemon-refused-nothing-to-snooze = er wordt geen bewegingspauze getoond, dus er is niets uit te stellen
# $times: how many times it was snoozed.
daemon-refused-no-snoozes-left = deze pauze is al { $times ->
        [one] één keer
       *[other] { $times } keer
    } uitgesteld, het maximum (movement.max_snoozes)
daemon-refused-no-break-running = er is geen pauze bezig
daemon-refused-already-on-break = er is al een pauze bezig
daemon-refused-not-paused = herinneringen zijn niet gepauzeerd
daemon-refused-pause-in-past = een pauze moet in de toekomst eindigen
daemon-refused-standing-off = staan staat uit; zet het aan met `enabled = true` onder [standing] in de configuratie
daemon-refused-already-standing = je staat al
daemon-refused-already-sitting = je zit al
daemon-refused-not-a-nudge = alleen een herinnering om te staan of van houding te wisselen kan naar later worden verschoven
daemon-refused-answered-already = op deze bewegingspauze is al gereageerd
# $id: the exercise id asked for.
daemon-refused-no-such-exercise = er is geen oefening met de naam { $id }

## The last days, in a notification when no window can open (under notify-stats-title).

# $error: why the history file cannot be read.
daemon-stats-unreadable = kan de geschiedenis niet lezen: { $error }
daemon-stats-none = Nog geen afgeronde dagen in de afgelopen week.
# $status: the tray's tooltip ("sitting 23 min · next move in 17 min").
daemon-stats-now = Nu: { $status }

## Why a part of knotless does not work now (in `knotless status`'s "Limited:" line).

# $error: why history cannot be written; $count: the events waiting to be written.
daemon-history-unwritten = kan de geschiedenis niet schrijven ({ $error }); { $count ->
        [one] { $count } gebeurtenis wordt bewaard en geschreven zodra het kan
       *[other] { $count } gebeurtenissen worden bewaard en geschreven zodra het kan
    }

## Why `knotless` cannot start (printed after "knotless: ").

# $path: knotless's runtime folder or lock file; $uid: the user id that owns it.
daemon-error-not-ours = { $path } is van een andere gebruiker (uid { $uid }); wordt niet gebruikt
# $lock: the lock file; $address: the control socket or pipe.
daemon-error-stuck = een andere knotless houdt { $lock } vast, maar antwoordt niet op { $address }
