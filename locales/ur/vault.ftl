# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = اس کمپیوٹر کا پاس ورڈ اسٹور لاک ہے یا اس نے جواب نہیں دیا، اس لیے آپ کے مسودے معمول کے طریقے سے نہیں کھل سکتے۔ آپ اس کی جگہ خفیہ جملہ استعمال کر سکتے ہیں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = اس کمپیوٹر پر کوئی ایسا پاس ورڈ اسٹور نہیں جسے Family Voice استعمال کر سکے، اس لیے آپ کے مسودے خفیہ جملے کے ذریعے محفوظ رکھے جائیں گے۔ یہ جملہ آپ ابھی چنیں، اور جب بھی اپنے مسودے کھولیں، اسے لکھیں۔

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = آپ کے مسودے ابھی اسی کمپیوٹر پر موجود ہیں، لیکن انہیں کھولنے والی چابی کا ریکارڈ خراب ہو گیا ہے، اور ایپ اسے ٹھیک نہیں کر سکی۔ کچھ بھی مٹایا نہیں گیا۔

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = آپ کے مسودے ابھی یہیں موجود ہیں، لیکن انہیں کھولنے والی چابی اب اس کمپیوٹر پر نہیں ہے۔ اگر آپ نے خفیہ جملہ بنایا تھا، تو اس سے انہیں کھول سکتے ہیں۔ ورنہ آپ نئے سرے سے شروع کر سکتے ہیں: جو مسودے کھل نہیں سکتے وہ مٹائے نہیں جاتے، بلکہ الگ رکھ دیے جاتے ہیں۔

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = ان مسودوں کے لیے کوئی خفیہ جملہ نہیں بنایا گیا تھا، اس لیے یہ خفیہ جملے سے نہیں کھل سکتے۔ براہِ کرم واپس جا کر دوبارہ کوشش کریں۔

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = اس خفیہ جملے سے آپ کے مسودے نہیں کھلتے۔ براہِ کرم اسے دیکھ کر دوبارہ کوشش کریں۔ بڑے اور چھوٹے حروف اور خالی جگہیں بھی اہم ہیں۔

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = اس ریکوری کوڈ سے آپ کے مسودے نہیں کھلتے۔ براہِ کرم اپنے ریکوری صفحے پر ہر حرف اور ہندسہ دیکھ کر دوبارہ کوشش کریں۔

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = براہِ کرم کم از کم { $min } حروف کا خفیہ جملہ چنیں۔ کوئی چھوٹا سا جملہ جو آپ کو یاد رہے، اچھا رہتا ہے۔

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = آپ کے مسودے اس کمپیوٹر پر پہلے سے تیار ہیں۔ براہِ کرم ایپ بند کر کے دوبارہ کھولیں۔

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = اس کمپیوٹر پر ابھی کوئی مسودہ نہیں ہے۔ آپ نیا مسودہ شروع کر سکتے ہیں۔

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = آپ کے مسودے محفوظ رکھنے کے لیے لاک ہیں۔ جاری رکھنے کے لیے براہِ کرم انہیں کھولیں۔

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = یہ مسودہ نہیں مل سکا۔ ہو سکتا ہے اسے مٹا دیا گیا ہو۔

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = براہِ کرم اس مسودے کو کوئی نام دیں، تاکہ آپ اسے دوبارہ ڈھونڈ سکیں۔ مثلاً: "امی — ابتدائی کانفرنس"۔

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = مسودوں کے فولڈر میں کوئی ایسی چیز ہے جو Family Voice کا مسودہ نہیں ہے۔ اسے چھیڑا نہیں گیا، اور آپ کے باقی مسودے ٹھیک ہیں۔

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = یہ مسودہ Family Voice کے نئے ورژن میں محفوظ کیا گیا تھا۔ اسے کھولنے کے لیے براہِ کرم ایپ کو اپ ڈیٹ کریں۔ اس میں کوئی تبدیلی نہیں کی گئی۔

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = یہ مسودہ خراب ہو گیا ہے اور کھل نہیں سکتا۔ آپ کے باقی مسودے ٹھیک ہیں۔

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = یہ مسودہ اتنا بڑا ہے کہ ایپ اسے نہ کھول سکتی ہے، نہ محفوظ کر سکتی ہے۔ آپ کے باقی مسودے ٹھیک ہیں۔

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = آپ کی آخری تبدیلیاں محفوظ نہیں ہو سکیں، کیونکہ کمپیوٹر کی ڈسک بھر گئی ہے۔ آپ نے جو پہلے محفوظ کیا تھا، وہ محفوظ ہے۔ براہِ کرم کچھ جگہ خالی کریں، ایپ دوبارہ کوشش کرے گی۔

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = آپ کی آخری تبدیلیاں محفوظ نہیں ہو سکیں، کیونکہ ایپ کو اپنے مسودوں کے فولڈر میں لکھنے کی اجازت نہیں ہے۔ آپ نے جو پہلے محفوظ کیا تھا، وہ محفوظ ہے۔

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = آپ کے مسودے محفوظ کرتے یا کھولتے وقت کچھ گڑبڑ ہو گئی۔ آپ نے جو پہلے محفوظ کیا تھا، وہ محفوظ ہے۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = یہ کمپیوٹر آپ کے مسودوں کے لیے محفوظ چابی نہیں بنا سکا، اس لیے کچھ بھی محفوظ نہیں ہوا۔ براہِ کرم کمپیوٹر دوبارہ شروع کریں اور پھر کوشش کریں۔

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = یہ مسودے کی فائل نہیں ہے (ہو سکتا ہے یہ کوئی فولڈر یا شارٹ کٹ ہو)، اس لیے ایپ نے اسے نہیں کھولا۔ اسے چھیڑا نہیں گیا، اور آپ کے باقی مسودے ٹھیک ہیں۔

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Family Voice کی ایپ اس کمپیوٹر پر پہلے سے کھلی ہوئی ہے۔ براہِ کرم وہی ونڈو استعمال کریں جو پہلے سے کھلی ہے۔ ایک وقت میں صرف ایک ونڈو آپ کے مسودے کھول سکتی ہے، تاکہ کوئی چیز دو بار محفوظ نہ ہو۔

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = آپ کے مسودے آخرکار کھل سکتے ہیں، اس لیے کچھ بھی الگ نہیں رکھا گیا۔

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = میری رائے، { $date } کو شروع کی
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = آخری بار محفوظ: { $date }، وقت { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = اس کمپیوٹر کا پاس ورڈ اسٹور لاک ہے یا اس نے جواب نہیں دیا، اس لیے آپ کے مسودے ابھی تک لاک ہیں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ پاس ورڈ اسٹور کو کھولیں (کئی کمپیوٹروں پر سائن آؤٹ کر کے دوبارہ سائن اِن کرنے سے یہ ہو جاتا ہے)، پھر “دوبارہ کوشش کریں” چنیں۔

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = آپ کے پرانے مسودے مٹائے نہیں گئے، بلکہ الگ رکھ دیے گئے ہیں۔ وہ اس فولڈر میں ہیں: { $folder }۔ اگر بعد میں آپ کو اپنا خفیہ جملہ یاد آ جائے، یا کمپیوٹر کا پاس ورڈ اسٹور پھر سے کام کرنے لگے، تو کمپیوٹر کے کاموں میں آپ کی مدد کرنے والا کوئی شخص انہیں واپس ان کی جگہ رکھ سکتا ہے، تاکہ وہ کھل سکیں۔
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }، { $kilobytes } کے بی، آخری تبدیلی: { $date }، وقت { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }، { $kilobytes } کے بی

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (جائزہ کانفرنس)
