# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = Vendi ku ky kompjuter ruan fjalëkalimet është i kyçur ose nuk u përgjigj, prandaj draftet tuaja nuk mund të hapen si zakonisht. Në vend të kësaj, mund të përdorni një frazë sekrete. Asgjë nga ato që keni shkruar nuk ka humbur.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = Ky kompjuter nuk ka një vend për ruajtjen e fjalëkalimeve që Family Voice mund ta përdorë, prandaj draftet tuaja do të mbrohen me një frazë sekrete. E zgjidhni tani dhe e shkruani sa herë që hapni draftet tuaja.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = Draftet tuaja janë ende në këtë kompjuter, por shënimi për çelësin që i hap është dëmtuar, dhe aplikacioni nuk arriti ta rregullojë. Asgjë nuk është fshirë.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Draftet tuaja janë ende këtu, por çelësi që i hap nuk është më në këtë kompjuter. Nëse keni zgjedhur një frazë sekrete, mund t'i hapni me të. Përndryshe mund të filloni nga e para: draftet që nuk mund të hapen vihen mënjanë, nuk fshihen.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = Për këto drafte nuk është zgjedhur asnjë frazë sekrete, prandaj nuk mund të hapen me frazë. Ju lutemi kthehuni prapa dhe provoni përsëri.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = Kjo frazë sekrete nuk i hap draftet tuaja. Ju lutemi kontrollojeni dhe provoni përsëri. Shkronjat e mëdha dhe hapësirat kanë rëndësi.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = Ky kod rikuperimi nuk i hap draftet tuaja. Ju lutemi kontrolloni çdo shkronjë dhe numër në fletën tuaj të rikuperimit dhe provoni përsëri.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = Ju lutemi zgjidhni një frazë sekrete me të paktën { $min } shenja. Një fjali e shkurtër që do ta mbani mend shkon mirë.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = Draftet tuaja janë përgatitur tashmë në këtë kompjuter. Ju lutemi mbyllni aplikacionin dhe hapeni përsëri.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = Ende nuk ka drafte në këtë kompjuter. Mund të filloni një të ri.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = Draftet tuaja janë të kyçura që të mbeten private. Ju lutemi hapini për të vazhduar.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = Ky draft nuk u gjet. Mund të jetë fshirë.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = Ju lutemi jepini një emër këtij drafti, që ta gjeni përsëri. Për shembull: „Nëna — konferenca fillestare“.

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = Në dosjen e drafteve ka diçka që nuk është draft i Family Voice. Nuk është prekur, dhe draftet e tjera janë në rregull.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = Ky draft është ruajtur me një version më të ri të Family Voice. Ju lutemi përditësoni aplikacionin për ta hapur. Drafti nuk është ndryshuar.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = Ky draft është i dëmtuar dhe nuk mund të hapet. Draftet e tjera janë në rregull.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = Ky draft është shumë i madh që aplikacioni ta hapë ose ta ruajë. Draftet e tjera janë në rregull.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = Ndryshimet e fundit nuk u ruajtën dot, sepse disku i kompjuterit është plot. Ajo që keni ruajtur më parë është e sigurt. Ju lutemi lironi pak vend dhe aplikacioni do të provojë përsëri.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = Ndryshimet e fundit nuk u ruajtën dot, sepse aplikacioni nuk lejohet të shkruajë në dosjen e drafteve. Ajo që keni ruajtur më parë është e sigurt.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = Diçka nuk shkoi mirë gjatë ruajtjes ose hapjes së drafteve tuaja. Ajo që keni ruajtur më parë është e sigurt. Ju lutemi provoni përsëri pas pak.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = Ky kompjuter nuk arriti të krijojë një çelës të sigurt për draftet tuaja, prandaj nuk u ruajt asgjë. Ju lutemi rinisni kompjuterin dhe provoni përsëri.

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = Ky nuk është skedar drafti (mund të jetë një dosje ose një shkurtore), prandaj aplikacioni nuk e hapi. Nuk është prekur, dhe draftet e tjera janë në rregull.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Aplikacioni Family Voice është tashmë i hapur në këtë kompjuter. Ju lutemi përdorni dritaren që është hapur. Vetëm një dritare mund t'i hapë draftet tuaja në të njëjtën kohë, që asgjë të mos ruhet dy herë.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = Draftet tuaja në fakt mund të hapen, prandaj asgjë nuk u vu mënjanë.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = Kontributi im, filluar { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Ruajtur për herë të fundit: { $date }, në orën { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = Vendi ku ky kompjuter ruan fjalëkalimet është i kyçur ose nuk u përgjigj, prandaj draftet tuaja janë ende të kyçura. Asgjë nga ato që keni shkruar nuk ka humbur. Hapni atë vend (në shumë kompjuterë mjafton të dilni nga llogaria dhe të hyni përsëri), pastaj zgjidhni „Provoni përsëri“.

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = Draftet tuaja të vjetra u vunë mënjanë, nuk u fshinë. Ndodhen në këtë dosje: { $folder }. Nëse më vonë e kujtoni frazën sekrete, ose nëse vendi ku kompjuteri ruan fjalëkalimet punon përsëri, dikush që ju ndihmon me kompjuterin mund t'i kthejë aty ku ishin, që të hapen.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, ndryshuar për herë të fundit: { $date }, në orën { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (konferenca e rishikimit)
