## `knotless report` (and the statistics window's "Report for a physical therapist"): a
## plain-text summary to take to a physical therapist. It describes; it never diagnoses.

# The first line. $first and $last: dates (written as locale-date); $days: how many days.
report-heading = knotless report: { $first } to { $last } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    })
report-intro = Your own check-ins and breaks, to bring to a physical therapist. knotless gives general suggestions; it does not diagnose.
# The last line of the report.
report-closing = Knots may not go away overnight. If you are prone to them, a check-in with a physical therapist now and then helps catch what keeps bringing them back.

# When no check-in falls in the report's days.
report-no-checkins = No check-ins in this time.
# Above the table of areas: one row per area, "neck  6.7 -> 2.3  improving" (the mean
# discomfort of the first week, of the last week, and the trend). $count: check-ins.
report-areas-heading = How the areas felt (discomfort 0-10, { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    }; first week -> last week, trend over the last two weeks):
# The trend of an area over the last two weeks (last column of the table).
report-trend-improving = improving
report-trend-flat = no change
report-trend-worse = getting worse
report-trend-unknown = too few check-ins
# A trend of an area that has not improved over two weeks: $trend is one of the above.
report-trend-stuck = { $trend }: worth seeing a physical therapist

# Above the list of warning signs, one line each: "2026-11-11  lower back: …".
report-signs-heading = Warning signs reported (from then on, knotless suggested nothing that loads the area until a check-in said it was fine again):
# One warning sign after its date: $area (a region's name), $what (one of the two below).
report-sign = { $area }: { $what }
# $score: the discomfort rated, 0 to 10.
report-sign-severe = pain rated { $score } of 10
report-sign-warning = numbness, tingling, swelling or limiting pain

# When no break was completed in the report's days.
report-no-breaks = No completed breaks in this time.
# Above the table of exercises: "Chin tucks  15×  better 15 · same 0 · worse 0".
report-tried-heading = What you did (completed breaks, and how they felt):
# The last column of that table: how often each "How did that feel?" answer was given.
report-tried-feelings = better { $better } · same { $same } · worse { $worse }
# $title: an exercise's title; $better: its "better" answers, of $answered answers.
report-helped-most = What helped most: { $title } ({ $better } of { $answered } answers: better).
# $titles: exercises' titles, separated by commas.
report-felt-worse = Felt worse more often than better: { $titles }.

# Totals of the report's days. $sitting and $longest are durations ("75h", "1h 20m").
report-totals = Breaks: { $completed } completed, { $natural } natural, { $skipped } skipped, { $missed } missed. Sitting { $sitting } in all, longest stretch { $longest }.
# With a sit-stand desk; a line per day follows. $standing: a duration.
report-standing = Standing at a sit-stand desk: { $standing } in all. Per day:
# One day's line, after its date: $sitting and $standing are durations, padded to line up.
report-standing-day = sitting { $sitting } · standing { $standing }
