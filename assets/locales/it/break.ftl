## The break window: the question before a break, the steps, the end screen. Buttons sit in
## a bar at the bottom: keep them short.

# Window titles (the window list and task bar). "knotless" is the app's name: keep it.
break-title-prompt = knotless · È ora di muoversi
break-title-checkin = knotless · Autovalutazione
# $title: the exercise's title.
break-title-exercise = knotless · { $title }

# The heading of the question before a break, when the reminder gave none.
break-time-to-move = È ora di muoversi
# Under the heading: the exercise and how long it takes. $title: the exercise's title;
# $length: its length in words ("2 minutes", see advice-unit-minutes).
break-prompt-exercise = { $title } · { $length }

## The buttons of the bottom bar.
break-start = Inizia
break-snooze = Posticipa
break-skip = Salta
# Shows another exercise instead of this one.
break-another = Altro suggerimento
# A menu of every exercise allowed for this break.
break-choose = Scegli…
break-pause = Pausa
break-resume = Riprendi
break-next = Avanti
break-done = Fatto
# Ends the break before the last step (it asks first: break-done-early-confirm).
break-done-early = Termina prima
# The answer to break-done-early-confirm that ends the break.
break-yes-done = Sì, termina
# The answer to break-done-early-confirm that goes back to the steps (the large button).
break-go-on = Continua
# On the end screen, when no check-in is due: a check-in anyway.
break-check-in-now = Autovalutazione
# Leaves the check-in without saving it.
break-not-now = Non ora
# Saves the check-in with every area at 0.
break-all-fine = Tutto bene
break-save = Salva
# The end screen's button when nothing follows.
break-close = Chiudi
# The end screen's button when a check-in or advice follows.
break-continue = Continua
# After reading advice.
break-understood = Ho capito

## The steps.

# Top right. $step: this step's number; $n: how many steps.
break-step-of = Passaggio { $step } di { $n }
# What a screen reader says for the progress bar. $step, $n as above.
break-progress = passaggio { $step } di { $n }
# The countdown of a step; $time: minutes and seconds ("0:15").
break-countdown = { $time } rimanenti
break-paused = In pausa
# A button, for exercises done lying down or with eyes closed.
break-read-aloud = Leggi i passaggi ad alta voce
# A checkbox for people with a sit-stand desk.
break-standing = Sono in piedi (scrivania regolabile)
# After Done early: $step steps of $n are done. "Yes, done" is break-yes-done.
break-done-early-confirm = Terminare prima? Passaggi fatti: { $step } su { $n }. «Sì, termina» conta la pausa.
# The last step's time is over. "Done" is break-done.
break-last-step-over = Era l'ultimo passaggio. Ben fatto: premi Fatto.
# A step that switches sides, when its text says what to do: $step is that text (from the
# exercise, already in the language).
break-other-side-then = Ora l'altro lato. { $step }
# A bare "switch sides" step: $steps are the steps of the first side again, with left and
# right swapped (break-mirror-words).
break-other-side-again = Ora l'altro lato: { $steps }
# The words for left and right in the exercises' steps, in pairs that are swapped for the
# other side: each word, then its opposite, separated by spaces (lower case, then
# capitalised; as many pairs as the language needs, inflected forms too, e.g. German
# "links rechts linke rechte linken rechten …"). Only whole words are swapped.
break-mirror-words = sinistro destro sinistra destra sinistri destri sinistre destre Sinistro Destro Sinistra Destra Sinistri Destri Sinistre Destre
# Said aloud when the last step's time is up.
break-said-done = Fatto.
# What a screen reader says for the figure; $title: the exercise's title.
break-figure = Illustrazione di { $title }
# Drawn on the figure while it shows the other side.
break-figure-other-side = Altro lato
# Below the provider note (advice-provider-note): a button.
break-provider-note-read = Ho letto

## Why this exercise was picked (in italics under the title).

# $area: a part of the body ("upper back").
break-reason-tense = In tensione questa settimana: { $area }.
break-reason-helped = Hai detto che questo esercizio ti ha aiutato.
# $area: a part of the body the user chose in the settings ("Focus areas").
break-reason-focus = Hai chiesto più attenzione per questa zona: { $area }.
break-reason-skipped = Hai saltato alcune pause di fila: ecco un esercizio di respirazione tranquillo.
break-reason-standing = Sei in piedi: un esercizio da fare in piedi.
break-reason-standing-wall = Sei in piedi: un esercizio da fare in piedi al muro.
break-reason-after-standing = Dopo molto tempo in piedi: un esercizio da fare sulla sedia o a terra, per variare posizione.

## Reading aloud: why the window cannot (shown in place of the button).

# $reason: what went wrong (break-voice-no-service, or a technical message).
break-voice-failed = Impossibile leggere ad alta voce: { $reason }.
# $reason as above, after reading aloud had worked.
break-voice-stopped = Impossibile continuare a leggere ad alta voce: { $reason }.
# No speech program is installed. The package names are commands: keep them.
break-voice-no-service = nessun servizio vocale: installa speech-dispatcher (Debian: speech-dispatcher speech-dispatcher-espeak-ng) o espeak-ng
break-voice-unbuilt = La lettura ad alta voce non è ancora disponibile per questo sistema.

## The end screen.

# The heading. $length: how long it took, in words ("2 minutes"); $areas: the parts of
# the body it worked ("neck and upper back", see vocabulary-list-and).
break-finished = Fatto: { $length } per { $areas }
# The same, for an exercise that names no part of the body.
break-finished-you = Fatto: { $length } per te
break-how-did-it-feel = Come ti senti?
# The three answers to break-how-did-it-feel.
break-feel-better = Meglio
break-feel-same = Uguale
break-feel-worse = Peggio
# Under the answers. "Worse" is break-feel-worse.
break-feel-safety = Se hai sentito dolore, intorpidimento o formicolio, rispondi Peggio e fermati: knotless metterà a riposo quella zona. Se continua, rivolgiti a un medico o a un fisioterapista.
# The window after the break, in the moment before it closes.
break-closed = Ben fatto. Alla prossima pausa.

## The exercise suggested when nothing else fits (a calm breath).
break-fallback-title = Qualche respiro lento
break-fallback-summary = Appoggiati allo schienale e respira lentamente per un minuto.
break-fallback-step = Appoggiati allo schienale, lascia riposare le spalle e respira lentamente, inspirando dal naso ed espirando un po' più a lungo, per un minuto.

## The other windows' titles (the window list and task bar). "knotless" is the app's name.
break-title-settings = knotless · Impostazioni
break-title-statistics = knotless · Statistiche
break-title-welcome = knotless ti dà il benvenuto
# A window could not open (no display, most often). $title: the window's title; $reason:
# the system's words.
break-window-failed = impossibile aprire la finestra «{ $title }»: { $reason }
