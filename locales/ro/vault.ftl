# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = Depozitul de parole al acestui computer este încuiat sau nu a răspuns, așa că ciornele nu pot fi deblocate ca de obicei. Puteți folosi în schimb o frază de acces. Nu s-a pierdut nimic din ce ați scris.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = Acest computer nu are un depozit de parole pe care Family Voice să-l poată folosi, așa că ciornele vor fi păstrate în siguranță cu o frază de acces. O alegeți acum și o scrieți de fiecare dată când deschideți ciornele.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = Ciornele sunt încă pe acest computer, dar informația despre cheia care le deschide s-a stricat, iar aplicația nu a putut-o repara. Nu s-a șters nimic.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Ciornele sunt încă aici, dar cheia care le deschide nu mai este pe acest computer. Dacă ați ales o frază de acces, le puteți deschide cu ea. Altfel, puteți începe din nou: ciornele care nu pot fi deschise sunt puse deoparte, nu șterse.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = Pentru aceste ciorne nu a fost aleasă nicio frază de acces, așa că nu pot fi deschise cu o frază. Vă rugăm să vă întoarceți și să încercați din nou.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = Această frază de acces nu deschide ciornele. Vă rugăm să o verificați și să încercați din nou. Contează literele mari și spațiile.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = Acest cod de recuperare nu deschide ciornele. Vă rugăm să verificați fiecare literă și cifră de pe foaia de recuperare și să încercați din nou.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = Vă rugăm să alegeți o frază de acces mai lungă. Numărul minim de caractere este { $min }. Merge bine o propoziție scurtă pe care o țineți minte.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = Ciornele sunt deja pregătite pe acest computer. Vă rugăm să închideți aplicația și să o deschideți din nou.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = Încă nu există ciorne pe acest computer. Puteți începe una nouă.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = Ciornele sunt încuiate ca să rămână private. Vă rugăm să le deblocați ca să continuați.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = Această ciornă nu a fost găsită. Poate a fost ștearsă.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = Vă rugăm să dați un nume acestei ciorne, ca să o găsiți din nou. De exemplu: „Mama — conferința inițială”.

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = În dosarul cu ciorne este ceva care nu este o ciornă Family Voice. Nu a fost atins, iar celelalte ciorne sunt în regulă.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = Această ciornă a fost salvată cu o versiune mai nouă a Family Voice. Vă rugăm să actualizați aplicația ca să o deschideți. Ciorna nu a fost schimbată.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = Această ciornă este deteriorată și nu poate fi deschisă. Celelalte ciorne sunt în regulă.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = Această ciornă este prea mare ca aplicația să o poată deschide sau salva. Celelalte ciorne sunt în regulă.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = Ultimele schimbări nu au putut fi salvate, pentru că discul computerului este plin. Ce ați salvat înainte este în siguranță. Vă rugăm să faceți puțin loc și aplicația va încerca din nou.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = Ultimele schimbări nu au putut fi salvate, pentru că aplicația nu are voie să scrie în dosarul cu ciorne. Ce ați salvat înainte este în siguranță.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = Ceva nu a mers bine la salvarea sau deschiderea ciornelor. Ce ați salvat înainte este în siguranță. Vă rugăm să încercați din nou peste puțin timp.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = Acest computer nu a putut face o cheie sigură pentru ciorne, așa că nu s-a salvat nimic. Vă rugăm să reporniți computerul și să încercați din nou.

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = Acesta nu este un fișier cu o ciornă (poate fi un dosar sau o scurtătură), așa că aplicația nu l-a deschis. Nu a fost atins, iar celelalte ciorne sunt în regulă.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Aplicația Family Voice este deja deschisă pe acest computer. Vă rugăm să folosiți fereastra care este deja deschisă. Ciornele pot fi deschise într-o singură fereastră în același timp, ca să nu se salveze nimic de două ori.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = Ciornele pot fi deschise până la urmă, așa că nu s-a pus nimic deoparte.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = Contribuția mea, începută { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Salvată ultima dată { $date }, la ora { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = Depozitul de parole al acestui computer este încuiat sau nu a răspuns, așa că ciornele sunt încă încuiate. Nu s-a pierdut nimic din ce ați scris. Deblocați depozitul de parole (pe multe computere, e de ajuns să ieșiți din cont și să intrați din nou), apoi alegeți „Încercați din nou”.

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = Ciornele vechi au fost puse deoparte, nu șterse. Sunt în acest dosar: { $folder }. Dacă vă amintiți mai târziu fraza de acces sau dacă depozitul de parole al computerului merge din nou, cineva care vă ajută cu computerul le poate muta înapoi, ca să se deschidă.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, modificat ultima dată { $date }, la ora { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (conferință de revizuire)
