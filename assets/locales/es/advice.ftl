## Advice about health, shown in the break window after a check-in ("Worth knowing") and
## before a first self-massage. Informational, never a diagnosis. Keep the safety meaning
## exactly: stop what makes it worse, never into pain, stop on numbness or tingling, see a
## doctor or a physical therapist. Where unsure, choose the safer wording.
## Spanish: $area and $areas are bare names ("cuello", "hombros"), so the sentences name
## them as "esta zona: …" or in brackets rather than after "tu/tus".

# The first sentence of advice-seek-help: the user ticked the warning-sign question
# (numbness, tingling, swelling, or pain that limits daily activities). $area: a body part.
advice-seek-help-warning = Indicaste entumecimiento, hormigueo, hinchazón o dolor que limita tu día a día en esta zona: { $area }.
# The first sentence of advice-seek-help: a check-in scored $score (9 or 10) for $area.
advice-seek-help-severe = Puntuaste con un { $score } de 10 el dolor en esta zona: { $area }.
# The first sentence of advice-seek-help: "Worse" twice within a week for $area.
advice-seek-help-worse-again = Dos veces esta semana un ejercicio hizo que notaras peor esta zona: { $area }.
# Advice to seek help. $what: one of the three sentences above; $area: a body part.
advice-seek-help = { $what } Detén cualquier autocuidado que lo empeore. Hasta que un chequeo indique que esta zona ({ $area }) vuelve a estar bien, knotless no sugerirá nada que la mueva, estire, presione, caliente o enfríe, y te preguntará por ella en cada chequeo. Consulta a un médico o a un fisioterapeuta para que la revise.
# After "Worse" for an exercise. $title: the exercise's title; $areas: the body parts it
# loads ("cuello y hombros", see vocabulary-list-and).
advice-held = Dijiste que “{ $title }” te hizo sentir peor. Detén por ahora ese tipo de autocuidado en las zonas que trabaja ({ $areas }): hasta que un chequeo indique que vuelven a estar bien, knotless no sugerirá nada que las mueva, estire, presione, caliente o enfríe, ni “{ $title }” durante dos meses. Si sigue peor, o notas entumecimiento u hormigueo, busca la orientación de un médico o un fisioterapeuta.
# Two weeks of check-ins without improvement in $area. `knotless report` is a command:
# keep it as written.
advice-see-physio = Tras dos semanas de chequeos, esta zona no ha mejorado: { $area }. Un fisioterapeuta puede averiguar por qué y enseñarte lo que te ayuda. (`knotless report` imprime un resumen).
# The same, with what the breaks worked there: $tried lists exercises and how often
# ("Retracción de barbilla (3×), Inclinación del cuello (1×)").
advice-see-physio-tried = Tras dos semanas de chequeos, esta zona no ha mejorado: { $area }. Un fisioterapeuta puede averiguar por qué y enseñarte lo que te ayuda. Para llevar a la consulta, lo que has probado: { $tried }. (`knotless report` imprime un resumen).
# Before the first self-massage, heat or cold (shown in a frame, and read aloud first).
advice-provider-note = Antes de hacer automasaje o aplicar calor o frío: si tienes problemas circulatorios, problemas nerviosos o una lesión grave, consulta primero a un profesional de la salud. Usa una presión suave y un calor o frío moderados, nunca hasta el punto de sentir dolor, y detente si notas entumecimiento u hormigueo.

## Advice next to a field of the settings or the welcome whose value cannot be used: what
## to write instead. Examples such as 45m, 1h30m, 20s, 08:00 and 09:00-17:30 are what the
## field accepts: keep them as they are.

# A whole number between $min and $max.
advice-count = Usa un número entero del { $min } al { $max }
# A checkbox.
advice-bool = Márcalo o desmárcalo
advice-time-of-day = Escribe una hora del día, como 08:00
# A day's working hours; "off" is what the field takes for a day off: keep it.
advice-hours = Escribe el horario como 09:00-17:30, u off
# A list with a name knotless does not know (a hand edit of the file); $name as written.
advice-names-unknown = Desmarca “{ $name }”: knotless no lo reconoce
advice-names = Elige de la lista
advice-ids = Elige los ejercicios de la lista
advice-choice = Elige una opción de la lista
advice-text = Escríbelo como texto sin formato
advice-sources = Indica cada calendario con la ruta completa a un archivo .ics o una dirección https://
# A duration left empty; $like: an example the field takes ("45m").
advice-duration-empty = Escribe una duración, como { $like }
# A duration too short; $min: the shortest, in words ("10 segundos"); $like: an example.
advice-duration-min = Usa una duración mínima de { $min }, como { $like }
# A duration too long; $max: the longest, in words ("8 horas"); $like: an example.
advice-duration-max = Usa una duración máxima de { $max }, como { $like }
# $min and $max in words.
advice-duration-range = Usa una duración de entre { $min } y { $max }
# A bare number was typed; $number is it. The letters m and s are what the field reads.
advice-duration-unit = Añade una unidad: { $number }m para minutos, { $number }s para segundos
# Something that is no duration; $like: an example.
advice-duration-unreadable = Escribe una duración como { $like }, 1h30m o 20s

# A duration in words, one unit at a time ("1 hora 30 minutos" is hours then minutes, with
# a space between): in the settings beside a duration, in the advice above, and in the
# break window ("Hecho: 2 minutos de movimiento (cuello)").
advice-unit-days = { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
advice-unit-hours = { $n ->
        [one] { $n } hora
       *[other] { $n } horas
    }
advice-unit-minutes = { $n ->
        [one] { $n } minuto
       *[other] { $n } minutos
    }
advice-unit-seconds = { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }

## The controls of the settings and the welcome.

# The − button of a duration (a tooltip).
advice-control-shorter = Más corto
# The same, as a screen reader names it; $name: the field's name.
advice-control-shorter-named = Más corto: { $name }
# The + button of a duration (a tooltip).
advice-control-longer = Más largo
advice-control-longer-named = Más largo: { $name }
# The search field above the exercises to leave out (grey text inside it).
advice-control-find-hint = Buscar un ejercicio por nombre
# The same field, as a screen reader names it.
advice-control-find-name = Buscar un ejercicio para excluir
# Under the exercises to leave out; $count: how many are ticked.
advice-control-left-out = { $count ->
        [0] Los ejercicios marcados no se sugieren nunca. No hay ninguno excluido.
        [one] { $count } ejercicio excluido.
       *[other] { $count } ejercicios excluidos.
    }
