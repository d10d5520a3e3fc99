## The break window: the question before a break, the steps, the end screen. Buttons sit in
## a bar at the bottom: keep them short.

# Window titles (the window list and task bar). "knotless" is the app's name: keep it.
break-title-prompt = knotless · Tijd om te bewegen
break-title-checkin = knotless · Zelfcheck
# $title: the exercise's title.
break-title-exercise = knotless · { $title }

# The heading of the question before a break, when the reminder gave none.
break-time-to-move = Tijd om te bewegen
# Under the heading: the exercise and how long it takes. $title: the exercise's title;
# $length: its length in words ("2 minutes", see advice-unit-minutes).
break-prompt-exercise = { $title } · { $length }

## The buttons of the bottom bar.
break-start = Starten
break-snooze = Uitstellen
break-skip = Overslaan
# Shows another exercise instead of this one.
break-another = Andere suggestie
# A menu of every exercise allowed for this break.
break-choose = Kiezen…
break-pause = Pauzeren
break-resume = Hervatten
break-next = Volgende
break-done = Klaar
# Ends the break before the last step (it asks first: break-done-early-confirm).
break-done-early = Eerder klaar
# The answer to break-done-early-confirm that ends the break.
break-yes-done = Ja, klaar
# The answer to break-done-early-confirm that goes back to the steps (the large button).
break-go-on = Doorgaan
# On the end screen, when no check-in is due: a check-in anyway.
break-check-in-now = Nu zelfcheck doen
# Leaves the check-in without saving it.
break-not-now = Niet nu
# Saves the check-in with every area at 0.
break-all-fine = Alles goed
break-save = Opslaan
# The end screen's button when nothing follows.
break-close = Sluiten
# The end screen's button when a check-in or advice follows.
break-continue = Verder
# After reading advice.
break-understood = Begrepen

## The steps.

# Top right. $step: this step's number; $n: how many steps.
break-step-of = Stap { $step } van { $n }
# What a screen reader says for the progress bar. $step, $n as above.
break-progress = stap { $step } van { $n }
# The countdown of a step; $time: minutes and seconds ("0:15").
break-countdown = nog { $time }
break-paused = Gepauzeerd
# A button, for exercises done lying down or with eyes closed.
break-read-aloud = Stappen voorlezen
# A checkbox for people with a sit-stand desk.
break-standing = Ik sta (aan een zit-sta-bureau)
# After Done early: $step steps of $n are done. "Yes, done" is break-yes-done.
break-done-early-confirm = Eerder klaar? Je hebt { $step } van de { $n } stappen gedaan. ‘Ja, klaar’ telt de pauze mee.
# The last step's time is over. "Done" is break-done.
break-last-step-over = Dat was de laatste stap. Goed bewogen: klik op Klaar.
# A step that switches sides, when its text says what to do: $step is that text (from the
# exercise, already in the language).
break-other-side-then = Nu de andere kant. { $step }
# A bare "switch sides" step: $steps are the steps of the first side again, with left and
# right swapped (break-mirror-words).
break-other-side-again = Nu de andere kant: { $steps }
# The words for left and right in the exercises' steps, in pairs that are swapped for the
# other side: each word, then its opposite, separated by spaces (lower case, then
# capitalised; as many pairs as the language needs, inflected forms too, e.g. German
# "links rechts linke rechte linken rechten …"). Only whole words are swapped.
break-mirror-words = links rechts Links Rechts linker rechter Linker Rechter linkerarm rechterarm Linkerarm Rechterarm linkerbeen rechterbeen Linkerbeen Rechterbeen linkerbil rechterbil Linkerbil Rechterbil linkerbovenbeen rechterbovenbeen Linkerbovenbeen Rechterbovenbeen linkerduim rechterduim Linkerduim Rechterduim linkerelleboog rechterelleboog Linkerelleboog Rechterelleboog linkerenkel rechterenkel Linkerenkel Rechterenkel linkerhand rechterhand Linkerhand Rechterhand linkerheup rechterheup Linkerheup Rechterheup linkerhiel rechterhiel Linkerhiel Rechterhiel linkerkant rechterkant Linkerkant Rechterkant linkerknie rechterknie Linkerknie Rechterknie linkerkuit rechterkuit Linkerkuit Rechterkuit linkeroksel rechteroksel Linkeroksel Rechteroksel linkeronderarm rechteronderarm Linkeronderarm Rechteronderarm linkeroog rechteroog Linkeroog Rechteroog linkeroor rechteroor Linkeroor Rechteroor linkerpols rechterpols Linkerpols Rechterpols linkerschouder rechterschouder Linkerschouder Rechterschouder linkerschouderblad rechterschouderblad Linkerschouderblad Rechterschouderblad linkervoet rechtervoet Linkervoet Rechtervoet linkerwang rechterwang Linkerwang Rechterwang linkerzij rechterzij Linkerzij Rechterzij linkerzijde rechterzijde Linkerzijde Rechterzijde
# Said aloud when the last step's time is up.
break-said-done = Klaar.
# What a screen reader says for the figure; $title: the exercise's title.
break-figure = Illustratie van { $title }
# Drawn on the figure while it shows the other side.
break-figure-other-side = Andere kant
# Below the provider note (advice-provider-note): a button.
break-provider-note-read = Ik heb dit gelezen

