# The language's own name (in the settings' list of languages).
language-name = Español

## How the language writes dates, times and numbers. Patterns are chrono's strftime
## (https://docs.rs/chrono/latest/chrono/format/strftime/): %H:%M is 24-hour, %I:%M %p
## 12-hour, %-d a day without a leading zero. %a %A %b %B are replaced by the names below.
## Spanish uses 24-hour times and day/month/year dates; weekday and month names are
## written in lower case.

locale-time = %H:%M
locale-weekday-time = %a %H:%M
locale-day = %a %d %b
locale-day-long = %A, %-d de %B de %Y
locale-date = %d/%m/%Y
# Monday first, separated by commas.
locale-weekdays = lunes, martes, miércoles, jueves, viernes, sábado, domingo
locale-weekdays-short = lun, mar, mié, jue, vie, sáb, dom
locale-months = enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre
locale-months-short = ene, feb, mar, abr, may, jun, jul, ago, sept, oct, nov, dic
# The decimal mark: 1,5 horas.
locale-decimal = ,

## A length of time for people to read: "1 h 30 min", "45 s". $n is a whole number.
locale-hours = { $n } h
locale-minutes = { $n } min
locale-seconds = { $n } s
# Between the parts (a space; may be empty, as in Japanese).
locale-duration-joiner = { " " }
