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
# $address: the socket or pipe knotless listens on.
cli-error-not-running = knotless is not running (nothing answers at { $address }); start it with `knotless`
cli-error-no-status = the daemon sent no status
# $error: what the system said.
cli-error-history-write = cannot write history: { $error }
cli-error-write = cannot write { $path }: { $error }
cli-error-read = cannot read { $path }: { $error }
cli-error-no-config = no config file at { $path }
# On a system the background reminder does not support yet.
cli-error-no-daemon-here = the background reminder runs on Linux, the BSDs and Windows for now; `knotless plan` shows how reminders would fall on your day
# A config problem, when a command reads the config; $problem: the line and what is wrong.
cli-warning-config = warning: { $path }:{ $problem } (using the default for it)
# Lines of the history file that had to be skipped; $line: its number; $reason: why.
cli-warning-history-torn = warning: { $path }:{ $line }: skipped torn last line (cut short by a crash?): { $reason }
cli-warning-history-unreadable = warning: { $path }:{ $line }: skipped unreadable line: { $reason }

## `knotless break` and `knotless welcome` without a desktop.

# Printed above the steps when no daemon runs.
cli-break-not-counted = knotless is not running, so this break is not counted
cli-break-nothing-waiting = No movement break is waiting for an answer.
# $opened: what `knotless settings` did (opened the config file in an editor, or where it is).
cli-welcome-no-desktop = The welcome is a window, and there is no desktop here. The same choices are [suggestions] focus and equipment, and [startup] autostart, in your config: { $opened }

## `knotless exercises list` and `show`.

# The list's column headings (short: the columns are narrow).
cli-exercises-column-id = ID
cli-exercises-column-kind = KIND
cli-exercises-column-where = WHERE
cli-exercises-column-time = TIME
cli-exercises-column-title = TITLE
# After an exercise of the user's own.
cli-exercises-yours = (yours)
# Under the list; $dir: the folder of the user's own exercises. ID stays as it is.
cli-exercises-count = { $count } exercises ({ $yours } yours, from { $dir }). `knotless exercises show ID` for the steps.
# `show` of an id that does not exist; $suggestion: a similar id.
cli-exercises-unknown = no exercise `{ $id }` (`knotless exercises list` shows them all)
cli-exercises-unknown-did-you-mean = no exercise `{ $id }`; did you mean `{ $suggestion }`?
# Where an exercise comes from: the user's own file ($path), or built in.
cli-exercises-origin-yours = yours, { $path }
cli-exercises-origin-built-in = built-in
# `show`'s first line: $origin is one of the two above.
cli-exercises-show-title = { $title }  ({ $id }, { $origin })
# `show`'s second line: $regions the body areas, $kind, $position, $needs the equipment
# (or cli-exercises-needs-nothing), $length ("1m 30s").
cli-exercises-show-works = Works: { $regions } · { $kind } · { $position } · needs: { $needs } · { $length }
cli-exercises-needs-nothing = nothing
cli-exercises-list-separator = {", "}
# An exercise file that cannot be read; $problem: the file and what is wrong.
cli-warning-exercise-file = warning: { $problem } (this file is skipped)
# A duration on the command line (`knotless pause 30m`) that cannot be read; $error: why.
cli-error-duration = { $error }; write it like "30m" or "1h30m"
cli-error-duration-short = it must be at least 10s
# Talking to the running knotless failed; $address: its socket or pipe; $error: the
# system's reason; $detail: what was wrong with its answer.
cli-error-call-nothing = nothing answers at { $address }
cli-error-call-io = talking to knotless at { $address }: { $error }
cli-error-call-garbled = knotless at { $address } answered something unreadable: { $detail }
# $path: a file; $error: the system's reason.
cli-error-history-file-write = cannot write history { $path }: { $error }
cli-error-history-file-read = cannot read history { $path }: { $error }
cli-error-create = cannot create { $path }: { $error }
cli-error-no-home = cannot find your home folder (is $HOME set?)
# A web calendar ($url, its address without secrets).
cli-error-calendar-not-fetched = { $url }: not fetched yet (the running knotless fetches it while you are present)
cli-error-fetch-no-curl = { $url }: cannot run curl to fetch it: { $error }
# $reason: what is wrong with the file (the parser's words).
cli-error-fetch-malformed = { $url }: not a calendar: { $reason }
cli-error-fetch-cache = { $url }: cannot keep a copy in { $path }: { $error }

## `knotless settings` without a desktop: the config file was opened in an editor, or (when
## none could open) where to edit it. $path: the config file.

cli-settings-opened = Opened { $path }: every key is explained there, and a running knotless applies your changes as soon as you save (check them with `knotless config check`).
cli-settings-edit = Edit { $path }: every key is explained there, and a running knotless applies your changes as soon as you save (check them with `knotless config check`).
