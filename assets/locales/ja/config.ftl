## The config file's keys and messages (settings window, welcome, `knotless config check`).
## Keys, section names and values in the file (movement.every, [movement], "45m", true,
## upper_back) are the file's contract and stay as they are: never translate them inside
## a message.

## The titles of the settings window's groups of keys (headings on the More page, row
## labels on the Common page).

config-group-move = 運動休憩
config-group-micro-pauses = 小休憩
config-group-water = 水分補給
config-group-working-hours = 勤務時間
config-group-sound = サウンド
config-group-login = ログイン時に起動
config-group-language = 言語
config-group-focus = 重点部位
config-group-at-hand = 手元にあるもの
config-group-snoozing = スヌーズと見逃したお知らせ
config-group-busy = 取り込み中のとき
config-group-away = 離席と一時停止
config-group-days = 勤務日と時間
config-group-desk = 昇降デスク
config-group-check-ins = 体調チェック
config-group-voice = 読み上げ
config-group-suggestions = 提案するエクササイズ

## One message per config key, named config-SECTION-KEY: its label in the settings window
## (the text of a row, or of a checkbox for a true/false key), also the name a screen reader
## reads for its control and the name in "Cannot save: check “…”".

# [movement]
config-movement-every = 運動休憩までの座位時間
config-movement-length = 運動休憩の長さ
config-movement-snooze = スヌーズの長さ
config-movement-max_snoozes = 1回の休憩で使えるスヌーズ回数
config-movement-heads_up = 休憩前の控えめな予告（0s：なし）
config-movement-insist = お知らせに応えなかったとき

# [micro_pause]
config-micro_pause-enabled = 小休憩（姿勢と目）
config-micro_pause-every = 小休憩の間隔

# [hydration]
config-hydration-enabled = 水分補給のお知らせ
config-hydration-every = 水分補給の間隔

# [checkin]
config-checkin-enabled = 休憩後に体調を尋ねる
config-checkin-every = 尋ねる間隔（最短）

# [sound]
config-sound-cues = 休憩中の効果音
config-sound-volume = 効果音の音量
config-sound-voice = 各ステップを読み上げる

# [presence]
config-presence-natural_break_after = 操作がない場合に離席とみなすまでの時間

# [standing]
config-standing-enabled = 昇降デスクを使っている
config-standing-every = 立つよう提案するまでの座った時間
config-standing-for = 立つ時間の目安
config-standing-max = 姿勢の変更を提案するまでの立った時間

# [schedule]
config-schedule-merge_within = この時間内のお知らせはまとめて表示
config-schedule-answer_within = 見逃しとみなすまでの時間
config-schedule-morning = 「明日まで一時停止」の終了時刻

# [context]
config-context-max_sitting = 取り込み中でも控えめに促すまでの座った時間
config-context-grace = 取り込みが終わってから待つ時間
config-context-do_not_disturb = 通知がオフの間は待つ
config-context-fullscreen = 全画面表示のウィンドウがある間は待つ
config-context-inhibitors = 動画や通話で画面がオンに保たれている間は待つ
config-context-camera = カメラの使用中は待つ

# [calendar]
config-calendar-sources = 会議の予定があるカレンダー
config-calendar-before = この時間内に会議があれば、その前に休憩を提案
config-calendar-me = 招待状での自分のアドレス

# [working_hours]
config-working_hours-enabled = 勤務時間中だけお知らせする
config-working_hours-monday = 月曜日
config-working_hours-tuesday = 火曜日
config-working_hours-wednesday = 水曜日
config-working_hours-thursday = 木曜日
config-working_hours-friday = 金曜日
config-working_hours-saturday = 土曜日
config-working_hours-sunday = 日曜日

# [startup]
config-startup-autostart = ログイン時に knotless を起動する

# [ui]
config-ui-language = 言語

# [suggestions]
config-suggestions-focus = 重点部位
config-suggestions-equipment = 手元にあるもの
config-suggestions-positions = 行ってもよい姿勢
config-suggestions-exclude = 除外するエクササイズ

## What a key allows, in words: the end of a problem's message (`config check`) and of the
## settings window's report ("…; allowed: a duration from 10s to 8h").

# $min, $max: durations as the file writes them ("10s", "8h").
config-allowed-duration = { $min } から { $max } までの時間
# $min, $max: whole numbers.
config-allowed-count = { $min } から { $max } までの整数
# true and false are the file's words: keep them.
config-allowed-bool = true または false
config-allowed-time-of-day = "08:00" のような時刻
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-names = 次の値のリスト：{ $names }
# `knotless exercises list` is a command: keep it.
config-allowed-ids = エクササイズ ID のリスト（`knotless exercises list`）
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-choice = 次のいずれか：{ $names }
config-allowed-text = 引用符で囲んだテキスト、または ""
config-allowed-sources = .ics ファイル（フルパス、または ~/ 以下）と https:// アドレスのリスト
# "off" is the file's word: keep it.
config-allowed-hours = "09:00-17:30" のような範囲（"22:00-06:00" は日付をまたぎます）、または "off"

## Why a value cannot be used for a key (`config check`, after "line:column: key = value:").
## $allowed is one of the config-allowed-* texts above.

# $reason: what could not be read, in English (from a library).
config-value-not-a-duration = 時間として読み取れません（{ $reason }）。"45m"、"1h30m"、"20s" のように書いてください
config-value-no-unit = 時間には "45m" や "20s" のように単位が必要です。使用できる値：{ $allowed }
config-value-not-a-list = ["a", "b"] のように角かっこで囲んだリストが必要です。使用できる値：{ $allowed }
config-value-expected = 使用できる値：{ $allowed }
# $name: the value written in the file.
config-value-unknown-name = "{ $name }" は使用できる値ではありません。使用できる値：{ $allowed }
# $name: the value written in the file; $suggestion: the allowed value closest to it.
config-value-unknown-name-did-you-mean = "{ $name }" は使用できる値ではありません（"{ $suggestion }" のことですか？）。使用できる値：{ $allowed }
config-value-out-of-range = 範囲外です。使用できる値：{ $allowed }
# $path: a file; $reason: the system's reason.
config-value-unreadable = { $path } を読み込めません：{ $reason }

## Problems with the file's layout (`config check`, after "line:column: name:").

# $reason: the TOML parser's reason, in English.
config-problem-not-toml = 正しい TOML ではありません：{ $reason }
# $name: a section's name written as a key; [{ $name }] is how a section is written.
config-problem-not-a-section = `{ $name }` はセクションとして [{ $name }] と書く必要があります
# $name: the unknown section; $sections: the sections there are, comma-separated.
config-problem-unknown-section = 不明なセクション [{ $name }] です。セクションは { $sections } です
# $name: the unknown section; $suggestion: the section closest to it.
config-problem-unknown-section-did-you-mean = 不明なセクション [{ $name }] です。[{ $suggestion }] のことですか？
# $name: a key written before any section.
config-problem-outside-section = `{ $name }` はセクションの中に書く必要があります
# $name: a key written before any section; $section: the section that has that key.
config-problem-outside-section-did-you-mean = `{ $name }` はセクションの中に書く必要があります。[{ $section }] の下の `{ $name }` のことですか？
# $section: the section; $names: its keys, comma-separated.
config-problem-unknown-key = 不明なキーです。[{ $section }] のキーは { $names } です
# $suggestion: the key of that section closest to the one written.
config-problem-unknown-key-did-you-mean = 不明なキーです。`{ $suggestion }` のことですか？

## `knotless config path` and `knotless config check`. $path: the config file.

# On stderr after the path, when there is no file there.
config-path-none = （まだファイルがありません：knotless は既定値を使います。`knotless config default > "{ $path }"` で作成できます）
config-check-no-file = { $path } に設定ファイルがありません
config-check-defaults = { $path }：設定ファイルがないため、knotless は既定値を使います
# $reason: the system's reason.
config-check-unreadable = { $path } を読み込めません：{ $reason }
config-check-ok = { $path }：問題ありません
# The last line, after each problem on a line of its own. $count: how many problems.
# Japanese has one plural form: no selector needed.
config-check-problems = { $path } に{ $count }件の問題があります。修正されるまで、それらのキーは既定値のままです
