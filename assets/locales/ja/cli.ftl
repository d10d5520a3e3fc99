# The command line's own words: `knotless plan`, `knotless status` framing, the verbs that
# talk to the daemon, `exercises list/show`, history, and the errors a person reads
# (printed after "knotless: "). Text in `backticks` is a command, option or config key:
# keep it as it is.

## `knotless plan`: a simulated day, as a timeline. Durations ($every, $length, $sitting…)
## are written as in the config file ("40m", "1h 30m"); $time is a time of day ("14:05").
## Japanese has one plural form: no selectors needed.

# The first line; $script describes the simulated day (e.g. "8h at the desk").
cli-plan-title = 計画：{ $script }、シミュレーション{ $days }日分。
# The second line, the settings the plan runs with; $unanswered is one of cli-plan-insist-…,
# $micro_pause and $hydration cli-plan-every or cli-plan-off; with a heads-up ($heads_up_secs
# more than 0), the heads-up $heads_up before each break.
cli-plan-movement-line = 運動休憩：座って{ $every }ごと（長さ { $length }、スヌーズ { $snooze }、最大{ $max_snoozes }回{ $heads_up_secs ->
        [0] {""}
       *[other] 、{ $heads_up }前に予告
    }。応答なし：{ $unanswered }）。小休憩：{ $micro_pause }。水分補給：{ $hydration }。入力が{ $away }なければ離席。
cli-plan-every = { $every }ごと
cli-plan-off = オフ
# What happens to an unanswered movement break ([movement] insist).
cli-plan-insist-never = すぐに見逃し扱い
cli-plan-insist-gentle = もう一度尋ねる
cli-plan-insist-firm = もう一度尋ね、次は休憩ウィンドウで
# With a sit-stand desk.
cli-plan-standing = 昇降デスク：{ $every }座ったら{ $stand_for }立つ。{ $max }立ったら姿勢を変える。
cli-plan-standing-script = 昇降デスク（スクリプトに立つ時間があるため、この計画ではオン）：{ $every }座ったら{ $stand_for }立つ。{ $max }立ったら姿勢を変える。
# $count: meetings found; $before: how early a break is offered before one.
cli-plan-meetings = カレンダーの会議{ $count }件：会議中はお知らせなし。会議開始前の{ $before }以内に予定された休憩は、会議の前に提案します。
# The totals after several days.
cli-plan-totals = { $days }日間の合計：座った時間 { $sitting }（1日あたり約{ $per_day }）、連続で座った最長時間 { $longest }、休憩 { $taken }回、スキップ { $skipped }回、見逃し { $missed }回。

## The timeline's lines.

# A reminder when its kind leads; $sitting: time sat.
cli-plan-movement = 運動休憩の時間（座って{ $sitting }）
cli-plan-stand = 少し立ちませんか？（座って{ $sitting }）
cli-plan-change_position = 姿勢の変更：しばらく座るか、歩く
cli-plan-micro_pause = 小休憩：姿勢の確認、目を休める
cli-plan-hydration = 水分補給：水を1杯
# $reminder: one of the lines above, asked again after a snooze.
cli-plan-again = { $reminder }（再通知）
# Asked again after it went unanswered $times times.
cli-plan-again-unanswered = { $reminder }（再通知、応答なし{ $times }回）
cli-plan-again-in-window = { $reminder }（休憩ウィンドウで再通知、応答なし{ $times }回）
# A reminder that carries other kinds: $others, their names joined by cli-plan-with-separator.
cli-plan-with = { $reminder } + { $others }
cli-plan-with-separator = {" + "}
# $time: the meeting's end; $summary: its title from the calendar.
cli-plan-meeting = { $time }まで会議
cli-plan-meeting-named = { $time }まで会議：{ $summary }
cli-plan-meeting-held = 会議中：休憩を保留（座って{ $sitting }）
# $reminder: a reminder's line; $time: the meeting's start.
cli-plan-before-meeting = { $reminder }（{ $time }の会議の前）
# $left: snoozes left.
cli-plan-snoozed = { $length }スヌーズ（残り{ $left }回）
cli-plan-break-asked = リクエストにより休憩開始
cli-plan-break-started = 休憩開始
cli-plan-break-done = { $length }で休憩完了
cli-plan-break-done-away = 休憩完了：コンピューターから離席（{ $length }）
cli-plan-skipped = スキップ
cli-plan-abandoned = 休憩を中断
cli-plan-missed = 見逃し：応答なし
cli-plan-ignored = 応答なし：スヌーズの長さのあとに再通知
cli-plan-heads-up = 予告：{ $left }後に休憩
cli-plan-natural-break = { $away }の離席から戻った：自然な休憩
cli-plan-sat = · { $length }連続で座った
cli-plan-paused-for = { $length }一時停止
cli-plan-paused = 一時停止
cli-plan-resumed = 再開
cli-plan-stood-up = 立った
cli-plan-stand-ended = { $length }で立つのを終了
cli-plan-sat-down = { $length }立ったあと座った
cli-plan-later = あとで：{ $length }後
cli-plan-busy = 取り込み中：休憩を保留（座って{ $sitting }）

