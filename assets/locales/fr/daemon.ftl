# The daemon's words: the tray's tooltip, `knotless status` and `status --format`, and
# the replies `knotless pause`, `snooze`, `stand` and the other verbs print.

## Short durations, in menus, the tooltip, status lines and notifications.
## $secs, $min, $hours: numbers; $min in daemon-short-hours-min is two digits ("05").

# "40 s"
daemon-short-secs = { $secs } s
# "23 min"
daemon-short-min = { $min } min
# "1 h 05 min"
daemon-short-hours-min = { $hours } h { $min } min

## An exercise's length to the second: "45 s", "2 min", "1 min 30 s".

daemon-length-secs = { $secs } s
daemon-length-min = { $min } min
daemon-length-min-secs = { $min } min { $secs } s

## The tray's tooltip (and the status line at the top of its menu): where you are, then
## what comes next, e.g. "sitting 23 min · next move in 17 min".
## $sitting, $standing, $left: short durations ("23 min"); $time: a time of day ("14:05").

# The whole tooltip: $presence is one of the daemon-tooltip-away/-standing/-sitting texts,
# $next one of the texts after them.
daemon-tooltip = { $presence } · { $next }
daemon-tooltip-away = loin du poste
daemon-tooltip-standing = debout depuis { $standing } (position assise : { $sitting })
daemon-tooltip-sitting = { $sitting } en position assise
daemon-tooltip-paused-until = rappels suspendus jusqu’à { $time }
daemon-tooltip-paused = rappels suspendus
daemon-tooltip-due = l’heure de bouger
daemon-tooltip-on-break = pause en cours
# Standing at a sit-stand desk: the sitting clock holds.
daemon-tooltip-after-sitting = prochain mouvement après encore { $left } en position assise
# The break waits to come with other reminders due soon after.
daemon-tooltip-next-at = prochain mouvement à { $time }
daemon-tooltip-next-in = prochain mouvement dans { $left }
# The tooltip and `knotless status` while the calendar has a meeting; $time its end.
daemon-in-meeting = en réunion jusqu’à { $time }

## `knotless status --format`: the {next} field while paused or due, and the {paused} field
## while paused (short words for a status bar).

daemon-format-paused = suspendu
daemon-format-now = maintenant

## `knotless status`: a few plain lines. $sitting, $standing, $left: short durations;
## $time: a time of day. Text in `backticks` is a command or config key: keep it as it is.

# How present you are, at the end of the first line.
daemon-presence-active = en activité
daemon-presence-passive = présence sans saisie
daemon-presence-away = loin du poste
# The first line; $presence is one of the three above.
daemon-status-sitting = Position assise : { $sitting } · { $presence }
daemon-status-sitting-since = Position assise depuis { $time } ({ $sitting }) · { $presence }
daemon-status-standing = Debout depuis { $standing } : le compteur de position assise est figé (`knotless sit` quand vous vous rasseyez)
daemon-status-paused-until = Rappels suspendus jusqu’à { $time } (`knotless resume` pour les reprendre)
daemon-status-paused = Rappels suspendus jusqu’à leur reprise (`knotless resume`)
daemon-status-due = Pause active : à faire maintenant (reportez-la, passez-la ou commencez-la)
daemon-status-running = Pause active : en cours
daemon-status-snoozed = Pause active : reportée, de retour dans { $left }
daemon-status-held = Prochaine pause active à { $time } (retardée : `[schedule] merge_within` espace les rappels)
daemon-status-next = Prochaine pause active dans { $left }
# The other reminders: $kind is a reminder's name (daemon-reminder-...).
daemon-status-other-held = { $kind } à { $time } (en attente)
daemon-status-other-in = { $kind } dans { $left }
# $reminders: the lines above, joined by daemon-list-separator.
daemon-status-then = Ensuite : { $reminders }
# Between the reminders of "Then:" (spaces included).
daemon-list-separator = {" · "}
daemon-status-snoozes-left = Reports restants : { $count }
# $why: why reminders wait (one of daemon-busy-… or a meeting).
daemon-status-busy = Rappels retenus : { $why }
# Why reminders wait, as $why above (or the meeting line daemon-in-meeting).
daemon-busy-do-not-disturb = ne pas déranger
daemon-busy-fullscreen = plein écran
# Windows' presentation mode.
daemon-busy-presentation = présentation
# An app asked the desktop not to be interrupted (a video call, a film).
daemon-busy-inhibitors = demande de non-interruption
daemon-busy-camera = caméra
daemon-busy-outside-hours = hors des horaires de travail
daemon-status-autostart = Se lance à la connexion
# $problem: what is wrong with one calendar.
daemon-status-calendar = Calendrier : { $problem }
# $channels: the missing channels below, joined by daemon-limited-separator.
daemon-status-limited = Fonctions limitées : { $channels }
daemon-limited-separator = {" ; "}
daemon-limited-idle = aucune source d’inactivité : le temps en position assise est compté à la seule horloge
daemon-limited-notifications = aucun serveur de notifications : les rappels ne peuvent pas s’afficher
daemon-limited-tray = aucun hôte de zone de notification : pas d’icône
daemon-limited-sound = aucun serveur de son : les pauses se déroulent sans signaux sonores
daemon-limited-calendar = un calendrier est illisible : des réunions peuvent manquer ou être périmées

