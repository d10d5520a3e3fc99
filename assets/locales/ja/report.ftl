## `knotless report` (and the statistics window's "Report for a physical therapist"): a
## plain-text summary to take to a physical therapist. It describes; it never diagnoses.
## Japanese has one plural form: no selectors needed.

# The first line. $first and $last: dates (written as locale-date); $days: how many days.
report-heading = knotless レポート：{ $first }〜{ $last }（{ $days }日間）
report-intro = 理学療法士に見せるための、自分の体調チェックと休憩の記録です。knotless は一般的な提案をするもので、診断は行いません。
# The last line of the report.
report-closing = こりはひと晩で解消するとは限りません。こりやすい場合は、ときどき理学療法士に診てもらうと、繰り返す原因を見つけやすくなります。

# When no check-in falls in the report's days.
report-no-checkins = この期間に体調チェックはありません。
# Above the table of areas: one row per area, "首  6.7 -> 2.3  改善傾向" (the mean
# discomfort of the first week, of the last week, and the trend). $count: check-ins.
report-areas-heading = 各部位の状態（不快感 0-10、体調チェック{ $count }回。最初の週 -> 最後の週、直近2週間の傾向）：
# The trend of an area over the last two weeks (last column of the table).
report-trend-improving = 改善傾向
report-trend-flat = 変化なし
report-trend-worse = 悪化傾向
report-trend-unknown = 体調チェックの回数が不足
# A trend of an area that has not improved over two weeks: $trend is one of the above.
report-trend-stuck = { $trend }：理学療法士に診てもらうことをおすすめします

# Above the list of warning signs, one line each: "2026/11/11  腰: …".
report-signs-heading = 報告された警告サイン（以後、体調チェックで問題なしと回答されるまで、knotless はその部位に負荷のかかるものを提案しませんでした）：
# One warning sign after its date: $area (a region's name), $what (one of the two below).
report-sign = { $area }：{ $what }
# $score: the discomfort rated, 0 to 10.
report-sign-severe = 痛みの評価 { $score }/10
report-sign-warning = しびれ、ピリピリ感、腫れ、または日常生活に支障が出るほどの痛み

# When no break was completed in the report's days.
report-no-breaks = この期間に完了した休憩はありません。
# Above the table of exercises: "あご引き  15×  改善 15 · 変化なし 0 · 悪化 0".
report-tried-heading = 行ったこと（完了した休憩と、そのときの感じ方）：
# The last column of that table: how often each "How did that feel?" answer was given.
report-tried-feelings = 改善 { $better } · 変化なし { $same } · 悪化 { $worse }
# $title: an exercise's title; $better: its "better" answers, of $answered answers.
report-helped-most = 最も効果があったもの：{ $title }（{ $answered }件中{ $better }件が「改善」）。
# $titles: exercises' titles, separated by commas.
report-felt-worse = 「改善」より「悪化」が多かったもの：{ $titles }。

# Totals of the report's days. $sitting and $longest are durations ("75時間", "1時間20分").
report-totals = 休憩：完了 { $completed }回、自然な休憩 { $natural }回、スキップ { $skipped }回、見逃し { $missed }回。座った時間は合計 { $sitting }、連続で座った最長時間は { $longest }。
# With a sit-stand desk; a line per day follows. $standing: a duration.
report-standing = 昇降デスクで立った時間：合計 { $standing }。1日ごと：
# One day's line, after its date: $sitting and $standing are durations, padded to line up.
report-standing-day = 座った { $sitting } · 立った { $standing }
