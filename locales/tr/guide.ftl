# The guide to the conference and the glossary of words used there.
# Readers: parents and carers, on the "Guide and words" screen; the glossary's first five terms
# also appear on the welcome screen. Many readers are anxious and some do not read easily:
# short sentences, plain words, a kind tone. Describe harm factually and gently, never graphically.

guide-title = Toplantı için bir rehber
guide-intro = Neler olur, kimler katılır ve kullanılan sözcükler ne anlama gelir. İstediğiniz kadarını okuyabilirsiniz.

## Sections of the guide: a title and a few short paragraphs each

guide-who-title = Kimler katılacak
guide-who-1 = Siz ve destek olması için yanınızda getirdiğiniz kişiler. Çocuğunuz yeterince büyükse ve isterse o da gelebilir ya da görüşlerini başka bir yolla paylaşabilir.
guide-who-2 = Toplantıyı yöneten Toplantı Başkanı (Chair) ve konuşulanları yazıya geçiren bir kişi.
guide-who-3 = Çocuğunuzu ve ailenizi tanıyan kişiler: genellikle sosyal hizmet uzmanı; çoğu zaman okul ya da kreş, sağlık ziyaretçisi ya da okul hemşiresi, doktorunuz; bazen de polis ya da daha önce birlikte çalıştığınız başka hizmetler.
guide-who-4 = Herkes aynı nedenle orada: çocuğunuzun güvende ve iyi olması için neler yapılabileceğini düşünmek.

guide-chair-title = Toplantı Başkanı ne yapar
guide-chair-1 = Toplantıyı Toplantı Başkanı yönetir. Bağımsız biridir: ailenizle çalışmamıştır ve sizin sosyal hizmet uzmanınız değildir.
guide-chair-2 = Toplantı başlamadan önce Toplantı Başkanı genellikle sizinle yalnız görüşür. Neler olacağını anlatır ve söylemek istediklerinizi dinler.
guide-chair-3 = Toplantı sırasında Toplantı Başkanı, siz de dahil herkesin dinlenmesini sağlar.

guide-meeting-title = Toplantı nasıl geçer
guide-meeting-1 = Herkes kim olduğunu ve neden orada bulunduğunu söyler.
guide-meeting-2 = Her kişi, çocuğunuz için nelerin iyi gittiğini ve neyden endişe ettiğini anlatır. Yazdıkları raporlar üzerinde konuşulur.
guide-meeting-3 = Cevap verebilir, yanlış olan her şeyi düzeltebilir ve soru sorabilirsiniz. Hazırladıklarınızı sesli okuyabilir ya da Toplantı Başkanına verebilirsiniz.
guide-meeting-4 = Toplantı genellikle bir ile iki saat sürer. İstediğiniz zaman kısa bir ara isteyebilirsiniz.

guide-video-title = Görüntülü veya telefonla toplantılar
guide-video-1 = Artık birçok toplantı görüntülü görüşmeyle ya da bazı kişiler odada, bazıları görüntülü veya telefonla bağlanarak yapılıyor. Davetiniz bunun nasıl olacağını söylemeli; size bir video bağlantısı ve telefonla katılmak için bir numara vermeli.
guide-video-2 = Genellikle önce sizin katılmanız istenir; böylece diğerleri katılmadan önce Toplantı Başkanı ile yalnız konuşabilirsiniz.
guide-video-3 = Özel bir odadan katılın, asla herkese açık bir yerden katılmayın. Odanızda başka biri görünür ya da duyulursa, Toplantı Başkanı onu görüşmeden çıkarmak zorunda kalabilir. Çocuklarınız konuşulanları duymamalı.
guide-video-4 = Toplantı Başkanı herkese sırayla sorar; siz de her kişiden sonra cevap verebilirsiniz. Bir şeyi anlamazsanız ya da araya ihtiyacınız olursa, Toplantı Başkanı'na söyleyin.

guide-decide-title = Toplantıda neye karar verilebilir
guide-decide-1 = Toplantıda, çocuğunuzun bir Çocuk Koruma Planına (Child Protection Plan) ihtiyacı olup olmadığına karar verilir. Bu, oradaki kişiler çocuğunuzun ciddi zarar (significant harm) gördüğünü ya da görebileceğini düşündüğünde olur.
guide-decide-2 = Bir plan yapılırsa, toplantıda planın esas olarak hangi tür zararla ilgili olduğu da söylenir: fiziksel istismar (physical abuse), duygusal istismar (emotional abuse), cinsel istismar (sexual abuse) ya da ihmal (neglect).
guide-decide-3 = Çocuk Koruma Planı gerekmiyorsa, toplantıda bir İhtiyaç Sahibi Çocuk Planı (Child in Need plan) ya da aileniz için başka bir yardım önerilebilir. Hiç plan yapılmaması da mümkündür.
guide-decide-4 = Toplantıda çocuğunuzun nerede yaşayacağına karar verilmez. Bu toplantı bir mahkeme değildir.

