# The language's own name (in the settings' list of languages).
language-name = 日本語

## How the language writes dates, times and numbers. Patterns are chrono's strftime
## (https://docs.rs/chrono/latest/chrono/format/strftime/): %H:%M is 24-hour, %I:%M %p
## 12-hour, %-d a day without a leading zero. %a %A %b %B are replaced by the names below.
## Japanese: 24-hour times, dates as year/month/day; %a is the one-character weekday (月, 火…).

locale-time = %H:%M
locale-weekday-time = %a曜 %H:%M
locale-day = %m月%d日(%a)
locale-day-long = %Y年%m月%d日 %A
locale-date = %Y/%m/%d
# Monday first, separated by commas.
locale-weekdays = 月曜日, 火曜日, 水曜日, 木曜日, 金曜日, 土曜日, 日曜日
locale-weekdays-short = 月, 火, 水, 木, 金, 土, 日
locale-months = 1月, 2月, 3月, 4月, 5月, 6月, 7月, 8月, 9月, 10月, 11月, 12月
locale-months-short = 1月, 2月, 3月, 4月, 5月, 6月, 7月, 8月, 9月, 10月, 11月, 12月
# The decimal mark: 1.5 hours.
locale-decimal = .

## A length of time for people to read: "1時間30分", "45秒". $n is a whole number.
locale-hours = { $n }時間
locale-minutes = { $n }分
locale-seconds = { $n }秒
# Between the parts (a space in English; empty in Japanese).
locale-duration-joiner = { "" }
