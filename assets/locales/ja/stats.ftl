## The statistics window and `knotless stats --text`. Durations ($sitting, $standing,
## $longest) are short ("6時間10分", "40分"); dates ($date) come from locale.ftl.
## Japanese has one plural form: no selectors needed.

# The window's heading. $days: how many days it shows.
stats-title = 直近{ $days }日間の記録
# Under the heading: the last seven days. $taken: breaks taken (a number).
stats-summary = 過去7日間：座った時間 { $sitting }、休憩 { $taken }回、連続で座った最長時間 { $longest }。
# The same, with a sit-stand desk: $standing is the time standing.
stats-summary-standing = 過去7日間：座った時間 { $sitting }、立った時間 { $standing }、休憩 { $taken }回、連続で座った最長時間 { $longest }。

## The window with no history yet.

stats-empty-title = まだ表示するデータがありません
stats-empty-first-day = 最初の運動休憩のあと、またはしばらく机を離れたあとに、最初の1日がここに表示されます。
stats-empty-then = その後は1日ごとに、座った時間、取った休憩やスキップした休憩、休憩で動かした部位、体調チェックでの重点部位の状態が表示されます。

## The plots: a heading, a legend of coloured names above each, and each day's label on
## the axis (the last day is "Today").

stats-today = 今日
stats-sitting-title = 1日の座った時間（時間）
# With a sit-stand desk.
stats-sitting-standing-title = 1日の座った時間と立った時間（時間）
stats-legend-sitting = 座った時間
stats-legend-standing = 立った時間
stats-legend-longest = 最長連続
stats-breaks-title = 1日の休憩の結果
# What became of each break (legend names).
stats-outcome-done = 完了
stats-outcome-natural = 自然な休憩
stats-outcome-snoozed = スヌーズ
stats-outcome-skipped = スキップ
stats-outcome-missed = 見逃し
stats-discomfort-title = 体調チェックでの不快感（0 問題なし、10 強い）
stats-discomfort-none = この期間に体調チェックはありません。休憩のあとに、knotless がときどき各部位の調子を尋ねます。その回答がここに表示されます。

## Body regions moved: a bar per region.

stats-regions-title = 今週動かした部位
stats-regions-none = 今週完了した休憩はまだありません。
# The text on a region's bar. $count: how many breaks moved it.
stats-regions-breaks = 休憩{ $count }回

## The table: its heading (also its name for screen readers) and column headers (short:
## the columns are narrow).

stats-table-title = 日ごとの記録
stats-column-day = 日付
stats-column-sitting = 座った
stats-column-standing = 立った
stats-column-longest = 最長
stats-column-done = 完了
stats-column-natural = 自然
stats-column-snoozed = スヌーズ
stats-column-skipped = スキップ
stats-column-missed = 見逃し

## The report section (the report itself is in report.ftl).

stats-report-title = 理学療法士向けレポート
stats-report-intro = 過去30日間の記録です。印刷したり、持参したりできます。
stats-report-save = レポートを保存

## The footer.

stats-close = 閉じる
stats-export = CSV を書き出す
    .tooltip = すべての履歴を表計算用のファイルとして書き出します
# After Export CSV or Save report. $path: the file written.
stats-saved = { $path } を保存しました
# $reason: the CSV writer's reason (English).
stats-error-csv = CSV を作成できません：{ $reason }
# $path: the file; $reason: the system's reason.
stats-error-write = { $path } に書き込めません：{ $reason }

## `knotless stats --text` (and `knotless plan`, `knotless status`): one line a day.
## Keep the " · " separators and the padding spaces inside $sitting, $standing and
## $longest, so the days line up. Numbers: $taken (breaks taken: $done + $natural),
## $done, $natural, $snoozed, $skipped, $missed.

stats-day-line = { $date }  座った { $sitting } · 最長 { $longest } · 休憩 { $taken }回（完了 { $done }、自然 { $natural }） · スヌーズ { $snoozed } · スキップ { $skipped } · 見逃し { $missed }
# The same, on a day with standing at a sit-stand desk.
stats-day-line-standing = { $date }  座った { $sitting } · 立った { $standing } · 最長 { $longest } · 休憩 { $taken }回（完了 { $done }、自然 { $natural }） · スヌーズ { $snoozed } · スキップ { $skipped } · 見逃し { $missed }
# When there is nothing to show. $days: how many days were asked for.
stats-no-history = 直近{ $days }日間の履歴はまだありません。
