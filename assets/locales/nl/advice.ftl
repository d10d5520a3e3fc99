## Advice about health, shown in the break window after a check-in ("Worth knowing") and
## before a first self-massage. Informational, never a diagnosis. Keep the safety meaning
## exactly: stop what makes it worse, never into pain, stop on numbness or tingling, see a
## doctor or a physical therapist. Where unsure, choose the safer wording.

# The first sentence of advice-seek-help: the user ticked the warning-sign question
# (numbness, tingling, swelling, or pain that limits daily activities). $area: a body part.
advice-seek-help-warning = Je meldde een doof gevoel, tintelingen, zwelling of pijn die je dag beperkt in je { $area }.
# The first sentence of advice-seek-help: a check-in scored $score (9 or 10) for $area.
advice-seek-help-severe = Je gaf de pijn in je { $area } een { $score } van de 10.
# The first sentence of advice-seek-help: "Worse" twice within a week for $area.
advice-seek-help-worse-again = Deze week voelde je { $area } twee keer slechter aan na een oefening.
# Advice to seek help. $what: one of the three sentences above; $area: a body part.
advice-seek-help = { $what } Stop met elke zelfzorg die het erger maakt. Tot een zelfcheck je { $area } weer als goed beoordeelt, stelt knotless niets voor wat dat gebied beweegt, rekt, drukt, verwarmt of koelt, en vraagt het er bij elke zelfcheck naar. Laat het alsjeblieft nakijken door een arts of een fysiotherapeut.
# After "Worse" for an exercise. $title: the exercise's title; $areas: the body parts it
# loads ("neck and shoulders", see vocabulary-list-and).
advice-held = Je zei dat { $title } het erger maakte. Stop voorlopig met dat soort zelfzorg voor je { $areas }: tot een zelfcheck ze weer als goed beoordeelt, stelt knotless niets voor wat ze beweegt, rekt, drukt, verwarmt of koelt, en twee maanden lang ook { $title } niet. Blijft het slechter, of merk je een doof gevoel of tintelingen, zoek dan hulp bij een arts of een fysiotherapeut.
# Two weeks of check-ins without improvement in $area. `knotless report` is a command:
# keep it as written.
advice-see-physio = Je { $area } is in twee weken zelfchecks niet verbeterd. Een fysiotherapeut kan uitzoeken waarom en je laten zien wat helpt. (`knotless report` drukt een samenvatting af.)
# The same, with what the breaks worked there: $tried lists exercises and how often
# ("Chin tucks (3×), Neck tilt (1×)").
advice-see-physio-tried = Je { $area } is in twee weken zelfchecks niet verbeterd. Een fysiotherapeut kan uitzoeken waarom en je laten zien wat helpt. Neem mee wat je hebt geprobeerd: { $tried }. (`knotless report` drukt een samenvatting af.)
# Before the first self-massage, heat or cold (shown in a frame, and read aloud first).
advice-provider-note = Voor zelfmassage, warmte of kou: heb je problemen met de bloedsomloop, zenuwproblemen of ernstig letsel, overleg dan eerst met een zorgverlener. Gebruik zachte druk en matige warmte of kou, nooit tot het pijn doet, en stop bij een doof gevoel of tintelingen.

## Advice next to a field of the settings or the welcome whose value cannot be used: what
## to write instead. Examples such as 45m, 1h30m, 20s, 08:00 and 09:00-17:30 are what the
## field accepts: keep them as they are.

# A whole number between $min and $max.
advice-count = Gebruik een geheel getal van { $min } tot { $max }
# A checkbox.
advice-bool = Vink het aan of uit
advice-time-of-day = Schrijf een tijdstip zoals 08:00
# A day's working hours; "off" is what the field takes for a day off: keep it.
advice-hours = Schrijf de uren zoals 09:00-17:30, of off
# A list with a name knotless does not know (a hand edit of the file); $name as written.
advice-names-unknown = Vink ‘{ $name }’ uit: knotless kent het niet
advice-names = Kies uit de lijst
advice-ids = Kies de oefeningen uit de lijst
advice-choice = Kies er een uit de lijst
advice-text = Schrijf het als platte tekst
advice-sources = Geef elke agenda op als volledig pad naar een .ics-bestand of als https://-adres
# A duration left empty; $like: an example the field takes ("45m").
advice-duration-empty = Schrijf een tijd, zoals { $like }
# A duration too short; $min: the shortest, in words ("10 seconds"); $like: an example.
advice-duration-min = Gebruik een tijd van minstens { $min }, zoals { $like }
# A duration too long; $max: the longest, in words ("8 hours"); $like: an example.
advice-duration-max = Gebruik een tijd van hoogstens { $max }, zoals { $like }
# $min and $max in words.
advice-duration-range = Gebruik een tijd van { $min } tot { $max }
# A bare number was typed; $number is it. The letters m and s are what the field reads.
advice-duration-unit = Voeg een eenheid toe: { $number }m voor minuten, { $number }s voor seconden
# Something that is no duration; $like: an example.
advice-duration-unreadable = Schrijf een tijd zoals { $like }, 1h30m of 20s

# A duration in words, one unit at a time ("1 hour 30 minutes" is hours then minutes, with
# a space between): in the settings beside a duration, in the advice above, and in the
# break window ("Done: 2 minutes for your neck").
advice-unit-days = { $n ->
        [one] { $n } dag
       *[other] { $n } dagen
    }
advice-unit-hours = { $n ->
        [one] { $n } uur
       *[other] { $n } uur
    }
advice-unit-minutes = { $n ->
        [one] { $n } minuut
       *[other] { $n } minuten
    }
advice-unit-seconds = { $n ->
        [one] { $n } seconde
       *[other] { $n } seconden
    }

## The controls of the settings and the welcome.

# The − button of a duration (a tooltip).
advice-control-shorter = Korter
# The same, as a screen reader names it; $name: the field's name.
advice-control-shorter-named = Korter: { $name }
# The + button of a duration (a tooltip).
advice-control-longer = Langer
advice-control-longer-named = Langer: { $name }
# The search field above the exercises to leave out (grey text inside it).
advice-control-find-hint = Oefening zoeken op naam
# The same field, as a screen reader names it.
advice-control-find-name = Oefening zoeken om weg te laten
# Under the exercises to leave out; $count: how many are ticked.
advice-control-left-out = { $count ->
        [0] Aangevinkte oefeningen worden nooit voorgesteld. Er is er geen weggelaten.
        [one] { $count } oefening is weggelaten.
       *[other] { $count } oefeningen zijn weggelaten.
    }
