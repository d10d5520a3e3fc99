## Advice about health, shown in the break window after a check-in ("Worth knowing") and
## before a first self-massage. Informational, never a diagnosis. Keep the safety meaning
## exactly: stop what makes it worse, never into pain, stop on numbness or tingling, see a
## doctor or a physical therapist. Where unsure, choose the safer wording.

# The first sentence of advice-seek-help: the user ticked the warning-sign question
# (numbness, tingling, swelling, or pain that limits daily activities). $area: a body part.
advice-seek-help-warning = Você indicou dormência, formigamento, inchaço ou dor que limita o seu dia nesta área: { $area }.
# The first sentence of advice-seek-help: a check-in scored $score (9 or 10) for $area.
advice-seek-help-severe = Você deu nota { $score } de 10 para a dor nesta área: { $area }.
# The first sentence of advice-seek-help: "Worse" twice within a week for $area.
advice-seek-help-worse-again = Duas vezes nesta semana um exercício piorou esta área: { $area }.
# Advice to seek help. $what: one of the three sentences above; $area: a body part.
advice-seek-help = { $what } Pare qualquer autocuidado que piore o problema. Até que uma autoavaliação indique que essa área ({ $area }) está bem de novo, o knotless não sugere nada que mova, alongue, pressione, aqueça ou resfrie essa área, e pergunta sobre ela em toda autoavaliação. Procure um médico ou um fisioterapeuta para avaliar essa área.
# After "Worse" for an exercise. $title: the exercise's title; $areas: the body parts it
# loads ("neck and shoulders", see vocabulary-list-and).
advice-held = Você disse que “{ $title }” piorou o problema. Pare por enquanto esse tipo de autocuidado na região afetada ({ $areas }): até que uma autoavaliação indique que ela está bem de novo, o knotless não sugere nada que a mova, alongue, pressione, aqueça ou resfrie, nem “{ $title }” por dois meses. Se continuar pior, ou se você notar dormência ou formigamento, procure orientação de um médico ou de um fisioterapeuta.
# Two weeks of check-ins without improvement in $area. `knotless report` is a command:
# keep it as written.
advice-see-physio = Não houve melhora nesta área em duas semanas de autoavaliações: { $area }. Um fisioterapeuta pode descobrir o porquê e mostrar o que ajuda. (`knotless report` imprime um resumo.)
# The same, with what the breaks worked there: $tried lists exercises and how often
# ("Chin tucks (3×), Neck tilt (1×)").
advice-see-physio-tried = Não houve melhora nesta área em duas semanas de autoavaliações: { $area }. Um fisioterapeuta pode descobrir o porquê e mostrar o que ajuda. Para levar à consulta, o que você já tentou: { $tried }. (`knotless report` imprime um resumo.)
# Before the first self-massage, heat or cold (shown in a frame, and read aloud first).
advice-provider-note = Antes de automassagem, calor ou frio: se você tem problemas circulatórios, problemas nos nervos ou uma lesão grave, fale primeiro com um profissional de saúde. Use pressão leve e calor ou frio moderados, nunca a ponto de doer, e pare se sentir dormência ou formigamento.

## Advice next to a field of the settings or the welcome whose value cannot be used: what
## to write instead. Examples such as 45m, 1h30m, 20s, 08:00 and 09:00-17:30 are what the
## field accepts: keep them as they are.

# A whole number between $min and $max.
advice-count = Use um número inteiro de { $min } a { $max }
# A checkbox.
advice-bool = Marque ou desmarque
advice-time-of-day = Escreva um horário como 08:00
# A day's working hours; "off" is what the field takes for a day off: keep it.
advice-hours = Escreva o horário como 09:00-17:30, ou off
# A list with a name knotless does not know (a hand edit of the file); $name as written.
advice-names-unknown = Desmarque “{ $name }”: o knotless não conhece esse nome
advice-names = Escolha na lista
advice-ids = Escolha os exercícios na lista
advice-choice = Escolha uma opção da lista
advice-text = Escreva como texto simples
advice-sources = Informe cada calendário como caminho completo de um arquivo .ics ou como endereço https://
# A duration left empty; $like: an example the field takes ("45m").
advice-duration-empty = Escreva um tempo, como { $like }
# A duration too short; $min: the shortest, in words ("10 seconds"); $like: an example.
advice-duration-min = Use um tempo de pelo menos { $min }, como { $like }
# A duration too long; $max: the longest, in words ("8 hours"); $like: an example.
advice-duration-max = Use um tempo de no máximo { $max }, como { $like }
# $min and $max in words.
advice-duration-range = Use um tempo de { $min } a { $max }
# A bare number was typed; $number is it. The letters m and s are what the field reads.
advice-duration-unit = Adicione uma unidade: { $number }m para minutos, { $number }s para segundos
# Something that is no duration; $like: an example.
advice-duration-unreadable = Escreva um tempo como { $like }, 1h30m ou 20s

# A duration in words, one unit at a time ("1 hour 30 minutes" is hours then minutes, with
# a space between): in the settings beside a duration, in the advice above, and in the
# break window ("Done: 2 minutes for your neck").
# (CLDR pt puts 0 in "one"; Brazilian Portuguese writes "0 minutos", hence [0].)
advice-unit-days = { $n ->
        [0] { $n } dias
        [one] { $n } dia
       *[other] { $n } dias
    }
advice-unit-hours = { $n ->
        [0] { $n } horas
        [one] { $n } hora
       *[other] { $n } horas
    }
advice-unit-minutes = { $n ->
        [0] { $n } minutos
        [one] { $n } minuto
       *[other] { $n } minutos
    }
advice-unit-seconds = { $n ->
        [0] { $n } segundos
        [one] { $n } segundo
       *[other] { $n } segundos
    }

## The controls of the settings and the welcome.

# The − button of a duration (a tooltip).
advice-control-shorter = Diminuir
# The same, as a screen reader names it; $name: the field's name.
advice-control-shorter-named = Diminuir: { $name }
# The + button of a duration (a tooltip).
advice-control-longer = Aumentar
advice-control-longer-named = Aumentar: { $name }
# The search field above the exercises to leave out (grey text inside it).
advice-control-find-hint = Buscar exercício pelo nome
# The same field, as a screen reader names it.
advice-control-find-name = Buscar exercício para deixar de fora
# Under the exercises to leave out; $count: how many are ticked.
advice-control-left-out = { $count ->
        [0] Os exercícios marcados nunca são sugeridos. Nenhum foi deixado de fora.
        [one] { $count } exercício está de fora.
       *[other] { $count } exercícios estão de fora.
    }
