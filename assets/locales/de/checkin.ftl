## The check-in: how each part of the body feels, 0 (fine) to 10 (a lot of discomfort), and
## one question about warning signs. In the break window, and `knotless checkin` in a
## terminal.

## The break window.

checkin-heading = Kurzer Körpercheck
checkin-question = Wie fühlt sich jeder Bereich gerade an? 0 heißt gut, 10 heißt starke Beschwerden.
# What a screen reader says for a score button: $area (a part of the body), $score (0-10).
checkin-score-said = { $area }: { $score }
# The warning-sign question, once for all the areas. Keep its meaning exactly.
checkin-warning-question = Hast du Taubheit, Kribbeln, eine Schwellung oder Schmerzen, die dich im Alltag einschränken?
# The answers to checkin-warning-question.
checkin-no = Nein
checkin-yes = Ja
# After "Yes", with several areas: tick boxes follow. "Save" is break-save.
checkin-warning-where = Wo? Kreuz jeden betroffenen Bereich an und wähle dann „Speichern“.
# Under the check-in. "Not now" is break-not-now.
checkin-leave-hint = Esc oder „Nicht jetzt“ verlässt den Körpercheck, ohne ihn zu speichern.
# The heading above advice (advice.ftl) after a check-in.
checkin-advice-heading = Gut zu wissen
# Under the advice. Keep its meaning exactly.
checkin-advice-disclaimer = knotless gibt allgemeine Anregungen und stellt keine Diagnosen. Wenn Schmerzen stärker werden oder Taubheit oder Kribbeln auftreten, hör auf und hol dir fachlichen Rat.

## `knotless checkin` in a terminal. Text in `backticks` and AREA are what to type: the
## area names there (neck, upper_back) are the command's words and stay as they are.

# One line per answer: $area (a part of the body), $score (0-10), $what (one of below).
checkin-outcome = { $area }: { $score } von 10: { $what }
checkin-outcome-lifted = wieder gut: die Schonung ist aufgehoben
checkin-outcome-noted = notiert
checkin-outcome-held-warning = geschont: Nichts, was diesen Bereich belastet, wird vorgeschlagen, bis ein Körpercheck ihn wieder als gut meldet
checkin-outcome-held-severe = geschont: starke Schmerzen; nichts, was diesen Bereich belastet, wird vorgeschlagen, bis ein Körpercheck ihn wieder als gut meldet
# $fine_up_to: the highest score that counts as fine (3).
checkin-outcome-still-held = weiter geschont: Ein Körpercheck mit { $fine_up_to } oder weniger und ohne Warnzeichen hebt die Schonung auf
# Without answers: one line per held area. $area: a part of the body; $since: a date;
# $why: one of the three below. The line's first letter is made a capital.
checkin-held = { $area } wird seit { $since } geschont: { $why }.
checkin-held-warning = ein Warnzeichen (Taubheit, Kribbeln, Schwellung oder Schmerzen, die dich im Alltag einschränken)
# $score: the score given (9 or 10).
checkin-held-severe = Schmerzen mit { $score } von 10 bewertet
# $title: an exercise's title.
checkin-held-worse = du hast gesagt, dass „{ $title }“ es schlimmer gemacht hat
# Then how to answer; the command to type follows on the next line.
checkin-how-to-answer = Bewerte jeden Bereich von 0 (gut) bis 10 und füge --warning AREA hinzu bei Taubheit, Kribbeln, Schwellung oder Schmerzen, die dich im Alltag einschränken:

# Errors. $area: an area's name as the command writes it (neck, upper_back).
checkin-no-window = das Körpercheck-Fenster öffnet sich dort, wo knotless läuft (Linux, die BSDs, Windows); antworte stattdessen hier, etwa mit `knotless checkin neck=2`
checkin-warning-needs-score = gib { $area } auch eine Bewertung, etwa mit `knotless checkin { $area }=5 --warning { $area }`
checkin-answered-twice = { $area } wurde doppelt beantwortet
checkin-warning-without-score = --warning { $area }: Gib { $area } auch eine Bewertung, etwa `{ $area }=5`
# $reason: the system's error.
checkin-cannot-write = Verlauf kann nicht geschrieben werden: { $reason }
