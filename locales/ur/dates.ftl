# Dates and times in words, on screen and in the PDF.

# A date in full, e.g. "Wednesday 3 December 2026".
date-long = { $weekday }، { $day } { $month } { $year }
# A time of day. $hour12 is 1–12, $hour24 is 00–23, $minute is 00–59, $period is time-am or time-pm.
time-of-day = { $hour12 }:{ $minute } { $period }
time-am = قبل دوپہر
time-pm = بعد دوپہر
weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
