# Messages about saved drafts: shown on the start screen and while saving.
# Readers: parents and carers, and children with an advocate. Say what happened and what to
# do next; reassure where it is true that nothing was lost. No technical words.

error-vault-keychain-unavailable = This computer's password store could not be opened, so your drafts cannot be unlocked the usual way. You can use a passphrase instead. Nothing has been lost.
error-vault-key-missing = Your saved drafts are here, but the key that opens them is missing from this computer's password store. If you set a passphrase, you can use it. Or you can start again, which deletes the drafts that cannot be opened.
error-vault-wrong-passphrase = That passphrase does not open your drafts. Please check it and try again.
error-vault-locked = Your drafts are locked. Please unlock them to carry on.
error-vault-foreign-file = There is a file in the drafts folder that is not a Family Voice draft. It has been left alone; your other drafts are fine.
error-vault-newer-version = This draft was saved by a newer version of Family Voice. Please update the app to open it. It has not been changed.
error-vault-damaged = This draft is damaged and cannot be opened. Your other drafts are fine.
error-vault-not-found = This draft could not be found. It may have been deleted.