## Warnings and errors (after "knotless: " unless they start with "warning:").

# $problem: which calendar and what is wrong.
cli-warning-calendar = 警告：カレンダー { $problem }
cli-error-idle-script = アイドルスクリプト { $path } を読み込めません：{ $error }
# $address: the socket or pipe knotless listens on.
cli-error-not-running = knotless は動作していません（{ $address } で応答がありません）。`knotless` で起動してください
cli-error-no-status = デーモンから状態が返されませんでした
# $error: what the system said.
cli-error-history-write = 履歴を書き込めません：{ $error }
cli-error-write = { $path } に書き込めません：{ $error }
cli-error-read = { $path } を読み込めません：{ $error }
cli-error-no-config = { $path } に設定ファイルがありません
# On a system the background reminder does not support yet.
cli-error-no-daemon-here = バックグラウンドのリマインダーは、現在 Linux、BSD、Windows で動作します。`knotless plan` で、1日の中でお知らせがどう入るかを確認できます
# A config problem, when a command reads the config; $problem: the line and what is wrong.
cli-warning-config = 警告：{ $path }:{ $problem }（この項目は既定値を使います）
# Lines of the history file that had to be skipped; $line: its number; $reason: why.
cli-warning-history-torn = 警告：{ $path }:{ $line }：途中で切れた最終行をスキップしました（クラッシュで中断？）：{ $reason }
cli-warning-history-unreadable = 警告：{ $path }:{ $line }：読み取れない行をスキップしました：{ $reason }

## `knotless break` and `knotless welcome` without a desktop.

# Printed above the steps when no daemon runs.
cli-break-not-counted = knotless が動作していないため、この休憩は記録されません
cli-break-nothing-waiting = 応答を待っている運動休憩はありません。
# $opened: what `knotless settings` did (opened the config file in an editor, or where it is).
cli-welcome-no-desktop = ようこそ画面はウィンドウですが、ここにはデスクトップがありません。同じ設定は、設定ファイルの [suggestions] の focus と equipment、[startup] の autostart です：{ $opened }

## `knotless exercises list` and `show`.

