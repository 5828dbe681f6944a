# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = Çocuk koruma toplantısına hazırlanın
# Button that goes to the screen before. On every screen but the first.
nav-back = Geri
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = İleri
# Title of the box at the top of a page when some answers need another look.
error-summary-title = Lütfen bu cevaplara bir daha bakın
# Reminder under the progress line on every part.
part-blank-ok = Herhangi bir soruyu boş bırakabilir, ona daha sonra geri dönebilirsiniz.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = Dil

welcome-title = Çocuk koruma toplantınıza hazırlanmak
welcome-lead = Bu uygulama, toplantıda ne söylemek istediğinizi düşünmenize ve yazdırıp yanınızda götürebileceğiniz bir sayfa hazırlamanıza yardımcı olur.
welcome-what-heading = Çocuk koruma toplantısı (child protection conference) nedir?
welcome-what-1 = Çocuğunuzla ilgili bir toplantıdır. Siz ve ailenizle çalışan kişiler (örneğin sosyal hizmet uzmanı, öğretmenler, sağlık ziyaretçisi ya da doktor) bir araya gelirsiniz. Çocuğunuzun güvende ve iyi olması için neler yapılabileceğini konuşursunuz.
welcome-what-2 = Toplantıda, çocuğunuzun bir Çocuk Koruma Planına ihtiyacı olup olmadığına karar verilir. Bu, çocuğunuzun güvende olması için nelerin olması gerektiğini ve kimin yardım edeceğini gösteren yazılı bir plandır.
welcome-what-3 = Toplantıda çocuğunuzun nerede yaşayacağına karar verilmez. Bu toplantı bir mahkeme değildir.
welcome-voice-heading = Görüşleriniz önemli
welcome-voice-1 = Toplantıya, ne düşündüğünüzü söylemeniz için davet ediliyorsunuz. Çocuğunuzu herkesten iyi siz tanırsınız.
welcome-voice-2 = Size destek olması için yanınızda birini getirebilirsiniz; örneğin bir arkadaş, bir akraba ya da bir hak savunucusu.
welcome-how-heading = Bu uygulama nasıl çalışır
welcome-how-1 = Önce bize kendinizden ve toplantıdan biraz söz edersiniz. Sonra altı kısa bölüm gelir; her birinde birkaç soru vardır.
welcome-how-2 = Sonunda her şeyi yeniden okuyabilir ve yazdırmak için bir PDF hazırlayabilirsiniz.
welcome-how-3 = Her şey bu bilgisayarda kalır. İnternet üzerinden hiçbir şey gönderilmez.
welcome-how-4 = Cevaplarınız siz yazarken kendiliğinden kaydedilir. Bu bilgisayarda kilitli tutulurlar; böylece onları yalnızca siz açabilirsiniz.
# The button that starts a new contribution, under the box for its name.
welcome-start = Başla
# Under the few words explained on the welcome screen.
welcome-more-words = Başka sözcükler ve toplantı rehberi

## About you and the conference (the practical page)

about-title = Siz ve toplantı hakkında
about-intro = Bu bilgiler, toplantıdaki kişilerin bunu kimin yazdığını bilmesine yardımcı olur. Doldurabildiğiniz kadarını doldurun. Her soru boş bırakılabilir.
about-you-heading = Sizin hakkınızda
about-name-label = Adınız
about-relationship-label = Çocuk ya da çocuklarla yakınlığınız nedir?
about-relationship-hint = Örneğin: anne, baba, büyükanne ya da büyükbaba, üvey anne ya da üvey baba, koruyucu aile.
about-children-heading = Çocuklar
about-children-hint = Her çocuğun adını yazın. Yaşını ya da doğum tarihini ekleyin; hangisi daha kolaysa.
about-child-name-label = Adı
about-child-age-label = Yaşı
about-child-birth-label = Doğum tarihi
about-child-add = Başka bir çocuk ekle
about-child-remove = Bu çocuğu listeden çıkar
about-conference-heading = Toplantı
about-date-label = Tarih
about-time-label = Başlama saati
about-kind-label = Bu hangi toplantı?
about-kind-initial = İlk toplantı (initial conference)
about-kind-review = Plan yapıldıktan sonraki bir değerlendirme toplantısı
about-unsure = Emin değilim
about-format-label = Toplantı nasıl yapılacak?
about-format-in-person = Aynı odada, yüz yüze
about-format-video = Görüntülü görüşmeyle
about-format-mixed = İkisinin karışımı
about-format-phone = Telefonla
about-social-worker-label = Sosyal hizmet uzmanınızın adı
about-helper-heading = Bu formu doldururken yardım
about-helper-label = Bunu doldururken size yardım eden oldu mu?
about-helper-nobody = Hayır, kendim doldurdum
about-helper-supporter = Bir arkadaş ya da aile üyesi
about-helper-advocate = Bir hak savunucusu
about-helper-social-worker = Bir sosyal hizmet uzmanı
about-helper-interpreter = Bir tercüman
about-helper-name-label = Adı
about-interpreter-label = Toplantıda tercümana ihtiyacınız var mı?
about-interpreter-no = Hayır
about-interpreter-yes = Evet
about-interpreter-language-label = Hangi dil?
about-access-label = Toplantıya katılmanızı kolaylaştıracak bir şey var mı?
about-access-hint = Örneğin: basamaksız giriş, büyük puntolu yazılar, işitme cihazı için indüksiyon döngüsü, aralar ya da beklemek için sessiz bir oda.

## Check your answers

check-title = Cevaplarınızı kontrol edin
check-intro = Yazdıklarınızı baştan sona okuyun. PDF'inizi hazırlamadan önce her şeyi değiştirebilirsiniz.
# Button beside each part that goes back to it.
check-change = Değiştir
check-not-answered = Cevaplanmadı
check-make-pdf = PDF'imi hazırla
check-pdf-note = Nereye kaydedeceğini siz seçeceksiniz. Sonra yazdırabilir ya da Toplantı Başkanına veya sosyal hizmet uzmanınıza verebilirsiniz.
status-making-pdf = PDF'iniz hazırlanıyor…
status-cancelled = PDF'inizi nereye kaydedeceğinizi seçmediniz, bu yüzden kaydedilmedi. Yeniden deneyebilirsiniz.

## Your PDF is ready

done-title = PDF'iniz hazır
done-saved = Şu adla kaydedildi:
done-open = PDF'imi aç
done-back = Cevaplarıma dön
done-bring = Yazdırıp toplantıya getirin ya da toplantıdan önce Toplantı Başkanına veya sosyal hizmet uzmanınıza gönderin. Cevaplarınızı hâlâ değiştirebilir ve yeni bir PDF hazırlayabilirsiniz.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = Toplantı günü için notlarımı hazırla

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = Bir şeyler ters gitti. Yazdıklarınız hâlâ burada. Lütfen yeniden deneyin.

## Buttons at the top of every screen

nav-timeline = Ne zaman ne olur
nav-guide = Rehber ve sözcükler
# Above the links to the glossary on a part's screen.
part-words = Bu sayfadaki sözcükler

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = "Siz ve toplantı hakkında" sayfasına toplantınızın tarihini ekleyin; tarihleriniz burada görünecek.
timeline-add-date = Tarihi ekle
timeline-reports-days-label = Raporlar toplantıdan kaç iş günü önce size ulaşmalı?
timeline-reports-days-hint = Çoğu belediye ilk toplantı için 2, değerlendirme toplantısı için 5 iş günü der. Belediyeler farklı olabilir; sosyal hizmet uzmanınıza sorun.
timeline-chair-minutes-label = Toplantı Başkanı sizinle toplantıdan kaç dakika önce görüşüyor?
timeline-chair-minutes-hint = Birçok belediye 30 dakika der, bazıları 15 dakika ya da bir saat. Davetinizde yazıyor olabilir; yoksa sosyal hizmet uzmanınıza sorun.
timeline-calendar-heading = Tarihleri takviminize ekleyin
timeline-calendar-intro = Bu, telefonunuzun, Outlook'un ya da başka bir takvimin açabileceği bir dosya kaydeder. Etkinliklerde yalnızca ne olacağı yazar; kimin hakkında olduğu yazmaz.
timeline-calendar-names = Çocuklarımın adlarını etkinliklere ekle
timeline-calendar-save = Takvim dosyasını kaydet
timeline-calendar-saved = Takvim dosyası şu adla kaydedildi:
status-calendar-cancelled = Takvim dosyasını nereye kaydedeceğinizi seçmediniz, bu yüzden kaydedilmedi.

