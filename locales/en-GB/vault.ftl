# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) cannot be used. Followed by a button to choose a passphrase instead.
error-vault-keychain-unavailable = This computer's password store could not be opened, so your drafts cannot be unlocked in the usual way. You can use a passphrase instead. Nothing you wrote has been lost.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Your drafts are still here, but the key that opens them is missing from this computer. If you chose a passphrase, you can use it to open them. Otherwise you can start again, but the drafts that cannot be opened will be deleted.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = No passphrase was chosen for these drafts, so one cannot open them. Please go back and try again.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = That passphrase does not open your drafts. Please check it and try again. Capital letters and spaces count.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = Please choose a passphrase of at least { $min } characters. A short sentence you will remember works well.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = Your drafts are already set up on this computer. Please close the app and open it again.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = There are no drafts on this computer yet. You can start a new one.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = Your drafts are locked to keep them private. Please unlock them to carry on.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = This draft could not be found. It may have been deleted.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = Please give this draft a name, so you can find it again. For example: "Mum — initial conference".

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = There is something in the drafts folder that is not a Family Voice draft. It has been left alone, and your other drafts are fine.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = This draft was saved by a newer version of Family Voice. Please update the app to open it. It has not been changed.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = This draft is damaged and cannot be opened. Your other drafts are fine.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = This draft is too large for the app to open or save. Your other drafts are fine.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = Your latest changes could not be saved because the computer's disk is full. What you saved before is safe. Please free some space and the app will try again.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = Your latest changes could not be saved because the app is not allowed to write in its drafts folder. What you saved before is safe.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = Something went wrong while saving or opening your drafts. What you saved before is safe. Please try again in a moment.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = This computer could not make a secure key for your drafts, so nothing was saved. Please restart the computer and try again.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = My contribution, started { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Last saved { $date } at { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = This computer's password store could not be opened, so your drafts are still locked. Nothing you wrote has been lost. If the computer asks for your password, type it in, then choose "Try again".
