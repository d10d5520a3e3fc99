## The check-in: how each part of the body feels, 0 (fine) to 10 (a lot of discomfort), and
## one question about warning signs. In the break window, and `knotless checkin` in a
## terminal.

## The break window.

checkin-heading = かんたん体調チェック
checkin-question = 今、各部位の調子はどうですか？0は問題なし、10は強い不快感です。
# What a screen reader says for a score button: $area (a part of the body), $score (0-10).
checkin-score-said = { $area }：{ $score }
# The warning-sign question, once for all the areas. Keep its meaning exactly.
checkin-warning-question = しびれ、ピリピリ感、腫れ、または日常生活に支障が出るほどの痛みはありますか？
# The answers to checkin-warning-question.
checkin-no = いいえ
checkin-yes = はい
# After "Yes", with several areas: tick boxes follow. "Save" is break-save.
checkin-warning-where = どこですか？当てはまる部位すべてにチェックを入れて、「保存」を押してください。
# Under the check-in. "Not now" is break-not-now.
checkin-leave-hint = Esc キーまたは「今はしない」で、保存せずに体調チェックを終了します。
# The heading above advice (advice.ftl) after a check-in.
checkin-advice-heading = 知っておきたいこと
# Under the advice. Keep its meaning exactly.
checkin-advice-disclaimer = knotless は一般的な提案をするもので、診断は行いません。痛みが悪化したり、しびれやピリピリ感が出たりしたら、中止して専門家に相談してください。

## `knotless checkin` in a terminal. Text in `backticks` and AREA are what to type: the
## area names there (neck, upper_back) are the command's words and stay as they are.
## "On hold" (an area knotless suggests nothing for) is 「提案停止中」.

# One line per answer: $area (a part of the body), $score (0-10), $what (one of below).
checkin-outcome = { $area }：{ $score }/10：{ $what }
checkin-outcome-lifted = 問題なし：提案の停止を解除しました
checkin-outcome-noted = 記録しました
checkin-outcome-held-warning = 提案停止中：体調チェックで問題なしと回答されるまで、この部位に負荷のかかるものは提案しません
checkin-outcome-held-severe = 提案停止中：強い痛みのため、体調チェックで問題なしと回答されるまで、この部位に負荷のかかるものは提案しません
# $fine_up_to: the highest score that counts as fine (3).
checkin-outcome-still-held = 引き続き提案停止中：警告サインがなく、{ $fine_up_to }以下の体調チェックで解除されます
# Without answers: one line per held area. $area: a part of the body; $since: a date;
# $why: one of the three below. The line's first letter is made a capital.
checkin-held = { $since }から{ $area }への提案を停止しています：{ $why }。
checkin-held-warning = 警告サイン（しびれ、ピリピリ感、腫れ、または日常生活に支障が出るほどの痛み）
# $score: the score given (9 or 10).
checkin-held-severe = 痛みの評価が{ $score }/10
# $title: an exercise's title.
checkin-held-worse = { $title }で悪化したとの回答
# Then how to answer; the command to type follows on the next line.
checkin-how-to-answer = 各部位を0（問題なし）から10で答え、しびれ、ピリピリ感、腫れ、または日常生活に支障が出るほどの痛みがある部位には --warning AREA を付けてください：

# Errors. $area: an area's name as the command writes it (neck, upper_back).
checkin-no-window = 体調チェックのウィンドウは knotless が動作する環境（Linux、BSD、Windows）で開きます。代わりにここで回答してください（例：`knotless checkin neck=2`）
checkin-warning-needs-score = { $area } にもスコアを付けてください（例：`knotless checkin { $area }=5 --warning { $area }`）
checkin-answered-twice = { $area } が2回回答されています
checkin-warning-without-score = --warning { $area }：{ $area } にもスコアを付けてください（例：`{ $area }=5`）
# $reason: the system's error.
checkin-cannot-write = 履歴を書き込めません：{ $reason }
