## `knotless report` (and the statistics window's "Report for a physical therapist"): a
## plain-text summary to take to a physical therapist. It describes; it never diagnoses.

# The first line. $first and $last: dates (written as locale-date); $days: how many days.
report-heading = knotless-rapport: { $first } tot { $last } ({ $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    })
report-intro = Je eigen zelfchecks en pauzes, om mee te nemen naar een fysiotherapeut. knotless geeft algemene suggesties; het stelt geen diagnose.
# The last line of the report.
report-closing = Knopen verdwijnen misschien niet van de ene dag op de andere. Heb je er vaak last van, dan helpt af en toe een bezoek aan een fysiotherapeut om te ontdekken waardoor ze steeds terugkomen.

# When no check-in falls in the report's days.
report-no-checkins = Geen zelfchecks in deze periode.
# Above the table of areas: one row per area, "neck  6.7 -> 2.3  improving" (the mean
# discomfort of the first week, of the last week, and the trend). $count: check-ins.
report-areas-heading = Hoe de gebieden aanvoelden (last 0-10, { $count ->
        [one] { $count } zelfcheck
       *[other] { $count } zelfchecks
    }; eerste week -> laatste week, trend over de laatste twee weken):
# The trend of an area over the last two weeks (last column of the table).
report-trend-improving = verbetert
report-trend-flat = geen verandering
report-trend-worse = verslechtert
report-trend-unknown = te weinig zelfchecks
# A trend of an area that has not improved over two weeks: $trend is one of the above.
report-trend-stuck = { $trend }: de moeite waard om naar een fysiotherapeut te gaan

# Above the list of warning signs, one line each: "2026-11-11  lower back: …".
report-signs-heading = Gemelde waarschuwingstekens (vanaf dat moment stelde knotless niets voor wat het gebied belast, tot een zelfcheck zei dat het weer goed was):
# One warning sign after its date: $area (a region's name), $what (one of the two below).
report-sign = { $area }: { $what }
# $score: the discomfort rated, 0 to 10.
report-sign-severe = pijn beoordeeld met { $score } van 10
report-sign-warning = doof gevoel, tintelingen, zwelling of beperkende pijn

# When no break was completed in the report's days.
report-no-breaks = Geen voltooide pauzes in deze periode.
# Above the table of exercises: "Chin tucks  15×  better 15 · same 0 · worse 0".
report-tried-heading = Wat je hebt gedaan (voltooide pauzes, en hoe ze aanvoelden):
# The last column of that table: how often each "How did that feel?" answer was given.
report-tried-feelings = beter { $better } · hetzelfde { $same } · slechter { $worse }
# $title: an exercise's title; $better: its "better" answers, of $answered answers.
report-helped-most = Wat het meest hielp: { $title } ({ $better } van { $answered } antwoorden: beter).
# $titles: exercises' titles, separated by commas.
report-felt-worse = Vaker slechter dan beter: { $titles }.

# Totals of the report's days. $sitting and $longest are durations ("75h", "1h 20m").
report-totals = Pauzes: { $completed } voltooid, { $natural } natuurlijk, { $skipped } overgeslagen, { $missed } gemist. In totaal { $sitting } gezeten, langste aaneengesloten zittijd { $longest }.
# With a sit-stand desk; a line per day follows. $standing: a duration.
report-standing = Gestaan aan een zit-sta-bureau: in totaal { $standing }. Per dag:
# One day's line, after its date: $sitting and $standing are durations, padded to line up.
report-standing-day = zitten { $sitting } · staan { $standing }
