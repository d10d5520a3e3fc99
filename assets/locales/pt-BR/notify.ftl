# The notifications the daemon shows: reminders, the heads-up, the break's steps.

## A reminder's title when that kind leads. $sitting: the sitting time ("40 min").

notify-title-movement = Hora de se mexer · { $sitting } na cadeira
notify-title-stand = Que tal ficar em pé um pouco? · { $sitting } na cadeira
notify-title-change_position = Hora de mudar de posição
notify-title-micro_pause = Micropausa · { $sitting } na cadeira
notify-title-hydration = Hora de beber água
# A movement break shown although you are busy (a call, a presentation), after sitting long.
notify-gentle-title = Quando puder, mexa-se · { $sitting } na cadeira
notify-gentle-body = Faz um bom tempo que você não para: quando puder.
notify-no-snoozes-left = Não há mais adiamentos para esta pausa.

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

notify-nudge-hydration = Beba alguns goles de água.
notify-nudge-micro_pause = Sente-se bem no fundo da cadeira, expire devagar e olhe para longe por um instante.
# A sit-stand desk's nudge to stand; $length: how long to stand ("20 min").
notify-nudge-stand = Fique em pé na sua mesa por cerca de { $length } e volte para a cadeira quando quiser. O tempo em pé não conta como tempo sentado.
# A sit-stand desk's nudge after standing long; $standing: how long ("45 min").
notify-nudge-change_position = Você está em pé há { $standing }. Fique um pouco na cadeira ou faça uma caminhada curta: mudar de posição com frequência faz mais bem do que qualquer posição.
# A short exercise as a nudge's line; $title and $summary come from the exercise.
notify-nudge-exercise = { $title }: { $summary }

## The buttons on notifications. $length: the snooze's length ("10 min").

notify-action-standing = Estou em pé
notify-action-sitting = Estou na cadeira
notify-action-later = Mais tarde
notify-action-start = Começar pausa
notify-action-snooze = Adiar { $length }
notify-action-skip = Pular
notify-action-done = Concluído

## The quiet heads-up before a movement break. $left: how soon ("1 min").

notify-heads-up-title = Pausa em { $left }: termine sua frase
notify-heads-up-body = Depois, o knotless sugere uma pausa curta para se mexer. Adie ou pule por aqui se agora não for uma boa hora.

## Without a window: the break as a notification, and the last days.

# $title: the exercise's title; $length: the break's length ("2 min").
notify-break-title = Pausa · { $title } ({ $length })
notify-stats-title = knotless: seus últimos dias