# The list's column headings (short: the columns are narrow).
cli-exercises-column-id = ID
cli-exercises-column-kind = 種類
cli-exercises-column-where = 姿勢
cli-exercises-column-time = 時間
cli-exercises-column-title = タイトル
# After an exercise of the user's own.
cli-exercises-yours = （自作）
# Under the list; $dir: the folder of the user's own exercises. ID stays as it is.
cli-exercises-count = エクササイズ{ $count }個（うち自作{ $yours }個、{ $dir } から）。ステップは `knotless exercises show ID` で表示できます。
# `show` of an id that does not exist; $suggestion: a similar id.
cli-exercises-unknown = エクササイズ `{ $id }` はありません（`knotless exercises list` で一覧を表示できます）
cli-exercises-unknown-did-you-mean = エクササイズ `{ $id }` はありません。`{ $suggestion }` のことですか？
# Where an exercise comes from: the user's own file ($path), or built in.
cli-exercises-origin-yours = 自作、{ $path }
cli-exercises-origin-built-in = 組み込み
# `show`'s first line: $origin is one of the two above.
cli-exercises-show-title = { $title }  （{ $id }、{ $origin }）
# `show`'s second line: $regions the body areas, $kind, $position, $needs the equipment
# (or cli-exercises-needs-nothing), $length ("1m 30s").
cli-exercises-show-works = 部位：{ $regions } · { $kind } · { $position } · 必要なもの：{ $needs } · { $length }
cli-exercises-needs-nothing = なし
cli-exercises-list-separator = {"、"}
# An exercise file that cannot be read; $problem: the file and what is wrong.
cli-warning-exercise-file = 警告：{ $problem }（このファイルはスキップします）
# A duration on the command line (`knotless pause 30m`) that cannot be read; $error: why.
cli-error-duration = { $error }。"30m" や "1h30m" のように書いてください
cli-error-duration-short = 10s 以上にしてください
# Talking to the running knotless failed; $address: its socket or pipe; $error: the
# system's reason; $detail: what was wrong with its answer.
cli-error-call-nothing = { $address } で応答がありません
cli-error-call-io = { $address } の knotless との通信中：{ $error }
cli-error-call-garbled = { $address } の knotless から読み取れない応答がありました：{ $detail }
# $path: a file; $error: the system's reason.
cli-error-history-file-write = 履歴 { $path } に書き込めません：{ $error }
cli-error-history-file-read = 履歴 { $path } を読み込めません：{ $error }
cli-error-create = { $path } を作成できません：{ $error }
cli-error-no-home = ホームフォルダーが見つかりません（$HOME は設定されていますか？）
# A web calendar ($url, its address without secrets).
cli-error-calendar-not-fetched = { $url }：まだ取得していません（動作中の knotless が、在席中に取得します）
cli-error-fetch-no-curl = { $url }：取得のために curl を実行できません：{ $error }
# $reason: what is wrong with the file (the parser's words).
cli-error-fetch-malformed = { $url }：カレンダーではありません：{ $reason }
cli-error-fetch-cache = { $url }：{ $path } にコピーを保存できません：{ $error }

## `knotless settings` without a desktop: the config file was opened in an editor, or (when
## none could open) where to edit it. $path: the config file.

cli-settings-opened = { $path } を開きました。各キーの説明はファイル内にあります。動作中の knotless は、保存するとすぐに変更を反映します（`knotless config check` で確認できます）。
cli-settings-edit = { $path } を編集してください。各キーの説明はファイル内にあります。動作中の knotless は、保存するとすぐに変更を反映します（`knotless config check` で確認できます）。

## `knotless --help` and `knotless VERB --help`. The message cli-help-VERB is the verb's
## one-line description; .long its longer one (`--help`), .after the text after the options;
## .arg-NAME an option's or argument's help. Text in `backticks`, --options, FILE, AREA and
## the like are what one types: keep them as they are. {"{"} and {"}"} write a brace.

# The headings of the help (clap shows them followed by a colon).
cli-help-heading-usage = 使い方:
cli-help-heading-commands = コマンド
cli-help-heading-options = オプション
cli-help-heading-arguments = 引数
# The -h and -V options.
cli-help-flag-help = ヘルプを表示
# -h when --help says more, and --help then.
cli-help-flag-help-more = ヘルプを表示（'--help' で詳細）
cli-help-flag-help-summary = ヘルプを表示（'-h' で概要）
cli-help-flag-version = バージョンを表示

cli-help-knotless =
    knotless：こまめに、いろいろに動こう。座っている時間を数える軽量な休憩リマインダー
    .after =
        一度起動すれば（たとえばログイン時に）あとは任せておけます。`knotless` はトレイに常駐して
        座っている時間を数え、適切なタイミングで、短く変化のある運動休憩を1つ提案します。
        ほかのコマンドはすべて、この動作中の knotless とやり取りします。

        ファイル:
          設定      $XDG_CONFIG_HOME/knotless/config.toml   (`knotless config path`)
          履歴      $XDG_DATA_HOME/knotless/history.jsonl    (`knotless history export`)

        終了コード: 0 成功、1 失敗、2 使い方または入力の誤り、3 knotless が動作していない。
