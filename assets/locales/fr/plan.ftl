# `knotless plan`: the simulated day in its title (cli-plan-title's $script), e.g.
# "typing 09:00–13:00, away 13:00–13:45 (standing from 10:00)".
plan-activity-typing = frappe au clavier
# $every: a length of time ("2m").
plan-activity-passive = au poste, une saisie toutes les { $every }
plan-activity-away = hors du poste
plan-activity-locked = hors du poste, écran verrouillé
plan-activity-asleep = ordinateur en veille
# One stretch of the day: $activity (one of the above) from $from to $to (times of day).
plan-span = { $activity } { $from }–{ $to }
# A change of posture at the time $at.
plan-posture-standing = en position debout dès { $at }
plan-posture-sitting = en position assise dès { $at }
# Between the stretches and between the posture changes.
plan-list-separator = { ", " }
# The day ($day) with its posture changes ($postures).
plan-with-postures = { $day } ({ $postures })
