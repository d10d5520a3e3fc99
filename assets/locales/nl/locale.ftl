# The language's own name (in the settings' list of languages).
language-name = Nederlands

## How the language writes dates, times and numbers. Patterns are chrono's strftime
## (https://docs.rs/chrono/latest/chrono/format/strftime/): %H:%M is 24-hour, %I:%M %p
## 12-hour, %-d a day without a leading zero. %a %A %b %B are replaced by the names below.
## Dutch: 24-hour times, dates as 05-12-2026, weekday and month names in lower case.

locale-time = %H:%M
locale-weekday-time = %a %H:%M
locale-day = %a %d %b
locale-day-long = %A %-d %B %Y
locale-date = %d-%m-%Y
# Monday first, separated by commas.
locale-weekdays = maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag
locale-weekdays-short = ma, di, wo, do, vr, za, zo
locale-months = januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december
locale-months-short = jan, feb, mrt, apr, mei, jun, jul, aug, sep, okt, nov, dec
# The decimal mark: 1,5 uur.
locale-decimal = ,

## A length of time for people to read: "1 u 30 min", "45 s". $n is a whole number.
locale-hours = { $n } u
locale-minutes = { $n } min
locale-seconds = { $n } s
# Between the parts (a space in English; may be empty, as in Japanese).
locale-duration-joiner = { " " }
