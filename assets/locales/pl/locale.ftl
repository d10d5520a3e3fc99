# The language's own name (in the settings' list of languages).
language-name = Polski

## How the language writes dates, times and numbers. Patterns are chrono's strftime
## (https://docs.rs/chrono/latest/chrono/format/strftime/): %H:%M is 24-hour, %I:%M %p
## 12-hour, %-d a day without a leading zero. %a %A %b %B are replaced by the names below.
## Polish: 24-hour times, dates as 05.12.2026, weekday and month names in lower case.

locale-time = %H:%M
locale-weekday-time = %a %H:%M
locale-day = %a %d.%m
locale-day-long = %A, %-d %B %Y
locale-date = %d.%m.%Y
# Monday first, separated by commas.
locale-weekdays = poniedziałek, wtorek, środa, czwartek, piątek, sobota, niedziela
locale-weekdays-short = pon., wt., śr., czw., pt., sob., niedz.
# Months are only used inside dates ("5 grudnia 2026"), so they are in the genitive.
locale-months = stycznia, lutego, marca, kwietnia, maja, czerwca, lipca, sierpnia, września, października, listopada, grudnia
locale-months-short = sty, lut, mar, kwi, maj, cze, lip, sie, wrz, paź, lis, gru
# The decimal mark: 1,5 godziny.
locale-decimal = ,

## A length of time for people to read: "1 godz. 30 min", "45 s". $n is a whole number.
locale-hours = { $n } godz.
locale-minutes = { $n } min
locale-seconds = { $n } s
# Between the parts (a space in English; may be empty, as in Japanese).
locale-duration-joiner = { " " }
