## Advice about health, shown in the break window after a check-in ("Worth knowing") and
## before a first self-massage. Informational, never a diagnosis. Keep the safety meaning
## exactly: stop what makes it worse, never into pain, stop on numbness or tingling, see a
## doctor or a physical therapist. Where unsure, choose the safer wording.

# The first sentence of advice-seek-help: the user ticked the warning-sign question
# (numbness, tingling, swelling, or pain that limits daily activities). $area: a body part.
advice-seek-help-warning = Du hast im Bereich { $area } Taubheit, Kribbeln, eine Schwellung oder Schmerzen angegeben, die dich im Alltag einschränken.
# The first sentence of advice-seek-help: a check-in scored $score (9 or 10) for $area.
advice-seek-help-severe = Du hast die Schmerzen im Bereich { $area } mit { $score } von 10 bewertet.
# The first sentence of advice-seek-help: "Worse" twice within a week for $area.
advice-seek-help-worse-again = Zweimal in dieser Woche hat sich der Bereich { $area } nach einer Übung schlechter angefühlt.
# Advice to seek help. $what: one of the three sentences above; $area: a body part.
advice-seek-help = { $what } Hör mit jeder Selbstbehandlung auf, die es schlimmer macht. Bis ein Körpercheck den Bereich { $area } wieder als gut bewertet, schlägt knotless nichts vor, was diesen Bereich bewegt, dehnt, drückt, wärmt oder kühlt, und fragt bei jedem Körpercheck danach. Bitte lass es ärztlich oder physiotherapeutisch untersuchen.
# After "Worse" for an exercise. $title: the exercise's title; $areas: the body parts it
# loads ("neck and shoulders", see vocabulary-list-and).
advice-held = Du hast gesagt, dass „{ $title }“ es schlimmer gemacht hat. Hör vorerst mit dieser Art von Selbstbehandlung im Bereich { $areas } auf: Bis ein Körpercheck ihn wieder als gut bewertet, schlägt knotless nichts vor, was ihn bewegt, dehnt, drückt, wärmt oder kühlt, und zwei Monate lang auch nicht „{ $title }“. Wenn es schlechter bleibt oder du Taubheit oder Kribbeln bemerkst, lass dich ärztlich oder physiotherapeutisch beraten.
# Two weeks of check-ins without improvement in $area. `knotless report` is a command:
# keep it as written.
advice-see-physio = Der Bereich { $area } hat sich in zwei Wochen Körperchecks nicht gebessert. In der Physiotherapie kann man herausfinden, woran das liegt, und dir zeigen, was hilft. (`knotless report` gibt eine Zusammenfassung aus.)
# The same, with what the breaks worked there: $tried lists exercises and how often
# ("Chin tucks (3×), Neck tilt (1×)").
advice-see-physio-tried = Der Bereich { $area } hat sich in zwei Wochen Körperchecks nicht gebessert. In der Physiotherapie kann man herausfinden, woran das liegt, und dir zeigen, was hilft. Zum Mitnehmen, was du ausprobiert hast: { $tried }. (`knotless report` gibt eine Zusammenfassung aus.)
# Before the first self-massage, heat or cold (shown in a frame, and read aloud first).
advice-provider-note = Vor Selbstmassage, Wärme oder Kälte: Wenn du Durchblutungsstörungen, Nervenprobleme oder eine ernsthafte Verletzung hast, sprich zuerst mit medizinischem Fachpersonal. Nutze sanften Druck und mäßige Wärme oder Kälte, nie bis in den Schmerz, und hör bei Taubheit oder Kribbeln auf.

## Advice next to a field of the settings or the welcome whose value cannot be used: what
## to write instead. Examples such as 45m, 1h30m, 20s, 08:00 and 09:00-17:30 are what the
## field accepts: keep them as they are.

# A whole number between $min and $max.
advice-count = Gib eine ganze Zahl von { $min } bis { $max } ein
# A checkbox.
advice-bool = Setz oder entferne das Häkchen
advice-time-of-day = Gib eine Uhrzeit ein, etwa 08:00
# A day's working hours; "off" is what the field takes for a day off: keep it.
advice-hours = Gib die Zeiten wie 09:00-17:30 ein oder off
# A list with a name knotless does not know (a hand edit of the file); $name as written.
advice-names-unknown = Entferne das Häkchen bei „{ $name }“: knotless kennt das nicht
advice-names = Wähle aus der Liste
advice-ids = Wähle die Übungen aus der Liste
advice-choice = Wähle einen Eintrag aus der Liste
advice-text = Gib es als einfachen Text ein
advice-sources = Gib jeden Kalender als vollständigen Pfad zu einer .ics-Datei oder als https://-Adresse an
# A duration left empty; $like: an example the field takes ("45m").
advice-duration-empty = Gib eine Zeit ein, etwa { $like }
# A duration too short; $min: the shortest, in words ("10 seconds"); $like: an example.
advice-duration-min = Gib eine Zeit von mindestens { $min } ein, etwa { $like }
# A duration too long; $max: the longest, in words ("8 hours"); $like: an example.
advice-duration-max = Gib eine Zeit von höchstens { $max } ein, etwa { $like }
# $min and $max in words.
advice-duration-range = Gib eine Zeit von { $min } bis { $max } ein
# A bare number was typed; $number is it. The letters m and s are what the field reads.
advice-duration-unit = Gib eine Einheit an: { $number }m für Minuten, { $number }s für Sekunden
# Something that is no duration; $like: an example.
advice-duration-unreadable = Gib eine Zeit wie { $like }, 1h30m oder 20s ein

# A duration in words, one unit at a time ("1 hour 30 minutes" is hours then minutes, with
# a space between): in the settings beside a duration, in the advice above, and in the
# break window ("Done: 2 minutes for your neck").
advice-unit-days = { $n ->
        [one] { $n } Tag
       *[other] { $n } Tage
    }
advice-unit-hours = { $n ->
        [one] { $n } Stunde
       *[other] { $n } Stunden
    }
advice-unit-minutes = { $n ->
        [one] { $n } Minute
       *[other] { $n } Minuten
    }
advice-unit-seconds = { $n ->
        [one] { $n } Sekunde
       *[other] { $n } Sekunden
    }

## The controls of the settings and the welcome.

# The − button of a duration (a tooltip).
advice-control-shorter = Kürzer
# The same, as a screen reader names it; $name: the field's name.
advice-control-shorter-named = Kürzer: { $name }
# The + button of a duration (a tooltip).
advice-control-longer = Länger
advice-control-longer-named = Länger: { $name }
# The search field above the exercises to leave out (grey text inside it).
advice-control-find-hint = Übung nach Name suchen
# The same field, as a screen reader names it.
advice-control-find-name = Übung zum Auslassen suchen
# Under the exercises to leave out; $count: how many are ticked.
advice-control-left-out = { $count ->
        [0] Angekreuzte Übungen werden nie vorgeschlagen. Keine ist ausgelassen.
        [one] { $count } Übung wird ausgelassen.
       *[other] { $count } Übungen werden ausgelassen.
    }
