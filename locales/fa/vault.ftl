# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = انبار رمزهای این رایانه قفل است یا جواب نداد، پس پیش‌نویس‌هایتان به روش همیشگی باز نمی‌شوند. می‌توانید به جای آن از یک عبارت عبور استفاده کنید. هیچ‌چیز از نوشته‌هایتان از بین نرفته است.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = این رایانه انبار رمزی ندارد که Family Voice بتواند از آن استفاده کند، پس پیش‌نویس‌هایتان با یک عبارت عبور امن نگه داشته می‌شوند. همین حالا آن را انتخاب می‌کنید، و هر بار که پیش‌نویس‌هایتان را باز می‌کنید، آن را می‌نویسید.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = پیش‌نویس‌هایتان هنوز روی این رایانه هستند، اما یادداشتی که کلید باز کردنشان را نشان می‌دهد خراب شده، و برنامه نتوانست درستش کند. هیچ‌چیز پاک نشده است.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = پیش‌نویس‌هایتان هنوز اینجا هستند، اما کلیدی که آنها را باز می‌کند دیگر روی این رایانه نیست. اگر عبارت عبوری انتخاب کرده بودید، می‌توانید با آن بازشان کنید. وگرنه می‌توانید از نو شروع کنید: پیش‌نویس‌هایی که باز نمی‌شوند کنار گذاشته می‌شوند، نه پاک.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = برای این پیش‌نویس‌ها هیچ عبارت عبوری انتخاب نشده بود، پس با عبارت عبور باز نمی‌شوند. لطفاً برگردید و دوباره امتحان کنید.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = این عبارت عبور پیش‌نویس‌هایتان را باز نمی‌کند. لطفاً آن را بررسی کنید و دوباره امتحان کنید. حروف بزرگ و فاصله‌ها هم مهم‌اند.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = این کد بازیابی پیش‌نویس‌هایتان را باز نمی‌کند. لطفاً تک‌تک حروف و عددهای روی برگهٔ بازیابی‌تان را بررسی کنید و دوباره امتحان کنید.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = لطفاً عبارت عبوری با دست‌کم { $min } حرف انتخاب کنید. یک جملهٔ کوتاه که یادتان بماند خوب است.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = پیش‌نویس‌هایتان از قبل روی این رایانه آماده شده‌اند. لطفاً برنامه را ببندید و دوباره باز کنید.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = هنوز هیچ پیش‌نویسی روی این رایانه نیست. می‌توانید یک پیش‌نویس تازه شروع کنید.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = پیش‌نویس‌هایتان قفل شده‌اند تا خصوصی بمانند. لطفاً برای ادامه، قفلشان را باز کنید.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = این پیش‌نویس پیدا نشد. شاید پاک شده باشد.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = لطفاً برای این پیش‌نویس یک نام بگذارید، تا بتوانید دوباره پیدایش کنید. برای نمونه: «مادر — کنفرانس اولیه».

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = در پوشهٔ پیش‌نویس‌ها چیزی هست که پیش‌نویس Family Voice نیست. به آن دست زده نشده، و پیش‌نویس‌های دیگرتان سالم‌اند.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = این پیش‌نویس با نسخهٔ جدیدتری از Family Voice ذخیره شده است. لطفاً برای باز کردنش، برنامه را به‌روز کنید. هیچ تغییری در آن داده نشده است.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = این پیش‌نویس آسیب دیده و باز نمی‌شود. پیش‌نویس‌های دیگرتان سالم‌اند.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = این پیش‌نویس بزرگ‌تر از آن است که برنامه بتواند بازش کند یا ذخیره‌اش کند. پیش‌نویس‌های دیگرتان سالم‌اند.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = آخرین تغییرهایتان ذخیره نشد، چون دیسک رایانه پر است. آنچه پیش‌تر ذخیره کرده بودید در امان است. لطفاً کمی جا خالی کنید؛ برنامه دوباره امتحان می‌کند.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = آخرین تغییرهایتان ذخیره نشد، چون برنامه اجازه ندارد در پوشهٔ پیش‌نویس‌هایش چیزی بنویسد. آنچه پیش‌تر ذخیره کرده بودید در امان است.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = هنگام ذخیره یا باز کردن پیش‌نویس‌هایتان مشکلی پیش آمد. آنچه پیش‌تر ذخیره کرده بودید در امان است. لطفاً چند لحظهٔ دیگر دوباره امتحان کنید.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = این رایانه نتوانست برای پیش‌نویس‌هایتان یک کلید امن بسازد، پس چیزی ذخیره نشد. لطفاً رایانه را دوباره راه‌اندازی کنید و دوباره امتحان کنید.

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = این فایلِ پیش‌نویس نیست (شاید یک پوشه یا میان‌بر باشد)، پس برنامه آن را باز نکرد. به آن دست زده نشده، و پیش‌نویس‌های دیگرتان سالم‌اند.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = برنامهٔ Family Voice از قبل روی این رایانه باز است. لطفاً از همان پنجره‌ای که باز است استفاده کنید. هر بار فقط یک پنجره می‌تواند پیش‌نویس‌هایتان را باز کند، تا چیزی دو بار ذخیره نشود.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = پیش‌نویس‌هایتان در واقع باز می‌شوند، پس چیزی کنار گذاشته نشد.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = نوشتهٔ من، شروع‌شده در { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = آخرین ذخیره: { $date }، ساعت { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = انبار رمزهای این رایانه قفل است یا جواب نداد، پس پیش‌نویس‌هایتان هنوز قفل‌اند. هیچ‌چیز از نوشته‌هایتان از بین نرفته است. قفل انبار رمزها را باز کنید (در بسیاری از رایانه‌ها با بیرون رفتن از حساب و دوباره وارد شدن این کار انجام می‌شود)، بعد «دوباره امتحان کنید» را بزنید.

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = پیش‌نویس‌های قدیمی‌تان کنار گذاشته شدند، نه پاک. آنها در این پوشه هستند: { $folder }. اگر بعداً عبارت عبورتان یادتان آمد، یا انبار رمزهای رایانه دوباره کار کرد، کسی که در کار با رایانه کمکتان می‌کند می‌تواند آنها را سر جایشان برگرداند تا باز شوند.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }، { $kilobytes } کیلوبایت، آخرین تغییر: { $date }، ساعت { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }، { $kilobytes } کیلوبایت

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (جلسهٔ بازبینی)
