# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = Bu bilgisayarın şifre deposu kilitli ya da yanıt vermedi, bu yüzden taslaklarınızın kilidi her zamanki yolla açılamıyor. Bunun yerine bir şifre cümlesi kullanabilirsiniz. Yazdıklarınızın hiçbiri kaybolmadı.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = Bu bilgisayarda Family Voice'un kullanabileceği bir şifre deposu yok, bu yüzden taslaklarınız bir şifre cümlesiyle korunacak. Şifre cümlesini şimdi seçin; taslaklarınızı her açtığınızda onu yazacaksınız.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = Taslaklarınız hâlâ bu bilgisayarda, ama onları açan anahtarın kaydı bozulmuş ve uygulama bunu onaramadı. Hiçbir şey silinmedi.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Taslaklarınız hâlâ burada, ama onları açan anahtar artık bu bilgisayarda yok. Bir şifre cümlesi seçtiyseniz, onunla taslaklarınızı açabilirsiniz. Seçmediyseniz baştan başlayabilirsiniz: açılamayan taslaklar silinmez, bir kenara konur.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = Bu taslaklar için hiç şifre cümlesi seçilmedi, bu yüzden şifre cümlesiyle açılamazlar. Lütfen geri dönüp yeniden deneyin.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = Bu şifre cümlesi taslaklarınızı açmıyor. Lütfen kontrol edip yeniden deneyin. Büyük harfler ve boşluklar önemlidir.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = Bu kurtarma kodu taslaklarınızı açmıyor. Lütfen kurtarma sayfanızdaki her harfi ve rakamı kontrol edip yeniden deneyin.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = Lütfen en az { $min } karakterlik bir şifre cümlesi seçin. Hatırlayacağınız kısa bir cümle iyi olur.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = Taslaklarınız bu bilgisayarda zaten hazır. Lütfen uygulamayı kapatıp yeniden açın.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = Bu bilgisayarda henüz taslak yok. Yeni bir taslak başlatabilirsiniz.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = Taslaklarınız gizli kalması için kilitli. Devam etmek için lütfen kilidi açın.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = Bu taslak bulunamadı. Silinmiş olabilir.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = Lütfen bu taslağa bir ad verin; böylece onu yeniden bulabilirsiniz. Örneğin: "Anne — ilk toplantı".

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = Taslaklar klasöründe Family Voice taslağı olmayan bir şey var. Ona dokunulmadı; diğer taslaklarınızda bir sorun yok.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = Bu taslak, Family Voice'un daha yeni bir sürümüyle kaydedilmiş. Açmak için lütfen uygulamayı güncelleyin. Taslakta hiçbir şey değişmedi.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = Bu taslak bozulmuş ve açılamıyor. Diğer taslaklarınızda bir sorun yok.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = Bu taslak, uygulamanın açamayacağı ya da kaydedemeyeceği kadar büyük. Diğer taslaklarınızda bir sorun yok.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = Bilgisayarın diski dolu olduğu için son değişiklikleriniz kaydedilemedi. Daha önce kaydettikleriniz güvende. Lütfen biraz yer açın; uygulama yeniden deneyecek.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = Uygulamanın taslaklar klasörüne yazma izni olmadığı için son değişiklikleriniz kaydedilemedi. Daha önce kaydettikleriniz güvende.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = Taslaklarınız kaydedilirken ya da açılırken bir sorun oldu. Daha önce kaydettikleriniz güvende. Lütfen biraz sonra yeniden deneyin.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = Bu bilgisayar taslaklarınız için güvenli bir anahtar oluşturamadı, bu yüzden hiçbir şey kaydedilmedi. Lütfen bilgisayarı yeniden başlatıp tekrar deneyin.

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = Bu bir taslak dosyası değil (bir klasör ya da kısayol olabilir), bu yüzden uygulama onu açmadı. Ona dokunulmadı; diğer taslaklarınızda bir sorun yok.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Family Voice bu bilgisayarda zaten açık. Lütfen açık olan pencereyi kullanın. Hiçbir şey iki kez kaydedilmesin diye taslaklarınızı aynı anda yalnızca bir pencere açabilir.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = Taslaklarınız sonunda açılabildi, bu yüzden hiçbir şey bir kenara konmadı.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = Görüş belgem, başlangıç: { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Son kayıt: { $date }, { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = Bu bilgisayarın şifre deposu kilitli ya da yanıt vermedi, bu yüzden taslaklarınız hâlâ kilitli. Yazdıklarınızın hiçbiri kaybolmadı. Şifre deposunun kilidini açın (birçok bilgisayarda oturumu kapatıp yeniden açmak bunu yapar), sonra "Yeniden dene" düğmesine basın.

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = Eski taslaklarınız silinmedi, bir kenara kondu. Şu klasördeler: { $folder }. Şifre cümlenizi sonradan hatırlarsanız ya da bilgisayarın şifre deposu yeniden çalışırsa, size bilgisayar konusunda yardım eden biri onları geri taşıyabilir; böylece açılırlar.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, son değişiklik: { $date }, { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (gözden geçirme konferansı)
