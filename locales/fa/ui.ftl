# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = برای کنفرانس حفاظت از کودک آماده شوید
# Button that goes to the screen before. On every screen but the first.
nav-back = بازگشت
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = بعدی
# Title of the box at the top of a page when some answers need another look.
error-summary-title = لطفاً این پاسخ‌ها را دوباره نگاه کنید
# Reminder under the progress line on every part.
part-blank-ok = می‌توانید هر سؤالی را خالی بگذارید و بعداً به آن برگردید.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = زبان

welcome-title = آماده شدن برای کنفرانس حفاظت از کودک
welcome-lead = این برنامه کمکتان می‌کند فکر کنید در جلسه چه می‌خواهید بگویید، و صفحه‌ای بسازید که چاپ کنید و با خود ببرید.
welcome-what-heading = کنفرانس حفاظت از کودک چیست؟
welcome-what-1 = جلسه‌ای است دربارهٔ فرزند شما. شما و کسانی که با خانواده‌تان کار می‌کنند، مثل مددکار اجتماعی، معلم‌ها، مراقب سلامت کودک یا پزشک، دور هم جمع می‌شوید تا صحبت کنید که چطور می‌شود فرزندتان را در امان و سالم نگه داشت.
welcome-what-2 = در این جلسه تصمیم گرفته می‌شود که آیا فرزندتان به برنامهٔ حفاظت از کودک نیاز دارد یا نه. این برنامه‌ای مکتوب است دربارهٔ اینکه برای در امان ماندن فرزندتان چه باید بشود، و چه کسی کمک می‌کند.
welcome-what-3 = کنفرانس دربارهٔ اینکه فرزندتان کجا زندگی کند تصمیم نمی‌گیرد. دادگاه هم نیست.
welcome-voice-heading = نظر شما مهم است
welcome-voice-1 = از شما دعوت می‌شود که به جلسه بیایید و نظرتان را بگویید. شما فرزندتان را بهتر از هر کسی می‌شناسید.
welcome-voice-2 = می‌توانید کسی را برای حمایت با خود بیاورید، مثل یک دوست، یک خویشاوند یا یک نمایندهٔ حامی.
welcome-how-heading = این برنامه چطور کار می‌کند
welcome-how-1 = اول کمی دربارهٔ خودتان و کنفرانس به ما می‌گویید. بعد شش بخش کوتاه هست، هر کدام با چند سؤال.
welcome-how-2 = در پایان می‌توانید همه‌چیز را دوباره بخوانید و یک فایل PDF برای چاپ بسازید.
welcome-how-3 = همه‌چیز روی همین رایانه می‌ماند. هیچ‌چیز از راه اینترنت فرستاده نمی‌شود.
welcome-how-4 = پاسخ‌هایتان همان‌طور که می‌نویسید خودبه‌خود ذخیره می‌شوند. آنها روی این رایانه قفل می‌شوند تا فقط خودتان بتوانید بازشان کنید.
# The button that starts a new contribution, under the box for its name.
welcome-start = شروع
# Under the few words explained on the welcome screen.
welcome-more-words = واژه‌های بیشتر، و راهنمای جلسه

## About you and the conference (the practical page)

about-title = دربارهٔ شما و کنفرانس
about-intro = این به حاضران در جلسه کمک می‌کند بدانند چه کسی این را نوشته است. هر چه می‌توانید پر کنید. هر سؤالی را می‌شود خالی گذاشت.
about-you-heading = دربارهٔ شما
about-name-label = نام شما
about-relationship-label = چه نسبتی با کودک یا کودکان دارید؟
about-relationship-hint = برای نمونه: مادر، پدر، پدربزرگ یا مادربزرگ، ناپدری یا نامادری، یا سرپرست موقت (فاستر).
about-children-heading = کودکان
about-children-hint = نام کوچک هر کودک را بنویسید. سن یا تاریخ تولدش را هم بنویسید، هر کدام که راحت‌تر است.
about-child-name-label = نام کوچک
about-child-age-label = سن
about-child-birth-label = تاریخ تولد
about-child-add = افزودن کودک دیگر
about-child-remove = برداشتن این کودک
about-conference-heading = کنفرانس
about-date-label = تاریخ
about-time-label = ساعت شروع
about-kind-label = کدام کنفرانس است؟
about-kind-initial = اولین کنفرانس (که به آن کنفرانس اولیه می‌گویند)
about-kind-review = کنفرانس بازبینی، پس از اینکه برنامه‌ای گذاشته شده
about-unsure = مطمئن نیستم
about-format-label = چطور برگزار می‌شود؟
about-format-in-person = همه با هم در یک اتاق
about-format-video = با تماس تصویری
about-format-mixed = ترکیبی از هر دو
about-format-phone = با تلفن
about-social-worker-label = نام مددکار اجتماعی شما
about-helper-heading = کمک در پر کردن این فرم
about-helper-label = آیا کسی در پر کردن این فرم به شما کمک کرد؟
about-helper-nobody = نه، خودم پرش کردم
about-helper-supporter = یک دوست یا یکی از اعضای خانواده
about-helper-advocate = یک نمایندهٔ حامی
about-helper-social-worker = یک مددکار اجتماعی
about-helper-interpreter = یک مترجم
about-helper-name-label = نام او
about-interpreter-label = آیا در کنفرانس به مترجم نیاز دارید؟
about-interpreter-no = نه
about-interpreter-yes = بله
about-interpreter-language-label = چه زبانی؟
about-access-label = آیا چیزی هست که به شما کمک کند در جلسه شرکت کنید؟
about-access-hint = برای نمونه: ورودی بدون پله، چاپ با حروف درشت، دستگاه کمک‌شنوایی (hearing loop)، استراحت، یا اتاقی آرام برای انتظار.