## Your drafts (the start screen)

drafts-heading = Taslaklarınız
drafts-intro = Her kişinin cevapları ayrı bir taslak olarak saklanır. Birine devam edin ya da yeni bir taslak başlatın.
drafts-none = Bu bilgisayarda henüz taslak yok.
drafts-open = Devam et
drafts-rename = Adını değiştir
drafts-rename-label = Yeni ad
drafts-rename-save = Adı kaydet
drafts-cancel = Vazgeç
drafts-delete = Sil
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = Bu taslak silinsin mi? İçindeki her şey ve uygulamanın sakladığı tüm kopyalar kalıcı olarak silinecek.
drafts-delete-yes = Evet, sil
drafts-delete-no = Hayır, kalsın
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = Açılamayan dosyalar
drafts-new-heading = Yeni bir görüş belgesi başlatın
drafts-new-label = Buna ne ad verelim?
drafts-new-hint = Örneğin: "Anne — ilk toplantı, 3 Aralık". Boş bırakıp daha sonra değiştirebilirsiniz.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = Yedek bir şifre cümlesi ekleyin
drafts-spare-intro = Taslaklarınızın kilidi bu bilgisayarın şifre deposuyla açılır. Yedek şifre cümlesi ikinci bir giriş yoludur; şifre deposu bir gün kullanılamazsa işe yarar. Onu güvenli bir yere yazın.
drafts-spare-saved = Yedek şifre cümleniz ayarlandı.
drafts-spare-save = Şifre cümlesini kaydet

## Saving, at the top of every screen

save-saving = Kaydediliyor…
save-saved = Kaydedildi
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = Hiçbir şey kaybolmasın diye, son değişiklikleriniz kaydedilene kadar bu taslak açık kalacak.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = Hiçbir şey kaybolmasın diye uygulama hâlâ açık. Yine de son değişiklikleriniz olmadan kapatmak isterseniz, bir kez daha kapatın.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = Kilitle
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = Taslakları kapat
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = Gizle
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = Devam
nav-drafts = Taslaklarım

## Locked, and other ways in

locked-title = Taslaklarınız kilitli
locked-intro = Uygulama, gizli kalmaları için taslaklarınızı kilitledi. Kilit açılana kadar kimse onları okuyamaz.
locked-intro-keychain = Taslaklarınız kapatıldı ve ekran temizlendi. Bu bilgisayar hesabında taslaklar şifre cümlesi olmadan açılır; bu yüzden bu hesabı kullanabilen herkes aşağıdaki düğmeyle onları yeniden açabilir.
locked-unlock = Kilidi aç
locked-try-again = Yeniden dene
passphrase-label = Şifre cümlesi
passphrase-again-label = Şifre cümlesini yeniden yazın
passphrase-mismatch = İki şifre cümlesi aynı değil. Lütfen ikisini de yeniden yazın.
passphrase-unlock = Şifre cümlemle kilidi aç
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = Tahmin etmesi kolay. Yalnızca sizin bir araya getireceğiniz birkaç kelime daha ekleyin.
passphrase-strength-fair = Orta. Bir iki kelime daha eklerseniz tahmin etmek çok daha zor olur.
passphrase-strength-hard = Tahmin etmesi zor. Güzel.
choose-title = Bir şifre cümlesi seçin
choose-intro = Şifre cümlesi bir şifre gibidir ama daha uzundur: hatırlayacağınız kısa bir cümle iyi olur. Taslaklarınızı her açtığınızda ona ihtiyacınız olacak. Ardından bir kurtarma kodu alacaksınız. Şifre cümlenizi unutursanız taslaklarınızı yalnızca o kod açabilir: başka hiç kimse, Family Voice bile, onları sizin için geri getiremez.
choose-save = Bu şifre cümlesini kullan
lost-title = Taslaklarınız açılamıyor
lost-start-again = Baştan başla
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = Baştan başlarsanız, açılamayan taslaklar kendilerine ait bir klasörde bir kenara konur ve size yeni, boş bir liste açılır. Hiçbir şey silinmez.
lost-confirm-yes = Evet, onları bir kenara koy ve baştan başla
lost-confirm-no = Hayır, geri dön
failed-title = Taslaklarınız açılamadı

