## The check-in: how each part of the body feels, 0 (fine) to 10 (a lot of discomfort), and
## one question about warning signs. In the break window, and `knotless checkin` in a
## terminal.

## The break window.

checkin-heading = Een korte zelfcheck
checkin-question = Hoe voelt elk gebied nu? 0 is goed, 10 is veel last.
# What a screen reader says for a score button: $area (a part of the body), $score (0-10).
checkin-score-said = { $area }: { $score }
# The warning-sign question, once for all the areas. Keep its meaning exactly.
checkin-warning-question = Heb je een doof gevoel, tintelingen, zwelling of pijn die je in je dagelijkse activiteiten beperkt?
# The answers to checkin-warning-question.
checkin-no = Nee
checkin-yes = Ja
# After "Yes", with several areas: tick boxes follow. "Save" is break-save.
checkin-warning-where = Waar? Vink elk gebied aan waar het zit en klik dan op Opslaan.
# Under the check-in. "Not now" is break-not-now.
checkin-leave-hint = Escape of ‘Niet nu’ sluit de zelfcheck zonder op te slaan.
# The heading above advice (advice.ftl) after a check-in.
checkin-advice-heading = Goed om te weten
# Under the advice. Keep its meaning exactly.
checkin-advice-disclaimer = knotless geeft algemene suggesties; het stelt geen diagnose. Wordt de pijn erger, of krijg je een doof gevoel of tintelingen, stop dan en zoek professionele hulp.

## `knotless checkin` in a terminal. Text in `backticks` and AREA are what to type: the
## area names there (neck, upper_back) are the command's words and stay as they are.

# One line per answer: $area (a part of the body), $score (0-10), $what (one of below).
checkin-outcome = { $area }: { $score } van 10: { $what }
checkin-outcome-lifted = weer goed: het ontzien is opgeheven
checkin-outcome-noted = genoteerd
checkin-outcome-held-warning = ontzien: niets wat dit gebied belast wordt voorgesteld tot een zelfcheck zegt dat het weer goed is
checkin-outcome-held-severe = ontzien: ernstige pijn; niets wat dit gebied belast wordt voorgesteld tot een zelfcheck zegt dat het weer goed is
# $fine_up_to: the highest score that counts as fine (3).
checkin-outcome-still-held = nog steeds ontzien: een zelfcheck met { $fine_up_to } of minder, zonder waarschuwingsteken, heft het op
# Without answers: one line per held area. $area: a part of the body; $since: a date;
# $why: one of the three below. The line's first letter is made a capital.
checkin-held = { $area } wordt ontzien sinds { $since }: { $why }.
checkin-held-warning = een waarschuwingsteken (een doof gevoel, tintelingen, zwelling of pijn die je dag beperkt)
# $score: the score given (9 or 10).
checkin-held-severe = pijn beoordeeld met { $score } van 10
# $title: an exercise's title.
checkin-held-worse = je zei dat { $title } het erger maakte
# Then how to answer; the command to type follows on the next line.
checkin-how-to-answer = Beoordeel elk gebied van 0 (goed) tot 10, en voeg --warning AREA toe bij een doof gevoel, tintelingen, zwelling of pijn die je dag beperkt:

# Errors. $area: an area's name as the command writes it (neck, upper_back).
checkin-no-window = het zelfcheckvenster opent waar knotless draait (Linux, de BSD's, Windows); antwoord hier, bijvoorbeeld `knotless checkin neck=2`
checkin-warning-needs-score = geef { $area } ook een score, bijvoorbeeld `knotless checkin { $area }=5 --warning { $area }`
checkin-answered-twice = { $area } is twee keer beantwoord
checkin-warning-without-score = --warning { $area }: geef { $area } ook een score, bijvoorbeeld `{ $area }=5`
# $reason: the system's error.
checkin-cannot-write = kan de geschiedenis niet schrijven: { $reason }
