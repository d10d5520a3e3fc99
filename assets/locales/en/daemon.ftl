# The daemon's words: the tray's tooltip, `knotless status` and `status --format`, and
# the replies `knotless pause`, `snooze`, `stand` and the other verbs print.

## Short durations, in menus, the tooltip, status lines and notifications.
## $secs, $min, $hours: numbers; $min in daemon-short-hours-min is two digits ("05").

# "40 s"
daemon-short-secs = { $secs } s
# "23 min"
daemon-short-min = { $min } min
# "1 h 05 min"
daemon-short-hours-min = { $hours } h { $min } min

## An exercise's length to the second: "45 s", "2 min", "1 min 30 s".

daemon-length-secs = { $secs } s
daemon-length-min = { $min } min
daemon-length-min-secs = { $min } min { $secs } s

## The tray's tooltip (and the status line at the top of its menu): where you are, then
## what comes next, e.g. "sitting 23 min · next move in 17 min".
## $sitting, $standing, $left: short durations ("23 min"); $time: a time of day ("14:05").

# The whole tooltip: $presence is one of the daemon-tooltip-away/-standing/-sitting texts,
# $next one of the texts after them.
daemon-tooltip = { $presence } · { $next }
daemon-tooltip-away = away
daemon-tooltip-standing = standing { $standing } (sat { $sitting })
daemon-tooltip-sitting = sitting { $sitting }
daemon-tooltip-paused-until = paused until { $time }
daemon-tooltip-paused = paused
daemon-tooltip-due = time to move
daemon-tooltip-on-break = on a break
# Standing at a sit-stand desk: the sitting clock holds.
daemon-tooltip-after-sitting = next move after { $left } more sitting
# The break waits to come with other reminders due soon after.
daemon-tooltip-next-at = next move at { $time }
daemon-tooltip-next-in = next move in { $left }
# The tooltip and `knotless status` while the calendar has a meeting; $time its end.
daemon-in-meeting = in a meeting until { $time }

## `knotless status --format`: the {next} field while paused or due, and the {paused} field
## while paused (short words for a status bar).

daemon-format-paused = paused
daemon-format-now = now

## `knotless status`: a few plain lines. $sitting, $standing, $left: short durations;
## $time: a time of day. Text in `backticks` is a command or config key: keep it as it is.

# How present you are, at the end of the first line.
daemon-presence-active = active
daemon-presence-passive = present, not typing
daemon-presence-away = away
# The first line; $presence is one of the three above.
daemon-status-sitting = Sitting { $sitting } · { $presence }
daemon-status-sitting-since = Sitting { $sitting } since { $time } · { $presence }
daemon-status-standing = Standing { $standing }: the sitting clock holds (`knotless sit` when you sit down)
daemon-status-paused-until = Paused until { $time } (`knotless resume` to end it)
daemon-status-paused = Paused until you resume (`knotless resume`)
daemon-status-due = Movement break: due now (snooze, skip or start it)
daemon-status-running = Movement break: running
daemon-status-snoozed = Movement break: snoozed, again in { $left }
daemon-status-held = Next movement break at { $time } (held back: reminders keep `[schedule] merge_within` apart)
daemon-status-next = Next movement break in { $left }
# The other reminders: $kind is a reminder's name (daemon-reminder-...).
daemon-status-other-held = { $kind } at { $time } (held back)
daemon-status-other-in = { $kind } in { $left }
# $reminders: the lines above, joined by daemon-list-separator.
daemon-status-then = Then: { $reminders }
# Between the reminders of "Then:" (spaces included).
daemon-list-separator = {" · "}
daemon-status-snoozes-left = Snoozes left: { $count }
# $why: why reminders wait (one of daemon-busy-… or a meeting).
daemon-status-busy = Holding reminders back: { $why }
# Why reminders wait, as $why above (or the meeting line daemon-in-meeting).
daemon-busy-do-not-disturb = do-not-disturb
daemon-busy-fullscreen = fullscreen
# Windows' presentation mode.
daemon-busy-presentation = presentation
# An app asked the desktop not to be interrupted (a video call, a film).
daemon-busy-inhibitors = inhibitors
daemon-busy-camera = camera
daemon-busy-outside-hours = outside working hours
daemon-status-autostart = Starts at login
# $problem: what is wrong with one calendar.
daemon-status-calendar = Calendar: { $problem }
# $channels: the missing channels below, joined by daemon-limited-separator.
daemon-status-limited = Limited: { $channels }
daemon-limited-separator = {"; "}
daemon-limited-idle = no idle source, so sitting is counted by time alone
daemon-limited-notifications = no notification server, so reminders cannot pop up
daemon-limited-tray = no tray host, so there is no tray icon
daemon-limited-sound = no sound server, so breaks run without their sound cues
daemon-limited-calendar = a calendar cannot be read, so meetings may be missing or old

