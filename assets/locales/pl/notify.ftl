# The notifications the daemon shows: reminders, the heads-up, the break's steps.

## A reminder's title when that kind leads. $sitting: the sitting time ("40 min").

notify-title-movement = Czas się poruszać · siedzenie: { $sitting }
notify-title-stand = Może chwilę postoisz? · siedzenie: { $sitting }
notify-title-change_position = Czas zmienić pozycję
notify-title-micro_pause = Mikroprzerwa · siedzenie: { $sitting }
notify-title-hydration = Czas na trochę wody
# A movement break shown although you are busy (a call, a presentation), after sitting long.
notify-gentle-title = Kiedy możesz, rusz się · siedzenie: { $sitting }
notify-gentle-body = Od dłuższego czasu trwa praca bez przerwy: kiedy tylko możesz.
notify-no-snoozes-left = Tej przerwy nie można już odłożyć.

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

notify-nudge-hydration = Wypij kilka łyków wody.
notify-nudge-micro_pause = Usiądź głęboko, zrób powolny wydech i przez chwilę popatrz w dal.
# A sit-stand desk's nudge to stand; $length: how long to stand ("20 min").
notify-nudge-stand = Postój przy biurku około { $length }, a potem usiądź, kiedy zechcesz. Czas na stojąco nie liczy się jako siedzenie.
# A sit-stand desk's nudge after standing long; $standing: how long ("45 min").
notify-nudge-change_position = Stoisz już { $standing }. Usiądź na chwilę albo przejdź się: częsta zmiana pozycji daje więcej niż jakakolwiek jedna pozycja.
# A short exercise as a nudge's line; $title and $summary come from the exercise.
notify-nudge-exercise = { $title }: { $summary }

## The buttons on notifications. $length: the snooze's length ("10 min").

notify-action-standing = Stoję
notify-action-sitting = Siedzę
notify-action-later = Później
notify-action-start = Rozpocznij przerwę
notify-action-snooze = Przypomnij za { $length }
notify-action-skip = Pomiń
notify-action-done = Gotowe

## The quiet heads-up before a movement break. $left: how soon ("1 min").

notify-heads-up-title = Przerwa za { $left }: dokończ zdanie
notify-heads-up-body = Potem knotless zaproponuje krótką przerwę na ruch. Jeśli to zły moment, odłóż ją lub pomiń tutaj.

## Without a window: the break as a notification, and the last days.

# $title: the exercise's title; $length: the break's length ("2 min").
notify-break-title = Przerwa · { $title } ({ $length })
notify-stats-title = knotless: twoje ostatnie dni
