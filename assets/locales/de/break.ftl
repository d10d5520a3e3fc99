## The break window: the question before a break, the steps, the end screen. Buttons sit in
## a bar at the bottom: keep them short.

# Window titles (the window list and task bar). "knotless" is the app's name: keep it.
break-title-prompt = knotless · Zeit für Bewegung
break-title-checkin = knotless · Körpercheck
# $title: the exercise's title.
break-title-exercise = knotless · { $title }

# The heading of the question before a break, when the reminder gave none.
break-time-to-move = Zeit für Bewegung
# Under the heading: the exercise and how long it takes. $title: the exercise's title;
# $length: its length in words ("2 minutes", see advice-unit-minutes).
break-prompt-exercise = { $title } · { $length }

## The buttons of the bottom bar.
break-start = Starten
break-snooze = Aufschieben
break-skip = Überspringen
# Shows another exercise instead of this one.
break-another = Anderer Vorschlag
# A menu of every exercise allowed for this break.
break-choose = Auswählen…
break-pause = Anhalten
break-resume = Fortsetzen
break-next = Weiter
break-done = Fertig
# Ends the break before the last step (it asks first: break-done-early-confirm).
break-done-early = Früher fertig
# The answer to break-done-early-confirm that ends the break.
break-yes-done = Ja, fertig
# The answer to break-done-early-confirm that goes back to the steps (the large button).
break-go-on = Weiter
# On the end screen, when no check-in is due: a check-in anyway.
break-check-in-now = Körpercheck
# Leaves the check-in without saving it.
break-not-now = Nicht jetzt
# Saves the check-in with every area at 0.
break-all-fine = Alles gut
break-save = Speichern
# The end screen's button when nothing follows.
break-close = Schließen
# The end screen's button when a check-in or advice follows.
break-continue = Weiter
# After reading advice.
break-understood = Verstanden

## The steps.

# Top right. $step: this step's number; $n: how many steps.
break-step-of = Schritt { $step } von { $n }
# What a screen reader says for the progress bar. $step, $n as above.
break-progress = Schritt { $step } von { $n }
# The countdown of a step; $time: minutes and seconds ("0:15").
break-countdown = noch { $time }
break-paused = Angehalten
# A button, for exercises done lying down or with eyes closed.
break-read-aloud = Schritte vorlesen
# A checkbox for people with a sit-stand desk.
break-standing = Ich stehe (am Sitz-Steh-Tisch)
# After Done early: $step steps of $n are done. "Yes, done" is break-yes-done.
break-done-early-confirm = Früher fertig? Du hast { $step } von { $n } Schritten gemacht. „Ja, fertig“ zählt die Pause.
# The last step's time is over. "Done" is break-done.
break-last-step-over = Das war der letzte Schritt. Gut bewegt: Drück auf „Fertig“.
# A step that switches sides, when its text says what to do: $step is that text (from the
# exercise, already in the language).
break-other-side-then = Jetzt die andere Seite. { $step }
# A bare "switch sides" step: $steps are the steps of the first side again, with left and
# right swapped (break-mirror-words).
break-other-side-again = Jetzt die andere Seite: { $steps }
# The words for left and right in the exercises' steps, in pairs that are swapped for the
# other side: each word, then its opposite, separated by spaces (lower case, then
# capitalised; as many pairs as the language needs, inflected forms too, e.g. German
# "links rechts linke rechte linken rechten …"). Only whole words are swapped.
break-mirror-words = links rechts Links Rechts linke rechte Linke Rechte linken rechten Linken Rechten linker rechter Linker Rechter linkes rechtes Linkes Rechtes linkem rechtem Linkem Rechtem
# Said aloud when the last step's time is up.
break-said-done = Fertig.
# What a screen reader says for the figure; $title: the exercise's title.
break-figure = Abbildung: { $title }
# Drawn on the figure while it shows the other side.
break-figure-other-side = Andere Seite
# Below the provider note (advice-provider-note): a button.
break-provider-note-read = Ich habe das gelesen

## Why this exercise was picked (in italics under the title).

# $area: a part of the body ("upper back").
break-reason-tense = Diese Woche war der Bereich { $area } angespannt.
break-reason-helped = Du hast gesagt, dass diese Übung schon einmal geholfen hat.
# $area: a part of the body the user chose in the settings ("Focus areas").
break-reason-focus = Du wolltest mehr Aufmerksamkeit für den Bereich { $area }.
break-reason-skipped = Einige Pausen hintereinander wurden übersprungen: eine ruhige Atemübung.
break-reason-standing = Du stehst: eine Übung im Stehen.
break-reason-standing-wall = Du stehst: eine Übung im Stehen an der Wand.
break-reason-after-standing = Nach langem Stehen: eine Übung im Sitzen oder Liegen, für wechselnde Positionen.

## Reading aloud: why the window cannot (shown in place of the button).

# $reason: what went wrong (break-voice-no-service, or a technical message).
break-voice-failed = Vorlesen nicht möglich: { $reason }.
# $reason as above, after reading aloud had worked.
break-voice-stopped = Vorlesen nicht mehr möglich: { $reason }.
# No speech program is installed. The package names are commands: keep them.
break-voice-no-service = kein Sprachdienst: Installiere speech-dispatcher (Debian: speech-dispatcher speech-dispatcher-espeak-ng) oder espeak-ng
break-voice-unbuilt = Vorlesen gibt es für dieses System noch nicht.

## The end screen.

# The heading. $length: how long it took, in words ("2 minutes"); $areas: the parts of
# the body it worked ("neck and upper back", see vocabulary-list-and).
break-finished = Fertig: { $length } · { $areas }
# The same, for an exercise that names no part of the body.
break-finished-you = Fertig: { $length } für dich
break-how-did-it-feel = Wie hat sich das angefühlt?
# The three answers to break-how-did-it-feel.
break-feel-better = Besser
break-feel-same = Gleich
break-feel-worse = Schlechter
# Under the answers. "Worse" is break-feel-worse.
break-feel-safety = Wenn es wehgetan hat, taub wurde oder gekribbelt hat, antworte „Schlechter“ und hör auf: knotless schlägt dann für diesen Bereich vorerst nichts mehr vor. Wenn es anhält, lass es ärztlich oder physiotherapeutisch abklären.
# The window after the break, in the moment before it closes.
break-closed = Gut bewegt. Bis zur nächsten Pause.

## The exercise suggested when nothing else fits (a calm breath).
break-fallback-title = Ein paar langsame Atemzüge
break-fallback-summary = Lehn dich zurück und atme eine Minute lang langsam.
break-fallback-step = Lehn dich zurück, lass die Schultern ruhen und atme eine Minute lang langsam, durch die Nase ein und etwas länger aus.

## The other windows' titles (the window list and task bar). "knotless" is the app's name.
break-title-settings = knotless · Einstellungen
break-title-statistics = knotless · Statistik
break-title-welcome = Willkommen bei knotless
# A window could not open (no display, most often). $title: the window's title; $reason:
# the system's words.
break-window-failed = Fenster „{ $title }“ kann nicht geöffnet werden: { $reason }
