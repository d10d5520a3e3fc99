# The notifications the daemon shows: reminders, the heads-up, the break's steps.

## A reminder's title when that kind leads. $sitting: the sitting time ("40 min").

notify-title-movement = È ora di muoversi · sulla sedia da { $sitting }
notify-title-stand = Un po' in piedi? · sulla sedia da { $sitting }
notify-title-change_position = È ora di cambiare posizione
notify-title-micro_pause = Micropausa · sulla sedia da { $sitting }
notify-title-hydration = È ora di bere un po' d'acqua
# A movement break shown although you are busy (a call, a presentation), after sitting long.
notify-gentle-title = Quando puoi, muoviti · sulla sedia da { $sitting }
notify-gentle-body = Hai da fare da molto tempo: muoviti quando puoi.
notify-no-snoozes-left = Non puoi più posticipare questa pausa.

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

notify-nudge-hydration = Bevi qualche sorso d'acqua.
notify-nudge-micro_pause = Appoggiati allo schienale, espira lentamente e guarda lontano per un momento.
# A sit-stand desk's nudge to stand; $length: how long to stand ("20 min").
notify-nudge-stand = Lavora in piedi alla scrivania per circa { $length } e torna a sederti quando vuoi. Il tempo in piedi non conta come tempo sulla sedia.
# A sit-stand desk's nudge after standing long; $standing: how long ("45 min").
notify-nudge-change_position = Sei in piedi da { $standing }. Siediti per un po' o fai una breve camminata: cambiare spesso posizione fa meglio di qualsiasi posizione singola.
# A short exercise as a nudge's line; $title and $summary come from the exercise.
notify-nudge-exercise = { $title }: { $summary }

## The buttons on notifications. $length: the snooze's length ("10 min").

notify-action-standing = Sono in piedi
notify-action-sitting = Sono sulla sedia
notify-action-later = Più tardi
notify-action-start = Inizia la pausa
notify-action-snooze = Posticipa { $length }
notify-action-skip = Salta
notify-action-done = Fatto

## The quiet heads-up before a movement break. $left: how soon ("1 min").

notify-heads-up-title = Pausa tra { $left }: finisci la frase
notify-heads-up-body = Poi knotless ti suggerirà una breve pausa di movimento. Posticipala o saltala da qui se non è il momento giusto.

## Without a window: the break as a notification, and the last days.

# $title: the exercise's title; $length: the break's length ("2 min").
notify-break-title = Pausa · { $title } ({ $length })
notify-stats-title = knotless: i tuoi ultimi giorni
