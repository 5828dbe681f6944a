# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = This computer's password store is locked or did not answer, so your drafts cannot be unlocked in the usual way. You can use a passphrase instead. Nothing you wrote has been lost.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = This computer has no password store that Family Voice can use, so your drafts will be kept safe with a passphrase instead. You choose it now, and type it each time you open your drafts.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = Your drafts are still on this computer, but the record of the key that opens them is damaged, and the app could not mend it. Nothing has been deleted.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Your drafts are still here, but the key that opens them is missing from this computer. If you chose a passphrase, you can use it to open them. Otherwise you can start again: the drafts that cannot be opened are put to one side, not deleted.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = No passphrase was chosen for these drafts, so one cannot open them. Please go back and try again.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = That passphrase does not open your drafts. Please check it and try again. Capital letters and spaces count.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = That recovery code does not open your drafts. Please check each letter and number on your recovery sheet and try again.

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

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = This is not a draft file (it may be a folder or a shortcut), so the app did not open it. It has been left alone, and your other drafts are fine.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Family Voice is already open on this computer. Please use the window that is already open. Only one can open your drafts at a time, so that nothing is saved twice.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = Your drafts can be opened after all, so nothing was put to one side.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = My contribution, started { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Last saved { $date } at { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = This computer's password store is locked or did not answer, so your drafts are still locked. Nothing you wrote has been lost. Unlock the password store (on many computers, signing out and in again does this), then choose "Try again".

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = Your old drafts were put to one side, not deleted. They are in this folder: { $folder }. If you remember your passphrase later, or the computer's password store works again, someone who helps you with computers can move them back so that they open.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, changed { $date } at { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (review conference)
