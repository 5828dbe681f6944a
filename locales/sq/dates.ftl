# Dates and times in words, on screen and in the PDF.

# A date in full, e.g. "Wednesday 3 December 2026".
date-long = { $weekday }, { $day } { $month } { $year }
# A time of day. $hour12 is 1–12, $hour24 is 00–23, $minute is 00–59, $period is time-am or time-pm.
time-of-day = { $hour24 }:{ $minute }
time-am = paradite
time-pm = pasdite
weekday-1 = e hënë
weekday-2 = e martë
weekday-3 = e mërkurë
weekday-4 = e enjte
weekday-5 = e premte
weekday-6 = e shtunë
weekday-7 = e diel
month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor
