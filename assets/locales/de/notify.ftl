# The notifications the daemon shows: reminders, the heads-up, the break's steps.

## A reminder's title when that kind leads. $sitting: the sitting time ("40 min").

notify-title-movement = Zeit für Bewegung · { $sitting } gesessen
notify-title-stand = Eine Weile stehen? · { $sitting } gesessen
notify-title-change_position = Zeit für einen Positionswechsel
notify-title-micro_pause = Mikropause · { $sitting } gesessen
notify-title-hydration = Zeit für etwas Wasser
# A movement break shown although you are busy (a call, a presentation), after sitting long.
notify-gentle-title = Beweg dich, wenn du kannst · { $sitting } gesessen
notify-gentle-body = Du bist schon lange beschäftigt: wann immer es dir passt.
notify-no-snoozes-left = Diese Pause lässt sich nicht mehr aufschieben.

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

notify-nudge-hydration = Trink ein paar Schlucke Wasser.
notify-nudge-micro_pause = Lehn dich zurück, atme langsam aus und schau einen Moment in die Ferne.
# A sit-stand desk's nudge to stand; $length: how long to stand ("20 min").
notify-nudge-stand = Steh etwa { $length } an deinem Schreibtisch und setz dich wieder, wann du magst. Stehen zählt nicht als Sitzen.
# A sit-stand desk's nudge after standing long; $standing: how long ("45 min").
notify-nudge-change_position = Du stehst seit { $standing }. Setz dich eine Weile oder geh ein paar Schritte: Häufige Positionswechsel bringen mehr als jede einzelne Position.
# A short exercise as a nudge's line; $title and $summary come from the exercise.
notify-nudge-exercise = { $title }: { $summary }

## The buttons on notifications. $length: the snooze's length ("10 min").

notify-action-standing = Ich stehe
notify-action-sitting = Ich sitze
notify-action-later = Später
notify-action-start = Pause starten
notify-action-snooze = { $length } aufschieben
notify-action-skip = Überspringen
notify-action-done = Erledigt

## The quiet heads-up before a movement break. $left: how soon ("1 min").

notify-heads-up-title = Pause in { $left }: Bring deinen Satz zu Ende
notify-heads-up-body = Dann schlägt knotless eine kurze Bewegungspause vor. Schieb sie hier auf oder überspring sie, wenn es gerade schlecht passt.

## Without a window: the break as a notification, and the last days.

# $title: the exercise's title; $length: the break's length ("2 min").
notify-break-title = Pause · { $title } ({ $length })
notify-stats-title = knotless: deine letzten Tage
