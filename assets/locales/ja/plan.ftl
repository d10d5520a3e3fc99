# `knotless plan`: the simulated day in its title (cli-plan-title's $script), e.g.
# "typing 09:00–13:00, away 13:00–13:45 (standing from 10:00)".
plan-activity-typing = タイピング中
# $every: a length of time ("2m").
plan-activity-passive = 机に向かい、{ $every }ごとに入力
plan-activity-away = 離席
plan-activity-locked = 離席（画面ロック）
plan-activity-asleep = コンピューターはスリープ
# One stretch of the day: $activity (one of the above) from $from to $to (times of day).
plan-span = { $activity } { $from }–{ $to }
# A change of posture at the time $at.
plan-posture-standing = { $at }から立って作業
plan-posture-sitting = { $at }から座って作業
# Between the stretches and between the posture changes.
plan-list-separator = 、
# The day ($day) with its posture changes ($postures).
plan-with-postures = { $day }（{ $postures }）
