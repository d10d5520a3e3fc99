## `knotless report` (and the statistics window's "Report for a physical therapist"): a
## plain-text summary to take to a physical therapist. It describes; it never diagnoses.

# The first line. $first and $last: dates (written as locale-date); $days: how many days.
report-heading = Relatório do knotless: { $first } a { $last } ({ $days ->
        [0] { $days } dias
        [one] { $days } dia
       *[other] { $days } dias
    })
report-intro = Suas próprias autoavaliações e pausas, para levar a um fisioterapeuta. O knotless dá sugestões gerais; ele não faz diagnósticos.
# The last line of the report.
report-closing = Os nós musculares podem não sumir da noite para o dia. Se você tem tendência a eles, consultar um fisioterapeuta de vez em quando ajuda a descobrir o que os faz voltar.

# When no check-in falls in the report's days.
report-no-checkins = Nenhuma autoavaliação neste período.
# Above the table of areas: one row per area, "neck  6.7 -> 2.3  improving" (the mean
# discomfort of the first week, of the last week, and the trend). $count: check-ins.
report-areas-heading = Como as áreas estiveram (desconforto 0-10, { $count ->
        [0] { $count } autoavaliações
        [one] { $count } autoavaliação
       *[other] { $count } autoavaliações
    }; primeira semana -> última semana, tendência nas duas últimas semanas):
# The trend of an area over the last two weeks (last column of the table).
report-trend-improving = melhorando
report-trend-flat = sem mudança
report-trend-worse = piorando
report-trend-unknown = poucas autoavaliações
# A trend of an area that has not improved over two weeks: $trend is one of the above.
report-trend-stuck = { $trend }: vale consultar um fisioterapeuta

# Above the list of warning signs, one line each: "2026-11-11  lower back: …".
report-signs-heading = Sinais de alerta relatados (a partir de então, o knotless não sugeriu nada que trabalhasse a área até que uma autoavaliação indicasse que ela estava bem de novo):
# One warning sign after its date: $area (a region's name), $what (one of the two below).
report-sign = { $area }: { $what }
# $score: the discomfort rated, 0 to 10.
report-sign-severe = dor com nota { $score } de 10
report-sign-warning = dormência, formigamento, inchaço ou dor que limita o dia

# When no break was completed in the report's days.
report-no-breaks = Nenhuma pausa concluída neste período.
# Above the table of exercises: "Chin tucks  15×  better 15 · same 0 · worse 0".
report-tried-heading = O que você fez (pausas concluídas, e como você se sentiu):
# The last column of that table: how often each "How did that feel?" answer was given.
report-tried-feelings = melhor { $better } · igual { $same } · pior { $worse }
# $title: an exercise's title; $better: its "better" answers, of $answered answers.
report-helped-most = O que mais ajudou: { $title } ({ $better } de { $answered } respostas: melhor).
# $titles: exercises' titles, separated by commas.
report-felt-worse = Mais vezes pior do que melhor: { $titles }.

# Totals of the report's days. $sitting and $longest are durations ("75h", "1h 20m").
report-totals = Pausas concluídas: { $completed }, naturais: { $natural }, puladas: { $skipped }, perdidas: { $missed }. Tempo sentado: { $sitting } no total, maior período seguido { $longest }.
# With a sit-stand desk; a line per day follows. $standing: a duration.
report-standing = Em pé numa mesa de altura regulável: { $standing } no total. Por dia:
# One day's line, after its date: $sitting and $standing are durations, padded to line up.
report-standing-day = na cadeira { $sitting } · em pé { $standing }