## The recovery code, shown once after a passphrase is chosen

recovery-title = Kurtarma kodunuz
recovery-intro = Şifre cümlenizi bir gün unutursanız, taslaklarınızı onun yerine bu kod açar. Bu kod yalnızca bu seferlik gösterilir.
recovery-keep = Kodu bir yere yazın ya da kurtarma sayfasını kaydedip yazdırın. Kodu bu bilgisayardan uzakta, güvenli bir yerde saklayın: koda sahip olan herkes taslaklarınızı açabilir.
recovery-save = Yazdırmak için kurtarma sayfasını kaydet
# After "It was saved as:" and the file's name.
recovery-saved-note = Sayfayı yazdırın, kâğıdı güvenli bir yerde saklayın, sonra dosyayı bu bilgisayardan silin.
recovery-done = Güvenli bir yere kaldırdım. Devam
# On the locked screen: opens the way in with the recovery code.
locked-forgot = Şifre cümlemi unuttum
locked-forgot-intro = Kurtarma sayfanızdaki kodu yazın, sonra yeni bir şifre cümlesi seçin. Taslaklarınız açılacak ve bundan sonra onları yeni şifre cümlesi açacak.
recovery-code-label = Kurtarma kodu
recovery-new-save = Taslaklarımı yeni şifre cümlesiyle aç

## The very first start: how the drafts will open

first-title = Taslaklarınız nasıl açılsın?
first-intro = Burada yazdığınız her şey bu bilgisayarda kilitli tutulur. Nasıl açılacağını seçin. Bunu daha sonra hiçbir şey kaybetmeden değiştirebilirsiniz.
first-passphrase = Her seferinde şifre cümlemi sor
# Under the button above. Says why it is recommended.
first-passphrase-why = Önerilen yol budur, çünkü bu bilgisayarı başka kişiler de kullanıyor olabilir. Taslaklarınızı yalnızca şifre cümlenizi bilen biri açabilir; kendi bilgisayar hesabınızda bile.
first-keychain = Bu bilgisayar hesabında sormadan aç
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = Şifre cümlesine ihtiyacınız olmayacak. Ancak bu bilgisayar hesabını kullanabilen herkes taslaklarınızı açabilir; bu hesapta çalışan programlar da açabilir.

## How the drafts open, on the start screen (can be changed)

way-heading = Taslaklarınız nasıl açılıyor
way-keychain-now = Taslaklarınız bu bilgisayar hesabında şifre cümlesi olmadan açılıyor. Bu hesabı kullanabilen herkes onları açabilir.
way-to-passphrase-intro = Onları bu hesabı kullanan başka kişilerden korumak için bir şifre cümlesi seçin. O andan sonra her seferinde sorulur.
way-to-passphrase = Her seferinde şifre cümlemi sor
way-passphrase-now = Taslaklarınız her açılışta şifre cümlenizi sorar.
way-to-keychain-intro = Bu bilgisayar hesabında şifre cümlesi olmadan açılmaları için şifre cümlenizi bir kez daha yazın. Bundan sonra bu hesabı kullanabilen herkes onları açabilecek.
way-to-keychain = Bu bilgisayar hesabında sormadan aç
# After either change above.
way-changed = Tamam. Tüm taslaklarınız hâlâ burada.

