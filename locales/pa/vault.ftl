# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = ਇਸ ਕੰਪਿਊਟਰ ਦੇ ਪਾਸਵਰਡ ਭੰਡਾਰ ਨੂੰ ਤਾਲਾ ਲੱਗਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਉਸ ਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ, ਇਸ ਲਈ ਤੁਹਾਡੇ ਖਰੜਿਆਂ ਦਾ ਤਾਲਾ ਆਮ ਤਰੀਕੇ ਨਾਲ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦਾ। ਤੁਸੀਂ ਇਸ ਦੀ ਥਾਂ ਪਾਸਫ਼ਰੇਜ਼ ਵਰਤ ਸਕਦੇ ਹੋ। ਤੁਹਾਡਾ ਲਿਖਿਆ ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ ਹੈ।

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਕੋਈ ਅਜਿਹਾ ਪਾਸਵਰਡ ਭੰਡਾਰ ਨਹੀਂ ਹੈ ਜੋ Family Voice ਵਰਤ ਸਕੇ, ਇਸ ਲਈ ਤੁਹਾਡੇ ਖਰੜੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਸੁਰੱਖਿਅਤ ਰੱਖੇ ਜਾਣਗੇ। ਪਾਸਫ਼ਰੇਜ਼ ਤੁਸੀਂ ਹੁਣੇ ਚੁਣੋ, ਅਤੇ ਜਦੋਂ ਵੀ ਆਪਣੇ ਖਰੜੇ ਖੋਲ੍ਹੋ, ਉਸ ਨੂੰ ਲਿਖੋ।

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = ਤੁਹਾਡੇ ਖਰੜੇ ਅਜੇ ਵੀ ਇਸੇ ਕੰਪਿਊਟਰ ਉੱਤੇ ਹਨ, ਪਰ ਉਹਨਾਂ ਨੂੰ ਖੋਲ੍ਹਣ ਵਾਲੀ ਚਾਬੀ ਦੀ ਜਾਣਕਾਰੀ ਖ਼ਰਾਬ ਹੋ ਗਈ ਹੈ, ਅਤੇ ਐਪ ਉਸ ਨੂੰ ਠੀਕ ਨਹੀਂ ਕਰ ਸਕੀ। ਕੁਝ ਵੀ ਮਿਟਾਇਆ ਨਹੀਂ ਗਿਆ।

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = ਤੁਹਾਡੇ ਖਰੜੇ ਅਜੇ ਵੀ ਇੱਥੇ ਹਨ, ਪਰ ਉਹਨਾਂ ਨੂੰ ਖੋਲ੍ਹਣ ਵਾਲੀ ਚਾਬੀ ਹੁਣ ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਨਹੀਂ ਹੈ। ਜੇ ਤੁਸੀਂ ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣਿਆ ਸੀ, ਤਾਂ ਤੁਸੀਂ ਉਸ ਨਾਲ ਇਹਨਾਂ ਨੂੰ ਖੋਲ੍ਹ ਸਕਦੇ ਹੋ। ਨਹੀਂ ਤਾਂ ਤੁਸੀਂ ਨਵੇਂ ਸਿਰਿਓਂ ਸ਼ੁਰੂ ਕਰ ਸਕਦੇ ਹੋ: ਜਿਹੜੇ ਖਰੜੇ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਦੇ, ਉਹ ਮਿਟਾਏ ਨਹੀਂ ਜਾਂਦੇ, ਸਗੋਂ ਇੱਕ ਪਾਸੇ ਰੱਖ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ।

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = ਇਹਨਾਂ ਖਰੜਿਆਂ ਲਈ ਕਦੇ ਕੋਈ ਪਾਸਫ਼ਰੇਜ਼ ਨਹੀਂ ਚੁਣਿਆ ਗਿਆ ਸੀ, ਇਸ ਲਈ ਇਹ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੇ। ਕਿਰਪਾ ਕਰਕੇ ਪਿੱਛੇ ਜਾਓ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = ਇਸ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਤੁਹਾਡੇ ਖਰੜੇ ਨਹੀਂ ਖੁੱਲ੍ਹਦੇ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਧਿਆਨ ਨਾਲ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਖਾਲੀ ਥਾਵਾਂ ਦਾ, ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਦੇ ਵੱਡੇ-ਛੋਟੇ ਅੱਖਰਾਂ (A ਜਾਂ a) ਦਾ ਵੀ ਫ਼ਰਕ ਪੈਂਦਾ ਹੈ।

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = ਇਸ ਰਿਕਵਰੀ ਕੋਡ ਨਾਲ ਤੁਹਾਡੇ ਖਰੜੇ ਨਹੀਂ ਖੁੱਲ੍ਹਦੇ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਰਿਕਵਰੀ ਪੰਨੇ ਉੱਤੇ ਹਰ ਅੱਖਰ ਅਤੇ ਅੰਕ ਧਿਆਨ ਨਾਲ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = ਕਿਰਪਾ ਕਰਕੇ ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰਾਂ ਦਾ ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ। ਕੋਈ ਛੋਟਾ ਜਿਹਾ ਵਾਕ, ਜੋ ਤੁਹਾਨੂੰ ਯਾਦ ਰਹੇ, ਵਧੀਆ ਰਹਿੰਦਾ ਹੈ।

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = ਤੁਹਾਡੇ ਖਰੜੇ ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਪਹਿਲਾਂ ਹੀ ਤਿਆਰ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਐਪ ਨੂੰ ਬੰਦ ਕਰੋ ਅਤੇ ਫਿਰ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਅਜੇ ਕੋਈ ਖਰੜਾ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ ਇੱਕ ਨਵਾਂ ਖਰੜਾ ਸ਼ੁਰੂ ਕਰ ਸਕਦੇ ਹੋ।

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = ਤੁਹਾਡੇ ਖਰੜਿਆਂ ਨੂੰ ਨਿੱਜੀ ਰੱਖਣ ਲਈ ਤਾਲਾ ਲੱਗਿਆ ਹੋਇਆ ਹੈ। ਅੱਗੇ ਜਾਰੀ ਰੱਖਣ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਤਾਲਾ ਖੋਲ੍ਹੋ।

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = ਇਹ ਖਰੜਾ ਨਹੀਂ ਮਿਲਿਆ। ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਇਹ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ।

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਖਰੜੇ ਨੂੰ ਕੋਈ ਨਾਮ ਦਿਓ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਇਸ ਨੂੰ ਫਿਰ ਲੱਭ ਸਕੋ। ਜਿਵੇਂ: "ਮੰਮੀ — ਪਹਿਲੀ ਕਾਨਫ਼ਰੰਸ"।

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = ਖਰੜਿਆਂ ਵਾਲੇ ਫੋਲਡਰ ਵਿੱਚ ਕੁਝ ਅਜਿਹਾ ਹੈ ਜੋ Family Voice ਦਾ ਖਰੜਾ ਨਹੀਂ ਹੈ। ਉਸ ਨੂੰ ਛੇੜਿਆ ਨਹੀਂ ਗਿਆ, ਅਤੇ ਤੁਹਾਡੇ ਬਾਕੀ ਖਰੜੇ ਠੀਕ ਹਨ।

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = ਇਹ ਖਰੜਾ Family Voice ਦੇ ਇੱਕ ਨਵੇਂ ਵਰਜਨ ਨਾਲ ਸੇਵ ਕੀਤਾ ਗਿਆ ਸੀ। ਇਸ ਨੂੰ ਖੋਲ੍ਹਣ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਐਪ ਨੂੰ ਅੱਪਡੇਟ ਕਰੋ। ਇਸ ਖਰੜੇ ਵਿੱਚ ਕੁਝ ਵੀ ਬਦਲਿਆ ਨਹੀਂ ਗਿਆ।

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = ਇਹ ਖਰੜਾ ਖ਼ਰਾਬ ਹੋ ਗਿਆ ਹੈ ਅਤੇ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਦਾ। ਤੁਹਾਡੇ ਬਾਕੀ ਖਰੜੇ ਠੀਕ ਹਨ।

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = ਇਹ ਖਰੜਾ ਇੰਨਾ ਵੱਡਾ ਹੈ ਕਿ ਐਪ ਇਸ ਨੂੰ ਖੋਲ੍ਹ ਜਾਂ ਸੇਵ ਨਹੀਂ ਕਰ ਸਕਦੀ। ਤੁਹਾਡੇ ਬਾਕੀ ਖਰੜੇ ਠੀਕ ਹਨ।

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = ਤੁਹਾਡੀਆਂ ਨਵੀਆਂ ਤਬਦੀਲੀਆਂ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀਆਂ, ਕਿਉਂਕਿ ਕੰਪਿਊਟਰ ਦੀ ਡਿਸਕ ਭਰੀ ਹੋਈ ਹੈ। ਜੋ ਤੁਸੀਂ ਪਹਿਲਾਂ ਸੇਵ ਕੀਤਾ ਸੀ, ਉਹ ਸੁਰੱਖਿਅਤ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਥਾਂ ਖਾਲੀ ਕਰੋ, ਐਪ ਆਪੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੇਗੀ।

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = ਤੁਹਾਡੀਆਂ ਨਵੀਆਂ ਤਬਦੀਲੀਆਂ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀਆਂ, ਕਿਉਂਕਿ ਐਪ ਨੂੰ ਆਪਣੇ ਖਰੜਿਆਂ ਵਾਲੇ ਫੋਲਡਰ ਵਿੱਚ ਲਿਖਣ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ। ਜੋ ਤੁਸੀਂ ਪਹਿਲਾਂ ਸੇਵ ਕੀਤਾ ਸੀ, ਉਹ ਸੁਰੱਖਿਅਤ ਹੈ।

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = ਤੁਹਾਡੇ ਖਰੜੇ ਸੇਵ ਕਰਦਿਆਂ ਜਾਂ ਖੋਲ੍ਹਦਿਆਂ ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ। ਜੋ ਤੁਸੀਂ ਪਹਿਲਾਂ ਸੇਵ ਕੀਤਾ ਸੀ, ਉਹ ਸੁਰੱਖਿਅਤ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = ਇਹ ਕੰਪਿਊਟਰ ਤੁਹਾਡੇ ਖਰੜਿਆਂ ਲਈ ਸੁਰੱਖਿਅਤ ਚਾਬੀ ਨਹੀਂ ਬਣਾ ਸਕਿਆ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ। ਕਿਰਪਾ ਕਰਕੇ ਕੰਪਿਊਟਰ ਨੂੰ ਬੰਦ ਕਰਕੇ ਮੁੜ ਚਾਲੂ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = ਇਹ ਖਰੜੇ ਵਾਲੀ ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ (ਸ਼ਾਇਦ ਇਹ ਕੋਈ ਫੋਲਡਰ ਜਾਂ ਸ਼ਾਰਟਕੱਟ ਹੈ), ਇਸ ਲਈ ਐਪ ਨੇ ਇਸ ਨੂੰ ਨਹੀਂ ਖੋਲ੍ਹਿਆ। ਇਸ ਨੂੰ ਛੇੜਿਆ ਨਹੀਂ ਗਿਆ, ਅਤੇ ਤੁਹਾਡੇ ਬਾਕੀ ਖਰੜੇ ਠੀਕ ਹਨ।

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Family Voice ਐਪ ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਪਹਿਲਾਂ ਹੀ ਖੁੱਲ੍ਹੀ ਹੋਈ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਉਹੀ ਵਿੰਡੋ ਵਰਤੋ ਜੋ ਪਹਿਲਾਂ ਤੋਂ ਖੁੱਲ੍ਹੀ ਹੈ। ਇੱਕ ਵੇਲੇ ਸਿਰਫ਼ ਇੱਕ ਵਿੰਡੋ ਹੀ ਤੁਹਾਡੇ ਖਰੜੇ ਖੋਲ੍ਹ ਸਕਦੀ ਹੈ, ਤਾਂ ਜੋ ਕੁਝ ਵੀ ਦੋ ਵਾਰ ਸੇਵ ਨਾ ਹੋਵੇ।

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = ਤੁਹਾਡੇ ਖਰੜੇ ਆਖ਼ਰਕਾਰ ਖੁੱਲ੍ਹ ਸਕਦੇ ਹਨ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਇੱਕ ਪਾਸੇ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ।

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = ਮੇਰੇ ਵਿਚਾਰ, { $date } ਨੂੰ ਸ਼ੁਰੂ ਕੀਤੇ
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = ਆਖਰੀ ਵਾਰ ਸੇਵ ਕੀਤਾ: { $date }, { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = ਇਸ ਕੰਪਿਊਟਰ ਦੇ ਪਾਸਵਰਡ ਭੰਡਾਰ ਨੂੰ ਤਾਲਾ ਲੱਗਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਉਸ ਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ, ਇਸ ਲਈ ਤੁਹਾਡੇ ਖਰੜਿਆਂ ਨੂੰ ਅਜੇ ਵੀ ਤਾਲਾ ਲੱਗਿਆ ਹੋਇਆ ਹੈ। ਤੁਹਾਡਾ ਲਿਖਿਆ ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ ਹੈ। ਪਾਸਵਰਡ ਭੰਡਾਰ ਦਾ ਤਾਲਾ ਖੋਲ੍ਹੋ (ਬਹੁਤ ਸਾਰੇ ਕੰਪਿਊਟਰਾਂ ਉੱਤੇ ਸਾਈਨ ਆਊਟ ਕਰਕੇ ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰਨ ਨਾਲ ਇਹ ਹੋ ਜਾਂਦਾ ਹੈ), ਫਿਰ "ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ" ਚੁਣੋ।

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = ਤੁਹਾਡੇ ਪੁਰਾਣੇ ਖਰੜੇ ਮਿਟਾਏ ਨਹੀਂ ਗਏ, ਸਗੋਂ ਇੱਕ ਪਾਸੇ ਰੱਖ ਦਿੱਤੇ ਗਏ ਹਨ। ਉਹ ਇਸ ਫੋਲਡਰ ਵਿੱਚ ਹਨ: { $folder }। ਜੇ ਬਾਅਦ ਵਿੱਚ ਤੁਹਾਨੂੰ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਯਾਦ ਆ ਜਾਵੇ, ਜਾਂ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ ਭੰਡਾਰ ਫਿਰ ਕੰਮ ਕਰਨ ਲੱਗੇ, ਤਾਂ ਕੰਪਿਊਟਰ ਦੇ ਕੰਮਾਂ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਨ ਵਾਲਾ ਕੋਈ ਵਿਅਕਤੀ ਉਹਨਾਂ ਨੂੰ ਵਾਪਸ ਉਹਨਾਂ ਦੀ ਥਾਂ ਰੱਖ ਸਕਦਾ ਹੈ, ਤਾਂ ਜੋ ਉਹ ਖੁੱਲ੍ਹ ਸਕਣ।
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, ਆਖਰੀ ਵਾਰ ਬਦਲੀ: { $date }, { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (ਸਮੀਖਿਆ ਕਾਨਫਰੰਸ)
