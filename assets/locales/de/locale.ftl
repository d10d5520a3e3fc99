# The language's own name (in the settings' list of languages).
language-name = Deutsch

## How the language writes dates, times and numbers. Patterns are chrono's strftime
## (https://docs.rs/chrono/latest/chrono/format/strftime/): %H:%M is 24-hour, %I:%M %p
## 12-hour, %-d a day without a leading zero. %a %A %b %B are replaced by the names below.
## German: 24-hour times, dates as 05.12.2026.

locale-time = %H:%M
locale-weekday-time = %a %H:%M
locale-day = %a %d.%m.
locale-day-long = %A, %-d. %B %Y
locale-date = %d.%m.%Y
# Monday first, separated by commas.
locale-weekdays = Montag, Dienstag, Mittwoch, Donnerstag, Freitag, Samstag, Sonntag
locale-weekdays-short = Mo, Di, Mi, Do, Fr, Sa, So
locale-months = Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember
locale-months-short = Jan, Feb, Mär, Apr, Mai, Jun, Jul, Aug, Sep, Okt, Nov, Dez
# The decimal mark: 1,5 hours.
locale-decimal = ,

## A length of time for people to read: "1 h 30 min", "45 s". $n is a whole number.
locale-hours = { $n } h
locale-minutes = { $n } min
locale-seconds = { $n } s
# Between the parts (a space in English; may be empty, as in Japanese).
locale-duration-joiner = { " " }