## Why this exercise was picked (in italics under the title).

# $area: a part of the body ("upper back").
break-reason-tense = Je { $area } was deze week gespannen.
break-reason-helped = Je zei dat deze eerder hielp.
# $area: a part of the body the user chose in the settings ("Focus areas").
break-reason-focus = Je vroeg om meer aandacht voor je { $area }.
break-reason-skipped = Een paar pauzes na elkaar overgeslagen: een rustige ademhalingsoefening.
break-reason-standing = Je staat: een oefening die je staand doet.
break-reason-standing-wall = Je staat: een oefening die je staand tegen een muur doet.
break-reason-after-standing = Na lang staan: een oefening zittend of liggend, voor afwisseling in houding.

## Reading aloud: why the window cannot (shown in place of the button).

# $reason: what went wrong (break-voice-no-service, or a technical message).
break-voice-failed = Kan niet voorlezen: { $reason }.
# $reason as above, after reading aloud had worked.
break-voice-stopped = Kan niet meer voorlezen: { $reason }.
# No speech program is installed. The package names are commands: keep them.
break-voice-no-service = geen spraakdienst: installeer speech-dispatcher (Debian: speech-dispatcher speech-dispatcher-espeak-ng) of espeak-ng
break-voice-unbuilt = Voorlezen is nog niet beschikbaar voor dit systeem.

## The end screen.

# The heading. $length: how long it took, in words ("2 minutes"); $areas: the parts of
# the body it worked ("neck and upper back", see vocabulary-list-and).
break-finished = Klaar: { $length } voor je { $areas }
# The same, for an exercise that names no part of the body.
break-finished-you = Klaar: { $length } voor jezelf
break-how-did-it-feel = Hoe voelde dat?
# The three answers to break-how-did-it-feel.
break-feel-better = Beter
break-feel-same = Hetzelfde
break-feel-worse = Slechter
# Under the answers. "Worse" is break-feel-worse.
break-feel-safety = Deed het pijn, werd het doof of ging het tintelen? Kies Slechter en stop: knotless ontziet dat gebied dan. Houdt het aan, ga dan naar een arts of een fysiotherapeut.
# The window after the break, in the moment before it closes.
break-closed = Goed bewogen. Tot de volgende pauze.

## The exercise suggested when nothing else fits (a calm breath).
break-fallback-title = Een paar rustige ademhalingen
break-fallback-summary = Leun achterover en adem een minuut lang rustig.
break-fallback-step = Leun achterover, laat je schouders rusten en adem een minuut lang rustig, in door je neus en iets langer uit.

## The other windows' titles (the window list and task bar). "knotless" is the app's name.
break-title-settings = knotless · Instellingen
break-title-statistics = knotless · Statistieken
break-title-welcome = Welkom bij knotless
# A window could not open (no display, most often). $title: the window's title; $reason:
# the system's words.
break-window-failed = kan het venster ‘{ $title }’ niet openen: { $reason }
