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
# When the PDF needs a font for one kind of writing (a script) that the computer lacks.
# $script is one of the script names below; $package is the name of a Debian package.
error-pdf-script-font-missing = فایل PDF برای خط { $script } به یک قلم (فونت) نیاز دارد، و این رایانه چنین قلمی ندارد. لطفاً قلم رایگان را نصب کنید (در Debian یا Ubuntu: { $package }) و دوباره امتحان کنید. هیچ‌چیز از نوشته‌هایتان از بین نرفته است.
# Names of kinds of writing, used in the message above.
script-arabic = عربی
script-hebrew = عبری
script-bengali = بنگالی
script-devanagari = دوناگری (هندی)
script-gurmukhi = گورموکی (پنجابی)
script-gujarati = گجراتی
script-latin = لاتین
error-pdf-font-missing = این رایانه هیچ قلمی ندارد که PDF بتواند از آن استفاده کند. لطفاً قلم‌های رایگان Noto را نصب کنید (در Debian یا Ubuntu: fonts-noto-core) و دوباره امتحان کنید.
error-file-disk-full = برای ذخیرهٔ این فایل جای کافی روی دیسک نیست. لطفاً کمی جا خالی کنید، یا جای دیگری را انتخاب کنید، و دوباره امتحان کنید.
error-file-not-allowed = برنامه اجازه ندارد در آن پوشه چیزی ذخیره کند. لطفاً پوشهٔ دیگری را انتخاب کنید.
error-file-write-failed = فایل ذخیره نشد. لطفاً دوباره امتحان کنید، یا جای دیگری را انتخاب کنید.
error-pdf-open-failed = فایل PDF ذخیره شد، اما باز نشد. آن را در پوشه‌ای که انتخاب کردید پیدا می‌کنید و می‌توانید از همان‌جا بازش کنید.
error-notice-days-range = لطفاً تعداد روزهای کاری را از 0 تا 20 انتخاب کنید.
