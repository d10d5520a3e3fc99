# The notifications the daemon shows: reminders, the heads-up, the break's steps.

## A reminder's title when that kind leads. $sitting: the sitting time ("40 min").

notify-title-movement = Tijd om te bewegen · { $sitting } gezeten
notify-title-stand = Even staan? · { $sitting } gezeten
notify-title-change_position = Tijd om van houding te wisselen
notify-title-micro_pause = Micropauze · { $sitting } gezeten
notify-title-hydration = Tijd voor wat water
# A movement break shown although you are busy (a call, a presentation), after sitting long.
notify-gentle-title = Beweeg als het kan · { $sitting } gezeten
notify-gentle-body = Je bent al lang bezig: wanneer het je uitkomt.
notify-no-snoozes-left = Deze kun je niet meer uitstellen.

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

notify-nudge-hydration = Neem een paar slokjes water.
notify-nudge-micro_pause = Leun achterover, adem langzaam uit en kijk even in de verte.
# A sit-stand desk's nudge to stand; $length: how long to stand ("20 min").
notify-nudge-stand = Ga ongeveer { $length } aan je bureau staan en ga weer zitten wanneer je wilt. Staan telt niet als zitten.
# A sit-stand desk's nudge after standing long; $standing: how long ("45 min").
notify-nudge-change_position = Je staat al { $standing }. Ga even zitten of maak een korte wandeling: vaak van houding wisselen doet meer dan welke houding ook.
# A short exercise as a nudge's line; $title and $summary come from the exercise.
notify-nudge-exercise = { $title }: { $summary }

## The buttons on notifications. $length: the snooze's length ("10 min").

notify-action-standing = Ik sta
notify-action-sitting = Ik zit
notify-action-later = Later
notify-action-start = Pauze starten
notify-action-snooze = { $length } uitstellen
notify-action-skip = Overslaan
notify-action-done = Klaar

## The quiet heads-up before a movement break. $left: how soon ("1 min").

notify-heads-up-title = Pauze over { $left }: maak je zin af
notify-heads-up-body = Daarna stelt knotless een korte bewegingspauze voor. Stel hem hier uit of sla hem over als het nu niet uitkomt.

## Without a window: the break as a notification, and the last days.

# $title: the exercise's title; $length: the break's length ("2 min").
notify-break-title = Pauze · { $title } ({ $length })
notify-stats-title = knotless: je afgelopen dagen
