## The config file's keys and messages (settings window, welcome, `knotless config check`).
## Keys, section names and values in the file (movement.every, [movement], "45m", true,
## upper_back) are the file's contract and stay as they are: never translate them inside
## a message.

## The titles of the settings window's groups of keys (headings on the More page, row
## labels on the Common page).

config-group-move = Pauses actives
config-group-micro-pauses = Micro-pauses
config-group-water = Eau
config-group-working-hours = Horaires de travail
config-group-sound = Son
config-group-login = Lancement à la connexion
config-group-language = Langue
config-group-focus = Zones ciblées
config-group-at-hand = Ce que vous avez sous la main
config-group-snoozing = Reports et rappels manqués
config-group-busy = Si vous êtes indisponible
config-group-away = Absences et suspensions
config-group-days = Jours et horaires de travail
config-group-desk = Bureau assis-debout
config-group-check-ins = Bilans corporels
config-group-voice = Lecture vocale
config-group-suggestions = Exercices à proposer

## One message per config key, named config-SECTION-KEY: its label in the settings window
## (the text of a row, or of a checkbox for a true/false key), also the name a screen reader
## reads for its control and the name in "Cannot save: check “…”".

# [movement]
config-movement-every = Me rappeler de bouger après
config-movement-length = Durée de la pause
config-movement-snooze = Reporter de
config-movement-max_snoozes = Reports autorisés par pause
config-movement-heads_up = Un discret préavis avant une pause (0s : aucun)
config-movement-insist = Si je ne réponds pas à un rappel

# [micro_pause]
config-micro_pause-enabled = Micro-pauses (posture et yeux)
config-micro_pause-every = Micro-pause toutes les

# [hydration]
config-hydration-enabled = Rappels pour boire de l’eau
config-hydration-every = Rappel d’eau toutes les

# [checkin]
config-checkin-enabled = Me demander comment va mon corps après une pause
config-checkin-every = Au plus une fois toutes les

# [sound]
config-sound-cues = Signaux sonores pendant une pause
config-sound-volume = Volume des signaux
config-sound-voice = Lire les étapes à voix haute

# [presence]
config-presence-natural_break_after = Compter une absence après une inactivité de

# [standing]
config-standing-enabled = J’ai un bureau assis-debout
config-standing-every = Proposer de se lever après
config-standing-for = Rester debout environ
config-standing-max = Proposer de changer de position après une station debout de

# [schedule]
config-schedule-merge_within = Regrouper les rappels prévus à moins de
config-schedule-answer_within = Compter un rappel comme manqué après
config-schedule-morning = « Suspendre jusqu’à demain » prend fin à

# [context]
config-context-max_sitting = Même indisponible, rappel doux après une position assise de
config-context-grace = Une fois libre, attendre
config-context-do_not_disturb = Attendre si les notifications sont en sourdine
config-context-fullscreen = Attendre si une fenêtre est en plein écran
config-context-inhibitors = Attendre si une vidéo ou un appel garde l’écran allumé
config-context-camera = Attendre si la caméra est utilisée

# [calendar]
config-calendar-sources = Calendriers contenant mes réunions
config-calendar-before = Proposer une pause avant une réunion prévue dans moins de
config-calendar-me = Mon adresse dans les invitations

# [working_hours]
config-working_hours-enabled = Me rappeler seulement aux horaires de travail
config-working_hours-monday = Lundi
config-working_hours-tuesday = Mardi
config-working_hours-wednesday = Mercredi
config-working_hours-thursday = Jeudi
config-working_hours-friday = Vendredi
config-working_hours-saturday = Samedi
config-working_hours-sunday = Dimanche

# [startup]
config-startup-autostart = Lancer knotless à la connexion

# [ui]
config-ui-language = Langue

# [suggestions]
config-suggestions-focus = Zones ciblées
config-suggestions-equipment = Ce que vous avez sous la main
config-suggestions-positions = Positions qui vous conviennent
config-suggestions-exclude = Exercices à exclure

## What a key allows, in words: the end of a problem's message (`config check`) and of the
## settings window's report ("…; allowed: a duration from 10s to 8h").

