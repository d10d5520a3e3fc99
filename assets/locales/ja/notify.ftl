# The notifications the daemon shows: reminders, the heads-up, the break's steps.

## A reminder's title when that kind leads. $sitting: the sitting time ("40分").

notify-title-movement = 体を動かす時間です（座り続けて{ $sitting }）
notify-title-stand = 少し立ちませんか？（座り続けて{ $sitting }）
notify-title-change_position = 姿勢を変える時間です
notify-title-micro_pause = 小休憩（座り続けて{ $sitting }）
notify-title-hydration = 水分補給の時間です
# A movement break shown although you are busy (a call, a presentation), after sitting long.
notify-gentle-title = 手が空いたら体を動かしましょう（座り続けて{ $sitting }）
notify-gentle-body = 長い間取り込み中のようです。できるときで構いません。
notify-no-snoozes-left = この休憩はもうスヌーズできません。

## The suggested exercise, first line of a movement reminder: "Standing shoulder rolls (45 s):
## Roll your shoulders slowly…". $title and $summary come from the exercise; $length its
## length ("45秒").

notify-suggestion = { $title }（{ $length }）：{ $summary }

## An exercise's steps in a notification (when no break window can open). $number: the
## step's number; $step: its text; $secs: its seconds; $caution: one of its cautions.

notify-step = { $number }. { $step }（{ $secs }秒）
notify-caution = ! { $caution }
# A checklist (the weekly desk check): its title, then one line a step.
notify-checklist-title = { $title }：
notify-checklist-step = • { $step }

## The line a micro-pause or water reminder adds when no exercise fits.

notify-nudge-hydration = 水を少し飲みましょう。
notify-nudge-micro_pause = 椅子に深く座り、ゆっくり息を吐いて、少しの間遠くを見ましょう。
# A sit-stand desk's nudge to stand; $length: how long to stand ("20分").
notify-nudge-stand = 机で{ $length }ほど立ち、好きなときにまた座りましょう。立っている時間は座っている時間に数えません。
# A sit-stand desk's nudge after standing long; $standing: how long ("45分").
notify-nudge-change_position = { $standing }立ち続けています。しばらく座るか、少し歩きましょう。どれか1つの姿勢を続けるより、こまめに姿勢を変えるほうが効果的です。
# A short exercise as a nudge's line; $title and $summary come from the exercise.
notify-nudge-exercise = { $title }：{ $summary }

## The buttons on notifications. $length: the snooze's length ("10分").
## "Later" (notify-action-later) and Snooze can sit on the same notification: keep them apart.

notify-action-standing = 立っています
notify-action-sitting = 座っています
notify-action-later = あとで
notify-action-start = 休憩を始める
notify-action-snooze = スヌーズ（{ $length }）
notify-action-skip = スキップ
notify-action-done = 完了

## The quiet heads-up before a movement break. $left: how soon ("1分").

notify-heads-up-title = { $left }後に休憩：作業に区切りをつけましょう
notify-heads-up-body = このあと knotless が短い運動休憩を提案します。今は都合が悪ければ、ここでスヌーズかスキップを選べます。

## Without a window: the break as a notification, and the last days.

# $title: the exercise's title; $length: the break's length ("2分").
notify-break-title = 休憩 · { $title }（{ $length }）
notify-stats-title = knotless：最近の記録
