# The command line's own words: `knotless plan`, `knotless status` framing, the verbs that
# talk to the daemon, `exercises list/show`, history, and the errors a person reads
# (printed after "knotless: "). Text in `backticks` is a command, option or config key:
# keep it as it is.

## `knotless plan`: a simulated day, as a timeline. Durations ($every, $length, $sitting…)
## are written as in the config file ("40m", "1h 30m"); $time is a time of day ("14:05").

# The first line; $script describes the simulated day (e.g. "8h at the desk").
cli-plan-title = Plan pour { $days ->
        [one] { $days } journée simulée
       *[other] { $days } journées simulées
    } de { $script }.
# The second line, the settings the plan runs with; $unanswered is one of cli-plan-insist-…,
# $micro_pause and $hydration cli-plan-every or cli-plan-off; with a heads-up ($heads_up_secs
# more than 0), the heads-up $heads_up before each break.
cli-plan-movement-line = Pause active toutes les { $every } en position assise (durée { $length }, report de { $snooze } jusqu’à { $max_snoozes }×{ $heads_up_secs ->
        [0] {""}
       *[other] , préavis { $heads_up } avant
    } ; sans réponse : { $unanswered }) ; micro-pause { $micro_pause } ; hydratation { $hydration } ; absence après { $away } sans saisie.
cli-plan-every = toutes les { $every }
cli-plan-off = désactivée
# What happens to an unanswered movement break ([movement] insist).
cli-plan-insist-never = manquée aussitôt
cli-plan-insist-gentle = redemandée une fois
cli-plan-insist-firm = redemandée une fois, puis dans la fenêtre de pause
# With a sit-stand desk.
cli-plan-standing = Bureau assis-debout : debout pendant { $stand_for } après { $every } en position assise ; changement de position après { $max } debout.
cli-plan-standing-script = Bureau assis-debout (activé pour ce plan : le script comporte des moments debout) : debout pendant { $stand_for } après { $every } en position assise ; changement de position après { $max } debout.
# $count: meetings found; $before: how early a break is offered before one.
cli-plan-meetings = { $count ->
        [one] { $count } réunion
       *[other] { $count } réunions
    } dans le calendrier : aucun rappel pendant celles-ci ; une pause prévue dans les { $before } qui précèdent une réunion est proposée avant.
# The totals after several days.
cli-plan-totals = Sur { $days } jours : { $sitting } en position assise (environ { $per_day } par jour), plus longue période { $longest }, pauses prises { $taken }, passées { $skipped }, manquées { $missed }.

## The timeline's lines.

# A reminder when its kind leads; $sitting: time sat.
cli-plan-movement = pause active à faire ({ $sitting } en position assise)
cli-plan-stand = un moment debout ? ({ $sitting } en position assise)
cli-plan-change_position = changer de position : s’asseoir un moment, ou marcher
cli-plan-micro_pause = micro-pause : vérifier la posture, reposer les yeux
cli-plan-hydration = hydratation : un verre d’eau
# $reminder: one of the lines above, asked again after a snooze.
cli-plan-again = { $reminder }, de nouveau
# Asked again after it went unanswered $times times.
cli-plan-again-unanswered = { $reminder }, de nouveau (sans réponse { $times ->
        [1] une fois
        [2] deux fois
       *[other] { $times } fois
    })
cli-plan-again-in-window = { $reminder }, de nouveau dans la fenêtre de pause (sans réponse { $times ->
        [1] une fois
        [2] deux fois
       *[other] { $times } fois
    })
# A reminder that carries other kinds: $others, their names joined by cli-plan-with-separator.
cli-plan-with = { $reminder } + { $others }
cli-plan-with-separator = {" + "}
# $time: the meeting's end; $summary: its title from the calendar.
cli-plan-meeting = réunion jusqu’à { $time }
cli-plan-meeting-named = réunion jusqu’à { $time } : { $summary }
cli-plan-meeting-held = en réunion : pause retenue ({ $sitting } en position assise)
# $reminder: a reminder's line; $time: the meeting's start.
cli-plan-before-meeting = { $reminder }, avant la réunion de { $time }
# $left: snoozes left.
cli-plan-snoozed = reportée de { $length } ({ $left ->
        [one] { $left } report restant
       *[other] { $left } reports restants
    })