## The reminders' names, in `knotless status` ("Then: micro-pause in 12 min") and
## `knotless plan`.

daemon-reminder-movement = pause active
daemon-reminder-stand = un moment debout
daemon-reminder-change_position = changer de position
daemon-reminder-micro_pause = micro-pause
daemon-reminder-hydration = hydratation

## The daemon's replies, printed by `knotless pause`, `resume`, `snooze`, `skip`, `stand`,
## `sit`, `break`, `done`, `quit` and shown by the windows. $left, $sitting, $stood: short
## durations ("10 min"); $time: a weekday and time ("Fri 14:05").

# $pid: the daemon's process id.
daemon-reply-running = knotless est lancé (pid { $pid })
daemon-reply-resumed = Les rappels reprennent.
daemon-reply-skipped = Pause active passée.
daemon-reply-feedback = Merci : c’est noté.
daemon-reply-checkin = Bilan enregistré.
# A piece of advice was shown and recorded.
daemon-reply-advised = Noté.
daemon-reply-done = Pause terminée. Bien bougé.
daemon-reply-quit = knotless est arrêté.
daemon-reply-paused-until = Rappels suspendus jusqu’à { $time }.
daemon-reply-paused = Rappels suspendus jusqu’à leur reprise.
daemon-reply-snoozed = Pause reportée ; elle revient dans { $left }.
# Another exercise was picked in the break window; $title: its title.
daemon-reply-switched = Maintenant : { $title }
daemon-reply-standing = Debout. Le compteur de position assise reste à { $sitting } jusqu’à ce que vous vous rasseyiez (`knotless sit`).
daemon-reply-sitting = Retour en position assise après { $stood } debout. Le compteur repart de { $sitting }.
daemon-reply-settings-opened = Fenêtre des paramètres ouverte.
# `knotless break --no-window`: $title the exercise, $steps its steps, one a line.
daemon-reply-break-started =
    Pause commencée : { $title }
    { $steps }
# Added under a reply when history cannot be written; $why says why.
daemon-reply-not-in-history = Pas encore dans l’historique : { $why }.

## Why the daemon refused a request (printed after "knotless: ").

daemon-refused-nothing-to-snooze = aucune pause active n’est affichée, il n’y a donc rien à reporter
# $times: how many times it was snoozed.
daemon-refused-no-snoozes-left = cette pause a déjà été reportée { $times ->
        [one] une fois
       *[other] { $times } fois
    }, le maximum autorisé (movement.max_snoozes)
daemon-refused-no-break-running = aucune pause n’est en cours
daemon-refused-already-on-break = une pause est déjà en cours
daemon-refused-not-paused = les rappels ne sont pas suspendus
daemon-refused-pause-in-past = une suspension doit se terminer dans le futur
daemon-refused-standing-off = la position debout est désactivée ; activez-la avec `enabled = true` sous [standing] dans la configuration
daemon-refused-already-standing = vous êtes déjà debout
daemon-refused-already-sitting = vous êtes déjà en position assise
daemon-refused-not-a-nudge = seul un rappel pour se lever ou changer de position peut être remis à plus tard
daemon-refused-answered-already = cette pause active a déjà reçu une réponse
# $id: the exercise id asked for.
daemon-refused-no-such-exercise = aucun exercice ne s’appelle { $id }

## The last days, in a notification when no window can open (under notify-stats-title).

# $error: why the history file cannot be read.
daemon-stats-unreadable = impossible de lire l’historique : { $error }
daemon-stats-none = Aucune journée terminée sur la dernière semaine.
# $status: the tray's tooltip ("sitting 23 min · next move in 17 min").
daemon-stats-now = Maintenant : { $status }

## Why a part of knotless does not work now (in `knotless status`'s "Limited:" line).

# $error: why history cannot be written; $count: the events waiting to be written.
daemon-history-unwritten = impossible d’écrire l’historique ({ $error }) ; { $count ->
        [one] { $count } événement est conservé et sera écrit dès que possible
       *[other] { $count } événements sont conservés et seront écrits dès que possible
    }

## Why `knotless` cannot start (printed after "knotless: ").

# $path: knotless's runtime folder or lock file; $uid: the user id that owns it.
daemon-error-not-ours = { $path } appartient à un autre utilisateur (uid { $uid }) ; refus de l’utiliser
# $lock: the lock file; $address: the control socket or pipe.
daemon-error-stuck = un autre knotless détient { $lock } mais ne répond pas à { $address }
