## The statistics window and `knotless stats --text`. Durations ($sitting, $standing,
## $longest) are short ("6h 10m", "40m"); dates ($date) come from locale.ftl.

# The window's heading. $days: how many days it shows.
stats-title = { $days ->
        [one] Votre dernier jour
       *[other] Vos { $days } derniers jours
    }
# Under the heading: the last seven days. $taken: breaks taken (a number).
stats-summary = 7 derniers jours : { $sitting } en position assise, { $taken ->
        [one] { $taken } pause prise
       *[other] { $taken } pauses prises
    }, plus longue période { $longest }.
# The same, with a sit-stand desk: $standing is the time standing.
stats-summary-standing = 7 derniers jours : { $sitting } en position assise, { $standing } debout, { $taken ->
        [one] { $taken } pause prise
       *[other] { $taken } pauses prises
    }, plus longue période { $longest }.

## The window with no history yet.

stats-empty-title = Encore rien à afficher
stats-empty-first-day = Votre premier jour apparaîtra ici après votre première pause active, ou après un moment loin du bureau.
stats-empty-then = Ensuite, jour après jour : votre temps en position assise, les pauses prises ou passées, les zones du corps que vos pauses ont fait bouger, et le ressenti de vos zones ciblées lors des bilans.

## The plots: a heading, a legend of coloured names above each, and each day's label on
## the axis (the last day is "Today").

stats-today = Aujourd’hui
stats-sitting-title = Temps assis par jour (heures)
# With a sit-stand desk.
stats-sitting-standing-title = Temps assis et debout par jour (heures)
stats-legend-sitting = assis
stats-legend-standing = debout
stats-legend-longest = plus longue période
stats-breaks-title = Pauses par issue et par jour
# What became of each break (legend names).
stats-outcome-done = faites
stats-outcome-natural = naturelles
stats-outcome-snoozed = reportées
stats-outcome-skipped = passées
stats-outcome-missed = manquées
stats-discomfort-title = Gêne d’après vos bilans (0 tout va bien, 10 forte gêne)
stats-discomfort-none = Aucun bilan ces jours-ci. De temps en temps, après une pause, knotless vous demande comment vont vos zones ; les réponses s’affichent ici.

## Body regions moved: a bar per region.

stats-regions-title = Zones du corps sollicitées cette semaine
stats-regions-none = Pas encore de pause terminée cette semaine.
# The text on a region's bar. $count: how many breaks moved it.
stats-regions-breaks = { $count ->
        [one] { $count } pause
       *[other] { $count } pauses
    }

## The table: its heading (also its name for screen readers) and column headers (short:
## the columns are narrow).

stats-table-title = Jour par jour
stats-column-day = Jour
stats-column-sitting = Assis
stats-column-standing = Debout
stats-column-longest = Max
stats-column-done = Faites
stats-column-natural = Naturelles
stats-column-snoozed = Reportées
stats-column-skipped = Passées
stats-column-missed = Manquées

## The report section (the report itself is in report.ftl).

stats-report-title = Rapport pour un kinésithérapeute
stats-report-intro = Les 30 derniers jours, à imprimer ou à emporter.
stats-report-save = Enregistrer

## The footer.

stats-close = Fermer
stats-export = Exporter CSV
    .tooltip = Tout l’historique dans un fichier de tableur
# After Export CSV or Save report. $path: the file written.
stats-saved = { $path } enregistré
# $reason: the CSV writer's reason (English).
stats-error-csv = impossible de créer le CSV : { $reason }
# $path: the file; $reason: the system's reason.
stats-error-write = impossible d’écrire { $path } : { $reason }

## `knotless stats --text` (and `knotless plan`, `knotless status`): one line a day.
## Keep the " · " separators and the padding spaces inside $sitting, $standing and
## $longest, so the days line up. Numbers: $taken (breaks taken: $done + $natural),
## $done, $natural, $snoozed, $skipped, $missed.

stats-day-line = { $date }  assis { $sitting } · max { $longest } · pauses prises { $taken } (faites { $done }, naturelles { $natural }) · reportées { $snoozed } · passées { $skipped } · manquées { $missed }
# The same, on a day with standing at a sit-stand desk.
stats-day-line-standing = { $date }  assis { $sitting } · debout { $standing } · max { $longest } · pauses prises { $taken } (faites { $done }, naturelles { $natural }) · reportées { $snoozed } · passées { $skipped } · manquées { $missed }
# When there is nothing to show. $days: how many days were asked for.
stats-no-history = Pas encore d’historique sur les { $days } derniers jours.
