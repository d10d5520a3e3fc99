## The statistics window and `knotless stats --text`. Durations ($sitting, $standing,
## $longest) are short ("6h 10m", "40m"); dates ($date) come from locale.ftl.

# The window's heading. $days: how many days it shows.
stats-title = { $days ->
        [one] Dein letzter Tag
       *[other] Deine letzten { $days } Tage
    }
# Under the heading: the last seven days. $taken: breaks taken (a number).
stats-summary = Letzte 7 Tage: { $sitting } gesessen, { $taken ->
        [one] { $taken } Pause
       *[other] { $taken } Pausen
    } gemacht, längste Sitzphase { $longest }.
# The same, with a sit-stand desk: $standing is the time standing.
stats-summary-standing = Letzte 7 Tage: { $sitting } gesessen, { $standing } gestanden, { $taken ->
        [one] { $taken } Pause
       *[other] { $taken } Pausen
    } gemacht, längste Sitzphase { $longest }.

## The window with no history yet.

stats-empty-title = Noch nichts zu sehen
stats-empty-first-day = Dein erster Tag erscheint hier nach deiner ersten Bewegungspause oder wenn du eine Weile vom Schreibtisch weggehst.
stats-empty-then = Danach Tag für Tag: wie lange du gesessen hast, welche Pausen du gemacht oder übersprungen hast, welche Körperbereiche deine Pausen bewegt haben und wie sich deine Schwerpunkte bei den Körperchecks angefühlt haben.

## The plots: a heading, a legend of coloured names above each, and each day's label on
## the axis (the last day is "Today").

stats-today = Heute
stats-sitting-title = Sitzzeit pro Tag (Stunden)
# With a sit-stand desk.
stats-sitting-standing-title = Sitzen und Stehen pro Tag (Stunden)
stats-legend-sitting = Sitzen
stats-legend-standing = Stehen
stats-legend-longest = längste Sitzphase
stats-breaks-title = Pausen nach Ergebnis pro Tag
# What became of each break (legend names).
stats-outcome-done = gemacht
stats-outcome-natural = natürlich
stats-outcome-snoozed = aufgeschoben
stats-outcome-skipped = übersprungen
stats-outcome-missed = verpasst
stats-discomfort-title = Beschwerden laut Körpercheck (0 gut, 10 stark)
stats-discomfort-none = Keine Körperchecks in diesen Tagen. Ab und zu fragt knotless nach einer Pause, wie sich deine Bereiche anfühlen; die Antworten erscheinen hier.

## Body regions moved: a bar per region.

stats-regions-title = Diese Woche bewegte Körperbereiche
stats-regions-none = Diese Woche noch keine abgeschlossenen Pausen.
# The text on a region's bar. $count: how many breaks moved it.
stats-regions-breaks = { $count ->
        [one] { $count } Pause
       *[other] { $count } Pausen
    }

## The table: its heading (also its name for screen readers) and column headers (short:
## the columns are narrow).

stats-table-title = Tag für Tag
stats-column-day = Tag
stats-column-sitting = Sitzen
stats-column-standing = Stehen
stats-column-longest = Längste
stats-column-done = Gemacht
stats-column-natural = Natürlich
stats-column-snoozed = Aufschub
stats-column-skipped = Überspr.
stats-column-missed = Verpasst

## The report section (the report itself is in report.ftl).

stats-report-title = Bericht für die Physiotherapie
stats-report-intro = Die letzten 30 Tage, zum Ausdrucken oder Mitnehmen.
stats-report-save = Bericht speichern

## The footer.

stats-close = Schließen
stats-export = CSV-Export
    .tooltip = Der ganze Verlauf als Tabellendatei
# After Export CSV or Save report. $path: the file written.
stats-saved = { $path } gespeichert
# $reason: the CSV writer's reason (English).
stats-error-csv = CSV kann nicht erstellt werden: { $reason }
# $path: the file; $reason: the system's reason.
stats-error-write = { $path } kann nicht geschrieben werden: { $reason }

## `knotless stats --text` (and `knotless plan`, `knotless status`): one line a day.
## Keep the " · " separators and the padding spaces inside $sitting, $standing and
## $longest, so the days line up. Numbers: $taken (breaks taken: $done + $natural),
## $done, $natural, $snoozed, $skipped, $missed.

stats-day-line = { $date }  gesessen { $sitting } · am längsten { $longest } · Pausen: { $taken } gemacht ({ $done } mit Übung, { $natural } natürlich) · { $snoozed } aufgeschoben · { $skipped } übersprungen · { $missed } verpasst
# The same, on a day with standing at a sit-stand desk.
stats-day-line-standing = { $date }  gesessen { $sitting } · gestanden { $standing } · am längsten { $longest } · Pausen: { $taken } gemacht ({ $done } mit Übung, { $natural } natürlich) · { $snoozed } aufgeschoben · { $skipped } übersprungen · { $missed } verpasst
# When there is nothing to show. $days: how many days were asked for.
stats-no-history = Noch kein Verlauf in den letzten { $days } Tagen.
