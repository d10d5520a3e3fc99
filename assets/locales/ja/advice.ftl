## Advice about health, shown in the break window after a check-in ("Worth knowing") and
## before a first self-massage. Informational, never a diagnosis. Keep the safety meaning
## exactly: stop what makes it worse, never into pain, stop on numbness or tingling, see a
## doctor or a physical therapist. Where unsure, choose the safer wording.

# The first sentence of advice-seek-help: the user ticked the warning-sign question
# (numbness, tingling, swelling, or pain that limits daily activities). $area: a body part.
advice-seek-help-warning = { $area }に、しびれ、ピリピリ感、腫れ、または日常生活に支障が出るほどの痛みがあると回答しました。
# The first sentence of advice-seek-help: a check-in scored $score (9 or 10) for $area.
advice-seek-help-severe = { $area }の痛みを10段階で{ $score }と評価しました。
# The first sentence of advice-seek-help: "Worse" twice within a week for $area.
advice-seek-help-worse-again = 今週2回、エクササイズで{ $area }が悪化したと回答しました。
# Advice to seek help. $what: one of the three sentences above; $area: a body part.
advice-seek-help = { $what }悪化させるセルフケアはすべて中止してください。体調チェックで{ $area }が再び問題なしと回答されるまで、knotless はその部位を動かす・伸ばす・押す・温める・冷やすものを一切提案せず、毎回の体調チェックでその部位について確認します。医師または医療機関や理学療法士に相談してください。
# After "Worse" for an exercise. $title: the exercise's title; $areas: the body parts it
# loads ("首と肩", see vocabulary-list-and).
advice-held = { $title }で悪化したとのことです。今は{ $areas }へのそのようなセルフケアを中止してください。体調チェックで再び問題なしと回答されるまで、knotless はその部位を動かす・伸ばす・押す・温める・冷やすものを提案せず、{ $title }も2か月間提案しません。悪化が続く場合や、しびれやピリピリ感がある場合は、医師または理学療法士に相談してください。
# Two weeks of check-ins without improvement in $area. `knotless report` is a command:
# keep it as written.
advice-see-physio = 2週間の体調チェックで、{ $area }は改善していません。理学療法士なら原因を調べ、効果のある方法を教えてくれます。（`knotless report` で概要を出力できます。）
# The same, with what the breaks worked there: $tried lists exercises and how often
# ("あご引き (3×)、首の横倒し (1×)").
advice-see-physio-tried = 2週間の体調チェックで、{ $area }は改善していません。理学療法士なら原因を調べ、効果のある方法を教えてくれます。受診の際は、試したことを伝えてください：{ $tried }。（`knotless report` で概要を出力できます。）
# Before the first self-massage, heat or cold (shown in a frame, and read aloud first).
advice-provider-note = セルフマッサージや温め・冷やしを行う前に：血行障害や神経の障害、重いけががある場合は、まず医師に相談してください。押す力はやさしく、温かさや冷たさはほどほどにし、決して痛みを感じるところまで行わないでください。しびれやピリピリ感があれば中止してください。

## Advice next to a field of the settings or the welcome whose value cannot be used: what
## to write instead. Examples such as 45m, 1h30m, 20s, 08:00 and 09:00-17:30 are what the
## field accepts: keep them as they are.

# A whole number between $min and $max.
advice-count = { $min }から{ $max }までの整数を入力してください
# A checkbox.
advice-bool = チェックを入れるか、外してください
advice-time-of-day = 08:00 のように時刻を入力してください
# A day's working hours; "off" is what the field takes for a day off: keep it.
advice-hours = 09:00-17:30 のように時間を入力するか、off と入力してください
# A list with a name knotless does not know (a hand edit of the file); $name as written.
advice-names-unknown = 「{ $name }」のチェックを外してください：knotless が認識できない名前です
advice-names = 一覧から選んでください
advice-ids = 一覧からエクササイズを選んでください
advice-choice = 一覧から1つ選んでください
advice-text = プレーンテキストで入力してください
advice-sources = 各カレンダーを .ics ファイルのフルパスか https:// アドレスで指定してください
# A duration left empty; $like: an example the field takes ("45m").
advice-duration-empty = { $like } のように時間を入力してください
# A duration too short; $min: the shortest, in words ("10秒"); $like: an example.
advice-duration-min = { $min }以上の時間を入力してください（例：{ $like }）
# A duration too long; $max: the longest, in words ("8時間"); $like: an example.
advice-duration-max = { $max }以下の時間を入力してください（例：{ $like }）
# $min and $max in words.
advice-duration-range = { $min }から{ $max }までの時間を入力してください
# A bare number was typed; $number is it. The letters m and s are what the field reads.
advice-duration-unit = 単位を付けてください：分なら { $number }m、秒なら { $number }s
# Something that is no duration; $like: an example.
advice-duration-unreadable = { $like }、1h30m、20s のように時間を入力してください

# A duration in words, one unit at a time ("1 hour 30 minutes" is hours then minutes, with
# a space between): in the settings beside a duration, in the advice above, and in the
# break window ("完了：首のための2分"). Japanese has one plural form: no selectors needed.
advice-unit-days = { $n }日
advice-unit-hours = { $n }時間
advice-unit-minutes = { $n }分
advice-unit-seconds = { $n }秒

## The controls of the settings and the welcome.

# The − button of a duration (a tooltip).
advice-control-shorter = 短く
# The same, as a screen reader names it; $name: the field's name.
advice-control-shorter-named = 短く：{ $name }
# The + button of a duration (a tooltip).
advice-control-longer = 長く
advice-control-longer-named = 長く：{ $name }
# The search field above the exercises to leave out (grey text inside it).
advice-control-find-hint = 名前でエクササイズを検索
# The same field, as a screen reader names it.
advice-control-find-name = 除外するエクササイズを検索
# Under the exercises to leave out; $count: how many are ticked.
advice-control-left-out = { $count ->
        [0] チェックしたエクササイズは提案されません。現在、除外しているものはありません。
       *[other] { $count }個のエクササイズを除外しています。
    }