## Check your answers

check-title = پاسخ‌هایتان را بررسی کنید
check-intro = آنچه نوشته‌اید را یک بار بخوانید. پیش از ساختن PDF می‌توانید هر چیزی را تغییر دهید.
# Button beside each part that goes back to it.
check-change = تغییر
check-not-answered = بی‌پاسخ
check-make-pdf = ساختن PDF من
check-pdf-note = خودتان انتخاب می‌کنید کجا ذخیره شود. بعد می‌توانید آن را چاپ کنید، یا به رئیس جلسه یا مددکار اجتماعی‌تان بدهید.
status-making-pdf = در حال ساختن PDF شما…
status-cancelled = جایی برای ذخیرهٔ PDF انتخاب نکردید، پس ذخیره نشد. می‌توانید دوباره امتحان کنید.

## Your PDF is ready

done-title = PDF شما آماده است
done-saved = با این نام ذخیره شد:
done-open = باز کردن PDF من
done-back = بازگشت به پاسخ‌هایم
done-bring = آن را چاپ کنید و به کنفرانس بیاورید، یا پیش از جلسه برای رئیس جلسه یا مددکار اجتماعی‌تان بفرستید. هنوز هم می‌توانید پاسخ‌هایتان را تغییر دهید و یک PDF تازه بسازید.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = یادداشت‌هایم را برای روز جلسه آماده کن

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = مشکلی پیش آمد. آنچه نوشته‌اید هنوز اینجاست. لطفاً دوباره امتحان کنید.

## Buttons at the top of every screen

nav-timeline = چه چیزی، چه زمانی
nav-guide = راهنما و واژه‌ها
# Above the links to the glossary on a part's screen.
part-words = واژه‌های این صفحه

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = تاریخ کنفرانس را در صفحهٔ «دربارهٔ شما و کنفرانس» وارد کنید، تا تاریخ‌های شما اینجا نشان داده شود.
timeline-add-date = افزودن تاریخ
timeline-reports-days-label = گزارش‌ها چند روز کاری پیش از کنفرانس باید به دستتان برسد؟
timeline-reports-days-hint = بیشتر شوراهای محلی برای کنفرانس اول 2 روز و برای کنفرانس بازبینی 5 روز در نظر می‌گیرند. این در شوراهای مختلف فرق می‌کند، پس از مددکار اجتماعی‌تان بپرسید.
timeline-chair-minutes-label = رئیس جلسه چند دقیقه پیش از کنفرانس شما را می‌بیند؟
timeline-chair-minutes-hint = بسیاری از شوراها 30 دقیقه می‌گویند، بعضی 15 دقیقه یا یک ساعت. شاید در دعوت‌نامه نوشته شده باشد؛ وگرنه از مددکار اجتماعی‌تان بپرسید.
timeline-calendar-heading = تاریخ‌ها را به تقویمتان اضافه کنید
timeline-calendar-intro = با این کار فایلی ذخیره می‌شود که گوشی شما، Outlook یا هر تقویم دیگری می‌تواند بازش کند. رویدادها فقط می‌گویند چه اتفاقی می‌افتد، نه اینکه دربارهٔ چه کسی است.
timeline-calendar-names = نام کوچک فرزندانم هم در رویدادها بیاید
timeline-calendar-save = ذخیرهٔ فایل تقویم
timeline-calendar-saved = فایل تقویم با این نام ذخیره شد:
status-calendar-cancelled = جایی برای ذخیرهٔ فایل تقویم انتخاب نکردید، پس ذخیره نشد.

