# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) cannot be used. Followed by a button to choose a passphrase instead.
error-vault-keychain-unavailable = Nie udało się otworzyć magazynu haseł tego komputera, więc Twoich wersji roboczych nie da się odblokować w zwykły sposób. Zamiast tego możesz użyć frazy dostępu. Nic z tego, co zostało napisane, nie zginęło.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Twoje wersje robocze nadal tu są, ale na tym komputerze brakuje klucza, który je otwiera. Jeśli ustawiono frazę dostępu, możesz nią je otworzyć. W przeciwnym razie możesz zacząć od nowa, ale wersje robocze, których nie da się otworzyć, zostaną usunięte.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = Dla tych wersji roboczych nie ustawiono frazy dostępu, więc nie da się ich nią otworzyć. Wróć i spróbuj ponownie.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = Ta fraza dostępu nie otwiera Twoich wersji roboczych. Sprawdź ją i spróbuj ponownie. Wielkie litery i spacje mają znaczenie.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = Wybierz frazę dostępu, która ma co najmniej { $min } znaków. Dobrze sprawdza się krótkie zdanie, które łatwo zapamiętasz.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = Twoje wersje robocze są już przygotowane na tym komputerze. Zamknij aplikację i otwórz ją ponownie.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = Na tym komputerze nie ma jeszcze żadnych wersji roboczych. Możesz zacząć nową.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = Twoje wersje robocze są zablokowane, żeby nikt inny ich nie zobaczył. Odblokuj je, aby kontynuować.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = Nie udało się znaleźć tej wersji roboczej. Być może została usunięta.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = Nadaj tej wersji roboczej nazwę, żeby łatwo ją potem znaleźć. Na przykład: „Mama – konferencja wstępna”.

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = W folderze z wersjami roboczymi jest coś, co nie jest wersją roboczą Family Voice. Nic z tym nie zrobiono, a Twoje pozostałe wersje robocze są w porządku.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = Ta wersja robocza została zapisana w nowszej wersji Family Voice. Zaktualizuj aplikację, aby ją otworzyć. Nic w niej nie zostało zmienione.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = Ta wersja robocza jest uszkodzona i nie da się jej otworzyć. Twoje pozostałe wersje robocze są w porządku.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = Ta wersja robocza jest zbyt duża, żeby aplikacja mogła ją otworzyć lub zapisać. Twoje pozostałe wersje robocze są w porządku.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = Ostatnich zmian nie udało się zapisać, bo dysk komputera jest pełny. To, co zapisano wcześniej, jest bezpieczne. Zwolnij trochę miejsca, a aplikacja spróbuje ponownie.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = Ostatnich zmian nie udało się zapisać, bo aplikacja nie może zapisywać w swoim folderze z wersjami roboczymi. To, co zapisano wcześniej, jest bezpieczne.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = Coś poszło nie tak podczas zapisywania lub otwierania Twoich wersji roboczych. To, co zapisano wcześniej, jest bezpieczne. Spróbuj ponownie za chwilę.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = Ten komputer nie mógł utworzyć bezpiecznego klucza dla Twoich wersji roboczych, więc nic nie zostało zapisane. Uruchom komputer ponownie i spróbuj jeszcze raz.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = Moja wypowiedź, rozpoczęta: { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Ostatni zapis: { $date }, godz. { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = Nie udało się otworzyć magazynu haseł tego komputera, więc Twoje wersje robocze są nadal zablokowane. Nic z tego, co zostało napisane, nie zginęło. Jeśli komputer poprosi o hasło, wpisz je, a potem wybierz „Spróbuj ponownie”.
