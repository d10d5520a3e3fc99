## The break window: the question before a break, the steps, the end screen. Buttons sit in
## a bar at the bottom: keep them short.

# Window titles (the window list and task bar). "knotless" is the app's name: keep it.
break-title-prompt = knotless · Czas się poruszać
break-title-checkin = knotless · Ocena samopoczucia
# $title: the exercise's title.
break-title-exercise = knotless · { $title }

# The heading of the question before a break, when the reminder gave none.
break-time-to-move = Czas się poruszać
# Under the heading: the exercise and how long it takes. $title: the exercise's title;
# $length: its length in words ("2 minutes", see advice-unit-minutes).
break-prompt-exercise = { $title } · { $length }

## The buttons of the bottom bar.
break-start = Rozpocznij
break-snooze = Przypomnij później
break-skip = Pomiń
# Shows another exercise instead of this one.
break-another = Inna propozycja
# A menu of every exercise allowed for this break.
break-choose = Wybierz…
break-pause = Wstrzymaj
break-resume = Wznów
break-next = Dalej
break-done = Gotowe
# Ends the break before the last step (it asks first: break-done-early-confirm).
break-done-early = Zakończ wcześniej
# The answer to break-done-early-confirm that ends the break.
break-yes-done = Tak, zakończ
# The answer to break-done-early-confirm that goes back to the steps (the large button).
break-go-on = Kontynuuj
# On the end screen, when no check-in is due: a check-in anyway.
break-check-in-now = Oceń samopoczucie
# Leaves the check-in without saving it.
break-not-now = Nie teraz
# Saves the check-in with every area at 0.
break-all-fine = Wszystko dobrze
break-save = Zapisz
# The end screen's button when nothing follows.
break-close = Zamknij
# The end screen's button when a check-in or advice follows.
break-continue = Dalej
# After reading advice.
break-understood = Rozumiem

## The steps.

# Top right. $step: this step's number; $n: how many steps.
break-step-of = Krok { $step } z { $n }
# What a screen reader says for the progress bar. $step, $n as above.
break-progress = krok { $step } z { $n }
# The countdown of a step; $time: minutes and seconds ("0:15").
break-countdown = Zostało { $time }
break-paused = Wstrzymano
# A button, for exercises done lying down or with eyes closed.
break-read-aloud = Czytaj kroki na głos
# A checkbox for people with a sit-stand desk.
break-standing = Stoję (przy biurku do pracy na stojąco)
# After Done early: $step steps of $n are done. "Yes, done" is break-yes-done.
break-done-early-confirm = Zakończyć wcześniej? Wykonane kroki: { $step } z { $n }. „Tak, zakończ” zalicza przerwę.
# The last step's time is over. "Done" is break-done.
break-last-step-over = To był ostatni krok. Dobra robota: naciśnij Gotowe.
# A step that switches sides, when its text says what to do: $step is that text (from the
# exercise, already in the language).
break-other-side-then = Teraz druga strona. { $step }
# A bare "switch sides" step: $steps are the steps of the first side again, with left and
# right swapped (break-mirror-words).
break-other-side-again = Teraz druga strona: { $steps }
# The words for left and right in the exercises' steps, in pairs that are swapped for the
# other side: each word, then its opposite, separated by spaces (lower case, then
# capitalised; as many pairs as the language needs, inflected forms too, e.g. German
# "links rechts linke rechte linken rechten …"). Only whole words are swapped.
break-mirror-words = lewy prawy lewa prawa lewe prawe lewego prawego lewej prawej lewemu prawemu lewym prawym lewą prawą lewi prawi lewych prawych lewymi prawymi lewo prawo Lewy Prawy Lewa Prawa Lewe Prawe Lewego Prawego Lewej Prawej Lewemu Prawemu Lewym Prawym Lewą Prawą Lewi Prawi Lewych Prawych Lewymi Prawymi Lewo Prawo
# Said aloud when the last step's time is up.
break-said-done = Gotowe.
# What a screen reader says for the figure; $title: the exercise's title.
break-figure = Ilustracja: { $title }
# Drawn on the figure while it shows the other side.
break-figure-other-side = Druga strona
# Below the provider note (advice-provider-note): a button.
break-provider-note-read = Przeczytane

## Why this exercise was picked (in italics under the title).

# $area: a part of the body ("upper back").
break-reason-tense = W tym tygodniu napięcie w obszarze: { $area }.
break-reason-helped = Według twoich ocen to ćwiczenie już wcześniej pomagało.
# $area: a part of the body the user chose in the settings ("Focus areas").
break-reason-focus = Obszar priorytetowy w twoich ustawieniach: { $area }.
break-reason-skipped = Kilka przerw z rzędu pominiętych: coś spokojnego na oddech.
break-reason-standing = Stoisz: ćwiczenie na stojąco.
break-reason-standing-wall = Stoisz: ćwiczenie na stojąco przy ścianie.
break-reason-after-standing = Po długim staniu: ćwiczenie na siedząco lub na leżąco, dla zmiany pozycji.

## Reading aloud: why the window cannot (shown in place of the button).

# $reason: what went wrong (break-voice-no-service, or a technical message).
break-voice-failed = Nie można czytać na głos: { $reason }.
# $reason as above, after reading aloud had worked.
break-voice-stopped = Nie można już czytać na głos: { $reason }.
# No speech program is installed. The package names are commands: keep them.
break-voice-no-service = brak usługi mowy: zainstaluj speech-dispatcher (Debian: speech-dispatcher speech-dispatcher-espeak-ng) lub espeak-ng
break-voice-unbuilt = Czytanie na głos nie jest jeszcze dostępne w tym systemie.

## The end screen.

# The heading. $length: how long it took, in words ("2 minutes"); $areas: the parts of
# the body it worked ("neck and upper back", see vocabulary-list-and).
break-finished = Gotowe: { $length } ruchu · { $areas }
# The same, for an exercise that names no part of the body.
break-finished-you = Gotowe: { $length } ruchu dla ciebie
break-how-did-it-feel = Jak się z tym czujesz?
# The three answers to break-how-did-it-feel.
break-feel-better = Lepiej
break-feel-same = Bez zmian
break-feel-worse = Gorzej
# Under the answers. "Worse" is break-feel-worse.
break-feel-safety = Jeśli bolało, drętwiało lub mrowiło, wybierz Gorzej i przerwij: knotless wstrzymuje wtedy ćwiczenia obciążające ten obszar. Jeśli to nie mija, idź do lekarza lub fizjoterapeuty.
# The window after the break, in the moment before it closes.
break-closed = Dobra robota. Do następnej przerwy.

## The exercise suggested when nothing else fits (a calm breath).
break-fallback-title = Kilka powolnych oddechów
break-fallback-summary = Usiądź głęboko i przez minutę oddychaj powoli.
break-fallback-step = Usiądź głęboko, pozwól barkom odpocząć i przez minutę oddychaj powoli: wdech nosem i nieco dłuższy wydech.

## The other windows' titles (the window list and task bar). "knotless" is the app's name.
break-title-settings = knotless · Ustawienia
break-title-statistics = knotless · Statystyki
break-title-welcome = Witaj w knotless
# A window could not open (no display, most often). $title: the window's title; $reason:
# the system's words.
break-window-failed = nie można otworzyć okna „{ $title }”: { $reason }
