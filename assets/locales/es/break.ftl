## The break window: the question before a break, the steps, the end screen. Buttons sit in
## a bar at the bottom: keep them short.

# Window titles (the window list and task bar). "knotless" is the app's name: keep it.
break-title-prompt = knotless · Hora de moverte
break-title-checkin = knotless · Chequeo
# $title: the exercise's title.
break-title-exercise = knotless · { $title }

# The heading of the question before a break, when the reminder gave none.
break-time-to-move = Hora de moverte
# Under the heading: the exercise and how long it takes. $title: the exercise's title;
# $length: its length in words ("2 minutos", see advice-unit-minutes).
break-prompt-exercise = { $title } · { $length }

## The buttons of the bottom bar.
break-start = Empezar
break-snooze = Posponer
break-skip = Omitir
# Shows another exercise instead of this one.
break-another = Otra sugerencia
# A menu of every exercise allowed for this break.
break-choose = Elegir…
break-pause = Pausar
break-resume = Reanudar
break-next = Siguiente
break-done = Hecho
# Ends the break before the last step (it asks first: break-done-early-confirm).
break-done-early = Terminar ya
# The answer to break-done-early-confirm that ends the break.
break-yes-done = Sí, terminar
# The answer to break-done-early-confirm that goes back to the steps (the large button).
break-go-on = Seguir
# On the end screen, when no check-in is due: a check-in anyway.
break-check-in-now = Hacer un chequeo
# Leaves the check-in without saving it.
break-not-now = Ahora no
# Saves the check-in with every area at 0.
break-all-fine = Todo bien
break-save = Guardar
# The end screen's button when nothing follows.
break-close = Cerrar
# The end screen's button when a check-in or advice follows.
break-continue = Continuar
# After reading advice.
break-understood = Entendido

## The steps.

# Top right. $step: this step's number; $n: how many steps.
break-step-of = Paso { $step } de { $n }
# What a screen reader says for the progress bar. $step, $n as above.
break-progress = paso { $step } de { $n }
# The countdown of a step; $time: minutes and seconds ("0:15").
break-countdown = Quedan { $time }
break-paused = En pausa
# A button, for exercises done lying down or with eyes closed.
break-read-aloud = Leer los pasos en voz alta
# A checkbox for people with a sit-stand desk.
break-standing = Estoy de pie (en un escritorio elevable)
# After Done early: $step steps of $n are done. "Yes, done" is break-yes-done.
break-done-early-confirm = ¿Terminar ya? Has hecho { $step } de { $n } pasos. “Sí, terminar” cuenta la pausa como hecha.
# The last step's time is over. "Done" is break-done.
break-last-step-over = Ese era el último paso. ¡Buen trabajo! Pulsa Hecho.
# A step that switches sides, when its text says what to do: $step is that text (from the
# exercise, already in the language).
break-other-side-then = Ahora, el otro lado. { $step }
# A bare "switch sides" step: $steps are the steps of the first side again, with left and
# right swapped (break-mirror-words).
break-other-side-again = Ahora, el otro lado: { $steps }
# The words for left and right in the exercises' steps, in pairs that are swapped for the
# other side: each word, then its opposite, separated by spaces (lower case, then
# capitalised; as many pairs as the language needs, inflected forms too). Only whole words
# are swapped.
break-mirror-words = izquierda derecha Izquierda Derecha izquierdo derecho Izquierdo Derecho izquierdas derechas Izquierdas Derechas izquierdos derechos Izquierdos Derechos
# Said aloud when the last step's time is up.
break-said-done = Hecho.
# What a screen reader says for the figure; $title: the exercise's title.
break-figure = Ilustración: { $title }
# Drawn on the figure while it shows the other side.
break-figure-other-side = Otro lado
# Below the provider note (advice-provider-note): a button.
break-provider-note-read = Lo he leído

## Why this exercise was picked (in italics under the title).

# $area: a part of the body ("parte alta de la espalda").
break-reason-tense = Zona con tensión esta semana: { $area }.
break-reason-helped = Dijiste que este ejercicio te ayudó.
# $area: a part of the body the user chose in the settings ("Focus areas").
break-reason-focus = Pediste más atención para esta zona: { $area }.
break-reason-skipped = Se omitieron varias pausas seguidas: toca una de respiración tranquila.
break-reason-standing = Estás de pie: uno que se hace de pie.
break-reason-standing-wall = Estás de pie: uno que se hace de pie junto a una pared.
break-reason-after-standing = Tras mucho rato de pie: uno para hacer en la silla o acostándote, para variar de posición.

## Reading aloud: why the window cannot (shown in place of the button).

# $reason: what went wrong (break-voice-no-service, or a technical message).
break-voice-failed = No se puede leer en voz alta: { $reason }.
# $reason as above, after reading aloud had worked.
break-voice-stopped = Ya no se puede leer en voz alta: { $reason }.
# No speech program is installed. The package names are commands: keep them.
break-voice-no-service = no hay ningún servicio de voz: instala speech-dispatcher (Debian: speech-dispatcher speech-dispatcher-espeak-ng) o espeak-ng
break-voice-unbuilt = La lectura en voz alta aún no está disponible en este sistema.

## The end screen.

# The heading. $length: how long it took, in words ("2 minutos"); $areas: the parts of
# the body it worked ("cuello y parte alta de la espalda", see vocabulary-list-and).
break-finished = Hecho: { $length } de movimiento ({ $areas })
# The same, for an exercise that names no part of the body.
break-finished-you = Hecho: { $length } para ti
break-how-did-it-feel = ¿Cómo te sentiste?
# The three answers to break-how-did-it-feel.
break-feel-better = Mejor
break-feel-same = Igual
break-feel-worse = Peor
# Under the answers. "Worse" is break-feel-worse.
break-feel-safety = Si te dolió o notaste entumecimiento u hormigueo, responde Peor y detente: knotless dejará esa zona en reposo. Si continúa, consulta a un médico o a un fisioterapeuta.
# The window after the break, in the moment before it closes.
break-closed = ¡Buen trabajo! Hasta la próxima pausa.

## The exercise suggested when nothing else fits (a calm breath).
break-fallback-title = Unas respiraciones lentas
break-fallback-summary = Siéntate bien atrás y respira despacio durante un minuto.
break-fallback-step = Siéntate bien atrás, deja descansar los hombros y respira despacio durante un minuto, inhalando por la nariz y con una exhalación un poco más larga.

## The other windows' titles (the window list and task bar). "knotless" is the app's name.
break-title-settings = knotless · Configuración
break-title-statistics = knotless · Estadísticas
break-title-welcome = Te presentamos knotless
# A window could not open (no display, most often). $title: the window's title; $reason:
# the system's words.
break-window-failed = no se puede abrir la ventana “{ $title }”: { $reason }
