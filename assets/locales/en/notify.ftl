# The notifications the daemon shows: reminders, the heads-up, the break's steps.

## A reminder's title when that kind leads. $sitting: the sitting time ("40 min").

notify-title-movement = Time to move · sitting { $sitting }
notify-title-stand = Stand for a while? · sitting { $sitting }
notify-title-change_position = Time to change position
notify-title-micro_pause = Micro-pause · sitting { $sitting }
notify-title-hydration = Time for some water
# A movement break shown although you are busy (a call, a presentation), after sitting long.
notify-gentle-title = When you can, move · sitting { $sitting }
notify-gentle-body = You have been busy for a long while: whenever you can.
notify-no-snoozes-left = No snoozes left for this one.

## The suggested exercise, first line of a movement reminder: "Standing shoulder rolls (45 s):
## Roll your shoulders slowly…". $title and $summary come from the exercise; $length its
## length ("45 s").

notify-suggestion = { $title } ({ $length }): { $summary }

## An exercise's steps in a notification (when no break window can open). $number: the
## step's number; $step: its text; $secs: its seconds; $caution: one of its cautions.

notify-step = { $number }. { $step } ({ $secs } s)
notify-caution = ! { $caution }
# A checklist (the weekly desk check): its title, then one line a step.
notify-checklist-title = { $title }:
notify-checklist-step = • { $step }

## The line a micro-pause or water reminder adds when no exercise fits.

notify-nudge-hydration = Have a few sips of water.
notify-nudge-micro_pause = Sit back, breathe out slowly, and look far away for a moment.
# A sit-stand desk's nudge to stand; $length: how long to stand ("20 min").
notify-nudge-stand = Stand up at your desk for about { $length }, and sit again when you like. Standing time does not count as sitting.
# A sit-stand desk's nudge after standing long; $standing: how long ("45 min").
notify-nudge-change_position = You have been standing for { $standing }. Sit for a while, or take a short walk: changing position often does more than any one position.
# A short exercise as a nudge's line; $title and $summary come from the exercise.
notify-nudge-exercise = { $title }: { $summary }

## The buttons on notifications. $length: the snooze's length ("10 min").

notify-action-standing = I'm standing
notify-action-sitting = I'm sitting
notify-action-later = Later
notify-action-start = Start break
notify-action-snooze = Snooze { $length }
notify-action-skip = Skip
notify-action-done = Done

## The quiet heads-up before a movement break. $left: how soon ("1 min").

notify-heads-up-title = Break in { $left }: finish your sentence
notify-heads-up-body = Then knotless suggests a short movement break. Snooze or skip it here if now is a bad time.

## Without a window: the break as a notification, and the last days.

# $title: the exercise's title; $length: the break's length ("2 min").
notify-break-title = Break · { $title } ({ $length })
notify-stats-title = knotless: your last days
