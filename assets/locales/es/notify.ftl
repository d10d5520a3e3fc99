# The notifications the daemon shows: reminders, the heads-up, the break's steps.

## A reminder's title when that kind leads. $sitting: the sitting time ("40 min").

notify-title-movement = Hora de moverte · { $sitting } en la silla
notify-title-stand = ¿Te pones de pie un rato? · { $sitting } en la silla
notify-title-change_position = Hora de cambiar de posición
notify-title-micro_pause = Micropausa · { $sitting } en la silla
notify-title-hydration = Hora de beber agua
# A movement break shown although you are busy (a call, a presentation), after sitting long.
notify-gentle-title = Cuando puedas, muévete · { $sitting } en la silla
notify-gentle-body = Llevas mucho rato sin poder parar: cuando puedas.
notify-no-snoozes-left = No quedan aplazamientos para esta pausa.

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

notify-nudge-hydration = Bebe unos sorbos de agua.
notify-nudge-micro_pause = Siéntate bien atrás, exhala despacio y mira a lo lejos un momento.
# A sit-stand desk's nudge to stand; $length: how long to stand ("20 min").
notify-nudge-stand = Ponte de pie en tu escritorio durante unos { $length } y vuelve a la silla cuando quieras. El tiempo de pie no cuenta como tiempo en la silla.
# A sit-stand desk's nudge after standing long; $standing: how long ("45 min").
notify-nudge-change_position = Llevas { $standing } de pie. Siéntate un rato o da un paseo corto: cambiar a menudo de posición ayuda más que cualquier posición concreta.
# A short exercise as a nudge's line; $title and $summary come from the exercise.
notify-nudge-exercise = { $title }: { $summary }

## The buttons on notifications. $length: the snooze's length ("10 min").

notify-action-standing = Estoy de pie
notify-action-sitting = Estoy en la silla
notify-action-later = Más tarde
notify-action-start = Empezar pausa
notify-action-snooze = Posponer { $length }
notify-action-skip = Omitir
notify-action-done = Hecho

## The quiet heads-up before a movement break. $left: how soon ("1 min").

notify-heads-up-title = Pausa en { $left }: termina la frase
notify-heads-up-body = Después, knotless te propondrá una pausa activa corta. Si ahora no es buen momento, puedes posponerla u omitirla aquí.

## Without a window: the break as a notification, and the last days.

# $title: the exercise's title; $length: the break's length ("2 min").
notify-break-title = Pausa · { $title } ({ $length })
notify-stats-title = knotless: tus últimos días