guide-core-group-title = Çekirdek grup
guide-core-group-1 = Çocuk Koruma Planı yapılırsa, planı hayata geçirmek için küçük bir grup toplanır. Buna çekirdek grup (core group) denir. Siz de bu grubun bir parçasısınız; sosyal hizmet uzmanı ve çocuğunuzu tanıyan birkaç kişiyle birlikte.
guide-core-group-2 = Çekirdek grup ilk kez toplantıdan sonraki 10 iş günü içinde, daha sonra da düzenli olarak toplanır. Amaç, işlerin nasıl gittiğine ve hangi yardıma ihtiyaç olduğuna bakmaktır.

guide-after-title = Toplantıdan sonra
guide-after-1 = Alınan kararlar size bir iş günü içinde bildirilmelidir. Toplantının yazılı notları (toplantı tutanağı) daha sonra size gelir. Bunları okuyun ve yanlış bir şey varsa Toplantı Başkanına söyleyin.
guide-after-2 = Plan yapılırsa, 3 ay içinde bir değerlendirme toplantısında (review conference) planın nasıl gittiğine bakılır. Sonra plan sürdüğü sürece en az 6 ayda bir yeniden bakılır.
guide-after-3 = Bir toplantıda çocuğunuzun artık plana ihtiyacı olmadığına karar verildiğinde plan sona erer.

guide-rights-title = İsteyebileceğiniz şeyler
guide-rights-1 = Yanınızda birini getirmek: bir arkadaş, bir akraba ya da bir hak savunucusu (advocate).
guide-rights-2 = Kendi dilinizde konuşmayı tercih ederseniz bir tercüman. Toplantıdan önce sosyal hizmet uzmanından isteyin.
guide-rights-3 = Okumak için zamanınız olsun diye, raporları toplantıdan önce görmek.
guide-rights-4 = Toplantı Başkanıyla yalnız konuşmak ve toplantı sırasında ara vermek.

guide-complain-title = Memnun değilseniz
guide-complain-1 = Toplantının nasıl yürütüldüğünden ya da alınan kararlardan memnun değilseniz, önce Toplantı Başkanına ya da sosyal hizmet uzmanına söyleyin. Durumu düzeltebilirler.
guide-complain-2 = Bu işe yaramazsa, her belediyenin (council) bu toplantılar için bir şikâyet yolu vardır. Bunu sosyal hizmet uzmanınızdan ya da belediyeden isteyin. Bir hak savunucusu şikâyet etmenize yardım edebilir.

guide-private-title = Taslaklarınızı gizli tutmak
guide-private-1 = Odaya biri girerse ekranın üstündeki "Gizle" düğmesine basın. Ekran hemen boşalır ve taslaklarınız kilitlenir.
guide-private-2 = Esc tuşuna iki kez ya da Shift tuşuna üç kez, hızlıca ve arada başka bir tuşa basmadan basmak da aynı şeyi yapar. Yazı yazmak bunu asla yapmaz: bir harf ya da Tab gibi başka herhangi bir tuş saymayı baştan başlatır.
guide-private-3 = Devam etmek için boş ekranda "Devam" düğmesine basın, sonra taslaklarınızın kilidini açın.

ready-video-title = Görüntülü toplantıya hazırlanmak
ready-phone-title = Telefonla toplantıya hazırlanmak
ready-intro = Her birini yaptığınızda işaretleyin. İşaretleriniz taslağınızla birlikte kaydedilir.
ready-private-room = Çocuklarınızın ve başkalarının toplantıyı duyamayacağı özel bir oda bulun.
ready-headphones = Kulaklık kullanın; böylece yakınınızdaki kimse diğerlerinin söylediklerini duymaz.
ready-device-charged = Telefonunuzu, tabletinizi ya da bilgisayarınızı bir gün önceden şarj edin ve şarj aletini yakınınızda tutun.
ready-phone-charged = Telefonunuzu bir gün önceden şarj edin ve şarj aletini yakınınızda tutun.
ready-link-tested = Davetinizdeki video bağlantısını bir gün önceden, kullanacağınız cihazda deneyin.
ready-number-tested = Bir gün önceden, aranacak numaranın ve varsa davetinizdeki kodun sizde olduğunu kontrol edin.
ready-camera = Kameranızın ve mikrofonunuzun çalıştığını kontrol edin; Toplantı Başkanı'nın yüzünüzü görebileceği bir yere oturun.
ready-contribution-at-hand = Katkınızı yazdırılmış ya da başka bir cihazda açık tutun; böylece ondan okuyabilirsiniz.
ready-call-drops = Toplantı gününden önce, görüşme kesilirse arayabileceğiniz bir telefon numarasını sosyal hizmet uzmanınızdan isteyin.
ready-muted = Konuşmadığınız zaman sesinizi kapalı tutun; bir şey söylemek istediğinizde açın.
ready-break = Toplantı Başkanı'ndan istediğiniz zaman ara isteyebileceğinizi unutmayın.
ready-interpreter = Tercümana ihtiyacınız varsa, o da görüşmeye katılabilir. Bunu ayarlamasını sosyal hizmet uzmanınızdan isteyin.

