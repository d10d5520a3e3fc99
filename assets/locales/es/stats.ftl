## The statistics window and `knotless stats --text`. Durations ($sitting, $standing,
## $longest) are short ("6 h 10 min", "40 min"); dates ($date) come from locale.ftl.

# The window's heading. $days: how many days it shows.
stats-title = { $days ->
        [one] Tu último día
       *[other] Tus últimos { $days } días
    }
# Under the heading: the last seven days. $taken: breaks taken (a number).
stats-summary = Últimos 7 días: { $sitting } en la silla, { $taken ->
        [one] { $taken } pausa realizada
       *[other] { $taken } pausas realizadas
    }, tramo más largo en la silla: { $longest }.
# The same, with a sit-stand desk: $standing is the time standing.
stats-summary-standing = Últimos 7 días: { $sitting } en la silla, { $standing } de pie, { $taken ->
        [one] { $taken } pausa realizada
       *[other] { $taken } pausas realizadas
    }, tramo más largo en la silla: { $longest }.

## The window with no history yet.

stats-empty-title = Aún no hay nada que mostrar
stats-empty-first-day = Tu primer día aparecerá aquí después de tu primera pausa activa, o después de que te alejes un rato del escritorio.
stats-empty-then = Después, día a día: cuánto tiempo pasaste en la silla, las pausas que hiciste u omitiste, las zonas del cuerpo que moviste en tus pausas y cómo notaste tus zonas prioritarias en los chequeos.

## The plots: a heading, a legend of coloured names above each, and each day's label on
## the axis (the last day is "Hoy").

stats-today = Hoy
stats-sitting-title = Tiempo en la silla por día (horas)
# With a sit-stand desk.
stats-sitting-standing-title = Tiempo en la silla y de pie por día (horas)
stats-legend-sitting = en la silla
stats-legend-standing = de pie
stats-legend-longest = tramo más largo
stats-breaks-title = Pausas por resultado y día
# What became of each break (legend names).
stats-outcome-done = hechas
stats-outcome-natural = naturales
stats-outcome-snoozed = pospuestas
stats-outcome-skipped = omitidas
stats-outcome-missed = perdidas
stats-discomfort-title = Molestias según tus chequeos (0 bien, 10 muchas)
stats-discomfort-none = No hay chequeos en estos días. De vez en cuando, después de una pausa, knotless te pregunta cómo notas tus zonas; las respuestas aparecen aquí.

## Body regions moved: a bar per region.

stats-regions-title = Zonas del cuerpo movidas esta semana
stats-regions-none = Aún no hay pausas completadas esta semana.
# The text on a region's bar. $count: how many breaks moved it.
stats-regions-breaks = { $count ->
        [one] { $count } pausa
       *[other] { $count } pausas
    }

## The table: its heading (also its name for screen readers) and column headers (short:
## the columns are narrow).

stats-table-title = Día a día
stats-column-day = Día
stats-column-sitting = En la silla
stats-column-standing = De pie
stats-column-longest = Más largo
stats-column-done = Hechas
stats-column-natural = Naturales
stats-column-snoozed = Pospuestas
stats-column-skipped = Omitidas
stats-column-missed = Perdidas

## The report section (the report itself is in report.ftl).

stats-report-title = Informe para fisioterapia
stats-report-intro = Los últimos 30 días, para imprimir o llevar a la consulta.
stats-report-save = Guardar informe

## The footer.

stats-close = Cerrar
stats-export = Exportar CSV
    .tooltip = Todo el historial como hoja de cálculo
# After Export CSV or Save report. $path: the file written.
stats-saved = Guardado: { $path }
# $reason: the CSV writer's reason (English).
stats-error-csv = no se puede generar el CSV: { $reason }
# $path: the file; $reason: the system's reason.
stats-error-write = no se puede escribir { $path }: { $reason }

## `knotless stats --text` (and `knotless plan`, `knotless status`): one line a day.
## Keep the " · " separators and the padding spaces inside $sitting, $standing and
## $longest, so the days line up. Numbers: $taken (breaks taken: $done + $natural),
## $done, $natural, $snoozed, $skipped, $missed.

stats-day-line = { $date }  en la silla { $sitting } · más largo { $longest } · pausas: { $taken } realizadas ({ $done } hechas, { $natural } naturales) · { $snoozed } pospuestas · { $skipped } omitidas · { $missed } perdidas
# The same, on a day with standing at a sit-stand desk.
stats-day-line-standing = { $date }  en la silla { $sitting } · de pie { $standing } · más largo { $longest } · pausas: { $taken } realizadas ({ $done } hechas, { $natural } naturales) · { $snoozed } pospuestas · { $skipped } omitidas · { $missed } perdidas
# When there is nothing to show. $days: how many days were asked for.
stats-no-history = Aún no hay historial de los últimos { $days } días.