cli-plan-break-asked = pause commencée sur demande
cli-plan-break-started = pause commencée
cli-plan-break-done = pause terminée après { $length }
cli-plan-break-done-away = pause faite : loin de l’ordinateur ({ $length })
cli-plan-skipped = passée
cli-plan-abandoned = pause abandonnée
cli-plan-missed = manquée : pas de réponse
cli-plan-ignored = pas de réponse : redemandée après la durée d’un report
cli-plan-heads-up = préavis : une pause dans { $left }
cli-plan-natural-break = retour après { $away } d’absence : pause naturelle
cli-plan-sat = · { $length } d’affilée en position assise
cli-plan-paused-for = suspension pendant { $length }
cli-plan-paused = suspension
cli-plan-resumed = reprise
cli-plan-stood-up = passage debout
cli-plan-stand-ended = fin de la station debout après { $length }
cli-plan-sat-down = retour en position assise après { $length } debout
cli-plan-later = plus tard : dans { $length }
cli-plan-busy = indisponible : pause retenue ({ $sitting } en position assise)

## Warnings and errors (after "knotless: " unless they start with "warning:").

# $problem: which calendar and what is wrong.
cli-warning-calendar = avertissement : calendrier { $problem }
cli-error-idle-script = impossible de lire le script d’inactivité { $path } : { $error }
# $address: the socket or pipe knotless listens on.
cli-error-not-running = knotless n’est pas lancé (rien ne répond à { $address }) ; lancez-le avec `knotless`
cli-error-no-status = le démon n’a envoyé aucun état
# $error: what the system said.
cli-error-history-write = impossible d’écrire l’historique : { $error }
cli-error-write = impossible d’écrire { $path } : { $error }
cli-error-read = impossible de lire { $path } : { $error }
cli-error-no-config = aucun fichier de configuration à { $path }
# On a system the background reminder does not support yet.
cli-error-no-daemon-here = le rappel en arrière-plan fonctionne pour l’instant sous Linux, les BSD et Windows ; `knotless plan` montre comment les rappels se répartiraient sur votre journée
# A config problem, when a command reads the config; $problem: the line and what is wrong.
cli-warning-config = avertissement : { $path }:{ $problem } (valeur par défaut utilisée)
# Lines of the history file that had to be skipped; $line: its number; $reason: why.
cli-warning-history-torn = avertissement : { $path }:{ $line } : dernière ligne tronquée ignorée (coupée par un plantage ?) : { $reason }
cli-warning-history-unreadable = avertissement : { $path }:{ $line } : ligne illisible ignorée : { $reason }

## `knotless break` and `knotless welcome` without a desktop.

# Printed above the steps when no daemon runs.
cli-break-not-counted = knotless n’est pas lancé, cette pause n’est donc pas comptée
cli-break-nothing-waiting = Aucune pause active n’attend de réponse.
# $opened: what `knotless settings` did (opened the config file in an editor, or where it is).
cli-welcome-no-desktop = L’accueil est une fenêtre, et il n’y a pas de bureau graphique ici. Les mêmes choix sont [suggestions] focus et equipment, et [startup] autostart, dans votre configuration : { $opened }

## `knotless exercises list` and `show`.

