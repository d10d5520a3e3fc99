# `knotless plan`: the simulated day in its title (cli-plan-title's $script), e.g.
# "typing 09:00–13:00, away 13:00–13:45 (standing from 10:00)".
plan-activity-typing = pisanie na klawiaturze
# $every: a length of time ("2m").
plan-activity-passive = przy biurku, aktywność co { $every }
plan-activity-away = poza biurkiem
plan-activity-locked = poza biurkiem, ekran zablokowany
plan-activity-asleep = komputer uśpiony
# One stretch of the day: $activity (one of the above) from $from to $to (times of day).
plan-span = { $activity } { $from }–{ $to }
# A change of posture at the time $at.
plan-posture-standing = na stojąco od { $at }
plan-posture-sitting = na siedząco od { $at }
# Between the stretches and between the posture changes.
plan-list-separator = { ", " }
# The day ($day) with its posture changes ($postures).
plan-with-postures = { $day } ({ $postures })