# $min, $max: durations as the file writes them ("10s", "8h").
config-allowed-duration = une durée de { $min } à { $max }
# $min, $max: whole numbers.
config-allowed-count = un nombre entier de { $min } à { $max }
# true and false are the file's words: keep them.
config-allowed-bool = true ou false
config-allowed-time-of-day = une heure comme "08:00"
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-names = une liste parmi : { $names }
# `knotless exercises list` is a command: keep it.
config-allowed-ids = une liste d’identifiants d’exercices (`knotless exercises list`)
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-choice = une valeur parmi : { $names }
config-allowed-text = du texte entre guillemets, ou ""
config-allowed-sources = une liste de fichiers .ics (chemin complet, ou sous ~/) et d’adresses https://
# "off" is the file's word: keep it.
config-allowed-hours = une plage comme "09:00-17:30" ("22:00-06:00" passe minuit) ou "off"

## Why a value cannot be used for a key (`config check`, after "line:column: key = value:").
## $allowed is one of the config-allowed-* texts above.

# $reason: what could not be read, in English (from a library).
config-value-not-a-duration = n’est pas une durée ({ $reason }) ; écrivez-la comme "45m", "1h30m" ou "20s"
config-value-no-unit = une durée a besoin d’une unité, comme "45m" ou "20s" ; autorisé : { $allowed }
config-value-not-a-list = liste entre crochets attendue, comme ["a", "b"] ; autorisé : { $allowed }
config-value-expected = attendu : { $allowed }
# $name: the value written in the file.
config-value-unknown-name = "{ $name }" n’en fait pas partie ; autorisé : { $allowed }
# $name: the value written in the file; $suggestion: the allowed value closest to it.
config-value-unknown-name-did-you-mean = "{ $name }" n’en fait pas partie (vouliez-vous dire "{ $suggestion }" ?) ; autorisé : { $allowed }
config-value-out-of-range = hors limites ; autorisé : { $allowed }
# $path: a file; $reason: the system's reason.
config-value-unreadable = impossible de lire { $path } : { $reason }

## Problems with the file's layout (`config check`, after "line:column: name:").

# $reason: the TOML parser's reason, in English.
config-problem-not-toml = TOML non valide : { $reason }
# $name: a section's name written as a key; [{ $name }] is how a section is written.
config-problem-not-a-section = `{ $name }` doit être une section, écrite [{ $name }]
# $name: the unknown section; $sections: the sections there are, comma-separated.
config-problem-unknown-section = section inconnue [{ $name }] ; les sections sont { $sections }
# $name: the unknown section; $suggestion: the section closest to it.
config-problem-unknown-section-did-you-mean = section inconnue [{ $name }] ; vouliez-vous dire [{ $suggestion }] ?
# $name: a key written before any section.
config-problem-outside-section = `{ $name }` doit se trouver dans une section
# $name: a key written before any section; $section: the section that has that key.
config-problem-outside-section-did-you-mean = `{ $name }` doit se trouver dans une section ; vouliez-vous dire `{ $name }` sous [{ $section }] ?
# $section: the section; $names: its keys, comma-separated.
config-problem-unknown-key = clé inconnue ; [{ $section }] a { $names }
# $suggestion: the key of that section closest to the one written.
config-problem-unknown-key-did-you-mean = clé inconnue ; vouliez-vous dire `{ $suggestion }` ?

## `knotless config path` and `knotless config check`. $path: the config file.

# On stderr after the path, when there is no file there.
config-path-none = (pas encore de fichier ici : knotless utilise les valeurs par défaut ; `knotless config default > "{ $path }"` en crée un)
config-check-no-file = aucun fichier de configuration à { $path }
config-check-defaults = { $path } : aucun fichier de configuration ; knotless utilise les valeurs par défaut
# $reason: the system's reason.
config-check-unreadable = impossible de lire { $path } : { $reason }
config-check-ok = { $path } : ok
# The last line, after each problem on a line of its own. $count: how many problems.
config-check-problems = { $count ->
    [one] { $count } problème dans { $path } ; ces clés gardent leur valeur par défaut jusqu’à correction
   *[other] { $count } problèmes dans { $path } ; ces clés gardent leur valeur par défaut jusqu’à correction
}
