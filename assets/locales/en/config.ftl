## The config file's keys and messages (settings window, welcome, `knotless config check`).
## Keys, section names and values in the file (movement.every, [movement], "45m", true,
## upper_back) are the file's contract and stay as they are: never translate them inside
## a message.

## The titles of the settings window's groups of keys (headings on the More page, row
## labels on the Common page).

config-group-move = Movement breaks
config-group-micro-pauses = Micro-pauses
config-group-water = Water
config-group-working-hours = Working hours
config-group-sound = Sound
config-group-login = Start at login
config-group-language = Language
config-group-focus = Focus areas
config-group-at-hand = What you have at hand
config-group-snoozing = Snoozing and missed reminders
config-group-busy = While you are busy
config-group-away = Being away and pausing
config-group-days = Working days and hours
config-group-desk = Sit-stand desk
config-group-check-ins = Body check-ins
config-group-voice = Reading aloud
config-group-suggestions = Which exercises to suggest

## One message per config key, named config-SECTION-KEY: its label in the settings window
## (the text of a row, or of a checkbox for a true/false key), also the name a screen reader
## reads for its control and the name in "Cannot save: check “…”".

# [movement]
config-movement-every = Remind me to move after
config-movement-length = Break length
config-movement-snooze = Snooze for
config-movement-max_snoozes = Snoozes allowed per break
config-movement-heads_up = A quiet heads-up before a break (0s: none)
config-movement-insist = When I don't answer a reminder

# [micro_pause]
config-micro_pause-enabled = Micro-pauses (posture and eyes)
config-micro_pause-every = Micro-pause every

# [hydration]
config-hydration-enabled = Reminders to drink water
config-hydration-every = Water reminder every

# [checkin]
config-checkin-enabled = Ask how my body feels after a break
config-checkin-every = Ask at most once every

# [sound]
config-sound-cues = Sound cues during a break
config-sound-volume = Volume of the cues
config-sound-voice = Read each step aloud

# [presence]
config-presence-natural_break_after = Count me as away after no input for

# [standing]
config-standing-enabled = I have a sit-stand desk
config-standing-every = Suggest standing after sitting for
config-standing-for = Stand for about
config-standing-max = Suggest changing position after standing for

# [schedule]
config-schedule-merge_within = Show reminders together when due within
config-schedule-answer_within = Count a reminder as missed after
config-schedule-morning = "Pause until tomorrow" ends at

# [context]
config-context-max_sitting = Even when busy, remind me gently after sitting
config-context-grace = Once I am free again, wait
config-context-do_not_disturb = Wait while notifications are silenced
config-context-fullscreen = Wait while a window is fullscreen
config-context-inhibitors = Wait while a video or call keeps the screen on
config-context-camera = Wait while the camera is in use

# [calendar]
config-calendar-sources = Calendars with my meetings
config-calendar-before = Offer a break before a meeting due within
config-calendar-me = My address in invitations

# [working_hours]
config-working_hours-enabled = Remind me only during working hours
config-working_hours-monday = Monday
config-working_hours-tuesday = Tuesday
config-working_hours-wednesday = Wednesday
config-working_hours-thursday = Thursday
config-working_hours-friday = Friday
config-working_hours-saturday = Saturday
config-working_hours-sunday = Sunday

# [startup]
config-startup-autostart = Start knotless when you log in

# [ui]
config-ui-language = Language

# [suggestions]
config-suggestions-focus = Focus areas
config-suggestions-equipment = What you have at hand
config-suggestions-positions = Positions you are happy to take
config-suggestions-exclude = Exercises to leave out

## What a key allows, in words: the end of a problem's message (`config check`) and of the
## settings window's report ("…; allowed: a duration from 10s to 8h").

# $min, $max: durations as the file writes them ("10s", "8h").
config-allowed-duration = a duration from { $min } to { $max }
# $min, $max: whole numbers.
config-allowed-count = a whole number from { $min } to { $max }
# true and false are the file's words: keep them.
config-allowed-bool = true or false
config-allowed-time-of-day = a time of day like "08:00"
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-names = a list of: { $names }
# `knotless exercises list` is a command: keep it.
config-allowed-ids = a list of exercise ids (`knotless exercises list`)
# $names: the values the file accepts, comma-separated, as written in the file.
config-allowed-choice = one of: { $names }
config-allowed-text = text in quotes, or ""
config-allowed-sources = a list of .ics files (a full path, or one under ~/) and https:// addresses
# "off" is the file's word: keep it.
config-allowed-hours = a range like "09:00-17:30" ("22:00-06:00" runs past midnight) or "off"

## Why a value cannot be used for a key (`config check`, after "line:column: key = value:").
## $allowed is one of the config-allowed-* texts above.

# $reason: what could not be read, in English (from a library).
config-value-not-a-duration = not a duration ({ $reason }); write it like "45m", "1h30m" or "20s"
config-value-no-unit = a duration needs a unit, like "45m" or "20s"; allowed: { $allowed }
config-value-not-a-list = expected a list in brackets, like ["a", "b"]; allowed: { $allowed }
config-value-expected = expected { $allowed }
# $name: the value written in the file.
config-value-unknown-name = "{ $name }" is not one of them; allowed: { $allowed }
# $name: the value written in the file; $suggestion: the allowed value closest to it.
config-value-unknown-name-did-you-mean = "{ $name }" is not one of them (did you mean "{ $suggestion }"?); allowed: { $allowed }
config-value-out-of-range = out of range; allowed: { $allowed }
# $path: a file; $reason: the system's reason.
config-value-unreadable = cannot read { $path }: { $reason }

## Problems with the file's layout (`config check`, after "line:column: name:").

# $reason: the TOML parser's reason, in English.
config-problem-not-toml = not valid TOML: { $reason }
# $name: a section's name written as a key; [{ $name }] is how a section is written.
config-problem-not-a-section = `{ $name }` must be a section, written [{ $name }]
# $name: the unknown section; $sections: the sections there are, comma-separated.
config-problem-unknown-section = unknown section [{ $name }]; sections are { $sections }
# $name: the unknown section; $suggestion: the section closest to it.
config-problem-unknown-section-did-you-mean = unknown section [{ $name }]; did you mean [{ $suggestion }]?
# $name: a key written before any section.
config-problem-outside-section = `{ $name }` must be inside a section
# $name: a key written before any section; $section: the section that has that key.
config-problem-outside-section-did-you-mean = `{ $name }` must be inside a section; did you mean `{ $name }` under [{ $section }]?
# $section: the section; $names: its keys, comma-separated.
config-problem-unknown-key = unknown key; [{ $section }] has { $names }
# $suggestion: the key of that section closest to the one written.
config-problem-unknown-key-did-you-mean = unknown key; did you mean `{ $suggestion }`?

## `knotless config path` and `knotless config check`. $path: the config file.

# On stderr after the path, when there is no file there.
config-path-none = (no file there yet: knotless uses the defaults; `knotless config default > "{ $path }"` starts one)
config-check-no-file = no config file at { $path }
config-check-defaults = { $path }: no config file; knotless uses the defaults
# $reason: the system's reason.
config-check-unreadable = cannot read { $path }: { $reason }
config-check-ok = { $path }: ok
# The last line, after each problem on a line of its own. $count: how many problems.
config-check-problems = { $count ->
    [one] { $count } problem in { $path }; those keys keep their defaults until fixed
   *[other] { $count } problems in { $path }; those keys keep their defaults until fixed
}
