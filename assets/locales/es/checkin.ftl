## The check-in: how each part of the body feels, 0 (fine) to 10 (a lot of discomfort), and
## one question about warning signs. In the break window, and `knotless checkin` in a
## terminal.

## The break window.

checkin-heading = Un chequeo rápido
checkin-question = ¿Cómo notas cada zona ahora mismo? 0 es bien y 10, muchas molestias.
# What a screen reader says for a score button: $area (a part of the body), $score (0-10).
checkin-score-said = { $area }: { $score }
# The warning-sign question, once for all the areas. Keep its meaning exactly.
checkin-warning-question = ¿Tienes entumecimiento, hormigueo, hinchazón o dolor que limite tus actividades diarias?
# The answers to checkin-warning-question.
checkin-no = No
checkin-yes = Sí
# After "Yes", with several areas: tick boxes follow. "Save" is break-save.
checkin-warning-where = ¿Dónde? Marca cada zona en la que lo notes y pulsa Guardar.
# Under the check-in. "Not now" is break-not-now.
checkin-leave-hint = La tecla Esc o “Ahora no” cierran el chequeo sin guardarlo.
# The heading above advice (advice.ftl) after a check-in.
checkin-advice-heading = Conviene saber
# Under the advice. Keep its meaning exactly.
checkin-advice-disclaimer = knotless ofrece sugerencias generales; no hace diagnósticos. Si el dolor empeora, o aparece entumecimiento u hormigueo, detente y busca orientación profesional.

## `knotless checkin` in a terminal. Text in `backticks` and AREA are what to type: the
## area names there (neck, upper_back) are the command's words and stay as they are.

# One line per answer: $area (a part of the body), $score (0-10), $what (one of below).
checkin-outcome = { $area }: { $score } de 10: { $what }
checkin-outcome-lifted = bien de nuevo: sale del reposo
checkin-outcome-noted = anotado
checkin-outcome-held-warning = en reposo: no se sugerirá nada que cargue esta zona hasta que un chequeo indique que vuelve a estar bien
checkin-outcome-held-severe = en reposo: dolor intenso; no se sugerirá nada que cargue esta zona hasta que un chequeo indique que vuelve a estar bien
# $fine_up_to: the highest score that counts as fine (3).
checkin-outcome-still-held = sigue en reposo: sale del reposo con un chequeo de { $fine_up_to } o menos, sin señales de alarma
# Without answers: one line per held area. $area: a part of the body; $since: a date;
# $why: one of the three below. The line's first letter is made a capital.
checkin-held = { $area }: en reposo desde el { $since }; motivo: { $why }.
checkin-held-warning = una señal de alarma (entumecimiento, hormigueo, hinchazón o dolor que limita tu día a día)
# $score: the score given (9 or 10).
checkin-held-severe = dolor puntuado con { $score } de 10
# $title: an exercise's title.
checkin-held-worse = dijiste que “{ $title }” te hizo sentir peor
# Then how to answer; the command to type follows on the next line.
checkin-how-to-answer = Puntúa cada zona de 0 (bien) a 10 y añade --warning AREA si hay entumecimiento, hormigueo, hinchazón o dolor que limite tu día a día:

# Errors. $area: an area's name as the command writes it (neck, upper_back).
checkin-no-window = la ventana del chequeo se abre donde funciona knotless (Linux, los BSD, Windows); responde aquí, por ejemplo `knotless checkin neck=2`
checkin-warning-needs-score = da también una puntuación a { $area }, por ejemplo `knotless checkin { $area }=5 --warning { $area }`
checkin-answered-twice = { $area } tiene dos respuestas
checkin-warning-without-score = --warning { $area }: da también una puntuación a { $area }, por ejemplo `{ $area }=5`
# $reason: the system's error.
checkin-cannot-write = no se puede escribir el historial: { $reason }