## While the computer's password store is being asked for the drafts' key

asking-title = Taslaklarınız açılıyor
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = Bilgisayarınız, şifre deposunun şifresini soruyor… Bu kutu bilgisayarın kendi şifre kutusudur, Family Voice'un değil. Oraya bilgisayar şifrenizi yazın, taslaklarınız açılacak.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = Ya da bunun yerine Family Voice şifre cümlenizle kilidi açın:

## Delete everything (at the foot of the start screens)

erase-heading = Bu bilgisayardaki her şeyi sil
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = Bu, Family Voice'un bu bilgisayarda tuttuğu her şeyi siler: tüm taslaklar, onların tüm kopyaları, onları açan anahtar, tercümanların çeviri kontrolleri ve ayarlarınız. Geri alınamaz. İş bitince uygulama kapanır. Başka bir yere kendiniz kaydettiğiniz PDF'lere dokunulmaz.
# Above the box. The word to type follows on its own line.
erase-confirm-label = Emin olmak için bu kelimeyi kutuya yazın:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = sil
erase-button = Şimdi her şeyi sil
# Under the box, when what was typed is not the word above.
erase-not-confirmed = Hiçbir şey silinmedi. Her şeyi silmek için yukarıdaki kelimeyi aynen yazın.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = Taslaklarınız ve anahtarları silindi, ancak uygulamanın bazı diğer dosyaları henüz kaldırılamadı. Family Voice'u kapatın, yeniden açın ve bir kez daha “Her şeyi sil”i seçin.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = Sesli oku
# The same button while it is reading: stops the reading at once.
read-aloud-stop = Durdur
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = Bu bilgisayarda bu dili sesli okuyabilecek bir ses yok.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = Sesli okunamadı. Lütfen yeniden deneyin.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = Fiziksel istismar
outcome-category-emotional = Duygusal istismar
outcome-category-sexual = Cinsel istismar
outcome-category-neglect = İhmal
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = Geçen sefer şöyle dediniz:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = O zamandan beri ne değişti? Hâlâ doğru mu?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = Gözden geçirme konferansına hazırlanın
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = Konferanstan sonra
# Under the heading.
outcome-intro = Konferans bitince, neye karar verildiğini yazın. Zaman çizelgesi o zaman size verilen tarihleri gösterir.
# A question with three answers below it.
outcome-plan-label = Konferans bir Çocuk Koruma Planı yapılmasına karar verdi mi?
outcome-plan-yes = Evet, plan var
outcome-plan-no = Plan yok
outcome-plan-unsure = Emin değilim
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = Hangi tür zarardan söz ettiler? Birden fazlasını işaretleyebilirsiniz.
outcome-category-physical-hint = Çocuğun vücuduna zarar vermek ya da onu zarar görmekten korumamak.
outcome-category-emotional-hint = Çocuğa duygularını inciten şekilde davranmak; çok bağırmak, korkutmak ya da görmezden gelmek gibi.
outcome-category-sexual-hint = Çocuğu cinsel şeylere katılmaya zorlamak ya da buna izin vermek.
outcome-category-neglect-hint = Çocuğa her gün ihtiyaç duyduğu şeyleri vermemek; yemek, sıcaklık, bakım, güvenlik ya da doktor gibi.
# Labels of two date boxes.
outcome-core-group-label = İlk çekirdek grup (core group) toplantısının tarihi
outcome-review-label = Gözden geçirme konferansının tarihi
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = Şikâyetler için belediyenizdeki iletişim (bir isim, telefon ya da e-posta), burada tutmak isterseniz
# The button that saves what was decided.
outcome-save = Kararları kaydet
# Shown after saving.
outcome-saved = Kaydedildi. Zaman çizelgesi artık size verilen tarihleri gösteriyor.