## The glossary: each term's name and what it means

glossary-title = Duyabileceğiniz sözcükler
glossary-chair-name = Toplantı Başkanı (Chair)
glossary-chair-meaning = Toplantıyı yöneten kişi. Bağımsız biridir: ailenizle daha önce çalışmamıştır.
glossary-coordinator-name = Çocuk koruma koordinatörü (Child protection coordinator)
glossary-coordinator-meaning = Belediyede toplantıları düzenleyen ve zamanında yapılmalarını sağlayan kişi. Bazı belediyelerde bu işi Toplantı Başkanı yapar.
glossary-plan-name = Çocuk Koruma Planı (Child Protection Plan)
glossary-plan-meaning = Bir çocuğun güvende olması için neyin değişmesi gerektiğini, kimin yardım edeceğini ve bunun ne zamana kadar olacağını gösteren yazılı bir plan. Değerlendirme toplantılarında gözden geçirilir.
glossary-child-in-need-name = İhtiyaç Sahibi Çocuk Planı (Child in Need plan)
glossary-child-in-need-meaning = Bir çocuğa ve ailesine yardım ve destek sağlayan bir plan. Çocuk Koruma Planı gerekmediğinde toplantıda böyle bir plan önerilebilir.
glossary-core-group-name = Çekirdek grup (Core group)
glossary-core-group-meaning = Toplantıdan sonra Çocuk Koruma Planını hayata geçirmek için bir araya gelen küçük bir grup. Siz de bu grubun bir parçasısınız; sosyal hizmet uzmanı ve çocuğunuzu tanıyan birkaç kişiyle birlikte.
glossary-significant-harm-name = Ciddi zarar (Significant harm)
glossary-significant-harm-meaning = Yasanın, bir çocuğun sağlığına ya da gelişimine verilen ağır zarar için kullandığı sözcükler. Toplantıda, çocuğun bu şekilde zarar görüp görmediği ya da görebileceği düşünülür.
glossary-physical-abuse-name = Fiziksel istismar (Physical abuse)
glossary-physical-abuse-meaning = Bir çocuğun bilerek canının yakılması ya da yakılma olasılığının olması; örneğin vurularak ya da sarsılarak.
glossary-emotional-abuse-name = Duygusal istismar (Emotional abuse)
glossary-emotional-abuse-meaning = Bir çocuğa tekrar tekrar davranılma biçiminin, çocuğun kendisi hakkındaki duygularına ya da gelişimine zarar vermesi. Çocuğun evde şiddeti görmesi ya da duyması da buna girebilir.
glossary-sexual-abuse-name = Cinsel istismar (Sexual abuse)
glossary-sexual-abuse-meaning = Bir çocuğun, ne olduğunu anlasın ya da anlamasın, cinsel etkinliklere dahil edilmesi ya da ona cinsel içerikli şeyler gösterilmesi.
glossary-neglect-name = İhmal (Neglect)
glossary-neglect-meaning = Bir çocuğun temel ihtiyaçlarının uzun süre karşılanmaması: örneğin yiyecek, sıcak bir ortam, güvenli bir ev, tıbbi bakım ya da ilgi ve özen.
glossary-advocate-name = Hak savunucusu (Advocate)
glossary-advocate-meaning = Belediye için çalışmayan ve sizin ya da çocuğunuzun yanında olan kişi. Ne düşündüğünüzü söylemenize ve neler olduğunu anlamanıza yardım eder.
glossary-interpreter-name = Tercüman (Interpreter)
glossary-interpreter-meaning = Söylenenleri sizin dilinize, sizin söylediklerinizi de İngilizceye aktaran, kendi görüşünü eklemeyen eğitimli bir kişi.
glossary-review-conference-name = Değerlendirme toplantısı (Review conference)
glossary-review-conference-meaning = Daha sonra yapılan ve Çocuk Koruma Planının nasıl gittiğine bakan bir toplantı. Planın hâlâ gerekli olup olmadığına karar verir.
glossary-strategy-discussion-name = Strateji görüşmesi (Strategy discussion)
glossary-strategy-discussion-meaning = Bir çocukla ilgili bir endişe olduğunda sosyal hizmet uzmanı, polis, sağlık çalışanları ve başkaları arasında yapılan bir toplantı ya da telefon görüşmesi. Amaç, bundan sonra ne yapılacağına karar vermektir.
glossary-section-47-name = Madde 47 incelemesi (Section 47 enquiry)
glossary-section-47-meaning = Belediyenin, bir çocuğun ciddi zarar görüp görmediğini ya da görme olasılığı olup olmadığını araştırması. Adını 1989 Çocuk Yasasının (Children Act 1989) bir maddesinden alır. Endişeler doğrulanırsa bir toplantı yapılır.
