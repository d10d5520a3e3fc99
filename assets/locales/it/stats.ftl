## The statistics window and `knotless stats --text`. Durations ($sitting, $standing,
## $longest) are short ("6h 10m", "40m"); dates ($date) come from locale.ftl.

# The window's heading. $days: how many days it shows.
stats-title = { $days ->
        [one] Il tuo ultimo giorno
       *[other] I tuoi ultimi { $days } giorni
    }
# Under the heading: the last seven days. $taken: breaks taken (a number).
stats-summary = Ultimi 7 giorni: sulla sedia { $sitting }, { $taken ->
        [one] { $taken } pausa fatta
       *[other] { $taken } pause fatte
    }, periodo più lungo { $longest }.
# The same, with a sit-stand desk: $standing is the time standing.
stats-summary-standing = Ultimi 7 giorni: sulla sedia { $sitting }, in piedi { $standing }, { $taken ->
        [one] { $taken } pausa fatta
       *[other] { $taken } pause fatte
    }, periodo più lungo { $longest }.

## The window with no history yet.

stats-empty-title = Ancora niente da mostrare
stats-empty-first-day = Il tuo primo giorno compare qui dopo la prima pausa di movimento, o dopo un po' di tempo lontano dalla scrivania.
stats-empty-then = Poi, giorno per giorno: il tempo passato sulla sedia, le pause fatte o saltate, le zone del corpo mosse nelle pause e come si sentivano le tue zone mirate nelle autovalutazioni.

## The plots: a heading, a legend of coloured names above each, and each day's label on
## the axis (the last day is "Today").

stats-today = Oggi
stats-sitting-title = Tempo sulla sedia al giorno (ore)
# With a sit-stand desk.
stats-sitting-standing-title = Tempo sulla sedia e in piedi al giorno (ore)
stats-legend-sitting = sulla sedia
stats-legend-standing = in piedi
stats-legend-longest = periodo più lungo
stats-breaks-title = Pause per esito al giorno
# What became of each break (legend names).
stats-outcome-done = fatte
stats-outcome-natural = naturali
stats-outcome-snoozed = posticipate
stats-outcome-skipped = saltate
stats-outcome-missed = mancate
stats-discomfort-title = Fastidio dalle autovalutazioni (0 bene, 10 molto)
stats-discomfort-none = Nessuna autovalutazione in questi giorni. Ogni tanto, dopo una pausa, knotless ti chiede come senti le tue zone; le risposte compaiono qui.

## Body regions moved: a bar per region.

stats-regions-title = Zone del corpo mosse questa settimana
stats-regions-none = Nessuna pausa completata questa settimana.
# The text on a region's bar. $count: how many breaks moved it.
stats-regions-breaks = { $count ->
        [one] { $count } pausa
       *[other] { $count } pause
    }

## The table: its heading (also its name for screen readers) and column headers (short:
## the columns are narrow).

stats-table-title = Giorno per giorno
stats-column-day = Giorno
stats-column-sitting = Sedia
stats-column-standing = In piedi
stats-column-longest = Più lungo
stats-column-done = Fatte
stats-column-natural = Naturali
stats-column-snoozed = Posticip.
stats-column-skipped = Saltate
stats-column-missed = Mancate

## The report section (the report itself is in report.ftl).

stats-report-title = Rapporto per il fisioterapista
stats-report-intro = Gli ultimi 30 giorni, da stampare o portare con te.
stats-report-save = Salva rapporto

## The footer.

stats-close = Chiudi
stats-export = Esporta CSV
    .tooltip = Tutta la cronologia come file per fogli di calcolo
# After Export CSV or Save report. $path: the file written.
stats-saved = Salvato { $path }
# $reason: the CSV writer's reason (English).
stats-error-csv = impossibile creare il CSV: { $reason }
# $path: the file; $reason: the system's reason.
stats-error-write = impossibile scrivere { $path }: { $reason }

## `knotless stats --text` (and `knotless plan`, `knotless status`): one line a day.
## Keep the " · " separators and the padding spaces inside $sitting, $standing and
## $longest, so the days line up. Numbers: $taken (breaks taken: $done + $natural),
## $done, $natural, $snoozed, $skipped, $missed.

stats-day-line = { $date }  sulla sedia { $sitting } · max { $longest } · pause prese { $taken } ({ $done } fatte, { $natural } naturali) · { $snoozed } posticipate · { $skipped } saltate · { $missed } mancate
# The same, on a day with standing at a sit-stand desk.
stats-day-line-standing = { $date }  sulla sedia { $sitting } · in piedi { $standing } · max { $longest } · pause prese { $taken } ({ $done } fatte, { $natural } naturali) · { $snoozed } posticipate · { $skipped } saltate · { $missed } mancate
# When there is nothing to show. $days: how many days were asked for.
stats-no-history = Ancora nessuna cronologia negli ultimi { $days } giorni.
