## The settings window. The labels of the config keys and the titles of their groups are
## in config.ftl.

# The window's heading.
settings-title = Settings
# The two tabs: the common choices, and everything else.
settings-page-common = Common
settings-page-more = More

## The Common page.

# A link under "Working hours" that opens the More page at the working days.
settings-set-days = Set days and hours
# A checkbox in the "Sound" row (short: the row is titled "Sound").
settings-sound-cues = Cues during a break
# Before the volume slider in the "Sound" row.
settings-volume = Volume
# The text of a reminder's checkbox, followed on the same line by the field of how often:
# "Micro-pauses: [x] every [20m]".
settings-every = every
# On the More page, above the working days while working hours are off.
settings-days-unused = Used when working hours are on, on the Common page.

## Under "Working hours": the working days in a few words. $hours: the hours as the file
## writes them ("09:00-17:30"); $day, $first, $last: short weekday names (locale.ftl).

settings-hours-none = No working days set
settings-hours-one-day = { $day } { $hours }
# From the first to the last day, every day between included.
settings-hours-days = { $first }–{ $last } { $hours }
settings-hours-differ = Hours differ by day

## Notes beside fields. The values inside ("09:00-17:30", "off", ".ics", "https://") are
## written in the file as shown: keep them.

settings-hours-hint = like 09:00-17:30, or off
settings-sources-hint = one per line: an .ics file, or an https:// address

## The choices of "When I don't answer a reminder" (movement.insist), one per value.

settings-insist-never = Count it as missed
settings-insist-gentle = Ask once more
settings-insist-firm = Ask once more, then in a window

# The first choice of "Language": the desktop's language (the other choices are each
# language's own name).
settings-language-auto = Same as the desktop

## The footer.

settings-save = Save
settings-close = Close
# Save is greyed out because a field cannot be used. $label: that field's label (config.ftl);
# $place: where it is when it is not on the page shown: "common" (on the Common page),
# "more" (under More) or "here"; $others: how many more fields cannot be used.
settings-cannot-save = Cannot save: check “{ $label }”{ $place ->
        [common] { " " }on the Common page
        [more] { " " }under More
       *[here] { "" }
    }{ $others ->
        [0] { "" }
       *[other] { " " }and { $others } more
    }
# The tooltip of the greyed-out Save. $label: the field's label.
settings-save-blocked = Check “{ $label }” first
# After Save. $count: how many keys changed (0: nothing to save).
settings-saved = { $count ->
        [0] Nothing to save: no changes.
        [one] Saved { $count } change.
       *[other] Saved { $count } changes.
    }
# After Close with changes not saved.
settings-unsaved = Changes not saved: Close again to leave them
# While something is changed and not saved.
settings-not-saved-yet = Not saved yet

## Why the file cannot be read or saved. $path: the config file; $reason: the system's or
## the TOML parser's reason (English).

settings-error-read = cannot read { $path }: { $reason }
# $label: a field's label.
settings-error-invalid = “{ $label }” needs a change before saving
settings-error-not-toml = the file is not valid TOML, so it is left alone (fix it by hand): { $reason }
# $section: a section's name in the file, as written there.
settings-error-not-a-table = [{ $section }] is not a table in the file
settings-error-write = cannot write { $path }: { $reason }