## Your drafts (the start screen)

drafts-heading = پیش‌نویس‌های شما
drafts-intro = پاسخ‌های هر نفر در یک پیش‌نویس جداگانه نگه داشته می‌شود. یکی را ادامه دهید، یا یک پیش‌نویس تازه شروع کنید.
drafts-none = هنوز هیچ پیش‌نویسی روی این رایانه نیست.
drafts-open = ادامه
drafts-rename = تغییر نام
drafts-rename-label = نام تازه
drafts-rename-save = ذخیرهٔ نام
drafts-cancel = لغو
drafts-delete = پاک کردن
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = این پیش‌نویس پاک شود؟ همهٔ آنچه در آن است، و همهٔ نسخه‌هایی که برنامه نگه داشته، برای همیشه از بین می‌رود.
drafts-delete-yes = بله، پاک شود
drafts-delete-no = نه، نگه داشته شود
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = فایل‌هایی که باز نشدند
drafts-new-heading = شروع یک نوشتهٔ تازه
drafts-new-label = اسمش را چه بگذاریم؟
drafts-new-hint = برای نمونه: «مادر — کنفرانس اولیه، 3 دسامبر». می‌توانید این را خالی بگذارید و بعداً تغییرش دهید.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = افزودن یک عبارت عبور پشتیبان
drafts-spare-intro = پیش‌نویس‌های شما با انبار رمزهای این رایانه باز می‌شوند. عبارت عبور پشتیبان راه دومی برای باز کردن آنهاست، اگر روزی نشود از انبار رمزها استفاده کرد. آن را جای امنی یادداشت کنید.
drafts-spare-saved = عبارت عبور پشتیبان شما تنظیم شد.
drafts-spare-save = ذخیرهٔ عبارت عبور

## Saving, at the top of every screen

save-saving = در حال ذخیره…
save-saved = ذخیره شد
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = برای اینکه چیزی از دست نرود، این پیش‌نویس باز می‌ماند تا آخرین تغییرهایتان ذخیره شود.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = برای اینکه چیزی از دست نرود، برنامه هنوز باز است. اگر با این حال می‌خواهید آن را بدون آخرین تغییرهایتان ببندید، یک بار دیگر آن را ببندید.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = قفل کردن
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = بستن پیش‌نویس‌ها
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = پنهان کردن
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = ادامه
nav-drafts = پیش‌نویس‌های من

## Locked, and other ways in

locked-title = پیش‌نویس‌های شما قفل است
locked-intro = برنامه پیش‌نویس‌هایتان را قفل کرد تا خصوصی بمانند. تا وقتی قفلشان باز نشود، هیچ‌کس نمی‌تواند آنها را بخواند.
locked-intro-keychain = پیش‌نویس‌هایتان بسته شد و صفحه پاک شد. در این حساب کامپیوتر، پیش‌نویس‌ها بدون عبارت عبور باز می‌شوند، پس هر کسی که بتواند از این حساب استفاده کند می‌تواند با دکمهٔ پایین دوباره بازشان کند.
locked-unlock = باز کردن قفل
locked-try-again = دوباره امتحان کنید
passphrase-label = عبارت عبور
passphrase-again-label = عبارت عبور را دوباره بنویسید
passphrase-mismatch = این دو عبارت عبور یکی نیستند. لطفاً آنها را دوباره بنویسید.
passphrase-unlock = باز کردن با عبارت عبور من
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = به‌راحتی حدس زده می‌شود. چند کلمهٔ دیگر اضافه کنید که فقط خودتان آنها را کنار هم می‌گذارید.
passphrase-strength-fair = متوسط. یکی دو کلمهٔ دیگر حدس زدنش را خیلی سخت‌تر می‌کند.
passphrase-strength-hard = به‌سختی حدس زده می‌شود. خوب است.
choose-title = یک عبارت عبور انتخاب کنید
choose-intro = عبارت عبور مثل رمز عبور است، اما بلندتر: یک جملهٔ کوتاه که یادتان بماند خوب است. هر بار که پیش‌نویس‌هایتان را باز می‌کنید به آن نیاز دارید. بعد از این، یک کد بازیابی به شما داده می‌شود. اگر عبارت عبورتان را فراموش کنید، فقط همین کد می‌تواند پیش‌نویس‌هایتان را باز کند: هیچ‌کس دیگری، حتی Family Voice، نمی‌تواند آنها را برایتان برگرداند.
choose-save = استفاده از این عبارت عبور
lost-title = پیش‌نویس‌های شما باز نمی‌شوند
lost-start-again = شروع از نو
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = با شروع از نو، پیش‌نویس‌هایی که باز نمی‌شوند در پوشه‌ای جداگانه کنار گذاشته می‌شوند، و یک فهرست تازه و خالی خواهید داشت. هیچ‌چیز پاک نمی‌شود.
lost-confirm-yes = بله، کنار گذاشته شوند و از نو شروع شود
lost-confirm-no = نه، بازگشت
failed-title = پیش‌نویس‌های شما باز نشدند

