## `knotless report` (and the statistics window's "Report for a physical therapist"): a
## plain-text summary to take to a physical therapist. It describes; it never diagnoses.

# The first line. $first and $last: dates (written as locale-date); $days: how many days.
report-heading = Informe de knotless: del { $first } al { $last } ({ $days ->
        [one] { $days } día
       *[other] { $days } días
    })
report-intro = Tus propios chequeos y pausas, para llevarlos a un fisioterapeuta. knotless ofrece sugerencias generales; no hace diagnósticos.
# The last line of the report.
report-closing = Los nudos musculares no siempre desaparecen de la noche a la mañana. Si tiendes a tenerlos, un chequeo con un fisioterapeuta de vez en cuando ayuda a detectar lo que hace que vuelvan.

# When no check-in falls in the report's days.
report-no-checkins = No hay chequeos en este periodo.
# Above the table of areas: one row per area, "cuello  6,7 -> 2,3  mejorando" (the mean
# discomfort of the first week, of the last week, and the trend). $count: check-ins.
report-areas-heading = Cómo se notaron las zonas (molestias de 0 a 10, { $count ->
        [one] { $count } chequeo
       *[other] { $count } chequeos
    }; primera semana -> última semana, tendencia de las dos últimas semanas):
# The trend of an area over the last two weeks (last column of the table).
report-trend-improving = mejorando
report-trend-flat = sin cambios
report-trend-worse = empeorando
report-trend-unknown = pocos chequeos
# A trend of an area that has not improved over two weeks: $trend is one of the above.
report-trend-stuck = { $trend }: conviene consultar a un fisioterapeuta

# Above the list of warning signs, one line each: "11/11/2026  zona lumbar: …".
report-signs-heading = Señales de alarma indicadas (a partir de entonces, knotless no sugirió nada que cargara la zona hasta que un chequeo indicó que volvía a estar bien):
# One warning sign after its date: $area (a region's name), $what (one of the two below).
report-sign = { $area }: { $what }
# $score: the discomfort rated, 0 to 10.
report-sign-severe = dolor puntuado con { $score } de 10
report-sign-warning = entumecimiento, hormigueo, hinchazón o dolor limitante

# When no break was completed in the report's days.
report-no-breaks = No hay pausas completadas en este periodo.
# Above the table of exercises: "Retracción de barbilla  15×  mejor 15 · igual 0 · peor 0".
report-tried-heading = Lo que hiciste (pausas completadas y cómo te sentiste):
# The last column of that table: how often each "How did that feel?" answer was given.
report-tried-feelings = mejor { $better } · igual { $same } · peor { $worse }
# $title: an exercise's title; $better: its "better" answers, of $answered answers.
report-helped-most = Lo que más ayudó: { $title } ({ $better } de { $answered } respuestas: mejor).
# $titles: exercises' titles, separated by commas.
report-felt-worse = Más veces peor que mejor: { $titles }.

# Totals of the report's days. $sitting and $longest are durations ("75 h", "1 h 20 min").
report-totals = Pausas: { $completed } completadas, { $natural } naturales, { $skipped } omitidas, { $missed } perdidas. { $sitting } en la silla en total; tramo más largo: { $longest }.
# With a sit-stand desk; a line per day follows. $standing: a duration.
report-standing = De pie en un escritorio elevable: { $standing } en total. Por día:
# One day's line, after its date: $sitting and $standing are durations, padded to line up.
report-standing-day = en la silla { $sitting } · de pie { $standing }
