# The language's own name (in the settings' list of languages).
language-name = Italiano

## How the language writes dates, times and numbers. Patterns are chrono's strftime
## (https://docs.rs/chrono/latest/chrono/format/strftime/): %H:%M is 24-hour, %I:%M %p
## 12-hour, %-d a day without a leading zero. %a %A %b %B are replaced by the names below.
## Italian: 24-hour times, dates as day/month/year, weekday and month names in lower case.

locale-time = %H:%M
locale-weekday-time = %a %H:%M
locale-day = %a %d %b
locale-day-long = %A %-d %B %Y
locale-date = %d/%m/%Y
# Monday first, separated by commas.
locale-weekdays = lunedì, martedì, mercoledì, giovedì, venerdì, sabato, domenica
locale-weekdays-short = lun, mar, mer, gio, ven, sab, dom
locale-months = gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre
locale-months-short = gen, feb, mar, apr, mag, giu, lug, ago, set, ott, nov, dic
# The decimal mark: 1,5 hours.
locale-decimal = ,

## A length of time for people to read: "1h 30min", "45s". $n is a whole number.
locale-hours = { $n }h
locale-minutes = { $n }min
locale-seconds = { $n }s
# Between the parts (a space in English; may be empty, as in Japanese).
locale-duration-joiner = { " " }