## The recovery code, shown once after a passphrase is chosen

recovery-title = کد بازیابی شما
recovery-intro = اگر روزی عبارت عبورتان را فراموش کنید، این کد به جای آن پیش‌نویس‌هایتان را باز می‌کند. این کد فقط همین یک بار نشان داده می‌شود.
recovery-keep = آن را یادداشت کنید، یا برگهٔ بازیابی را ذخیره و چاپ کنید. کد را جای امنی دور از این رایانه نگه دارید: هر کسی که آن را داشته باشد می‌تواند پیش‌نویس‌هایتان را باز کند.
recovery-save = ذخیرهٔ برگهٔ بازیابی برای چاپ
# After "It was saved as:" and the file's name.
recovery-saved-note = آن را چاپ کنید، کاغذ را جای امنی نگه دارید، و بعد فایل را از این رایانه پاک کنید.
recovery-done = آن را جای امنی نگه داشتم. ادامه
# On the locked screen: opens the way in with the recovery code.
locked-forgot = عبارت عبورم را فراموش کرده‌ام
locked-forgot-intro = کدی را که روی برگهٔ بازیابی‌تان است بنویسید، بعد یک عبارت عبور تازه انتخاب کنید. پیش‌نویس‌هایتان باز می‌شوند، و از آن به بعد با عبارت عبور تازه باز می‌شوند.
recovery-code-label = کد بازیابی
recovery-new-save = باز کردن پیش‌نویس‌هایم با عبارت عبور تازه

## The very first start: how the drafts will open

first-title = پیش‌نویس‌هایتان چطور باز شوند؟
first-intro = هر چه اینجا بنویسید روی این رایانه قفل‌شده نگه داشته می‌شود. انتخاب کنید چطور باز شود. بعداً می‌توانید این را بدون از دست دادن چیزی تغییر دهید.
first-passphrase = هر بار عبارت عبورم پرسیده شود
# Under the button above. Says why it is recommended.
first-passphrase-why = پیشنهاد ما همین است، چون ممکن است کسان دیگری هم از این رایانه استفاده کنند. فقط کسی که عبارت عبور شما را بداند می‌تواند پیش‌نویس‌هایتان را باز کند، حتی در حساب کامپیوتر خودتان.
first-keychain = در این حساب کامپیوتر بدون پرسیدن باز شود
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = به عبارت عبور نیازی نخواهید داشت. اما هر کسی که بتواند از این حساب کامپیوتر استفاده کند می‌تواند پیش‌نویس‌هایتان را باز کند، و برنامه‌هایی هم که در آن اجرا می‌شوند می‌توانند.

## How the drafts open, on the start screen (can be changed)

way-heading = پیش‌نویس‌هایتان چطور باز می‌شوند
way-keychain-now = پیش‌نویس‌هایتان در این حساب کامپیوتر بدون عبارت عبور باز می‌شوند. هر کسی که بتواند از این حساب استفاده کند می‌تواند آنها را باز کند.
way-to-passphrase-intro = برای اینکه آنها را از دیگرانی که از این حساب استفاده می‌کنند دور نگه دارید، یک عبارت عبور انتخاب کنید. از آن به بعد، هر بار عبارت عبور پرسیده می‌شود.
way-to-passphrase = هر بار عبارت عبورم پرسیده شود
way-passphrase-now = پیش‌نویس‌هایتان هر بار که باز می‌شوند، عبارت عبورتان را می‌پرسند.
way-to-keychain-intro = برای اینکه در این حساب کامپیوتر بدون عبارت عبور باز شوند، عبارت عبورتان را یک بار دیگر بنویسید. از آن به بعد، هر کسی که بتواند از این حساب استفاده کند می‌تواند آنها را باز کند.
way-to-keychain = در این حساب کامپیوتر بدون پرسیدن باز شود
# After either change above.
way-changed = انجام شد. همهٔ پیش‌نویس‌هایتان هنوز اینجا هستند.

