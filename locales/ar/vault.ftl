# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) cannot be used. Followed by a button to choose a passphrase instead.
error-vault-keychain-unavailable = تعذّر فتح مخزن كلمات المرور في هذا الحاسوب، لذلك لا يمكن فتح مسوداتكم بالطريقة المعتادة. يمكنكم استخدام عبارة مرور بدلًا من ذلك. لم يضِع شيء مما كتبتموه.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = مسوداتكم لا تزال هنا، لكن المفتاح الذي يفتحها لم يعد موجودًا على هذا الحاسوب. إذا كنتم قد اخترتم عبارة مرور، يمكنكم استخدامها لفتحها. وإلا يمكنكم البدء من جديد، لكن المسودات التي لا يمكن فتحها ستُحذف.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = لم تُختَر عبارة مرور لهذه المسودات، لذلك لا يمكن فتحها بعبارة مرور. يُرجى الرجوع والمحاولة مرة أخرى.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = عبارة المرور هذه لا تفتح مسوداتكم. يُرجى التحقق منها والمحاولة مرة أخرى. الأحرف الكبيرة والمسافات مهمة.

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

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = مساهمتي، بدأتُها في { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = آخر حفظ: { $date }، الساعة { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = تعذّر فتح مخزن كلمات المرور في هذا الحاسوب، لذلك لا تزال مسوداتكم مقفلة. لم يضِع شيء مما كتبتموه. إذا طلب منكم الحاسوب كلمة المرور، فاكتبوها، ثم اختاروا «المحاولة مرة أخرى».
