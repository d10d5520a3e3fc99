## The break window: the question before a break, the steps, the end screen. Buttons sit in
## a bar at the bottom: keep them short.

# Window titles (the window list and task bar). "knotless" is the app's name: keep it.
break-title-prompt = knotless · 体を動かす時間です
break-title-checkin = knotless · 体調チェック
# $title: the exercise's title.
break-title-exercise = knotless · { $title }

# The heading of the question before a break, when the reminder gave none.
break-time-to-move = 体を動かす時間です
# Under the heading: the exercise and how long it takes. $title: the exercise's title;
# $length: its length in words ("2分", see advice-unit-minutes).
break-prompt-exercise = { $title } · { $length }

## The buttons of the bottom bar.
break-start = 開始
break-snooze = あとで
break-skip = スキップ
# Shows another exercise instead of this one.
break-another = 別の提案
# A menu of every exercise allowed for this break.
break-choose = 選択…
break-pause = 一時停止
break-resume = 再開
break-next = 次へ
break-done = 完了
# Ends the break before the last step (it asks first: break-done-early-confirm).
break-done-early = ここで終える
# The answer to break-done-early-confirm that ends the break.
break-yes-done = はい、終了
# The answer to break-done-early-confirm that goes back to the steps (the large button).
break-go-on = 続ける
# On the end screen, when no check-in is due: a check-in anyway.
break-check-in-now = 体調チェック
# Leaves the check-in without saving it.
break-not-now = 今はしない
# Saves the check-in with every area at 0.
break-all-fine = 問題なし
break-save = 保存
# The end screen's button when nothing follows.
break-close = 閉じる
# The end screen's button when a check-in or advice follows.
break-continue = 次へ
# After reading advice.
break-understood = わかりました

## The steps.

# Top right. $step: this step's number; $n: how many steps.
break-step-of = ステップ { $step }/{ $n }
# What a screen reader says for the progress bar. $step, $n as above.
break-progress = 全{ $n }ステップ中{ $step }番目
# The countdown of a step; $time: minutes and seconds ("0:15").
break-countdown = 残り { $time }
break-paused = 一時停止中
# A button, for exercises done lying down or with eyes closed.
break-read-aloud = ステップを読み上げる
# A checkbox for people with a sit-stand desk.
break-standing = 立っています（昇降デスク）
# After Done early: $step steps of $n are done. "Yes, done" is break-yes-done.
break-done-early-confirm = ここで終えますか？全{ $n }ステップ中{ $step }ステップを終えました。「はい、終了」を選ぶと、休憩として記録されます。
# The last step's time is over. "Done" is break-done.
break-last-step-over = 最後のステップが終わりました。お疲れさまでした。「完了」を押してください。
# A step that switches sides, when its text says what to do: $step is that text (from the
# exercise, already in the language).
break-other-side-then = 次は反対側です。{ $step }
# A bare "switch sides" step: $steps are the steps of the first side again, with left and
# right swapped (break-mirror-words).
break-other-side-again = 次は反対側です：{ $steps }
# The words for left and right in the exercises' steps, in pairs that are swapped for the
# other side: each word, then its opposite, separated by spaces (lower case, then
# capitalised; as many pairs as the language needs, inflected forms too, e.g. German
# "links rechts linke rechte linken rechten …"). Only whole words are swapped.
# Japanese: 左 (left), 右 (right). Written without spaces, so they are rarely a whole word.
break-mirror-words = 左 右
# Said aloud when the last step's time is up.
break-said-done = 終わりです。
# What a screen reader says for the figure; $title: the exercise's title.
break-figure = { $title }のイラスト
# Drawn on the figure while it shows the other side.
break-figure-other-side = 反対側
# Below the provider note (advice-provider-note): a button.
break-provider-note-read = 読みました

## Why this exercise was picked (in italics under the title).

# $area: a part of the body ("背中の上部").
break-reason-tense = 今週は{ $area }の張りが続いていました。
break-reason-helped = 以前、役に立ったと答えたエクササイズです。
# $area: a part of the body the user chose in the settings ("Focus areas").
break-reason-focus = { $area }を重点部位に選んでいます。
break-reason-skipped = 休憩が何回か続けてスキップされたので、落ち着いた呼吸のエクササイズです。
break-reason-standing = 立っているので、立ったままできるものです。
break-reason-standing-wall = 立っているので、壁を使って立ったままできるものです。
break-reason-after-standing = 長く立っていたので、姿勢を変えるために、座るか横になってできるものです。

## Reading aloud: why the window cannot (shown in place of the button).

# $reason: what went wrong (break-voice-no-service, or a technical message).
break-voice-failed = 読み上げできません：{ $reason }。
# $reason as above, after reading aloud had worked.
break-voice-stopped = 読み上げを続けられません：{ $reason }。
# No speech program is installed. The package names are commands: keep them.
break-voice-no-service = 音声合成サービスがありません。speech-dispatcher（Debian: speech-dispatcher speech-dispatcher-espeak-ng）または espeak-ng をインストールしてください
break-voice-unbuilt = このシステムでは、読み上げ機能はまだ使えません。

## The end screen.

# The heading. $length: how long it took, in words ("2分"); $areas: the parts of
# the body it worked ("首と背中の上部", see vocabulary-list-and).
break-finished = 完了：{ $areas }のための{ $length }
# The same, for an exercise that names no part of the body.
break-finished-you = 完了：自分のための{ $length }
break-how-did-it-feel = いかがでしたか？
# The three answers to break-how-did-it-feel.
break-feel-better = 改善
break-feel-same = 変化なし
break-feel-worse = 悪化
# Under the answers. "Worse" is break-feel-worse.
break-feel-safety = 痛みやしびれ、ピリピリ感があった場合は、「悪化」を選んで中止してください。knotless はその部位への提案を控えます。症状が続く場合は、医師または医療機関や理学療法士に相談してください。
# The window after the break, in the moment before it closes.
break-closed = お疲れさまでした。また次の休憩で。

## The exercise suggested when nothing else fits (a calm breath).
break-fallback-title = ゆっくり呼吸
break-fallback-summary = 椅子に深く座り、1分間ゆっくり呼吸します。
break-fallback-step = 椅子に深く座り、肩の力を抜いて、鼻から吸って少し長めに吐きながら、1分間ゆっくり呼吸してください。

## The other windows' titles (the window list and task bar). "knotless" is the app's name.
break-title-settings = knotless · 設定
break-title-statistics = knotless · 統計
break-title-welcome = knotless へようこそ
# A window could not open (no display, most often). $title: the window's title; $reason:
# the system's words.
break-window-failed = ウィンドウ「{ $title }」を開けません：{ $reason }
