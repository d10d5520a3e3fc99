## `knotless report` (and the statistics window's "Report for a physical therapist"): a
## plain-text summary to take to a physical therapist. It describes; it never diagnoses.

# The first line. $first and $last: dates (written as locale-date); $days: how many days.
report-heading = Rapport knotless : du { $first } au { $last } ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
report-intro = Vos propres bilans et pauses, à apporter à un kinésithérapeute. knotless donne des conseils généraux ; il ne pose pas de diagnostic.
# The last line of the report.
report-closing = Les nœuds musculaires ne disparaissent pas toujours du jour au lendemain. Si vous en avez souvent, un bilan de temps en temps chez un kinésithérapeute aide à repérer ce qui les fait revenir.

# When no check-in falls in the report's days.
report-no-checkins = Aucun bilan pendant cette période.
# Above the table of areas: one row per area, "neck  6.7 -> 2.3  improving" (the mean
# discomfort of the first week, of the last week, and the trend). $count: check-ins.
report-areas-heading = Ressenti par zone (gêne de 0 à 10, { $count ->
        [one] { $count } bilan
       *[other] { $count } bilans
    } ; première semaine -> dernière semaine, tendance sur les deux dernières semaines) :
# The trend of an area over the last two weeks (last column of the table).
report-trend-improving = en amélioration
report-trend-flat = sans changement
report-trend-worse = en aggravation
report-trend-unknown = trop peu de bilans
# A trend of an area that has not improved over two weeks: $trend is one of the above.
report-trend-stuck = { $trend } : consultez un kinésithérapeute

# Above the list of warning signs, one line each: "2026-11-11  lower back: …".
report-signs-heading = Signes d’alerte signalés (dès lors, knotless n’a rien proposé qui sollicite la zone jusqu’à ce qu’un bilan indique qu’elle allait de nouveau bien) :
# One warning sign after its date: $area (a region's name), $what (one of the two below).
report-sign = { $area } : { $what }
# $score: the discomfort rated, 0 to 10.
report-sign-severe = douleur notée { $score } sur 10
report-sign-warning = engourdissement, fourmillements, gonflement ou douleur limitante

# When no break was completed in the report's days.
report-no-breaks = Aucune pause terminée pendant cette période.
# Above the table of exercises: "Chin tucks  15×  better 15 · same 0 · worse 0".
report-tried-heading = Ce que vous avez fait (pauses terminées, et leur ressenti) :
# The last column of that table: how often each "How did that feel?" answer was given.
report-tried-feelings = mieux { $better } · pareil { $same } · moins bien { $worse }
# $title: an exercise's title; $better: its "better" answers, of $answered answers.
report-helped-most = Ce qui a le plus aidé : { $title } (« mieux » { $better } fois sur { $answered }).
# $titles: exercises' titles, separated by commas.
report-felt-worse = Plus souvent moins bien que mieux : { $titles }.

# Totals of the report's days. $sitting and $longest are durations ("75h", "1h 20m").
report-totals = Pauses : terminées { $completed }, naturelles { $natural }, passées { $skipped }, manquées { $missed }. Position assise : { $sitting } au total, plus longue période { $longest }.
# With a sit-stand desk; a line per day follows. $standing: a duration.
report-standing = Debout à un bureau assis-debout : { $standing } au total. Par jour :
# One day's line, after its date: $sitting and $standing are durations, padded to line up.
report-standing-day = assis { $sitting } · debout { $standing }