# The list's column headings (short: the columns are narrow).
cli-exercises-column-id = ID
cli-exercises-column-kind = TYPE
cli-exercises-column-where = OÙ
cli-exercises-column-time = DURÉE
cli-exercises-column-title = TITRE
# After an exercise of the user's own.
cli-exercises-yours = (le vôtre)
# Under the list; $dir: the folder of the user's own exercises. ID stays as it is.
cli-exercises-count = { $count } exercices ({ $yours } à vous, depuis { $dir }). `knotless exercises show ID` pour les étapes.
# `show` of an id that does not exist; $suggestion: a similar id.
cli-exercises-unknown = aucun exercice `{ $id }` (`knotless exercises list` les affiche tous)
cli-exercises-unknown-did-you-mean = aucun exercice `{ $id }` ; vouliez-vous dire `{ $suggestion }` ?
# Where an exercise comes from: the user's own file ($path), or built in.
cli-exercises-origin-yours = le vôtre, { $path }
cli-exercises-origin-built-in = intégré
# `show`'s first line: $origin is one of the two above.
cli-exercises-show-title = { $title }  ({ $id }, { $origin })
# `show`'s second line: $regions the body areas, $kind, $position, $needs the equipment
# (or cli-exercises-needs-nothing), $length ("1m 30s").
cli-exercises-show-works = Travaille : { $regions } · { $kind } · { $position } · matériel : { $needs } · { $length }
cli-exercises-needs-nothing = aucun
cli-exercises-list-separator = {", "}
# An exercise file that cannot be read; $problem: the file and what is wrong.
cli-warning-exercise-file = avertissement : { $problem } (ce fichier est ignoré)
# A duration on the command line (`knotless pause 30m`) that cannot be read; $error: why.
cli-error-duration = { $error } ; écrivez-la comme "30m" ou "1h30m"
cli-error-duration-short = elle doit durer au moins 10s
# Talking to the running knotless failed; $address: its socket or pipe; $error: the
# system's reason; $detail: what was wrong with its answer.
cli-error-call-nothing = rien ne répond à { $address }
cli-error-call-io = communication avec knotless à { $address } : { $error }
cli-error-call-garbled = knotless à { $address } a répondu quelque chose d’illisible : { $detail }
# $path: a file; $error: the system's reason.
cli-error-history-file-write = impossible d’écrire l’historique { $path } : { $error }
cli-error-history-file-read = impossible de lire l’historique { $path } : { $error }
cli-error-create = impossible de créer { $path } : { $error }
cli-error-no-home = impossible de trouver votre dossier personnel ($HOME est-il défini ?)
# A web calendar ($url, its address without secrets).
cli-error-calendar-not-fetched = { $url } : pas encore récupéré (knotless, une fois lancé, le récupère pendant votre présence)
cli-error-fetch-no-curl = { $url } : impossible de lancer curl pour le récupérer : { $error }
# $reason: what is wrong with the file (the parser's words).
cli-error-fetch-malformed = { $url } : pas un calendrier : { $reason }
cli-error-fetch-cache = { $url } : impossible d’en garder une copie dans { $path } : { $error }

## `knotless settings` without a desktop: the config file was opened in an editor, or (when
## none could open) where to edit it. $path: the config file.

cli-settings-opened = { $path } ouvert : chaque clé y est expliquée, et knotless, s’il est lancé, applique vos modifications dès l’enregistrement (vérifiez-les avec `knotless config check`).
cli-settings-edit = Modifiez { $path } : chaque clé y est expliquée, et knotless, s’il est lancé, applique vos modifications dès l’enregistrement (vérifiez-les avec `knotless config check`).

## `knotless --help` and `knotless VERB --help`. The message cli-help-VERB is the verb's
## one-line description; .long its longer one (`--help`), .after the text after the options;
## .arg-NAME an option's or argument's help. Text in `backticks`, --options, FILE, AREA and
## the like are what one types: keep them as they are. {"{"} and {"}"} write a brace.

# The headings of the help (clap shows them followed by a colon).
cli-help-heading-usage = Utilisation :
cli-help-heading-commands = Commandes
cli-help-heading-options = Options
cli-help-heading-arguments = Arguments
# The -h and -V options.
cli-help-flag-help = Afficher l’aide
# -h when --help says more, and --help then.
cli-help-flag-help-more = Afficher l’aide (plus de détails avec '--help')
cli-help-flag-help-summary = Afficher l’aide (un résumé avec '-h')
cli-help-flag-version = Afficher la version

cli-help-knotless =
    knotless : bougez souvent, bougez varié. Un rappel de pause léger qui mesure le temps en position assise
    .after =
        Lancez-le une fois (par exemple à l’ouverture de session) et oubliez-le : `knotless` se loge dans la
        zone de notification, mesure depuis combien de temps vous êtes en position assise et, aux bons
        moments, propose une courte pause active, chaque fois différente. Tout le reste s’adresse à cette
        instance en cours.

        Fichiers :
          configuration  $XDG_CONFIG_HOME/knotless/config.toml   (`knotless config path`)
          historique     $XDG_DATA_HOME/knotless/history.jsonl    (`knotless history export`)

        Codes de sortie : 0 succès, 1 échec, 2 mauvaise utilisation ou entrée invalide, 3 knotless n’est pas lancé.
