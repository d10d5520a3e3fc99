# The daemon's words: the tray's tooltip, `knotless status` and `status --format`, and
# the replies `knotless pause`, `snooze`, `stand` and the other verbs print.

## Short durations, in menus, the tooltip, status lines and notifications.
## $secs, $min, $hours: numbers; $min in daemon-short-hours-min is two digits ("05").

# "40秒"
daemon-short-secs = { $secs }秒
# "23分"
daemon-short-min = { $min }分
# "1時間05分"
daemon-short-hours-min = { $hours }時間{ $min }分

## An exercise's length to the second: "45秒", "2分", "1分30秒".

daemon-length-secs = { $secs }秒
daemon-length-min = { $min }分
daemon-length-min-secs = { $min }分{ $secs }秒

## The tray's tooltip (and the status line at the top of its menu): where you are, then
## what comes next, e.g. "座って23分 · 次の運動まで17分".
## $sitting, $standing, $left: short durations ("23分"); $time: a time of day ("14:05").

# The whole tooltip: $presence is one of the daemon-tooltip-away/-standing/-sitting texts,
# $next one of the texts after them.
daemon-tooltip = { $presence } · { $next }
daemon-tooltip-away = 離席中
daemon-tooltip-standing = 立って{ $standing }（座った時間 { $sitting }）
daemon-tooltip-sitting = 座って{ $sitting }
daemon-tooltip-paused-until = { $time }まで一時停止中
daemon-tooltip-paused = 一時停止中
daemon-tooltip-due = 体を動かす時間です
daemon-tooltip-on-break = 休憩中
# Standing at a sit-stand desk: the sitting clock holds.
daemon-tooltip-after-sitting = あと{ $left }座ったら次の運動
# The break waits to come with other reminders due soon after.
daemon-tooltip-next-at = 次の運動は{ $time }
daemon-tooltip-next-in = 次の運動まで{ $left }
# The tooltip and `knotless status` while the calendar has a meeting; $time its end.
daemon-in-meeting = { $time }まで会議中

## `knotless status --format`: the {next} field while paused or due, and the {paused} field
## while paused (short words for a status bar).

daemon-format-paused = 一時停止中
daemon-format-now = 今

## `knotless status`: a few plain lines. $sitting, $standing, $left: short durations;
## $time: a time of day. Text in `backticks` is a command or config key: keep it as it is.

# How present you are, at the end of the first line.
daemon-presence-active = 操作中
daemon-presence-passive = 在席（入力なし）
daemon-presence-away = 離席中
# The first line; $presence is one of the three above.
daemon-status-sitting = 座って{ $sitting } · { $presence }
daemon-status-sitting-since = { $time }から座って{ $sitting } · { $presence }
daemon-status-standing = 立って{ $standing }：座った時間のカウントは止まっています（座ったら `knotless sit`）
daemon-status-paused-until = { $time }まで一時停止中（終了するには `knotless resume`）
daemon-status-paused = 再開するまで一時停止中（`knotless resume`）
daemon-status-due = 運動休憩：今です（スヌーズ、スキップ、または開始してください）
daemon-status-running = 運動休憩：実行中
daemon-status-snoozed = 運動休憩：スヌーズ中、{ $left }後に再度お知らせ
daemon-status-held = 次の運動休憩は{ $time }（保留中：`[schedule] merge_within` によりお知らせの間隔を空けています）
daemon-status-next = 次の運動休憩まで{ $left }
# The other reminders: $kind is a reminder's name (daemon-reminder-...).
daemon-status-other-held = { $kind }は{ $time }（保留中）
daemon-status-other-in = { $kind }まで{ $left }
# $reminders: the lines above, joined by daemon-list-separator.
daemon-status-then = この後：{ $reminders }
# Between the reminders of "Then:" (spaces included).
daemon-list-separator = {" · "}
daemon-status-snoozes-left = 残りのスヌーズ回数：{ $count }
# $why: why reminders wait (one of daemon-busy-… or a meeting).
daemon-status-busy = お知らせを保留中：{ $why }
# Why reminders wait, as $why above (or the meeting line daemon-in-meeting).
daemon-busy-do-not-disturb = 通知オフ（おやすみモード）
daemon-busy-fullscreen = 全画面表示
# Windows' presentation mode.
daemon-busy-presentation = プレゼンテーション
# An app asked the desktop not to be interrupted (a video call, a film).
daemon-busy-inhibitors = アプリによる中断抑止
daemon-busy-camera = カメラ使用中
daemon-busy-outside-hours = 勤務時間外
daemon-status-autostart = ログイン時に起動します
# $problem: what is wrong with one calendar.
daemon-status-calendar = カレンダー：{ $problem }
# $channels: the missing channels below, joined by daemon-limited-separator.
daemon-status-limited = 機能制限：{ $channels }
daemon-limited-separator = {"；"}
daemon-limited-idle = アイドル検出がないため、座った時間は経過時間だけで数えます
daemon-limited-notifications = 通知サーバーがないため、お知らせをポップアップ表示できません
daemon-limited-tray = トレイのホストがないため、トレイアイコンは表示されません
daemon-limited-sound = サウンドサーバーがないため、休憩は効果音なしで行われます
daemon-limited-calendar = 読み込めないカレンダーがあるため、会議が抜けていたり古かったりする可能性があります

