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
# $micro_pause and $hydration cli-plan-every or cli-plan-off; with a heads-up ($heads_up_secs
# more than 0), the heads-up $heads_up before each break.
cli-plan-movement-line = Movement break every { $every } of sitting ({ $length } long, snooze { $snooze } up to { $max_snoozes }×{ $heads_up_secs ->
        [0] {""}
       *[other] , heads-up { $heads_up } before
    }; unanswered: { $unanswered }); micro-pause { $micro_pause }; hydration { $hydration }; away after { $away } without input.
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

## `knotless --help` and `knotless VERB --help`. The message cli-help-VERB is the verb's
## one-line description; .long its longer one (`--help`), .after the text after the options;
## .arg-NAME an option's or argument's help. Text in `backticks`, --options, FILE, AREA and
## the like are what one types: keep them as they are. {"{"} and {"}"} write a brace.

# The headings of the help (clap shows them followed by a colon).
cli-help-heading-usage = Usage:
cli-help-heading-commands = Commands
cli-help-heading-options = Options
cli-help-heading-arguments = Arguments
# The -h and -V options.
cli-help-flag-help = Print help
# -h when --help says more, and --help then.
cli-help-flag-help-more = Print help (see more with '--help')
cli-help-flag-help-summary = Print help (see a summary with '-h')
cli-help-flag-version = Print version

cli-help-knotless =
    knotless: move often, move variably. A light break reminder that tracks sitting
    .after =
        Start it once (for example at login) and forget it: `knotless` lives in the tray, counts how
        long you have been sitting and, at the right moments, suggests one short, varied movement
        break. Everything else talks to that running copy.

        Files:
          config   $XDG_CONFIG_HOME/knotless/config.toml   (`knotless config path`)
          history  $XDG_DATA_HOME/knotless/history.jsonl    (`knotless history export`)

        Exit codes: 0 ok, 1 failure, 2 bad usage or bad input, 3 knotless is not running.
cli-help-run =
    Start the background reminder (tray + notifications); the default. If it already runs, this hands over to it and exits
cli-help-status =
    Show sitting time, presence, the next reminders, pause state and missing channels
    .arg-json =
        One JSON object (stable field names, for scripts and status bars)
    .arg-format =
        One line from a template, for status bars: `--format '{"{"}sitting{"}"} · {"{"}next{"}"}'`. Placeholders: {"{"}sitting{"}"} {"{"}sitting_secs{"}"} {"{"}next{"}"} {"{"}next_secs{"}"} {"{"}presence{"}"} {"{"}phase{"}"} {"{"}paused{"}"} {"{"}snoozes_left{"}"} {"{"}posture{"}"} {"{"}standing{"}"} {"{"}standing_secs{"}"} {"{"}tooltip{"}"}; `{"{"}{"{"}` and `{"}"}{"}"}` for braces
cli-help-break =
    Start a micro-break now with the next suggestion, guided in the break window (its steps are printed instead where there is no desktop)
    .arg-now =
        Start it right away, even if no break is due (what `break` does anyway; kept for scripts)
    .arg-prompt =
        Ask first: the window shows the due reminder with Start break / Snooze / Skip. The running knotless opens it so when there is no notification server
cli-help-pause =
    Stop reminders for a while: `pause 30m`, `pause 2h`, `pause --until-tomorrow`, or `pause` alone until `knotless resume`
    .arg-secs =
        How long, like "30m" or "1h30m"
    .arg-until_tomorrow =
        Until tomorrow morning (`schedule.morning` in the config, 08:00 by default)
cli-help-resume =
    Remind again after a pause
cli-help-snooze =
    Postpone the movement break that is showing (by `movement.snooze` unless given)
    .arg-secs =
        How long, like "5m"
cli-help-skip =
    Skip the movement break that is showing, or the next one
cli-help-stand =
    You stood up at a sit-stand desk: standing time does not count as sitting, so the movement break comes later by the time you stand (needs `[standing] enabled`)
cli-help-sit =
    You sat down again: the sitting clock goes on where it stopped
cli-help-quit =
    Stop the background reminder
