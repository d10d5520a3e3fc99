## The check-in: how each part of the body feels, 0 (fine) to 10 (a lot of discomfort), and
## one question about warning signs. In the break window, and `knotless checkin` in a
## terminal.

## The break window.

checkin-heading = Autovalutazione rapida
checkin-question = Come stanno le varie zone in questo momento? 0 è tutto bene, 10 è molto fastidio.
# What a screen reader says for a score button: $area (a part of the body), $score (0-10).
checkin-score-said = { $area }: { $score }
# The warning-sign question, once for all the areas. Keep its meaning exactly.
checkin-warning-question = Hai intorpidimento, formicolio, gonfiore o dolore che limita le tue attività quotidiane?
# The answers to checkin-warning-question.
checkin-no = No
checkin-yes = Sì
# After "Yes", with several areas: tick boxes follow. "Save" is break-save.
checkin-warning-where = Dove? Seleziona ogni zona interessata, poi Salva.
# Under the check-in. "Not now" is break-not-now.
checkin-leave-hint = Esc o «Non ora» chiude l'autovalutazione senza salvarla.
# The heading above advice (advice.ftl) after a check-in.
checkin-advice-heading = Da sapere
# Under the advice. Keep its meaning exactly.
checkin-advice-disclaimer = knotless dà suggerimenti generali; non fa diagnosi. Se il dolore peggiora, o compaiono intorpidimento o formicolio, fermati e rivolgiti a un professionista sanitario.

## `knotless checkin` in a terminal. Text in `backticks` and AREA are what to type: the
## area names there (neck, upper_back) are the command's words and stay as they are.

# One line per answer: $area (a part of the body), $score (0-10), $what (one of below).
checkin-outcome = { $area }: { $score } su 10: { $what }
checkin-outcome-lifted = di nuovo a posto: il riposo è terminato
checkin-outcome-noted = registrato
checkin-outcome-held-warning = a riposo: non verrà suggerito nulla che solleciti questa zona finché un'autovalutazione non dirà che va di nuovo bene
checkin-outcome-held-severe = a riposo: dolore forte; non verrà suggerito nulla che solleciti questa zona finché un'autovalutazione non dirà che va di nuovo bene
# $fine_up_to: the highest score that counts as fine (3).
checkin-outcome-still-held = ancora a riposo: termina con un'autovalutazione di { $fine_up_to } o meno, senza segnali d'allarme
# Without answers: one line per held area. $area: a part of the body; $since: a date;
# $why: one of the three below. The line's first letter is made a capital.
checkin-held = { $area }: a riposo dal { $since }: { $why }.
checkin-held-warning = un segnale d'allarme (intorpidimento, formicolio, gonfiore o dolore che limita la tua giornata)
# $score: the score given (9 or 10).
checkin-held-severe = dolore valutato { $score } su 10
# $title: an exercise's title.
checkin-held-worse = hai detto che «{ $title }» ti ha fatto stare peggio
# Then how to answer; the command to type follows on the next line.
checkin-how-to-answer = Valuta ogni zona da 0 (tutto bene) a 10 e aggiungi --warning AREA in caso di intorpidimento, formicolio, gonfiore o dolore che limita la tua giornata:

# Errors. $area: an area's name as the command writes it (neck, upper_back).
checkin-no-window = la finestra di autovalutazione si apre dove knotless è in esecuzione (Linux, BSD, Windows); rispondi qui, ad esempio `knotless checkin neck=2`
checkin-warning-needs-score = dai un punteggio anche a { $area }, ad esempio `knotless checkin { $area }=5 --warning { $area }`
checkin-answered-twice = { $area } ha due risposte
checkin-warning-without-score = --warning { $area }: dai un punteggio anche a { $area }, ad esempio `{ $area }=5`
# $reason: the system's error.
checkin-cannot-write = impossibile scrivere la cronologia: { $reason }
