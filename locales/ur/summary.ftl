# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = بچے کے تحفظ کی کانفرنس کے لیے خاندان کی رائے
# Short title at the top right of every PDF page.
summary-header-title = خاندان کی رائے
# At the top left of every PDF page.
summary-confidential = خفیہ
# At the bottom of every PDF page.
summary-page-of = صفحہ { $page } از { $pages }
summary-about-heading = ہمارے بارے میں
summary-written-by = لکھنے والے
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = بچے
summary-child-aged = { $age ->
        [one] { $name }، عمر { $age } سال
       *[other] { $name }، عمر { $age } سال
    }
summary-child-born = { $name }، تاریخِ پیدائش { $date }
summary-conference = کانفرنس
summary-date-at-time = { $date }، وقت { $time }
summary-social-worker = سوشل ورکر
summary-helped-by = کس نے مدد کی
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = سوالوں اور جوابوں کی زبان
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = یہ سوال Family Voice کی ٹیم نے ترجمہ کیے ہیں، اور ابھی تک کسی مستند ترجمان نے ان کی جانچ نہیں کی۔
summary-interpreter = کانفرنس میں ترجمان
summary-interpreter-yes = ہاں، { $language } کے لیے
summary-interpreter-no = ضرورت نہیں
summary-access-needs = میٹنگ میں حصہ لینے کے لیے ہمیں کس چیز سے مدد ملے گی
# The family's number on the 0 to 10 scale.
summary-scale-answer = 10 میں سے { $score }
# In place of an answer the family left blank.
summary-not-answered = جواب نہیں دیا گیا
summary-closing-heading = دستخط شدہ
summary-made-on = بنانے کی تاریخ
summary-signature = دستخط
summary-signed-date = تاریخ

conference-kind-initial = ابتدائی کانفرنس
conference-kind-review = جائزہ کانفرنس
meeting-format-in-person = سب ایک کمرے میں
meeting-format-video = ویڈیو کال پر
meeting-format-mixed = کچھ لوگ کمرے میں، کچھ ویڈیو پر
meeting-format-phone = فون پر
helper-nobody = کسی نے نہیں، میں نے خود لکھا
helper-supporter = کوئی دوست یا خاندان کا فرد
helper-advocate = حمایتی نمائندہ
helper-social-worker = سوشل ورکر
helper-interpreter = ترجمان
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = آگے کیا ہو گا

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: ریکوری کوڈ
recovery-pdf-what = اگر آپ Family Voice کا اپنا خفیہ جملہ بھول جائیں تو یہ کوڈ اس کی جگہ آپ کے مسودے کھول دیتا ہے۔
recovery-pdf-how = لاک اسکرین پر "مجھے اپنا خفیہ جملہ یاد نہیں" چنیں۔ یہ کوڈ لکھیں، پھر نیا خفیہ جملہ چنیں۔
recovery-pdf-keep = یہ صفحہ کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔ جس کے پاس بھی یہ کوڈ ہو اور جو یہ کمپیوٹر استعمال کر سکے، وہ آپ کے مسودے کھول سکتا ہے۔
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = { $date } کو بنایا گیا۔

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = میٹنگ کے دن کے لیے میرے نوٹس
notes-working-well = کیا اچھا چل رہا ہے
notes-worries = مجھے کس بات کی فکر ہے
notes-change = کیا بدلنے کی ضرورت ہے
notes-reports = رپورٹوں کے بارے میں میں کیا کہنا چاہتا/چاہتی ہوں
notes-questions = چیئر کے لیے میرے سوالات
notes-coming = میرے ساتھ کون آ رہا ہے
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = آپ کے نوٹس ایک صفحے سے لمبے ہیں۔ کچھ نوٹس چھوٹے کریں، پھر دوبارہ پرنٹ کریں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔
# Under the title of the notes screen.
notes-intro = یہ نوٹس میٹنگ میں آپ کے ہاتھ میں رکھنے کے لیے ہیں۔ یہ آپ کے جوابات سے شروع ہوتے ہیں۔ جیسے چاہیں بدلیں: ہر لائن میں ایک چھوٹی بات پڑھنے میں سب سے آسان ہے۔
# Button on the notes screen that saves the page as a PDF.
notes-print = میرے نوٹس پرنٹ کریں
