## Advice about health, shown in the break window after a check-in ("Worth knowing") and
## before a first self-massage. Informational, never a diagnosis. Keep the safety meaning
## exactly: stop what makes it worse, never into pain, stop on numbness or tingling, see a
## doctor or a physical therapist. Where unsure, choose the safer wording.

# The first sentence of advice-seek-help: the user ticked the warning-sign question
# (numbness, tingling, swelling, or pain that limits daily activities). $area: a body part.
advice-seek-help-warning = You noted numbness, tingling, swelling or pain that limits your day in your { $area }.
# The first sentence of advice-seek-help: a check-in scored $score (9 or 10) for $area.
advice-seek-help-severe = You rated the pain in your { $area } { $score } out of 10.
# The first sentence of advice-seek-help: "Worse" twice within a week for $area.
advice-seek-help-worse-again = Twice this week an exercise made your { $area } feel worse.
# Advice to seek help. $what: one of the three sentences above; $area: a body part.
advice-seek-help = { $what } Stop any self-care that makes it worse. Until a check-in rates your { $area } fine again, knotless suggests nothing that moves, stretches, presses, heats or cools that area, and asks about it at every check-in. Please have it looked at by a doctor or a physical therapist.
# After "Worse" for an exercise. $title: the exercise's title; $areas: the body parts it
# loads ("neck and shoulders", see vocabulary-list-and).
advice-held = You said { $title } made it worse. Stop that kind of self-care on your { $areas } for now: until a check-in rates them fine again, knotless suggests nothing that moves, stretches, presses, heats or cools them, nor { $title } for two months. If it stays worse, or you notice numbness or tingling, seek guidance from a doctor or a physical therapist.
# Two weeks of check-ins without improvement in $area. `knotless report` is a command:
# keep it as written.
advice-see-physio = Your { $area } has not improved over two weeks of check-ins. A physical therapist can find out why and show you what helps. (`knotless report` prints a summary.)
# The same, with what the breaks worked there: $tried lists exercises and how often
# ("Chin tucks (3×), Neck tilt (1×)").
advice-see-physio-tried = Your { $area } has not improved over two weeks of check-ins. A physical therapist can find out why and show you what helps. To bring along, what you tried: { $tried }. (`knotless report` prints a summary.)
# Before the first self-massage, heat or cold (shown in a frame, and read aloud first).
advice-provider-note = Before self-massage, heat or cold: if you have circulatory problems, nerve problems or a serious injury, talk to a healthcare provider first. Use gentle pressure and moderate warmth or cold, never into pain, and stop on numbness or tingling.

## Advice next to a field of the settings or the welcome whose value cannot be used: what
## to write instead. Examples such as 45m, 1h30m, 20s, 08:00 and 09:00-17:30 are what the
## field accepts: keep them as they are.

# A whole number between $min and $max.
advice-count = Use a whole number from { $min } to { $max }
# A checkbox.
advice-bool = Tick or untick it
advice-time-of-day = Write a time of day like 08:00
# A day's working hours; "off" is what the field takes for a day off: keep it.
advice-hours = Write the hours like 09:00-17:30, or off
# A list with a name knotless does not know (a hand edit of the file); $name as written.
advice-names-unknown = Untick “{ $name }”: knotless does not know it
advice-names = Choose from the list
advice-ids = Choose the exercises from the list
advice-choice = Choose one from the list
advice-text = Write it as plain text
advice-sources = Give each calendar as a full path to an .ics file or an https:// address
# A duration left empty; $like: an example the field takes ("45m").
advice-duration-empty = Write a time, like { $like }
# A duration too short; $min: the shortest, in words ("10 seconds"); $like: an example.
advice-duration-min = Use a time of at least { $min }, like { $like }
# A duration too long; $max: the longest, in words ("8 hours"); $like: an example.
advice-duration-max = Use a time of at most { $max }, like { $like }
# $min and $max in words.
advice-duration-range = Use a time from { $min } to { $max }
# A bare number was typed; $number is it. The letters m and s are what the field reads.
advice-duration-unit = Add a unit: { $number }m for minutes, { $number }s for seconds
# Something that is no duration; $like: an example.
advice-duration-unreadable = Write a time like { $like }, 1h30m or 20s

# A duration in words, one unit at a time ("1 hour 30 minutes" is hours then minutes, with
# a space between): in the settings beside a duration, in the advice above, and in the
# break window ("Done: 2 minutes for your neck").
advice-unit-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
advice-unit-hours = { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }
advice-unit-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
advice-unit-seconds = { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }

## The controls of the settings and the welcome.

# The − button of a duration (a tooltip).
advice-control-shorter = Shorter
# The same, as a screen reader names it; $name: the field's name.
advice-control-shorter-named = Shorter: { $name }
# The + button of a duration (a tooltip).
advice-control-longer = Longer
advice-control-longer-named = Longer: { $name }
# The search field above the exercises to leave out (grey text inside it).
advice-control-find-hint = Find an exercise by name
# The same field, as a screen reader names it.
advice-control-find-name = Find an exercise to leave out
# Under the exercises to leave out; $count: how many are ticked.
advice-control-left-out = { $count ->
        [0] Ticked exercises are never suggested. None is left out.
        [one] { $count } exercise is left out.
       *[other] { $count } exercises are left out.
    }