cli-help-run =
    バックグラウンドのリマインダー（トレイ＋通知）を起動します（既定）。すでに動作中なら、そちらに引き継いで終了します
cli-help-status =
    座っている時間、在席状況、次のお知らせ、一時停止の状態、使えない機能を表示します
    .arg-json =
        1つの JSON オブジェクト（フィールド名は固定。スクリプトやステータスバー向け）
    .arg-format =
        テンプレートから1行を出力（ステータスバー向け）：`--format '{"{"}sitting{"}"} · {"{"}next{"}"}'`。プレースホルダー：{"{"}sitting{"}"} {"{"}sitting_secs{"}"} {"{"}next{"}"} {"{"}next_secs{"}"} {"{"}presence{"}"} {"{"}phase{"}"} {"{"}paused{"}"} {"{"}snoozes_left{"}"} {"{"}posture{"}"} {"{"}standing{"}"} {"{"}standing_secs{"}"} {"{"}tooltip{"}"}。波かっこ自体は `{"{"}{"{"}` と `{"}"}{"}"}`
cli-help-break =
    次の提案で今すぐ運動休憩を始め、休憩ウィンドウで案内します（デスクトップがない環境では、代わりにステップを出力します）
    .arg-now =
        休憩の時間でなくても、すぐに始めます（`break` はもともとそうします。スクリプト用に残しています）
    .arg-prompt =
        先に尋ねます：ウィンドウに予定のお知らせを「開始／あとで／スキップ」付きで表示します。通知サーバーがないとき、動作中の knotless はこの形でウィンドウを開きます
cli-help-pause =
    しばらくお知らせを止めます：`pause 30m`、`pause 2h`、`pause --until-tomorrow`、または `pause` だけで `knotless resume` まで
    .arg-secs =
        止める長さ。"30m" や "1h30m" のように
    .arg-until_tomorrow =
        明日の朝まで（設定の `schedule.morning`、既定は 08:00）
cli-help-resume =
    一時停止のあと、お知らせを再開します
cli-help-snooze =
    表示中の運動休憩を先に延ばします（指定がなければ `movement.snooze` の長さ）
    .arg-secs =
        延ばす長さ。"5m" のように
cli-help-skip =
    表示中の運動休憩、または次の運動休憩をスキップします
cli-help-stand =
    昇降デスクで立ちました：立っている時間は座っている時間に数えないため、運動休憩は立った時間の分だけ遅くなります（`[standing] enabled` が必要）
cli-help-sit =
    また座りました：座った時間のカウントは止まったところから再開します
cli-help-quit =
    バックグラウンドのリマインダーを終了します
cli-help-settings =
    設定ウィンドウを開きます（デスクトップがない場合は設定ファイルをエディターで開き、ファイルがなければ全キーの説明付きで作成します）。保存した内容は、動作中の knotless がすぐに反映します
cli-help-welcome =
    初回のようこそ画面をもう一度：お知らせの内容、重点部位、手元にあるもの、ログイン時に起動するか（設定ファイルに保存）
cli-help-stats =
    最近の記録：座った時間、連続で座った最長時間、結果別の休憩、動かした部位を統計ウィンドウに表示します（`--text` またはデスクトップがない場合は表）
    .arg-text =
        ウィンドウを開かずに表を出力します（スクリプトや端末向け）
    .arg-days =
        表示する日数
cli-help-checkin =
    今の体の調子を伝えます：各部位を0（問題なし）から10で、あれば警告サインも
    .long =
        今の体の調子を伝えます：各部位を0（問題なし）から10で、あれば警告サインも。

        `knotless checkin neck=2 shoulders=5 --warning shoulders`。警告サインがある部位や、痛みが9以上の部位は提案停止になります：体調チェックで警告サインがなく3以下と評価されるまで、その部位に負荷のかかるものは提案しません。回答なしで実行すると、今回答する部位（提案停止中の部位が先）と、それぞれ停止している理由を表示します。
    .arg-answers =
        各部位の AREA=SCORE。`neck=2` のように：neck, shoulders, upper_back, lower_back, chest, hips, wrists, legs。0（問題なし）から10
    .arg-warning =
        AREA にしびれ、ピリピリ感、腫れ、または日常生活に支障が出るほどの痛みがある（複数あれば繰り返し指定）
    .arg-window =
        代わりにウィンドウで回答します（トレイの「今すぐ体調チェック」で開くもの）
