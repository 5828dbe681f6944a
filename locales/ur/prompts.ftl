# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = حصہ { $number } از { $total }

## Part 1

part-strengths-title = کیا اچھا چل رہا ہے
part-strengths-intro = ہر خاندان میں کچھ خوبیاں ہوتی ہیں۔ یہ آپ کا موقع ہے کہ میٹنگ کو ان کے بارے میں بتائیں۔
prompt-strengths-family = آپ کے خاندان کی خوبیاں کیا ہیں؟
    .hint = مثلاً: ایسے لوگ جو ایک دوسرے سے پیار کرتے اور ایک دوسرے کی مدد کرتے ہیں، روزمرہ کے کام جو اچھی طرح چلتے ہیں، ایسی چیزیں جن سے آپ مل کر لطف اٹھاتے ہیں۔
prompt-strengths-parenting = والدین یا دیکھ بھال کرنے والے کے طور پر آپ کون سے کام اچھی طرح کرتے ہیں؟
    .hint = روزمرہ کی باتوں کے بارے میں سوچیں: کھانا، اسکول، سونے کا وقت، بچہ پریشان ہو تو اسے تسلی دینا۔
prompt-strengths-known = آپ اور آپ کے خاندان کی کون سی اچھی باتیں ہیں جو آپ چاہتے ہیں کہ پیشہ ور افراد جانیں؟

## Part 2

part-worries-title = فکریں اور مشکلات
part-worries-intro = فکروں کے بارے میں لکھنا مشکل ہو سکتا ہے۔ جتنا چاہیں لکھیں، کم یا زیادہ۔
prompt-worries-change = آپ کے بچے کی حفاظت کے لیے اگر کچھ بدلنے کی ضرورت ہے، تو وہ کیا ہے؟
prompt-worries-difficulties = کیا آج کل آپ کو کسی مشکل کا سامنا ہے؟
    .hint = مثلاً: پیسے، رہائش، صحت، کام، یا رشتے۔

## Part 3

part-support-title = مدد اور سہارا
part-support-intro = کانفرنس کے بعد بہت سے خاندانوں کو مدد پیش کی جاتی ہے، کبھی ضرورت مند بچے کے منصوبے یا بچے کے تحفظ کے منصوبے کے حصے کے طور پر۔ آپ بتا سکتے ہیں کہ آپ کے خاندان کے لیے واقعی کیا مددگار ہو گا۔
prompt-support-needed = کیا آپ کے خاندان کو کسی مدد یا سروس کی ضرورت ہے؟
    .hint = مثلاً: بچوں کی پرورش، صحت، رہائش یا پیسوں کے معاملے میں مدد، نرسری میں جگہ، یا کوئی جس سے بات کی جا سکے۔
prompt-support-difference = اس مدد سے آپ کے بچے کے لیے کیا فرق پڑے گا؟

## Part 4

part-next-steps-title = آگے کیا ہونا چاہیے
part-next-steps-intro = میٹنگ کے آخر میں، کانفرنس فیصلہ کرتی ہے کہ آیا آپ کے بچے کو بچے کے تحفظ کے منصوبے کی ضرورت ہے، اور آگے کیا ہونا چاہیے۔ آپ کے خیالات اہم ہیں۔
prompt-next-steps-after = آپ کے خیال میں کانفرنس کے بعد کیا ہونا چاہیے؟
prompt-next-steps-better = حالات بہتر بنانے کے لیے آپ، یا دوسرے لوگ، کیا کر سکتے ہیں؟

## Part 5

part-reports-title = رپورٹیں
part-reports-intro = میٹنگ سے پہلے، آپ کے خاندان کے ساتھ کام کرنے والے لوگوں کی رپورٹیں آپ کو بھیجی جانی چاہییں۔ اگر آپ نے انہیں پڑھ لیا ہے، تو یہاں اپنی رائے لکھ سکتے ہیں، اور میٹنگ میں چیئر کو بتا سکتے ہیں۔
prompt-reports-agree = رپورٹوں کی کن باتوں سے آپ متفق ہیں؟
prompt-reports-disagree = کن باتوں سے آپ متفق نہیں ہیں؟
prompt-reports-wrong = کیا رپورٹوں میں کوئی بات غلط ہے؟
    .hint = مثلاً کوئی غلط تاریخ، نام یا بات۔ بتائیں کہ یہ کس رپورٹ میں ہے، اور صحیح کیا ہے۔

## Part 6

part-scale-title = اس وقت حالات کتنے محفوظ ہیں؟
part-scale-intro = کانفرنسوں میں اکثر 0 سے 10 تک کا پیمانہ استعمال ہوتا ہے۔ ایک نمبر چننے سے سب کو پتہ چلتا ہے کہ آپ کے خیال میں حالات کیسے جا رہے ہیں۔
# Shown above eleven choices, 0 to 10.
scale-question = 0 سے 10 کے پیمانے پر، جہاں 10 کا مطلب ہے کہ سب کو یقین ہے کہ بچے محفوظ ہیں، آپ اس وقت حالات کو کہاں رکھیں گے؟
scale-low = 0 کا مطلب ہے بہت فکر
scale-high = 10 کا مطلب ہے سب کو یقین ہے کہ بچے محفوظ ہیں
scale-not-sure = مجھے کوئی نمبر نہیں چننا
prompt-scale-why = آپ نے یہ نمبر کیوں چنا؟
    .hint = آپ یہ بھی بتا سکتے ہیں کہ کیا چیز اسے 10 کی طرف ایک قدم اور قریب لے جائے گی۔
