## The check-in: how each part of the body feels, 0 (fine) to 10 (a lot of discomfort), and
## one question about warning signs. In the break window, and `knotless checkin` in a
## terminal.

## The break window.

checkin-heading = A quick check-in
checkin-question = How does each area feel right now? 0 is fine, 10 is a lot of discomfort.
# What a screen reader says for a score button: $area (a part of the body), $score (0-10).
checkin-score-said = { $area }: { $score }
# The warning-sign question, once for all the areas. Keep its meaning exactly.
checkin-warning-question = Any numbness, tingling, swelling, or pain that limits your daily activities?
# The answers to checkin-warning-question.
checkin-no = No
checkin-yes = Yes
# After "Yes", with several areas: tick boxes follow. "Save" is break-save.
checkin-warning-where = Where? Tick each area it is in, then Save.
# Under the check-in. "Not now" is break-not-now.
checkin-leave-hint = Escape or "Not now" leaves the check-in without saving it.
# The heading above advice (advice.ftl) after a check-in.
checkin-advice-heading = Worth knowing
# Under the advice. Keep its meaning exactly.
checkin-advice-disclaimer = knotless gives general suggestions; it does not diagnose. If pain gets worse, or numbness or tingling comes, stop and seek professional guidance.

## `knotless checkin` in a terminal. Text in `backticks` and AREA are what to type: the
## area names there (neck, upper_back) are the command's words and stay as they are.

# One line per answer: $area (a part of the body), $score (0-10), $what (one of below).
checkin-outcome = { $area }: { $score } of 10: { $what }
checkin-outcome-lifted = fine again: the hold is lifted
checkin-outcome-noted = noted
checkin-outcome-held-warning = on hold: nothing that loads it will be suggested until a check-in says it is fine again
checkin-outcome-held-severe = on hold: severe pain; nothing that loads it will be suggested until a check-in says it is fine again
# $fine_up_to: the highest score that counts as fine (3).
checkin-outcome-still-held = still on hold: a check-in at { $fine_up_to } or less, with no warning sign, lifts it
# Without answers: one line per held area. $area: a part of the body; $since: a date;
# $why: one of the three below. The line's first letter is made a capital.
checkin-held = { $area } is on hold since { $since }: { $why }.
checkin-held-warning = a warning sign (numbness, tingling, swelling or pain that limits your day)
# $score: the score given (9 or 10).
checkin-held-severe = pain rated { $score } of 10
# $title: an exercise's title.
checkin-held-worse = you said { $title } made it worse
# Then how to answer; the command to type follows on the next line.
checkin-how-to-answer = Answer each area from 0 (fine) to 10, and add --warning AREA for numbness, tingling, swelling or pain that limits your day:

# Errors. $area: an area's name as the command writes it (neck, upper_back).
checkin-no-window = the check-in window opens where knotless runs (Linux, the BSDs, Windows); answer here instead, like `knotless checkin neck=2`
checkin-warning-needs-score = give { $area } a score too, like `knotless checkin { $area }=5 --warning { $area }`
checkin-answered-twice = { $area } is answered twice
checkin-warning-without-score = --warning { $area }: give { $area } a score too, like `{ $area }=5`
# $reason: the system's error.
checkin-cannot-write = cannot write history: { $reason }