## The reminders' names, in `knotless status` ("Then: micro-pause in 12 min") and
## `knotless plan`.

daemon-reminder-movement = movement break
daemon-reminder-stand = stand for a while
daemon-reminder-change_position = change position
daemon-reminder-micro_pause = micro-pause
daemon-reminder-hydration = hydration

## The daemon's replies, printed by `knotless pause`, `resume`, `snooze`, `skip`, `stand`,
## `sit`, `break`, `done`, `quit` and shown by the windows. $left, $sitting, $stood: short
## durations ("10 min"); $time: a weekday and time ("Fri 14:05").

# $pid: the daemon's process id.
daemon-reply-running = knotless is running (pid { $pid })
daemon-reply-resumed = Reminders are back on.
daemon-reply-skipped = Skipped this movement break.
daemon-reply-feedback = Thanks: noted.
daemon-reply-checkin = Check-in saved.
# A piece of advice was shown and recorded.
daemon-reply-advised = Noted.
daemon-reply-done = Break done. Well moved.
daemon-reply-quit = knotless stopped.
daemon-reply-paused-until = Paused until { $time }.
daemon-reply-paused = Paused until you resume.
daemon-reply-snoozed = Snoozed; the break comes back in { $left }.
# Another exercise was picked in the break window; $title: its title.
daemon-reply-switched = Now: { $title }
daemon-reply-standing = Standing. The sitting clock holds at { $sitting } until you sit (`knotless sit`).
daemon-reply-sitting = Sitting, after standing { $stood }. The sitting clock goes on from { $sitting }.
daemon-reply-settings-opened = Opened the settings window.
# `knotless break --no-window`: $title the exercise, $steps its steps, one a line.
daemon-reply-break-started =
    Break started: { $title }
    { $steps }
# Added under a reply when history cannot be written; $why says why.
daemon-reply-not-in-history = Not yet in history: { $why }.

## Why the daemon refused a request (printed after "knotless: ").

daemon-refused-nothing-to-snooze = no movement break is showing, so there is nothing to snooze
# $times: how many times it was snoozed.
daemon-refused-no-snoozes-left = this break has been snoozed { $times ->
        [one] once
       *[other] { $times } times
    } already, the most allowed (movement.max_snoozes)
daemon-refused-no-break-running = no break is running
daemon-refused-already-on-break = a break is already running
daemon-refused-not-paused = reminders are not paused
daemon-refused-pause-in-past = a pause must end in the future
daemon-refused-standing-off = standing is off; turn it on with `enabled = true` under [standing] in the config
daemon-refused-already-standing = you are standing already
daemon-refused-already-sitting = you are sitting already
daemon-refused-not-a-nudge = only a stand or change-position nudge can be put off until later
daemon-refused-answered-already = this movement break was answered already
# $id: the exercise id asked for.
daemon-refused-no-such-exercise = no exercise is called { $id }

## The last days, in a notification when no window can open (under notify-stats-title).

# $error: why the history file cannot be read.
daemon-stats-unreadable = cannot read history: { $error }
daemon-stats-none = No finished days in the last week yet.
# $status: the tray's tooltip ("sitting 23 min · next move in 17 min").
daemon-stats-now = Now: { $status }

## Why a part of knotless does not work now (in `knotless status`'s "Limited:" line).

# $error: why history cannot be written; $count: the events waiting to be written.
daemon-history-unwritten = cannot write history ({ $error }); { $count ->
        [one] { $count } event is kept and written as soon as it can
       *[other] { $count } events are kept and written as soon as it can
    }

## Why `knotless` cannot start (printed after "knotless: ").

# $path: knotless's runtime folder or lock file; $uid: the user id that owns it.
daemon-error-not-ours = { $path } belongs to another user (uid { $uid }); refusing to use it
# $lock: the lock file; $address: the control socket or pipe.
daemon-error-stuck = another knotless holds { $lock } but does not answer at { $address }
