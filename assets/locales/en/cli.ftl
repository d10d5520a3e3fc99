# The command line's own words: `knotless plan`, `knotless status` framing, the verbs that
# talk to the daemon, `exercises list/show`, history, and the errors a person reads
# (printed after "knotless: "). Text in `backticks` is a command, option or config key:
# keep it as it is.

## `knotless plan`: a simulated day, as a timeline. Durations ($every, $length, $sitting…)
## are written as in the config file ("40m", "1h 30m"); $time is a time of day ("14:05").

# The first line; $script describes the simulated day (e.g. "8h at the desk").
cli-plan-title = Plan for { $days ->
        [one] { $days } simulated day
       *[other] { $days } simulated days
    } of { $script }.
# The second line, the settings the plan runs with; $unanswered is one of cli-plan-insist-…,
# $micro_pause and $hydration cli-plan-every or cli-plan-off.
cli-plan-movement-line = Movement break every { $every } of sitting ({ $length } long, snooze { $snooze } up to { $max_snoozes }×; unanswered: { $unanswered }); micro-pause { $micro_pause }; hydration { $hydration }; away after { $away } without input.
# The same with a heads-up $heads_up before each break.
cli-plan-movement-line-heads-up = Movement break every { $every } of sitting ({ $length } long, snooze { $snooze } up to { $max_snoozes }×, heads-up { $heads_up } before; unanswered: { $unanswered }); micro-pause { $micro_pause }; hydration { $hydration }; away after { $away } without input.
cli-plan-every = every { $every }
cli-plan-off = off
# What happens to an unanswered movement break ([movement] insist).
cli-plan-insist-never = missed at once
cli-plan-insist-gentle = asked once more
cli-plan-insist-firm = asked once more, then in the break window
# With a sit-stand desk.
cli-plan-standing = Sit-stand desk: stand for { $stand_for } after sitting { $every }; change position after standing { $max }.
cli-plan-standing-script = Sit-stand desk (on for this plan: the script stands): stand for { $stand_for } after sitting { $every }; change position after standing { $max }.
# $count: meetings found; $before: how early a break is offered before one.
cli-plan-meetings = { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    } from the calendar: no reminder during them; a break due within { $before } of one is offered before it.
# The totals after several days.
cli-plan-totals = Over { $days } days: sitting { $sitting } (about { $per_day } a day), longest stretch { $longest }, { $taken } breaks taken, { $skipped } skipped, { $missed } missed.

## The timeline's lines.

# A reminder when its kind leads; $sitting: time sat.
cli-plan-movement = movement break due (sitting { $sitting })
cli-plan-stand = stand for a while? (sitting { $sitting })
cli-plan-change_position = change position: sit for a while, or walk
cli-plan-micro_pause = micro-pause: posture check, rest your eyes
cli-plan-hydration = hydration: a glass of water
# $reminder: one of the lines above, asked again after a snooze.
cli-plan-again = { $reminder } again
# Asked again after it went unanswered $times times.
cli-plan-again-unanswered = { $reminder } again (unanswered { $times ->
        [1] once
        [2] twice
       *[other] { $times } times
    })
cli-plan-again-in-window = { $reminder } again in the break window (unanswered { $times ->
        [1] once
        [2] twice
       *[other] { $times } times
    })
# A reminder that carries other kinds: $others, their names joined by cli-plan-with-separator.
cli-plan-with = { $reminder } + { $others }
cli-plan-with-separator = {" + "}
# $time: the meeting's end; $summary: its title from the calendar.
cli-plan-meeting = meeting until { $time }
cli-plan-meeting-named = meeting until { $time }: { $summary }
cli-plan-meeting-held = in a meeting: break held back (sitting { $sitting })
# $reminder: a reminder's line; $time: the meeting's start.
cli-plan-before-meeting = { $reminder }, before the { $time } meeting
# $left: snoozes left.
cli-plan-snoozed = snoozed for { $length } ({ $left ->
        [one] { $left } snooze
       *[other] { $left } snoozes
    } left)
cli-plan-break-asked = break started on request
cli-plan-break-started = break started
cli-plan-break-done = break done after { $length }
cli-plan-break-done-away = break done: away from the computer ({ $length })
cli-plan-skipped = skipped
cli-plan-abandoned = break abandoned
cli-plan-missed = missed: no answer
cli-plan-ignored = no answer: asked again after a snooze's length
cli-plan-heads-up = heads-up: a break in { $left }
cli-plan-natural-break = back after { $away } away: natural break
cli-plan-sat = · sat { $length } in a row
cli-plan-paused-for = paused for { $length }
cli-plan-paused = paused
cli-plan-resumed = resumed
cli-plan-stood-up = stood up
cli-plan-stand-ended = stand ended after { $length }
cli-plan-sat-down = sat down after standing { $length }
cli-plan-later = later: in { $length }
cli-plan-busy = busy: break held back (sitting { $sitting })

## Warnings and errors (after "knotless: " unless they start with "warning:").

# $problem: which calendar and what is wrong.
cli-warning-calendar = warning: calendar { $problem }
cli-error-idle-script = cannot read idle script { $path }: { $error }
