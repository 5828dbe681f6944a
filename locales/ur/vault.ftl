# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) cannot be used. Followed by a button to choose a passphrase instead.
error-vault-keychain-unavailable = اس کمپیوٹر کا پاس ورڈ اسٹور نہیں کھل سکا، اس لیے آپ کے مسودے معمول کے طریقے سے نہیں کھل سکتے۔ آپ اس کی جگہ خفیہ جملہ استعمال کر سکتے ہیں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = آپ کے مسودے ابھی یہیں موجود ہیں، لیکن انہیں کھولنے والی چابی اب اس کمپیوٹر پر نہیں ہے۔ اگر آپ نے خفیہ جملہ بنایا تھا، تو اس سے انہیں کھول سکتے ہیں۔ ورنہ آپ نئے سرے سے شروع کر سکتے ہیں، لیکن جو مسودے کھل نہیں سکتے وہ مٹ جائیں گے۔

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = ان مسودوں کے لیے کوئی خفیہ جملہ نہیں بنایا گیا تھا، اس لیے یہ خفیہ جملے سے نہیں کھل سکتے۔ براہِ کرم واپس جا کر دوبارہ کوشش کریں۔

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = اس خفیہ جملے سے آپ کے مسودے نہیں کھلتے۔ براہِ کرم اسے دیکھ کر دوبارہ کوشش کریں۔ بڑے اور چھوٹے حروف اور خالی جگہیں بھی اہم ہیں۔

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

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = میری رائے، { $date } کو شروع کی
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = آخری بار محفوظ: { $date }، وقت { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = اس کمپیوٹر کا پاس ورڈ اسٹور نہیں کھل سکا، اس لیے آپ کے مسودے ابھی تک لاک ہیں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ اگر کمپیوٹر آپ کا پاس ورڈ مانگے تو اسے لکھیں، پھر “دوبارہ کوشش کریں” چنیں۔