cli-help-report =
    理学療法士に見せるためのテキストの概要：各部位の状態の推移（体調チェックから）、警告サイン、試したことと効果があったこと
    .arg-days =
        さかのぼる日数
cli-help-plan =
    設定でスケジューラーを模擬実行し、シミュレーションした勤務日のタイムラインを出力します
    .long =
        設定でスケジューラーを模擬実行し、シミュレーションした勤務日のタイムラインを出力します。

        スクリプトがなければ、毎日 09:00 から入力が続き、途中で45分の昼休み（離席）がある日になります。`--idle-script FILE` を指定すると、毎日がファイルの内容どおりになります：変化ごとに1行で、`09:00 active`、`10:30 reading`、`11:00 meeting`、`12:30 away`、`15:00 locked`、`15:10 suspend`、`17:30 end` のように書きます（`#` 以降はコメント。`passive 3m` は3分ごとに1回の入力）。
    .arg-hours =
        シミュレーションする1日あたりのコンピューター作業時間（スクリプトなしの場合）
    .arg-idle_script =
        既定の1日の代わりにスクリプトの1日を再生します：変化ごとに1行で、`09:00 active`、`10:30 reading`、`11:00 meeting`、`12:30 away`、`15:00 locked`、`15:10 suspend`、`16:00 standing`、`16:40 sitting`、最後に `17:30 end` のように書きます
    .arg-days =
        シミュレーションする日数（2日以上では1日1行を出力。--timeline も参照）
    .arg-start =
        シミュレーションの最初の日、YYYY-MM-DD（既定：今日）
    .arg-respond =
        シミュレーション上の自分が運動休憩のお知らせにどう応えるか
    .arg-timeline =
        日数が多くても、すべてのイベントを出力します
    .arg-config =
        自分の設定ファイルの代わりに、この設定ファイルを使います
    .arg-calendar =
        設定のカレンダーに加えて、この .ics ファイルの会議も考慮して計画します（複数回指定可）
cli-help-config =
    設定ファイルの場所の表示、チェック、説明付きの既定値の出力
cli-help-config-path =
    設定ファイルのパスを表示します
cli-help-config-check =
    設定ファイル（FILE の指定がなければ自分のもの）をチェックします。問題があれば終了コード 2
cli-help-config-default =
    すべてのキーの説明付きで、既定の設定を出力します
cli-help-exercises =
    エクササイズのライブラリ：一覧、1つの表示、自作ファイルのチェック
cli-help-exercises-list =
    すべてのエクササイズ（組み込みと自作）を一覧表示します
cli-help-exercises-show =
    1つのエクササイズを、ステップと注意事項付きで表示します
cli-help-exercises-check =
    自作のエクササイズファイルをチェックします。問題があれば終了コード 2
cli-help-exercises-render =
    エクササイズのイラストを、キーフレームごとに1つの SVG として描きます（自作やレビュー用）：`knotless exercises render calf-raises --out /tmp/fig`（または自作の FILE）。`--all` ですべてのエクササイズと、その一覧シートを描きます
    .arg-target =
        エクササイズ ID、またはエクササイズファイルのパス
    .arg-out =
        書き出し先のフォルダー（なければ作成）
    .arg-all =
        ライブラリのすべてのエクササイズと `contact-sheet.svg`
    .arg-size =
        各イラストの大きさ（正方形のピクセル数）
cli-help-history =
    休憩の履歴
cli-help-history-export =
    すべての履歴を別の形式で出力します（--output がなければ標準出力へ）
    .arg-output =
        標準出力の代わりにこのファイルに書き出します
cli-help-manpages =
    man ページ（knotless.1 と各コマンドのページ）を DIR に書き出します。パッケージ作成者向け（`make install` が実行します）
cli-help-completions =
    シェル補完スクリプトを出力します。例：`knotless completions bash > ~/.local/share/bash-completion/completions/knotless`
