## The statistics window and `knotless stats --text`. Durations ($sitting, $standing,
## $longest) are short ("6h 10m", "40m"); dates ($date) come from locale.ftl.

# The window's heading. $days: how many days it shows.
stats-title = { $days ->
        [0] Seus últimos { $days } dias
        [one] Seu último dia
       *[other] Seus últimos { $days } dias
    }
# Under the heading: the last seven days. $taken: breaks taken (a number).
stats-summary = Últimos 7 dias: { $sitting } na cadeira, { $taken ->
        [0] { $taken } pausas feitas
        [one] { $taken } pausa feita
       *[other] { $taken } pausas feitas
    }, maior período seguido { $longest }.
# The same, with a sit-stand desk: $standing is the time standing.
stats-summary-standing = Últimos 7 dias: { $sitting } na cadeira, { $standing } em pé, { $taken ->
        [0] { $taken } pausas feitas
        [one] { $taken } pausa feita
       *[other] { $taken } pausas feitas
    }, maior período seguido { $longest }.

## The window with no history yet.

stats-empty-title = Nada para mostrar ainda
stats-empty-first-day = Seu primeiro dia aparece aqui depois da sua primeira pausa para se mexer, ou depois que você se afastar da mesa por um tempo.
stats-empty-then = Depois, dia a dia: quanto tempo você ficou na cadeira, as pausas que fez ou pulou, as regiões do corpo que suas pausas movimentaram e como estavam suas áreas de foco nas autoavaliações.

## The plots: a heading, a legend of coloured names above each, and each day's label on
## the axis (the last day is "Today").

stats-today = Hoje
stats-sitting-title = Tempo sentado por dia (horas)
# With a sit-stand desk.
stats-sitting-standing-title = Tempo sentado e em pé por dia (horas)
stats-legend-sitting = tempo sentado
stats-legend-standing = tempo em pé
stats-legend-longest = maior período seguido
stats-breaks-title = Pausas por resultado por dia
# What became of each break (legend names).
stats-outcome-done = concluída
stats-outcome-natural = natural
stats-outcome-snoozed = adiada
stats-outcome-skipped = pulada
stats-outcome-missed = perdida
stats-discomfort-title = Desconforto nas autoavaliações (0 tudo bem, 10 muito)
stats-discomfort-none = Nenhuma autoavaliação nestes dias. De vez em quando, após uma pausa, o knotless pergunta como estão suas áreas; as respostas aparecem aqui.

## Body regions moved: a bar per region.

stats-regions-title = Regiões movimentadas nesta semana
stats-regions-none = Ainda nenhuma pausa concluída nesta semana.
# The text on a region's bar. $count: how many breaks moved it.
stats-regions-breaks = { $count ->
        [0] { $count } pausas
        [one] { $count } pausa
       *[other] { $count } pausas
    }

## The table: its heading (also its name for screen readers) and column headers (short:
## the columns are narrow).

stats-table-title = Dia a dia
stats-column-day = Dia
stats-column-sitting = Na cadeira
stats-column-standing = Em pé
stats-column-longest = Maior
stats-column-done = Feitas
stats-column-natural = Naturais
stats-column-snoozed = Adiadas
stats-column-skipped = Puladas
stats-column-missed = Perdidas

## The report section (the report itself is in report.ftl).

stats-report-title = Relatório para fisioterapeuta
stats-report-intro = Os últimos 30 dias, para imprimir ou levar à consulta.
stats-report-save = Salvar relatório

## The footer.

stats-close = Fechar
stats-export = Exportar CSV
    .tooltip = Todo o histórico como arquivo de planilha
# After Export CSV or Save report. $path: the file written.
stats-saved = Salvo: { $path }
# $reason: the CSV writer's reason (English).
stats-error-csv = não foi possível gerar o CSV: { $reason }
# $path: the file; $reason: the system's reason.
stats-error-write = não foi possível gravar { $path }: { $reason }

## `knotless stats --text` (and `knotless plan`, `knotless status`): one line a day.
## Keep the " · " separators and the padding spaces inside $sitting, $standing and
## $longest, so the days line up. Numbers: $taken (breaks taken: $done + $natural),
## $done, $natural, $snoozed, $skipped, $missed.

stats-day-line = { $date }  na cadeira { $sitting } · maior período { $longest } · pausas feitas: { $taken } (concluídas: { $done }, naturais: { $natural }) · adiadas: { $snoozed } · puladas: { $skipped } · perdidas: { $missed }
# The same, on a day with standing at a sit-stand desk.
stats-day-line-standing = { $date }  na cadeira { $sitting } · em pé { $standing } · maior período { $longest } · pausas feitas: { $taken } (concluídas: { $done }, naturais: { $natural }) · adiadas: { $snoozed } · puladas: { $skipped } · perdidas: { $missed }
# When there is nothing to show. $days: how many days were asked for.
stats-no-history = Ainda não há histórico nos últimos { $days } dias.