cli-help-settings =
    Open the settings window (without a desktop: your config file in your editor, created with every key explained if missing); a running knotless applies what you save at once
cli-help-welcome =
    The first-run welcome again: what the reminders do, your focus areas, what you have at hand, and whether to start at login (saved into your config file)
cli-help-stats =
    Your last days: sitting time, longest stretch, breaks by outcome and the body regions you moved, in the statistics window (a table with `--text` or without a desktop)
    .arg-text =
        Print a table instead of opening the window (for scripts and terminals)
    .arg-days =
        How many days to show
cli-help-checkin =
    Say how your body feels now: each area from 0 (fine) to 10, and any warning sign
    .long =
        Say how your body feels now: each area from 0 (fine) to 10, and any warning sign.

        `knotless checkin neck=2 shoulders=5 --warning shoulders`. An area with a warning sign or pain of 9 or more goes on hold: nothing that loads it is suggested until a check-in rates it 3 or less with no warning sign. Without answers: the areas to answer now, those on hold first, and why each is held.
    .arg-answers =
        AREA=SCORE for each area, like `neck=2`: neck, shoulders, upper_back, lower_back, chest, hips, wrists, legs; 0 (fine) to 10
    .arg-warning =
        Numbness, tingling, swelling or pain that limits your day in AREA (again for more)
    .arg-window =
        Answer in a window instead (what the tray's "Check in now" opens)
cli-help-report =
    A plain-text summary to take to a physical therapist: how each area felt over time (from your check-ins), warning signs, what you tried and what helped
    .arg-days =
        How many days back
cli-help-plan =
    Dry-run the scheduler on your config over simulated workdays and print the timeline
    .long =
        Dry-run the scheduler on your config over simulated workdays and print the timeline.

        Without a script, each day is steady typing from 09:00 with a 45-minute lunch away in the middle. With `--idle-script FILE`, each day follows the file: one line per change, like `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `17:30 end` (`#` starts a comment; `passive 3m` means one input every 3 minutes).
    .arg-hours =
        Hours at the computer per simulated day (without a script)
    .arg-idle_script =
        Replay a scripted day instead of the default one: a line per change, like `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`, `15:10 suspend`, `16:00 standing`, `16:40 sitting`, and last `17:30 end`
    .arg-days =
        How many days to simulate (more than one prints a line per day; see --timeline)
    .arg-start =
        First simulated day, YYYY-MM-DD (default: today)
    .arg-respond =
        How the simulated you answers movement reminders
    .arg-timeline =
        Print every event even for many days
    .arg-config =
        Use this config file instead of yours
    .arg-calendar =
        Plan around the meetings in this .ics file (may be given more than once), as well as those of the calendars in the config
cli-help-config =
    Where the config file is, check it, or print the documented defaults
cli-help-config-path =
    Print the path of your config file
cli-help-config-check =
    Check a config file (yours unless FILE is given); exit 2 if anything is wrong
cli-help-config-default =
    Print the default config, every key documented
cli-help-exercises =
    The exercise library: list, show one, or check a file of your own
cli-help-exercises-list =
    List every exercise (built-in and your own)
cli-help-exercises-show =
    Show one exercise with its steps and cautions
cli-help-exercises-check =
    Check an exercise file of your own; exit 2 if anything is wrong
cli-help-exercises-render =
    Draw an exercise's figure, one SVG per keyframe, for writing your own and for review: `knotless exercises render calf-raises --out /tmp/fig` (or a FILE of yours). `--all` draws every exercise and a contact sheet of them all
    .arg-target =
        An exercise id, or the path of an exercise file
    .arg-out =
        The folder to write into (created if missing)
    .arg-all =
        Every exercise in the library, and `contact-sheet.svg`
    .arg-size =
        Pixels square of each drawing
cli-help-history =
    Your break history
cli-help-history-export =
    Print your whole history in another format (to stdout unless --output)
    .arg-output =
        Write to this file instead of stdout
cli-help-manpages =
    Write the man pages (knotless.1 and one page per verb) into DIR; for packagers (`make install` does it)
cli-help-completions =
    Print a shell completion script, e.g. `knotless completions bash > ~/.local/share/bash-completion/completions/knotless`
