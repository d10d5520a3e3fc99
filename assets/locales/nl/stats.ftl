## The statistics window and `knotless stats --text`. Durations ($sitting, $standing,
## $longest) are short ("6h 10m", "40m"); dates ($date) come from locale.ftl.

# The window's heading. $days: how many days it shows.
stats-title = { $days ->
        [one] Je laatste dag
       *[other] Je laatste { $days } dagen
    }
# Under the heading: the last seven days. $taken: breaks taken (a number).
stats-summary = Laatste 7 dagen: { $sitting } gezeten, { $taken ->
        [one] { $taken } pauze
       *[other] { $taken } pauzes
    } genomen, langste zitperiode { $longest }.
# The same, with a sit-stand desk: $standing is the time standing.
stats-summary-standing = Laatste 7 dagen: { $sitting } gezeten, { $standing } gestaan, { $taken ->
        [one] { $taken } pauze
       *[other] { $taken } pauzes
    } genomen, langste zitperiode { $longest }.

## The window with no history yet.

stats-empty-title = Nog niets te tonen
stats-empty-first-day = Je eerste dag verschijnt hier na je eerste bewegingspauze, of nadat je een tijdje weg bent geweest van je bureau.
stats-empty-then = Daarna, dag na dag: hoe lang je zat, welke pauzes je nam of oversloeg, welke lichaamsdelen je pauzes in beweging brachten en hoe je aandachtsgebieden aanvoelden bij de zelfchecks.

## The plots: a heading, a legend of coloured names above each, and each day's label on
## the axis (the last day is "Today").

stats-today = Vandaag
stats-sitting-title = Zittijd per dag (uren)
# With a sit-stand desk.
stats-sitting-standing-title = Zitten en staan per dag (uren)
stats-legend-sitting = zitten
stats-legend-standing = staan
stats-legend-longest = langste zitperiode
stats-breaks-title = Pauzes per uitkomst per dag
# What became of each break (legend names).
stats-outcome-done = gedaan
stats-outcome-natural = natuurlijk
stats-outcome-snoozed = uitgesteld
stats-outcome-skipped = overgeslagen
stats-outcome-missed = gemist
stats-discomfort-title = Last volgens je zelfchecks (0 goed, 10 veel)
stats-discomfort-none = Geen zelfchecks in deze dagen. Af en toe vraagt knotless na een pauze hoe je gebieden aanvoelen; de antwoorden verschijnen hier.

## Body regions moved: a bar per region.

stats-regions-title = Lichaamsdelen bewogen deze week
stats-regions-none = Nog geen voltooide pauzes deze week.
# The text on a region's bar. $count: how many breaks moved it.
stats-regions-breaks = { $count ->
        [one] { $count } pauze
       *[other] { $count } pauzes
    }

## The table: its heading (also its name for screen readers) and column headers (short:
## the columns are narrow).

stats-table-title = Dag na dag
stats-column-day = Dag
stats-column-sitting = Zitten
stats-column-standing = Staan
stats-column-longest = Langste
stats-column-done = Gedaan
stats-column-natural = Natuurlijk
stats-column-snoozed = Uitgesteld
stats-column-skipped = Overgeslagen
stats-column-missed = Gemist

## The report section (the report itself is in report.ftl).

stats-report-title = Rapport voor een fysiotherapeut
stats-report-intro = De laatste 30 dagen, om af te drukken of mee te nemen.
stats-report-save = Rapport opslaan

## The footer.

stats-close = Sluiten
stats-export = CSV exporteren
    .tooltip = De hele geschiedenis als spreadsheetbestand
# After Export CSV or Save report. $path: the file written.
stats-saved = { $path } opgeslagen
# $reason: the CSV writer's reason (English).
stats-error-csv = kan de CSV niet maken: { $reason }
# $path: the file; $reason: the system's reason.
stats-error-write = kan { $path } niet schrijven: { $reason }

## `knotless stats --text` (and `knotless plan`, `knotless status`): one line a day.
## Keep the " · " separators and the padding spaces inside $sitting, $standing and
## $longest, so the days line up. Numbers: $taken (breaks taken: $done + $natural),
## $done, $natural, $snoozed, $skipped, $missed.

stats-day-line = { $date }  zitten { $sitting } · langste { $longest } · pauzes { $taken } genomen ({ $done } gedaan, { $natural } natuurlijk) · { $snoozed } uitgesteld · { $skipped } overgeslagen · { $missed } gemist
# The same, on a day with standing at a sit-stand desk.
stats-day-line-standing = { $date }  zitten { $sitting } · staan { $standing } · langste { $longest } · pauzes { $taken } genomen ({ $done } gedaan, { $natural } natuurlijk) · { $snoozed } uitgesteld · { $skipped } overgeslagen · { $missed } gemist
# When there is nothing to show. $days: how many days were asked for.
stats-no-history = Nog geen geschiedenis in de laatste { $days } dagen.
