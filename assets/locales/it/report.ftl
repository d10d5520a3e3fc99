## `knotless report` (and the statistics window's "Report for a physical therapist"): a
## plain-text summary to take to a physical therapist. It describes; it never diagnoses.

# The first line. $first and $last: dates (written as locale-date); $days: how many days.
report-heading = Rapporto knotless: dal { $first } al { $last } ({ $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    })
report-intro = Le tue autovalutazioni e pause, da portare a un fisioterapista. knotless dà suggerimenti generali; non fa diagnosi.
# The last line of the report.
report-closing = I nodi muscolari possono non sparire da un giorno all'altro. Se ne soffri spesso, una visita da un fisioterapista ogni tanto aiuta a capire cosa continua a farli tornare.

# When no check-in falls in the report's days.
report-no-checkins = Nessuna autovalutazione in questo periodo.
# Above the table of areas: one row per area, "neck  6.7 -> 2.3  improving" (the mean
# discomfort of the first week, of the last week, and the trend). $count: check-ins.
report-areas-heading = Come si sentivano le zone (fastidio 0-10, { $count ->
        [one] { $count } autovalutazione
       *[other] { $count } autovalutazioni
    }; prima settimana -> ultima settimana, tendenza nelle ultime due settimane):
# The trend of an area over the last two weeks (last column of the table).
report-trend-improving = in miglioramento
report-trend-flat = nessun cambiamento
report-trend-worse = in peggioramento
report-trend-unknown = troppo poche autovalutazioni
# A trend of an area that has not improved over two weeks: $trend is one of the above.
report-trend-stuck = { $trend }: vale la pena consultare un fisioterapista

# Above the list of warning signs, one line each: "2026-11-11  lower back: …".
report-signs-heading = Segnali d'allarme riportati (da quel momento knotless non ha suggerito nulla che sollecitasse la zona finché un'autovalutazione non ha indicato che andava di nuovo bene):
# One warning sign after its date: $area (a region's name), $what (one of the two below).
report-sign = { $area }: { $what }
# $score: the discomfort rated, 0 to 10.
report-sign-severe = dolore valutato { $score } su 10
report-sign-warning = intorpidimento, formicolio, gonfiore o dolore limitante

# When no break was completed in the report's days.
report-no-breaks = Nessuna pausa completata in questo periodo.
# Above the table of exercises: "Chin tucks  15×  better 15 · same 0 · worse 0".
report-tried-heading = Cosa hai fatto (pause completate e come sono andate):
# The last column of that table: how often each "How did that feel?" answer was given.
report-tried-feelings = meglio { $better } · uguale { $same } · peggio { $worse }
# $title: an exercise's title; $better: its "better" answers, of $answered answers.
report-helped-most = Cosa ha aiutato di più: { $title } ({ $better } su { $answered } risposte: meglio).
# $titles: exercises' titles, separated by commas.
report-felt-worse = Più spesso peggio che meglio: { $titles }.

# Totals of the report's days. $sitting and $longest are durations ("75h", "1h 20m").
report-totals = Pause: { $completed } completate, { $natural } naturali, { $skipped } saltate, { $missed } mancate. Tempo sulla sedia { $sitting } in totale, periodo più lungo { $longest }.
# With a sit-stand desk; a line per day follows. $standing: a duration.
report-standing = In piedi alla scrivania regolabile: { $standing } in totale. Per giorno:
# One day's line, after its date: $sitting and $standing are durations, padded to line up.
report-standing-day = sulla sedia { $sitting } · in piedi { $standing }
