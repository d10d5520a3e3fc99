# The notifications the daemon shows: reminders, the heads-up, the break's steps.

## A reminder's title when that kind leads. $sitting: the sitting time ("40 min").

notify-title-movement = L’heure de bouger · { $sitting } en position assise
notify-title-stand = Un moment debout ? · { $sitting } en position assise
notify-title-change_position = L’heure de changer de position
notify-title-micro_pause = Micro-pause · { $sitting } en position assise
notify-title-hydration = L’heure de boire un peu d’eau
# A movement break shown although you are busy (a call, a presentation), after sitting long.
notify-gentle-title = Bougez quand vous pourrez · { $sitting } en position assise
notify-gentle-body = Votre activité vous accapare depuis longtemps : dès que vous pourrez.
notify-no-snoozes-left = Plus de report possible pour cette pause.

## The suggested exercise, first line of a movement reminder: "Standing shoulder rolls (45 s):
## Roll your shoulders slowly…". $title and $summary come from the exercise; $length its
## length ("45 s").

notify-suggestion = { $title } ({ $length }) : { $summary }

## An exercise's steps in a notification (when no break window can open). $number: the
## step's number; $step: its text; $secs: its seconds; $caution: one of its cautions.

notify-step = { $number }. { $step } ({ $secs } s)
notify-caution = ! { $caution }
# A checklist (the weekly desk check): its title, then one line a step.
notify-checklist-title = { $title } :
notify-checklist-step = • { $step }

## The line a micro-pause or water reminder adds when no exercise fits.

notify-nudge-hydration = Buvez quelques gorgées d’eau.
notify-nudge-micro_pause = Adossez-vous, expirez lentement et regardez au loin un instant.
# A sit-stand desk's nudge to stand; $length: how long to stand ("20 min").
notify-nudge-stand = Levez-vous à votre bureau pendant environ { $length }, et rasseyez-vous quand vous le souhaitez. Le temps debout ne compte pas comme du temps assis.
# A sit-stand desk's nudge after standing long; $standing: how long ("45 min").
notify-nudge-change_position = Vous êtes debout depuis { $standing }. Asseyez-vous un moment ou faites quelques pas : changer souvent de position est plus utile que n’importe quelle position.
# A short exercise as a nudge's line; $title and $summary come from the exercise.
notify-nudge-exercise = { $title } : { $summary }

## The buttons on notifications. $length: the snooze's length ("10 min").

notify-action-standing = Je suis debout
notify-action-sitting = Je m’assois
notify-action-later = Plus tard
notify-action-start = Commencer la pause
notify-action-snooze = Reporter de { $length }
notify-action-skip = Passer
notify-action-done = Terminé

## The quiet heads-up before a movement break. $left: how soon ("1 min").

notify-heads-up-title = Pause dans { $left } : terminez votre phrase
notify-heads-up-body = Ensuite, knotless vous proposera une courte pause active. Reportez-la ou passez-la ici si le moment est mal choisi.

## Without a window: the break as a notification, and the last days.

# $title: the exercise's title; $length: the break's length ("2 min").
notify-break-title = Pause · { $title } ({ $length })
notify-stats-title = knotless : vos derniers jours
