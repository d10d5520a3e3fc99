## `knotless report` (and the statistics window's "Report for a physical therapist"): a
## plain-text summary to take to a physical therapist. It describes; it never diagnoses.

# The first line. $first and $last: dates (written as locale-date); $days: how many days.
report-heading = knotless-Bericht: { $first } bis { $last } ({ $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    })
report-intro = Deine eigenen Körperchecks und Pausen, zum Mitnehmen in die Physiotherapie. knotless gibt allgemeine Anregungen und stellt keine Diagnosen.
# The last line of the report.
report-closing = Verspannungen verschwinden nicht immer über Nacht. Wenn du dazu neigst, hilft ab und zu ein Termin in der Physiotherapie, herauszufinden, was sie immer wieder auslöst.

# When no check-in falls in the report's days.
report-no-checkins = Keine Körperchecks in diesem Zeitraum.
# Above the table of areas: one row per area, "neck  6.7 -> 2.3  improving" (the mean
# discomfort of the first week, of the last week, and the trend). $count: check-ins.
report-areas-heading = So haben sich die Bereiche angefühlt (Beschwerden 0–10, { $count ->
        [one] { $count } Körpercheck
       *[other] { $count } Körperchecks
    }; erste Woche -> letzte Woche, Verlauf der letzten zwei Wochen):
# The trend of an area over the last two weeks (last column of the table).
report-trend-improving = bessert sich
report-trend-flat = unverändert
report-trend-worse = verschlechtert sich
report-trend-unknown = zu wenige Körperchecks
# A trend of an area that has not improved over two weeks: $trend is one of the above.
report-trend-stuck = { $trend }: Physiotherapie ratsam

# Above the list of warning signs, one line each: "2026-11-11  lower back: …".
report-signs-heading = Gemeldete Warnzeichen (ab dann schlug knotless nichts vor, was den Bereich belastet, bis ein Körpercheck ihn wieder als gut meldete):
# One warning sign after its date: $area (a region's name), $what (one of the two below).
report-sign = { $area }: { $what }
# $score: the discomfort rated, 0 to 10.
report-sign-severe = Schmerzen mit { $score } von 10 bewertet
report-sign-warning = Taubheit, Kribbeln, Schwellung oder einschränkende Schmerzen

# When no break was completed in the report's days.
report-no-breaks = Keine abgeschlossenen Pausen in diesem Zeitraum.
# Above the table of exercises: "Chin tucks  15×  better 15 · same 0 · worse 0".
report-tried-heading = Was du gemacht hast (abgeschlossene Pausen und wie sie sich angefühlt haben):
# The last column of that table: how often each "How did that feel?" answer was given.
report-tried-feelings = besser { $better } · gleich { $same } · schlechter { $worse }
# $title: an exercise's title; $better: its "better" answers, of $answered answers.
report-helped-most = Am meisten geholfen hat: { $title } ({ $better } von { $answered } Antworten: besser).
# $titles: exercises' titles, separated by commas.
report-felt-worse = Öfter schlechter als besser angefühlt: { $titles }.

# Totals of the report's days. $sitting and $longest are durations ("75h", "1h 20m").
report-totals = Pausen: { $completed } abgeschlossen, { $natural } natürlich, { $skipped } übersprungen, { $missed } verpasst. Insgesamt { $sitting } gesessen, längste Sitzphase { $longest }.
# With a sit-stand desk; a line per day follows. $standing: a duration.
report-standing = Stehen am Sitz-Steh-Tisch: insgesamt { $standing }. Pro Tag:
# One day's line, after its date: $sitting and $standing are durations, padded to line up.
report-standing-day = gesessen { $sitting } · gestanden { $standing }
