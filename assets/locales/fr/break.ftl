## The break window: the question before a break, the steps, the end screen. Buttons sit in
## a bar at the bottom: keep them short.

# Window titles (the window list and task bar). "knotless" is the app's name: keep it.
break-title-prompt = knotless · L’heure de bouger
break-title-checkin = knotless · Bilan
# $title: the exercise's title.
break-title-exercise = knotless · { $title }

# The heading of the question before a break, when the reminder gave none.
break-time-to-move = L’heure de bouger
# Under the heading: the exercise and how long it takes. $title: the exercise's title;
# $length: its length in words ("2 minutes", see advice-unit-minutes).
break-prompt-exercise = { $title } · { $length }

## The buttons of the bottom bar.
break-start = Commencer
break-snooze = Reporter
break-skip = Passer
# Shows another exercise instead of this one.
break-another = Autre suggestion
# A menu of every exercise allowed for this break.
break-choose = Choisir…
break-pause = Pause
break-resume = Reprendre
break-next = Suivant
break-done = Terminé
# Ends the break before the last step (it asks first: break-done-early-confirm).
break-done-early = Finir plus tôt
# The answer to break-done-early-confirm that ends the break.
break-yes-done = Oui, terminé
# The answer to break-done-early-confirm that goes back to the steps (the large button).
break-go-on = Continuer
# On the end screen, when no check-in is due: a check-in anyway.
break-check-in-now = Faire le bilan
# Leaves the check-in without saving it.
break-not-now = Pas maintenant
# Saves the check-in with every area at 0.
break-all-fine = Tout va bien
break-save = Enregistrer
# The end screen's button when nothing follows.
break-close = Fermer
# The end screen's button when a check-in or advice follows.
break-continue = Continuer
# After reading advice.
break-understood = Compris

## The steps.

# Top right. $step: this step's number; $n: how many steps.
break-step-of = Étape { $step } sur { $n }
# What a screen reader says for the progress bar. $step, $n as above.
break-progress = étape { $step } sur { $n }
# The countdown of a step; $time: minutes and seconds ("0:15").
break-countdown = Encore { $time }
break-paused = En pause
# A button, for exercises done lying down or with eyes closed.
break-read-aloud = Lire les étapes à voix haute
# A checkbox for people with a sit-stand desk.
break-standing = Je suis debout (bureau assis-debout)
# After Done early: $step steps of $n are done. "Yes, done" is break-yes-done.
break-done-early-confirm = Finir plus tôt ? Étapes faites : { $step } sur { $n }. « Oui, terminé » compte la pause.
# The last step's time is over. "Done" is break-done.
break-last-step-over = C’était la dernière étape. Bien bougé : appuyez sur Terminé.
# A step that switches sides, when its text says what to do: $step is that text (from the
# exercise, already in the language).
break-other-side-then = Maintenant l’autre côté. { $step }
# A bare "switch sides" step: $steps are the steps of the first side again, with left and
# right swapped (break-mirror-words).
break-other-side-again = Maintenant l’autre côté : { $steps }
# The words for left and right in the exercises' steps, in pairs that are swapped for the
# other side: each word, then its opposite, separated by spaces (lower case, then
# capitalised; as many pairs as the language needs, inflected forms too, e.g. German
# "links rechts linke rechte linken rechten …"). Only whole words are swapped.
break-mirror-words = gauche droite droit gauche Gauche Droite Droit Gauche gauches droites droits gauches
# Said aloud when the last step's time is up.
break-said-done = Terminé.
# What a screen reader says for the figure; $title: the exercise's title.
break-figure = Illustration : { $title }
# Drawn on the figure while it shows the other side.
break-figure-other-side = Autre côté
# Below the provider note (advice-provider-note): a button.
break-provider-note-read = J’ai lu cette note

## Why this exercise was picked (in italics under the title).

# $area: a part of the body ("upper back").
break-reason-tense = Tensions cette semaine : { $area }.
break-reason-helped = Selon vous, il vous a déjà aidé.
# $area: a part of the body the user chose in the settings ("Focus areas").
break-reason-focus = Zone ciblée selon vos choix : { $area }.
break-reason-skipped = Plusieurs pauses passées d’affilée : un exercice de respiration calme.
break-reason-standing = Vous êtes debout : un exercice debout.
break-reason-standing-wall = Vous êtes debout : un exercice debout contre un mur.
break-reason-after-standing = Après un long moment debout : un exercice sur la chaise ou au sol, pour varier les positions.

## Reading aloud: why the window cannot (shown in place of the button).

# $reason: what went wrong (break-voice-no-service, or a technical message).
break-voice-failed = Lecture à voix haute impossible : { $reason }.
# $reason as above, after reading aloud had worked.
break-voice-stopped = La lecture à voix haute ne fonctionne plus : { $reason }.
# No speech program is installed. The package names are commands: keep them.
break-voice-no-service = aucun service vocal : installez speech-dispatcher (Debian : speech-dispatcher speech-dispatcher-espeak-ng) ou espeak-ng
break-voice-unbuilt = La lecture à voix haute n’est pas encore disponible sur ce système.

## The end screen.

# The heading. $length: how long it took, in words ("2 minutes"); $areas: the parts of
# the body it worked ("neck and upper back", see vocabulary-list-and).
break-finished = Terminé : { $length } · { $areas }
# The same, for an exercise that names no part of the body.
break-finished-you = Terminé : { $length } pour vous
break-how-did-it-feel = Qu’avez-vous ressenti ?
# The three answers to break-how-did-it-feel.
break-feel-better = Mieux
break-feel-same = Pareil
break-feel-worse = Moins bien
# Under the answers. "Worse" is break-feel-worse.
break-feel-safety = En cas de douleur, d’engourdissement ou de fourmillements, répondez Moins bien et arrêtez : knotless laisse alors cette zone au repos. Si cela persiste, consultez un médecin ou un kinésithérapeute.
# The window after the break, in the moment before it closes.
break-closed = Bien bougé. À la prochaine pause.

## The exercise suggested when nothing else fits (a calm breath).
break-fallback-title = Quelques respirations lentes
break-fallback-summary = Adossez-vous et respirez lentement pendant une minute.
break-fallback-step = Adossez-vous, relâchez les épaules et respirez lentement, en inspirant par le nez et en expirant un peu plus longtemps, pendant une minute.

## The other windows' titles (the window list and task bar). "knotless" is the app's name.
break-title-settings = knotless · Paramètres
break-title-statistics = knotless · Statistiques
break-title-welcome = Bienvenue dans knotless
# A window could not open (no display, most often). $title: the window's title; $reason:
# the system's words.
break-window-failed = impossible d’ouvrir la fenêtre « { $title } » : { $reason }
