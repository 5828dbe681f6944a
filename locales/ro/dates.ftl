# Dates and times in words, on screen and in the PDF.

# A date in full, e.g. "Wednesday 3 December 2026".
date-long = { $weekday }, { $day } { $month } { $year }
# A time of day. $hour12 is 1–12, $hour24 is 00–23, $minute is 00–59, $period is time-am or time-pm.
time-of-day = { $hour24 }:{ $minute }
time-am = a.m.
time-pm = p.m.
weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
