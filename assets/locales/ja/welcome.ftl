## The first-run welcome window.

welcome-title = knotless へようこそ
welcome-intro = 座っている時間を数え、ときどき短い運動を提案します。

## One row per kind of reminder: its name, then a sentence. $every: a duration in words
## ("40分", "1時間 30分").

welcome-movement = 運動休憩
welcome-movement-text = { $every }座ったら：短く変化のあるストレッチや運動を1つ。
welcome-micro-pauses = 小休憩
welcome-micro-pauses-text = { $every }ごと：姿勢を確かめ、目を休めるための控えめなお知らせ。
welcome-water = 水分補給
welcome-water-text = { $every }ごと：水を飲むためのお知らせ。

## The choices: a heading, then one row per question (the controls are the settings
## window's).

welcome-choices = いくつかの設定
welcome-focus = 重点部位
welcome-at-hand = 手元にあるもの
welcome-insist = お知らせに応えずに作業を続けたとき
welcome-desk = 昇降デスク
welcome-login = ログイン時に起動
# Under the sit-stand desk checkbox.
welcome-desk-note = 立ったときは、トレイか休憩ウィンドウから knotless に知らせてください。
# Under the choices: the safety advice. Keep its meaning exactly (never into pain; stop on
# numbness or tingling; see a physical therapist).
welcome-safety = 押す力はやさしく、決して痛いところまで押さないでください。しびれやピリピリ感があれば中止し、1〜2週間で改善しない場合は医療機関や理学療法士に相談してください。

## The footer.

welcome-start = knotless を開始
welcome-not-now = 今はしない
# Beside the buttons, before and after saving.
welcome-later = これらはすべて、あとで「設定」から変更できます。
welcome-close = 閉じる

## After "Start knotless".

welcome-running = knotless は動作中です
welcome-tray = knotless はトレイ（画面の端にある小さなアイコンの列）にいます。アイコンをクリックすると、今すぐ休憩、一時停止、設定、統計を選べます。
# $after: a duration in words ("40分"); $at: a time of day ("10:40").
welcome-first-break-at = 最初の運動休憩は、{ $after }座ったあとです。このまま作業を続けると{ $at }ごろです。
# $after: a duration in words ("40分").
welcome-first-break = 最初の運動休憩は、{ $after }座ったあとです。
welcome-first-break-unknown = 最初の運動休憩は、しばらく座ったあとです。
welcome-away = 机を離れている時間は休憩として数えられ、カウントはやり直しになります。
