# Dates and times in words, on screen and in the PDF.

# A date in full, e.g. "Wednesday 3 December 2026".
date-long = { $weekday }, { $day } { $month } { $year } r.
# A time of day. $hour12 is 1–12, $hour24 is 00–23, $minute is 00–59, $period is time-am or time-pm.
time-of-day = { $hour24 }:{ $minute }
time-am = przed południem
time-pm = po południu
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
