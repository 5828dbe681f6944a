# Dates and times in words, on screen and in the PDF.

# A date in full, e.g. "Wednesday 3 December 2026".
date-long = { $year } m. { $month } { $day } d. ({ $weekday })
# A time of day. $hour12 is 1–12, $hour24 is 00–23, $minute is 00–59, $period is time-am or time-pm.
time-of-day = { $hour24 }:{ $minute }
time-am = prieš pietus
time-pm = po pietų
weekday-1 = pirmadienis
weekday-2 = antradienis
weekday-3 = trečiadienis
weekday-4 = ketvirtadienis
weekday-5 = penktadienis
weekday-6 = šeštadienis
weekday-7 = sekmadienis
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio
