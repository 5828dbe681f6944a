# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = Bölüm { $number } / { $total }

## Part 1

part-strengths-title = Neler iyi gidiyor
part-strengths-intro = Her ailenin iyi yaptığı şeyler vardır. Bunları toplantıda anlatma fırsatınız bu.
prompt-strengths-family = Ailenizin güçlü yanları neler?
    .hint = Örneğin: birbirini seven ve birbirine yardım eden insanlar, işe yarayan günlük düzenler, birlikte keyif aldığınız şeyler.
prompt-strengths-parenting = Bir anne baba ya da bakım veren olarak neleri iyi yapıyorsunuz?
    .hint = Gündelik şeyleri düşünün: yemekler, okul, yatma saatleri, çocuğunuz üzgün olduğunda onu teselli etmek.
prompt-strengths-known = Uzmanların sizin ve aileniz hakkında bilmesini istediğiniz iyi şeyler neler?

## Part 2

part-worries-title = Endişeler ve zorluklar
part-worries-intro = Endişeler hakkında yazmak zor olabilir. İstediğiniz kadar az ya da çok yazabilirsiniz.
prompt-worries-change = Çocuğunuzun güvende olması için bir şeyin değişmesi gerekiyorsa, bu ne?
prompt-worries-difficulties = Şu sıralar yaşadığınız zorluklar var mı?
    .hint = Örneğin: para, ev, sağlık, iş ya da ilişkiler.

## Part 3

part-support-title = Yardım ve destek
part-support-intro = Birçok aileye toplantıdan sonra yardım önerilir. Bu bazen bir İhtiyaç Sahibi Çocuk Planının ya da bir Çocuk Koruma Planının parçasıdır. Sizin ailenize gerçekten neyin yardımcı olacağını söyleyebilirsiniz.
prompt-support-needed = Ailenizin herhangi bir yardıma ya da hizmete ihtiyacı var mı?
    .hint = Örneğin: ebeveynlik, sağlık, ev ya da para konusunda yardım, kreşte bir yer ya da konuşabileceğiniz biri.
prompt-support-difference = Bu yardım çocuğunuz için nasıl bir fark yaratır?

## Part 4

part-next-steps-title = Bundan sonra ne olmalı
part-next-steps-intro = Toplantının sonunda, çocuğunuzun bir Çocuk Koruma Planına ihtiyacı olup olmadığına ve bundan sonra ne olması gerektiğine karar verilir. Sizin fikirleriniz de önemli.
prompt-next-steps-after = Sizce toplantıdan sonra ne olmalı?
prompt-next-steps-better = Durumu iyileştirmek için siz ya da başkaları neler yapabilir?

## Part 5

part-reports-title = Raporlar
part-reports-intro = Toplantıdan önce, ailenizle çalışan kişilerin yazdığı raporlar size gönderilmelidir. Bunları okuduysanız, ne düşündüğünüzü buraya yazabilir ve toplantıda Toplantı Başkanına söyleyebilirsiniz.
prompt-reports-agree = Raporlarda nelere katılıyorsunuz?
prompt-reports-disagree = Nelere katılmıyorsunuz?
prompt-reports-wrong = Raporlarda yanlış olan bir şey var mı?
    .hint = Örneğin yanlış bir tarih, ad ya da bilgi. Hangi raporda olduğunu ve doğrusunun ne olduğunu yazın.

## Part 6

part-scale-title = Şu anda durum ne kadar güvenli?
part-scale-intro = Toplantılarda sık sık 0'dan 10'a kadar bir ölçek kullanılır. Bir sayı seçmek, durumun sizce nasıl gittiğini herkesin görmesine yardımcı olur.
# Shown above eleven choices, 0 to 10.
scale-question = 0'dan 10'a kadar bir ölçek düşünün. 10, herkesin çocukların güvende olduğundan emin olduğu anlamına geliyor. Şu anki durumu bu ölçekte nereye koyardınız?
scale-low = 0, çok endişe olduğu anlamına gelir
scale-high = 10, herkesin çocukların güvende olduğundan emin olduğu anlamına gelir
scale-not-sure = Bir sayı seçmemeyi tercih ederim
prompt-scale-why = Neden bu sayıyı seçtiniz?
    .hint = Sayıyı 10'a bir adım daha yaklaştıracak şeyin ne olduğunu da yazabilirsiniz.