## While the computer's password store is being asked for the drafts' key

asking-title = در حال باز کردن پیش‌نویس‌هایتان
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = رایانه‌تان رمز انبار رمزهایش را می‌خواهد… این پنجره مال خود رایانه است، نه Family Voice. رمز رایانه‌تان را آنجا وارد کنید تا پیش‌نویس‌هایتان باز شوند.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = یا به جای آن، قفل را با عبارت عبور Family Voice خود باز کنید:

## Delete everything (at the foot of the start screens)

erase-heading = پاک کردن همه‌چیز از این رایانه
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = با این کار هر چه Family Voice روی این رایانه نگه می‌دارد پاک می‌شود: همهٔ پیش‌نویس‌ها، همهٔ نسخه‌های آنها، کلیدی که بازشان می‌کند، بررسی‌های مترجمان از ترجمه‌ها، و تنظیمات شما. این کار برگشت‌پذیر نیست. وقتی کار تمام شد، برنامه بسته می‌شود. به فایل‌های PDF که خودتان جای دیگری ذخیره کرده‌اید دست زده نمی‌شود.
# Above the box. The word to type follows on its own line.
erase-confirm-label = برای اطمینان، این کلمه را در کادر بنویسید:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = حذف
erase-button = همین حالا همه‌چیز پاک شود
# Under the box, when what was typed is not the word above.
erase-not-confirmed = هیچ‌چیز پاک نشده است. برای پاک کردن همه‌چیز، کلمه‌ای را که بالا آمده دقیقاً همان‌طور بنویسید.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = پیش‌نویس‌ها و کلیدشان پاک شدند، اما بعضی از فایل‌های دیگر برنامه هنوز پاک نشده‌اند. Family Voice را ببندید، دوباره باز کنید و یک بار دیگر «پاک کردن همه‌چیز» را انتخاب کنید.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = بلند بخوان
# The same button while it is reading: stops the reading at once.
read-aloud-stop = توقف
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = این رایانه صدایی ندارد که بتواند این زبان را بلند بخواند.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = خواندن با صدای بلند انجام نشد. لطفاً دوباره امتحان کنید.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = آزار جسمی
outcome-category-emotional = آزار عاطفی
outcome-category-sexual = آزار جنسی
outcome-category-neglect = غفلت
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = دفعهٔ پیش شما گفتید:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = از آن وقت چه چیزی تغییر کرده است؟ آیا هنوز درست است؟
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = آماده شدن برای جلسهٔ بازبینی
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = بعد از جلسه
# Under the heading.
outcome-intro = وقتی جلسه تمام شد، بنویسید چه تصمیمی گرفته شد. بعد جدول زمانی تاریخ‌هایی را که به شما داده شد نشان می‌دهد.
# A question with three answers below it.
outcome-plan-label = آیا جلسه تصمیم گرفت برنامهٔ حمایت از کودک بگذارد؟
outcome-plan-yes = بله، برنامه هست
outcome-plan-no = برنامه‌ای نیست
outcome-plan-unsure = مطمئن نیستم
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = چه نوع آسیبی را گفتند؟ می‌توانید بیشتر از یکی را علامت بزنید.
outcome-category-physical-hint = آسیب زدن به بدن کودک، یا محافظت نکردن از او در برابر آسیب.
outcome-category-emotional-hint = رفتاری با کودک که به احساساتش آسیب بزند، مثل داد زدن زیاد، ترساندن یا نادیده گرفتن او.
outcome-category-sexual-hint = وادار کردن یا اجازه دادن به کودک برای شرکت در کارهای جنسی.
outcome-category-neglect-hint = ندادن چیزهایی که کودک هر روز لازم دارد، مثل غذا، گرما، مراقبت، امنیت یا دکتر.
# Labels of two date boxes.
outcome-core-group-label = تاریخ اولین جلسهٔ گروه اصلی
outcome-review-label = تاریخ جلسهٔ بازبینی
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = راه تماس با شورای محلی برای شکایت (نام، شماره تلفن یا ایمیل)، اگر می‌خواهید اینجا نگهش دارید
# The button that saves what was decided.
outcome-save = ذخیرهٔ تصمیم‌ها
# Shown after saving.
outcome-saved = ذخیره شد. جدول زمانی حالا تاریخ‌هایی را که به شما داده شد نشان می‌دهد.
