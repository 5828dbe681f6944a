# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = براہِ کرم اس بچے کا پہلا نام لکھیں، یا اس بچے کو فہرست سے ہٹا دیں۔
error-child-age-range = براہِ کرم 0 سے 18 تک کی عمر لکھیں۔
error-child-born-future = پیدائش کی تاریخ آنے والے وقت کی ہے۔ براہِ کرم اسے دوبارہ دیکھ لیں۔
error-interpreter-language-missing = براہِ کرم بتائیں کہ آپ کو کس زبان کے ترجمان کی ضرورت ہے۔
error-scale-range = براہِ کرم 0 سے 10 تک کوئی نمبر چنیں۔
error-unknown-question = اس فائل میں ایک ایسے سوال کا جواب ہے جسے یہ ایپ نہیں پہچانتی۔
error-contribution-invalid = یہ فائل Family Voice میں لکھی گئی رائے نہیں ہے، یا یہ خراب ہو گئی ہے۔
error-contribution-newer-version = یہ فائل Family Voice کے نئے ورژن میں بنائی گئی تھی۔ اسے کھولنے کے لیے براہِ کرم ایپ کو اپ ڈیٹ کریں۔
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = PDF نہیں بنی، کیونکہ جو لکھا گیا ہے اس کا کچھ حصہ اس کمپیوٹر پر چھاپا نہیں جا سکتا۔ { $what } آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = اس کا کچھ حصہ PDF میں نہیں چھپے گا۔ { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } ({ $script } تحریر): براہِ کرم مفت فونٹ { $package } انسٹال کریں (Debian یا Ubuntu پر)، پھر دوبارہ کوشش کریں۔
unprintable-script-windows = { $chars } ({ $script } تحریر): براہِ کرم Windows میں اس تحریر کے مفت فونٹ شامل کریں (Settings کھولیں، “Optional features” تلاش کریں اور اس کے “Supplemental Fonts” شامل کریں)، پھر دوبارہ کوشش کریں۔
unprintable-script-macos = { $chars } ({ $script } تحریر): براہِ کرم اس Mac پر Font Book کھولیں اور اس تحریر کے لیے ایک مفت فونٹ ڈاؤن لوڈ کریں، پھر دوبارہ کوشش کریں۔
unprintable-emoji = { $chars } (ایموجی): براہِ کرم مفت فونٹ { $package } انسٹال کریں (Debian یا Ubuntu پر)، یا انہیں ہٹا دیں۔
unprintable-emoji-newer = { $chars } (ایموجی): اس کمپیوٹر کا کوئی فونٹ انہیں چھاپ نہیں سکتا۔ براہِ کرم انہیں ہٹا دیں، یا ان کی جگہ الفاظ لکھیں۔
unprintable-private = { $chars } (خاص نشانات جنہیں صرف ایک پروگرام سمجھتا ہے): یہ کبھی چھاپے نہیں جا سکتے۔ براہِ کرم انہیں ہٹا دیں۔
unprintable-other = { $chars }: اس کمپیوٹر کا کوئی فونٹ انہیں چھاپ نہیں سکتا۔ براہِ کرم انہیں ہٹا دیں۔
# Names of kinds of writing, used in the message above.
script-arabic = عربی
script-hebrew = عبرانی
script-bengali = بنگالی
script-devanagari = دیوناگری (ہندی)
script-gurmukhi = گورمکھی (پنجابی)
script-gujarati = گجراتی
script-latin = لاطینی
script-ethiopic = حبشی (امہاری، تگرینیا)
script-tamil = تامل
script-tibetan = تبتی
script-cjk = چینی یا جاپانی
script-korean = کوریائی
error-pdf-font-missing = اس کمپیوٹر میں کوئی ایسا فونٹ نہیں ہے جسے PDF استعمال کر سکے۔ براہِ کرم مفت Noto فونٹ انسٹال کریں (Debian یا Ubuntu پر: fonts-noto-core) اور پھر کوشش کریں۔
error-file-disk-full = اسے محفوظ کرنے کے لیے ڈسک پر کافی جگہ نہیں ہے۔ براہِ کرم کچھ جگہ خالی کریں، یا کوئی اور جگہ چنیں، اور پھر کوشش کریں۔
error-file-not-allowed = ایپ کو اس فولڈر میں محفوظ کرنے کی اجازت نہیں ہے۔ براہِ کرم کوئی اور فولڈر چنیں۔
error-file-write-failed = فائل محفوظ نہیں ہو سکی۔ براہِ کرم دوبارہ کوشش کریں، یا کوئی اور جگہ چنیں۔
error-pdf-open-failed = PDF محفوظ ہو گئی، لیکن کھل نہیں سکی۔ یہ اسی فولڈر میں ہے جو آپ نے چنا تھا، آپ اسے وہاں سے کھول سکتے ہیں۔
error-notice-days-range = براہِ کرم کام کے دنوں کی تعداد 0 سے 20 تک چنیں۔
error-chair-minutes-range = براہ کرم 5 سے 120 تک منٹوں کی تعداد چنیں۔

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = براہ کرم پہلے عملی صفحے پر کانفرنس کی تاریخ لکھیں۔
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = یہ تاریخ درست نہیں لگتی۔ یہ کانفرنس کے بعد اور اس سے ایک سال کے اندر ہونی چاہیے۔
