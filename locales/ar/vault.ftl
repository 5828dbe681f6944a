# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = مخزن كلمات المرور في هذا الحاسوب مقفل أو لم يستجب، لذلك لا يمكن فتح مسوداتكم بالطريقة المعتادة. يمكنكم استخدام عبارة مرور بدلًا من ذلك. لم يضِع شيء مما كتبتموه.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = لا يوجد في هذا الحاسوب مخزن كلمات مرور يستطيع Family Voice استخدامه، لذلك ستُحفظ مسوداتكم في أمان بعبارة مرور. تختارونها الآن، وتكتبونها في كل مرة تفتحون فيها مسوداتكم.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = مسوداتكم لا تزال على هذا الحاسوب، لكن سجل المفتاح الذي يفتحها تالف، ولم يستطع التطبيق إصلاحه. لم يُحذف أي شيء.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = مسوداتكم لا تزال هنا، لكن المفتاح الذي يفتحها لم يعد موجودًا على هذا الحاسوب. إذا كنتم قد اخترتم عبارة مرور، يمكنكم استخدامها لفتحها. وإلا يمكنكم البدء من جديد: المسودات التي لا يمكن فتحها تُوضع جانبًا، ولا تُحذف.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = لم تُختَر عبارة مرور لهذه المسودات، لذلك لا يمكن فتحها بعبارة مرور. يُرجى الرجوع والمحاولة مرة أخرى.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = عبارة المرور هذه لا تفتح مسوداتكم. يُرجى التحقق منها والمحاولة مرة أخرى. الأحرف الكبيرة والمسافات مهمة.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = رمز الاسترداد هذا لا يفتح مسوداتكم. يُرجى التحقق من كل حرف ورقم في ورقة الاسترداد والمحاولة مرة أخرى.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = يُرجى اختيار عبارة مرور لا يقل عدد أحرفها عن { $min }. جملة قصيرة تتذكرونها تفي بالغرض.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = مسوداتكم مُعدّة من قبل على هذا الحاسوب. يُرجى إغلاق التطبيق وفتحه مرة أخرى.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = لا توجد مسودات على هذا الحاسوب بعد. يمكنكم بدء مسودة جديدة.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = مسوداتكم مقفلة للحفاظ على خصوصيتها. يُرجى فتح قفلها للمتابعة.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = تعذّر العثور على هذه المسودة. ربما حُذفت.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = يُرجى إعطاء هذه المسودة اسمًا، حتى تتمكنوا من العثور عليها مرة أخرى. مثلًا: «الأم — الاجتماع الأول».

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = يوجد في مجلد المسودات شيء ليس مسودة من Family Voice. تُرك كما هو، ومسوداتكم الأخرى سليمة.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = حُفظت هذه المسودة بإصدار أحدث من Family Voice. يُرجى تحديث التطبيق لفتحها. لم يتغير فيها شيء.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = هذه المسودة تالفة ولا يمكن فتحها. مسوداتكم الأخرى سليمة.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = هذه المسودة كبيرة جدًا، ولا يستطيع التطبيق فتحها أو حفظها. مسوداتكم الأخرى سليمة.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = تعذّر حفظ آخر تغييراتكم لأن قرص الحاسوب ممتلئ. ما حفظتموه من قبل في أمان. يُرجى إفراغ بعض المساحة، وسيحاول التطبيق مرة أخرى.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = تعذّر حفظ آخر تغييراتكم لأن التطبيق غير مسموح له بالكتابة في مجلد المسودات. ما حفظتموه من قبل في أمان.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = حدث خطأ أثناء حفظ مسوداتكم أو فتحها. ما حفظتموه من قبل في أمان. يُرجى المحاولة مرة أخرى بعد قليل.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = لم يتمكن هذا الحاسوب من إنشاء مفتاح آمن لمسوداتكم، لذلك لم يُحفظ شيء. يُرجى إعادة تشغيل الحاسوب والمحاولة مرة أخرى.

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = هذا ليس ملف مسودة (قد يكون مجلدًا أو اختصارًا)، لذلك لم يفتحه التطبيق. تُرك كما هو، ومسوداتكم الأخرى سليمة.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = تطبيق Family Voice مفتوح بالفعل على هذا الحاسوب. يُرجى استخدام النافذة المفتوحة. لا يمكن أن تفتح مسوداتكم إلا نافذة واحدة في الوقت نفسه، حتى لا يُحفظ شيء مرتين.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = تبيّن أن مسوداتكم يمكن فتحها، لذلك لم يُوضع أي شيء جانبًا.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = مساهمتي، بدأتُها في { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = آخر حفظ: { $date }، الساعة { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = مخزن كلمات المرور في هذا الحاسوب مقفل أو لم يستجب، لذلك لا تزال مسوداتكم مقفلة. لم يضِع شيء مما كتبتموه. افتحوا قفل مخزن كلمات المرور (في كثير من الحواسيب يكفي تسجيل الخروج ثم الدخول مرة أخرى)، ثم اختاروا «المحاولة مرة أخرى».

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = وُضعت مسوداتكم القديمة جانبًا، ولم تُحذف. إنها في هذا المجلد: { $folder }. إذا تذكرتم عبارة المرور لاحقًا، أو عاد مخزن كلمات المرور في الحاسوب إلى العمل، يمكن لشخص يساعدكم في أمور الحاسوب أن يعيدها إلى مكانها حتى تُفتح.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }، { $kilobytes } كيلوبايت، آخر تغيير: { $date }، الساعة { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }، { $kilobytes } كيلوبايت

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (المؤتمر المراجِع)
