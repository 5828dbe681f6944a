# Dates and times in words, on screen and in the PDF.

# A date in full, e.g. "Wednesday 3 December 2026".
date-long = { $weekday }، { $day } { $month } { $year }
# A time of day. $hour12 is 1–12, $hour24 is 00–23, $minute is 00–59, $period is time-am or time-pm.
time-of-day = { $hour12 }:{ $minute } { $period }
time-am = صباحًا
time-pm = مساءً
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
