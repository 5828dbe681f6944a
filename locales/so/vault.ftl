# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = Kaydka erayada sirta ah ee kombiyuutarkan waa xiran yahay ama ma uusan jawaabin, markaa qabyo-qoraalladaada looma furi karo sida caadiga ah. Taa beddelkeeda, waxaad isticmaali kartaa weedh sir ah. Waxaad qortay waxba kama lumin.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = Kombiyuutarkan ma laha kayd erayo sir ah oo Family Voice isticmaali karo, markaa qabyo-qoraalladaada waxaa lagu ilaalin doonaa weedh sir ah. Hadda ayaad dooranaysaa, kadibna waxaad qori doontaa mar kasta oo aad furayso qabyo-qoraalladaada.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = Qabyo-qoraalladaadu weli way ku jiraan kombiyuutarkan, laakiin xogta ku saabsan furaha lagu furo way xumaatay, barnaamijkuna ma uusan hagaajin karin. Waxba lama tirtirin.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Qabyo-qoraalladaadu weli halkan way yaallaan, laakiin furihii lagu furi jiray ayaa ka maqan kombiyuutarkan. Haddii aad dooratay weedh sir ah, waad ku furi kartaa. Haddii kale, waad dib u bilaabi kartaa: qabyo-qoraallada aan la furi karin dhinac ayaa la dhigayaa, lama tirtirayo.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = Qabyo-qoraalladan looma dooran weedh sir ah, markaa weedh sir ah laguma furi karo. Fadlan dib u noqo oo isku day mar kale.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = Weedhaas sirta ahi ma furayso qabyo-qoraalladaada. Fadlan hubi oo isku day mar kale. Xarfaha waaweyn iyo meelaha bannaan waa muhiim.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = Koodhka soo celinta ee aad qortay ma furayo qabyo-qoraalladaada. Fadlan hubi xaraf kasta iyo lambar kasta oo ku qoran warqaddaada soo celinta, oo isku day mar kale.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = Fadlan dooro weedh sir ah oo ugu yaraan { $min } xaraf ah. Jumlad gaaban oo aad xasuusan doonto ayaa si fiican u shaqaysa.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = Qabyo-qoraalladaada horay ayaa loogu diyaariyay kombiyuutarkan. Fadlan xir barnaamijka oo mar kale fur.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = Weli kombiyuutarkan kuma jiraan qabyo-qoraallo. Waxaad bilaabi kartaa mid cusub.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = Qabyo-qoraalladaada waa la xiray si ay qarsoodi u ahaadaan. Fadlan fur si aad u sii wadato.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = Qabyo-qoraalkan lama helin. Waxaa laga yaabaa in la tirtiray.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = Fadlan qabyo-qoraalkan magac u bixi, si aad mar kale u heli karto. Tusaale ahaan: "Hooyo — shirka koowaad".

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = Galka qabyo-qoraallada waxaa ku jira wax aan ahayn qabyo-qoraal Family Voice. Waa laga tagay sidiisa, qabyo-qoraalladaada kalena wax dhib ah ma qabaan.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = Qabyo-qoraalkan waxaa lagu kaydiyay nooc ka cusub oo Family Voice ah. Fadlan cusboonaysii barnaamijka si aad u furto. Waxba lagama beddelin.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = Qabyo-qoraalkan waa xumaaday, lamana furi karo. Qabyo-qoraalladaada kale wax dhib ah ma qabaan.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = Qabyo-qoraalkan aad buu u weyn yahay, barnaamijkuna ma furi karo, mana kaydin karo. Qabyo-qoraalladaada kale wax dhib ah ma qabaan.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = Isbeddelladaadii ugu dambeeyay lama kaydin karin, sababtoo ah kombiyuutarka meel bannaan kuma harin. Waxaad hore u kaydisay waa ammaan. Fadlan meel bannee, barnaamijkuna mar kale ayuu isku dayi doonaa.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = Isbeddelladaadii ugu dambeeyay lama kaydin karin, sababtoo ah barnaamijka looma oggola inuu wax ku qoro galka qabyo-qoraallada. Waxaad hore u kaydisay waa ammaan.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = Wax ayaa khaldamay intii qabyo-qoraalladaada la kaydinayay ama la furayay. Waxaad hore u kaydisay waa ammaan. Fadlan mar kale isku day wax yar kadib.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = Kombiyuutarkan ma samayn karin fure ammaan ah oo qabyo-qoraalladaada loogu talagalay, markaa waxba lama kaydin. Fadlan dib u daar kombiyuutarka oo isku day mar kale.

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = Kani ma aha fayl qabyo-qoraal ah (waxaa laga yaabaa inuu yahay gal ama shortcut), markaa barnaamijku ma furin. Waa laga tagay sidiisa, qabyo-qoraalladaada kalena wax dhib ah ma qabaan.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Family Voice horay ayuu ugu furan yahay kombiyuutarkan. Fadlan isticmaal daaqadda horay u furan. Hal daaqad oo keliya ayaa mar qudha furi karta qabyo-qoraalladaada, si aan waxba laba jeer loo kaydin.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = Qabyo-qoraalladaada waa la furi karaa ugu dambayntii, markaa waxba dhinac looma dhigin.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = Aragtidayda, la bilaabay { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Markii ugu dambaysay ee la kaydiyay: { $date }, saacadda { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = Kaydka erayada sirta ah ee kombiyuutarkan waa xiran yahay ama ma uusan jawaabin, markaa qabyo-qoraalladaadu weli way xiran yihiin. Waxaad qortay waxba kama lumin. Fur kaydka erayada sirta ah (kombiyuutaro badan, waxaa ku filan inaad ka baxdo oo mar kale gasho), kadibna dooro "Isku day mar kale".

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = Qabyo-qoraalladaadii hore dhinac ayaa la dhigay, lama tirtirin. Waxay ku jiraan galkan: { $folder }. Haddii aad hadhow xasuusato weedhaada sirta ah, ama kaydka erayada sirta ah ee kombiyuutarku mar kale shaqeeyo, qof kaa caawiya arrimaha kombiyuutarka ayaa dib u celin kara meeshoodii, si ay u furmaan.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, markii ugu dambaysay ee la beddelay: { $date }, saacadda { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (shirka dib-u-eegista)
