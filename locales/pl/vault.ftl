# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = Magazyn haseł tego komputera jest zablokowany albo nie odpowiedział, więc Twoich wersji roboczych nie da się odblokować w zwykły sposób. Zamiast tego możesz użyć frazy dostępu. Nic z tego, co zostało napisane, nie zginęło.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = Na tym komputerze nie ma magazynu haseł, z którego Family Voice może korzystać, więc Twoje wersje robocze będą chronione frazą dostępu. Wybierz ją teraz. Będzie trzeba ją wpisać za każdym razem, gdy otwierasz swoje wersje robocze.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = Twoje wersje robocze nadal są na tym komputerze, ale informacja o kluczu, który je otwiera, jest uszkodzona i aplikacji nie udało się jej naprawić. Nic nie zostało usunięte.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Twoje wersje robocze nadal tu są, ale na tym komputerze brakuje klucza, który je otwiera. Jeśli ustawiono frazę dostępu, możesz nią je otworzyć. W przeciwnym razie możesz zacząć od nowa: wersje robocze, których nie da się otworzyć, zostaną odłożone na bok, a nie usunięte.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = Dla tych wersji roboczych nie ustawiono frazy dostępu, więc nie da się ich nią otworzyć. Wróć i spróbuj ponownie.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = Ta fraza dostępu nie otwiera Twoich wersji roboczych. Sprawdź ją i spróbuj ponownie. Wielkie litery i spacje mają znaczenie.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = Ten kod odzyskiwania nie otwiera Twoich wersji roboczych. Sprawdź każdą literę i cyfrę na arkuszu odzyskiwania i spróbuj ponownie.

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

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = To nie jest plik z wersją roboczą (może to być folder albo skrót), więc aplikacja go nie otworzyła. Nic z tym nie zrobiono, a Twoje pozostałe wersje robocze są w porządku.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Aplikacja Family Voice jest już otwarta na tym komputerze. Skorzystaj z okna, które jest już otwarte. Twoje wersje robocze może naraz otworzyć tylko jedno okno, żeby nic nie zapisało się dwa razy.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = Twoje wersje robocze jednak da się otworzyć, więc niczego nie odłożono na bok.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = Moja wypowiedź, rozpoczęta: { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Ostatni zapis: { $date }, godz. { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = Magazyn haseł tego komputera jest zablokowany albo nie odpowiedział, więc Twoje wersje robocze są nadal zablokowane. Nic z tego, co zostało napisane, nie zginęło. Odblokuj magazyn haseł (na wielu komputerach wystarczy się wylogować i zalogować ponownie), a potem wybierz „Spróbuj ponownie”.

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = Twoje stare wersje robocze zostały odłożone na bok, a nie usunięte. Są w tym folderze: { $folder }. Jeśli później przypomnisz sobie frazę dostępu albo magazyn haseł komputera znów zacznie działać, ktoś, kto pomaga Ci przy komputerze, może je przenieść z powrotem, żeby dało się je otworzyć.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, ostatnia zmiana: { $date }, godz. { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (konferencja przeglądowa)
