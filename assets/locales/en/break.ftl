## The break window: the question before a break, the steps, the end screen. Buttons sit in
## a bar at the bottom: keep them short.

# Window titles (the window list and task bar). "knotless" is the app's name: keep it.
break-title-prompt = knotless · Time to move
break-title-checkin = knotless · Check-in
# $title: the exercise's title.
break-title-exercise = knotless · { $title }

# The heading of the question before a break, when the reminder gave none.
break-time-to-move = Time to move
# Under the heading: the exercise and how long it takes. $title: the exercise's title;
# $length: its length in words ("2 minutes", see advice-unit-minutes).
break-prompt-exercise = { $title } · { $length }

## The buttons of the bottom bar.
break-start = Start
break-snooze = Snooze
break-skip = Skip
# Shows another exercise instead of this one.
break-another = Another suggestion
# A menu of every exercise allowed for this break.
break-choose = Choose…
break-pause = Pause
break-resume = Resume
break-next = Next
break-done = Done
# Ends the break before the last step (it asks first: break-done-early-confirm).
break-done-early = Done early
# The answer to break-done-early-confirm that ends the break.
break-yes-done = Yes, done
# The answer to break-done-early-confirm that goes back to the steps (the large button).
break-go-on = Go on
# On the end screen, when no check-in is due: a check-in anyway.
break-check-in-now = Check in now
# Leaves the check-in without saving it.
break-not-now = Not now
# Saves the check-in with every area at 0.
break-all-fine = All fine
break-save = Save
# The end screen's button when nothing follows.
break-close = Close
# The end screen's button when a check-in or advice follows.
break-continue = Continue
# After reading advice.
break-understood = Understood

## The steps.

# Top right. $step: this step's number; $n: how many steps.
break-step-of = Step { $step } of { $n }
# What a screen reader says for the progress bar. $step, $n as above.
break-progress = step { $step } of { $n }
# The countdown of a step; $time: minutes and seconds ("0:15").
break-countdown = { $time } left
break-paused = Paused
# A button, for exercises done lying down or with eyes closed.
break-read-aloud = Read the steps aloud
# A checkbox for people with a sit-stand desk.
break-standing = I'm standing (at a sit-stand desk)
# After Done early: $step steps of $n are done. "Yes, done" is break-yes-done.
break-done-early-confirm = Done early? You have done { $step } of { $n } steps. "Yes, done" counts the break.
# The last step's time is over. "Done" is break-done.
break-last-step-over = That was the last step. Well moved: press Done.
# A step that switches sides, when its text says what to do: $step is that text (from the
# exercise, already in the language).
break-other-side-then = Now the other side. { $step }
# A bare "switch sides" step: $steps are the steps of the first side again, with left and
# right swapped (break-mirror-words).
break-other-side-again = Now the other side: { $steps }
# The words for left and right in the exercises' steps, in pairs that are swapped for the
# other side: each word, then its opposite, separated by spaces (lower case, then
# capitalised; as many pairs as the language needs, inflected forms too, e.g. German
# "links rechts linke rechte linken rechten …"). Only whole words are swapped.
break-mirror-words = left right Left Right
# Said aloud when the last step's time is up.
break-said-done = Done.
# What a screen reader says for the figure; $title: the exercise's title.
break-figure = Illustration of { $title }
# Drawn on the figure while it shows the other side.
break-figure-other-side = Other side
# Below the provider note (advice-provider-note): a button.
break-provider-note-read = I have read this

## Why this exercise was picked (in italics under the title).

# $area: a part of the body ("upper back").
break-reason-tense = Your { $area } has been tense this week.
break-reason-helped = You said this one helped before.
# $area: a part of the body the user chose in the settings ("Focus areas").
break-reason-focus = You asked for more attention on your { $area }.
break-reason-skipped = A few breaks were skipped in a row: a calm breathing one.
break-reason-standing = You are standing: one done standing.
break-reason-standing-wall = You are standing: one done standing at a wall.
break-reason-after-standing = After a long stand: one done sitting or lying down, to vary positions.

## Reading aloud: why the window cannot (shown in place of the button).

# $reason: what went wrong (break-voice-no-service, or a technical message).
break-voice-failed = Cannot read aloud: { $reason }.
# $reason as above, after reading aloud had worked.
break-voice-stopped = Cannot read aloud any more: { $reason }.
# No speech program is installed. The package names are commands: keep them.
break-voice-no-service = no speech service: install speech-dispatcher (Debian: speech-dispatcher speech-dispatcher-espeak-ng) or espeak-ng
break-voice-unbuilt = Reading aloud is not built for this system yet.

## The end screen.

# The heading. $length: how long it took, in words ("2 minutes"); $areas: the parts of
# the body it worked ("neck and upper back", see vocabulary-list-and).
break-finished = Done: { $length } for your { $areas }
# The same, for an exercise that names no part of the body.
break-finished-you = Done: { $length } for you
break-how-did-it-feel = How did that feel?
# The three answers to break-how-did-it-feel.
break-feel-better = Better
break-feel-same = Same
break-feel-worse = Worse
# Under the answers. "Worse" is break-feel-worse.
break-feel-safety = If it hurt, went numb or tingled, answer Worse and stop: knotless then holds that area back. If it goes on, see a doctor or a physical therapist.
# The window after the break, in the moment before it closes.
break-closed = Well moved. See you at the next break.

## The exercise suggested when nothing else fits (a calm breath).
break-fallback-title = A few slow breaths
break-fallback-summary = Sit back and breathe slowly for a minute.
break-fallback-step = Sit back, let your shoulders rest and breathe slowly, in through your nose and a little longer out, for a minute.

## The other windows' titles (the window list and task bar). "knotless" is the app's name.
break-title-settings = knotless · Settings
break-title-statistics = knotless · Statistics
break-title-welcome = Welcome to knotless
# A window could not open (no display, most often). $title: the window's title; $reason:
# the system's words.
break-window-failed = cannot open the window “{ $title }”: { $reason }
