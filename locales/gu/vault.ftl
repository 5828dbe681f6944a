# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = આ કમ્પ્યુટરનો પાસવર્ડ ભંડાર લૉક છે અથવા તેણે જવાબ ન આપ્યો, તેથી તમારા ડ્રાફ્ટ હંમેશની રીતે ખોલી શકાતા નથી. તેના બદલે તમે પાસફ્રેઝ વાપરી શકો છો. તમે જે લખ્યું છે તેમાંથી કંઈ ખોવાયું નથી.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = આ કમ્પ્યુટરમાં એવો કોઈ પાસવર્ડ ભંડાર નથી જે Family Voice વાપરી શકે, તેથી તમારા ડ્રાફ્ટ પાસફ્રેઝથી સુરક્ષિત રાખવામાં આવશે. તમે તે હમણાં પસંદ કરો, અને દર વખતે ડ્રાફ્ટ ખોલો ત્યારે તે લખો.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = તમારા ડ્રાફ્ટ હજી આ કમ્પ્યુટર પર જ છે, પણ તેમને ખોલવાની ચાવીની માહિતી બગડી ગઈ છે, અને એપ તેને સુધારી શકી નહીં. કંઈ કાઢી નાખવામાં આવ્યું નથી.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = તમારા ડ્રાફ્ટ હજી અહીં જ છે, પણ તેમને ખોલવાની ચાવી હવે આ કમ્પ્યુટરમાં નથી. જો તમે પાસફ્રેઝ પસંદ કર્યો હોય, તો તેનાથી તમે તેમને ખોલી શકો છો. નહીં તો તમે ફરીથી શરૂ કરી શકો છો: જે ડ્રાફ્ટ ખોલી શકાતા નથી તે કાઢી નાખવામાં આવતા નથી, બાજુ પર મૂકી દેવામાં આવે છે.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = આ ડ્રાફ્ટ માટે ક્યારેય કોઈ પાસફ્રેઝ પસંદ કરવામાં આવ્યો ન હતો, તેથી પાસફ્રેઝથી તે ખૂલી શકતા નથી. કૃપા કરીને પાછા જાઓ અને ફરી પ્રયાસ કરો.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = એ પાસફ્રેઝથી તમારા ડ્રાફ્ટ ખૂલતા નથી. કૃપા કરીને તે ફરી જોઈ લો અને ફરી પ્રયાસ કરો. કૅપિટલ (મોટા) અક્ષરો અને ખાલી જગ્યા (સ્પેસ) પણ બરાબર એ જ રીતે લખવા જરૂરી છે.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = એ રિકવરી કોડથી તમારા ડ્રાફ્ટ ખૂલતા નથી. કૃપા કરીને તમારા રિકવરી પાના પરનો દરેક અક્ષર અને આંકડો ફરી જોઈ લો અને ફરી પ્રયાસ કરો.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = કૃપા કરીને ઓછામાં ઓછા { $min } અક્ષરોનો પાસફ્રેઝ પસંદ કરો. તમને યાદ રહે એવું એક નાનું વાક્ય સારું રહે છે.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = તમારા ડ્રાફ્ટ આ કમ્પ્યુટર પર પહેલેથી તૈયાર છે. કૃપા કરીને એપ બંધ કરીને ફરી ખોલો.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = આ કમ્પ્યુટર પર હજી કોઈ ડ્રાફ્ટ નથી. તમે નવો ડ્રાફ્ટ શરૂ કરી શકો છો.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = તમારા ડ્રાફ્ટ ખાનગી રહે તે માટે તેમને લૉક કરવામાં આવ્યા છે. આગળ વધવા માટે કૃપા કરીને લૉક ખોલો.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = આ ડ્રાફ્ટ મળ્યો નહીં. કદાચ તે કાઢી નાખવામાં આવ્યો હશે.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = કૃપા કરીને આ ડ્રાફ્ટને એક નામ આપો, જેથી તમે તેને ફરી શોધી શકો. ઉદાહરણ તરીકે: "મમ્મી — પહેલી કોન્ફરન્સ".

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = ડ્રાફ્ટના ફોલ્ડરમાં કંઈક એવું છે, જે Family Voice નો ડ્રાફ્ટ નથી. તેને જેમ છે તેમ રહેવા દીધું છે, અને તમારા બીજા ડ્રાફ્ટ બરાબર છે.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = આ ડ્રાફ્ટ Family Voice ના નવા વર્ઝનમાં સાચવેલો છે. તેને ખોલવા માટે કૃપા કરીને એપ અપડેટ કરો. ડ્રાફ્ટમાં કોઈ ફેરફાર થયો નથી.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = આ ડ્રાફ્ટ બગડી ગયો છે અને ખોલી શકાતો નથી. તમારા બીજા ડ્રાફ્ટ બરાબર છે.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = આ ડ્રાફ્ટ એટલો મોટો છે કે એપ તેને ખોલી કે સાચવી શકતી નથી. તમારા બીજા ડ્રાફ્ટ બરાબર છે.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = કમ્પ્યુટરની ડિસ્ક ભરાઈ ગઈ છે, તેથી તમારા છેલ્લા ફેરફારો સાચવી શકાયા નહીં. તમે પહેલાં જે સાચવ્યું હતું તે સુરક્ષિત છે. કૃપા કરીને થોડી જગ્યા ખાલી કરો, પછી એપ ફરી પ્રયાસ કરશે.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = તમારા છેલ્લા ફેરફારો સાચવી શકાયા નહીં, કારણ કે એપને તેના ડ્રાફ્ટના ફોલ્ડરમાં લખવાની પરવાનગી નથી. તમે પહેલાં જે સાચવ્યું હતું તે સુરક્ષિત છે.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = તમારા ડ્રાફ્ટ સાચવતી કે ખોલતી વખતે કંઈક ખોટું થયું. તમે પહેલાં જે સાચવ્યું હતું તે સુરક્ષિત છે. કૃપા કરીને થોડી વાર પછી ફરી પ્રયાસ કરો.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = આ કમ્પ્યુટર તમારા ડ્રાફ્ટ માટે સુરક્ષિત ચાવી બનાવી શક્યું નહીં, તેથી કંઈ સાચવવામાં આવ્યું નથી. કૃપા કરીને કમ્પ્યુટર બંધ કરીને ફરી ચાલુ કરો, અને ફરી પ્રયાસ કરો.

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = આ ડ્રાફ્ટની ફાઇલ નથી (કદાચ તે ફોલ્ડર કે શૉર્ટકટ છે), તેથી એપે તે ખોલ્યું નથી. તેને જેમ છે તેમ રહેવા દીધું છે, અને તમારા બીજા ડ્રાફ્ટ બરાબર છે.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Family Voice એપ આ કમ્પ્યુટર પર પહેલેથી ખુલ્લી છે. કૃપા કરીને જે વિન્ડો પહેલેથી ખુલ્લી છે તે જ વાપરો. એક સમયે ફક્ત એક જ વિન્ડો તમારા ડ્રાફ્ટ ખોલી શકે છે, જેથી કંઈ બે વાર સચવાય નહીં.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = તમારા ડ્રાફ્ટ આખરે ખોલી શકાય છે, તેથી કંઈ બાજુ પર મૂકવામાં આવ્યું નથી.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = મારા વિચારો, { $date } ના રોજ શરૂ કર્યા
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = છેલ્લે સાચવ્યું: { $date }, { $time } વાગ્યે
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = આ કમ્પ્યુટરનો પાસવર્ડ ભંડાર લૉક છે અથવા તેણે જવાબ ન આપ્યો, તેથી તમારા ડ્રાફ્ટ હજી લૉક છે. તમે જે લખ્યું છે તેમાંથી કંઈ ખોવાયું નથી. પાસવર્ડ ભંડારનું લૉક ખોલો (ઘણા કમ્પ્યુટર પર સાઇન આઉટ કરીને ફરી સાઇન ઇન કરવાથી આ થઈ જાય છે), પછી "ફરી પ્રયાસ કરો" પસંદ કરો.

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = તમારા જૂના ડ્રાફ્ટ કાઢી નાખ્યા નથી, બાજુ પર મૂકી દીધા છે. તે આ ફોલ્ડરમાં છે: { $folder }. જો તમને પછીથી તમારો પાસફ્રેઝ યાદ આવે, અથવા કમ્પ્યુટરનો પાસવર્ડ ભંડાર ફરી કામ કરવા લાગે, તો કમ્પ્યુટરમાં તમને મદદ કરનાર કોઈ વ્યક્તિ તેમને પાછા મૂકી શકે છે, જેથી તે ખૂલે.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, છેલ્લે બદલ્યું: { $date }, { $time } વાગ્યે
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (સમીક્ષા કોન્ફરન્સ)