cli-help-run =
    Lancer le rappel en arrière-plan (zone de notification + notifications) ; l’action par défaut. S’il tourne déjà, lui passe la main et quitte
cli-help-status =
    Afficher le temps en position assise, la présence, les prochains rappels, l’état de suspension et les canaux manquants
    .arg-json =
        Un objet JSON (noms de champs stables, pour les scripts et les barres d’état)
    .arg-format =
        Une ligne selon un modèle, pour les barres d’état : `--format '{"{"}sitting{"}"} · {"{"}next{"}"}'`. Champs : {"{"}sitting{"}"} {"{"}sitting_secs{"}"} {"{"}next{"}"} {"{"}next_secs{"}"} {"{"}presence{"}"} {"{"}phase{"}"} {"{"}paused{"}"} {"{"}snoozes_left{"}"} {"{"}posture{"}"} {"{"}standing{"}"} {"{"}standing_secs{"}"} {"{"}tooltip{"}"} ; `{"{"}{"{"}` et `{"}"}{"}"}` pour les accolades
cli-help-break =
    Commencer maintenant une courte pause active avec la prochaine suggestion, guidée dans la fenêtre de pause (ses étapes sont affichées à la place s’il n’y a pas de bureau graphique)
    .arg-now =
        La commencer tout de suite, même si aucune pause n’est due (ce que fait `break` de toute façon ; conservé pour les scripts)
    .arg-prompt =
        Demander d’abord : la fenêtre affiche le rappel en attente avec Commencer la pause / Reporter / Passer. knotless, une fois lancé, l’ouvre ainsi quand il n’y a pas de serveur de notifications
cli-help-pause =
    Suspendre les rappels un moment : `pause 30m`, `pause 2h`, `pause --until-tomorrow`, ou `pause` seul jusqu’à `knotless resume`
    .arg-secs =
        Combien de temps, comme "30m" ou "1h30m"
    .arg-until_tomorrow =
        Jusqu’à demain matin (`schedule.morning` dans la configuration, 08:00 par défaut)
cli-help-resume =
    Reprendre les rappels après une suspension
cli-help-snooze =
    Reporter la pause active affichée (de `movement.snooze` si rien n’est précisé)
    .arg-secs =
        Combien de temps, comme "5m"
cli-help-skip =
    Passer la pause active affichée, ou la prochaine
cli-help-stand =
    Passage debout à un bureau assis-debout : le temps debout ne compte pas comme du temps assis, la pause active arrive donc plus tard d’autant (nécessite `[standing] enabled`)
cli-help-sit =
    Retour en position assise : le compteur reprend là où il s’était arrêté
cli-help-quit =
    Arrêter le rappel en arrière-plan
cli-help-settings =
    Ouvrir la fenêtre des paramètres (sans bureau graphique : votre fichier de configuration dans votre éditeur, créé avec chaque clé expliquée s’il manque) ; knotless, s’il est lancé, applique aussitôt ce que vous enregistrez
cli-help-welcome =
    Revoir l’accueil du premier lancement : ce que font les rappels, vos zones ciblées, ce que vous avez sous la main, et le lancement à l’ouverture de session (enregistré dans votre fichier de configuration)
cli-help-stats =
    Vos derniers jours : temps en position assise, plus longue période, pauses par issue et zones du corps sollicitées, dans la fenêtre des statistiques (un tableau avec `--text` ou sans bureau graphique)
    .arg-text =
        Afficher un tableau au lieu d’ouvrir la fenêtre (pour les scripts et les terminaux)
    .arg-days =
        Nombre de jours à afficher
cli-help-checkin =
    Dire comment va votre corps maintenant : chaque zone de 0 (tout va bien) à 10, et tout signe d’alerte
    .long =
        Dire comment va votre corps maintenant : chaque zone de 0 (tout va bien) à 10, et tout signe d’alerte.

        `knotless checkin neck=2 shoulders=5 --warning shoulders`. Une zone avec un signe d’alerte ou une douleur de 9 ou plus est mise au repos : rien qui la sollicite n’est proposé tant qu’un bilan ne la note pas 3 ou moins sans signe d’alerte. Sans réponses : les zones à noter maintenant, celles au repos d’abord, avec la raison de chaque mise au repos.
    .arg-answers =
        AREA=SCORE pour chaque zone, comme `neck=2` : neck, shoulders, upper_back, lower_back, chest, hips, wrists, legs ; de 0 (tout va bien) à 10
    .arg-warning =
        Engourdissement, fourmillements, gonflement ou douleur qui limite votre journée dans AREA (à répéter pour d’autres zones)
    .arg-window =
        Répondre plutôt dans une fenêtre (celle qu’ouvre « Faire le bilan » dans la zone de notification)
cli-help-report =
    Un résumé en texte brut à apporter à un kinésithérapeute : le ressenti de chaque zone au fil du temps (d’après vos bilans), les signes d’alerte, ce que vous avez essayé et ce qui a aidé
    .arg-days =
        Nombre de jours en arrière
cli-help-plan =
    Simuler le planificateur avec votre configuration sur des journées de travail simulées et afficher la chronologie
    .long =
        Simuler le planificateur avec votre configuration sur des journées de travail simulées et afficher la chronologie.

        Sans script, chaque journée est une saisie continue à partir de 09:00, avec 45 minutes d’absence pour le déjeuner au milieu. Avec `--idle-script FILE`, chaque journée suit le fichier : une ligne par changement, comme `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `17:30 end` (`#` commence un commentaire ; `passive 3m` signifie une saisie toutes les 3 minutes).
    .arg-hours =
        Heures devant l’ordinateur par journée simulée (sans script)
    .arg-idle_script =
        Rejouer une journée scriptée au lieu de celle par défaut : une ligne par changement, comme `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `16:00 standing`, `16:40 sitting`, et en dernier `17:30 end`
    .arg-days =
        Nombre de jours à simuler (au-delà d’un, une ligne par jour ; voir --timeline)
    .arg-start =
        Premier jour simulé, YYYY-MM-DD (par défaut : aujourd’hui)
    .arg-respond =
        Comment la personne simulée répond aux rappels de pause active
    .arg-timeline =
        Afficher chaque événement même sur de nombreux jours
    .arg-config =
        Utiliser ce fichier de configuration au lieu du vôtre
    .arg-calendar =
        Planifier autour des réunions de ce fichier .ics (option répétable), en plus de celles des calendriers de la configuration
cli-help-config =
    Où se trouve le fichier de configuration, le vérifier, ou afficher les valeurs par défaut documentées
cli-help-config-path =
    Afficher le chemin de votre fichier de configuration
cli-help-config-check =
    Vérifier un fichier de configuration (le vôtre sauf si FILE est donné) ; code de sortie 2 en cas de problème
cli-help-config-default =
    Afficher la configuration par défaut, chaque clé documentée
cli-help-exercises =
    La bibliothèque d’exercices : lister, en afficher un, ou vérifier un fichier à vous
cli-help-exercises-list =
    Lister tous les exercices (intégrés et les vôtres)
cli-help-exercises-show =
    Afficher un exercice avec ses étapes et ses précautions
cli-help-exercises-check =
    Vérifier un de vos fichiers d’exercice ; code de sortie 2 en cas de problème
cli-help-exercises-render =
    Dessiner la figure d’un exercice, un SVG par image clé, pour écrire les vôtres et pour relecture : `knotless exercises render calf-raises --out /tmp/fig` (ou un FILE à vous). `--all` dessine tous les exercices et une planche de tous
    .arg-target =
        Un identifiant d’exercice, ou le chemin d’un fichier d’exercice
    .arg-out =
        Le dossier où écrire (créé s’il manque)
    .arg-all =
        Tous les exercices de la bibliothèque, et `contact-sheet.svg`
    .arg-size =
        Taille en pixels (carré) de chaque dessin
cli-help-history =
    Votre historique de pauses
cli-help-history-export =
    Afficher tout votre historique dans un autre format (sur la sortie standard sauf avec --output)
    .arg-output =
        Écrire dans ce fichier au lieu de la sortie standard
cli-help-manpages =
    Écrire les pages de manuel (knotless.1 et une page par verbe) dans DIR ; pour les empaqueteurs (`make install` le fait)
cli-help-completions =
    Afficher un script de complétion pour le shell, par ex. `knotless completions bash > ~/.local/share/bash-completion/completions/knotless`