## The reminders' names, in `knotless status` ("この後：小休憩まで12分") and
## `knotless plan`.

daemon-reminder-movement = 運動休憩
daemon-reminder-stand = 少し立つ
daemon-reminder-change_position = 姿勢の変更
daemon-reminder-micro_pause = 小休憩
daemon-reminder-hydration = 水分補給

## The daemon's replies, printed by `knotless pause`, `resume`, `snooze`, `skip`, `stand`,
## `sit`, `break`, `done`, `quit` and shown by the windows. $left, $sitting, $stood: short
## durations ("10分"); $time: a weekday and time ("金曜 14:05").

# $pid: the daemon's process id.
daemon-reply-running = knotless は動作中です（pid { $pid }）
daemon-reply-resumed = お知らせを再開しました。
daemon-reply-skipped = この運動休憩をスキップしました。
daemon-reply-feedback = ありがとうございます。記録しました。
daemon-reply-checkin = 体調チェックを保存しました。
# A piece of advice was shown and recorded.
daemon-reply-advised = 記録しました。
daemon-reply-done = 休憩完了。お疲れさまでした。
daemon-reply-quit = knotless を終了しました。
daemon-reply-paused-until = { $time }まで一時停止します。
daemon-reply-paused = 再開するまで一時停止します。
daemon-reply-snoozed = スヌーズしました。{ $left }後にもう一度休憩をお知らせします。
# Another exercise was picked in the break window; $title: its title.
daemon-reply-switched = 変更：{ $title }
daemon-reply-standing = 立っています。座るまで、座った時間のカウントは{ $sitting }で止まります（`knotless sit`）。
daemon-reply-sitting = { $stood }立ったあと、座りました。座った時間のカウントは{ $sitting }から再開します。
daemon-reply-settings-opened = 設定ウィンドウを開きました。
# `knotless break --no-window`: $title the exercise, $steps its steps, one a line.
daemon-reply-break-started =
    休憩開始：{ $title }
    { $steps }
# Added under a reply when history cannot be written; $why says why.
daemon-reply-not-in-history = まだ履歴に記録されていません：{ $why }。

## Why the daemon refused a request (printed after "knotless: ").

daemon-refused-nothing-to-snooze = 表示中の運動休憩がないため、スヌーズするものがありません
# $times: how many times it was snoozed.
daemon-refused-no-snoozes-left = この休憩はすでに{ $times }回スヌーズされ、上限に達しています（movement.max_snoozes）
daemon-refused-no-break-running = 実行中の休憩はありません
daemon-refused-already-on-break = すでに休憩中です
daemon-refused-not-paused = お知らせは一時停止されていません
daemon-refused-pause-in-past = 一時停止の終了は未来の時刻にしてください
daemon-refused-standing-off = 立位の機能はオフです。設定の [standing] に `enabled = true` と書いてオンにしてください
daemon-refused-already-standing = すでに立っています
daemon-refused-already-sitting = すでに座っています
daemon-refused-not-a-nudge = あとに回せるのは、立つ・姿勢を変えるお知らせだけです
daemon-refused-answered-already = この運動休憩にはすでに応答済みです
# $id: the exercise id asked for.
daemon-refused-no-such-exercise = { $id } というエクササイズはありません

## The last days, in a notification when no window can open (under notify-stats-title).

# $error: why the history file cannot be read.
daemon-stats-unreadable = 履歴を読み込めません：{ $error }
daemon-stats-none = 過去1週間に終わった日はまだありません。
# $status: the tray's tooltip ("座って23分 · 次の運動まで17分").
daemon-stats-now = 現在：{ $status }

## Why a part of knotless does not work now (in `knotless status`'s "Limited:" line).

# $error: why history cannot be written; $count: the events waiting to be written.
daemon-history-unwritten = 履歴を書き込めません（{ $error }）。{ $count }件のイベントを保持し、書き込めるようになりしだい書き込みます

## Why `knotless` cannot start (printed after "knotless: ").

# $path: knotless's runtime folder or lock file; $uid: the user id that owns it.
daemon-error-not-ours = { $path } は別のユーザー（uid { $uid }）のものです。使用しません
# $lock: the lock file; $address: the control socket or pipe.
daemon-error-stuck = 別の knotless が { $lock } を保持していますが、{ $address } で応答しません
