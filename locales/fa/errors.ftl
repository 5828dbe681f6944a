# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = لطفاً نام کوچک این کودک را بنویسید، یا او را از فهرست بردارید.
error-child-age-range = لطفاً سنی از 0 تا 18 بنویسید.
error-child-born-future = تاریخ تولد در آینده است. لطفاً آن را دوباره نگاه کنید.
error-interpreter-language-missing = لطفاً بگویید برای چه زبانی مترجم لازم دارید.
error-scale-range = لطفاً عددی از 0 تا 10 انتخاب کنید.
error-unknown-question = در این فایل پاسخ سؤالی هست که این برنامه آن را نمی‌شناسد.
error-contribution-invalid = این فایل یک نوشتهٔ Family Voice نیست، یا آسیب دیده است.
error-contribution-newer-version = این فایل با نسخهٔ جدیدتری از Family Voice ساخته شده است. لطفاً برای باز کردن آن، برنامه را به‌روز کنید.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = فایل PDF ساخته نشد، چون بخشی از نوشته‌ها را نمی‌توان در این رایانه چاپ کرد. { $what } هیچ‌چیز از نوشته‌هایتان از بین نرفته است.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = بخشی از این نوشته در PDF چاپ نمی‌شود. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } (خط { $script }): لطفاً قلم رایگان { $package } را نصب کنید (در Debian یا Ubuntu) و دوباره امتحان کنید.
unprintable-script-windows = { $chars } (خط { $script }): لطفاً قلم‌های رایگان این خط را در Windows اضافه کنید (Settings را باز کنید، “Optional features” را جستجو کنید و “Supplemental Fonts” آن را اضافه کنید) و دوباره امتحان کنید.
unprintable-script-macos = { $chars } (خط { $script }): لطفاً Font Book را در این Mac باز کنید و یک قلم رایگان برای این خط دانلود کنید، سپس دوباره امتحان کنید.
unprintable-emoji = { $chars } (شکلک): لطفاً قلم رایگان { $package } را نصب کنید (در Debian یا Ubuntu)، یا آن‌ها را پاک کنید.
unprintable-emoji-newer = { $chars } (شکلک): هیچ قلمی در این رایانه نمی‌تواند این‌ها را چاپ کند. لطفاً آن‌ها را پاک کنید، یا به جایشان کلمه بنویسید.
unprintable-private = { $chars } (نشانه‌های ویژه‌ای که فقط یک برنامه آن‌ها را می‌فهمد): این‌ها هرگز چاپ نمی‌شوند. لطفاً آن‌ها را پاک کنید.
unprintable-other = { $chars }: هیچ قلمی در این رایانه نمی‌تواند این‌ها را چاپ کند. لطفاً آن‌ها را پاک کنید.
# Names of kinds of writing, used in the message above.
script-arabic = عربی
script-hebrew = عبری
script-bengali = بنگالی
script-devanagari = دوناگری (هندی)
script-gurmukhi = گورموکی (پنجابی)
script-gujarati = گجراتی
script-latin = لاتین
script-ethiopic = حبشی (امهری، تیگرینیا)
script-tamil = تامیلی
script-tibetan = تبتی
script-cjk = چینی یا ژاپنی
script-korean = کره‌ای
error-pdf-font-missing = این رایانه هیچ قلمی ندارد که PDF بتواند از آن استفاده کند. لطفاً قلم‌های رایگان Noto را نصب کنید (در Debian یا Ubuntu: fonts-noto-core) و دوباره امتحان کنید.
error-file-disk-full = برای ذخیرهٔ این فایل جای کافی روی دیسک نیست. لطفاً کمی جا خالی کنید، یا جای دیگری را انتخاب کنید، و دوباره امتحان کنید.
error-file-not-allowed = برنامه اجازه ندارد در آن پوشه چیزی ذخیره کند. لطفاً پوشهٔ دیگری را انتخاب کنید.
error-file-write-failed = فایل ذخیره نشد. لطفاً دوباره امتحان کنید، یا جای دیگری را انتخاب کنید.
error-pdf-open-failed = فایل PDF ذخیره شد، اما باز نشد. آن را در پوشه‌ای که انتخاب کردید پیدا می‌کنید و می‌توانید از همان‌جا بازش کنید.
error-notice-days-range = لطفاً تعداد روزهای کاری را از 0 تا 20 انتخاب کنید.
error-chair-minutes-range = لطفاً تعداد دقیقه‌ای بین 5 تا 120 انتخاب کنید.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = لطفاً اول تاریخ جلسه را در صفحهٔ اطلاعات عملی بنویسید.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = این تاریخ درست به نظر نمی‌رسد. باید بعد از جلسه باشد و کمتر از یک سال بعد از آن.
