# Dates and times in words, on screen and in the PDF.

# A date in full, e.g. "Wednesday 3 December 2026".
date-long = { $weekday }, { $day } { $month }, { $year }
# A time of day. $hour12 is 1–12, $hour24 is 00–23, $minute is 00–59, $period is time-am or time-pm.
time-of-day = { $hour12 }:{ $minute } { $period }
time-am = AM
time-pm = PM
weekday-1 = સોમવાર
weekday-2 = મંગળવાર
weekday-3 = બુધવાર
weekday-4 = ગુરુવાર
weekday-5 = શુક્રવાર
weekday-6 = શનિવાર
weekday-7 = રવિવાર
month-1 = જાન્યુઆરી
month-2 = ફેબ્રુઆરી
month-3 = માર્ચ
month-4 = એપ્રિલ
month-5 = મે
month-6 = જૂન
month-7 = જુલાઈ
month-8 = ઑગસ્ટ
month-9 = સપ્ટેમ્બર
month-10 = ઑક્ટોબર
month-11 = નવેમ્બર
month-12 = ડિસેમ્બર
