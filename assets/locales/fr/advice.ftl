## Advice about health, shown in the break window after a check-in ("Worth knowing") and
## before a first self-massage. Informational, never a diagnosis. Keep the safety meaning
## exactly: stop what makes it worse, never into pain, stop on numbness or tingling, see a
## doctor or a physical therapist. Where unsure, choose the safer wording.

# The first sentence of advice-seek-help: the user ticked the warning-sign question
# (numbness, tingling, swelling, or pain that limits daily activities). $area: a body part.
advice-seek-help-warning = Vous avez signalé un engourdissement, des fourmillements, un gonflement ou une douleur qui limite votre journée (zone : { $area }).
# The first sentence of advice-seek-help: a check-in scored $score (9 or 10) for $area.
advice-seek-help-severe = Vous avez noté la douleur { $score } sur 10 (zone : { $area }).
# The first sentence of advice-seek-help: "Worse" twice within a week for $area.
advice-seek-help-worse-again = Deux fois cette semaine, un exercice a aggravé l’état de cette zone : { $area }.
# Advice to seek help. $what: one of the three sentences above; $area: a body part.
advice-seek-help = { $what } Arrêtez tout soin personnel qui aggrave la situation. Tant qu’un bilan n’indique pas que cette zone ({ $area }) va de nouveau bien, knotless ne propose rien qui la bouge, l’étire, la presse, la chauffe ou la refroidit, et vous en demande des nouvelles à chaque bilan. Faites examiner cette zone par un médecin ou un kinésithérapeute.
# After "Worse" for an exercise. $title: the exercise's title; $areas: the body parts it
# loads ("neck and shoulders", see vocabulary-list-and).
advice-held = Vous avez dit que { $title } avait aggravé les choses. Arrêtez pour l’instant ce type de soin pour ces zones : { $areas }. Tant qu’un bilan n’indique pas qu’elles vont de nouveau bien, knotless ne propose rien qui les bouge, les étire, les presse, les chauffe ou les refroidit, ni { $title } pendant deux mois. Si cela ne s’améliore pas, ou si vous remarquez un engourdissement ou des fourmillements, demandez l’avis d’un médecin ou d’un kinésithérapeute.
# Two weeks of check-ins without improvement in $area. `knotless report` is a command:
# keep it as written.
advice-see-physio = Aucune amélioration pour cette zone ({ $area }) après deux semaines de bilans. Un kinésithérapeute peut en trouver la cause et vous montrer ce qui aide. (`knotless report` affiche un résumé.)
# The same, with what the breaks worked there: $tried lists exercises and how often
# ("Chin tucks (3×), Neck tilt (1×)").
advice-see-physio-tried = Aucune amélioration pour cette zone ({ $area }) après deux semaines de bilans. Un kinésithérapeute peut en trouver la cause et vous montrer ce qui aide. À emporter, ce que vous avez essayé : { $tried }. (`knotless report` affiche un résumé.)
# Before the first self-massage, heat or cold (shown in a frame, and read aloud first).
advice-provider-note = Avant un automassage, du chaud ou du froid : en cas de troubles circulatoires, de problèmes nerveux ou de blessure grave, parlez-en d’abord à un professionnel de santé. Appuyez doucement et gardez une chaleur ou un froid modérés, jamais jusqu’à la douleur, et arrêtez en cas d’engourdissement ou de fourmillements.

## Advice next to a field of the settings or the welcome whose value cannot be used: what
## to write instead. Examples such as 45m, 1h30m, 20s, 08:00 and 09:00-17:30 are what the
## field accepts: keep them as they are.

# A whole number between $min and $max.
advice-count = Indiquez un nombre entier de { $min } à { $max }
# A checkbox.
advice-bool = Cochez ou décochez la case
advice-time-of-day = Indiquez une heure comme 08:00
# A day's working hours; "off" is what the field takes for a day off: keep it.
advice-hours = Indiquez les horaires comme 09:00-17:30, ou off
# A list with a name knotless does not know (a hand edit of the file); $name as written.
advice-names-unknown = Décochez « { $name } » : knotless ne le connaît pas
advice-names = Choisissez dans la liste
advice-ids = Choisissez les exercices dans la liste
advice-choice = Choisissez une valeur dans la liste
advice-text = Saisissez du texte simple
advice-sources = Indiquez chaque calendrier par le chemin complet d’un fichier .ics ou une adresse https://
# A duration left empty; $like: an example the field takes ("45m").
advice-duration-empty = Indiquez une durée, par exemple { $like }
# A duration too short; $min: the shortest, in words ("10 seconds"); $like: an example.
advice-duration-min = Indiquez une durée d’au moins { $min }, par exemple { $like }
# A duration too long; $max: the longest, in words ("8 hours"); $like: an example.
advice-duration-max = Indiquez une durée d’au plus { $max }, par exemple { $like }
# $min and $max in words.
advice-duration-range = Indiquez une durée de { $min } à { $max }
# A bare number was typed; $number is it. The letters m and s are what the field reads.
advice-duration-unit = Ajoutez une unité : { $number }m pour des minutes, { $number }s pour des secondes
# Something that is no duration; $like: an example.
advice-duration-unreadable = Indiquez une durée comme { $like }, 1h30m ou 20s

# A duration in words, one unit at a time ("1 hour 30 minutes" is hours then minutes, with
# a space between): in the settings beside a duration, in the advice above, and in the
# break window ("Done: 2 minutes for your neck").
advice-unit-days = { $n ->
        [one] { $n } jour
       *[other] { $n } jours
    }
advice-unit-hours = { $n ->
        [one] { $n } heure
       *[other] { $n } heures
    }
advice-unit-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
advice-unit-seconds = { $n ->
        [one] { $n } seconde
       *[other] { $n } secondes
    }

## The controls of the settings and the welcome.

# The − button of a duration (a tooltip).
advice-control-shorter = Plus court
# The same, as a screen reader names it; $name: the field's name.
advice-control-shorter-named = Plus court : { $name }
# The + button of a duration (a tooltip).
advice-control-longer = Plus long
advice-control-longer-named = Plus long : { $name }
# The search field above the exercises to leave out (grey text inside it).
advice-control-find-hint = Chercher un exercice par son nom
# The same field, as a screen reader names it.
advice-control-find-name = Chercher un exercice à exclure
# Under the exercises to leave out; $count: how many are ticked.
advice-control-left-out = { $count ->
        [0] Les exercices cochés ne sont jamais proposés. Aucun n’est exclu.
        [one] { $count } exercice exclu.
       *[other] { $count } exercices exclus.
    }
