# The language's own name (in the settings' list of languages).
language-name = Français

## How the language writes dates, times and numbers. Patterns are chrono's strftime
## (https://docs.rs/chrono/latest/chrono/format/strftime/): %H:%M is 24-hour, %I:%M %p
## 12-hour, %-d a day without a leading zero. %a %A %b %B are replaced by the names below.
## English keeps 24-hour times and ISO dates: they read the same in every English-speaking
## region.

locale-time = %H:%M
locale-weekday-time = %a %H:%M
locale-day = %a %d %b
locale-day-long = %A %-d %B %Y
locale-date = %d/%m/%Y
# Monday first, separated by commas.
locale-weekdays = lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche
locale-weekdays-short = lun., mar., mer., jeu., ven., sam., dim.
locale-months = janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre
locale-months-short = janv., févr., mars, avr., mai, juin, juil., août, sept., oct., nov., déc.
# The decimal mark: 1.5 hours.
locale-decimal = ,

## A length of time for people to read: "1h 30m", "45s". $n is a whole number.
locale-hours = { $n } h
locale-minutes = { $n } min
locale-seconds = { $n } s
# Between the parts (a space in English; may be empty, as in Japanese).
locale-duration-joiner = { " " }
