# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = نظرات خانواده برای کنفرانس حفاظت از کودک
# Short title at the top right of every PDF page.
summary-header-title = نظرات خانواده
# At the top left of every PDF page.
summary-confidential = محرمانه
# At the bottom of every PDF page.
summary-page-of = صفحهٔ { $page } از { $pages }
summary-about-heading = دربارهٔ ما
summary-written-by = نویسنده
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = کودکان
summary-child-aged = { $age ->
        [one] { $name }، { $age } ساله
       *[other] { $name }، { $age } ساله
    }
summary-child-born = { $name }، متولد { $date }
summary-conference = کنفرانس
summary-date-at-time = { $date }، ساعت { $time }
summary-social-worker = مددکار اجتماعی
summary-helped-by = چه کسی کمک کرد
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = زبان سؤال‌ها و پاسخ‌ها
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = این سؤال‌ها را گروه Family Voice ترجمه کرده است، و هنوز یک مترجم رسمی و واجد شرایط آنها را بررسی نکرده است.
summary-interpreter = مترجم در کنفرانس
summary-interpreter-yes = بله، برای زبان { $language }
summary-interpreter-no = لازم نیست
summary-access-needs = چه چیزی به ما کمک می‌کند در جلسه شرکت کنیم
# The family's number on the 0 to 10 scale.
summary-scale-answer = { $score } از 10
# In place of an answer the family left blank.
summary-not-answered = بی‌پاسخ
summary-closing-heading = امضا شده
summary-made-on = تاریخ تهیه
summary-signature = امضا
summary-signed-date = تاریخ

conference-kind-initial = کنفرانس اولیه
conference-kind-review = کنفرانس بازبینی
meeting-format-in-person = همه با هم در یک اتاق
meeting-format-video = با تماس تصویری
meeting-format-mixed = بعضی در اتاق، بعضی با تماس تصویری
meeting-format-phone = با تلفن
helper-nobody = هیچ‌کس، خودم آن را نوشتم
helper-supporter = یک دوست یا یکی از اعضای خانواده
helper-advocate = یک نمایندهٔ حامی
helper-social-worker = یک مددکار اجتماعی
helper-interpreter = یک مترجم
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = بعد از این چه می‌شود

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: کد بازیابی
recovery-pdf-what = اگر عبارت عبور Family Voice خود را فراموش کنید، این کد به جای آن پیش‌نویس‌هایتان را باز می‌کند.
recovery-pdf-how = در صفحهٔ قفل، «عبارت عبورم را فراموش کرده‌ام» را انتخاب کنید. این کد را بنویسید، بعد یک عبارت عبور تازه انتخاب کنید.
recovery-pdf-keep = این برگه را جای امنی دور از رایانه نگه دارید. هر کسی که این کد را داشته باشد و بتواند از رایانه استفاده کند، می‌تواند پیش‌نویس‌هایتان را باز کند.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = تاریخ تهیه: { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = یادداشت‌های من برای روز جلسه
notes-working-well = چه چیزی خوب پیش می‌رود
notes-worries = نگران چه چیزی هستم
notes-change = چه چیزی باید تغییر کند
notes-reports = آنچه می‌خواهم درباره گزارش‌ها بگویم
notes-questions = سؤال‌های من از رئیس جلسه
notes-coming = چه کسی با من می‌آید
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = یادداشت‌های شما از یک صفحه بیشتر است. بعضی از آن‌ها را کوتاه‌تر کنید و دوباره چاپ کنید. هیچ‌چیز از نوشته‌هایتان از بین نرفته است.
# Under the title of the notes screen.
notes-intro = این یادداشت‌ها برای این است که در جلسه در دستتان باشد. از پاسخ‌های شما شروع می‌شوند. هر طور که می‌خواهید تغییرشان دهید: یک نکتهٔ کوتاه در هر خط راحت‌تر خوانده می‌شود.
# Button on the notes screen that saves the page as a PDF.
notes-print = یادداشت‌هایم را چاپ کن
