## The check-in: how each part of the body feels, 0 (fine) to 10 (a lot of discomfort), and
## one question about warning signs. In the break window, and `knotless checkin` in a
## terminal.

## The break window.

checkin-heading = Petit bilan corporel
checkin-question = Comment va chaque zone en ce moment ? 0 = tout va bien, 10 = forte gêne.
# What a screen reader says for a score button: $area (a part of the body), $score (0-10).
checkin-score-said = { $area } : { $score }
# The warning-sign question, once for all the areas. Keep its meaning exactly.
checkin-warning-question = Un engourdissement, des fourmillements, un gonflement ou une douleur qui limite vos activités quotidiennes ?
# The answers to checkin-warning-question.
checkin-no = Non
checkin-yes = Oui
# After "Yes", with several areas: tick boxes follow. "Save" is break-save.
checkin-warning-where = Où ? Cochez chaque zone concernée, puis Enregistrer.
# Under the check-in. "Not now" is break-not-now.
checkin-leave-hint = Échap ou « Pas maintenant » quitte le bilan sans l’enregistrer.
# The heading above advice (advice.ftl) after a check-in.
checkin-advice-heading = Bon à savoir
# Under the advice. Keep its meaning exactly.
checkin-advice-disclaimer = knotless donne des conseils généraux ; il ne pose pas de diagnostic. Si la douleur s’aggrave, ou si un engourdissement ou des fourmillements apparaissent, arrêtez et demandez l’avis d’un professionnel.

## `knotless checkin` in a terminal. Text in `backticks` and AREA are what to type: the
## area names there (neck, upper_back) are the command's words and stay as they are.

# One line per answer: $area (a part of the body), $score (0-10), $what (one of below).
checkin-outcome = { $area } : { $score } sur 10 : { $what }
checkin-outcome-lifted = de nouveau bien : la mise au repos est levée
checkin-outcome-noted = noté
checkin-outcome-held-warning = au repos : rien qui sollicite cette zone ne sera proposé jusqu’à ce qu’un bilan indique qu’elle va de nouveau bien
checkin-outcome-held-severe = au repos : douleur intense ; rien qui sollicite cette zone ne sera proposé jusqu’à ce qu’un bilan indique qu’elle va de nouveau bien
# $fine_up_to: the highest score that counts as fine (3).
checkin-outcome-still-held = toujours au repos : un bilan à { $fine_up_to } ou moins, sans signe d’alerte, lève la mise au repos
# Without answers: one line per held area. $area: a part of the body; $since: a date;
# $why: one of the three below. The line's first letter is made a capital.
checkin-held = { $area } au repos depuis le { $since } : { $why }.
checkin-held-warning = un signe d’alerte (engourdissement, fourmillements, gonflement ou douleur qui limite votre journée)
# $score: the score given (9 or 10).
checkin-held-severe = douleur notée { $score } sur 10
# $title: an exercise's title.
checkin-held-worse = selon vous, { $title } a aggravé les choses
# Then how to answer; the command to type follows on the next line.
checkin-how-to-answer = Notez chaque zone de 0 (tout va bien) à 10, et ajoutez --warning AREA en cas d’engourdissement, de fourmillements, de gonflement ou de douleur qui limite votre journée :

# Errors. $area: an area's name as the command writes it (neck, upper_back).
checkin-no-window = la fenêtre de bilan s’ouvre là où knotless fonctionne (Linux, les BSD, Windows) ; répondez plutôt ici, par exemple `knotless checkin neck=2`
checkin-warning-needs-score = donnez aussi une note à { $area }, par exemple `knotless checkin { $area }=5 --warning { $area }`
checkin-answered-twice = { $area } a reçu deux réponses
checkin-warning-without-score = --warning { $area } : donnez aussi une note à { $area }, par exemple `{ $area }=5`
# $reason: the system's error.
checkin-cannot-write = impossible d’écrire l’historique : { $reason }
